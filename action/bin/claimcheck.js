#!/usr/bin/env node
// Thin entry: wires argv, streams and the exit code to the compiled CLI.
import { readFileSync } from 'node:fs';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  // Answered before loading the library, so the check stays instant.
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${version}\n`);
} else {
  // A reader that stops early (`claimcheck extract … | head`) closes the pipe: stop writing, quietly.
  process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const { run, cleanUpNow } = await import('../dist/bundle/cli.js');
  // Interrupted: the test runner's process group, temporary worktrees and folders go first; then exit as a shell reports the signal.
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
    process.on(signal, () => {
      cleanUpNow();
      process.exit(code);
    });
  }
  try {
    process.exitCode = await run(argv, {
      cwd: process.cwd(),
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      isTTY: Boolean(process.stdout.isTTY),
      stderrIsTTY: Boolean(process.stderr.isTTY),
      env: process.env,
      stdin: process.stdin,
    });
  } catch (error) {
    process.stderr.write(`claimcheck: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
    // For `hook`, 2 would block the agent or the commit on claimcheck's own failure: 1 is the non-blocking error.
    process.exitCode = argv[0] === 'hook' ? 1 : 2;
  }
  // A hook is bounded: standard input left open by a git hook, or a run it gave up on, must not keep it alive.
  if (argv[0] === 'hook') process.exit(process.exitCode);
}
