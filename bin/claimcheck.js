#!/usr/bin/env node
// Thin entry: wires argv, streams and the exit code to the compiled CLI.
import { run } from '../dist/src/cli.js';

try {
  process.exitCode = await run(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    env: process.env,
  });
} catch (error) {
  process.stderr.write(`claimcheck: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 2;
}
