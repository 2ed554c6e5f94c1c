#!/usr/bin/env node
// Builds action/: the GitHub Action's own copy of claimcheck, committed, so a
// job runs it with no install step (`npm ci` with tsc and esbuild cost every
// job about 14 s). It is the package's layout in small: bin/claimcheck.js as
// is, dist/bundle/ the CLI and its extraction worker bundled from the same
// compiled sources as scripts/bundle.mjs (minified), schemas/, and a
// package.json. What claimcheck otherwise loads from node_modules at run time
// lies beside the bundle: TypeScript's compiler and Lezer's Python grammar as
// one CommonJS file each (src/measure/parsers.ts), web-tree-sitter's runtime
// and the grammars src/measure/syntax.ts uses, gzipped (8.8 MB as they are,
// 1 MB so), under dist/bundle/wasm/.
//
// Run by `npm run build:action` after tsc; `--out DIR` writes elsewhere.
// Not part of `npm run build`, as scripts/compile-schemas.mjs is not: CI
// installs and builds before it tests, and would then check a freshly written
// action/ rather than the committed one. tests/action-bundle.test.ts builds
// it afresh and fails when action/ differs, which is what keeps it current.
// The output is deterministic: the same sources give the same bytes.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outFlag = process.argv.indexOf('--out');
const out = outFlag > 0 ? path.resolve(process.argv[outFlag + 1]) : path.join(root, 'action');
const bundleDir = path.join(out, 'dist', 'bundle');
const require = createRequire(import.meta.url);
const { grammarFiles, grammarPackageFile } = await import(new URL('../dist/src/measure/syntax.js', import.meta.url).href);

// Gzipped files are compared by content: zlib builds may compress the same bytes differently,
// and a rebuild elsewhere must not rewrite them. Read before the folder is cleared.
const previous = new Map();
const wasmDir = path.join(bundleDir, 'wasm');
if (existsSync(wasmDir)) for (const name of readdirSync(wasmDir)) previous.set(name, readFileSync(path.join(wasmDir, name)));
// Chunk names carry hashes: chunks of an earlier build would pile up.
rmSync(path.join(out, 'dist'), { recursive: true, force: true });
mkdirSync(wasmDir, { recursive: true });

const common = { absWorkingDir: root, bundle: true, platform: 'node', target: 'node20', minify: true, legalComments: 'none', logLevel: 'warning' };

await build({
  ...common,
  entryPoints: ['dist/src/commands/cli.js', 'dist/src/commands/extract-worker.js'],
  outdir: bundleDir,
  entryNames: '[name]',
  splitting: true,
  format: 'esm',
  // Minified names would change what error messages and stack traces say.
  keepNames: true,
  banner: { js: "import { createRequire as __claimcheckRequire } from 'node:module'; const require = __claimcheckRequire(import.meta.url);" },
  // Loaded beside the bundle (below), not through the bundle's module graph.
  external: ['typescript', '@lezer/python'],
});

// The parsers src/measure/parsers.ts requires by name, one file each.
for (const [name, file] of [['typescript', 'typescript.cjs'], ['@lezer/python', 'lezer-python.cjs']]) {
  await build({ ...common, entryPoints: [require.resolve(name)], outfile: path.join(bundleDir, file), format: 'cjs' });
}

const wasmFiles = [require.resolve('web-tree-sitter/tree-sitter.wasm'), ...Object.keys(grammarFiles).map((grammar) => require.resolve(grammarPackageFile(grammar)))];
for (const file of wasmFiles) {
  const name = `${path.basename(file)}.gz`;
  const bytes = readFileSync(file);
  const kept = previous.get(name);
  writeFileSync(path.join(wasmDir, name), kept && gunzipSync(kept).equals(bytes) ? kept : gzipSync(bytes, { level: 9 }));
}

mkdirSync(path.join(out, 'bin'), { recursive: true });
writeFileSync(path.join(out, 'bin', 'claimcheck.js'), readFileSync(path.join(root, 'bin', 'claimcheck.js')));
rmSync(path.join(out, 'schemas'), { recursive: true, force: true });
mkdirSync(path.join(out, 'schemas'));
for (const name of readdirSync(path.join(root, 'schemas'))) writeFileSync(path.join(out, 'schemas', name), readFileSync(path.join(root, 'schemas', name)));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
// The version for --version and the reports' tool field; ESM for the bundle; never published.
const actionPkg = { name: 'claimcheck-action', version: pkg.version, private: true, type: 'module', description: 'Built by scripts/bundle-action.mjs (npm run build) for action.yml; do not edit.' };
writeFileSync(path.join(out, 'package.json'), `${JSON.stringify(actionPkg, null, 2)}\n`);
