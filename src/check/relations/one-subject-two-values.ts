/**
 * One subject, two figures: the same count of the same clearly named subject
 * (a test category, a file) stated twice as current in one report, e.g. "100
 * security tests" in one section and "32 security tests" in another, or a
 * file's line count in a list and again in a table. Both cannot hold; a
 * contradiction is reported on both lines. Before, target and estimated
 * figures (tense, `~`, `+`) take no part: only exact current figures do.
 */
import type { Claim, ClaimKind } from '../../model.js';
import { describeSubject } from '../compare.js';
import type { RelationJudgement, ReportRelation } from './types.js';
import { counted, eachClaim, figureOf, viewsOf } from './shared.js';
import { rowName } from '../row-name.js';
import { categoryWords } from '../../figures/subjects.js';
import { englishWords, findWord } from '../../figures/words.js';
import { alternation } from '../../figures/language-words.js';
import { qualifierOf } from '../subject-qualifier.js';
import { sectionFile } from '../section-file.js';
import { headingLineRe, headingParts, partOfHeadings } from '../heading-part.js';

const testKinds: readonly ClaimKind[] = ['tests.total', 'tests.passed', 'tests.failed', 'tests.skipped', 'tests.errors', 'tests.passRate', 'tests.failRate'];
/** Kinds whose subject is a file or folder, stated by path. */
const pathKinds: readonly ClaimKind[] = ['file.lines', 'file.bytes', 'dir.files'];

/**
 * Words that put a line's figures in the past even where the tense reading
 * took them as current ("Previously we had 20 security tests"): a count
 * that may be an old one is no second value of the current one.
 */
export const pastWords = ['previously', 'before', 'had', 'was', 'were', 'used', 'original', 'originally', 'initial', 'initially', 'earlier', 'formerly', 'old', 'baseline', 'prior', 'previous'] as const;
/** A word of a past value: "Previously, overall coverage was 45%". */
export const pastRe = new RegExp(String.raw`\b(?:${pastWords.join('|')})\b`, 'i');

/**
 * The claim as this relation reads it: its own subject when that names a
 * category or a path; for a test count of the whole outside a table, the part
 * its plain-text line names before it ("  Classification   93.6% (78 tests,
 * 18 failed)", "• Classification: 18 failures out of 96 tests"), kept apart
 * by the test categories its headings name. Undefined when it takes no part.
 */
function named(claim: Claim, line: string, fileOf: FileOf, partOf: PartOf): { claim: Claim; key: string } | undefined {
  if (claim.tense !== 'current' || claim.qualifier !== 'exact' || claim.context.checked === false || pastRe.test(line) || claim.context.headings.some((h) => pastRe.test(h))) return undefined;
  const own = { claim, key: `${claim.kind}\0${JSON.stringify(claim.subject).toLowerCase()}` };
  if (testKinds.includes(claim.kind)) {
    if (claim.unit !== 'count') return undefined;
    // A category only a heading or a parent item names may be a part of it ("System API (15 tests)" under
    // "### Integration Tests"): the line must name it itself.
    // "Integration Tests (Neo4j)" and "Integration Tests (ESDB)" are two parts of one category, not two counts of it;
    // under the sections of two files ("**File:** `test_tenant_admin.py`", "**File:** `test_organizations.py`"), two
    // parts of two files (w78:59, 113).
    // "| **ProductService** | 16 unit + 10 integration tests |" and "**Unit Tests (16):**" under "### ProductService (26 tests
    // total)": the row's label, or a heading that counts a named part's tests, makes the category that part's (w92:89, 393).
    if ('category' in claim.subject) {
      const category = claim.subject.category.toLowerCase();
      if (!line.toLowerCase().includes(category)) return undefined;
      const row = claim.context.table?.row.trim().toLowerCase();
      const part = row !== undefined && row !== '' && !row.includes(category) ? row : partOf(claim);
      return { claim, key: `${own.key}\0${qualifierOf(line, claim.subject.category) ?? ''}\0${fileOf(claim.position.line) ?? ''}\0${part ?? ''}` };
    }
    if ('path' in claim.subject) return own;
    const lineName = claim.context.table ? undefined : rowName(line, claim.position.column);
    // A component the line leads with is the claim's own subject (part-component.ts): the same name as the line's.
    const leads = 'name' in claim.subject && claim.subject.name.toLowerCase() === lineName?.toLowerCase();
    if ('name' in claim.subject && !leads) return namedPart(claim, line, own.key, fileOf);
    const name = 'scope' in claim.subject || leads ? lineName : undefined;
    if (name === undefined) return undefined;
    const categories = claim.context.headings.map((h) => findWord(h, categoryWords) ?? '').join('/');
    return { claim: { ...claim, subject: { name } }, key: `${claim.kind}\0name:${name.toLowerCase()}\0${categories}` };
  }
  return pathKinds.includes(claim.kind) && 'path' in claim.subject ? own : undefined;
}

/** The file the sections holding a line name (src/check/section-file.ts), lower case. */
type FileOf = (line: number) => string | undefined;
/** The named part a claim's section is about (src/check/heading-part.ts), lower case. */
type PartOf = (claim: Claim) => string | undefined;

/** A list item at the top level of its list, not indented under another item. */
const topItemRe = /^(?:[-*+]|\d+[.)])\s/;

/**
 * A count of a part the report names ("Feature Tests", "CRUD Operations"):
 * the line must name it itself. Stated as a heading or a table row, the name
 * stands for the part wherever it is ("#### Feature Tests (80 tests)" and
 * "#### Feature Tests (35 tests)" two sections apart). Stated as a top-level
 * item, it is a part of what its headings name ("Timer Management (2/4)"
 * under each of two ViewModels): keyed with them. An item nested under
 * another is a part of that item ("Edge cases (6 tests)" under each of three
 * test classes) and takes no part.
 */
function namedPart(claim: Claim, line: string, key: string, fileOf: FileOf): { claim: Claim; key: string } | undefined {
  if (!('name' in claim.subject)) return undefined;
  const name = claim.subject.name;
  if (!line.toLowerCase().includes(name.toLowerCase())) return undefined;
  const qualified = `${key}\0${qualifierOf(line, name) ?? ''}`;
  // A heading or a table row in the section of a file counts a part of that file: "| Edge Cases | 5 |" under
  // "#### JaroWinklerSimilarityTest.java" and "| Edge Cases | 4 |" under "#### PhoneticFilterTest.java" (w71:58, 91),
  // "#### Features (2 tests)" in the section whose body opens "**File:** `test_organizations.py`" (w78:109).
  const file = fileOf(claim.position.line);
  const ofFile = file === undefined ? qualified : `${qualified}\0${file}`;
  if (headingLineRe.test(line)) return { claim, key: ofFile };
  if (claim.context.table?.row.toLowerCase().includes(name.toLowerCase())) return { claim, key: ofFile };
  if (topItemRe.test(line)) return { claim, key: `${qualified}\0${claim.context.headings.join('\0').toLowerCase()}` };
  return undefined;
}

/** "9 integration tests, 3 ignored for hardware": a count of tests its own line says were left out of the run. */
const leftOutRe = new RegExp(String.raw`\b(\d[\d,]*)\s+(?:${alternation(englishWords.skipped)})\b`, 'i');

/**
 * The values a test count may have as the other line counts it: its own, and
 * without the tests its line says were skipped or ignored ("9 … tests, 3 ignored"
 * is the 6 of "✅ 6/6 PASSING", the tests that ran).
 */
function valuesOf(claim: Claim, line: string): number[] {
  const value = Number(claim.value);
  if (!testKinds.includes(claim.kind)) return [value];
  const left = leftOutRe.exec(line);
  const out = left ? Number(left[1]!.replace(/,/g, '')) : undefined;
  return out !== undefined && out > 0 && out < value ? [value, value - out] : [value];
}

const says = (claim: Claim) => `${String(claim.value)} ${describeSubject(claim)}`;

export default {
  id: 'one-subject-two-values',
  description: 'The same count of one named subject (test category, file) stated twice as current: the figures must agree.',
  judge({ claims, source, tree }) {
    const { lines, sections } = viewsOf({ source, tree });
    const fileOf: FileOf = (line) => sectionFile(sections, lines, line);
    const parts = headingParts(claims, lines);
    const partOf: PartOf = (claim) => partOfHeadings(claim.context.headings, parts)?.toLowerCase();
    const first = new Map<string, { index: number; claim: Claim }>();
    const earlierReported = new Set<string>();
    return eachClaim(claims, (stated, index) => {
      const reading = named(stated, lines[stated.position.line - 1] ?? '', fileOf, partOf);
      if (!reading) return undefined;
      const { claim, key } = reading;
      const found = first.get(key);
      if (found === undefined) {
        first.set(key, { index, claim });
        return undefined;
      }
      const { index: earlier, claim: before } = found;
      if (before.position.line === claim.position.line) return undefined;
      const a = before.position.line;
      const b = claim.position.line;
      // Two readings that meet are one count: the tests defined and the tests that ran, the skipped ones aside.
      const earlierValues = valuesOf(before, lines[a - 1] ?? '');
      const laterValues = valuesOf(claim, lines[b - 1] ?? '');
      if (before.value !== claim.value && earlierValues.some((v) => laterValues.includes(v))) return undefined;
      const out: RelationJudgement[] = [];
      out.push({
        index,
        stated: figureOf(claim),
        readings: [counted(`line ${a}`, Number(before.value))],
        lines: [a],
        message: { holds: `agrees with line ${a}, which also says ${says(before)} (not measured)`, fails: `line ${a} says ${says(before)}, here ${String(claim.value)}` },
      });
      // The earlier line is as wrong as the later one may be: a reader of either should see the other.
      const pair = `${earlier}\0${String(claim.value)}`;
      if (before.value !== claim.value && !earlierReported.has(pair)) {
        earlierReported.add(pair);
        out.push({
          index: earlier,
          stated: figureOf(before),
          readings: [counted(`line ${b}`, Number(claim.value))],
          lines: [b],
          message: { holds: `agrees with line ${b}, which also says ${says(claim)} (not measured)`, fails: `line ${b} says ${says(claim)}, here ${String(before.value)}` },
        });
      }
      return out;
    });
  },
} satisfies ReportRelation;
