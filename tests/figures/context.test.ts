/**
 * The context resolver, table-driven: each structure the issue names gives a
 * figure its context, and through it the kind, subject and tense it is read with.
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/commands/claims.js';
import type { ReadFigure } from '../../src/figures/classify.js';

const read = (markdown: string): ReadFigure[] => readReport('case.md', markdown, { everyTense: true }).figures;
const at = (figures: ReadFigure[], value: number): ReadFigure => {
  const figure = figures.find((f) => f.value === value);
  if (!figure) throw new Error(`no figure ${value} in ${JSON.stringify(figures.map((f) => f.value))}`);
  return figure;
};

/** A report with the four structures: coverage under a lead-in, module coverage in a plain-text block, `path` - text (N lines), BEFORE. */
const report = [
  '# Audit',
  '',
  '## Coverage',
  '',
  'Coverage (global):',
  '',
  '- Statements: 89.79%',
  '- Branches: 81.5%',
  '',
  'Module coverage:',
  '',
  '```',
  '- core/security.py: 100% ✓',
  '- core/db.py: 92%',
  'Tests: 26 passed, 26 total',
  '```',
  '',
  '## Files',
  '',
  '- `installer/install.py` - Full-featured installer (330 lines)',
  '',
  '**BEFORE**:',
  '',
  '- Passing: 17 tests',
  '- Coverage (lines): 41%',
  '',
  '## Projected (Estimated)',
  '',
  '- Passing: 60 tests',
].join('\n');

describe('context resolver on one report with the structures of the issue', () => {
  const figures = read(report);
  it.each([
    // value, kind, subject, tense, context expected (partial)
    [89.79, 'coverage.statements', { scope: 'all' }, 'current', { block: 'item', label: 'Coverage (global): Statements', headings: ['Audit', 'Coverage'] }],
    [81.5, 'coverage.branches', { scope: 'all' }, 'current', { label: 'Coverage (global): Branches' }],
    [100, 'coverage.lines', { path: 'core/security.py' }, 'current', { block: 'code-text', label: 'Module coverage: core/security.py', name: 'core/security.py' }],
    [92, 'coverage.lines', { path: 'core/db.py' }, 'current', { block: 'code-text', name: 'core/db.py' }],
    [330, 'file.lines', { path: 'installer/install.py' }, 'current', { block: 'item', name: 'installer/install.py', noun: 'lines' }],
    [17, 'tests.passed', { scope: 'all' }, 'before', { label: 'BEFORE: Passing', noun: 'tests' }],
    [41, 'coverage.lines', { scope: 'all' }, 'before', { label: 'BEFORE: Coverage (lines)' }],
    [60, 'tests.passed', { scope: 'all' }, 'projected', { headings: ['Audit', 'Projected (Estimated)'] }],
  ])('reads %s as %s', (value, kind, subject, tense, context) => {
    const figure = at(figures, value);
    expect(figure.kind).toBe(kind);
    expect(figure.subject).toEqual(subject);
    expect(figure.tense).toBe(tense);
    expect(figure.context).toMatchObject(context);
  });

  it('reads both counts of a runner line in a plain-text block', () => {
    const line = figures.filter((f) => f.position.line === 15);
    expect(line.map((f) => [f.value, f.kind, f.context.label, f.context.noun])).toEqual([
      [26, 'tests.passed', 'Module coverage: Tests', 'passed'],
      [26, 'tests.total', 'Module coverage: Tests', 'total'],
    ]);
  });

  it('verifies a before-value and a projection as skipped, never as a measurement', () => {
    const claims = readReport('case.md', report).claims;
    expect(claims.filter((c) => c.tense !== 'current').map((c) => [c.value, c.tense])).toEqual([[17, 'before'], [41, 'before'], [60, 'projected']]);
  });
});

describe('context resolver: one structure at a time', () => {
  it.each([
    // a bold label with a parenthesised qualifier
    ['**Passing (summary):** 9 tests', 9, { label: 'Passing (summary)', noun: 'tests', block: 'paragraph' }],
    // a parent item of a nested list, without a colon
    ['- Parser module\n  - 12 tests added', 12, { parent: 'Parser module', noun: 'tests added', block: 'item' }],
    // a table: header, row label (the cell naming a file when the first does not), caption from the heading above
    ['### Module tests\n\n| # | File | Tests |\n| - | - | - |\n| 1 | `src/a.ts` | 14 |', 14, { table: { header: 'Tests', row: 'src/a.ts', caption: 'Module tests' }, block: 'cell' }],
    // a caption from the paragraph above the table
    ['Results by suite:\n\n| Suite | Passed |\n| - | - |\n| unit | 40 |', 40, { table: { header: 'Passed', row: 'unit', caption: 'Results by suite' } }],
    // the noun phrase after the figure
    ['We have 526 passing tests in total.', 526, { noun: 'passing tests' }],
    // a count in words is one word: its noun is what follows it
    ['**Before**: Zero tests', 0, { label: 'Before', noun: 'tests' }],
    // a bound written after the figure is the figure's, not its noun's
    ['- 3 or more failing tests', 3, { noun: 'failing tests' }],
    // a participle opening a clause about the things counted ends the noun (w53:348, w49:445)
    ['- **21 test files** covering all components', 21, { noun: 'test files' }],
    ['- 50 automated test cases covering navigation', 50, { noun: 'automated test cases' }],
    ['- 6 new snapshots ensuring accessibility', 6, { noun: 'new snapshots' }],
    // a plain-text line under a less indented title in the same block
    ['```text\n=== Coverage summary ===\n  Branches : 71.5%\n```', 71.5, { label: 'Coverage summary: Branches', block: 'code-text' }],
    // the sign or arrow written before a delta
    ['- **Unit Test Failures**: +129', 129, { label: 'Unit Test Failures', sign: '+' }],
    ['- Test cases: **561+** (↑ 56%)', 56, { sign: '↑' }],
    ['- **Testing** (-2 points):', 2, { sign: '-' }],
    // a qualifier word between a label and its figure is no part of the label or of the words before
    ['- **Coverage**: above 80%', 80, { label: 'Coverage' }],
    ['Tests: at least 300 passing', 300, { label: 'Tests' }],
    ['- Overall: 91% (Below 95% target)', 95, { before: 'Overall: 91% (' }],
    // the same letters inside a word, and an arrow's head, are no qualifier
    ['67 unit tests cover 80% of lines', 80, { before: '67 unit tests cover' }],
    ['Gap: 25.36% -> 2.24%', 2.24, { before: 'Gap: 25.36% ->' }],
  ])('reads the context of %j', (markdown, value, context) => {
    expect(at(read(markdown), value).context).toMatchObject(context);
  });

  it.each([
    // the `+` of a sum, of a name, a bullet's `-` in a plain-text block, a `+` after a number
    ['164/164 unit tests + 21 feature tests', 21],
    ['Built with C++ 17', 17],
    ['```\n- 12 tests\n```', 12],
    ['- 650+ tests', 650],
  ])('reads no sign before the figure in %j', (markdown, value) => {
    expect(at(read(markdown), value).context.sign).toBeUndefined();
  });

  it('reads a figure inside a claim once for that claim\'s kind: "+2 (+20%)" is one change', () => {
    const claims = readReport('case.md', '| Metric | Before | After | Change |\n| --- | --- | --- | --- |\n| Tests | 10 | 12 | +2 (+20%) |').claims;
    expect(claims.filter((c) => c.kind === 'change').map((c) => c.text)).toEqual(['+2 (+20%)']);
  });

  it.each([
    ['BEFORE (v1.2):\n\n- 40 tests', 'before'],
    ['**Baseline**: 12 tests', 'before'],
    ['- [ ] Reach 90% coverage', 'target'],
    ['## Projected results\n\n- 12 tests', 'projected'],
    ['## Before / After\n\n- 12 tests', 'current'],
    ['## Results\n\n- 12 tests', 'current'],
    // a label naming the start of the work (104:7, w78:390), not a label that merely holds the word
    ['**Tests at entry:** 627/627 passing', 'before'],
    ['- **Start:** 240 tests', 'before'],
    ['- **Coverage at session start:** 41%', 'before'],
    ['**Tests at exit:** 699/699 passing', 'current'],
    ['- **Entry points:** 4 tests', 'current'],
    ['- **Start the suite with** 12 tests', 'current'],
  ])('reads the tense of %j from its nearest context', (markdown, tense) => {
    expect(read(markdown)[0]?.tense).toBe(tense);
  });

  it('keeps a figure no kind reads, as kind figure', () => {
    const figure = at(read('- **Examples**: 3 comprehensive examples'), 3);
    expect(figure.kind).toBe('figure');
    expect(figure.claims).toEqual([]);
    expect(figure.context).toMatchObject({ label: 'Examples', noun: 'comprehensive examples' });
  });
});
