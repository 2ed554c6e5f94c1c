import { describe, expect, it } from 'vitest';
import { normaliseNumbers, parseLocalNumber, sourceRange } from '../../src/figures/number-forms.js';

/** [language, written, value (undefined: no number or ambiguous), precision, counter] */
type Case = [string, string, number | undefined, number?, string?];

const cases: Record<string, { positive: Case[]; negative: Case[] }> = {
  en: {
    positive: [['en', '1,234', 1234, 0], ['en', '96.3', 96.3, 1], ['en', '1,234.5', 1234.5, 1], ['en', '１２', 12, 0], ['en', '62.39%', 62.39, 2]],
    negative: [['en', '96,3', undefined], ['en', '1.234,5', undefined], ['en', '12,34', undefined], ['en', '1 234', undefined], ['en', 'twelve', undefined]],
  },
  zh: {
    positive: [
      ['zh', '13个', 13, 0, '个'], ['zh', '１３个', 13, 0, '个'], ['zh', '1.2万', 12000, 0], ['zh', '3亿', 300000000, 0], ['zh', '2.5万行', 25000, 0, '行'],
      ['zh', '92個', 92, 0, '個'], ['zh', '5项', 5, 0, '项'], ['zh', '3件', 3, 0, '件'], ['zh', '2次', 2, 0, '次'], ['zh', '24,175', 24175, 0], ['zh', '２０．５１％', 20.51, 2],
    ],
    negative: [['zh', '十三', undefined], ['zh', '13个测试', undefined], ['zh', '96,3', undefined]],
  },
  ja: {
    positive: [['ja', '3万', 30000, 0], ['ja', '12件', 12, 0, '件'], ['ja', '１２３', 123, 0]],
    negative: [['ja', '三', undefined]],
  },
  ko: {
    positive: [['ko', '3만', 30000, 0], ['ko', '12개', 12, 0, '개']],
    negative: [['ko', '열둘', undefined]],
  },
  de: {
    positive: [['de', '1.234,5', 1234.5, 1], ['de', '96,3', 96.3, 1], ['de', '1.234.567', 1234567, 0], ['de', '12', 12, 0], ['de', '1\u00A0234,5', 1234.5, 1], ['de', '25.36', 25.36, 2]],
    negative: [['de', '1,234', undefined], ['de', '1.234', undefined], ['de', '1,234.567,8', undefined]],
  },
  fr: {
    positive: [['fr', '96,3', 96.3, 1], ['fr', '1\u202F234,5', 1234.5, 1], ['fr', '96,3 %', 96.3, 1]],
    negative: [['fr', '1,234', undefined], ['fr', '1 234', undefined]],
  },
  es: {
    positive: [['es', '1.234,5', 1234.5, 1], ['es', '96,3', 96.3, 1], ['es', '538', 538, 0], ['es', '25.36', 25.36, 2]],
    negative: [['es', '15,153', undefined], ['es', '1.234', undefined]],
  },
  pt: {
    positive: [['pt', '1.234,56', 1234.56, 2], ['pt', '87,5', 87.5, 1]],
    negative: [['pt', '2,500', undefined]],
  },
};

describe('parseLocalNumber, language by language', () => {
  for (const [language, table] of Object.entries(cases)) {
    it(`${language}: has positive and negative cases`, () => {
      expect(table.positive.length).toBeGreaterThan(0);
      expect(table.negative.length).toBeGreaterThan(0);
    });
    for (const [lang, written, value, precision, counter] of table.positive) {
      it(`${lang}: reads ${JSON.stringify(written)} as ${value}`, () => {
        const read = parseLocalNumber(written, lang);
        expect(read?.value).toBe(value);
        expect(read?.precision).toBe(precision);
        expect(read?.counter).toBe(counter);
      });
    }
    for (const [lang, written] of table.negative) {
      it(`${lang}: reads ${JSON.stringify(written)} as no number`, () => {
        expect(parseLocalNumber(written, lang)).toBeUndefined();
      });
    }
  }
});

describe('normaliseNumbers', () => {
  const rows: Array<[string, string, string]> = [
    ['en', 'Tests: 1,234 passing', 'Tests: 1,234 passing'],
    ['en', '覆盖率：８５％', '覆盖率:85%'],
    ['zh', '**测试总数**：６８', '**测试总数**:68'],
    ['zh', '约1.2万行代码（主要模块）', '约12000行代码(主要模块)'],
    ['zh', '24,175行代码', '24175行代码'],
    ['zh', '62.39%，计划进行中', '62.39%, 计划进行中'],
    ['de', 'Abdeckung: 96,3 % (Ziel 1.234,5)', 'Abdeckung: 96.3% (Ziel 1234.5)'],
    ['de', 'ungefähr 1,234 Zeilen', 'ungefähr 1,234 Zeilen'],
    ['fr', 'couverture de 87,5\u00A0%', 'couverture de 87.5%'],
    ['es', 'Cobertura estimada: ~45%', 'Cobertura estimada: ~45%'],
  ];
  for (const [language, source, expected] of rows) {
    it(`${language}: ${JSON.stringify(source)} → ${JSON.stringify(expected)}`, () => {
      expect(normaliseNumbers(source, language).text).toBe(expected);
    });
  }

  it('maps a figure of the normalised text back to its source span', () => {
    const source = '代码量：约1.2万行，覆盖率：８５％';
    const n = normaliseNumbers(source, 'zh');
    const at = n.text.indexOf('85%');
    const [start, end] = sourceRange(n, at, at + 3);
    expect(source.slice(start, end)).toBe('８５％');
    const big = n.text.indexOf('12000');
    const [s2, e2] = sourceRange(n, big, big + 5);
    expect(source.slice(s2, e2)).toBe('1.2万');
  });

  it('keeps one offset per character and the source length at the end', () => {
    const source = 'Abdeckung: 96,3 %';
    const n = normaliseNumbers(source, 'de');
    expect(n.offsets).toHaveLength(n.text.length + 1);
    expect(n.offsets[n.text.length]).toBe(source.length);
  });
});
