import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatHtml, verdictClass } from '../../src/report/html.js';
import { markSpans, renderMarkdown, spanEnd } from '../../src/report/html-render.js';
import { pageScript, pageStyle } from '../../src/report/html-page.js';
import { figuresOf } from '../../src/commands/extract-all.js';
import { readReport } from '../../src/commands/claims.js';
import { figuresLine } from '../../src/report/options.js';
import type { Finding, Verdict, VerifyResult } from '../../src/model.js';
import { hostileReport, hostileResult, reviewPages, root, sampleReport, type RenderedPage } from '../helpers/review-page.js';

const page = reviewPages();

/** Parse a page; `pre` is parsed as elements too (node-html-parser keeps it as raw text by default). */
const parse = (html: string) => parseHtml(html, { blockTextElements: { script: true, style: true } });

/** Text as a reader sees it: entities decoded, backticks (kept in claim texts, shown as code) and spaces dropped. */
const seen = (text: string) => text.replace(/[`\s]/g, '');

/** The card of `finding`'s claim: same kind, same place. */
function cardOf(doc: HTMLElement, finding: Finding): HTMLElement | null {
  return doc.querySelector(`li.cc-claim[data-kind="${finding.claim.kind}"][data-offset="${finding.claim.position.offset}"]`);
}

/** Verdicts from worst to best, as the page marks a claim. */
const severity = ['contradicted', 'error', 'unverifiable', 'consistent', 'confirmed', 'skipped'];

describe('the review page of the sample report', () => {
  let rendered: RenderedPage;
  let doc: HTMLElement;
  let findings: Finding[];
  beforeAll(async () => {
    rendered = await page({ path: sampleReport });
    doc = parse(rendered.html);
    findings = rendered.json.reports.flatMap((report) => report.findings);
    // The sample gives every kind of mark something to show.
    expect(new Set(findings.map((f) => f.verdict))).toEqual(new Set(['confirmed', 'consistent', 'contradicted', 'skipped']));
  });

  it('marks every finding at the text of its claim, in the claim verdict colour', () => {
    const source = readFileSync(path.join(root, sampleReport), 'utf8');
    for (const finding of findings) {
      const where = `${finding.claim.kind} at ${finding.claim.position.line}:${finding.claim.position.column}`;
      const card = cardOf(doc, finding);
      expect(card, where).not.toBeNull();
      const ref = card?.getAttribute('data-ref') ?? '';
      const marks = doc.querySelectorAll('mark').filter((m) => (m.getAttribute('data-claims') ?? '').split(' ').includes(ref));
      expect(marks.length, where).toBeGreaterThan(0);
      expect(seen(marks.map((m) => m.text).join('')), where).toBe(seen(finding.claim.text));
      // The source at the claim's offset reads the same: the mark is this claim's place, not another "90%".
      expect(seen(source.slice(finding.claim.position.offset)).startsWith(seen(finding.claim.text).slice(0, 1)), where).toBe(true);
      expect(marks[0]?.getAttribute('id'), where).toBe(`cc-${ref}`);
      expect(marks[0]?.getAttribute('tabindex'), where).toBe('0');
      // A claim with several findings is marked by the worst of them.
      const worst = severity.find((verdict) => findings.some((f) => f.claim.id === finding.claim.id && f.verdict === verdict)) ?? finding.verdict;
      for (const mark of marks) expect(mark.classList.contains(verdictClass(worst)), where).toBe(true);
      expect(card?.querySelectorAll(`.cc-finding.${verdictClass(finding.verdict)}`).length, where).toBeGreaterThan(0);
    }
    // A mark is a claim's or a figure's that is no claim, never both; a claim mark names claim cards only.
    for (const mark of doc.querySelectorAll('mark')) expect(mark.hasAttribute('data-claims') !== mark.hasAttribute('data-figures'), mark.toString()).toBe(true);
    const marked = doc.querySelectorAll('mark[data-claims]').map((m) => m.getAttribute('data-claims') ?? '');
    expect(marked.every((refs) => refs.split(' ').every((ref) => doc.querySelector(`li.cc-claim#cc-d-${ref}`)))).toBe(true);
  });

  it('marks the right one of two equal figures: "90%" in the table is not the "90% coverage" target', () => {
    const cell = doc.querySelectorAll('td mark');
    expect(cell.map((m) => [m.text, m.getAttribute('data-verdict')])).toEqual([
      ['70%', 'confirmed'],
      ['90%', 'contradicted'],
    ]);
    const target = doc.querySelectorAll('p mark').find((m) => m.text === '90% coverage');
    expect(target?.getAttribute('data-verdict')).toBe('skipped');
  });

  it('heads the page with the counts of the JSON output', () => {
    const summary: Record<string, number> = { ...rendered.json.summary };
    const chips = doc.querySelectorAll('.cc-count');
    // Beside the verdicts, the figures no claim reads: the legend of their quiet marks.
    const unclaimed = rendered.json.reports.reduce((n, report) => n + (report.figures?.unclaimed ?? 0), 0);
    expect(unclaimed).toBeGreaterThan(0);
    expect(Object.fromEntries(chips.map((chip) => [chip.getAttribute('data-verdict'), Number(chip.getAttribute('data-count'))]))).toEqual({
      ...Object.fromEntries(Object.entries(summary).filter(([key]) => key !== 'claims' && key !== 'figures')),
      figure: unclaimed,
    });
    const headline = doc.querySelector('.cc-headline');
    expect(Number(headline?.getAttribute('data-claims'))).toBe(summary.claims);
    expect(Number(headline?.getAttribute('data-checked'))).toBe((summary.confirmed ?? 0) + (summary.contradicted ?? 0));
    // The line the text format leads with, its not-claims being the figures no claim reads and the skipped claims.
    const line = headline?.text ?? '';
    expect(line).toBe(figuresLine(rendered.json));
    // Its parts count figures, each once under the verdict that decides it.
    const byFigure = (verdict: Verdict) => rendered.json.reports.reduce((n, report) => n + (report.figures?.claimed?.[verdict] ?? 0), 0);
    const checked = byFigure('confirmed') + byFigure('contradicted');
    expect(headline?.querySelector('strong')?.text).toBe(`${checked} claims`);
    expect(line.startsWith(`${summary.figures} figures: ${checked} claims checked (${byFigure('confirmed')} confirmed, ${byFigure('contradicted')} contradicted)`)).toBe(true);
    expect(line).toContain(`, ${unclaimed + byFigure('skipped')} not claims`);
    // One card per claim, one finding block per finding.
    expect(doc.querySelectorAll('li.cc-claim').length).toBe(summary.claims);
    expect(doc.querySelectorAll('li.cc-claim .cc-finding').length).toBe(findings.length);
  });

  it('lists the contradictions, each linking to its mark', () => {
    // One entry per claim: a claim contradicted twice (by the repository and by its own arithmetic) is listed once.
    const contradicted = findings.filter((f, i) => f.verdict === 'contradicted' && findings.findIndex((g) => g.verdict === 'contradicted' && g.claim.id === f.claim.id) === i);
    const links = doc.querySelectorAll('.cc-failing a');
    expect(links.length).toBe(contradicted.length);
    for (const [i, finding] of contradicted.entries()) {
      const ref = cardOf(doc, finding)?.getAttribute('data-ref');
      const link = links[i];
      expect(link?.getAttribute('data-ref')).toBe(ref);
      expect(link?.text).toContain(`${sampleReport}:${finding.claim.position.line}:${finding.claim.position.column}`);
      const target = doc.querySelector(link?.getAttribute('href') ?? '#none');
      expect(target?.tagName).toBe('MARK');
      expect(target?.getAttribute('data-opens')?.split(' ')).toContain(ref);
    }
  });

  it('is self-contained: one inline style sheet and script, a policy that fetches nothing, no outside URL', () => {
    expect(doc.querySelectorAll('link, iframe, object, embed')).toHaveLength(0);
    expect(doc.querySelectorAll('script').map((s) => s.rawText)).toEqual([pageScript]);
    expect(doc.querySelectorAll('style').map((s) => s.rawText)).toEqual([pageStyle]);
    const policy = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
    expect(rendered.html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
  });
});

describe('a hostile report', () => {
  let rendered: RenderedPage;
  let doc: HTMLElement;
  beforeAll(async () => {
    rendered = await page({ text: hostileReport });
    doc = parse(rendered.html);
  });

  it('brings no script, event handler, frame, style or script URL into the page', () => {
    expect(doc.querySelectorAll('script').map((s) => s.rawText)).toEqual([pageScript]);
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    expect(doc.querySelectorAll('iframe, svg, object, embed, form, base, link')).toHaveLength(0);
    for (const element of doc.querySelectorAll('*')) {
      for (const [name, value] of Object.entries(element.attributes)) {
        expect(name.toLowerCase().startsWith('on'), `${element.tagName} ${name}`).toBe(false);
        expect(/^\s*(?:javascript|data|vbscript):/i.test(value), `${element.tagName} ${name}="${value}"`).toBe(false);
      }
    }
  });

  it('shows what the report wrote as text', () => {
    const body = doc.querySelector('article.cc-body');
    expect(body?.querySelectorAll('code').map((c) => c.text)).toContain('</script><script>window.__pwned = "code"</script>');
    expect(body?.querySelector('pre code')?.text).toContain('</code></pre><script>window.__pwned = "fence"</script>');
    expect(body?.text).toContain('<script>window.__pwned="escaped"</script>');
    expect(rendered.html).not.toContain('<script>window.__pwned');
  });

  it('keeps the sample claims marked beside it', () => {
    const marks = doc.querySelectorAll('mark');
    expect(marks.map((m) => m.getAttribute('data-verdict'))).toContain('confirmed');
  });
});

describe('a result holding markup in every field', () => {
  it('shows each field as text, and the page still has only its own script', () => {
    const { result, sources } = hostileResult();
    const html = formatHtml(result, { sources });
    const doc = parse(html);
    expect(doc.querySelectorAll('script').map((s) => s.rawText)).toEqual([pageScript]);
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    for (const element of doc.querySelectorAll('*')) {
      for (const name of Object.keys(element.attributes)) expect(name.toLowerCase().startsWith('on'), `${element.tagName} ${name}`).toBe(false);
    }
    expect(html).not.toContain('<script>window.__pwned');
    expect(doc.querySelector('title')?.text).toContain('</script><script>window.__pwned="field"</script>');
    // In the report the payload's tags are raw HTML, which is not shown: the mark covers what is.
    expect(doc.querySelectorAll('mark').map((m) => m.text).join('')).toBe('12 tests window.__pwned="field"');
    const card = doc.querySelector('li.cc-claim');
    expect(card?.classList.contains('cc-v-contradicted-onmouseover-window-pwned-verdict-')).toBe(true);
    expect(card?.text.split('window.__pwned="field"').length).toBeGreaterThan(8);
  });
});

describe('formatHtml', () => {
  const result = (verdict: string): VerifyResult => {
    const claim = {
      id: 'a1',
      kind: 'tests.passed' as const,
      subject: { scope: 'all' as const },
      value: 4,
      unit: 'count' as const,
      qualifier: 'exact' as const,
      precision: 0,
      tense: 'current' as const,
      text: '4 tests',
      position: { line: 1, column: 10, offset: 9 },
      context: { headings: [] },
    };
    const finding = { claim, verdict, message: 'adds up' } as unknown as Finding;
    const summary = { claims: 1, confirmed: 0, contradicted: 0, unverifiable: 0, skipped: 0, error: 0, [verdict]: 1 };
    return { version: 1, repo: '/repo', reports: [{ file: 'r.md', findings: [finding] }], summary };
  };

  it('gives a verdict it does not know a class named after it and the neutral look', () => {
    const doc = parse(formatHtml(result('consistent-ish'), { sources: new Map([['r.md', 'Passing: 4 tests.\n']]) }));
    const mark = doc.querySelector('mark');
    expect(mark?.text).toBe('4 tests');
    expect(mark?.classList.contains('cc-v-consistent-ish')).toBe(true);
    expect(pageStyle).not.toContain('.cc-v-consistent-ish');
    expect(doc.querySelector('.cc-count[data-verdict="consistent-ish"]')?.getAttribute('data-count')).toBe('1');
  });

  it('lists the claims of a report whose text it was not given, and marks nothing', () => {
    const doc = parse(formatHtml(result('confirmed'), {}));
    expect(doc.querySelectorAll('mark')).toHaveLength(0);
    expect(doc.querySelector('details.cc-findings')?.hasAttribute('open')).toBe(true);
    expect(doc.querySelectorAll('li.cc-claim')).toHaveLength(1);
    expect(doc.querySelector('.cc-report .cc-note')?.text).toContain('not given');
  });

  it('marks a figure no claim reads, unless it stands inside a claim, which is marked as that claim', () => {
    const source = 'Passing: 4 tests, 3 of them new.\n\nCoverage is 60% (2/3 components).\n\nWe met 5 people.\n';
    const read = readReport('r.md', source);
    const findings = read.claims.map((claim) => ({ claim, verdict: 'confirmed', message: 'measured' }) as unknown as Finding);
    const summary = { claims: findings.length, confirmed: findings.length, contradicted: 0, unverifiable: 0, skipped: 0, error: 0 };
    const given: VerifyResult = { version: 1, repo: '/repo', reports: [{ file: 'r.md', findings }], summary };
    const doc = parse(formatHtml(given, { sources: new Map([['r.md', source]]) }));
    // "Coverage is 60%" (coverage) and "60% (2/3 components)" (a ratio) overlap, so their marks come in pieces.
    expect(doc.querySelectorAll('mark[data-claims]').map((m) => m.text)).toEqual(['4 tests', 'Coverage is ', '60%', ' (2/3 components)']);
    expect(doc.querySelectorAll('mark[data-figures]').map((m) => m.text)).toEqual(['3', '5']);
    const cards = doc.querySelectorAll('li.cc-figure').map((card) => [card.querySelector('q')?.text, card.getAttribute('data-marked')]);
    expect(cards).toEqual([
      ['3', 'true'],
      ['2/3', 'inside-claim'],
      ['5', 'true'],
    ]);
    expect(doc.querySelector('li.cc-figure[data-marked="inside-claim"] .cc-note')?.text).toContain('inside the text of a claim');
    expect(doc.querySelector('.cc-count[data-verdict="figure"]')?.getAttribute('data-count')).toBe('3');
  });

  it('marks no figure, and heads with the claims found, when the text or the figure count is not there', () => {
    const doc = parse(formatHtml(result('confirmed'), {}));
    expect(doc.querySelectorAll('mark[data-figures], li.cc-figure, .cc-count[data-verdict="figure"]')).toHaveLength(0);
    expect(doc.querySelector('.cc-headline')?.text).toBe('1 claim checked (1 confirmed, 0 contradicted) of 1 claim found');
  });

  it('never changes the result', () => {
    const given = result('contradicted');
    const before = JSON.stringify(given);
    formatHtml(given, { sources: new Map([['r.md', 'Passing: 4 tests.\n']]) });
    expect(JSON.stringify(given)).toBe(before);
  });
});

describe('marks by source position', () => {
  const cases: Array<{ name: string; source: string; text: string; marked: string[] }> = [
    { name: 'plain text', source: 'We have 431 passing tests.\n', text: '431 passing tests', marked: ['431 passing tests'] },
    { name: 'across emphasis', source: '**431** passing tests\n', text: '431 passing tests', marked: ['431', ' passing tests'] },
    { name: 'inline code and its backticks', source: '- `a.sh` (90 lines)\n', text: '`a.sh` (90 lines', marked: ['a.sh', ' (90 lines'] },
    { name: 'an escape before the figure', source: 'Done \\* 5 tests\n', text: '5 tests', marked: ['5 tests'] },
    { name: 'an entity before the figure', source: 'A &amp; B: 7 tests\n', text: '7 tests', marked: ['7 tests'] },
    { name: 'a table cell', source: '| a | b |\n| - | - |\n| x | 70% |\n', text: '70%', marked: ['70%'] },
    { name: 'a plain-text code block', source: 'x\n\n```\nTests: 12 passed\n```\n', text: '12 passed', marked: ['12 passed'] },
    { name: 'an indented code block in a list', source: '- a\n\n  ```text\n  Total: 9 tests\n  ```\n', text: '9 tests', marked: ['9 tests'] },
    { name: 'front matter', source: '---\ntests: 3 passing\n---\n\nx\n', text: '3 passing', marked: ['3 passing'] },
    { name: 'after an emoji', source: '✅ 😀 8 tests\n', text: '8 tests', marked: ['8 tests'] },
  ];
  for (const { name, source, text, marked } of cases) {
    it(name, () => {
      // Claims start at their first character as written: the figure, or the backtick of a path.
      const start = source.indexOf(text[0] ?? '');
      const tree = renderMarkdown(source);
      const placed = markSpans(tree, source, [{ start, end: spanEnd(source, start, text), key: 'k' }], () => ({ className: ['m'] }));
      expect(placed).toEqual(new Set(['k']));
      const texts: string[] = [];
      const walk = (node: { type: string; tagName?: string; children?: unknown[] }) => {
        if (node.type === 'element' && node.tagName === 'mark') texts.push(((node.children?.[0] ?? {}) as { value?: string }).value ?? '');
        else for (const child of node.children ?? []) walk(child as typeof node);
      };
      walk(tree);
      expect(texts).toEqual(marked);
    });
  }

  it('marks nothing inside raw HTML, which is not shown', () => {
    const source = '<div>12 tests</div>\n\nok\n';
    const tree = renderMarkdown(source);
    expect(markSpans(tree, source, [{ start: 5, end: 13, key: 'k' }], () => ({}))).toEqual(new Set());
  });

  it('ends a span after the last character of the claim text, markup between included', () => {
    expect(spanEnd('**431** passing tests!', 2, '431 passing tests')).toBe(21);
    expect(spanEnd('`a.sh` (90 lines)', 0, '`a.sh` (90 lines')).toBe(16);
    // A character of the text that is not in the source (repaired mojibake) is passed over.
    expect(spanEnd('‚úÖ 5 tests', 0, '✅ 5 tests')).toBe(11);
  });
});
