/**
 * A part named in words, in a report on one package of a monorepo, is measured among that package's tests
 * (verifiers/tests.ts with src/measure/report-package.ts), from the source (--no-exec) of a repository the
 * test writes: w57's "| Logging | 15 |" is the dsl gem's logging_spec.rb, not the core gem's, and
 * "| Configuration | 45 |", which only the core gem answers to, is none of the report's parts.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verify } from '../../src/commands/pipeline.js';
import { fixtureRepos } from '../helpers/fixture-repo.js';

const repos = fixtureRepos('claimcheck-package-');

const spec = (n: number) => `RSpec.describe "x" do\n${Array.from({ length: n }, (_, i) => `  it "t${i}" do end\n`).join('')}end\n`;

const files: Record<string, string> = {
  Gemfile: 'source "https://rubygems.org"\n',
  'core/raaf-core.gemspec': 'Gem::Specification.new\n',
  'core/spec/logging_spec.rb': spec(3),
  'core/spec/configuration_spec.rb': spec(4),
  'dsl/raaf-dsl.gemspec': 'Gem::Specification.new\n',
  'dsl/spec/raaf/continuation/logging_spec.rb': spec(2),
  'dsl/spec/raaf/continuation/csv_merger_spec.rb': spec(5),
};

type Case = [row: string, want: string];

/** Verifies a report that names `named` test files, then a component table of `rows`; each row must get its verdict. */
async function expectRows(named: string[], rows: Case[]) {
  const repo = repos(files);
  const lines = ['## Test Files', '', ...named.map((file, i) => `${i + 1}. **${file}**`), '', '## Tests by Component', '', '| Component | Tests |', '|---|---|', ...rows.map(([row]) => row)];
  writeFileSync(path.join(repo, 'REPORT.md'), lines.join('\n') + '\n');
  const result = await verify({ reports: [path.join(repo, 'REPORT.md')], repo, cwd: repo, checks: ['tests'], noExec: true });
  const findings = result.reports[0]!.findings;
  const first = lines.length - rows.length + 1;
  rows.forEach(([row, want], i) => {
    const got = findings.filter((f) => f.claim.position.line === first + i && f.claim.kind === 'tests.total');
    expect(got.map((f) => f.verdict).join(','), `${row}: ${got.map((f) => f.message).join(' | ')}`).toBe(want);
  });
  return findings;
}

describe('parts of a report on one package of a monorepo', () => {
  it('are measured among that package\'s tests, or not at all', async () => {
    const findings = await expectRows(
      ['dsl/spec/raaf/continuation/csv_merger_spec.rb', 'dsl/spec/raaf/continuation/logging_spec.rb'],
      [
        ['| Logging | 2 |', 'confirmed'], // the dsl gem's logging_spec.rb (the core gem's holds 3)
        ['| Logging | 3 |', 'contradicted'],
        ['| Configuration | 4 |', 'unverifiable'], // only the core gem answers to it: none of this report's parts
        ['| Configuration | 9 |', 'unverifiable'],
      ],
    );
    expect(findings.find((f) => f.verdict === 'contradicted' && f.claim.kind === 'tests.total')!.message).toContain('`dsl/spec/raaf/continuation/logging_spec.rb`');
  });
  it('are looked for in the whole repository when the report names files of two packages', async () => {
    await expectRows(
      ['dsl/spec/raaf/continuation/csv_merger_spec.rb', 'core/spec/configuration_spec.rb'],
      [
        ['| Logging | 2 |', 'unverifiable'], // two files answer to the name
        ['| Configuration | 4 |', 'confirmed'],
        ['| Configuration | 9 |', 'contradicted'],
      ],
    );
  });
});
