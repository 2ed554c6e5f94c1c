/**
 * Sets of files a report names by kind rather than by path: "10 BATS test
 * suites" (`*.bats`), "14 shell scripts", "lines of test code". A set is
 * written as a glob (`**\/*.bats`, `scripts/**`) so it travels in a claim's
 * `subject.path`; the verifier splits off the folder and resolves it safely.
 */
import { extensionsOf as linguistExtensions } from './languages.js';
import { testFolderNames } from './test-folders.js';

/** One written extension, in backticks or bare: `.rs`, .tsx. */
const extensionSource = String.raw`\`?\.[A-Za-z][A-Za-z0-9+]{0,9}\`?`;
/** Written extensions joined by `/`, `,`, "and" or "or": ".ts/.tsx", "`.js` and `.mjs`". */
const extensionListSource = String.raw`${extensionSource}(?:\s*(?:\/|,|\bor\b|\band\b)\s*${extensionSource})*`;
const extensionListRe = new RegExp(String.raw`^${extensionListSource}$`);

/**
 * Language words as they appear before a set noun ("TypeScript files"), and
 * written extensions (".rs files", "`.ts`/`.tsx` files"). The extensions a
 * word stands for come from Linguist's data (src/measure/languages.ts).
 */
export const languageSource = String.raw`BATS|Bats|bats|Python|python|[Ss]hell|[Bb]ash|TypeScript|Typescript|typescript|JavaScript|Javascript|javascript|Go|Rust|Ruby|Java|Kotlin|Swift|Scala|PHP|C\+\+|C#|YAML|yaml|Markdown|markdown|Terraform|SQL|Lua|Elixir|Dart|${extensionListSource}`;

/**
 * Verbs that make a count of files or lines a change rather than a size:
 * "refactored `src/api/` (8 files)", "removed 5,000 lines of code".
 */
export const changeWordSource = String.raw`add(?:ed|s|ing)?|remov(?:ed|es|ing)|delet(?:ed|es|ing)|chang(?:ed|es|ing)|updat(?:ed|es|ing)|refactor(?:ed|s|ing)?|rewr(?:ote|itten|ite)|wrote|written|migrat(?:ed|ing)|mov(?:ed|ing)|renam(?:ed|ing)|fix(?:ed|es|ing)|cut|trimmed|saved|reduc(?:ed|ing)|eliminat(?:ed|ing)|modif(?:ied|y|ies)|touch(?:ed|es)|replac(?:ed|ing)|generat(?:ed|ing)|creat(?:ed|es|ing)`;

/** Extensions of source code, for "lines of test code". */
export const codeExtensions = ['py', 'sh', 'bash', 'bats', 'ts', 'tsx', 'js', 'mjs', 'cjs', 'jsx', 'go', 'rs', 'rb', 'java', 'kt', 'php', 'cs', 'c', 'cc', 'cpp', 'h', 'swift', 'scala'];

const braces = (items: readonly string[]) => (items.length === 1 ? items[0] ?? '' : `{${items.join(',')}}`);

/**
 * Extensions a language word ("TypeScript") or a written extension list
 * (".ts/.tsx", "`.rs`") stands for, or `undefined`.
 */
export function extensionsOf(language: string): readonly string[] | undefined {
  if (extensionListRe.test(language)) return language.split(/[\s/,|]+|\band\b|\bor\b/).map((e) => e.replace(/`/g, '').replace(/^\./, '').toLowerCase()).filter((e) => e !== '');
  return linguistExtensions(language);
}

/** How a test file's name reads before its extension: `test_a`, `a_test`, `a.test`, `a.spec`, `test-a`, `a-test`. */
const testStems: readonly string[] = ['test_*', '*_test', '*.test', '*.spec', 'test-*', '*-test'];

/** File-name patterns of test files, for a set of extensions. */
export function testNamePatterns(extensions: readonly string[]): string[] {
  const ext = braces(extensions);
  return testStems.map((stem) => `**/${stem}.${ext}`);
}

/**
 * Extensions of source files besides those of code above: components and languages a folder of
 * "source files" is often made of (a Vue or Flutter app), so that such a folder never counts as empty.
 */
const moreSourceExtensions = ['vue', 'svelte', 'dart', 'hpp', 'hh', 'cxx', 'm', 'mm', 'ex', 'exs', 'erl', 'lua', 'r', 'pl', 'groovy', 'fs', 'vb', 'hs', 'ml', 'clj', 'zig', 'nim', 'sol'];

/** The glob of source code below `folder` (written with its slash): code files whose names are not test names. */
export function sourceCodeGlob(folder: string): string {
  return `${folder}**/!(${testStems.join('|')}).${braces([...codeExtensions, ...moreSourceExtensions])}`;
}

/** Patterns of files inside test folders. */
export function testFolderPatterns(extensions: readonly string[]): string[] {
  const ext = braces(extensions);
  // The folders the report side reads as test folders, and `Tests/`: a Swift package's test targets (w56).
  return [...testFolderNames, 'Tests'].map((folder) => `**/${folder}/**/*.${ext}`);
}

/**
 * The glob for "N <language> [test] files" below `folder` ('' = whole repo).
 * BATS files are all tests, so "BATS test suites" is every `.bats` file.
 */
export function setGlob(folder: string, language: string | undefined, tests: boolean): string {
  const prefix = folder === '' ? '' : folder.replace(/\/+$/, '') + '/';
  const extensions = language ? extensionsOf(language) : undefined;
  if (!extensions) return `${prefix}**`;
  if (tests && !extensions.includes('bats')) return `${prefix}{${[...testNamePatterns(extensions), ...testFolderPatterns(extensions)].join(',')}}`;
  return `${prefix}**/*.${braces(extensions)}`;
}

/**
 * Extensions a test file may have: code, and the other source languages (a
 * Flutter app's `*_test.dart`, an Elixir app's `*_test.exs`), whose test files
 * would otherwise count as none (w95:17).
 */
export const testCodeExtensions: readonly string[] = [...codeExtensions, ...moreSourceExtensions];

/** The glob of "test code": test-named files and files in test folders, of the extensions test files have. */
export const testCodeGlob = `{${[...testNamePatterns(testCodeExtensions), ...testFolderPatterns(testCodeExtensions)].join(',')}}`;

/** Sets named by a phrase rather than a glob, carried as a claim's `subject.category`. */
export const namedSets: Readonly<Record<string, string>> = { 'test code': testCodeGlob };

const globCharRe = /[*?{[]/;

/** The set of one file, as a glob the set verifiers read: `app/Services/SeoService.php` → `app/Services/{SeoService.php}`. */
export function oneFileGlob(file: string): string {
  const slash = file.lastIndexOf('/');
  return `${file.slice(0, slash + 1)}{${file.slice(slash + 1)}}`;
}

/** Split a set glob into the folder it starts at and the pattern below it. */
export function splitGlob(glob: string): { folder: string; pattern: string } | undefined {
  if (!globCharRe.test(glob)) return undefined;
  const segments = glob.split('/');
  const first = segments.findIndex((s) => globCharRe.test(s));
  const folder = segments.slice(0, first).join('/');
  const pattern = segments.slice(first).join('/');
  // The pattern is built from fixed tables; refuse anything that could climb out.
  if (pattern.split(/[/,{}]/).includes('..')) return undefined;
  return { folder, pattern };
}

/**
 * A pattern whose whole is one brace list (`{a/**,b/*.py}`) as its
 * alternatives, since glob libraries cannot derive a walk root from it.
 */
export function alternativesOf(pattern: string): string[] {
  if (!pattern.startsWith('{') || !pattern.endsWith('}')) return [pattern];
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of pattern.slice(1, -1)) {
    if (char === ',' && depth === 0) {
      parts.push(current);
      current = '';
      continue;
    }
    if (char === '{') depth++;
    if (char === '}') depth--;
    current += char;
  }
  parts.push(current);
  return depth === 0 ? parts : [pattern];
}

/** The same set without recursion into subfolders: `scripts/**` → `scripts/*`. */
export function directChildren(pattern: string): string | undefined {
  if (pattern === '**') return '*';
  if (/^\*\*\/\*\.[\w{},]+$/.test(pattern)) return pattern.slice(3);
  return undefined;
}
