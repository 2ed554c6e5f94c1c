/**
 * What a part-of-a-whole figure is about: the things its whole counts
 * ("26/27 tools (96%)", "(182/191 non-session tests)"), else its label or row
 * without status words ("**Healthy Containers:** 42/42" → "Containers"; "Core
 * Tests: 71/71 passing" → "Core"), else
 * a heading that names a group of tests ("### Phase 2: API Endpoint Tests"
 * then "- 100% passing (137/137)"). The whole project when none names a part
 * ("Passing Tests | 66/66 (100%)", "Tests: 862/877").
 */
import type { Subject } from '../model.js';
import { ownLabel } from './context.js';
import { englishWords, hasWord, testStatusForms, wordsSource, type Words } from './words.js';
import { isMetricRow } from './role-label.js';

/** Words that say how the counted things stand, not which they are: "healthy", "native", "passing". */
const statusWords = new Set([
  'healthy', 'unhealthy', 'native', 'passing', 'passed', 'pass', 'failing', 'failed', 'complete', 'completed', 'done', 'running',
  'active', 'working', 'verified', 'tested', 'covered', 'implemented', 'green', 'ok', 'all', 'total', 'overall', 'status', 'rate', 'have', 'are', 'is',
  'results', 'metrics', 'numbers', 'figures', 'stats', 'statistics', 'summary', 'progress',
  // A time or a score names no part: the share of "**Previous Score**: 13.5/50 (27%)" is the whole project's.
  'previous', 'prior', 'before', 'after', 'baseline', 'initial', 'original', 'updated', 'current', 'score',
]);
/** Words of a label that name a measure, not a part: "Implementation Coverage", "Completion Rate". */
const measureWords: readonly string[] = [
  'rate', 'ratio', 'share', 'percentage', 'progress', 'completion', 'score', 'status', 'suite', 'suites',
  // a state the things reached, not a part: "**Production Ready**: 8/8 ViewModels (100%)"
  'ready', 'readiness',
];
/**
 * A status after a label's test noun: "Core Tests Passing". Only the status forms that `statusWords` drops, so the name
 * left is the same with or without them ("Core Tests Skipped" keeps "Skipped" and names no group).
 */
const trailingStatusRe = new RegExp(String.raw`\s+${wordsSource(testStatusForms.filter((w) => statusWords.has(w)))}$`, 'i');
/** A plural noun: a label that names a part names the things it counts ("Healthy Containers", "Scripts with Module Docs"). */
const pluralRe = /^\p{L}+[^s]s$/iu;
/** A heading's place in a series before its name: "Phase 2:", "3.", "Step 1 -". */
const ordinalPrefixRe = /^\W*(?:(?:phase|step|stage|part|sprint|round|wave)\s*#?\d+[a-z]?\s*(?::|\.|\)|\s[-–—]\s)|\d+(?:\.\d+)*[.)]\s)\s*/i;

/** Units a ratio may be measured in: lines, statements, branches, functions. */
const unitsOf = (words: Words): string[] => [...words.lineUnits, ...words.statements, ...words.branches, ...words.functions];

/** A name's words without marks, status words or test nouns; empty when nothing names a part. */
function partWords(text: string, words: Words): string[] {
  return text
    .replace(/\([^)]*\)?/g, ' ')
    .replace(/[^\p{L}\p{N}/&+\s-]+/gu, ' ')
    .split(/\s+/)
    .filter((w) => w !== '' && !/^\d/.test(w) && !statusWords.has(w.toLowerCase()) && !hasWord(w, [...words.testNouns, ...unitsOf(words)]));
}

/**
 * The part named by a heading or label over a group of tests ("Phase 2: API Endpoint Tests ✅" → "API Endpoint", "Core
 * Tests Passing" → "Core"), if any.
 */
export function testGroupHeading(heading: string | undefined, words: Words): string | undefined {
  if (heading === undefined) return undefined;
  const name = heading.replace(ordinalPrefixRe, '').replace(/[^\p{L}\p{N}\s/&+-]+/gu, ' ').trim();
  // The status a label's figure counts may follow its test noun: "Core Tests Passing: 1255/1257".
  const last = name.replace(trailingStatusRe, '').split(/\s+/).at(-1) ?? '';
  if (!hasWord(last, words.testNouns)) return undefined;
  const kept = partWords(name, words);
  return kept.length > 0 && kept.length <= 4 ? kept.join(' ') : undefined;
}

/**
 * The subject of a ratio at `[start, end)` of `text`: `after` is the text
 * right after its whole ("tools (96%) have…"), `row` the table row it sits in.
 */
export function ratioSubject(text: string, start: number, after: string, row: string | undefined, heading: string | undefined, words: Words = englishWords): Subject {
  // The noun right after the whole names the things counted: "26/27 tools", "182/191 non-session tests".
  const noun = /^\s+(?<noun>\p{L}[\p{L}\p{N}-]*(?:\s+\p{L}[\p{L}\p{N}-]*)?)/u.exec(after)?.groups?.noun;
  const nounText = noun?.split(/\s+(?:have|has|are|is|in|of|for|with)\b/)[0] ?? '';
  // A unit ("1990/2119 lines") measures the figure; it names no part.
  const fromNoun = hasWord(nounText, unitsOf(words)) ? [] : partWords(nounText, words);
  // A row naming a measure of coverage ("| **Regions** | - | 92.47% (22,539/24,374) |") names no part, as in rowSubject.
  const label = row !== undefined && isMetricRow(row) ? undefined : row ?? ownLabel(text.slice(text.lastIndexOf('\n', start - 1) + 1, start));
  // A part the label names stays that part, whatever its share counts: "**Schema Validation:** 3/3 deviations detected",
  // unless the label names a measure or tests ("**Native Implementation Coverage:** 26/27 tools", "Suite: … (182/191 non-session tests)").
  const named = label !== undefined && fromNoun.length > 0 && !hasWord(label, [...words.coverage, ...words.testNouns, ...measureWords]) ? partWords(label, words) : [];
  if (named.length > 0 && named.length <= 4) return { name: named.join(' ') };
  if (fromNoun.length > 0) return { category: fromNoun.join(' ') };
  if (label !== undefined) {
    // A label naming a group of tests ("- Core Tests: 71/71 passing (100%)") gives the share of that group.
    const group = testGroupHeading(label, words);
    if (group !== undefined) return { category: group };
    const kept = partWords(label, words);
    return kept.length > 0 && kept.length <= 5 && kept.some((w) => pluralRe.test(w)) ? { category: kept.join(' ') } : { scope: 'all' };
  }
  const group = testGroupHeading(heading, words);
  return group !== undefined ? { category: group } : { scope: 'all' };
}
