/**
 * The extraction step: parse a report, flatten it into text blocks, run every
 * registered extractor over them and return the claims in document order.
 */
import { createHash } from 'node:crypto';
import type { Claim, ClaimKind, Figure, Qualifier, Subject, Tense, Unit } from '../model.js';
import { LineIndex, onlyAsPlainText, readTextBlocks, sourceOffset, type ParseOptions, type TextBlock } from '../read/markdown.js';
import { readTense } from './tense.js';
import { isBucketBound } from './buckets.js';
import { repairMojibake } from '../read/mojibake.js';
import { scanNumbers, type ScannedNumber } from './scanner.js';
import { contextTense, resolveContext, resolveTense } from './context.js';
import type { Classification, FigureClassifier, FigurePlace, FigureReading, ReadFigure } from './classify.js';
import { englishWords } from './words.js';
import { settleCoverageMetrics } from './coverage-metric.js';
import { settleEarlierValues } from './earlier-value.js';
import { settlePairChains } from './pair-chain.js';
import { settleReportMetric } from './report-metric.js';
import { settleCoverableLines } from './coverable-lines.js';
import { settleSectionRates } from './section-rate.js';
import { blocksWithKeywords, keywordText } from './keywords.js';
import { settlePart } from './part-subject.js';
import { writtenAsEstimate } from './estimated.js';
import { settleRateParts } from './rate-part.js';
import { settleAverages } from './average.js';
import { settleTimeRates } from './time-rate.js';
import { subtotalRowRe } from './subjects.js';
import { isRepositoryWide } from './file-subject.js';
import { noteLines, restatedFiles, restatedPath, type EarlierLines } from './restated-lines.js';
import { restatable, restatedClaims, settleRestatedParts } from './restated-figures.js';
import { settleWholeOfParts } from './whole-of-parts.js';
import { settleGoalParens } from './goal-paren.js';

/** What an extractor knows about a claim; position, text, tense and id are filled in. */
export interface ClaimDraft {
  kind: ClaimKind;
  subject: Subject;
  value: number | string | boolean;
  unit: Unit;
  qualifier: Qualifier;
  precision: number;
  range?: [number, number];
  /** Set only when the extractor knows better than the shared tense reading. */
  tense?: Tense;
  tenseReason?: string;
}

export interface ExtractContext {
  /**
   * Record a claim found at `[start, end)` of `block.text`. `tenseAt` is the
   * character range whose surrounding words decide the tense (default: the
   * claim's own range).
   */
  claim(block: TextBlock, start: number, end: number, draft: ClaimDraft, tenseAt?: [number, number]): void;
}

/** An extractor: one module in `extractors/`, registered in `extractors/index.ts`. */
export interface Extractor {
  /** Equals the module's file name. */
  id: string;
  description: string;
  kinds: readonly ClaimKind[];
  /**
   * Words (lower case) without which this extractor reads nothing from a
   * block: when set, `extract` is given only the blocks whose text (for a
   * table cell, with its column header and row label) holds one of them
   * (src/figures/keywords.ts). Leave it unset for an extractor that reads
   * a block through other blocks (its neighbours, the whole report) or
   * through its headings. tests/figures/keywords.test.ts checks that every
   * claim such an extractor reads stands in a block holding a keyword.
   */
  keywords?: readonly string[];
  extract(blocks: readonly TextBlock[], context: ExtractContext): void;
}

/**
 * The claim kinds a reading runs: extractors/index.ts's registry. The caller
 * gives it (src/commands/claims.ts binds it), so this stage never imports the
 * kinds that import its types.
 */
export interface Kinds {
  extractors: readonly Extractor[];
  classifiers: readonly FigureClassifier[];
}


/**
 * Whether `text[start, end)` stands inside quotation marks of the same
 * paragraph, item or cell: straight (an odd number of `"` before it and one
 * after) or curly (a `“` before it not yet closed, and a `”` after).
 */
function insideQuotes(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  const after = text.slice(end);
  const straight = (before.match(/"/g) ?? []).length % 2 === 1 && after.includes('"');
  const open = before.lastIndexOf('“');
  const curly = open >= 0 && !before.slice(open).includes('”') && after.includes('”');
  return straight || curly;
}

/** How far past a claim an unclosed parenthesis of its text may close. */
const maxParenthesisReach = 80;

/**
 * The claim as written, `text[start, end)` with spaces collapsed, carried on
 * to the closing parenthesis its span opened: "60% (2/3 components)", not
 * "60% (2/3", so a reader sees the claim whole.
 */
function wholeText(text: string, start: number, end: number): string {
  let open = 0;
  for (const char of text.slice(start, end)) open += char === '(' ? 1 : char === ')' && open > 0 ? -1 : 0;
  let stop = end;
  for (let i = end; open > 0 && i < Math.min(text.length, end + maxParenthesisReach) && text[i] !== '\n'; i++) {
    if (text[i] === '(') open++;
    else if (text[i] === ')') {
      open--;
      if (open === 0) stop = i + 1;
    }
  }
  return text.slice(start, stop).replace(/\s+/g, ' ').trim();
}

function subjectKey(subject: Subject): string {
  const [key, value] = Object.entries(subject)[0] ?? ['scope', 'all'];
  return `${key}:${String(value).toLowerCase()}`;
}

/**
 * Extract the claims of one report. `file` names the report in claim ids;
 * `source` is its text. Returns claims sorted by position, one per kind and
 * place (the first extractor in registry order wins a tie).
 */
export function extractClaims(kinds: Kinds, file: string, source: string, only?: readonly Extractor[]): Claim[] {
  return extractClaimsWith(kinds, file, source, only ? { only } : {});
}

/** The claims of a report, and how many figures it holds and how many of them no claim reads. */
export interface ExtractedReport {
  claims: Claim[];
  figures: { found: number; unclaimed: number };
  /** The ids of the claims each claimed figure makes, so its findings can be told by figure. */
  claimsByFigure: string[][];
}

/** `readReport`, keeping the claims and the figure counts (what `verify` needs). */
export function extractReport(kinds: Kinds, file: string, source: string): ExtractedReport {
  const read = readReport(kinds, file, source);
  const claimsByFigure = read.figures.filter((f) => f.claims.length > 0).map((f) => f.claims);
  return { claims: read.claims, figures: { found: read.figures.length, unclaimed: read.figures.length - claimsByFigure.length }, claimsByFigure };
}

/** What `readReport` takes: extractors and classifiers to run (default: all of `kinds`), parse options. */
export interface ReadOptions {
  /** Extractors to run; when set, only these run and no figure classifier does unless `classifiers` is set too. */
  only?: readonly Extractor[];
  classifiers?: readonly FigureClassifier[];
  parse?: ParseOptions;
  /**
   * Read the tense of figures no claim reads too (what `extract --all` and the
   * eval show). Default false: counting them needs no tense.
   */
  everyTense?: boolean;
}

/** `extractClaims` with parse options (tests compare section-wise and whole parsing). */
export function extractClaimsWith(kinds: Kinds, file: string, source: string, options: ReadOptions): Claim[] {
  return readReport(kinds, file, source, options).claims;
}

/** Where a claim was found: its block and the span of its figure in the block's text. */
interface ClaimPlace {
  block: number;
  start: number;
  end: number;
  /** The extractor set the tense itself. */
  ownTense: boolean;
}

/**
 * Read one report: every figure with its context, the numbers set aside,
 * and the claims the extractors and figure classifiers read from them.
 * `file` names the report in claim ids; `source` is its text.
 */
export function readReport(kinds: Kinds, file: string, source: string, options: ReadOptions = {}): FigureReading & { claims: Claim[] } {
  const only = options.only;
  const classifiers = options.classifiers ?? (only ? [] : kinds.classifiers);
  // The passes that settle claims against each other read the whole registry's claims; a unit's table of cases runs a few kinds alone.
  const allKinds = classifiers === kinds.classifiers;
  // micromark drops a leading byte-order mark and counts positions after it: parse without it, and count it back in.
  const bom = source.startsWith('\uFEFF') ? 1 : 0;
  // Extractors read the repaired text; positions are mapped back to the file as it is.
  const repaired = repairMojibake(bom ? source.slice(bom) : source);
  // Read section by section: a large report's whole tree is never held. Console output is read for figures only.
  const allBlocks = readTextBlocks(repaired.text, { ...options.parse, allPlainText: true });
  const blocks = allBlocks.filter((b) => b.kind !== 'code' || !onlyAsPlainText(b.lang ?? ''));
  const blockIndex = new Map(allBlocks.map((b, i) => [b, i]));
  const lines = new LineIndex(source);
  const locate = (block: TextBlock, index: number) => lines.position(bom + repaired.originalOffset(sourceOffset(block, index)));
  const found: Claim[] = [];
  const places = new Map<Claim, ClaimPlace>();
  // Claims already found, by kind: a second extractor reading the same figure is dropped.
  const taken = new Map<string, Array<[number, number]>>();
  const keywordTexts = blocks.map(keywordText);

  for (const extractor of only ?? kinds.extractors) {
    const context: ExtractContext = {
      claim(block, start, end, draft, tenseAt = [start, end]) {
        // A count with decimals is a section number or a version ("1.2 Unit Tests"), never a count.
        if ((draft.unit === 'count' || draft.unit === 'lines') && typeof draft.value === 'number' && !Number.isInteger(draft.value)) return;
        // "70-99%" labelling a row of modules by coverage level is the edge of a bucket, not a measured figure.
        if (draft.unit === 'percent' && isBucketBound(block, tenseAt[0], tenseAt[1])) return;
        // Words in quotation marks are quoted: an example, or what someone else said, not the report's own claim.
        if (insideQuotes(block.text, start, end)) return;
        const offset = sourceOffset(block, start);
        const endOffset = sourceOffset(block, Math.max(start, end - 1)) + 1;
        const spans = taken.get(draft.kind) ?? [];
        if (spans.some(([a, b]) => offset < b && a < endOffset)) return;
        spans.push([offset, endOffset]);
        taken.set(draft.kind, spans);
        const reading =
          draft.tense !== undefined
            ? { tense: draft.tense, reason: draft.tenseReason }
            : readTense(block.text, tenseAt[0], tenseAt[1], block.context, block.columns);
        const claim: Claim = {
          id: '',
          kind: draft.kind,
          subject: draft.subject,
          value: draft.value,
          unit: draft.unit,
          qualifier: draft.qualifier === 'exact' && writtenAsEstimate(block.text, start, end) ? 'approx' : draft.qualifier,
          precision: draft.precision,
          tense: reading.tense,
          text: wholeText(block.text, start, end),
          position: lines.position(bom + repaired.originalOffset(offset)),
          context: block.context,
          source: extractor.id,
        };
        if (draft.range) claim.range = draft.range;
        if (reading.reason) claim.tenseReason = reading.reason;
        found.push(claim);
        places.set(claim, { block: blockIndex.get(block) ?? -1, start: tenseAt[0], end: Math.max(end, tenseAt[1]), ownTense: draft.tense !== undefined });
      },
    };
    extractor.extract(blocksWithKeywords(blocks, keywordTexts, extractor.keywords), context);
  }

  const reading = readFigures(allBlocks, found, places, classifiers, locate, options.everyTense === true);
  found.push(...reading.added);
  // "7.5% (improvement from 0% baseline)": the earlier value of a claimed level is that level before (earlier-value.ts).
  if (allKinds) settleEarlierValues(found, reading.figures, reading.claimsOf, source);
  // A rate labelled by the run's words alone is a test rate only beside the test counts of its section (section-rate.ts).
  settleSectionRates(found, reading.claimsOf);
  // A coverage figure's metric may be named elsewhere in the report (coverage-metric.ts).
  const sourceLines = source.split('\n');
  settleCoverageMetrics(found, (claim) => sourceLines[claim.position.line - 1] ?? '', englishWords);
  // A report that names one metric for its whole project's coverage measures in it (report-metric.ts).
  settleReportMetric(found, (claim) => sourceLines[claim.position.line - 1] ?? '', englishWords);
  // A coverage table's Lines column counts what the coverage tool counts, when the report shows it counting coverable lines (coverable-lines.ts).
  settleCoverableLines(found, reading.claimsOf);
  // Pairs "A → B" linked into a progression are history up to its last step (pair-chain.ts).
  settlePairChains(found, source);
  // A rate of tests is of the tests its line or section counts (rate-part.ts).
  settleRateParts(found, reading.claimsOf);
  // A figure counted per hour or per session is a speed, no claim (time-rate.ts).
  settleTimeRates(found, reading.claimsOf, source);
  // A count stated as an average ("**Average per Widget:** 11 tests") is no count (average.ts).
  settleAverages(found, reading.claimsOf, source);
  // A count of tests read as the whole's that repeats an earlier part's count in the same words is that part's (restated-figures.ts).
  settleRestatedParts(reading.figures, reading.claimsOf, new Set(found));
  // A figure stated again with no claim of its own makes the claims the earlier statements of its value made (restated-figures.ts).
  if (allKinds) found.push(...restateFigures(reading, new Set(found)));
  // "35.12% (Target: 90.00%)": a goal in the parenthesis after a claimed figure is that claim's goal (goal-paren.ts).
  if (allKinds) found.push(...settleGoalParens(reading.figures, reading.claimsOf, source, new Set(found)));
  // "- **Overall**: 85.7%" in a list of parts' coverage states the same measure of the whole they split (whole-of-parts.ts).
  if (allKinds) found.push(...settleWholeOfParts(reading.figures, reading.claimsOf, new Set(found)));
  found.sort((a, b) => a.position.offset - b.position.offset || a.kind.localeCompare(b.kind));
  const used = new Map<string, number>();
  for (const claim of found) {
    const base = createHash('sha256')
      .update([file, claim.kind, subjectKey(claim.subject), claim.text.toLowerCase()].join('\0'))
      .digest('hex')
      .slice(0, 12);
    const n = used.get(base) ?? 0;
    used.set(base, n + 1);
    claim.id = n === 0 ? base : `${base}-${n}`;
  }
  for (const [figure, claims] of reading.claimsOf) {
    figure.claims = claims.map((c) => c.id);
    figure.kind = claims[0]?.kind ?? figure.kind;
  }
  return { claims: found, figures: reading.figures, setAside: reading.setAside };
}


/** Quotes and emphasis right after a figure, before the words that may name its measure ('35.12%" pass rate'). */
const afterMarksRe = /^["'”*_\s]+/;

/** Where a figure that may restate another stands: its block, and how to read its tense. */
interface RestatedPlace {
  block: TextBlock;
  tenseOf: () => { tense: Tense; reason?: string };
}

/** The claims of the figures no kind claimed that state an earlier figure again as the present, each added to its figure's claims. */
function restateFigures(
  reading: { claimsOf: Map<ReadFigure, Claim[]>; unclaimed: readonly ReadFigure[]; placeOf: ReadonlyMap<ReadFigure, RestatedPlace> }, live: ReadonlySet<Claim>,
): Claim[] {
  // Only the claims the settling steps kept, with the subjects they settled.
  const kept = new Map([...reading.claimsOf].map(([figure, claims]) => [figure, claims.filter((c) => live.has(c))]));
  const added: Claim[] = [];
  const inHeading = (figure: ReadFigure) => reading.placeOf.get(figure)?.block.kind === 'heading';
  for (const [figure, said] of restatedClaims(kept, reading.unclaimed, inHeading)) {
    const place = reading.placeOf.get(figure) as RestatedPlace;
    const tense = place.tenseOf();
    figure.tense = tense.tense;
    if (tense.tense !== 'current') {
      if (tense.reason) figure.tenseReason = tense.reason;
      continue;
    }
    const claims: Claim[] = said.map((c) => ({
      id: '', kind: c.kind, subject: { ...c.subject }, value: figure.value, unit: unitOfKind(c.kind, figure.unit), qualifier: figure.qualifier,
      precision: figure.precision, tense: 'current', text: figure.text, position: figure.position, context: place.block.context, source: 'restated-figures',
    }));
    added.push(...claims);
    reading.claimsOf.set(figure, claims);
    figure.subject = claims[0]?.subject;
    delete figure.tenseReason;
  }
  return added;
}

/** A sum written out in a claim's text ("42 Unit + 24 Feature + 23 E2E = 89 tests"): its total is that sum's, no count of its own. */
const sumSignRe = /[+=]/;

/** Set-aside rules whose numbers stay set aside even when a claim reads them (`git.commit` names a hash). */
const notFigureEvenClaimed: ReadonlySet<string> = new Set(['hash', 'date', 'time-of-day', 'ip-or-dotted', 'version']);

/** Whether a scanned number stands for `value`: its value, its denominator or its range. */
function standsFor(number: ScannedNumber, value: Claim['value']): boolean {
  return typeof value === 'number' && (number.value === value || number.of === value || number.range?.[1] === value);
}

/**
 * Give every claim its figure, every figure its context, tense and kind, and
 * let the classifiers read the figures no extractor claimed. A number a
 * claim reads is a figure even when a set-aside rule would have set it aside.
 */
function readFigures(
  blocks: readonly TextBlock[],
  claims: readonly Claim[],
  places: ReadonlyMap<Claim, ClaimPlace>,
  classifiers: readonly FigureClassifier[],
  locate: (block: TextBlock, index: number) => Figure['position'],
  everyTense: boolean,
): FigureReading & { added: Claim[]; claimsOf: Map<ReadFigure, Claim[]>; unclaimed: ReadFigure[]; placeOf: Map<ReadFigure, RestatedPlace> } {
  const scan = scanNumbers(blocks, englishWords);
  const byBlock = new Map<number, ScannedNumber[]>();
  for (const number of scan.figures) {
    const list = byBlock.get(number.block) ?? [];
    list.push(number);
    byBlock.set(number.block, list);
  }
  const setAsideByBlock = new Map<number, typeof scan.setAside>();
  for (const number of scan.setAside) {
    const list = setAsideByBlock.get(number.block) ?? [];
    list.push(number);
    setAsideByBlock.set(number.block, list);
  }
  const onNumber = new Map<ScannedNumber, Claim[]>();
  const promoted = new Set<ScannedNumber>();
  for (const claim of claims) {
    const place = places.get(claim);
    if (!place) continue;
    const inside = (n: ScannedNumber) => n.numStart >= place.start && n.numStart < place.end;
    const candidates = (byBlock.get(place.block) ?? []).filter(inside);
    // The figure the claim's value is, in its span, else next to it ("+10 tests now passing (14 → 24)"), else the first in its span.
    const near = (n: ScannedNumber) => n.numStart >= place.start - 40 && n.numStart < place.end + 40;
    let number = candidates.find((n) => standsFor(n, claim.value)) ?? (byBlock.get(place.block) ?? []).find((n) => near(n) && standsFor(n, claim.value) && !onNumber.has(n)) ?? candidates[0];
    if (!number) {
      // A hash, a date or a version a claim names is still no figure; a line number it points at is.
      number = (setAsideByBlock.get(place.block) ?? []).filter((n) => inside(n) && !notFigureEvenClaimed.has(n.rule))
        .find((n) => standsFor(n, claim.value) || typeof claim.value !== 'number');
      if (number) promoted.add(number);
    }
    if (!number) continue;
    const list = onNumber.get(number) ?? [];
    list.push(claim);
    onNumber.set(number, list);
  }
  // Where each claim stands, by block: a classifier's claim inside one of the same kind would read it twice ("+2 (+20%)").
  const spansByBlock = new Map<number, Array<{ kind: Claim['kind']; start: number; end: number }>>();
  for (const claim of claims) {
    const place = places.get(claim);
    if (!place) continue;
    const list = spansByBlock.get(place.block) ?? [];
    list.push({ kind: claim.kind, start: place.start, end: place.end });
    spansByBlock.set(place.block, list);
  }
  const insideClaim = (number: ScannedNumber, kind: Claim['kind']) =>
    (spansByBlock.get(number.block) ?? []).some((p) => p.kind === kind && number.numStart >= p.start && number.numStart < p.end);
  const numbers = [...scan.figures, ...promoted].sort((a, b) => a.block - b.block || a.start - b.start);
  // Classifiers that took over an extractor's phrasing read in its place, before the others.
  const ordered = [...classifiers.filter((c) => c.readsClaimed === true), ...classifiers.filter((c) => c.readsClaimed !== true)];
  const figures: ReadFigure[] = [];
  const added: Claim[] = [];
  const claimsOf = new Map<ReadFigure, Claim[]>();
  const earlierLines: EarlierLines = new Map();
  // Figures no kind claimed that may state an earlier figure again (restated-figures.ts), read after every figure is.
  const unclaimed: ReadFigure[] = [];
  const placeOf = new Map<ReadFigure, RestatedPlace>();
  for (const number of numbers) {
    const block = blocks[number.block] as TextBlock;
    const span = { start: number.start, end: number.end, numStart: number.numStart };
    const context = resolveContext(blocks, number.block, span);
    // The full tense reading (tense.ts over the figure's words) is needed for a figure a classifier claims, or when asked for.
    const tenseOf = () => resolveTense(blocks, number.block, span, context, englishWords);
    const figure: ReadFigure = {
      value: number.value, unit: number.unit, qualifier: number.qualifier, precision: number.precision,
      ...(number.range ? { range: number.range } : {}), ...(number.of !== undefined ? { of: number.of } : {}),
      text: block.text.slice(number.start, number.end).replace(/\s+/g, ' '),
      position: locate(block, number.start),
      context, kind: 'figure', tense: 'current', claims: [],
    };
    const onIt = onNumber.get(number) ?? [];
    for (const claim of onIt) {
      // A before-label, an estimated section or a lead-in states a tense the claim's own words may not.
      if (claim.tense === 'current' && places.get(claim)?.ownTense !== true) {
        const stated = contextTense(context, englishWords, block.columns);
        if (stated) {
          claim.tense = stated.tense;
          if (stated.reason) claim.tenseReason = stated.reason;
        }
      }
    }
    // A quoted figure is no claim of the report (as for the extractors' claims above).
    // A share ("74.53% (120/161)") claimed as a ratio may still be what the classifiers read it as (a file's coverage);
    // a SUBTOTAL row's count ("| **SUBTOTAL** | **49,714** |" under a Lines column) is also the count its classifier reads (the part's lines).
    const onlyShares = onIt.every((c) => c.kind === 'ratio' || (c.kind === 'total' && c.unit === 'count' && (c.context.table ? subtotalRowRe.test(c.context.table.row) : !sumSignRe.test(c.text))));
    // A heading's count of the files listed under it ("### Root Directory (4 files)", 206:66, w56:43, w61:19) is also a count of
    // files; an item's label over a list ("- **Test Files**: 3", w43:13) is left to the list's count, as it was.
    const listOfFiles = block.kind === 'heading' && onIt.length > 0 && onIt.every((c) => c.kind === 'listCount');
    if (!insideQuotes(block.text, number.start, number.end)) {
      // One place for all classifiers: built per call, it was a large share of the classify step's allocations.
      const place: FigurePlace = { block, text: block.text, start: number.start, end: number.end, numStart: number.numStart, blocks, index: number.block };
      for (const classifier of ordered) {
        const readsOwn = onlyShares || classifier.readsClaimed === true;
        if (!readsOwn && !listOfFiles) continue;
        const answer = classifier.classify(figure, englishWords, place);
        if (!answer || insideClaim(number, answer.kind) || onIt.some((c) => c.kind === answer.kind)) continue;
        if (!readsOwn && answer.kind !== 'dir.files') continue;
        // The heading counts the files its list names, which the list's count checks: "### Bash Scripts (4 files)" over four
        // script paths is the report's four, not every `.sh` of the repository (w91:23, 35, 46). A folder it names is still counted.
        if (!readsOwn && isRepositoryWide(answer.subject)) continue;
        const tense = tenseOf();
        figure.tense = tense.tense;
        if (tense.reason) figure.tenseReason = tense.reason;
        for (const said of [answer, ...(answer.also ?? [])]) {
          if (said !== answer && (insideClaim(number, said.kind) || onIt.some((c) => c.kind === said.kind))) continue;
          const span = claimSpan(said, number, block.text.length);
          // A claim with its own span reads its tense from its words, then from the figure's context, as an extractor's claim does.
          const spanTense = span === number || said.tense !== undefined ? undefined : spanTenseOf(block, span, context);
          const claim: Claim = {
            id: '', kind: said.kind, subject: said.subject, value: said.value ?? figure.value, unit: unitOfKind(said.kind, figure.unit, said.value),
            // "500 (estimated)": an estimate, as for the extractors' claims above.
            qualifier: figure.qualifier === 'exact' && writtenAsEstimate(block.text, span.start, span.end) ? 'approx' : figure.qualifier,
            precision: figure.precision, tense: said.tense ?? spanTense?.tense ?? figure.tense,
            text: span === number ? figure.text : wholeText(block.text, span.start, span.end),
            position: span === number ? figure.position : locate(block, span.start),
            context: block.context, source: classifier.id,
            ...(figure.range ? { range: figure.range } : {}),
          };
          // A later figure inside this claim's span is read by it ("9 passed / 12 total" is one claim of each kind at most).
          if (span !== number) spansByBlock.set(number.block, [...(spansByBlock.get(number.block) ?? []), { kind: said.kind, start: span.start, end: span.end }]);
          const reason = said.tense !== undefined ? said.tenseReason : spanTense ? spanTense.reason : figure.tenseReason;
          if (reason) claim.tenseReason = reason;
          added.push(claim);
          onIt.push(claim);
        }
        break;
      }
    }
    // A line count stated again with no path of its own is the count an earlier figure gave a path (restated-lines.ts).
    if (onIt.every((c) => c.kind === 'file.lines')) {
      const linesClaim = onIt[0];
      const path = restatedPath(earlierLines, figure, linesClaim?.subject);
      if (path !== undefined && linesClaim !== undefined) linesClaim.subject = path;
      else if (path !== undefined && tenseOf().tense === 'current' && !insideQuotes(block.text, number.start, number.end)) {
        const claim: Claim = {
          id: '', kind: 'file.lines', subject: path, value: figure.value, unit: 'lines', qualifier: figure.qualifier, precision: figure.precision,
          tense: 'current', text: figure.text, position: figure.position, context: block.context, source: 'restated-lines',
        };
        added.push(claim);
        onIt.push(claim);
      }
    }
    // A file count stated again with no claim of its own counts what the earlier count of that value counted.
    const files = onIt.every((c) => c.kind === 'total') ? restatedFiles(earlierLines, figure, onIt.length > 0) : undefined;
    if (files !== undefined && tenseOf().tense === 'current' && !insideQuotes(block.text, number.start, number.end)) {
      const claim: Claim = {
        id: '', kind: 'dir.files', subject: files, value: figure.value, unit: 'count', qualifier: figure.qualifier, precision: figure.precision,
        tense: 'current', text: figure.text, position: figure.position, context: block.context, source: 'restated-lines',
      };
      added.push(claim);
      onIt.push(claim);
    }
    // A figure about one part (a file named on its line or by its block's `Location:` label) is not the whole's (part-subject.ts).
    settlePart(onIt, blocks, number.block, number.start, context);
    const first = onIt[0];
    if (!first && everyTense) {
      const tense = tenseOf();
      figure.tense = tense.tense;
      if (tense.reason) figure.tenseReason = tense.reason;
    }
    // Its tense is read only when it does restate a figure: most such figures do not.
    if (!first && restatable(figure, englishWords, block.text.slice(number.end, number.end + 40).replace(afterMarksRe, ''), block.context.table?.row) && !insideQuotes(block.text, number.start, number.end)) {
      unclaimed.push(figure);
      placeOf.set(figure, { block, tenseOf });
    }
    if (first) {
      noteLines(earlierLines, figure, onIt);
      figure.kind = first.kind;
      figure.subject = first.subject;
      figure.tense = first.tense;
      if (first.tenseReason) figure.tenseReason = first.tenseReason;
      else delete figure.tenseReason;
      claimsOf.set(figure, onIt);
    }
    figures.push(figure);
  }
  const setAside = scan.setAside.filter((n) => !promoted.has(n)).map((n) => {
    const block = blocks[n.block] as TextBlock;
    return { text: block.text.slice(n.start, n.end), position: locate(block, n.start), rule: n.rule, reason: n.reason };
  });
  return { figures, setAside, added, claimsOf, unclaimed, placeOf };
}

/** The tense of a classifier's claim read over its span, then from the figure's context when its words say nothing. */
function spanTenseOf(block: TextBlock, span: { start: number; end: number }, context: Figure['context']): { tense: Tense; reason?: string } {
  const reading = readTense(block.text, span.start, span.end, block.context, block.columns);
  if (reading.tense !== 'current') return reading;
  return contextTense(context, englishWords, block.columns) ?? reading;
}

/**
 * The span a classifier states for its claim when it lies in the block and
 * holds the figure (or, for a claim of another value, starts inside it: the
 * denominator of "431/444"), else the figure's own.
 */
function claimSpan(answer: Omit<Classification, 'also'>, number: ScannedNumber, length: number): { start: number; end: number } {
  const span = answer.span;
  const starts = answer.value === undefined ? span !== undefined && span.start <= number.start : span !== undefined && span.start >= number.start && span.start < number.end;
  if (!span || !starts || span.end < number.end || span.start < 0 || span.end > length) return number;
  return span.start === number.start && span.end === number.end ? number : span;
}

/** The unit a claim of `kind` read from a figure has. */
function unitOfKind(kind: ClaimKind, unit: Unit, value?: Claim['value']): Unit {
  // A coverage claim of "covered/total" counts, as the coverage-count extractor gives it.
  if (kind.startsWith('coverage.')) return typeof value === 'string' ? 'count' : 'percent';
  if (kind === 'file.lines') return 'lines';
  if (kind === 'score' && unit !== 'percent') return 'score';
  // A pass rate a classifier computed beside a fraction ("100% (75/75)") is a percentage whatever figure it sits on.
  if ((kind === 'tests.passRate' || kind === 'tests.failRate') && value !== undefined) return 'percent';
  if (kind.startsWith('tests.') && unit !== 'percent' && unit !== 'seconds') return 'count';
  return unit;
}
