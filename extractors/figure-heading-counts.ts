import type { Figure } from '../src/model.js';
import type { Classification, FigureClassifier } from '../src/figures/classify.js';
import { hasWord, isWord, testContainerNouns, wordsSource, type Words } from '../src/figures/words.js';
import { scoreWords } from '../src/figures/score-subject.js';
import { listSubject } from '../src/figures/list-subject.js';
import { statusWords } from '../src/check/relations/count-and-items.js';

/** A heading's title up to the parenthesis its count stands alone in: "Healthy Services (" → "Healthy Services". */
const titleBeforeParenRe = /^(?<title>.*?\p{L}.*?)\s*\(\s*$/u;
/** A test noun that only names what holds tests: "Test Files Created (10)" counts files, not tests. */
const testContainerRe = new RegExp(String.raw`\btests?\s+${wordsSource(testContainerNouns)}\b`, 'gi');
/** Marks and emphasis around a title's words. */
const marksRe = /[^\p{L}\p{N}\s/&+-]+/gu;

/** The title of a heading whose figure stands alone in its trailing parenthesis, or undefined. */
function headingTitle(figure: Figure): string | undefined {
  const c = figure.context;
  if (c.block !== 'heading' || c.noun !== undefined || c.table !== undefined) return undefined;
  const title = titleBeforeParenRe.exec(c.before ?? '')?.groups?.title;
  return title === undefined ? undefined : title.replace(marksRe, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * A count a heading gives its section in parentheses, alone: "## Healthy
 * Services (9/11)" is a part of a whole, the entries marked healthy of the
 * services listed under it; "## Open Issues (4)" counts the issues listed.
 * Tests ("Failing Tests (4)") are the test classifiers', scores ("Quality
 * (85/100)") the score classifier's, and a title that names a step or a
 * version ("Phase (3)", "Python (3)") counts nothing. The relation
 * count-over-list and the listCount check judge them against the lists.
 */
function classify(figure: Figure, words: Words): Classification | undefined {
  const title = headingTitle(figure);
  if (title === undefined || figure.qualifier !== 'exact' || !Number.isInteger(figure.value)) return undefined;
  const near = [title, ...figure.context.headings.slice(-2)].join(' | ');
  if (hasWord(title.replace(testContainerRe, ' '), words.testNouns) || hasWord(near, scoreWords)) return undefined;
  const last = title.split(' ').at(-1) ?? '';
  if (isWord(last, words.ordinalNouns) || isWord(last, words.versionWords)) return undefined;
  const subject = listSubject(title, undefined, figure.context.headings.at(-2));
  if (figure.unit === 'ratio') {
    // A share needs the status it counts in the title ("Healthy", "Verified"), and a part no larger than its whole.
    const status = title.toLowerCase().split(/[^a-z]+/).some((w) => w in statusWords);
    return status && figure.of !== undefined && figure.value <= figure.of ? { kind: 'ratio', subject } : undefined;
  }
  return figure.unit === 'count' ? { kind: 'listCount', subject } : undefined;
}

export default {
  id: 'figure-heading-counts',
  description: 'A count alone in a heading\'s parentheses: "## Healthy Services (9/11)", "## Open Issues (4)".',
  kinds: ['ratio', 'listCount'],
  classify,
} satisfies FigureClassifier;
