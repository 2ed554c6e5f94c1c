/**
 * action/: the GitHub Action's committed build. It must be what
 * scripts/bundle-action.mjs makes of the current sources (as
 * schemas/config.validate.cjs must be what its schema compiles to), or the
 * Action would check reports with an older claimcheck than the repository's.
 * The build runs in a temporary folder and every file is compared: the same
 * names, the same bytes (gzipped grammars by their content, since zlib builds
 * may compress alike bytes differently).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const committed = path.join(root, 'action');
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** Files under `dir`, relative, sorted. */
function filesOf(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(path.join(dir, at))) {
      const relative = at ? `${at}/${name}` : name;
      if (statSync(path.join(dir, relative)).isDirectory()) walk(relative);
      else out.push(relative);
    }
  };
  walk('');
  return out.sort();
}

/** What a file holds: a gzipped file by its content. */
function contentOf(file: string): Buffer {
  const bytes = readFileSync(file);
  return file.endsWith('.gz') ? gunzipSync(bytes) : bytes;
}

function freshBuild(): string {
  const out = mkdtempSync(path.join(tmpdir(), 'claimcheck-action-build-'));
  temps.push(out);
  execFileSync('node', [path.join(root, 'scripts/bundle-action.mjs'), '--out', out], { cwd: root, stdio: 'pipe' });
  return out;
}

describe('action/', () => {
  const fresh = freshBuild();

  it('is what scripts/bundle-action.mjs builds from the current sources (else run npm run build:action and commit action/)', () => {
    expect(filesOf(committed)).toEqual(filesOf(fresh));
    const stale = filesOf(fresh).filter((file) => !contentOf(path.join(fresh, file)).equals(contentOf(path.join(committed, file))));
    expect(stale).toEqual([]);
  });

  it('is built the same twice, byte for byte', () => {
    const again = freshBuild();
    expect(filesOf(again)).toEqual(filesOf(fresh));
    expect(filesOf(fresh).filter((file) => !readFileSync(path.join(fresh, file)).equals(readFileSync(path.join(again, file))))).toEqual([]);
  });

  it('carries the grammars claimcheck reads, and stays small', () => {
    const wasm = filesOf(fresh).filter((file) => file.startsWith('dist/bundle/wasm/'));
    expect(wasm.map((file) => path.basename(file))).toEqual(
      ['bash', 'c_sharp', 'cpp', 'dart', 'elixir', 'go', 'java', 'javascript', 'kotlin', 'php', 'python', 'ruby', 'rust', 'scala', 'swift', 'tsx', 'typescript'].map((g) => `tree-sitter-${g}.wasm.gz`).concat('tree-sitter.wasm.gz').sort(),
    );
    const bytes = filesOf(fresh).reduce((sum, file) => sum + statSync(path.join(fresh, file)).size, 0);
    // Measured 8.3 MiB, 3.4 of them TypeScript's compiler and 3.2 the gzipped grammars of 16 languages (C++'s, added
    // for GoogleTest and Catch2 counts, 0.4): a grammar set or a dependency gone astray shows here.
    expect(bytes).toBeLessThan(9 * 1024 * 1024);
  });

});
