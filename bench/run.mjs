#!/usr/bin/env node
// claimcheck's benchmark: `npm run bench` (builds first). Measures in one run,
// side by side, and prints ratios:
// - extraction over generated corpora (1, 10, 100, 1,000 reports; single
//   reports of 100 KB, 1 MB and 10 MB) against a bare remark parse of the same
//   text in the same process;
// - verification of a fixture report against a fixture project, against the
//   project's bare test command run alone;
// - scaling: time and peak RSS as the corpus grows, with fitted exponents;
// - start-up time of `claimcheck --version`.
// `--check` compares the ratios with bench/baseline.json and exits 1 when one
// got more than 20% worse; `--write-baseline` records this run's as the baseline.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, freemem, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusSections, generateReport, largeReport } from './corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const check = args.includes('--check');
const writeBaseline = args.includes('--write-baseline');
const baselineFile = path.join(root, 'bench/baseline.json');
const tolerance = 1.2;
const started = performance.now();

const log = (line = '') => process.stdout.write(line + '\n');
const mb = (bytes) => bytes / 1e6;
const fixed = (x, digits = 2) => (x === undefined || Number.isNaN(x) ? '-' : x.toFixed(digits));
const pad = (s, n) => String(s).padStart(n);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** Least-squares slope of log(y) over log(x): the exponent of y ∝ x^k. */
function exponent(points) {
  const xs = points.map(([x]) => Math.log(x));
  const ys = points.map(([, y]) => Math.log(y));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * ((ys[i] ?? 0) - my);
    den += (x - mx) ** 2;
  });
  return num / den;
}

function machine() {
  const free = spawnSync('free', ['-h'], { encoding: 'utf8' }).stdout.split('\n')[1]?.trim().replace(/\s+/g, ' ') ?? '';
  return {
    nproc: availableParallelism(),
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB total, ${(freemem() / 2 ** 30).toFixed(1)} GiB free (free -h: ${free})`,
    cpu: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    load: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
  };
}

// ---------------------------------------------------------------- corpora
const work = mkdtempSync(path.join(tmpdir(), 'claimcheck-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const sections = corpusSections(path.join(root, 'fixtures/corpus'));

function corpusDir(name, reports) {
  const dir = path.join(work, name);
  mkdirSync(dir);
  reports.forEach((text, i) => writeFileSync(path.join(dir, `report-${String(i).padStart(4, '0')}.md`), text));
  return dir;
}

/** Extraction cases: the corpus, repetitions (small ones repeat for a stable figure) and how the bare parse reads it. */
const cases = [
  { name: '1 report', reports: 1, reps: 61, bare: 'whole' },
  { name: '10 reports', reports: 10, reps: 21, bare: 'whole' },
  { name: '100 reports', reports: 100, reps: 15, bare: 'whole' },
  { name: '1,000 reports', reports: 1000, reps: 1, bare: 'whole' },
  { name: '1 report, 100 KB', bytes: 100_000, reps: 3, bare: 'whole' },
  { name: '1 report, 1 MB', bytes: 1_000_000, reps: 1, bare: 'whole' },
  // A whole bare parse of 10 MB takes many minutes (it is quadratic); the
  // bare side parses the sections claimcheck cuts, one by one.
  { name: '1 report, 10 MB', bytes: 10_000_000, reps: 1, bare: 'sections' },
];
for (const [i, c] of cases.entries()) {
  const texts = c.reports ? Array.from({ length: c.reports }, (_, n) => generateReport(sections, n)) : [largeReport(sections, c.bytes, i)];
  c.dir = corpusDir(`case-${i}`, texts);
}

// ---------------------------------------------------------------- build check
if (spawnSync('node', ['-e', "import('./dist/src/commands/parallel.js')"], { cwd: root }).status !== 0) {
  log('claimcheck is not built: run `npm run bench` (it runs tsc first)');
  process.exit(2);
}

const m = machine();
log(`claimcheck benchmark — ${m.nproc} cores (${m.cpu}), ${m.memory}, Node ${m.node}, load average ${m.load}`);
log();

// ---------------------------------------------------------------- extraction
log('Extraction: claimcheck (extractMany, the `claimcheck extract` path) against a bare unified().use(remarkParse).use(remarkGfm).parse(), same text, same process');
log('ratio = claimcheck time / bare time (wall; cpu = user+system of all threads); median over the repetitions');
log('paired = median over the repetitions of each one\'s own wall ratio (its two sides ran back to back; steadier on a loaded machine)');
log('quartiles = the middle half of those per-repetition ratios: a bound is clearly met when the upper quartile meets it');
log(`${'corpus'.padEnd(18)} ${pad('MB', 7)} ${pad('claims', 7)} ${pad('bare MB/s', 10)} ${pad('cc MB/s', 8)} ${pad('claims/s', 9)} ${pad('ratio', 6)} ${pad('paired', 6)} ${pad('quartiles', 11)} ${pad('cpu', 6)} ${pad('peak RSS', 9)}  bare parse`);
const results = {};
for (const c of cases) {
  const child = spawnSync('node', ['--expose-gc', path.join(root, 'bench/extract-child.mjs'), c.dir, c.bare, String(c.reps)], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (child.status !== 0) {
    log(`${c.name}: the measurement failed:\n${child.stderr}`);
    process.exit(2);
  }
  const r = JSON.parse(child.stdout.trim().split('\n').pop());
  r.name = c.name;
  r.ratio = r.claimcheck.wall / r.bare.wall;
  r.cpuRatio = r.claimcheck.cpu / r.bare.cpu;
  results[c.name] = r;
  log(
    `${c.name.padEnd(18)} ${pad(fixed(mb(r.bytes), 3), 7)} ${pad(r.claims, 7)} ${pad(fixed(mb(r.bytes) / (r.bare.wall / 1000), 3), 10)} ${pad(fixed(mb(r.bytes) / (r.claimcheck.wall / 1000), 3), 8)} ${pad(Math.round(r.claims / (r.claimcheck.wall / 1000)), 9)} ${pad(fixed(r.ratio), 6)} ${pad(fixed(r.paired?.wall), 6)} ${pad(r.paired ? `${fixed(r.paired.spread[0])}–${fixed(r.paired.spread[1])}` : '-', 11)} ${pad(fixed(r.cpuRatio), 6)} ${pad(fixed(r.maxRss / 2 ** 20, 0) + ' MB', 9)}  ${r.bareMode === 'whole' ? 'whole' : 'by section'}`,
  );
}
log();

// ---------------------------------------------------------------- scaling
const corpusPoints = ['10 reports', '100 reports', '1,000 reports'].map((n) => results[n]);
const singlePoints = ['1 report, 100 KB', '1 report, 1 MB', '1 report, 10 MB'].map((n) => results[n]);
const bareWholePoints = ['1 report, 100 KB', '1 report, 1 MB'].map((n) => results[n]);
const base = results['1 report'].maxRss;
const scaling = {
  'corpus time': exponent(corpusPoints.map((r) => [r.bytes, r.claimcheck.cpu])),
  'corpus peak RSS above 1 report': exponent(corpusPoints.map((r) => [r.bytes, Math.max(r.maxRss - base, 1)])),
  'single report time': exponent(singlePoints.map((r) => [r.bytes, r.claimcheck.cpu])),
  'single report peak RSS above 1 report': exponent(singlePoints.map((r) => [r.bytes, Math.max(r.maxRss - base, 1)])),
  'bare remark, single report, whole': exponent(bareWholePoints.map((r) => [r.bytes, r.bare.cpu])),
};
log('Scaling: fitted exponent k of cost ∝ size^k (1 = linear), claimcheck cpu time and peak RSS');
for (const [name, k] of Object.entries(scaling)) log(`  ${name.padEnd(40)} k = ${fixed(k)}`);
log(`  ${'peak RSS per case'.padEnd(40)} ${Object.values(results).map((r) => `${r.name}: ${fixed(r.maxRss / 2 ** 20, 0)} MB`).join(', ')}`);
log();

// ---------------------------------------------------------------- verification
const bin = path.join(root, 'bin/claimcheck.js');
function fixtureProject(copies) {
  const dir = mkdtempSync(path.join(work, 'project-'));
  cpSync(path.join(root, 'fixtures/repos/sample'), dir, { recursive: true });
  cpSync(path.join(root, 'fixtures/reports/sample.md'), path.join(dir, 'REPORT.md'));
  writeFileSync(path.join(dir, 'claimcheck.yaml'), 'tests:\n  - run: node --test tests/\n');
  const suite = readFileSync(path.join(dir, 'tests/calc.test.mjs'), 'utf8');
  for (let i = 1; i < copies; i++) writeFileSync(path.join(dir, `tests/calc-${i}.test.mjs`), suite);
  return dir;
}
function wall(command, argv, cwd) {
  const t = performance.now();
  const run = spawnSync(command, argv, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { ms: performance.now() - t, status: run.status, stdout: run.stdout };
}
log('Verification: `claimcheck verify REPORT.md` (fixtures/reports/sample.md in a copy of fixtures/repos/sample, tests run');
log('through claimcheck.yaml `tests[].run: node --test tests/`) against `node --test tests/` alone; median of interleaved runs');
log(`${'project'.padEnd(30)} ${pad('bare ms', 8)} ${pad('verify ms', 10)} ${pad('overhead ms', 12)} ${pad('ratio', 6)}`);
const verification = {};
for (const [name, copies, reps] of [
  ['sample (1 test file)', 1, 7],
  ['sample ×40 test files', 40, 3],
]) {
  const dir = fixtureProject(copies);
  const bare = [];
  const cc = [];
  let findings = 0;
  for (let i = 0; i < reps; i++) {
    bare.push(wall('node', ['--test', 'tests/'], dir).ms);
    const run = wall('node', [bin, 'verify', 'REPORT.md', '--repo', dir, '--format', 'json'], dir);
    if (run.status === 2) {
      log(`claimcheck verify failed in ${dir}`);
      process.exit(2);
    }
    findings = JSON.parse(run.stdout).reports[0].findings.length;
    cc.push(run.ms);
  }
  const r = { bare: median(bare), claimcheck: median(cc), findings };
  r.ratio = r.claimcheck / r.bare;
  verification[name] = r;
  log(`${name.padEnd(30)} ${pad(fixed(r.bare, 0), 8)} ${pad(fixed(r.claimcheck, 0), 10)} ${pad(fixed(r.claimcheck - r.bare, 0), 12)} ${pad(fixed(r.ratio), 6)}   (${findings} findings)`);
}
log();

// ---------------------------------------------------------------- start-up
const versionRuns = [];
const nodeRuns = [];
for (let i = 0; i < 11; i++) {
  nodeRuns.push(wall('node', ['-e', '0'], root).ms);
  versionRuns.push(wall('node', [bin, '--version'], root).ms);
}
const startup = { version: median(versionRuns), node: median(nodeRuns) };
log(`Start-up: \`claimcheck --version\` ${fixed(startup.version, 0)} ms (median of 11; \`node -e 0\` alone: ${fixed(startup.node, 0)} ms)`);
log();

// ---------------------------------------------------------------- bounds
const bounds = [
  ...Object.values(results).map((r) => [`extraction ${r.name} within 1.3× of bare remark`, r.ratio <= 1.3, `${fixed(r.ratio)}×`]),
  ['extraction linear in corpus size (k ≤ 1.1)', scaling['corpus time'] <= 1.1, `k = ${fixed(scaling['corpus time'])}`],
  ['extraction linear in report size (k ≤ 1.1)', scaling['single report time'] <= 1.1, `k = ${fixed(scaling['single report time'])}`],
  ...Object.entries(verification).map(([name, r]) => [`verification ${name} within 1.05× of the bare test command`, r.ratio <= 1.05, `${fixed(r.ratio)}× (+${fixed(r.claimcheck - r.bare, 0)} ms)`]),
  ['`claimcheck --version` under 150 ms', startup.version < 150, `${fixed(startup.version, 0)} ms`],
];
log('Bounds');
for (const [name, ok, figure] of bounds) log(`  ${ok ? 'met    ' : 'NOT MET'} ${name}: ${figure}`);
log();

// ---------------------------------------------------------------- regression guard
/** The figures the guard compares; each is lower-is-better. */
const guarded = {
  ...Object.fromEntries(Object.values(results).map((r) => [`extraction cpu ratio: ${r.name}`, r.cpuRatio])),
  ...Object.fromEntries(Object.entries(verification).map(([name, r]) => [`verification ratio: ${name}`, r.ratio])),
  'exponent: corpus time': scaling['corpus time'],
  'exponent: single report time': scaling['single report time'],
};
const seconds = (performance.now() - started) / 1000;
if (writeBaseline) {
  const record = { machine: m, date: new Date().toISOString().slice(0, 10), seconds: Math.round(seconds), ratios: guarded };
  writeFileSync(baselineFile, JSON.stringify(record, null, 2) + '\n');
  log(`Baseline written to bench/baseline.json`);
}
let status = 0;
if (check) {
  const baseline = JSON.parse(readFileSync(baselineFile, 'utf8'));
  log(`Regression guard: against bench/baseline.json (${baseline.date}); fails on a ratio more than ${Math.round((tolerance - 1) * 100)}% worse`);
  for (const [name, before] of Object.entries(baseline.ratios)) {
    const now = guarded[name];
    const worse = now === undefined || now > before * tolerance;
    if (worse) status = 1;
    log(`  ${worse ? 'WORSE' : 'ok   '} ${name.padEnd(52)} baseline ${fixed(before)}  now ${fixed(now)}`);
  }
}
log(`Bench took ${fixed(seconds, 0)} s.`);
process.exitCode = status;
