/** Existence of a named file, folder or log, resolved like every other path (report folder, root, suffix). */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verify } from '../../src/commands/pipeline.js';
import { fixtureRepos } from '../helpers/fixture-repo.js';

const repos = fixtureRepos('claimcheck-exists-');

const cases: Array<[string, string]> = [
  ['- 📄 Log: logs/deploy.log', 'confirmed'],
  ['- 📄 Log: logs/rollback.log', 'contradicted'],
  ['- Report: `summary.md`', 'confirmed'], // beside the report, in docs/
  ['- Log: `/home/dev/proj/logs/deploy.log`', 'confirmed'], // the author's checkout, mapped by suffix
  ['- Log: /var/log/app.log', 'unverifiable'], // a server's file: nothing in the repository says
  ['- `engine/src/` exists', 'confirmed'], // a folder
  ['- `engine/tests/` exists', 'contradicted'],
  ['- `docs/RUNBOOK.md` is missing', 'contradicted'],
  // an output the .gitignore ignores is generated, not committed (w70:148, w64:306) …
  ['- **HTML Coverage Report**: `cover/excoveralls.html`', 'unverifiable'],
  ['- 📄 Log: build/run-3.log', 'unverifiable'],
  // … unless the report lists it beside itself, in the folder it was committed to (f05:19, 38)
  ['- 📄 Log: docs/run-1.log', 'contradicted'],
  ['- Log: [run-2.log](./run-2.log)', 'contradicted'],
];

describe('existence', () => {
  it('gives each line its verdict', async () => {
    const repo = repos({ 'logs/deploy.log': 'ok\n', 'docs/summary.md': '# s\n', 'docs/RUNBOOK.md': '# r\n', 'engine/src/lib.rs': '\n', '.gitignore': '/cover/\nrun-*.log\n' });
    writeFileSync(path.join(repo, 'docs', 'AUDIT.md'), cases.map(([line]) => line).join('\n\n') + '\n');
    const result = await verify({ reports: [path.join(repo, 'docs', 'AUDIT.md')], repo, cwd: repo, checks: ['files'] });
    const findings = result.reports[0]!.findings;
    cases.forEach(([line, want], i) => {
      const got = findings.filter((f) => f.claim.position.line === i * 2 + 1);
      expect(got.map((f) => f.verdict).join(','), `${line}: ${got.map((f) => f.message).join(' | ')}`).toBe(want);
    });
  });
});
