/**
 * Go coverprofiles (`go test -coverprofile`). Go measures statements in
 * blocks; its one figure ("coverage: 66.7% of statements") is what reports
 * quote as coverage, so it is given as statements and as lines. Paths are
 * import paths: the module path from go.mod is stripped when known.
 */
import type { CoverageReport, FileCoverage } from './types.js';

/** `mode: set|count|atomic`, the first line. */
const modeRe = /^mode:\s*(?<mode>set|count|atomic)\s*$/;
/** `example.com/m/pkg/file.go:3.24,3.40 1 4` — file, block, statements, hits. */
const blockRe = /^(?<file>.+):(?<block>\d+\.\d+,\d+\.\d+)\s+(?<statements>\d+)\s+(?<hits>\d+)$/;

/** Whether `text` starts like a coverprofile. */
export function isGoCoverprofile(text: string): boolean {
  return modeRe.test(text.split('\n', 1)[0]?.trim() ?? '');
}

/**
 * Parse a coverprofile; `source` names it in messages, `modulePath` (from
 * go.mod) is stripped from file paths. Blocks repeated by merged profiles
 * count once, covered if any copy ran, as `go tool cover` merges them.
 */
export function parseGoCoverprofile(text: string, source: string, modulePath?: string): CoverageReport {
  const lines = text.split(/\r?\n/);
  if (!modeRe.test(lines[0]?.trim() ?? '')) throw new Error('not a Go coverprofile: no "mode:" line');
  const blocks = new Map<string, Map<string, { statements: number; hits: number }>>();
  for (const raw of lines.slice(1)) {
    const m = blockRe.exec(raw.trim());
    if (!m?.groups) continue;
    const { file = '', block = '', statements = '0', hits = '0' } = m.groups;
    const byBlock = blocks.get(file) ?? new Map<string, { statements: number; hits: number }>();
    blocks.set(file, byBlock);
    const seen = byBlock.get(block);
    byBlock.set(block, { statements: Number(statements), hits: (seen?.hits ?? 0) + Number(hits) });
  }
  const prefix = modulePath ? modulePath.replace(/\/+$/, '') + '/' : undefined;
  const files: FileCoverage[] = [...blocks].map(([file, byBlock]) => {
    let covered = 0;
    let total = 0;
    for (const { statements, hits } of byBlock.values()) {
      total += statements;
      if (hits > 0) covered += statements;
    }
    const path = prefix && file.startsWith(prefix) ? file.slice(prefix.length) : file;
    return { path, lines: { covered, total }, statements: { covered, total } };
  });
  const covered = files.reduce((sum, f) => sum + f.lines.covered, 0);
  const total = files.reduce((sum, f) => sum + f.lines.total, 0);
  return { files, totals: { lines: { covered, total }, statements: { covered, total } }, source, producer: 'go' };
}

/** The module path declared by a go.mod file's text, if any. */
export function goModulePath(goMod: string): string | undefined {
  return /^\s*module\s+(?<path>\S+)/m.exec(goMod)?.groups?.path?.replace(/^"|"$/g, '');
}
