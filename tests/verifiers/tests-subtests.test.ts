/**
 * A report that counts its tests at two levels ("| Module | Tests | Subtests |", w62:129; "Tests: 32 main (119
 * subtests)", w62:227): its "tests" column numbers its own groups and is read as no test count (the wrong reason
 * w62's four flags stood for); its subtests are the tests the source declares where a declaration holds no
 * subtests of its own (PHPUnit methods), and unverifiable where it may (Go's `t.Run`). Verified from the source
 * (--no-exec) of repositories the test writes, counted by the real tree-sitter parsers.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verify } from '../../src/commands/pipeline.js';
import { fixtureRepos } from '../helpers/fixture-repo.js';

const repos = fixtureRepos('claimcheck-subtests-');

const phpTests = (name: string, n: number) =>
  `<?php\nuse PHPUnit\\Framework\\TestCase;\nclass ${name}Test extends TestCase {\n${Array.from({ length: n }, (_, i) => `  public function testCase${i}(): void { $this->assertTrue(true); }\n`).join('')}}\n`;
const goTests = (n: number) =>
  `package pix\n\nimport "testing"\n\n${Array.from({ length: n }, (_, i) => `func TestCase${i}(t *testing.T) {\n\tfor _, c := range []string{"a", "b"} {\n\t\tt.Run(c, func(t *testing.T) {})\n\t}\n}\n`).join('\n')}`;

const php = { 'composer.json': '{}\n', 'tests/Unit/Pix/PixRequestTest.php': phpTests('PixRequest', 4), 'tests/Unit/Pix/PixStatusTest.php': phpTests('PixStatus', 2), 'tests/Unit/Refund/RefundTest.php': phpTests('Refund', 3), 'tests/Unit/Credit/CreditCardValidationTest.php': phpTests('CreditCardValidation', 5), 'tests/Unit/Credit/CreditAuthorizationTest.php': phpTests('CreditAuthorization', 2) };
const go = { 'go.mod': 'module example.com/x\n\ngo 1.22\n', 'pix/pix_test.go': goTests(3), 'refund/refund_test.go': goTests(2) };

type Row = [row: string, tests: string, subtests: string];

/** Verifies a report whose table counts tests and subtests per module; each row's two cells must get their verdicts ('' for no claim). */
async function expectRows(files: Record<string, string>, header: string, rows: Row[]) {
  const repo = repos(files);
  const lines = ['## Tests by module', '', header, '|---|---|---|', ...rows.map(([row]) => row)];
  writeFileSync(path.join(repo, 'REPORT.md'), lines.join('\n') + '\n');
  const result = await verify({ reports: [path.join(repo, 'REPORT.md')], repo, cwd: repo, checks: ['tests'], noExec: true });
  const findings = result.reports[0]!.findings.filter((f) => f.claim.kind === 'tests.total');
  const first = lines.length - rows.length + 1;
  rows.forEach(([row, tests, subtests], i) => {
    const on = findings.filter((f) => f.claim.position.line === first + i);
    const cell = (column: number) => on.filter((f) => f.claim.position.column === column).map((f) => f.verdict).join(',');
    const columns = [...row.matchAll(/\|\s*(\d+)/g)].map((m) => (m.index ?? 0) + m[0].length - m[1]!.length + 1);
    expect([cell(columns[0]!), cell(columns[1]!)], `${row}: ${on.map((f) => f.message).join(' | ')}`).toEqual([tests, subtests]);
  });
}

describe('tests counted at two levels', () => {
  it('read subtests as the declared tests of PHP, and the tests column as no count (w62)', async () => {
    await expectRows(php, '| Módulo | Testes | Subtestes |', [
      ['| Pix | 2 | 6 |', '', 'confirmed'],
      ['| Pix | 6 | 7 |', '', 'contradicted'], // the "6" equals the declarations, but is the report's groups: no claim
      ['| Refund | 5 | 3 |', '', 'confirmed'],
      ['| Refund | 1 | 4 |', '', 'contradicted'],
      // w62:132: "Credit Card" is not the folder `Credit/` its first word names, nor its one file named after more words
      ['| Credit Card | 10 | 42 |', '', 'unverifiable'],
      ['| Credit | 10 | 42 |', '', 'contradicted'], // the folder of that one word: 7 methods
    ]);
  });
  it('in English too', async () => {
    await expectRows(php, '| Module | Tests | Subtests |', [
      ['| Pix | 2 | 6 |', '', 'confirmed'],
      ['| Refund | 1 | 4 |', '', 'contradicted'],
    ]);
  });
  it('leave Go subtests unverifiable: t.Run makes them at run time', async () => {
    await expectRows(go, '| Module | Tests | Subtests |', [
      ['| Pix | 3 | 6 |', '', 'unverifiable'],
      ['| Pix | 3 | 2 |', '', 'unverifiable'], // below the 3 declarations, but a subtest count is not a count of declarations
    ]);
  });
  it('say subtests in the message of a subtests claim, tests in that of a tests claim', async () => {
    const repo = repos(php);
    writeFileSync(path.join(repo, 'REPORT.md'), '| Module | Tests | Subtests |\n|---|---|---|\n| Refund | 1 | 4 |\n\n| Module | Tests |\n|---|---|\n| Refund | 4 |\n');
    const result = await verify({ reports: [path.join(repo, 'REPORT.md')], repo, cwd: repo, checks: ['tests'], noExec: true });
    const messages = result.reports[0]!.findings.filter((f) => f.claim.kind === 'tests.total').map((f) => f.message.replace(/; measured.*/, ''));
    expect(messages).toEqual(['claims 4 subtests for "Refund"', 'claims 4 tests for "Refund"']);
  });
  it('a tests column with no subtests column beside it still counts tests', async () => {
    await expectRows(php, '| Module | Tests | Coverage |', [
      ['| Pix | 6 | 80 |', 'confirmed', ''],
      ['| Refund | 4 | 80 |', 'contradicted', ''],
      ['| Credit Card | 30 | 80 |', 'unverifiable', ''],
    ]);
  });
});
