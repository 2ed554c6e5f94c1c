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
import { extractMany } from '../dist/src/figures/parallel.js';
import { extractClaims } from '../dist/src/figures/extract.js';
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

// Repetitions alternate which side runs first; the median of each side is kept.
const cc = [];
const base = [];
let claims = 0;
let maxRss = 0;
for (let rep = 0; rep < reps; rep++) {
  const runCc = async () => {
    const run = await timed(() => extractMany(reports));
    cc.push(run);
    claims = run.value.reduce((sum, c) => sum + c.length, 0);
    // Peak RSS of claimcheck's path, taken before any bare parse ran.
    if (rep === 0) maxRss = process.resourceUsage().maxRSS * 1024;
  };
  const runBare = async () => {
    if (bare !== 'none') base.push(await timed(bareParse));
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
process.stdout.write(
  JSON.stringify({ reports: reports.length, bytes, claims, reps, claimcheck: per(cc), bare: bare === 'none' ? undefined : per(base), bareMode: bare, maxRss }) + '\n',
);
