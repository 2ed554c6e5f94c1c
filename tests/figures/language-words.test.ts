import { describe, expect, it } from 'vitest';
import { coreLists, wordsByLanguage, wordsFor, alternation } from '../../src/figures/language-words.js';

const languages = ['en', 'zh', 'es', 'pt', 'fr', 'de', 'ru', 'ja', 'ko'];

describe('words by language', () => {
  it('knows every language of issue 24', () => {
    expect(Object.keys(wordsByLanguage).sort()).toEqual([...languages].sort());
  });

  for (const language of languages) {
    it(`${language}: every core list has words, lower case, none repeated`, () => {
      const words = wordsFor(language);
      for (const list of coreLists) {
        const entries = words[list];
        expect(entries.length, `${language}.${list}`).toBeGreaterThan(0);
        expect(new Set(entries).size, `${language}.${list} repeats a word`).toBe(entries.length);
        for (const word of entries) expect(word, `${language}.${list}`).toBe(word.toLowerCase());
      }
    });
  }

  // The words each language must know, as a reader of its reports finds them.
  const core: Record<string, Record<string, string>> = {
    en: { testNouns: 'tests', passed: 'passed', failed: 'failed', skipped: 'skipped', total: 'total', coverage: 'coverage', lines: 'lines', files: 'files', target: 'target', before: 'before', estimated: 'estimated' },
    zh: { testNouns: '测试', passed: '通过', failed: '失败', skipped: '跳过', total: '测试总数', coverage: '覆盖率', lines: '行', files: '文件', target: '目标', before: '之前', estimated: '预计' },
    es: { testNouns: 'pruebas', passed: 'pasando', failed: 'fallidas', skipped: 'omitidas', total: 'total', coverage: 'cobertura', lines: 'líneas', files: 'archivos', target: 'meta', before: 'antes', estimated: 'estimada' },
    pt: { testNouns: 'testes', passed: 'passando', failed: 'falhas', skipped: 'ignorados', total: 'total', coverage: 'cobertura', lines: 'linhas', files: 'arquivos', target: 'meta', before: 'antes', estimated: 'estimativa' },
    fr: { testNouns: 'tests', passed: 'réussis', failed: 'échoués', skipped: 'ignorés', total: 'total', coverage: 'couverture', lines: 'lignes', files: 'fichiers', target: 'objectif', before: 'avant', estimated: 'estimé' },
    de: { testNouns: 'tests', passed: 'bestanden', failed: 'fehlgeschlagen', skipped: 'übersprungen', total: 'gesamt', coverage: 'testabdeckung', lines: 'zeilen', files: 'dateien', target: 'ziel', before: 'vorher', estimated: 'geschätzt' },
    ru: { testNouns: 'тестов', passed: 'пройдено', failed: 'провалено', skipped: 'пропущено', total: 'всего', coverage: 'покрытие', lines: 'строк', files: 'файлов', target: 'цель', before: 'было', estimated: 'примерно' },
    ja: { testNouns: 'テスト', passed: '成功', failed: '失敗', skipped: 'スキップ', total: '合計', coverage: 'カバレッジ', lines: '行', files: 'ファイル', target: '目標', before: '以前', estimated: '推定' },
    ko: { testNouns: '테스트', passed: '통과', failed: '실패', skipped: '건너뜀', total: '합계', coverage: '커버리지', lines: '라인', files: '파일', target: '목표', before: '이전', estimated: '예상' },
  };
  for (const [language, table] of Object.entries(core)) {
    it(`${language}: holds its core words`, () => {
      const words = wordsFor(language);
      for (const [list, word] of Object.entries(table)) expect(words[list as keyof typeof words], `${language}.${list}`).toContain(word);
    });
  }

  it('holds traditional Chinese beside simplified', () => {
    const zh = wordsFor('zh');
    expect(zh.testNouns).toContain('測試');
    expect(zh.total).toContain('測試總數');
    expect(zh.coverage).toContain('覆蓋率');
    expect(zh.passed).toContain('通過');
  });

  it('holds the forms a Russian numeral gives its noun: 1 тест, 2–4 теста, 5+ тестов', () => {
    const ru = wordsFor('ru');
    for (const form of ['тест', 'теста', 'тестов']) expect(ru.testNouns).toContain(form);
    for (const form of ['строка', 'строки', 'строк']) expect(ru.lines).toContain(form);
    for (const form of ['файл', 'файла', 'файлов']) expect(ru.files).toContain(form);
  });

  it('falls back to English for a language it does not know', () => {
    expect(wordsFor('xx')).toBe(wordsByLanguage.en);
  });

  it('makes an alternation that tries the longest word first and escapes', () => {
    expect(alternation(['测试', '测试总数', 'a.b'])).toBe('测试总数|a\\.b|测试');
  });
});
