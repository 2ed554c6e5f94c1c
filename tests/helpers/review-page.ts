/** The review page (`verify --format html`) as the CLI writes it, and a hostile report to render. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { run } from '../../src/commands/cli.js';
import type { Finding, VerifyResult } from '../../src/model.js';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const sampleRepo = path.join(root, 'fixtures/repos/sample');
export const sampleReport = 'fixtures/reports/sample.md';

/**
 * A report that tries every way into a page: raw script, event handler
 * attributes, `javascript:` and `data:` URLs, `</script>` in text and code,
 * a remote image, an iframe, a style sheet. Each script would set
 * `window.__pwned` or the title.
 */
export const hostileReport = [
  '# Hostile report <script>window.__pwned = "heading"; document.title = "pwned"</script>',
  '',
  '<script>window.__pwned = "raw"; document.title = "pwned"</script>',
  '',
  '<img src="x" onerror="window.__pwned = \'img\'; document.title = \'pwned\'">',
  '',
  '- `scripts/backup.sh` (90 lines) <img src=x onerror=window.__pwned=1>',
  '- `</script><script>window.__pwned="path"</script>.sh` \\<script>window.__pwned="escaped"\\</script>',
  '- [a link](javascript:window.__pwned=%22link%22) and [another](data:text/html,<script>window.__pwned=1</script>)',
  '- [html link](<javascript:document.title="pwned">) <a href="javascript:window.__pwned=1" onclick="window.__pwned=1">raw a</a>',
  '',
  'Inline `</script><script>window.__pwned = "code"</script>` and ![tracker](https://example.com/pixel.png "</script>")',
  '',
  '<iframe src="javascript:parent.__pwned=1"></iframe><style>body{display:none}</style>',
  '<svg onload="window.__pwned = \'svg\'"></svg><details open ontoggle="window.__pwned=\'toggle\'">x</details>',
  '',
  '```html',
  '</code></pre><script>window.__pwned = "fence"</script>',
  '```',
  '',
].join('\n');

export interface RenderedPage {
  /** The page's file (in a temporary folder removed after the calling test file). */
  file: string;
  html: string;
  /** `verify --format json` for the same report and repository. */
  json: VerifyResult;
  /** The temporary folder. */
  dir: string;
}

/** `pages(report?)`: render `report` (a path, or markdown text) against the sample repository with the CLI, in html and json. */
export function reviewPages(): (report: { path: string } | { text: string }) => Promise<RenderedPage> {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  return async (report) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-review-'));
    dirs.push(dir);
    let reportPath: string;
    if ('path' in report) reportPath = report.path;
    else {
      reportPath = path.join(dir, 'report.md');
      writeFileSync(reportPath, report.text);
    }
    const file = path.join(dir, 'review.html');
    const quiet = { cwd: root, stdout: () => {}, stderr: () => {} };
    await run(['verify', reportPath, '--repo', sampleRepo, '--format', 'html', '--output', file], quiet);
    let json = '';
    await run(['verify', reportPath, '--repo', sampleRepo, '--format', 'json'], { ...quiet, stdout: (text) => (json += text) });
    return { file, html: readFileSync(file, 'utf8'), json: JSON.parse(json) as VerifyResult, dir };
  };
}

/** Script that would run if any field of a result reached the page as markup. */
const payload = '</script><script>window.__pwned="field"</script><img src=x onerror="window.__pwned=\'field\'">';

/**
 * A result whose every field a report or a repository can shape holds
 * `payload`: the report's name and text, the claim as written, its subject,
 * the measured value and source, the message, even the verdict. The
 * pipeline would not give these; the formatter must not trust that.
 */
export function hostileResult(): { result: VerifyResult; sources: Map<string, string> } {
  const file = `docs/${payload}.md`;
  const text = `12 tests ${payload}`;
  const source = `# Status\n\nWe have ${text}\n`;
  const finding = {
    claim: {
      id: payload,
      kind: 'tests.total',
      subject: { path: payload },
      value: 12,
      unit: 'count',
      qualifier: 'exact',
      precision: 0,
      tense: 'current',
      tenseReason: payload,
      text,
      position: { line: 3, column: 9, offset: source.indexOf(text) },
      context: { headings: [payload] },
    },
    verdict: `contradicted" onmouseover="window.__pwned='verdict'`,
    measured: { value: payload, source: `javascript:${payload}`, detail: { [payload]: payload } },
    message: `claims \`${payload}\`; ${payload}`,
    verifier: payload,
  } as unknown as Finding;
  const counts = { confirmed: 0, contradicted: 1, unverifiable: 0, skipped: 0, error: 0 };
  return {
    result: { version: 1, repo: payload, reports: [{ file, findings: [finding] }], summary: { claims: 1, ...counts } },
    sources: new Map([[file, source]]),
  };
}
