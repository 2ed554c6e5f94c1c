/**
 * A heading's test count over the test files its sub-sections name (w71:46, seven areas; w10:219), and a part's
 * count stated again elsewhere (w71:34's summary row, w49:403's Status table) taking the measured line's
 * measurement. Verified from the source (--no-exec) of a repository the test writes, the tests counted by the
 * real tree-sitter parser.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verify } from '../../src/commands/pipeline.js';
import { fixtureRepos } from '../helpers/fixture-repo.js';

const repos = fixtureRepos('claimcheck-subsection-total-');

const pyTests = (n: number) => Array.from({ length: n }, (_, i) => `def test_case_${i}():\n    assert True\n`).join('\n');
const files = {
  'pyproject.toml': '[project]\nname = "x"\n',
  'tests/test_parser.py': pyTests(3),
  'tests/test_lexer.py': pyTests(1),
  'tests/test_search.py': pyTests(2),
  'tests/test_index.py': pyTests(1),
  'src/helpers.py': 'def helper():\n    return 1\n',
};

/** Report lines with the verdicts of their `tests.total` findings ('' when the line holds none). */
const report: Array<[line: string, verdict: string]> = [
  ['# Tests', ''], //                                                  1
  ['', ''], //                                                         2
  ['| Area | Test Count |', ''], //                                    3
  ['|---|---|', ''], //                                                4
  ['| Parsers | 5 |', 'contradicted'], //                             5 restated by line 11, measured 4
  ['| Search & Index | 3 |', 'confirmed'], //                         6 restated by line 17, measured 3
  ['| Helpers | 2 |', 'unverifiable'], //                             7 line 26 is not measured
  ['| Other | 4 |', 'unverifiable'], //                               8 stated nowhere else
  ['| Search & Index | 7 |', 'unverifiable'], //                      9 another value than line 17's
  ['## Detail', ''], //                                                10
  ['### 1. Parsers (5 tests)', 'contradicted'], //                    11 3 + 1
  ['#### test_parser.py', ''], //                                     12
  ['Parsing.', ''], //                                                 13
  ['#### test_lexer.py (NEW)', ''], //                                14
  ['Lexing.', ''], //                                                  15
  ['', ''], //                                                         16
  ['### 2. Search & Index (3 tests)', 'confirmed'], //                        17 2 + 1, each named on a label
  ['#### **Search**', ''], //                                         18
  ['**File**: `tests/test_search.py`', ''], //                        19
  ['#### **Index**', ''], //                                          20
  ['**Files**:', ''], //                                              21
  ['- `test_index.py`', ''], //                                        22
  ['', ''], //                                                         23
  ['##### Notes', ''], //                                              24 a sub-section of 20's, not of 17's
  ['', ''], //                                                         25
  ['### 3. Helpers (2 tests)', 'unverifiable'], //                    26 a source file is no test file
  ['#### helpers.py', ''], //                                         27
  ['#### test_index.py', ''], //                                      28
  ['', ''], //                                                         29
  ['### 4. Misc (4 tests)', 'unverifiable'], //                       30 a sub-section names no file
  ['#### test_parser.py', ''], //                                     31
  ['#### Edge cases', ''], //                                         32
];

describe("a heading's count over the test files of its sub-sections", () => {
  it('gives each line its verdict', async () => {
    const repo = repos(files);
    writeFileSync(path.join(repo, 'REPORT.md'), report.map(([line]) => line).join('\n') + '\n');
    const result = await verify({ reports: [path.join(repo, 'REPORT.md')], repo, cwd: repo, checks: ['tests'], noExec: true });
    const findings = result.reports[0]!.findings.filter((f) => f.claim.kind === 'tests.total');
    report.forEach(([line, want], i) => {
      const got = findings.filter((f) => f.claim.position.line === i + 1);
      expect(`${i + 1} ${got.map((f) => f.verdict).join(',')}`, `${line}: ${got.map((f) => f.message).join(' | ')}`).toBe(`${i + 1} ${want}`);
    });
    const parsers = findings.find((f) => f.claim.position.line === 5)!;
    expect(parsers.message).toContain('line 11 states the same 5 of it: 4 tests defined in the 2 files of the sub-sections at lines 12–14');
  });
});
