/**
 * Whether a table column counts tests, in every language the word table
 * (language-words.ts) knows: "Tests", "Test Count", "Unit Tests" in English,
 * "测试数量" (number of tests) or "テスト数" elsewhere. A column of test files or
 * suites ("测试文件", "テストファイル") counts no tests: its test noun is the
 * first half of a compound.
 */
import type { Claim } from '../model.js';
import { wordsByLanguage } from './language-words.js';
import { bareCountColumns, hasWord, subtestNouns, testContainerNouns, testCountNouns, wordsSource } from './words.js';
import { rememberByText } from './remember.js';

/** An English column that counts tests: "Tests", "Test Count", "Unit Tests", "Test cases". */
const englishTestsColumnRe = new RegExp(String.raw`\b${wordsSource(testCountNouns)}\b`, 'i');

/** Whether `header` (a table's column header) names a count of tests; asked again for every cell of its column. */
export const countsTestsColumn: (header: string) => boolean = rememberByText(namesTestCount);

function namesTestCount(header: string): boolean {
  if (englishTestsColumnRe.test(header)) return true;
  const text = header.toLowerCase();
  for (const [language, words] of Object.entries(wordsByLanguage)) {
    if (language === 'en') continue;
    // A total of tests ("测试数量", "テスト数") names the count itself.
    if (words.total.some((word) => /[^\x00-\x7f]/.test(word) && text.includes(word))) return true;
    for (const noun of words.testNouns) {
      // Latin nouns of other languages ("pruebas") match as whole words; CJK ones as substrings.
      const at = /[^\x00-\x7f]/.test(noun) ? text.indexOf(noun) : text.search(new RegExp(`(?:^|[^\\p{L}])${noun}(?=$|[^\\p{L}])`, 'u'));
      if (at < 0) continue;
      const after = text.slice(at + noun.length).replace(/^[^\p{L}]+/u, '');
      if (!words.testCompounds.some((compound) => after.startsWith(compound))) return true;
    }
  }
  return false;
}

/** A header that is only a bare count: "Count", "#", "**Number**". */
function isBareCount(header: string): boolean {
  const clean = header.replace(/[*_`]/g, '').trim().toLowerCase();
  return bareCountColumns.includes(clean);
}

/**
 * Whether a table counts tests in a column other than the one at `own`
 * (0-based): a column that names tests ("Tests", "测试数量"), or a bare count
 * ("Count", "#") in a table whose caption names tests ("### Test sweep" over
 * "| Surface | Count |"). The rows of such a table are parts of a test run or
 * suite, each with its tests.
 */
export function tableCountsTests(columns: readonly string[], own: number, caption: string | undefined): boolean {
  const others = columns.filter((_, i) => i !== own);
  // "Test Files", "Test Suites": what holds tests, counted, is no count of tests.
  const namesTests = (text: string) => countsTestsColumn(text) && !hasWord(text, testContainerNouns);
  if (others.some(namesTests)) return true;
  return caption !== undefined && namesTests(caption) && others.some(isBareCount);
}

/** Whether `text` (a column header, a noun) names subtests: "Subtests", "Subtestes", "sub-tests". */
export function countsSubtests(text: string): boolean {
  return hasWord(text, subtestNouns);
}

/**
 * Whether a test count counts subtests: its column names them ("| Subtestes |")
 * or its own text does ("119 subtestes", the span figure-subtests gives it).
 */
export function claimCountsSubtests(claim: Pick<Claim, 'text' | 'context'>): boolean {
  return countsSubtests(claim.context.table?.header ?? '') || countsSubtests(claim.text);
}

/**
 * Whether the column `header` of a table with `columns` counts tests one level
 * above another column's subtests: "| Módulo | Testes | Subtestes |" (w62:129).
 * Such a "tests" count numbers groups the report made (its "Teste 01"…"Teste
 * 08"), not what a runner or the source counts as a test, so no test count is
 * read from it.
 */
export function testsAboveSubtests(columns: readonly string[], header: string): boolean {
  if (countsSubtests(header) || !countsTestsColumn(header)) return false;
  return columns.some((column) => column !== header && countsSubtests(column));
}
