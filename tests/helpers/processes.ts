/** Process checks for tests that kill process trees. */
import { readFileSync } from 'node:fs';

/** Whether `pid` is a live process (a zombie waiting for its reaper counts as gone). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** Wait up to `ms` for `check` to hold, polling. */
export async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return check();
}

/** A Node script that starts a `sleep` child, writes the child's pid to `pidFile`, and never ends. */
export function hangScript(pidFile: string): string {
  return [
    "import { spawn } from 'node:child_process';",
    "import { writeFileSync } from 'node:fs';",
    "const child = spawn('sleep', ['300'], { stdio: 'ignore' });",
    `writeFileSync(${JSON.stringify(pidFile)}, String(child.pid));`,
    "console.log('started the hanging suite');",
    'setInterval(() => {}, 1000);',
  ].join('\n');
}
