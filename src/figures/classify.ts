/**
 * The classify step's contracts: a figure classifier (one module per kind
 * family in `extractors/`) looks at a figure and its context and answers
 * "mine, with this kind and subject", or nothing. A figure no kind claims
 * stays a figure of kind `figure`.
 */
import type { ClaimKind, Figure, Subject, Tense } from '../model.js';
import type { Words } from './words.js';
import type { TextBlock } from '../read/markdown.js';

/** What a classifier says of a figure. */
export interface Classification {
  kind: ClaimKind;
  subject: Subject;
  /** Set only when the classifier knows better than the figure's context. */
  tense?: Tense;
  tenseReason?: string;
  /**
   * The claim's span, `[start, end)` in the block's text (`FigurePlace.text`),
   * when it reaches past the figure's own text ("526 passing tests"): the
   * claim's text and position come from it, so `--fix`, `diff` and `history`
   * place it, and the report's arithmetic reads its operands back from it, as
   * for an extractor's claim. It must hold the figure (a claim of another
   * `value` may start inside it, at that value); one that does not is ignored.
   */
  span?: { start: number; end: number };
  /** The claim's value when it is not the figure's: the total of "431/444 tests passing" is its denominator. */
  value?: number | string;
  /** Further claims the figure makes: "222 total tests passing" states the passed count and the total. */
  also?: ReadonlyArray<Omit<Classification, 'also'>>;
}

/** Where a figure stands: its block, the block's text, and the figure's `[start, end)` in it (`numStart`: its digits). */
export interface FigurePlace {
  block: TextBlock;
  text: string;
  start: number;
  end: number;
  numStart: number;
  /** The report's blocks and the figure's block's index among them, for a classifier that reads the blocks around it (list-items.ts). */
  blocks?: readonly TextBlock[];
  index?: number;
}

/** A claim kind read from figures: one module in `extractors/`, registered in `extractors/index.ts` as a classifier. */
export interface FigureClassifier {
  /** Equals the module's file name. */
  id: string;
  description: string;
  kinds: readonly ClaimKind[];
  /** `place` is given when the figure is read from a report: a classifier that states a span reads it there. */
  classify(figure: Figure, words: Words, place?: FigurePlace): Classification | undefined;
  /**
   * Read figures an extractor claimed as another kind too, and before the
   * other classifiers: a classifier that took over an extractor's phrasing
   * keeps the extractor's place ("222 total tests passing" is a sum's total
   * and a count of passing tests).
   */
  readsClaimed?: true;
}

/** A figure as `extract --all` lists it: the kind that reads it (or `figure`), its subject and tense, the claims on it. */
export interface ReadFigure extends Figure {
  kind: ClaimKind | 'figure';
  subject?: Subject;
  tense: Tense;
  tenseReason?: string;
  /** Ids of the claims that read this figure. */
  claims: string[];
}

/** A number that is not a figure, with the rule that set it aside. */
export interface SetAsideNumber {
  text: string;
  position: Figure['position'];
  rule: string;
  reason: string;
}

/** Every number of one report. */
export interface FigureReading {
  figures: ReadFigure[];
  setAside: SetAsideNumber[];
}

/** The context words a classifier reads, joined: label, table header, row and caption, noun, parent, headings (nearest last). */
export function contextWords(figure: Figure, headings = 2): string {
  const c = figure.context;
  return [c.label, c.table?.header, c.table?.row, c.table?.caption, c.noun, c.parent, ...c.headings.slice(-headings)].filter((x) => x !== undefined && x !== '').join(' | ');
}

/** The last part of a figure's label: its own `Label:` when a lead-in came first ("Coverage (global): Statements" → "Statements"). */
export function ownLabelOf(figure: Figure): string {
  const label = figure.context.label ?? '';
  const cut = label.lastIndexOf(': ');
  return cut < 0 ? label : label.slice(cut + 2);
}
