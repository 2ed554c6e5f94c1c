/**
 * A part named by a title whose parenthesis holds its figure: `#### 1. CI/CD
 * & Deployment (+3.0 points)` (501), `**Dashboard Module (+25%)**` (408). The
 * figure in the parenthesis is that part's; the list the title leads, when
 * the title is a list's lead-in, details the same part (`- Before: 5% (6/128
 * lines)` under `**Dashboard Module (+25%)**`).
 *
 * A title is a name only when it is short and says no more than a name: no
 * digits (`From 73/100 to 91/100 (+18 points)`), no dash before a status
 * (`P0 Critical Blockers - COMPLETE (+12 points)`), not a word for the whole
 * or for the measure itself (`Overall (+5%)`, `Test Coverage (+9%)`).
 */
import { titleLabel } from './context.js';
import { speaksOfWhole } from './part-name.js';
import { addedWords } from './words.js';

/** Words that name a measure, not a part: a title made of these alone (or of words of tests added, `addedWords`) names no part. */
export const measureWords: readonly string[] = [
  'coverage', 'code', 'test', 'tests', 'testing', 'score', 'scores', 'pass', 'rate', 'improvement', 'improvements', 'progress',
  'result', 'results', 'summary', 'status', 'change', 'changes', 'gain', 'gains', 'lines', 'line', 'statements', 'branches',
  'functions', 'total', 'overall', 'metrics', 'quality', 'readiness', 'key', 'new', 'unit', 'integration', 'the', 'of', 'and', '&',
];

/** A list number before a title: "1. ", "2) ". */
const listNumberRe = /^\d+[.)]\s+/;
/** A name in Latin letters, with the marks names carry ("CI/CD & Deployment", "Auth's API"). */
const latinNameRe = /^[\p{Script=Latin}\s&/'’._+-]+$/u;
/** A dash between words: a title's name ends before it ("P0 Blockers - COMPLETE"). */
const dashRe = /\s[-–—]\s/;

/** The part a title names, when `title` is a name alone; otherwise undefined. */
export function partNamedByTitle(title: string): string | undefined {
  const name = title.replace(listNumberRe, '').trim();
  const words = name.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0 || words.length > 6 || /\d/.test(name) || dashRe.test(name) || speaksOfWhole(name)) return undefined;
  // The measure words are English: a title in another script ("测试覆盖率提升", test coverage rise) cannot be told from a name.
  if (!latinNameRe.test(name) || words.every((w) => measureWords.includes(w.toLowerCase()) || addedWords.includes(w.toLowerCase()))) return undefined;
  return name;
}

/** The part named by the title the text before a figure ends in, with the figure opening its parenthesis ("CI/CD & Deployment (+3.0 points"). */
export function partOfTitle(before: string): string | undefined {
  const title = titleLabel(before);
  return title === undefined ? undefined : partNamedByTitle(title);
}

/** The part named by a list's lead-in that is a title over its figure ("Dashboard Module (+25%)"). */
export function partOfLeadTitle(lead: string | undefined): string | undefined {
  if (lead === undefined) return undefined;
  const open = lead.lastIndexOf('(');
  if (open < 0 || !/^\([^()]*\d[^()]*\)\s*$/.test(lead.slice(open))) return undefined;
  return partOfTitle(lead.slice(0, open + 1));
}
