// One extraction measurement in a fresh process, so its peak RSS is its own:
// claimcheck's extraction path (extractMany, as `claimcheck extract` runs it)
// and a bare remark parse of the same text, in this same process.
//   node bench/extract-child.mjs DIR BARE REPS
// BARE: `whole` (one parse per report), `sections` (one parse per section
// claimcheck cuts, for reports too large to parse whole in time) or `none`.
// Prints one JSON line.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { extractMany } from '../dist/src/commands/parallel.js';
import { extractClaims } from '../dist/src/commands/claims.js';
import { defaultSectionBytes } from '../dist/src/read/markdown.js';
import { sectionStarts } from '../dist/src/read/sections.js';

const [dir, bare = 'whole', repsArg = '1'] = process.argv.slice(2);
const reps = Number(repsArg);
const reports = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => ({ file: f, source: readFileSync(path.join(dir, f), 'utf8') }));
const bytes = reports.reduce((sum, r) => sum + Buffer.byteLength(r.source), 0);
const processor = unified().use(remarkParse).use(remarkGfm);

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
async function timed(fn) {
  const wall = performance.now();
  const cpu = cpuMs();
  const value = await fn();
  return { wall: performance.now() - wall, cpu: cpuMs() - cpu, value };
}

// Warm both paths up on a small report so neither pays the other's JIT start.
const warm = reports[0].source.slice(0, 20_000);
for (let i = 0; i < 3; i++) {
  processor.parse(warm);
  extractClaims('warm.md', warm);
}

function bareParse() {
  for (const report of reports) {
    if (bare === 'whole') processor.parse(report.source);
    else {
      const starts = sectionStarts(report.source, defaultSectionBytes);
      starts.push(report.source.length);
      for (let i = 0; i + 1 < starts.length; i++) processor.parse(report.source.slice(starts[i], starts[i + 1]));
    }
  }
}

// Repetitions alternate which side runs first; the median of each side is kept,
// and the median of each repetition's own ratio (its two sides ran back to back,
// so a burst of load from other processes falls on one pair, not on one side).
// With --expose-gc (run.mjs passes it) each side starts from a collected heap,
// so neither pays for the garbage the other left.
const collect = () => globalThis.gc?.();
const cc = [];
const base = [];
let claims = 0;
let maxRss = 0;
for (let rep = 0; rep < reps; rep++) {
  const runCc = async () => {
    collect();
    const run = await timed(() => extractMany(reports));
    claims = run.value.reduce((sum, c) => sum + c.length, 0);
    // The claims are counted, not kept: holding every repetition's would grow the heap both sides collect.
    cc.push({ wall: run.wall, cpu: run.cpu });
    // Peak RSS of claimcheck's path, taken before any bare parse ran.
    if (rep === 0) maxRss = process.resourceUsage().maxRSS * 1024;
  };
  const runBare = async () => {
    if (bare === 'none') return;
    collect();
    const run = await timed(bareParse);
    base.push({ wall: run.wall, cpu: run.cpu });
  };
  if (rep % 2 === 0) {
    await runCc();
    await runBare();
  } else {
    await runBare();
    await runCc();
  }
}
const median = (runs, key) => {
  const values = runs.map((r) => r[key]).sort((a, b) => a - b);
  return values[Math.floor((values.length - 1) / 2)];
};
const per = (runs) => ({ wall: median(runs, 'wall'), cpu: median(runs, 'cpu') });
/** Median over repetitions of claimcheck's time over the bare time of the same repetition. */
const paired = (key) => median(cc.map((run, i) => ({ r: run[key] / (base[i]?.[key] ?? NaN) })), 'r');
/** The quartiles of the repetitions' own wall ratios: how far one repetition's figure is from another's. */
const pairedSpread = () => {
  const ratios = cc.map((run, i) => run.wall / (base[i]?.wall ?? NaN)).sort((a, b) => a - b);
  const at = (q) => ratios[Math.round(q * (ratios.length - 1))];
  return [at(0.25), at(0.75)];
};
process.stdout.write(
  JSON.stringify({ reports: reports.length, bytes, claims, reps, claimcheck: per(cc), bare: bare === 'none' ? undefined : per(base), paired: bare === 'none' ? undefined : { wall: paired('wall'), cpu: paired('cpu'), spread: pairedSpread() }, bareMode: bare, maxRss }) + '\n',
);
