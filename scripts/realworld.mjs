#!/usr/bin/env node
// Scores claimcheck end to end on a folder of real reports checked by hand (reports, keys.json,
// SOURCES.tsv in the format of ../shared/realworld): each report is verified inside a clone of its
// repository at the commit it was written, and every key is a figure a reviewer checked. A
// "contradiction" key is flagged when a contradicted finding sits on its line; a "true" key is a false
// alarm when one does.
//
// The shared score.mjs reads only its own folder; this takes the folder as an argument so that
// fixtures/realworld (reports nobody tuned rules on) is scored the same way. Not part of `npm test`:
// the repositories come from git directories MIRRORS/OWNER+NAME/repo (default: ../.mirror beside the
// project), which a fresh machine does not have; a repository that is not there is skipped.
//
// Run from the project root after `npm run build`:
//   node scripts/realworld.mjs [FOLDER] [--verbose]      FOLDER defaults to ../shared/realworld (or ../../shared/realworld)
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const project = process.cwd();
const cli = path.join(project, 'bin', 'claimcheck.js');
if (!existsSync(cli)) { console.error('run this from the claimcheck project root'); process.exit(2); }
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
// the main checkout sits beside shared/, a worktree one level further down
const sharedSet = ['..', path.join('..', '..')].map((up) => path.resolve(project, up, 'shared', 'realworld')).find((p) => existsSync(p));
const folder = path.resolve(project, args.find((a) => !a.startsWith('--')) ?? sharedSet ?? path.join('..', 'shared', 'realworld'));
const mirrors = process.env.MIRRORS ?? path.resolve(project, '..', '.mirror');

const sources = readFileSync(path.join(folder, 'SOURCES.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
const keys = JSON.parse(readFileSync(path.join(folder, 'keys.json'), 'utf8'));

/** Verifies one report in a clone of its repository at `commit`; the findings, or null when the repository is absent. */
function findingsOf(work, file, repo, reportPath, commit) {
  const mirror = path.join(mirrors, repo.replace('/', '+'), 'repo');
  if (!existsSync(mirror)) return null;
  const dest = path.join(work, path.basename(file, '.md'));
  execFileSync('git', ['clone', '-q', '--no-checkout', mirror, dest]);
  // a snapshot may lack a large binary; the checkout of everything else is what counts
  spawnSync('git', ['-C', dest, '-c', 'core.hooksPath=/dev/null', 'checkout', '-q', commit], { stdio: 'ignore' });
  const report = path.join(dest, reportPath);
  mkdirSync(path.dirname(report), { recursive: true });
  copyFileSync(path.join(folder, file), report);
  const run = spawnSync('node', [cli, 'verify', report, '--repo', dest, '--no-exec', '--format', 'json'], { encoding: 'utf8', maxBuffer: 64e6 });
  try {
    return JSON.parse(run.stdout).reports.flatMap((r) => r.findings ?? []);
  } catch {
    console.log(`${file}: verify printed no JSON (${(run.stderr || '').split('\n')[0]})`);
    return [];
  }
}

const work = mkdtempSync(path.join(tmpdir(), 'realworld-'));
let want = 0, flagged = 0, trueKeys = 0;
const missed = [], falseAlarms = [], skipped = [];
try {
  for (const [file, repo, reportPath, commit] of sources) {
    const findings = findingsOf(work, file, repo, reportPath, commit);
    if (!findings) { skipped.push(repo); continue; }
    const contradictedLines = new Set(findings.filter((f) => f.verdict === 'contradicted').map((f) => f.claim?.position?.line));
    let w = 0, fl = 0, fa = 0;
    for (const k of keys.filter((key) => key.file === file)) {
      const hit = contradictedLines.has(k.line);
      if (k.kind === 'contradiction') { w++; if (hit) fl++; else missed.push(`${file}:${k.line} ${k.text}`); }
      else if (k.kind === 'true') { trueKeys++; if (hit) { fa++; falseAlarms.push(`${file}:${k.line} ${k.text}`); } }
    }
    want += w; flagged += fl;
    console.log(`${file}: flagged ${fl}/${w}${fa ? `, ${fa} false alarm(s)` : ''}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (verbose) { for (const m of missed) console.log(`  missed ${m}`); for (const f of falseAlarms) console.log(`  false alarm ${f}`); }
if (skipped.length) console.log(`no git directory, skipped: ${skipped.join(', ')}`);
console.log(`real reports: flagged ${flagged}/${want} false figures, ${falseAlarms.length} false alarms on ${trueKeys} true figures`);
