/**
 * What a count that announces a list counts: the things its title names
 * ("### Fully Native Tools (7 tools - 26%)" → "Fully Native Tools"), with the
 * noun of its parentheses when the title does not hold it ("### Root
 * Directory (4 files)" → "Root Directory files"), or the noun of the heading
 * above when the title is only a grade of it ("## Issues Summary" then
 * "### High Priority: 1" → "High Priority Issues"). A title of generic words
 * alone counts the report's own list: the whole.
 */
import type { Subject } from '../model.js';

/** Words of a title that say how a list is shown, not what it holds. */
const presentationWords = new Set(['analysis', 'summary', 'overview', 'breakdown', 'list', 'details', 'status', 'inventory', 'all', 'are', 'is', 'the', 'of']);
/** Nouns in parentheses that count without naming the things: "(27 total)", "(11 items)". */
const bareCountNouns = new Set(['total', 'items', 'item', 'entries', 'entry']);

/** A title's words, without marks, emphasis or parenthesised remarks. */
function titleWords(title: string): string[] {
  return title
    .replace(/\([^)]*\)?/g, ' ')
    .replace(/[^\p{L}\p{N}/&+\s-]+/gu, ' ')
    .split(/\s+/)
    .filter((w) => w !== '' && !/^\d/.test(w));
}

/** The singular of a plain English plural, for comparing "tool" and "tools". */
const singular = (word: string): string => word.toLowerCase().replace(/(?:es|s)$/, '');

/**
 * The subject of a list's count: `title` is the label or heading before the
 * count, `noun` the word after it in parentheses, `above` the nearest heading
 * over the title. The whole report when the title names nothing.
 */
export function listSubject(title: string, noun: string | undefined, above: string | undefined): Subject {
  const words = titleWords(title);
  const thing = noun !== undefined && !bareCountNouns.has(noun.toLowerCase()) ? noun : undefined;
  if (thing !== undefined) {
    // The title up to the noun it counts: "All Resources Are Native (21 resources)" counts resources.
    const at = words.findIndex((w) => singular(w) === singular(thing));
    const named = (at >= 0 ? words.slice(0, at + 1) : [...words, thing]).filter((w) => !presentationWords.has(w.toLowerCase()));
    return named.length > 0 ? { category: named.join(' ') } : { scope: 'all' };
  }
  const named = words.filter((w) => !presentationWords.has(w.toLowerCase()));
  if (named.length === 0) return { scope: 'all' };
  // "High Priority" names a grade, not a thing: the heading above names the things ("Issues Summary").
  const plural = named.some((w) => /[a-z]s$/i.test(w) && !/ss$/i.test(w));
  if (!plural && above !== undefined) {
    const things = titleWords(above).filter((w) => !presentationWords.has(w.toLowerCase()));
    if (things.length === 1) named.push(things[0] as string);
  }
  return { category: named.join(' ') };
}

/** Words of a heading over a table that say what is done with its rows, not what they are: "Tools Migration Progress". */
const tableHeadingWords = new Set([
  ...presentationWords, 'migration', 'progress', 'by', 'per', 'and', 'key', 'metrics', 'results', 'final', 'corrected', 'score', 'scores',
  'readiness', 'production', 'project', 'overall', 'total', 'totals', 'current', 'statistics', 'stats', 'counts', 'count', 'report',
  // All the tests of a suite are the whole project's ("Total Tests").
  'tests', 'test',
  // A table of how figures changed sums the figures, not changes ("## Score Changes Summary").
  'changes', 'change', 'improvements', 'updates', 'updated',
]);

/**
 * The things a table's Total row adds up, as its heading names them ("###
 * Tools Migration Progress" → "Tools"): one or two words left with a plural
 * among them; undefined when the heading names no things.
 */
export function headingThings(heading: string | undefined): Subject | undefined {
  if (heading === undefined) return undefined;
  const named = titleWords(heading).filter((w) => !tableHeadingWords.has(w.toLowerCase()));
  return named.length > 0 && named.length <= 2 && named.some((w) => /^\p{L}+[^s]s$/iu.test(w)) ? { category: named.join(' ') } : undefined;
}
