import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { blockLanguage, cjkLanguage, cyrillicLanguage, latinLanguage, mayLeaveLanguage } from '../../src/figures/language.js';

describe('blockLanguage', () => {
  const rows: Array<[string, string]> = [
    ['**测试总数**: 68', 'zh'],
    ['Module tests (11个测试)', 'zh'],
    ['src/gc.rs: 13个测试，全部通过', 'zh'],
    ['測試總數: 68', 'zh'],
    ['テスト結果: 12件成功', 'ja'],
    ['테스트 결과: 12개 통과', 'ko'],
    ['La suite de pruebas tiene 538 tests y todos pasan con la cobertura estimada', 'es'],
    ['Os testes passaram e a cobertura de código é de 80% com os dados', 'pt'],
    ['Les tests sont passés et la couverture est de 87,5 % pour le projet', 'fr'],
    ['Die Tests sind bestanden und die Abdeckung ist mit 96,3 % gut', 'de'],
    ['- ✅ TranscriptView.test.tsx - 16 тестов, все проходят (PASS) **СОЗДАН**', 'ru'],
    ['**Общее покрытие: 99%** (4738 строк, 52 непокрытых)', 'ru'],
    ['All 431 tests pass and the coverage is 87%', 'en'],
    ['Tests: 1,234', 'en'],
  ];
  for (const [text, language] of rows) {
    it(`${JSON.stringify(text)} is ${language}`, () => expect(blockLanguage(text)).toBe(language));
  }

  it('gives a block without enough words the document language', () => {
    expect(blockLanguage('Tests existentes: 501', 'es')).toBe('es');
    expect(blockLanguage('| 92 |', 'zh')).toBe('zh');
  });

  it('leaves text with a stray CJK character or two in its Latin language', () => {
    expect(cjkLanguage('The suite logs 测 once in the output of all 431 tests')).toBeUndefined();
    expect(latinLanguage('431 tests')).toBeUndefined();
  });

  it('leaves a Latin block with a Cyrillic word or two in its Latin language', () => {
    expect(cyrillicLanguage('The suite for the Москва office runs all 431 tests in the nightly build of the project')).toBeUndefined();
    expect(cyrillicLanguage('431 tests, 12 files')).toBeUndefined();
    expect(cyrillicLanguage('Итого: 54')).toBe('ru');
  });

  // The lowest letters of the scripts (Hangul Jamo at U+1100) and astral ones (surrogate pairs) are read, as letters below them are not.
  const edges: Array<[string, 'zh' | 'ja' | 'ko' | undefined]> = [
    ['\u1100\u1101 42', 'ko'],
    ['\u{20000}\u{20001} 42', 'zh'],
    ['\u{1B001}\u{1B002} 42', 'ja'],
    ['\u10FF\u10FE 42', undefined],
    ['✅ → 42 tests', undefined],
  ];
  for (const [text, language] of edges) {
    it(`${JSON.stringify(text)} is ${language}`, () => expect(cjkLanguage(text)).toBe(language));
  }
});

describe('mayLeaveLanguage', () => {
  it.each([
    ['All 120 tests pass on the main branch', false],
    ['| Tests | 120 |', false],
    ['Cobertura de código: 85% con 40 pruebas', true],
    ['Testes passando: 120 (não há falhas)', true],
    ['Тесты: 120 пройдено', true],
    ['Tests für die Module: 12', true],
  ])('%s → %s', (text, may) => {
    expect(mayLeaveLanguage(text, 'en')).toBe(may);
  });

  it('is true whenever blockLanguage gives a Latin or Cyrillic language other than the fallback, on every line of the corpus', () => {
    const lines = readdirSync('fixtures/corpus')
      .filter((name) => name.endsWith('.md'))
      .flatMap((name) => readFileSync(`fixtures/corpus/${name}`, 'utf8').split('\n'));
    let left = 0;
    for (const line of lines) {
      const language = blockLanguage(line, 'en');
      if (language === 'en' || language === 'zh' || language === 'ja' || language === 'ko') continue;
      left++;
      expect(mayLeaveLanguage(line, 'en'), line).toBe(true);
    }
    expect(left).toBeGreaterThan(0);
  });
});
