/**
 * Files: existence, line counts, sizes, modes and code at lines of the paths
 * a report names, and the number and total lines of sets of files ("10 BATS
 * test suites", "14 files in `scripts/`"), all resolved inside the repository.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { glob } from 'tinyglobby';
import type { Claim, Measurement, Outcome } from '../src/model.js';
import { measureEach } from '../src/measure-each.js';
import type { RunContext, Verifier } from '../src/verify-types.js';
import { ignoredFolders, readRepoText, type Resolution } from '../src/repo-path.js';
import { sizeScales } from '../src/sizes.js';
import { alternativesOf, directChildren, namedSets, splitGlob } from '../src/file-sets.js';
import { checkLineReference } from '../src/measure/line-reference.js';

/** Larger files are not read for a line count. */
const maxBytes = 64 * 1024 * 1024;
/** Sets larger than this are not line-counted. */
const maxSetFiles = 20000;

/** Lines as an editor counts them: newlines, plus one for a last line without one. */
export function countLines(absolute: string): number {
  const fd = openSync(absolute, 'r');
  try {
    const buffer = Buffer.alloc(1 << 16);
    let lines = 0;
    let last = 10;
    let read: number;
    while ((read = readSync(fd, buffer, 0, buffer.length, null)) > 0) {
      for (let i = 0; i < read; i++) if (buffer[i] === 10) lines++;
      last = buffer[read - 1] ?? 10;
    }
    return last === 10 ? lines : lines + 1;
  } finally {
    closeSync(fd);
  }
}

const measured = (value: Measurement['value'], source: string, extra: Partial<Measurement> = {}): Outcome => ({ kind: 'measured', measured: { value, source, ...extra } });

/** Files of a set glob (`scripts/**`, `**\/*.bats`), with the set's other reading (direct children only). */
async function listSet(written: string, run: RunContext, dir: string): Promise<{ ok: true; files: string[]; direct?: string[]; folder: string } | { ok: false; outcome: Outcome }> {
  const split = splitGlob(written);
  if (!split) return { ok: false, outcome: { kind: 'unverifiable', reason: `\`${written}\` is not a set of files` } };
  const folder = await run.files.resolveFolder(split.folder, dir);
  if (!folder.ok) {
    if (folder.reason === 'not found') return { ok: false, outcome: measured(0, folder.message) };
    return { ok: false, outcome: { kind: 'unverifiable', reason: folder.message } };
  }
  const list = (pattern: string) =>
    glob(alternativesOf(pattern), { cwd: folder.absolute, dot: false, onlyFiles: true, followSymbolicLinks: false, ignore: ignoredFolders, expandDirectories: false }).then((found) => found.sort());
  const files = await list(split.pattern);
  const childPattern = directChildren(split.pattern);
  const direct = childPattern ? await list(childPattern) : undefined;
  const prefix = folder.path === '' ? '' : folder.path + '/';
  return { ok: true, files: files.map((f) => prefix + f), folder: folder.path, ...(direct ? { direct: direct.map((f) => prefix + f) } : {}) };
}

async function measureSet(claim: Claim, written: string, run: RunContext, dir: string): Promise<Outcome> {
  const set = await listSet(written, run, dir);
  if (!set.ok) return set.outcome;
  const shownSet = 'category' in claim.subject ? claim.subject.category : `\`${written}\``;
  const where = `files: ${shownSet}${set.folder !== '' ? ` in \`${set.folder}\`` : ''}`;
  if (claim.kind === 'dir.files') {
    const alternatives = set.direct && set.direct.length !== set.files.length ? [set.direct.length] : [];
    return measured(set.files.length, where, alternatives.length > 0 ? { alternatives } : {});
  }
  // Total lines of the set; links that leave the repository are never read.
  const inside = set.files.filter((f) => run.files.contains(path.join(run.files.root, f)));
  if (inside.length > maxSetFiles) return { kind: 'unverifiable', reason: `\`${written}\` names ${inside.length} files; line totals stop at ${maxSetFiles}` };
  const linesOf = (files: readonly string[]) => files.reduce((sum, f) => {
    const absolute = path.join(run.files.root, f);
    return statSync(absolute).size > maxBytes ? sum : sum + countLines(absolute);
  }, 0);
  const total = linesOf(inside);
  const direct = set.direct?.filter((f) => inside.includes(f));
  const alternatives = direct && direct.length !== inside.length ? [linesOf(direct)] : [];
  return measured(total, `${where} (${inside.length} files)`, { detail: { files: inside.length }, ...(alternatives.length > 0 ? { alternatives } : {}) });
}

function notResolved(claim: Claim, resolution: Extract<Resolution, { ok: false }>, written: string): Outcome {
  // A missing file contradicts a claim about its content; a mode or size of a path
  // outside the repo (a deployed /etc file) is more often about a server than a mistake.
  if (resolution.reason === 'not found' && claim.kind !== 'file.mode') {
    return { kind: 'judged', verdict: 'contradicted', message: `claims a file \`${written}\`; ${resolution.message}`, measured: { value: false, source: 'files: repository' } };
  }
  return { kind: 'unverifiable', reason: resolution.message };
}

function measureMode(claim: Claim, absolute: string, shown: string): Outcome {
  const mode = statSync(absolute).mode;
  const octal = (mode & 0o777).toString(8).padStart(3, '0');
  const source = `file: ${shown} (mode ${octal})`;
  if (typeof claim.value === 'boolean') return measured((mode & 0o111) !== 0, source);
  return measured(octal, source);
}

function measureSize(claim: Claim, absolute: string, shown: string): Outcome {
  const scales = sizeScales(claim.text);
  if (!scales) return { kind: 'unverifiable', reason: `cannot tell the size unit of "${claim.text}"` };
  const bytes = statSync(absolute).size;
  const [first, ...others] = scales.scales.map((scale) => bytes / scale);
  return measured(first ?? bytes, `file: ${shown} is ${bytes} bytes; read in ${scales.unit} of ${scales.scales.join(' or ')} bytes`, {
    detail: { bytes },
    ...(others.length > 0 ? { alternatives: others } : {}),
  });
}

/**
 * A line reference: checked against the name or code beside it (the
 * definitions of the file, read by its parser; else the text of the lines).
 * That the lines exist confirms nothing.
 */
async function measureSnippet(claim: Claim, absolute: string, shown: string): Promise<Outcome> {
  const [from, to] = claim.range ?? [Number.NaN, Number.NaN];
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1 || to < from) return { kind: 'unverifiable', reason: 'names no line range' };
  const read = readRepoText(absolute, shown);
  if (!read.ok) return { kind: 'unverifiable', reason: read.reason };
  const named = typeof claim.value === 'string' ? claim.value : undefined;
  const check = await checkLineReference(read.text, shown, from, to, named);
  if (check.verdict === 'unverifiable') return { kind: 'unverifiable', reason: check.message };
  if (check.verdict !== 'text') {
    const value = check.found ? `${check.found.name} (${check.found.startLine}–${check.found.endLine})` : false;
    return { kind: 'judged', verdict: check.verdict, message: `${check.message} (${check.source})`, measured: { value, source: check.source } };
  }
  const found = check.found;
  const where = `file: ${shown}, lines ${from}–${to}`;
  switch (found.kind) {
    case 'past-end':
      return measured(typeof claim.value === 'string' ? `nothing: the file has ${found.lines} lines` : false, `file: ${shown} has ${found.lines} lines`);
    case 'present':
      return measured(claim.value, where);
    case 'elsewhere':
      return measured(`\`${String(claim.value)}\` at line ${found.line}, not at ${from}–${to}`, `file: ${shown}`, { detail: { line: found.line } });
    case 'absent':
      return measured(found.shown, where);
    case 'unreadable':
      return { kind: 'unverifiable', reason: found.reason };
  }
}

async function measureOne(claim: Claim, run: RunContext, dir: string): Promise<Outcome> {
  const named = 'category' in claim.subject ? namedSets[claim.subject.category] : undefined;
  if (named && (claim.kind === 'file.lines' || claim.kind === 'dir.files')) return measureSet(claim, named, run, dir);
  if (!('path' in claim.subject)) return { kind: 'unverifiable', reason: 'names no file' };
  const written = claim.subject.path;
  if (claim.kind === 'dir.files' || (claim.kind === 'file.lines' && splitGlob(written))) return measureSet(claim, written, run, dir);
  const resolution = await run.files.resolve(written, dir);
  if (claim.kind === 'file.exists') {
    if (resolution.ok) return measured(true, `file: ${resolution.path}`);
    if (resolution.reason === 'not found') return measured(false, resolution.message);
    return { kind: 'unverifiable', reason: resolution.message };
  }
  if (!resolution.ok) return notResolved(claim, resolution, written);
  const stat = statSync(resolution.absolute);
  if (!stat.isFile()) return { kind: 'unverifiable', reason: `\`${resolution.path}\` is not a regular file` };
  switch (claim.kind) {
    case 'file.mode':
      return measureMode(claim, resolution.absolute, resolution.path);
    case 'file.bytes':
      return measureSize(claim, resolution.absolute, resolution.path);
    case 'file.snippet':
      return measureSnippet(claim, resolution.absolute, resolution.path);
    default:
      if (stat.size > maxBytes) return { kind: 'unverifiable', reason: `\`${resolution.path}\` is larger than ${maxBytes / 1024 / 1024} MB` };
      return measured(countLines(resolution.absolute), `file: ${resolution.path}`);
  }
}

export default {
  id: 'files',
  description: 'Existence, line counts, sizes, modes and code at lines of files named in the report, and counts and line totals of sets of files, resolved inside the repository.',
  kinds: ['file.exists', 'file.lines', 'file.bytes', 'file.mode', 'file.snippet', 'dir.files'],
  measure(claims, run, report) {
    return measureEach(claims, (claim) => measureOne(claim, run, report.dir));
  },
} satisfies Verifier;
