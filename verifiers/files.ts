/** Files: existence and line counts of the paths a report names. */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { Claim, Outcome } from '../src/model.js';
import type { Verifier } from '../src/verify-types.js';

/** Larger files are not read for a line count. */
const maxBytes = 64 * 1024 * 1024;

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

async function measureOne(claim: Claim, run: Parameters<Verifier['measure']>[1], dir: string): Promise<Outcome> {
  if (!('path' in claim.subject)) return { kind: 'unverifiable', reason: 'names no file' };
  const resolution = await run.files.resolve(claim.subject.path, dir);
  if (claim.kind === 'file.exists') {
    if (resolution.ok) return { kind: 'measured', measured: { value: true, source: `file: ${resolution.path}` } };
    if (resolution.reason === 'not found') return { kind: 'measured', measured: { value: false, source: resolution.message } };
    return { kind: 'unverifiable', reason: resolution.message };
  }
  if (!resolution.ok) {
    if (resolution.reason === 'not found') {
      return { kind: 'judged', verdict: 'contradicted', message: `claims a file \`${claim.subject.path}\`; ${resolution.message}`, measured: { value: false, source: 'files: repository' } };
    }
    return { kind: 'unverifiable', reason: resolution.message };
  }
  const stat = statSync(resolution.absolute);
  if (!stat.isFile()) return { kind: 'unverifiable', reason: `\`${resolution.path}\` is not a regular file` };
  if (stat.size > maxBytes) return { kind: 'unverifiable', reason: `\`${resolution.path}\` is larger than ${maxBytes / 1024 / 1024} MB` };
  return { kind: 'measured', measured: { value: countLines(resolution.absolute), source: `file: ${resolution.path}` } };
}

export default {
  id: 'files',
  description: 'Existence and line counts of files named in the report, resolved inside the repository.',
  kinds: ['file.exists', 'file.lines'],
  async measure(claims, run, report) {
    const outcomes: Outcome[] = [];
    for (const claim of claims) {
      try {
        outcomes.push(await measureOne(claim, run, report.dir));
      } catch (error) {
        outcomes.push({ kind: 'error', reason: error instanceof Error ? error.message : String(error) });
      }
    }
    return outcomes;
  },
} satisfies Verifier;
