/**
 * Whether a file holds a name a report says it defines: a test (`test_x`,
 * `shouldCreateUser`, Pest's and Jest's titles `'can be posted'`), a function
 * or a class. Read as text, in every language alike: the file's identifiers
 * and string literals are its names, compared by their words across case and
 * separators (`test_can_be_posted` is Pest's `test('can be posted')`, a
 * leading `test`/`it` aside). A name whose words the file holds only inside a
 * longer name is not told apart from another; a name whose words the file
 * never holds is not in it.
 */
import type { Outcome } from '../model.js';
import { countDefinedTests } from './test-definitions.js';
import type { FileTests } from './test-forms.js';

/** What a file holds of a name. */
export type NameInFile =
  /** An identifier or string literal of the file is the name (its words); `line` from 1. */
  | { kind: 'defined'; line: number; as: string }
  /** The name's words are in the file only inside a longer name or across words. */
  | { kind: 'inside'; line: number; as: string }
  | { kind: 'absent' };

/** Identifiers and string literals: the names a file can give. */
const tokenRe = /(?<q>['"`])(?<literal>(?:(?!\k<q>)[^\\\n]|\\.){1,200})\k<q>|(?<id>[A-Za-z_$][\w$]*)/g;
/** Words that open a test's name without naming it: `test_x`, `testX`, `it('x')`, `should_x` stays. */
const leadWords: ReadonlySet<string> = new Set(['test', 'it']);

/** The words of a name, lowercased: `test_canPost()` → ["can", "post"] (with `keepLead`, ["test", "can", "post"]). */
export function nameWords(name: string, keepLead = false): string[] {
  const words = name
    .replace(/\([^()]*\)$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (!keepLead && words.length > 1 && leadWords.has(words[0] as string)) words.shift();
  return words;
}

/** The last segment of a qualified name: `Agent.stop()` → `stop()`, `Scenario::all` → `all`. */
const lastSegment = (name: string) => name.split(/\.|::|#/).pop() ?? name;

/** Look for `name` in `text`, the file's source. */
export function findName(text: string, name: string): NameInFile {
  const wanted = nameWords(lastSegment(name)).join(' ');
  if (wanted === '') return { kind: 'absent' };
  const lines = text.split('\n');
  let inside: NameInFile | undefined;
  for (let i = 0; i < lines.length; i++) {
    for (const m of (lines[i] ?? '').matchAll(tokenRe)) {
      const token = m.groups?.literal ?? m.groups?.id ?? '';
      const words = nameWords(token).join(' ');
      if (words === wanted) return { kind: 'defined', line: i + 1, as: token };
      if (inside === undefined && ` ${words} `.includes(` ${wanted} `)) inside = { kind: 'inside', line: i + 1, as: token };
    }
  }
  if (inside) return inside;
  // Across tokens ("can be posted" split over a concatenation): the words still stand together.
  const all = ` ${nameWords(text, true).join(' ')} `;
  if (all.includes(` ${wanted} `)) {
    const line = lines.findIndex((l) => ` ${nameWords(l, true).join(' ')} `.includes(` ${wanted.split(' ')[0]} `));
    return { kind: 'inside', line: line + 1, as: wanted };
  }
  return { kind: 'absent' };
}

/**
 * The verdict on "`shown` defines `name`", `text` being the file's source:
 * confirmed where an identifier or string of the file is the name,
 * contradicted where its words are nowhere in the file (unless the file makes
 * tests at run time, whose names no reading of the source gives), and
 * unverifiable where they stand only inside a longer name.
 */
export async function checkDefinedName(text: string, shown: string, name: string): Promise<Outcome> {
  const found = findName(text, name);
  const source = `file: ${shown}`;
  if (found.kind === 'defined') {
    return { kind: 'judged', verdict: 'confirmed', message: `\`${shown}\` has \`${found.as}\` at line ${found.line}`, measured: { value: name, source: `${source}, line ${found.line}` } };
  }
  if (found.kind === 'inside') {
    return { kind: 'unverifiable', reason: `\`${shown}\` has the words of \`${name}\` only inside \`${found.as}\` (line ${found.line}), another name or a part of one` };
  }
  let tests: FileTests | undefined;
  try {
    tests = await countDefinedTests(text, shown);
  } catch {
    tests = undefined;
  }
  if (tests?.generated || tests?.partial) {
    return { kind: 'unverifiable', reason: `\`${name}\` is not in \`${shown}\`, which makes tests at run time or could be read only in part` };
  }
  const defines = tests && tests.tests > 0 ? ` (it defines ${tests.tests} test${tests.tests === 1 ? '' : 's'} under other names)` : '';
  return { kind: 'judged', verdict: 'contradicted', message: `\`${shown}\` has no \`${name}\`${defines}`, measured: { value: false, source } };
}
