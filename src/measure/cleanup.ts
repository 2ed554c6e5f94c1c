/**
 * What a run leaves on the machine while it works — the process groups of
 * the commands it runs, temporary git worktrees, temporary folders — and
 * taking all of it down at once when the run is interrupted (SIGINT,
 * SIGTERM). Everything here is synchronous: a signal handler cannot wait.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { killRunningGroups } from './runner.js';
import { removeWorktreesSync } from './worktree.js';

/** Temporary folders made by `makeTempFolder` and not yet removed. */
const folders = new Set<string>();

/** A new empty folder under the system's temp folder, named `<prefix>XXXXXX`; removed by `removeTempFolder` or `cleanUpNow`. */
export function makeTempFolder(prefix: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), prefix));
  folders.add(folder);
  return folder;
}

/** Remove `folder` (made by `makeTempFolder`) with everything in it. */
export function removeTempFolder(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
  folders.delete(folder);
}

/**
 * Take down everything a run under way has started, at once: kill the
 * process groups of running commands first (a test run inside a worktree
 * would go on in a deleted folder), then remove the temporary worktrees and
 * folders. For a host's SIGINT/SIGTERM handler, which then exits.
 */
export function cleanUpNow(): void {
  killRunningGroups();
  removeWorktreesSync();
  for (const folder of [...folders]) removeTempFolder(folder);
}
