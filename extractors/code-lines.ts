import type { Extractor } from '../src/figures/extract.js';
import { quantitySource, readQuantity } from '../src/figures/numbers.js';
import { changeWordSource, languageSource, oneFileGlob, setGlob } from '../src/measure/file-sets.js';
import { scan, groupStart } from '../src/read/scan.js';
import type { Subject } from '../src/model.js';
import { linesPart } from '../src/figures/lines-part.js';
import { headingPathAside } from '../src/figures/subjects.js';
import { extensionOf } from '../src/figures/test-files.js';

/** A folder in backticks or bare, written with a trailing slash: `backend/`. */
const folderSource = String.raw`(?:\`(?<dir>(?:\.{1,2})?\/?(?:[\w@.+-]+\/)+)\`|(?<![\w/.-])(?<dir_bare>(?:[\w@.+-]+\/)+))`;
/** "in `backend/`" after the lines. */
const inFolderSource = String.raw`(?:\s+(?:in|under|across)\s+(?:the\s+)?${folderSource})?`;

/** "108,542 lines of Rust", "12,000 lines of Python code", "3,000 lines of code in `backend/`". */
const linesOfLanguageRe = new RegExp(String.raw`${quantitySource}\s+lines\s+of\s+(?:(?<lang>${languageSource})(?:\s+code)?|(?<code>code))\b${inFolderSource}`, 'gd');
/** "Total lines of code: 108542", "Lines of code (Rust): 12,000", "LOC: 5,000", "Lines of Code: ~3,327 (Python only)": a statistic's label, so a figure of the current state. */
const labelThenLinesRe = new RegExp(
  String.raw`(?<![\w-])(?:Total\s+)?(?:(?:lines\s+of\s+(?:(?<lang>${languageSource})\s+)?code|(?:S)?LOC|code\s+lines)(?:\s*\((?<lang2>${languageSource})\))?)\s*[:=]\s*${quantitySource}(?![\d.,%])(?:\s*\((?<lang3>${languageSource})\s+only\))?`,
  'gdi',
);
/** Words right before a count of lines that make it a change, not the size of code: "removed 5,000 lines of code". */
const changeWordsRe = new RegExp(String.raw`\b(?:${changeWordSource}|by|net|[+−-])\s*(?:\S+\s+){0,2}$`, 'i');

const folderOf = (groups: Record<string, string | undefined>) => (groups.dir ?? groups.dir_bare ?? '').replace(/\/+$/, '');

export default {
  id: 'code-lines',
  description: 'Lines of code of the repository, a folder or a language, as tokei and cloc count them: "108,542 lines of Rust", "Total lines of code: 108542".',
  kinds: ['code.lines'],
  keywords: ['lines', 'loc'],
  extract(blocks, ctx) {
    for (const m of scan(blocks, linesOfLanguageRe)) {
      const folder = folderOf(m.groups);
      const lang = m.groups.lang;
      // "5,000 lines of code" alone is as often a change as a size; with a language or a folder it names a set to measure.
      if (lang === undefined && folder === '') continue;
      if (changeWordsRe.test(m.block.text.slice(Math.max(0, m.start - 40), m.start))) continue;
      const subject: Subject = { path: setGlob(folder, lang, false) };
      const q = readQuantity(m.groups);
      ctx.claim(m.block, groupStart(m, 'num'), m.end, { kind: 'code.lines', subject, value: q.value, unit: 'lines', qualifier: q.qualifier, precision: 0, ...(q.range ? { range: q.range } : {}) });
    }
    for (const m of scan(blocks, labelThenLinesRe)) {
      // "Lines of Code: ~5,000 test lines": the noun after the count narrows it to a part.
      if (linesPart(m.block.text.slice(m.end)) !== undefined) continue;
      const lang = m.groups.lang ?? m.groups.lang2 ?? m.groups.lang3;
      // Under "#### SeoService (`app/Services/SeoService.php`)" the statistic is that file's (w86:133), or that folder's.
      const aside = headingPathAside(m.block.context.headings);
      const part = aside !== undefined && 'path' in aside ? aside.path : '';
      const subject: Subject = { path: part !== '' && extensionOf(part) !== undefined ? oneFileGlob(part) : setGlob(part, lang, false) };
      const q = readQuantity(m.groups);
      // The label is part of the claim's text: it says whether code lines or all lines are meant.
      ctx.claim(m.block, m.start, m.end, { kind: 'code.lines', subject, value: q.value, unit: 'lines', qualifier: q.qualifier, precision: 0, ...(q.range ? { range: q.range } : {}) });
    }
  },
} satisfies Extractor;
