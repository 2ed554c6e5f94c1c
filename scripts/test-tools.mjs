#!/usr/bin/env node
// The machine tools the tests run for real and npm cannot install: `npm test`
// calls this first. Each entry says how to see that the tool is there (a
// command that exits 0) and which Debian package provides it. What is missing
// is installed with apt-get when this process may (root, apt-get on PATH);
// otherwise it stops with exit 1 and names the packages to install. When
// everything is present it only runs the checks (a few tens of milliseconds).
//
// Tools published on npm are devDependencies instead (bats-core: `bats`).
import { spawnSync } from 'node:child_process';

/**
 * What the tests need from the machine. To add a tool, add one entry:
 * `check` is an argv run without a shell (exit 0 = present), `apt` the Debian package.
 */
const tools = [
  // /usr/bin/python3 is the Python that Debian's packages install into, and the one
  // fixtures/e2e/py-app/claimcheck.yaml names.
  { name: 'pytest', check: ['/usr/bin/python3', '-c', 'import pytest'], apt: 'python3-pytest' },
  { name: 'coverage.py', check: ['/usr/bin/python3', '-c', 'import coverage'], apt: 'python3-coverage' },
  // The review page's browser test (driven by playwright-core, which downloads no browser).
  { name: 'Chromium', check: ['/usr/bin/chromium', '--version'], apt: 'chromium' },
  // The hook's test runs pre-commit on a staged report.
  { name: 'pre-commit', check: ['pre-commit', '--version'], apt: 'pre-commit' },
];

/** Seconds apt-get waits for another apt-get (another checkout's `npm test`) to release its lock. */
const lockWaitSeconds = 600;

const present = (tool) => spawnSync(tool.check[0], tool.check.slice(1), { stdio: 'ignore' }).status === 0;

function canInstall() {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return 'not running as root';
  if (spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status !== 0) return 'apt-get is not available';
  return undefined;
}

/** `apt-get update` does not wait for another apt-get's lock as install does: it is tried again, a few seconds apart, for up to `lockWaitSeconds`. */
const lockBusyRe = /Could not get lock|Unable to lock|is held by process/i;
const retrySeconds = 5;

function aptGet(args) {
  const deadline = Date.now() + lockWaitSeconds * 1000;
  for (;;) {
    const run = spawnSync('apt-get', ['-o', `DPkg::Lock::Timeout=${lockWaitSeconds}`, ...args], {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      encoding: 'utf8',
    });
    if (run.status === 0) return true;
    const said = `${run.stdout ?? ''}${run.stderr ?? ''}`;
    if (lockBusyRe.test(said) && Date.now() < deadline) {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, retrySeconds * 1000);
      continue;
    }
    process.stderr.write(`apt-get ${args.join(' ')} failed:\n${said}`.trimEnd() + '\n');
    return false;
  }
}

function stop(missing, reason) {
  const packages = missing.map((tool) => tool.apt).join(' ');
  process.stderr.write(
    `The tests need ${missing.map((tool) => `${tool.name} (Debian package ${tool.apt})`).join(', ')}: missing, and not installed (${reason}).\n` +
      `Install ${missing.length === 1 ? 'it' : 'them'} with: sudo apt-get install ${packages}\n`,
  );
  process.exit(1);
}

const missing = tools.filter((tool) => !present(tool));
if (missing.length > 0) {
  const cannot = canInstall();
  if (cannot) stop(missing, cannot);
  const packages = missing.map((tool) => tool.apt);
  process.stderr.write(`Installing what the tests need: apt-get install ${packages.join(' ')}\n`);
  if (!aptGet(['update', '-qq']) || !aptGet(['install', '-y', '-qq', '--no-install-recommends', ...packages])) stop(missing, 'apt-get failed');
  const still = missing.filter((tool) => !present(tool));
  if (still.length > 0) stop(still, `\`${still[0].check.join(' ')}\` still fails after installing`);
}
