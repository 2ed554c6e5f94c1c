import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../src/commands/cli.js';
import { claimKey, diffClaims } from '../src/commands/diff.js';
import { extractClaims } from '../src/commands/claims.js';

const before = [
  '# Status',
  '',
  '## Tests',
  '',
  '- 431 passing tests',
  '- Pass rate: 96.3%',
  '',
  '## Coverage',
  '',
  'Line coverage is 79%. The team also quotes 87% coverage.',
  '',
  '## Files',
  '',
  '- `scripts/backup.sh` (90 lines)',
  '',
].join('\n');

// Moved a paragraph, changed two figures, dropped one claim and added another.
const after = [
  '# Status',
  '',
  '## Tests',
  '',
  '- 440 passing tests',
  '- Pass rate: 96.3%',
  '- 2 failing tests',
  '',
  '## Coverage',
  '',
  'The team also quotes 87% coverage. Line coverage is 81%.',
  '',
  '## Files',
  '',
  '',
].join('\n');

const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-diff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(path.join(dir, 'old.md'), before);
writeFileSync(path.join(dir, 'new.md'), after);

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { cwd: dir, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('diffClaims', () => {
  const diff = diffClaims('old.md', extractClaims('old.md', before), 'new.md', extractClaims('new.md', after));

  it('pairs claims of the same kind, subject and context, equal figures first', () => {
    expect(diff.changed.map((c) => [c.old.kind, c.old.value, c.new.value])).toEqual([
      ['tests.passed', 431, 440],
      ['coverage.lines', 79, 81],
    ]);
    expect(diff.unchanged).toBe(2);
  });

  it('lists claims only in the old version as removed and only in the new one as added', () => {
    expect(diff.removed.map((c) => [c.kind, c.text])).toEqual([['file.lines', '`scripts/backup.sh` (90 lines)']]);
    expect(diff.added.map((c) => [c.kind, c.value])).toEqual([['tests.failed', 2]]);
  });

  it('keys claims on context: the same figure under another heading is another claim', () => {
    const [a] = extractClaims('a.md', '## Unit\n\n- 12 passing tests\n');
    const [b] = extractClaims('b.md', '## Integration\n\n- 12 passing tests\n');
    const [c] = extractClaims('c.md', '## unit\n\n- 12  passing tests\n');
    expect(claimKey(a!)).not.toBe(claimKey(b!));
    expect(claimKey(a!)).toBe(claimKey(c!));
  });

  it('finds nothing between a report and itself', () => {
    const same = diffClaims('old.md', extractClaims('old.md', before), 'old.md', extractClaims('old.md', before));
    expect([same.added, same.removed, same.changed]).toEqual([[], [], []]);
    expect(same.unchanged).toBe(5);
  });
});

describe('claimcheck diff', () => {
  it('prints one line per change and exits 1 when the claims differ', async () => {
    const { code, stdout } = await cli(['diff', 'old.md', 'new.md']);
    expect(code).toBe(1);
    expect(stdout.split('\n')).toEqual([
      '--- old.md',
      '+++ new.md',
      '- old.md:14:3  removed  90 lines in `scripts/backup.sh`  "`scripts/backup.sh` (90 lines)"',
      '+ new.md:7:3  added    2 failing tests  "2 failing"',
      '~ new.md:5:3  changed  431 passing tests → 440 passing tests  "431 passing" → "440 passing"',
      '~ new.md:11:36  changed  79% line coverage → 81% line coverage  "Line coverage is 79%" → "Line coverage is 81%"',
      '4 changes: 1 added, 1 removed, 2 changed, 2 unchanged',
      '',
    ]);
  });

  it('prints JSON and exits 0 for the same claims', async () => {
    const { code, stdout } = await cli(['diff', 'old.md', 'old.md', '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ version: 1, old: 'old.md', new: 'old.md', added: [], removed: [], changed: [], unchanged: 5 });
  });

  it.each([
    [['diff', 'old.md'], /missing required argument 'new'/],
    [['diff', 'old.md', 'missing.md'], /missing\.md: no such file/],
    [['diff', 'old.md', 'new.md', '--format', 'sarif'], /--format: unknown format "sarif"/],
  ])('exits 2 with a message: %j', async (args, message) => {
    const { code, stderr } = await cli(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
