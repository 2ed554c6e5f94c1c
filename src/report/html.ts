/**
 * The `html` format: one self-contained review page. Each report is shown
 * rendered, every claim marked by its verdict where it stands in the text;
 * a mark opens the claim's card (what was read, the subject and tense, what
 * was measured, from where, and the message). A header gives the counts,
 * a side list the findings that fail the run.
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
import { failingVerdicts, inOrder, type FormatOptions } from './options.js';
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

/** A rendered report and where each claim's first mark is, by ref (absent: no mark). */
interface RenderedReport {
  body: Element;
  anchors: Map<string, string>;
}

/**
 * Marks are spans with a verdict each, their class named after it: figures
 * that are no claim can join as spans of their own (`not a claim`) once
 * results carry them, with nothing else to change.
 */
function renderReport(source: string, entries: readonly ClaimEntry[]): RenderedReport {
  const tree = renderMarkdown(source);
  const verdictOf = new Map(entries.map((entry) => [entry.ref, entry.verdict]));
  const spans: SourceSpan[] = entries
    .filter((entry) => entry.claim.position.offset >= 0 && entry.claim.position.offset < source.length)
    .map((entry) => ({ start: entry.claim.position.offset, end: spanEnd(source, entry.claim.position.offset, entry.claim.text), key: entry.ref }));
  const anchors = new Map<string, string>();
  markSpans(tree, source, spans, (keys, opens) => {
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
  return { body: h('article.cc-body', tree.children as ElementContent[]), anchors };
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

/** The repository as the reader named it: relative to `cwd` when inside it, else as given. */
function shownRepo(repo: string, cwd: string | undefined): string {
  if (cwd === undefined) return repo;
  const relative = path.relative(cwd, repo);
  return relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? repo : relative;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Render `result` as one HTML page; `options.sources` gives each report's text. Pure: sorts copies. */
export function formatHtml(result: VerifyResult, options: FormatOptions = {}): string {
  const failing = failingVerdicts(options) as ReadonlySet<string>;
  const failList: Element[] = [];
  const sections = result.reports.map((report, index) => {
    const entries = entriesOf(report, index, failing);
    const source = options.sources?.get(report.file);
    const rendered = report.error || source === undefined ? undefined : renderReport(source, entries);
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
    return h('section.cc-report', { id: `cc-r${index}` }, [...head, body, ...(report.error ? [] : [list])]);
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
    h('p.cc-headline', { className: [verdictClass(state)], dataClaims: String(result.summary.claims), dataChecked: String(checked) }, [
      h('strong', plural(checked, 'claim')),
      ` checked (${checkedParts.join(', ')})${consistentNote} of ${plural(result.summary.claims, 'claim')} found`,
    ]),
    h(
      'ul.cc-counts',
      counts.map(([verdict, n]) => h('li', { className: ['cc-count', verdictClass(verdict)], dataVerdict: verdict, dataCount: String(n) }, `${n} ${verdict}`)),
    ),
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
