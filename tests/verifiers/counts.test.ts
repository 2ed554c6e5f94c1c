import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify } from '../../src/commands/pipeline.js';

let repo: string;

/** Real-world-shaped files: a Prometheus rules file with groups, a multi-job workflow, a compose file, a dashboard with nested rows. */
const files: Record<string, string> = {
  'deploy/prometheus/rules/alerts.yml': `groups:
  - name: availability
    rules:
      - alert: InstanceDown
        expr: up == 0
        for: 5m
        labels: { severity: critical }
        annotations: { summary: "Instance {{ $labels.instance }} down" }
      - alert: HighErrorRate
        expr: sum(rate(http_requests_total{code=~"5.."}[5m])) / sum(rate(http_requests_total[5m])) > 0.05
        for: 10m
  - name: saturation
    rules:
      - record: job:cpu:avg
        expr: avg by (job) (rate(process_cpu_seconds_total[5m]))
      - alert: DiskFull
        expr: node_filesystem_avail_bytes / node_filesystem_size_bytes < 0.1
`,
  '.github/workflows/ci.yml': `name: CI
on:
  push: { branches: [main] }
  pull_request:
jobs:
  lint:
    runs-on: ubuntu-latest
    steps: [{ uses: actions/checkout@v4 }, { run: npm run lint }]
  test:
    runs-on: ubuntu-latest
    needs: lint
    strategy: { matrix: { node: [18, 20] } }
    steps: [{ uses: actions/checkout@v4 }, { run: npm test }]
  build:
    runs-on: ubuntu-latest
    needs: test
    steps: [{ run: npm run build }]
`,
  '.github/workflows/release.yml': `name: Release
on: { push: { tags: ['v*'] } }
jobs:
  publish:
    runs-on: ubuntu-latest
    steps: [{ run: npm publish }]
`,
  'docker-compose.yml': `services:
  api:
    image: example/api:1.0
    depends_on: [db, cache]
  db:
    image: postgres:16
    volumes: [db-data:/var/lib/postgresql/data]
  cache:
    image: redis:7
volumes:
  db-data: {}
`,
  'observability/dashboards/golden-signals.json': JSON.stringify({
    title: 'Golden signals',
    schemaVersion: 39,
    panels: [
      { type: 'timeseries', title: 'Request rate' },
      { type: 'row', title: 'Errors', collapsed: true, panels: [{ type: 'timeseries', title: 'Error rate' }, { type: 'stat', title: '5xx' }] },
      { type: 'row', title: 'Latency', collapsed: false },
      { type: 'heatmap', title: 'Latency' },
    ],
  }),
  'deploy/k8s/app.yaml': `apiVersion: apps/v1
kind: Deployment
metadata: { name: app }
---
apiVersion: v1
kind: Service
metadata: { name: app }
`,
  'package.json': JSON.stringify({ name: 'x', scripts: { build: 'tsc', test: 'vitest', lint: 'eslint .' }, dependencies: { a: '1', b: '1' }, devDependencies: { c: '1' } }),
  Makefile: '.PHONY: build test\nVERSION := 1.0\nbuild: deps\n\tgo build ./...\ntest:\n\tgo test ./...\ndeps:\n\tgo mod download\n%.o: %.c\n\tcc -c $<\n',
  'docs/CHECKLIST.md': '# Checklist\n\n- [x] one\n- [x] two\n  - nested\n- [ ] three\n\n| Check | State |\n| --- | --- |\n| a | ok |\n| b | ok |\n',
  'docs/notes.txt': 'not structured\n',
};

/** Each line of the report and the verdict of its count claim. */
const cases: Array<[string, string]> = [
  ['- Prometheus: 3 alert rules in 2 rule groups', 'confirmed'],
  ['- Prometheus: 5 alert rules', 'contradicted'],
  ['- `deploy/prometheus/rules/alerts.yml` (1 recording rule)', 'confirmed'],
  ['- `deploy/prometheus/rules/alerts.yml` (4 recording rules)', 'contradicted'],
  ['- CI: a 3-job GitHub Actions workflow', 'confirmed'], // ci.yml alone
  ['- CI: a 6-job GitHub Actions workflow', 'contradicted'],
  ['- 2 GitHub Actions workflows', 'confirmed'],
  ['- 38 services in docker-compose.yml', 'contradicted'],
  ['- 3 services in docker-compose.yml', 'confirmed'],
  ['- **Dashboard:** `observability/dashboards/golden-signals.json` (4 panels)', 'confirmed'], // nested panels, rows not counted
  ['- **Dashboard:** `observability/dashboards/golden-signals.json` (8 panels)', 'contradicted'],
  ['- 1 Grafana dashboard', 'confirmed'],
  ['- 2 Kubernetes manifests', 'confirmed'],
  ['- 3 Kubernetes manifests', 'contradicted'],
  ['- `package.json` defines 3 npm scripts', 'confirmed'],
  ['- `package.json` has 2 dependencies', 'confirmed'],
  ['- `package.json` has 5 dependencies', 'contradicted'],
  ['- 3 Makefile targets', 'confirmed'],
  ['- 5 Makefile targets', 'contradicted'],
  ['- `docs/CHECKLIST.md` lists 4 items', 'confirmed'],
  ['- `docs/CHECKLIST.md` has 2 table rows', 'confirmed'],
  ['- `docs/CHECKLIST.md` has 7 table rows', 'contradicted'],
  ['- `docs/notes.txt` (3 alert rules)', 'unverifiable'], // not a rules file
];

beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'claimcheck-counts-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    writeFileSync(path.join(repo, file), text);
  }
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('counts verifier', () => {
  it('counts parsed things and gives each claim its verdict', async () => {
    const report = path.join(repo, 'REPORT.md');
    writeFileSync(report, cases.map(([line]) => line).join('\n\n') + '\n');
    const result = await verify({ reports: [report], repo, cwd: repo, checks: ['counts'] });
    const findings = result.reports[0]!.findings.filter((f) => f.claim.kind === 'count.items');
    cases.forEach(([line, verdict], i) => {
      const here = findings.filter((f) => f.claim.position.line === i * 2 + 1);
      expect(here.length, line).toBeGreaterThan(0);
      for (const f of here) expect(`${f.verdict}: ${f.message}`, line).toContain(`${verdict}: `);
    });
    // "3 alert rules in 2 rule groups" is two claims, both measured.
    expect(findings.filter((f) => f.claim.position.line === 1).map((f) => f.measured?.value)).toEqual([3, 2]);
    // Messages name what was counted as the report does.
    expect(findings.find((f) => f.claim.position.line === 3)?.message).toMatch(/^claims 5 alert rules; measured 3 /);
  });

  it('leaves a claim no counter can find files for unverifiable', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'claimcheck-counts-empty-'));
    try {
      const report = path.join(empty, 'REPORT.md');
      writeFileSync(report, '- Prometheus: 18 alert rules\n');
      const result = await verify({ reports: [report], repo: empty, cwd: empty, checks: ['counts'] });
      expect(result.reports[0]!.findings.map((f) => f.verdict)).toEqual(['unverifiable']);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
