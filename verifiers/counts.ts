/**
 * Counts: things counted in structured files ("18 alert rules", "6 jobs",
 * "38 services in docker-compose.yml"), parsed with js-yaml or JSON. The
 * claim's noun picks the counter; a named file narrows it to that file.
 */
import path from 'node:path';
import type { Claim, Measurement, Outcome } from '../src/model.js';
import { measureEach } from '../src/measure/measure-each.js';
import type { RunContext, Verifier } from '../src/measure/verify-types.js';
import { candidatePatterns, counterOfNoun, countIn, counterNounSource, entryNounSource, type CounterId, type FileCount } from '../src/measure/counters.js';
import { findFiles } from '../src/measure/result-files.js';
import { readRepoText } from '../src/measure/repo-path.js';

/** Files parsed per counter when the claim names none; more are not read. */
const maxCandidates = 2000;
/** Candidate files larger than this are not parsed. */
const maxCandidateBytes = 4 * 1024 * 1024;

/** The noun at the end of a claim's text: "18 alert rules" → "alert rules". */
const nounAtEndRe = new RegExp(String.raw`(?:\d|\b)[\s-]*(?<noun>${counterNounSource}|${entryNounSource})\W*$`, 'i');

/** Counters whose items are whole files: one file alone is no other reading of them. */
const filesAreItems: ReadonlySet<CounterId> = new Set(['workflows', 'dashboards']);

interface Tally {
  /** Per file that is of the counter's kind: its count and other readings. */
  files: Array<{ file: string; count: number; alternatives: number[]; readings?: string[] }>;
  /** Files of the named pattern that were not of the counter's kind, and why. */
  rejected: string[];
}

/** Count `id` across every candidate file of the repository, once per run. */
function tallyRepo(id: CounterId, run: RunContext): Promise<Tally> {
  return run.once(`counts:${id}`, async () => {
    const files = (await findFiles(run.files, candidatePatterns[id])).slice(0, maxCandidates);
    const tally: Tally = { files: [], rejected: [] };
    for (const file of files) {
      const read = readRepoText(path.join(run.files.root, file), file, maxCandidateBytes);
      if (!read.ok) continue;
      const count = countIn(id, read.text, file);
      if (count.ok) tally.files.push({ file, count: count.count, alternatives: count.alternatives ?? [], ...(count.readings ? { readings: count.readings } : {}) });
      else tally.rejected.push(`${file} ${count.reason}`);
    }
    return tally;
  });
}

/** A file's other readings, each named when the counter names them; readings equal to the count are left out. */
function readingsOf(count: Extract<FileCount, { ok: true }>): Pick<Measurement, 'alternatives' | 'readings'> {
  const kept = (count.alternatives ?? []).map((value, i) => ({ value, name: count.readings?.[i + 1] })).filter((r) => r.value !== count.count);
  const unique = kept.filter((r, i) => kept.findIndex((o) => o.value === r.value) === i);
  if (unique.length === 0) return {};
  const named = count.readings !== undefined && unique.every((r) => r.name !== undefined);
  return { alternatives: unique.map((r) => r.value), ...(named ? { readings: [count.readings?.[0] ?? '', ...unique.map((r) => r.name ?? '')] } : {}) };
}

/** Characters that make a claim's path a glob: a component's manifest found by its folder's name (`**\/backend/package.json`). */
const globCharRe = /[*?{[]/;

/** Count `id` in the one file of glob `pattern` that is of the counter's kind; several are ambiguous. */
async function measureGlob(id: CounterId, pattern: string, run: RunContext): Promise<Outcome> {
  const files = (await findFiles(run.files, [pattern])).slice(0, maxCandidates);
  const counted: Array<{ file: string; count: Extract<FileCount, { ok: true }> }> = [];
  for (const file of files) {
    const read = readRepoText(path.join(run.files.root, file), file, maxCandidateBytes);
    if (!read.ok) continue;
    const count = countIn(id, read.text, file);
    if (count.ok) counted.push({ file, count });
  }
  const [only] = counted;
  if (only === undefined) return { kind: 'unverifiable', reason: `found no file matching \`${pattern}\` to count ${id} in` };
  if (counted.length > 1) return { kind: 'unverifiable', reason: `\`${pattern}\` matches ${counted.length} files: ${counted.slice(0, 5).map((c) => `\`${c.file}\``).join(', ')}` };
  return { kind: 'measured', measured: { value: only.count.count, source: `${id}: ${only.file}`, ...readingsOf(only.count) } };
}

async function measureOne(claim: Claim, run: RunContext, dir: string): Promise<Outcome> {
  const noun = nounAtEndRe.exec(claim.text)?.groups?.noun;
  const named = 'path' in claim.subject ? claim.subject.path : undefined;
  const fromCategory = 'category' in claim.subject ? claim.subject.category : undefined;
  const counter = noun ? counterOfNoun(noun, '', named !== undefined) : undefined;
  const id = (fromCategory as CounterId | undefined) ?? counter?.id;
  if (!id || !(id in candidatePatterns)) return { kind: 'unverifiable', reason: `no counter knows "${noun ?? claim.text}"` };

  if (named !== undefined && globCharRe.test(named)) return measureGlob(id, named, run);
  if (named !== undefined) {
    const resolution = await run.files.resolve(named, dir);
    if (!resolution.ok) return { kind: 'unverifiable', reason: resolution.message };
    const read = readRepoText(resolution.absolute, resolution.path);
    if (!read.ok) return { kind: 'unverifiable', reason: read.reason };
    const count = countIn(id, read.text, resolution.path);
    if (!count.ok) return { kind: 'unverifiable', reason: `\`${resolution.path}\` ${count.reason}` };
    return { kind: 'measured', measured: { value: count.count, source: `${id}: ${resolution.path}`, ...readingsOf(count) } };
  }

  const tally = await tallyRepo(id, run);
  if (tally.files.length === 0) {
    const what = counterOfNoun(noun ?? '', '', true)?.what ?? 'matching files';
    return { kind: 'unverifiable', reason: `found no ${what} to count ${id} in` };
  }
  const [single] = tally.files;
  // One file: its readings as the counter names them.
  if (tally.files.length === 1 && single) {
    return { kind: 'measured', measured: { value: single.count, source: `${id}: ${single.file}`, detail: { files: 1 }, ...readingsOf({ ok: true, ...single }) } };
  }
  const perFile = (pick: (f: Tally['files'][number]) => number) => tally.files.reduce((sum, f) => sum + pick(f), 0);
  const value = perFile((f) => f.count);
  // Other readings, each named: the same total with each file's alternative reading, and any single file
  // (a report may describe one of several copies).
  const readingsNamed: Array<[number, string]> = [];
  const widest = tally.files.reduce((n, f) => Math.max(n, f.alternatives.length), 0);
  for (let i = 0; i < widest; i++) {
    const label = tally.files.find((f) => f.readings?.[i + 1])?.readings?.[i + 1];
    readingsNamed.push([perFile((f) => f.alternatives[i] ?? f.count), `in ${tally.files.length} files${label ? `, ${label}` : ' (another reading)'}`]);
  }
  if (!filesAreItems.has(id)) for (const f of tally.files) readingsNamed.push([f.count, `in \`${f.file}\` alone`]);
  const others = readingsNamed.filter(([v], i) => v !== value && readingsNamed.findIndex(([o]) => o === v) === i);
  const shown = tally.files.slice(0, 5).map((f) => f.file).join(', ') + (tally.files.length > 5 ? ` and ${tally.files.length - 5} more` : '');
  return {
    kind: 'measured',
    measured: {
      value, source: `${id}: ${shown}`, detail: { files: tally.files.length },
      ...(others.length > 0 ? { alternatives: others.map(([v]) => v), readings: [`in ${tally.files.length} files`, ...others.map(([, n]) => n)] } : {}),
    },
  };
}

export default {
  id: 'counts',
  description: 'Counts of things in structured files: workflow jobs, Prometheus rules, Grafana panels, compose services, Kubernetes manifests, dependencies, scripts and workspaces of package manifests, CLI commands, Makefile targets, markdown list items and table rows.',
  kinds: ['count.items'],
  measure(claims, run, report) {
    return measureEach(claims, (claim) => measureOne(claim, run, report.dir));
  },
} satisfies Verifier;
