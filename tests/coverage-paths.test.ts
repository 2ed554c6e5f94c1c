import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goPackageFiles, keysOverlap, selectCoverageFiles } from '../src/measure/coverage-paths.js';
import { parseLcov } from '../src/measure/formats/lcov.js';
import { parseCobertura } from '../src/measure/formats/cobertura.js';

const fixture = (file: string) => readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8');
// node --test run in web/: paths relative to web/
const lcov = parseLcov(fixture('repos/coverage-mixed/coverage/lcov.info'), 'lcov: x');
// coverage.py run in service/: paths relative to the <source> root …/coverage-mixed/service
const xml = parseCobertura(fixture('repos/coverage-mixed/coverage.xml'), 'cobertura: x');

const pick = (report: typeof lcov, written: string) => {
  const selection = selectCoverageFiles(report, written);
  return selection.ok ? { as: selection.as, files: selection.files.map((f) => f.path) } : selection;
};

describe('selectCoverageFiles', () => {
  it.each([
    ['src/api/routes.js', { as: 'file', files: ['src/api/routes.js'] }], // exact
    ['web/src/api/routes.js', { as: 'file', files: ['src/api/routes.js'] }], // the written path ends with the coverage path
    ['./api/routes.js', { as: 'file', files: ['src/api/routes.js'] }], // the coverage path ends with the written path
    ['web/src/api/', { as: 'folder', files: ['src/api/index.js', 'src/api/routes.js'] }],
    ['web/src', { as: 'folder', files: ['src/api/index.js', 'src/api/routes.js', 'src/lib/index.js'] }],
    ['web/src/**/index.js', { as: 'glob', files: ['src/api/index.js', 'src/lib/index.js'] }],
    ['index.js', { ok: false, reason: 'ambiguous', candidates: ['src/api/index.js', 'src/lib/index.js'] }],
    ['web/src/api/missing.js', { ok: false, reason: 'none', candidates: [] }],
  ])('lcov: %s', (written, expected) => {
    expect(pick(lcov, written)).toEqual(expected);
  });

  it.each([
    ['service/store/engine.py', { as: 'file', files: ['store/engine.py'] }], // through the <source> root
    ['service/handlers/*.py', { as: 'glob', files: ['handlers/__init__.py', 'handlers/orders.py', 'handlers/users.py'] }],
    ['service/', { as: 'folder', files: xml.files.map((f) => f.path) }],
    ['__init__.py', { as: 'file', files: ['__init__.py'] }], // exact beats the suffix of handlers/__init__.py
  ])('cobertura: %s', (written, expected) => {
    expect(pick(xml, written)).toEqual(expected);
  });
});

describe('keysOverlap', () => {
  it('sees the same file written from different roots, and nothing else', () => {
    expect(keysOverlap(new Set(['src/calc.js']), new Set(['/tmp/x/src/calc.js']))).toBe(true);
    expect(keysOverlap(new Set(['src/calc.js']), new Set(['lib/calc.js', 'src/other.js']))).toBe(false);
  });
});

describe('goPackageFiles: the files of the Go package a folder stands for', () => {
  const file = (p: string) => ({ path: p, lines: { covered: 1, total: 1 } });
  it.each([
    [['pkg/channel/channel.go', 'pkg/channel/discord/discord.go', 'pkg/channel/wechat/wechat.go'], ['pkg/channel/channel.go']], // w79:78
    [['internal/api/routes.go', 'internal/api/handlers/bulk.go'], ['internal/api/routes.go']], // w28:17
    [['pkg/metrics/metrics.go', 'pkg/metrics/prometheus.go'], ['pkg/metrics/metrics.go', 'pkg/metrics/prometheus.go']], // one package of two files
    [['internal/a/a.go', 'internal/b/b.go'], ['internal/a/a.go', 'internal/b/b.go']], // a folder of packages, none of its own files: all
  ])('%j', (paths, want) => {
    expect(goPackageFiles(paths.map(file)).map((f) => f.path)).toEqual(want);
  });
});
