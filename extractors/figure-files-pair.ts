import type { Figure } from '../src/model.js';
import type { Classification, FigureClassifier, FigurePlace } from '../src/figures/classify.js';
import { alternation, wordsByLanguage } from '../src/figures/language-words.js';
import { arrowSource } from '../src/figures/numbers.js';
import type { Words } from '../src/figures/words.js';

const languages = Object.values(wordsByLanguage);
/** Nouns of files in every language of the word table, maybe after a Chinese counter: "files", "文件", "个文件". */
const fileNounSource = String.raw`(?:[个個]\s*)?(?:${alternation([...new Set(languages.flatMap((w) => w.files))])})(?![\p{Script=Latin}])`;
/** What stands between a count and the count it became: an arrow, "to", "降至" ("down to"). */
const becameSource = String.raw`(?:${arrowSource}|${alternation([...new Set(languages.flatMap((w) => w.becameWords ?? []))])})`;
/** After the count before: its file noun, then the arrow or word, then the count after. */
const becameNextRe = new RegExp(String.raw`^\s*${fileNounSource}\s*${becameSource}\s*[~≈]?\d`, 'iu');
/** Before the count after: the count before with its file noun, then the arrow or word. */
const becameBeforeRe = new RegExp(String.raw`\d\+?\s*${fileNounSource}\s*${becameSource}\s*$`, 'iu');
/** After the count after: its file noun. */
const fileNounNextRe = new RegExp(String.raw`^\s*${fileNounSource}`, 'iu');
/** Words that name the repository's root folder, lower case. */
const rootWords: readonly string[] = [...new Set(languages.flatMap((w) => w.rootFolder ?? []))];

/** Whether the figure's row, parent item, label or section names the root folder ("P0-1: 清理根目录", clean the root folder). */
function namesRoot(figure: Figure): boolean {
  const c = figure.context;
  const near = [c.table?.row, c.parent, c.label, c.headings.at(-1)].filter((t) => t !== undefined).join(' | ').toLowerCase();
  return rootWords.some((w) => near.includes(w));
}

/**
 * The files of the root folder before and after a clean-up, a pair of file
 * counts: "| P0-1: 清理根目录 | ✅ | 40+文件→9文件 |" (302), "1. ✅ **清理根目录中间产物文件**"
 * then "- 从40+文件降至9个文件" ("from 40+ files down to 9", 303), "Root directory:
 * 40+ files → 9 files". The count before the arrow is the folder's before the
 * work (`before`), the one after it the folder's now; only when the row,
 * item, label or section names the root folder, the one folder the words give.
 */
function classify(figure: Figure, _words: Words, place?: FigurePlace): Classification | undefined {
  if (!place || figure.unit !== 'count' || !Number.isInteger(figure.value) || figure.of !== undefined || figure.range !== undefined) return undefined;
  const after = place.text.slice(place.end);
  const left = becameNextRe.test(after);
  const right = !left && becameBeforeRe.test(place.text.slice(0, place.start)) && fileNounNextRe.test(after);
  if ((!left && !right) || !namesRoot(figure)) return undefined;
  return left
    ? { kind: 'dir.files', subject: { path: '.' }, tense: 'before', tenseReason: 'the root folder\'s files before the count they became' }
    : { kind: 'dir.files', subject: { path: '.' }, tense: 'current' };
}

export default {
  id: 'figure-files-pair',
  description: 'The root folder\'s files before and after, a pair of file counts: "40+文件→9文件" in a row about the root folder, "Root directory: 40+ files → 9 files".',
  kinds: ['dir.files'],
  classify,
} satisfies FigureClassifier;
