/**
 * A table column of file counts headed in a language written without spaces
 * (Chinese, Japanese, Korean): "测试文件数" ("number of test files"),
 * "文件数量". The header is read as words of the word table run together: a
 * kind of file (a test noun), the noun of files, then a word of count. It
 * gives the kind the way an English header's words before "files" do ("Test
 * Files" → "Test"), so that the same folder-row reading serves both.
 */
import { wordsByLanguage } from './language-words.js';

/** Words after the noun of files that make a header a count: "数", "数量", "总数". */
const countSuffixes: readonly string[] = ['数', '數', '数量', '數量', '总数', '總數', '个数', '個數', '数目', '數目', '件数', '수'];

/** The non-English languages of the word table whose words are written without spaces between them. */
const runTogether = Object.entries(wordsByLanguage).filter(([language]) => ['zh', 'ja', 'ko'].includes(language)).map(([, words]) => words);

/**
 * The kind of files a header counts: 'Test' for "测试文件数", '' for "文件数"
 * (files of any kind); undefined when the header is not a count of files in
 * such a language, or names a kind of file other than tests ("主源文件数", main
 * source files: a set the folder-row reading does not measure in these layouts).
 */
export function localizedFileColumnKind(header: string): string | undefined {
  const text = header.replace(/[^\p{L}\p{N}]/gu, '');
  for (const words of runTogether) {
    for (const noun of [...words.files].sort((a, b) => b.length - a.length)) {
      const at = text.indexOf(noun);
      if (at < 0) continue;
      const after = text.slice(at + noun.length);
      if (after !== '' && !countSuffixes.includes(after)) continue;
      const before = text.slice(0, at);
      if (before === '') return '';
      if (words.testNouns.includes(before)) return 'Test';
      return undefined;
    }
  }
  return undefined;
}
