/**
 * Files: existence, line counts, sizes, modes and code at lines of the paths
 * a report names, and the number and total lines of sets of files ("10 BATS
 * test suites", "14 files in `scripts/`"), all resolved inside the repository.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { Claim, Measurement, Outcome, Subject } from '../src/model.js';
import { measureEach } from '../src/measure/measure-each.js';
import type { RunContext, Verifier } from '../src/measure/verify-types.js';
import { readRepoText, type Resolution } from '../src/measure/repo-path.js';
import { countWords, nearWordCount } from '../src/measure/word-count.js';
import { isSkippedPath, listSourceFiles } from '../src/measure/source-files.js';
import { sizeScales } from '../src/measure/sizes.js';
import { alternativesOf, directChildren, namedSets, splitGlob, testCodeExtensions, testCodeGlob, testFolderPatterns } from '../src/measure/file-sets.js';
import { checkLineReference } from '../src/measure/line-reference.js';
import { textsAtNamedCommits } from '../src/measure/named-commit.js';
import { checkDefinedName } from '../src/measure/defined-names.js';
import { countLineKinds } from '../src/measure/line-kinds.js';
import { programmingExtensions } from '../src/measure/languages.js';
import { barrelName, onlyReexports } from '../src/measure/barrels.js';
import { absentOnPurpose } from '../src/measure/absent-path.js';
import { filesDefiningTests } from '../src/measure/defining-files.js';
import { localizedFileColumnKind } from '../src/figures/localized-file-column.js';
import { isCategoryWord } from '../src/figures/test-subject.js';
import { groupKindNouns } from '../src/figures/words.js';
import { isTestSource } from '../src/measure/test-definitions.js';
import { testPartFiles } from '../src/measure/test-parts.js';

/** Larger files are not read for a line count. */
const maxBytes = 64 * 1024 * 1024;
/** Sets larger than this are not line-counted. */
const maxSetFiles = 20000;

/** Lines as an editor counts them: newlines, plus one for a last line without one. */
export function countLines(absolute: string): number {
  const fd = openSync(absolute, 'r');
  try {
    const buffer = Buffer.alloc(1 << 16);
    let lines = 0;
    let last = 10;
    let read: number;
    while ((read = readSync(fd, buffer, 0, buffer.length, null)) > 0) {
      for (let i = 0; i < read; i++) if (buffer[i] === 10) lines++;
      last = buffer[read - 1] ?? 10;
    }
    return last === 10 ? lines : lines + 1;
  } finally {
    closeSync(fd);
  }
}

const measured = (value: Measurement['value'], source: string, extra: Partial<Measurement> = {}): Outcome => ({ kind: 'measured', measured: { value, source, ...extra } });

/** A set of files as measured: every file of the set, and those directly in its folder (another reading). */
interface ListedSet {
  files: string[];
  direct?: string[];
  /** The folder the set starts at, repo-relative ('' = the root). */
  folder: string;
  /** How the files were listed: `git ls-files` or `.gitignore`. */
  how: string;
}

/** Where a set's reading lies, for messages: "under `backend/`", "directly in `backend/`". */
const placeOf = (folder: string, direct: boolean) =>
  folder === '' ? (direct ? 'at the repository root' : 'in the repository') : `${direct ? 'directly in' : 'under'} \`${folder}/\``;

/**
 * Files of a set glob (`scripts/**`, `**\/*.bats`), counted the way tokei and
 * cloc do (`.gitignore`, hidden and vendored folders below the named folder
 * left out), with the set's other reading (direct children only).
 */
async function listSet(written: string, run: RunContext, dir: string): Promise<{ ok: true; set: ListedSet } | { ok: false; outcome: Outcome }> {
  const split = splitGlob(written);
  if (!split) return { ok: false, outcome: { kind: 'unverifiable', reason: `\`${written}\` is not a set of files` } };
  const folder = await run.files.resolveFolder(split.folder, dir);
  if (!folder.ok) {
    if (folder.reason === 'not found') return { ok: false, outcome: measured(0, folder.message) };
    return { ok: false, outcome: { kind: 'unverifiable', reason: folder.message } };
  }
  const listed = await run.once('files:source', () => listSourceFiles(run.repo));
  const prefix = folder.path === '' ? '' : folder.path + '/';
  // A hidden or vendored folder the report names itself (`.github/workflows/`) is counted; one below it is not.
  const below = listed.files.filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length)).filter((f) => !isSkippedPath(f));
  const pick = (pattern: string) => {
    const matches = picomatch(alternativesOf(pattern), { dot: false });
    return below.filter((f) => matches(f)).map((f) => prefix + f);
  };
  const childPattern = directChildren(split.pattern);
  return { ok: true, set: { files: pick(split.pattern), folder: folder.path, how: listed.how, ...(childPattern ? { direct: pick(childPattern) } : {}) } };
}

/** A set of folders named after a component, anywhere (`**\/backend/**\/*.ts`), and the same set over the whole repository. */
function componentOf(written: string): { name: string; whole: string } | undefined {
  const m = /^\*\*\/(?<name>[\w.-]+)\/(?<rest>\*\*.*)$/.exec(written);
  return m?.groups?.name && m.groups.rest ? { name: m.groups.name, whole: m.groups.rest } : undefined;
}

/** Total lines of `files`; a file too large to read adds nothing. */
function linesOf(run: RunContext, files: readonly string[]): number {
  return files.reduce((sum, f) => {
    const absolute = path.join(run.files.root, f);
    return statSync(absolute).size > maxBytes ? sum : sum + countLines(absolute);
  }, 0);
}

/** Whether a file of the repository is a barrel: named `index.js` (…) and holding re-exports only. */
function isBarrel(run: RunContext, file: string): boolean {
  const absolute = path.join(run.files.root, file);
  if (!barrelName(file) || !run.files.contains(absolute)) return false;
  try {
    const read = readRepoText(absolute, file);
    return read.ok && onlyReexports(read.text);
  } catch {
    // Listed but not on disk (a snapshot without it): counted as a module.
    return false;
  }
}

async function measureSet(claim: Claim, written: string, run: RunContext, dir: string, source?: string): Promise<Outcome> {
  const listed = await listSet(written, run, dir);
  if (!listed.ok) return listed.outcome;
  const set = listed.set;
  const shownSet = 'category' in claim.subject ? claim.subject.category : `\`${written}\``;
  const where = `files: ${shownSet}${set.folder !== '' ? ` in \`${set.folder}\`` : ''}; ${set.how}`;
  const component = componentOf(written);
  if (claim.kind === 'dir.files' && component) {
    // Folders named after a component the report's label names; the whole repository is the other reading.
    const whole = await listSet(component.whole, run, dir);
    const all = whole.ok ? whole.set.files.length : undefined;
    const place = `under folders named \`${component.name}/\``;
    return measured(set.files.length, where, all === undefined || all === set.files.length ? { readings: [place] } : { alternatives: [all], readings: [place, 'in the repository'] });
  }
  if (claim.kind === 'dir.files') {
    const direct = set.direct && set.direct.length !== set.files.length ? set.direct.length : undefined;
    const readings: Array<[number, string]> = [[set.files.length, placeOf(set.folder, false)]];
    if (direct !== undefined) readings.push([direct, placeOf(set.folder, true)]);
    // The modules without the index files that only re-export them, which a report may not count as files of their own.
    const barrels = set.files.filter((f) => isBarrel(run, f));
    if (barrels.length > 0) readings.push([set.files.length - barrels.length, `${placeOf(set.folder, false)} without ${barrels.length === 1 ? `\`${barrels[0]}\`, which only re-exports` : `${barrels.length} index files that only re-export`}`]);
    // "- **Test files**: 20 Swift files": the Swift files that are test files (w56:321), not every Swift file.
    if (labelledTestFiles(claim, source)) {
      const tests = await listSet(testCodeGlob, run, dir);
      if (tests.ok) {
        const isTest = new Set(tests.set.files);
        const own = set.files.filter((f) => isTest.has(f)).length;
        if (own !== set.files.length) readings.push([own, `test files ${placeOf(set.folder, false)}`]);
      }
    }
    if (readings.length === 1) return measured(set.files.length, where);
    return measured(set.files.length, where, { alternatives: readings.slice(1).map(([n]) => n), readings: readings.map(([, label]) => label) });
  }
  // Total lines of the set; links that leave the repository are never read.
  const inside = set.files.filter((f) => run.files.contains(path.join(run.files.root, f)));
  if (inside.length > maxSetFiles) return { kind: 'unverifiable', reason: `\`${written}\` names ${inside.length} files; line totals stop at ${maxSetFiles}` };
  const total = linesOf(run, inside);
  const direct = set.direct?.filter((f) => inside.includes(f));
  const alternatives = direct && direct.length !== inside.length ? [linesOf(run, direct)] : [];
  return measured(total, `${where} (${inside.length} files)`, {
    detail: { files: inside.length },
    ...(alternatives.length > 0 ? { alternatives, readings: [placeOf(set.folder, false), placeOf(set.folder, true)] } : {}),
  });
}

/** A report counting "lines of code" (or LOC) means code lines first; "lines of Rust", all lines. */
const codeLinesWordRe = /\b(?:lines?\s+of\s+(?:\w+\s+)?code|(?:S)?LOC|code\s+lines)\b/i;
/**
 * Line counters (tokei, cloc, scc, `wc -l` over a chosen set of folders)
 * differ by a few percent on the same code: a claim this close to a reading
 * is not shown false by it.
 */
const codeCounterSpread = 0.05;

/** The extension of a repo path, lower case without the dot ('' for none). */
const extensionOf = (file: string) => path.posix.extname(file).slice(1).toLowerCase();

/**
 * "108,542 lines of Rust", "12,000 lines of code in `backend/`": the lines of a
 * set of source files, all of them and code lines only (blanks and comments
 * left out, as tokei and cloc count them), both readings named in the message.
 * A set with no language named is every file of a programming language, and
 * the main language alone is another reading.
 */
async function measureCode(claim: Claim, run: RunContext, dir: string): Promise<Outcome> {
  const written = 'path' in claim.subject ? claim.subject.path : '**';
  const listed = await listSet(written, run, dir);
  if (!listed.ok) return listed.outcome;
  const split = splitGlob(written);
  const anyLanguage = split !== undefined && /(?:^|\/)\*\*$/.test(split.pattern);
  const programming = new Set(programmingExtensions);
  const files = listed.set.files.filter((f) => (!anyLanguage || programming.has(extensionOf(f))) && run.files.contains(path.join(run.files.root, f)));
  if (files.length === 0) return measured(0, `files: \`${written}\`; ${listed.set.how}; no source files`);
  if (files.length > maxSetFiles) return { kind: 'unverifiable', reason: `\`${written}\` names ${files.length} files; line totals stop at ${maxSetFiles}` };
  const byExtension = new Map<string, { lines: number; code: number }>();
  for (const file of files) {
    const read = readRepoText(path.join(run.files.root, file), file, maxBytes);
    if (!read.ok) continue;
    const kinds = countLineKinds(read.text, extensionOf(file));
    const sum = byExtension.get(extensionOf(file)) ?? { lines: 0, code: 0 };
    byExtension.set(extensionOf(file), { lines: sum.lines + kinds.lines, code: sum.code + kinds.code });
  }
  const totals = [...byExtension.values()].reduce((a, b) => ({ lines: a.lines + b.lines, code: a.code + b.code }), { lines: 0, code: 0 });
  const place = placeOf(listed.set.folder, false);
  const codeFirst = codeLinesWordRe.test(claim.text);
  // Code lines depend on each counter's comment rules; all lines of a set the report did not name depend on which folders it took.
  const wholeRepoGuess = anyLanguage && listed.set.folder === '';
  const pairs: Array<[number, string, boolean]> = codeFirst
    ? [[totals.code, `lines of code ${place}`, true], [totals.lines, `lines in all ${place}`, wholeRepoGuess]]
    : [[totals.lines, `lines ${place}`, wholeRepoGuess], [totals.code, `lines of code ${place}`, true]];
  if (anyLanguage && byExtension.size > 1) {
    const [mainExt, main] = [...byExtension].sort((a, b) => b[1].lines - a[1].lines)[0] as [string, { lines: number; code: number }];
    pairs.push([main.code, `lines of code in .${mainExt} files`, true], [main.lines, `lines in all in .${mainExt} files`, wholeRepoGuess]);
  }
  const claimed = Number(claim.value);
  const near = pairs.some(([value, , fuzzy]) => fuzzy && Math.abs(value - claimed) <= value * codeCounterSpread);
  const [[value, label], ...rest] = pairs as [[number, string, boolean], ...Array<[number, string, boolean]>];
  return measured(value, `files: \`${written}\`; ${listed.set.how} (${files.length} files)`, {
    alternatives: rest.map(([v]) => v),
    readings: [label, ...rest.map(([, l]) => l)],
    detail: { files: files.length, lines: totals.lines, code: totals.code },
    ...(near ? { inconclusive: `line counters differ by a few percent on the same code (blank and comment rules, which folders count)` } : {}),
  });
}

/** Whether `found` is `written` under the report's folder or one of the folders above it (`go-core/docs` → `go-core`, ''). */
function fromReportFolder(written: string, found: string, dir: string): boolean {
  const rest = written.replace(/^\.?\/+/, '');
  for (let folder = dir; ; folder = folder.includes('/') ? folder.slice(0, folder.lastIndexOf('/')) : '') {
    if (found === (folder === '' ? rest : `${folder}/${rest}`)) return true;
    if (folder === '') return false;
  }
}

/**
 * The folder a path writes, when the repository has that very folder and the
 * file was found by its name somewhere else: "`app/reader/ScreenTest.kt`" with
 * `app/reader/` there and the file in `app/`. A folder found only by its own
 * suffix ("vectro-plus/cli/tests/" for `cli/tests/`) says nothing of where the file should be.
 */
async function writtenFolderElsewhere(written: string, resolution: Extract<Resolution, { ok: true }>, run: RunContext, dir: string): Promise<string | undefined> {
  const slash = written.replace(/\/+$/, '').lastIndexOf('/');
  if (resolution.how !== 'suffix' || slash <= 0) return undefined;
  // A path given from a folder the report sits in, as a report in `go-core/docs/` gives `docs/STATUS.md` from `go-core/`, is where it says (w60:315).
  if (fromReportFolder(written, resolution.path, dir)) return undefined;
  const folder = await run.files.resolve(written.slice(0, slash), dir);
  if (!folder.ok || folder.how === 'suffix' || !statSync(folder.absolute).isDirectory()) return undefined;
  return resolution.path.startsWith(`${folder.path}/`) ? undefined : folder.path;
}

/**
 * Where a relative path's file is not, when the repository has the folder it starts in and the file was found
 * only by dropping that folder and more: "`src-tauri/src/audio/processors/mixer.rs`" for `docs/archive/…/audio/processors/mixer.rs` (w59:37).
 * The path is rooted there, and the file of that name elsewhere is another one. An absolute path's leading
 * folders are the author's machine; a written path that ends the found one is that file.
 */
async function writtenRootElsewhere(written: string, resolution: Extract<Resolution, { ok: true }>, run: RunContext): Promise<string | undefined> {
  if (resolution.how !== 'suffix' || /^(?:[/~]|[A-Za-z]:[\\/])/.test(written)) return undefined;
  const [first, ...rest] = written.replace(/\\/g, '/').split('/').filter((part) => part !== '' && part !== '.');
  const whole = [first, ...rest].join('/');
  if (first === undefined || rest.length === 0 || resolution.path === whole || resolution.path.endsWith('/' + whole)) return undefined;
  const listed = await run.files.list();
  return listed.some((f) => f.startsWith(`${first}/`)) ? `\`${first}/\` holds no \`${rest.join('/')}\`; one of that name is at \`${resolution.path}\`` : undefined;
}

async function notResolved(claim: Claim, resolution: Extract<Resolution, { ok: false }>, written: string, run: RunContext, dir: string): Promise<Outcome> {
  // A missing file contradicts a claim about its content; a mode or size of a path
  // outside the repo (a deployed /etc file) is more often about a server than a mistake,
  // and a folder, a package written with dots or an ignored output is no missing file (src/measure/absent-path.ts).
  const because = resolution.reason === 'not found' ? await absentOnPurpose(written, run, dir) : undefined;
  if (because !== undefined) return { kind: 'unverifiable', reason: `${resolution.message}; ${because}` };
  if (resolution.reason === 'not found' && claim.kind !== 'file.mode') {
    return { kind: 'judged', verdict: 'contradicted', message: `claims a file \`${written}\`; ${resolution.message}`, measured: { value: false, source: 'files: repository' } };
  }
  return { kind: 'unverifiable', reason: resolution.message };
}

function measureMode(claim: Claim, absolute: string, shown: string): Outcome {
  const mode = statSync(absolute).mode;
  const octal = (mode & 0o777).toString(8).padStart(3, '0');
  const source = `file: ${shown} (mode ${octal})`;
  if (typeof claim.value === 'boolean') return measured((mode & 0o111) !== 0, source);
  return measured(octal, source);
}

function measureSize(claim: Claim, absolute: string, shown: string): Outcome {
  const scales = sizeScales(claim.text);
  if (!scales) return { kind: 'unverifiable', reason: `cannot tell the size unit of "${claim.text}"` };
  const bytes = statSync(absolute).size;
  const [first, ...others] = scales.scales.map((scale) => bytes / scale);
  return measured(first ?? bytes, `file: ${shown} is ${bytes} bytes; read in ${scales.unit} of ${scales.scales.join(' or ')} bytes`, {
    detail: { bytes },
    ...(others.length > 0 ? { alternatives: others, readings: scales.scales.map((scale) => `at ${scale} bytes to the ${scales.unit}`) } : {}),
  });
}

/** The span of lengths a claim of words states: a floor's has no top. */
function claimedSpan(claim: Claim): [number, number] {
  const value = Number(claim.value);
  if (claim.qualifier === 'range' && claim.range) return claim.range;
  if (claim.qualifier === 'atLeast') return [value, Number.POSITIVE_INFINITY];
  if (claim.qualifier === 'atMost') return [0, value];
  return [value, value];
}

/**
 * A document's length in words: the words an editor counts, `wc -w`'s runs
 * as the other reading (src/measure/word-count.ts). A claim near either, by
 * the slack counters differ by, proves nothing either way.
 */
function measureWords(claim: Claim, absolute: string, shown: string): Outcome {
  const read = readRepoText(absolute, shown);
  if (!read.ok) return { kind: 'unverifiable', reason: read.reason };
  const counted = countWords(read.text);
  const [low, high] = claimedSpan(claim);
  const near = nearWordCount(low, high, counted);
  return measured(counted.words, `file: ${shown}`, {
    alternatives: [counted.tokens],
    readings: ['words with a letter or digit', 'runs of non-space (`wc -w`)'],
    ...(near ? { inconclusive: `word counters differ on markup and code by more than the claim is off: \`${shown}\` has ${counted.words} words, ${counted.tokens} by \`wc -w\`` } : {}),
  });
}

/**
 * A line reference: checked against the name or code beside it (the
 * definitions of the file, read by its parser; else the text of the lines).
 * That the lines exist confirms nothing.
 */
async function measureSnippet(claim: Claim, absolute: string, shown: string, run: RunContext, source: string | undefined): Promise<Outcome> {
  const [from, to] = claim.range ?? [Number.NaN, Number.NaN];
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1 || to < from) return { kind: 'unverifiable', reason: 'names no line range' };
  const read = readRepoText(absolute, shown);
  if (!read.ok) return { kind: 'unverifiable', reason: read.reason };
  const named = typeof claim.value === 'string' ? claim.value : undefined;
  const check = await checkLineReference(read.text, shown, from, to, named);
  if (check.verdict === 'unverifiable') return { kind: 'unverifiable', reason: check.message };
  // Lines empty now that held code at a commit the report names it read: the report cites that commit's lines
  // (src/measure/named-commit.ts).
  if (check.verdict === 'contradicted' && check.empty) {
    for (const { commit, text } of await textsAtNamedCommits(run, source, shown)) {
      const then = await checkLineReference(text, shown, from, to, named);
      if (!(then.verdict === 'contradicted' && then.empty)) {
        return { kind: 'unverifiable', reason: `${check.message}; at ${commit.slice(0, 7)}, the commit the report names, ${from === to ? 'the line held' : 'the lines held'} code (${check.source})` };
      }
    }
  }
  if (check.verdict !== 'text') {
    const value = check.found ? `${check.found.name} (${check.found.startLine}–${check.found.endLine})` : false;
    return { kind: 'judged', verdict: check.verdict, message: `${check.message} (${check.source})`, measured: { value, source: check.source } };
  }
  const found = check.found;
  const where = `file: ${shown}, lines ${from}–${to}`;
  switch (found.kind) {
    case 'past-end':
      return measured(typeof claim.value === 'string' ? `nothing: the file has ${found.lines} lines` : false, `file: ${shown} has ${found.lines} lines`);
    case 'present':
      return measured(claim.value, where);
    case 'elsewhere':
      return measured(`\`${String(claim.value)}\` at line ${found.line}, not at ${from}–${to}`, `file: ${shown}`, { detail: { line: found.line } });
    case 'absent':
      return measured(found.shown, where);
    case 'unreadable':
      return { kind: 'unverifiable', reason: found.reason };
  }
}

/** "12 test files" right at a figure: the count is of test files. */
const testFilesNounRe = /^\s*test\s+files?\b/i;

/**
 * "#### Brand DNA Components (12 test files)", "**Setup Tests (4 test files)**" (w77:113, w63:221): a count of the
 * test files of a group the report names after its one test folder (`src/components/brand-dna/`, `tests/setup/`),
 * its kind noun aside ("Components", "Tests", "Layer"): the files of that folder that define tests, as a runner
 * collects them (jest's setup files and mocks define none). Undefined when the count is of other files, when the
 * name is a kind of tests ("Unit Tests") or only a kind noun ("All 56 Test Files", w09:229: every test file, not a
 * folder `test/`), or when no folder or several answer to it (a frontend's and a backend's `tests/api/`).
 */
async function measureGroupTestFiles(claim: Claim, category: string, run: RunContext, source: string | undefined): Promise<Outcome | undefined> {
  const line = source?.split('\n')[claim.position.line - 1] ?? '';
  if (!testFilesNounRe.test(line.slice(claim.position.column - 1 + claim.text.length))) return undefined;
  const words = category.trim().split(/\s+/);
  if (words.length > 1 && groupKindNouns.includes(words.at(-1)?.toLowerCase() ?? '')) words.pop();
  const name = words.join(' ');
  // "56 Test Files" names all of them, not a folder `test/`; "Unit Tests" is a kind of tests.
  if (groupKindNouns.includes(name.toLowerCase()) || isCategoryWord(name)) return undefined;
  const listed = await run.once('files:source', () => listSourceFiles(run.repo));
  const part = testPartFiles(name, listed.files.filter(isTestSource));
  if (part?.folder === undefined) return undefined;
  const defining = await filesDefiningTests(run.repo, part.files);
  if (defining === undefined) return undefined;
  return measured(defining, `files: the ${defining} file${defining === 1 ? '' : 's'} of \`${part.folder}/\` that define${defining === 1 ? "s" : ""} tests, the test folder "${category}" is named after`);
}

/** The file of a test class named alone ("StockAdjustmentTest"): the one file of that stem, any extension. */
async function fileOfClass(name: string, run: RunContext): Promise<Resolution> {
  const files = (await run.files.list()).filter((file) => path.posix.basename(file).replace(/\.[^.]+$/, '') === name);
  if (files.length === 1 && files[0] !== undefined) return run.files.resolve(files[0]);
  return { ok: false, reason: files.length > 1 ? 'ambiguous' : 'not found', message: files.length > 1 ? `${files.length} files are named \`${name}\`` : `no file is named \`${name}\`` };
}

/**
 * Of the files a bare name matches, the one in a folder a heading above the
 * claim names ("### oiduna_auth (95%)" over "`dependencies.py` の …"); else the
 * resolution as it was.
 */
async function inHeadingFolder(resolution: Resolution, claim: Claim, run: RunContext): Promise<Resolution> {
  if (resolution.ok || resolution.reason !== 'ambiguous' || !resolution.candidates) return resolution;
  const words = new Set(claim.context.headings.flatMap((heading) => heading.split(/[^\w.@-]+/)).filter((word) => word.length > 2));
  const inFolder = resolution.candidates.filter((file) => file.split('/').slice(0, -1).some((folder) => words.has(folder)));
  return inFolder.length === 1 && inFolder[0] !== undefined ? run.files.resolve(inFolder[0]) : resolution;
}

/** Why a claim about files without a path is not measured: a group's name ("UI Components") says which files it means to its writer alone. */
function namesNoFile(subject: Subject): string {
  const named = 'category' in subject ? subject.category : 'name' in subject ? subject.name : 'entity' in subject ? subject.entity : undefined;
  return named === undefined ? 'names no file' : `names no file: which files "${named}" means is not written`;
}

/**
 * A name the report says a file (or a test class's file) defines. A file
 * that cannot be found leaves the name unverifiable: the file's own
 * existence is the claim of the line that names it.
 */
async function measureDefines(claim: Claim, run: RunContext, dir: string): Promise<Outcome> {
  if (typeof claim.value !== 'string') return { kind: 'unverifiable', reason: 'names nothing to look for' };
  const subject = claim.subject;
  const resolution = 'path' in subject ? await run.files.resolve(subject.path, dir) : 'name' in subject ? await fileOfClass(subject.name, run) : undefined;
  if (!resolution) return { kind: 'unverifiable', reason: 'names no file' };
  const chosen = resolution.ok ? resolution : await inHeadingFolder(resolution, claim, run);
  if (!chosen.ok) return { kind: 'unverifiable', reason: chosen.message };
  const read = readRepoText(chosen.absolute, chosen.path);
  if (!read.ok) return { kind: 'unverifiable', reason: read.reason };
  return checkDefinedName(read.text, chosen.path, claim.value);
}

/** A label that says the files it counts are test files: "**Test files**: 20 Swift files". */
const testFilesLabelRe = /\btest\s+files?\b/i;

/** The words that name a claim's figure: its row's first cell, else the words before it on its line. */
function labelOf(claim: Claim, source: string | undefined): string | undefined {
  if (claim.context.table) return claim.context.table.row;
  return source?.split('\n')[claim.position.line - 1]?.slice(0, claim.position.column - 1);
}

/** Whether a count of files of a kind is labelled as a count of test files. */
function labelledTestFiles(claim: Claim, source: string | undefined): boolean {
  const label = labelOf(claim, source);
  return label !== undefined && testFilesLabelRe.test(label);
}

/** A label or row that names all the test files and nothing else: "Total Test Files", "**Test Files**". */
const allTestFilesLabelRe = /^[^\p{L}]*(?:total\s+)?(?:number\s+of\s+)?test\s+files[^\p{L}]*$/iu;

/**
 * "**Total Test Files**: 56", "| Test Files | 19 |": the repository's test files, as the set "test code" reads
 * them (test-named files and files in test folders). Only a label that names all of them, so that "3 test
 * files" of one module or one change is never measured against the whole repository.
 */
function namesAllTestFiles(claim: Claim, source: string | undefined): boolean {
  if (claim.kind !== 'dir.files' || !('category' in claim.subject) || claim.subject.category !== 'test') return false;
  // A row's first cell, else the words before the figure on its line ("- **Total Test Files**: 56").
  const named = labelOf(claim, source);
  if (named === undefined) return false;
  // "**测试文件总数**: 178" ("total number of test files"): a label of test files in a language written without spaces.
  return allTestFilesLabelRe.test(named) || localizedFileColumnKind(named.replace(/[:：]\s*$/, '')) === 'Test';
}

/** The files of test folders alone: Rust's `tests/*.rs`, a report's "test files" beside its unit tests in `src/`. */
const testFolderGlob = `{${testFolderPatterns(testCodeExtensions).join(',')}}`;

/**
 * All the test files: the test code set, the files in test folders alone,
 * the test files the report itself names (its table of six files under "**Test
 * Files:** 6", w58:692), and the files of the set that define a test (no
 * `__init__.py`, `conftest.py` or helper, w66:9), each another reading.
 */
async function measureAllTestFiles(run: RunContext, dir: string, claims: readonly Claim[] | undefined): Promise<Outcome> {
  const [code, folders] = await Promise.all([listSet(testCodeGlob, run, dir), listSet(testFolderGlob, run, dir)]);
  if (!code.ok) return code.outcome;
  const where = `files: test-named files and files in test folders; ${code.set.how}`;
  const readings: Array<[number, string]> = [[code.set.files.length, 'test-named or in test folders']];
  const inFolders = folders.ok ? folders.set.files.length : code.set.files.length;
  if (inFolders !== code.set.files.length) readings.push([inFolders, 'in test folders']);
  const named = await namedTestFiles(claims ?? [], new Set(code.set.files), run, dir);
  if (named > 0 && !readings.some(([n]) => n === named)) readings.push([named, 'the test files the report names']);
  // Support files of test folders (`__init__.py`, `conftest.py`, setup files, helpers) define no test (w66:9).
  const defining = await filesDefiningTests(run.files.root, code.set.files);
  if (defining !== undefined && defining > 0 && !readings.some(([n]) => n === defining)) readings.push([defining, 'the files that define tests']);
  return measured(code.set.files.length, where, readings.length === 1 ? {} : { alternatives: readings.slice(1).map(([n]) => n), readings: readings.map(([, label]) => label) });
}

/** How many distinct test files of the repository the report's claims name by path. */
async function namedTestFiles(claims: readonly Claim[], testFiles: ReadonlySet<string>, run: RunContext, dir: string): Promise<number> {
  const paths = new Set(claims.flatMap((c) => ('path' in c.subject && !splitGlob(c.subject.path) ? [c.subject.path] : [])));
  const found = new Set<string>();
  for (const written of paths) {
    const resolution = await run.files.resolve(written, dir);
    if (resolution.ok && testFiles.has(resolution.path)) found.add(resolution.path);
  }
  return found.size;
}

/** Fewest files a line total must add up before it is read as their total. */
const fewestListedFiles = 2;

/**
 * "**Total Lines of Code**: 1,344 lines" after `**path** (N lines)` items, "4,949 lines of test code"
 * after ten spec files with their line counts (w60:321, w57:272): a line total that the line counts of
 * the files the report gives just above it add up to, as written, is the total of those files, not of
 * the repository. Their lines, counted now and summed; undefined when the counts above do not add up to
 * it or a file is not found once.
 */
async function listedLinesTotal(claim: Claim, run: RunContext, dir: string, claims: readonly Claim[]): Promise<Outcome | undefined> {
  if (typeof claim.value !== 'number' || (claim.qualifier !== 'exact' && claim.qualifier !== 'atLeast')) return undefined;
  if ('path' in claim.subject && !splitGlob(claim.subject.path)) return undefined;
  const above = claims.filter((c) => c.kind === 'file.lines' && 'path' in c.subject && !splitGlob(c.subject.path) && c.tense === 'current' && typeof c.value === 'number' && c.position.line < claim.position.line);
  let sum = 0;
  let parts: Claim[] | undefined;
  for (let i = above.length - 1; i >= 0; i--) {
    sum += above[i]!.value as number;
    if (sum === claim.value && above.length - i >= fewestListedFiles) { parts = above.slice(i); break; }
    if (sum > claim.value) break;
  }
  if (!parts) return undefined;
  const seen = new Set<string>();
  let lines = 0;
  for (const part of parts) {
    const resolved = await run.files.resolve((part.subject as { path: string }).path, dir);
    if (!resolved.ok || seen.has(resolved.path) || !statSync(resolved.absolute).isFile() || statSync(resolved.absolute).size > maxBytes) return undefined;
    seen.add(resolved.path);
    lines += countLines(resolved.absolute);
  }
  const first = parts[0]!.position.line;
  const last = parts.at(-1)!.position.line;
  return measured(lines, `files: the ${parts.length} files whose line counts the report gives at lines ${first}–${last}, which add up to it`);
}

async function measureOne(claim: Claim, run: RunContext, dir: string, source?: string, claims?: readonly Claim[]): Promise<Outcome> {
  if (claim.kind === 'code.lines' || claim.kind === 'file.lines') {
    const listed = await listedLinesTotal(claim, run, dir, claims ?? []);
    if (listed) return listed;
  }
  if (claim.kind === 'code.lines') return measureCode(claim, run, dir);
  if (namesAllTestFiles(claim, source)) return measureAllTestFiles(run, dir, claims);
  const named = 'category' in claim.subject ? namedSets[claim.subject.category] : undefined;
  if (named && (claim.kind === 'file.lines' || claim.kind === 'dir.files')) return measureSet(claim, named, run, dir, source);
  if (claim.kind === 'file.defines') return measureDefines(claim, run, dir);
  const inGroupFolder = claim.kind === 'dir.files' && 'category' in claim.subject ? await measureGroupTestFiles(claim, claim.subject.category, run, source) : undefined;
  if (inGroupFolder) return inGroupFolder;
  if (!('path' in claim.subject)) return { kind: 'unverifiable', reason: namesNoFile(claim.subject) };
  const written = claim.subject.path;
  if (claim.kind === 'dir.files' || (claim.kind === 'file.lines' && splitGlob(written))) return measureSet(claim, written, run, dir, source);
  const resolution = await run.files.resolve(written, dir);
  const elsewhere = resolution.ok ? await writtenRootElsewhere(written, resolution, run) : undefined;
  if (claim.kind === 'file.exists') {
    const folder = resolution.ok ? await writtenFolderElsewhere(written, resolution, run, dir) : undefined;
    if (folder !== undefined && resolution.ok) return measured(false, `files: no \`${path.posix.basename(written)}\` in \`${folder}/\`; one of that name is at \`${resolution.path}\``);
    if (elsewhere !== undefined) return measured(false, `files: ${elsewhere}`);
    if (resolution.ok) return measured(true, `file: ${resolution.path}`);
    if (resolution.reason !== 'not found') return { kind: 'unverifiable', reason: resolution.message };
    // A folder, a package written with dots or an ignored output is no missing file (src/measure/absent-path.ts).
    const because = await absentOnPurpose(written, run, dir);
    return because === undefined ? measured(false, resolution.message) : { kind: 'unverifiable', reason: `${resolution.message}; ${because}` };
  }
  if (!resolution.ok) return notResolved(claim, resolution, written, run, dir);
  if (elsewhere !== undefined && claim.kind !== 'file.mode') {
    return { kind: 'judged', verdict: 'contradicted', message: `claims a file \`${written}\`; ${elsewhere}`, measured: { value: false, source: 'files: repository' } };
  }
  const stat = statSync(resolution.absolute);
  if (!stat.isFile()) return { kind: 'unverifiable', reason: `\`${resolution.path}\` is not a regular file` };
  switch (claim.kind) {
    case 'file.mode':
      return measureMode(claim, resolution.absolute, resolution.path);
    case 'file.bytes':
      return measureSize(claim, resolution.absolute, resolution.path);
    case 'file.snippet':
      return measureSnippet(claim, resolution.absolute, resolution.path, run, source);
    case 'file.words':
      return measureWords(claim, resolution.absolute, resolution.path);
    default:
      if (stat.size > maxBytes) return { kind: 'unverifiable', reason: `\`${resolution.path}\` is larger than ${maxBytes / 1024 / 1024} MB` };
      return measured(countLines(resolution.absolute), `file: ${resolution.path}`);
  }
}

export default {
  id: 'files',
  description: 'Existence, line counts, sizes, modes and code at lines of files named in the report, counts and line totals of sets of files, and lines of code by folder and language, resolved inside the repository.',
  kinds: ['file.exists', 'file.lines', 'file.bytes', 'file.words', 'file.mode', 'file.snippet', 'file.defines', 'dir.files', 'code.lines'],
  measure(claims, run, report) {
    return measureEach(claims, (claim) => measureOne(claim, run, report.dir, report.source, report.claims));
  },
} satisfies Verifier;
