import type { Figure } from '../src/model.js';
import type { Classification, FigureClassifier, FigurePlace } from '../src/figures/classify.js';
import { readInlineList } from '../src/figures/inline-list.js';
import { hasWord, type Words } from '../src/figures/words.js';

/** Nouns of a count that measure rather than enumerate: time, size, lines, changes. */
const measureNouns: readonly string[] = [
  'seconds', 'secs', 'minutes', 'mins', 'hours', 'hrs', 'days', 'weeks', 'months', 'years', 'bytes', 'lines', 'statements', 'branches',
  'points', 'pts', 'insertions', 'deletions', 'changes',
];

/**
 * A count whose entries its line writes out: "3 roles: admin, developer,
 * viewer", "4 severity levels (info, warning, critical, page)", "(3 time
 * scales: 5min, 1hr, 6hr)". A `listCount` of the things its noun names; the
 * consistency verifier counts the entries back from the claim's text. In
 * parentheses only names are entries ("(non-critical paths, P2)" is a
 * remark); tests and failures are the test classifiers'.
 */
function classify(figure: Figure, words: Words, place?: FigurePlace): Classification | undefined {
  const c = figure.context;
  if (place === undefined || figure.unit !== 'count' || figure.qualifier !== 'exact' || !Number.isInteger(figure.value)) return undefined;
  if (c.block !== 'item' && c.block !== 'paragraph') return undefined;
  const list = readInlineList(place.text.slice(place.numStart));
  if (list === undefined || list.count !== figure.value || (list.form === 'paren' && !list.names)) return undefined;
  if (hasWord(list.noun, [...words.testNouns, ...words.passed, ...words.failed, ...words.skipped, ...words.errors, ...measureNouns])) return undefined;
  return { kind: 'listCount', subject: { name: list.noun }, span: { start: place.numStart, end: place.numStart + list.end } };
}

export default {
  id: 'figure-inline-list',
  description: 'A count whose entries its line writes out: "3 roles: admin, developer, viewer", "4 severity levels (info, warning, critical, page)".',
  kinds: ['listCount'],
  classify,
} satisfies FigureClassifier;
