#!/usr/bin/env node
// Bundles the compiled CLI (dist/src/commands/cli.js) and its extraction worker into
// dist/bundle/, which bin/claimcheck.js loads. Node 20 has no compile cache
// for ES modules, and a run loaded about 340 files (235 of them remark's and
// micromark's small packages): resolving, reading and compiling each one was
// the largest part of claimcheck's own start-up. Commands and execa stay in
// chunks of their own, loaded when used.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
// Chunk names carry hashes: chunks of an earlier build would pile up.
rmSync(new URL('../dist/bundle', import.meta.url), { recursive: true, force: true });

await build({
  entryPoints: ['dist/src/commands/cli.js', 'dist/src/commands/extract-worker.js'],
  absWorkingDir: root,
  outdir: 'dist/bundle',
  entryNames: '[name]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Bundled CommonJS packages (picomatch, js-yaml's helpers) call require for Node's own modules.
  banner: { js: "import { createRequire as __claimcheckRequire } from 'node:module'; const require = __claimcheckRequire(import.meta.url);" },
  // TypeScript's compiler (9 MB) is loaded only to count tests defined in JS/TS files: it stays a package, not bundled.
  external: ['typescript'],
  logLevel: 'warning',
});
