/**
 * Bad configuration stops the run before anything runs: exit 2, the config
 * file and the config path named. The configured test command would create
 * a marker file if it ran.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempFolders } from './helpers.js';

const temp = tempFolders('claimcheck-badconfig-');

const marker = 'RAN';
const runLine = `  - run: node -e "require('fs').writeFileSync('${marker}', '')"`;

const cases: Array<[string, string, RegExp]> = [
  ['malformed YAML', `tests:\n${runLine}\n    results: [out.xml\n`, /^claimcheck: claimcheck\.yaml: .+ \(\d+:\d+\)$/m],
  ['wrong type', `tests:\n${runLine}\n    results: out.xml\n    timeout: soon\n`, /claimcheck\.yaml: tests\[0\]\.timeout: must be number/],
  ['unknown key', `tests:\n${runLine}\n    results: out.xml\n    retries: 3\n`, /claimcheck\.yaml: tests\[0\]\.retries: unknown key/],
  ['results outside with ..', `tests:\n${runLine}\n    results: ../x.xml\n`, /claimcheck\.yaml: tests\[0\]\.results: must be a path inside the repository/],
  ['absolute results', `tests:\n${runLine}\n    results: /tmp/x.xml\n`, /claimcheck\.yaml: tests\[0\]\.results: must be a path inside the repository, relative to its root/],
  ['absolute coverage', `tests:\n${runLine}\n    results: out.xml\ncoverage:\n  - results: 'C:\\cov\\lcov.info'\n`, /claimcheck\.yaml: coverage\[0\]\.results: must be a path inside the repository/],
  ['report outside', `reports: ["../other/AUDIT.md"]\ntests:\n${runLine}\n    results: out.xml\n`, /claimcheck\.yaml: reports\[0\]: must be a path inside the repository/],
];

describe('bad configuration', () => {
  it.each(cases)('%s: exit 2, the config path named, nothing run', async (_name, yaml, message) => {
    const dir = temp();
    writeFileSync(path.join(dir, 'claimcheck.yaml'), yaml);
    writeFileSync(path.join(dir, 'R.md'), '- 2 passing tests\n');
    const result = await cli(['verify', 'R.md', '--repo', dir], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
    expect(existsSync(path.join(dir, marker))).toBe(false);
  });

  it('names a config given with --config by the path given', async () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'ci.yaml'), `tests:\n${runLine}\n    results: ../../escape.xml\n`);
    writeFileSync(path.join(dir, 'R.md'), '- 2 passing tests\n');
    const result = await cli(['verify', 'R.md', '--config', 'ci.yaml'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^claimcheck: ci\.yaml: tests\[0\]\.results: must be a path inside the repository/m);
    expect(existsSync(path.join(dir, marker))).toBe(false);
  });
});
