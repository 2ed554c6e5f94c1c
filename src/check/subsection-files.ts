/**
 * The files a heading's sub-sections name, each sub-section its own: "### 1.
 * Similarity Engine (56 tests)" over "#### JaroWinklerSimilarityTest.java",
 * "#### TextNormalizerTest.java (NEW)", … (realworld w71:46, seven such
 * sections), or "### 3. Comprehensive Test Suite (186 TESTS)" over "####
 * **Integration Tests** (53 tests)" sections that each give their files on a
 * label line, "**File**: `tests/…/ExpressionTranslationTest.java`" or
 * "**Files**:" over a list of them (w10:219). A count in the heading is then
 * the count of those files together (the tests verifier measures each and
 * sums them). Every sub-section must name its files: one that names none
 * holds something the count may take in, and the heading is left alone.
 * Which of the files are test files is the caller's to judge.
 */
import { onlyPathIn } from '../figures/path-pieces.js';
import { fileLabelOf } from '../figures/record-path.js';
import { fileListNouns } from '../figures/words.js';
import { sectionsOfSource, subsections, type SectionView } from '../read/report-structure.js';

/** A file a sub-section names, with the 1-based line that names it. */
export interface NamedFile {
  path: string;
  line: number;
}

/** The files of a heading's sub-sections and the lines they span (1-based, inclusive). */
export interface SubsectionFiles {
  files: NamedFile[];
  first: number;
  last: number;
}

/** Fewer sub-sections than this make no breakdown of a heading's count. */
const fewestSubsections = 2;

/** A list item line: "- `EndToEndQueryTest.java` (30 tests)", "1. x.java". Group `text`. */
const itemLineRe = /^\s*(?:[-*+]|\d{1,3}[.)])\s+(?<text>.*)$/;

/**
 * The files a sub-section names on its first files label: the path on the label's line, or the paths of the
 * list items right under it, one each; undefined when it has no such label or an item names no single path.
 */
function labelledFiles(lines: readonly string[], from: number, to: number): NamedFile[] | undefined {
  for (let n = from; n <= to; n++) {
    const lead = fileLabelOf(lines[n - 1] ?? '');
    if (!lead || !fileListNouns.includes(lead.label)) continue;
    const onLine = onlyPathIn(lead.rest);
    if (onLine !== undefined) return [{ path: onLine, line: n }];
    if (lead.rest.trim() !== '') return undefined;
    const files: NamedFile[] = [];
    for (let item = n + 1; item <= to; item++) {
      const text = itemLineRe.exec(lines[item - 1] ?? '')?.groups?.text;
      if (text === undefined) break;
      const named = onlyPathIn(text);
      if (named === undefined) return undefined;
      files.push({ path: named, line: item });
    }
    return files.length > 0 ? files : undefined;
  }
  return undefined;
}

/** The files one sub-section names: its heading's one path, else its files label; undefined when neither. */
function filesOf(section: SectionView, lines: readonly string[], all: readonly SectionView[]): NamedFile[] | undefined {
  const inHeading = onlyPathIn(section.text);
  if (inHeading !== undefined) return [{ path: inHeading, line: section.line }];
  // Its own lines, down to its first sub-section.
  const deeper = all.find((s) => s.line > section.line && s.line <= section.end);
  return labelledFiles(lines, section.line + 1, deeper ? deeper.line - 1 : section.end);
}

/**
 * The files the sub-sections of the heading on 1-based `line` of `source` name, each of two or more
 * sub-sections naming its own; undefined when the line is no heading or a sub-section names none.
 */
export function subsectionFiles(source: string, line: number): SubsectionFiles | undefined {
  const all = sectionsOfSource(source);
  const heading = all.find((s) => s.line === line);
  if (!heading) return undefined;
  const subs = subsections(all, heading);
  if (subs.length < fewestSubsections) return undefined;
  const lines = source.split('\n');
  const files: NamedFile[] = [];
  for (const sub of subs) {
    const named = filesOf(sub, lines, all);
    if (!named) return undefined;
    files.push(...named);
  }
  return { files, first: files[0]?.line ?? line, last: files.at(-1)?.line ?? line };
}
