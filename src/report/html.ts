/**
 * The `html` format: one self-contained review page. Each report is shown
 * rendered, every claim marked by its verdict where it stands in the text;
 * a mark opens the claim's card (what was read, the subject and tense, what
 * was measured, from where, and the message). Figures no claim kind reads
 * are marked too, quietly, as `not a claim`, with the context they were read
 * with; they are no findings, so keys and the side list pass them by. A
 * header gives the counts, a side list the findings that fail the run.
 *
 * Report text reaches the page only as sanitised hast (html-render.ts) or as
 * text of elements built here, which rehype-stringify escapes; the page's
 * policy lets no other script or style run, and nothing is fetched.
 */
import path from 'node:path';
import { h } from 'hastscript';
import type { Element, ElementContent, Properties, Root } from 'hast';
import { unified } from 'unified';
import rehypeStringify from 'rehype-stringify';
import type { Claim, Finding, ReportResult, Subject, VerifyResult } from '../model.js';
import { describeClaim, formatMeasured } from '../check/compare.js';
import { readReport } from '../figures/extract.js';
import { kinds } from '../../extractors/index.js';
import type { ReadFigure } from '../figures/classify.js';
import { failingVerdicts, figuresLine, inOrder, type FormatOptions } from './options.js';
import { markSpans, renderMarkdown, spanEnd, type SourceSpan } from './html-render.js';
import { pagePolicy, pageScript, pageStyle } from './html-page.js';

/** Verdicts from worst to mildest: a mark over several findings shows the first of theirs. */
const severity: readonly string[] = ['contradicted', 'error', 'unverifiable', 'consistent', 'confirmed', 'skipped'];

/** Verdicts that mean a claim was checked, for the headline. */
// Measured, as every format counts them; `consistent` (adds up within the report) is counted apart.
const checkedVerdicts: readonly string[] = ['confirmed', 'contradicted'];

/** A verdict this page does not know ranks above `skipped` only. */
function rank(verdict: string): number {
  const at = severity.indexOf(verdict);
  return at >= 0 ? at : severity.length - 1.5;
}

/** The class of a verdict's marks and badges: `cc-v-` and the verdict, in characters a class name holds. */
export function verdictClass(verdict: string): string {
  return `cc-v-${verdict.toLowerCase().replace(/[^a-z0-9-]+/g, '-') || 'unknown'}`;
}

/** One claim of a report and its findings (a claim can be measured and also judged by the report's arithmetic). */
interface ClaimEntry {
  /** Page-wide key: `r<report>c<claim>`, both from 0. */
  ref: string;
  claim: Claim;
  findings: Finding[];
  /** The worst verdict of its findings. */
  verdict: string;
  /** Whether one of its findings fails the run. */
  failing: boolean;
}

function entriesOf(report: ReportResult, index: number, failing: ReadonlySet<string>): ClaimEntry[] {
  const byClaim = new Map<string, ClaimEntry>();
  for (const finding of inOrder(report)) {
    const key = `${finding.claim.position.offset}\0${finding.claim.id}`;
    let entry = byClaim.get(key);
    if (!entry) {
      entry = { ref: `r${index}c${byClaim.size}`, claim: finding.claim, findings: [], verdict: finding.verdict, failing: false };
      byClaim.set(key, entry);
    }
    entry.findings.push(finding);
    if (rank(finding.verdict) < rank(entry.verdict)) entry.verdict = finding.verdict;
    if (failing.has(finding.verdict)) entry.failing = true;
  }
  return [...byClaim.values()];
}

/** The verdict-like name of a figure no claim kind reads: its class is `cc-v-figure`. */
export const notClaimVerdict = 'figure';

/** What a `not a claim` mark says, before the context the figure was read with. */
export const notClaimReason = 'not a claim: no claim kind reads this figure';

/** A figure of a report that no claim reads. */
interface FigureEntry {
  /** Page-wide key: `r<report>f<figure>`, both from 0. */
  ref: string;
  figure: ReadFigure;
}

/**
 * The figures of `source` no claim kind reads, read as the pipeline reads
 * them (`readReport`), so they are the ones its `unclaimed` count counts.
 */
function unclaimedFigures(file: string, source: string, index: number): FigureEntry[] {
  return readReport(kinds, file, source)
    .figures.filter((figure) => figure.claims.length === 0)
    .sort((a, b) => a.position.offset - b.position.offset)
    .map((figure, i) => ({ ref: `r${index}f${i}`, figure }));
}

/** A rendered report, where each claim's and figure's first mark is by ref (absent: no mark), and why a figure has none. */
interface RenderedReport {
  body: Element;
  anchors: Map<string, string>;
  /** Figures left unmarked because they stand inside a claim's text, which is marked as that claim. */
  insideClaims: Set<string>;
}

function inSource(offset: number, source: string): boolean {
  return offset >= 0 && offset < source.length;
}

/**
 * Marks are spans with a verdict each, their class named after it. A figure
 * no claim reads gets a span of its own (`cc-v-figure`) unless it stands
 * inside a claim's span ("60% (2/3 components)"): a mark is one claim's or
 * one figure's, never both, so a reader never wonders which the colour is.
 */
function renderReport(source: string, entries: readonly ClaimEntry[], figures: readonly FigureEntry[]): RenderedReport {
  const tree = renderMarkdown(source);
  const verdictOf = new Map(entries.map((entry) => [entry.ref, entry.verdict]));
  const spans: SourceSpan[] = entries
    .filter((entry) => inSource(entry.claim.position.offset, source))
    .map((entry) => ({ start: entry.claim.position.offset, end: spanEnd(source, entry.claim.position.offset, entry.claim.text), key: entry.ref }));
  const claimSpans = [...spans];
  const figureRefs = new Set<string>();
  const insideClaims = new Set<string>();
  for (const { ref, figure } of figures) {
    if (!inSource(figure.position.offset, source)) continue;
    const span = { start: figure.position.offset, end: spanEnd(source, figure.position.offset, figure.text), key: ref };
    if (claimSpans.some((claim) => claim.start < span.end && span.start < claim.end)) {
      insideClaims.add(ref);
      continue;
    }
    figureRefs.add(ref);
    spans.push(span);
  }
  const anchors = new Map<string, string>();
  markSpans(tree, source, spans, (keys, opens) => {
    if (keys.every((key) => figureRefs.has(key))) {
      // Focusable, so its detail opens from the keyboard too; no `data-opens`, so j/k and n/p pass it by.
      const properties: Properties = { className: ['cc-mark', verdictClass(notClaimVerdict)], dataFigures: keys.join(' '), dataVerdict: notClaimVerdict, tabIndex: 0 };
      const first = opens[0];
      if (first !== undefined) {
        properties.id = `cc-${first}`;
        for (const ref of opens) anchors.set(ref, `cc-${first}`);
      }
      return properties;
    }
    const verdict = keys.map((key) => verdictOf.get(key) ?? '').sort((a, b) => rank(a) - rank(b))[0] ?? '';
    const properties: Properties = { className: ['cc-mark', verdictClass(verdict)], dataClaims: keys.join(' '), dataVerdict: verdict };
    const first = opens[0];
    if (first !== undefined) {
      // The first mark of a claim is where links and keys take the reader; later pieces only colour.
      const id = `cc-${first}`;
      for (const ref of opens) anchors.set(ref, id);
      Object.assign(properties, { id, tabIndex: 0, dataOpens: opens.join(' ') });
    }
    return properties;
  });
  return { body: h('article.cc-body', tree.children as ElementContent[]), anchors, insideClaims };
}

/** Prose with values in backticks (the message grammar): the values as code. */
function prose(text: string): ElementContent[] {
  return text.split(/`([^`\n]+)`/).map((part, i) => (i % 2 === 1 ? h('code', part) : { type: 'text', value: part }));
}

function subjectText(subject: Subject): string {
  if ('scope' in subject) return 'the whole project';
  if ('path' in subject) return `the path ${subject.path}`;
  if ('category' in subject) return `the category ${subject.category}`;
  if ('name' in subject) return `the name ${subject.name}`;
  if ('entity' in subject) return subject.entity;
  return JSON.stringify(subject);
}

function row(term: string, ...description: Array<ElementContent | string>): ElementContent[] {
  return [h('dt', term), h('dd', description)];
}

function badge(verdict: string): Element {
  return h('span', { className: ['cc-badge', verdictClass(verdict)] }, verdict);
}

function findingBlock(finding: Finding): Element {
  const rows: ElementContent[] = [];
  const measured = finding.measured;
  if (measured) {
    const readings = [measured.value, ...(measured.alternatives ?? [])].map((value) => formatMeasured(value, finding.claim));
    rows.push(...row('Measured', readings.join(' or ')), ...row('Source', h('code', measured.source)));
    const detail = Object.entries(measured.detail ?? {});
    if (detail.length > 0) rows.push(...row('Detail', detail.map(([key, value]) => `${key} ${String(value)}`).join(' · ')));
    if (measured.inconclusive) rows.push(...row('Inconclusive', measured.inconclusive));
  }
  rows.push(...row('Message', ...prose(finding.message)));
  if (finding.written) {
    rows.push(...row('When written', `${finding.written.verdict} at ${finding.written.commit.slice(0, 7)} (${finding.written.date}): `, ...prose(finding.written.message)));
  }
  if (finding.staleness) rows.push(...row('Since', finding.staleness));
  return h('div', { className: ['cc-finding', verdictClass(finding.verdict)] }, [
    h('p', [badge(finding.verdict), finding.verifier ? ` by ${finding.verifier}` : '']),
    h('dl', rows),
  ]);
}

/** The card of one claim: in the report's list, and cloned into the detail a mark opens. */
function claimCard(entry: ClaimEntry, anchor: string | undefined): Element {
  const claim = entry.claim;
  const place = `line ${claim.position.line}, column ${claim.position.column}`;
  const qualifier = claim.qualifier === 'exact' ? '' : ` (${claim.qualifier})`;
  const tense = claim.tenseReason ? `${claim.tense}: ${claim.tenseReason}` : claim.tense;
  return h(
    'li',
    {
      className: ['cc-claim', verdictClass(entry.verdict)],
      id: `cc-d-${entry.ref}`,
      dataRef: entry.ref,
      dataVerdict: entry.verdict,
      dataFailing: String(entry.failing),
      dataKind: claim.kind,
      dataOffset: String(claim.position.offset),
    },
    [
      h('p', [anchor ? h('a', { href: `#${anchor}`, dataRef: entry.ref }, place) : place, ' ', badge(entry.verdict), ' ', h('code', claim.kind)]),
      h('dl', [
        ...row('As written', h('q', claim.text)),
        ...row('Read as', describeClaim(claim) + qualifier),
        ...row('Subject', subjectText(claim.subject)),
        ...row('Tense', tense),
      ]),
      ...(anchor ? [] : [h('p.cc-note', 'Not marked in the text: it stands where the page shows none (raw HTML, an image description).')]),
      ...entry.findings.map(findingBlock),
    ],
  );
}

/** The context a figure was read with, as rows: only what the report's structure gave. */
function contextRows(figure: ReadFigure): ElementContent[] {
  const context = figure.context;
  const rows: ElementContent[] = [];
  const heading = context.headings[context.headings.length - 1];
  if (heading) rows.push(...row('Heading', heading));
  if (context.label) rows.push(...row('Label', context.label));
  if (context.noun) rows.push(...row('Noun', context.noun));
  if (context.table) {
    rows.push(...row('Column', context.table.header), ...row('Row', context.table.row));
    if (context.table.caption) rows.push(...row('Caption', context.table.caption));
  }
  if (context.name) rows.push(...row('Name', context.name));
  if (context.parent) rows.push(...row('Parent item', context.parent));
  rows.push(...row('Block', context.block));
  return rows;
}

/** The card of a figure no claim reads: in the report's list, and cloned into the detail its mark opens. */
function figureCard(entry: FigureEntry, anchor: string | undefined, insideClaim: boolean): Element {
  const figure = entry.figure;
  const place = `line ${figure.position.line}, column ${figure.position.column}`;
  const unmarked = insideClaim
    ? 'Not marked apart: it stands inside the text of a claim, which is marked as that claim.'
    : 'Not marked in the text: it stands where the page shows none (raw HTML, an image description).';
  return h(
    'li',
    {
      className: ['cc-figure', verdictClass(notClaimVerdict)],
      id: `cc-d-${entry.ref}`,
      dataFigure: entry.ref,
      dataOffset: String(figure.position.offset),
      dataMarked: anchor ? 'true' : insideClaim ? 'inside-claim' : 'false',
    },
    [
      h('p', [anchor ? h('a', { href: `#${anchor}` }, place) : place, ' ', h('span', { className: ['cc-badge', verdictClass(notClaimVerdict)] }, 'not a claim')]),
      h('dl', [...row('As written', h('q', figure.text)), ...row('Why', notClaimReason), ...contextRows(figure)]),
      ...(anchor ? [] : [h('p.cc-note', unmarked)]),
    ],
  );
}

/** The repository as the reader named it: relative to `cwd` when inside it, else as given. */
function shownRepo(repo: string, cwd: string | undefined): string {
  if (cwd === undefined) return repo;
  const relative = path.relative(cwd, repo);
  return relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? repo : relative;
}

/** The headline's lead: "17 figures: " and the claims checked, "15 claims", which are set in bold. */
const headlineLeadRe = /^(?<figures>\d+ figures?: )(?<claims>\d+ claims?)/;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * The headline: the line every output leads with ("17 figures: 15 claims
 * checked (...), ..., 3 not claims"), the claims checked in bold; a result
 * that does not count figures (made before they were counted) keeps "N
 * claims checked (...) of M claims found".
 */
function headline(result: VerifyResult, checked: number, checkedParts: readonly string[], consistentNote: string): Array<ElementContent | string> {
  const claims = plural(checked, 'claim');
  if (typeof result.summary.figures === 'number') {
    const line = figuresLine(result);
    const lead = headlineLeadRe.exec(line);
    return lead?.groups ? [lead.groups.figures ?? '', h('strong', lead.groups.claims ?? ''), line.slice(lead[0].length)] : [line];
  }
  return [h('strong', claims), ` checked (${checkedParts.join(', ')})${consistentNote} of ${plural(result.summary.claims, 'claim')} found`];
}

/** Render `result` as one HTML page; `options.sources` gives each report's text. Pure: sorts copies. */
export function formatHtml(result: VerifyResult, options: FormatOptions = {}): string {
  const failing = failingVerdicts(options) as ReadonlySet<string>;
  const failList: Element[] = [];
  let unclaimedCount = 0;
  const sections = result.reports.map((report, index) => {
    const entries = entriesOf(report, index, failing);
    const source = options.sources?.get(report.file);
    const figures = report.error || source === undefined ? [] : unclaimedFigures(report.file, source, index);
    unclaimedCount += figures.length;
    const rendered = report.error || source === undefined ? undefined : renderReport(source, entries, figures);
    for (const entry of entries.filter((e) => e.failing)) {
      const anchor = rendered?.anchors.get(entry.ref) ?? `cc-d-${entry.ref}`;
      const first = entry.findings.find((finding) => failing.has(finding.verdict)) ?? entry.findings[0];
      failList.push(
        h('li', [
          h('a', { href: `#${anchor}`, dataRef: entry.ref }, [h('span.cc-loc', `${report.file}:${entry.claim.position.line}:${entry.claim.position.column}`)]),
          ' ',
          ...prose(first?.message ?? ''),
        ]),
      );
    }
    const head: ElementContent[] = [h('h2.cc-file', report.file)];
    if (report.measuredAt) head.push(h('p.cc-note', `Measured at commit ${report.measuredAt.commit.slice(0, 7)} (${report.measuredAt.date}).`));
    let body: ElementContent;
    if (report.error) body = h('p.cc-note', `Not verified: ${report.error}`);
    else if (!rendered) body = h('p.cc-note', 'The text of this report was not given to the page; its claims are listed below.');
    else body = rendered.body;
    const cards = entries.map((entry) => claimCard(entry, rendered?.anchors.get(entry.ref)));
    const list = h('details.cc-findings', rendered ? {} : { open: true }, [h('summary', `${plural(entries.length, 'claim')} in this report`), h('ol', cards)]);
    const figureCards = figures.map((entry) => figureCard(entry, rendered?.anchors.get(entry.ref), rendered?.insideClaims.has(entry.ref) ?? false));
    const figureList =
      figureCards.length > 0
        ? [h('details.cc-figures', [h('summary', `${plural(figureCards.length, 'figure')} no claim kind reads (not a claim)`), h('ol', figureCards)])]
        : [];
    return h('section.cc-report', { id: `cc-r${index}` }, [...head, body, ...(report.error ? [] : [list, ...figureList])]);
  });

  const tally: Record<string, unknown> = { ...result.summary };
  const counts = Object.entries(tally).filter((pair): pair is [string, number] => pair[0] !== 'claims' && pair[0] !== 'figures' && typeof pair[1] === 'number');
  const count = (verdict: string) => (typeof tally[verdict] === 'number' ? (tally[verdict] as number) : 0);
  const checked = checkedVerdicts.reduce((sum, verdict) => sum + count(verdict), 0);
  const checkedParts = checkedVerdicts.filter((verdict) => verdict in tally).map((verdict) => `${count(verdict)} ${verdict}`);
  const consistentNote = count('consistent') > 0 ? `, ${count('consistent')} consistent (adds up within the report; not measured)` : '';
  const state = count('contradicted') > 0 || count('error') > 0 ? 'contradicted' : checked > 0 ? 'confirmed' : 'none';
  const onlyContradictions = failing.size === 1 && failing.has('contradicted');
  const listTitle = onlyContradictions ? 'Contradictions' : 'Findings that fail the run';

  const header = h('header.cc-top', [
    h('h1', 'claimcheck review'),
    h('p.cc-meta', [`${plural(result.reports.length, 'report')} checked against `, h('code', shownRepo(result.repo, options.cwd)), options.version ? ` · claimcheck ${options.version}` : '']),
    h('p.cc-headline', { className: [verdictClass(state)], dataClaims: String(result.summary.claims), dataChecked: String(checked) }, headline(result, checked, checkedParts, consistentNote)),
    h('ul.cc-counts', [
      ...counts.map(([verdict, n]) => h('li', { className: ['cc-count', verdictClass(verdict)], dataVerdict: verdict, dataCount: String(n) }, `${n} ${verdict}`)),
      // The legend of the quiet marks: figures the page marked as no claim.
      ...(unclaimedCount > 0
        ? [h('li', { className: ['cc-count', verdictClass(notClaimVerdict)], dataVerdict: notClaimVerdict, dataCount: String(unclaimedCount) }, `${unclaimedCount} not a claim`)]
        : []),
    ]),
    h('p.cc-keys', [h('kbd', 'j'), ' ', h('kbd', 'k'), ' next, previous finding · ', h('kbd', 'n'), ' ', h('kbd', 'p'), ` next, previous of the ${listTitle.toLowerCase()} · `, h('kbd', 'Esc'), ' closes the detail']),
  ]);
  const side = h('nav.cc-side', { ariaLabel: listTitle }, [
    h('h2', `${listTitle} (${failList.length})`),
    failList.length > 0 ? h('ol.cc-failing', failList) : h('p.cc-note', 'None.'),
  ]);
  const title = `claimcheck review: ${result.reports.map((report) => report.file).join(', ')}`;
  const page: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'en' }, [
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          h('meta', { httpEquiv: 'Content-Security-Policy', content: pagePolicy }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('meta', { name: 'color-scheme', content: 'light dark' }),
          h('title', title),
          h('style', pageStyle),
        ]),
        h('body', [
          header,
          h('div.cc-layout', [h('main', sections), side]),
          h('div#cc-pop', { hidden: true, role: 'dialog', ariaLabel: 'Claim detail' }),
          h('script', pageScript),
        ]),
      ]),
    ],
  };
  return unified().use(rehypeStringify).stringify(page) + '\n';
}
