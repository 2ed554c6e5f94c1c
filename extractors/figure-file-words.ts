import type { Figure } from '../src/model.js';
import type { Classification, FigureClassifier } from '../src/figures/classify.js';
import { isFileName } from '../src/figures/code-spans.js';
import { escapeRegExp, wordCountNouns } from '../src/figures/words.js';

/**
 * A document's length in words, in the parenthesis right after its name:
 * "### 1. CONTINUATION_GUIDE.md (6,500+ words)" (w57:121), "- ✅
 * PHASE1_WEEK2_PLAN.md (24,000 words)" (w10:369). The name is the file the
 * count is about; a count of words after a description ("Research report
 * (8,500 words)", "20,000+ words of documentation") names no file.
 */
function classify(figure: Figure): Classification | undefined {
  if (figure.unit !== 'count' || !Number.isInteger(figure.value)) return undefined;
  const c = figure.context;
  if (c.table !== undefined || c.name === undefined || !isFileName(c.name)) return undefined;
  if (!wordCountNouns.includes((c.noun ?? '').toLowerCase())) return undefined;
  // The name, its closing mark, then the parenthesis the count opens: nothing else between them.
  const nameThenParen = new RegExp(String.raw`${escapeRegExp(c.name)}[\x60*_]*\s*\(\s*$`);
  if (!nameThenParen.test(c.before ?? '')) return undefined;
  return { kind: 'file.words', subject: { path: c.name } };
}

export default {
  id: 'figure-file-words',
  description: 'A document\'s length in words in the parenthesis after its name: "CONTINUATION_GUIDE.md (6,500+ words)".',
  kinds: ['file.words'],
  classify,
} satisfies FigureClassifier;
