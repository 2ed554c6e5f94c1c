/**
 * Whether a table column counts tests, in every language the word table
 * (language-words.ts) knows: "Tests", "Test Count", "Unit Tests" in English,
 * "测试数量" (number of tests) or "テスト数" elsewhere. A column of test files or
 * suites ("测试文件", "テストファイル") counts no tests: its test noun is the
 * first half of a compound.
 */
import { wordsByLanguage } from './language-words.js';

/** An English column that counts tests: "Tests", "Test Count", "Unit Tests", "Test cases". */
const englishTestsColumnRe = /\b(?:tests?|specs?|test\s+cases?)\b/i;

/** Whether `header` (a table's column header) names a count of tests. */
export function countsTestsColumn(header: string): boolean {
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
