/**
 * Lines of a definition named beside them, the file named above (w46's
 * "### 1. `pihealth_helper.py`" over "| `cmd_mount` | 83-118 |" and
 * "- `_parse_status_output()` (lines 514-601)"), checked on a fixture
 * repository read by the real Python parser: the lines lie in the named
 * definition, or in a run of the definitions a group name (`cmd_tailscale_*`)
 * stands for.
 */
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verify } from '../../src/commands/pipeline.js';
import { fixtureRepos } from '../helpers/fixture-repo.js';

const repo = fixtureRepos('claimcheck-definition-lines-');

/** Functions of two lines each, two blank lines apart: the n-th (from 0) starts at line 4n + 1. */
const functions = ['run_command', 'cmd_mount', 'cmd_tailscale_install', 'cmd_tailscale_status', 'cmd_umount', 'cmd_tailscale_logout', 'notes'];
const body = (name: string) => (name === 'notes' ? '    return "cmd_backup_ is planned"' : '    return 1');
const files = {
  'helper.py': `${functions.map((name) => `def ${name}(args):\n${body(name)}\n\n\n`).join('')}`,
};
// run_command 1–2, cmd_mount 5–6, cmd_tailscale_install 9–10, cmd_tailscale_status 13–14, cmd_umount 17–18,
// cmd_tailscale_logout 21–22, notes 25–26.

const table = (name: string, lines: string) => `### 1. \`helper.py\` - 23% Coverage\n\n| Function | Lines | Description |\n| --- | --- | --- |\n| \`${name}\` | ${lines} | what it does |`;

/** A report, the line of the claim, the verdict and a part of its message. */
const cases: Array<[string, number, string, string]> = [
  [table('cmd_mount', '5-6'), 5, 'confirmed', 'lines 5–6 are in `cmd_mount`'],
  // Another function's lines (w46:28, 29, 36).
  [table('cmd_mount', '1-2'), 5, 'contradicted', '`cmd_mount` is at line 5'],
  // A group: the run of its members that stand together (w46:34, 38, true).
  [table('cmd_tailscale_*', '9-14'), 5, 'confirmed', 'lines 9–14 are in `cmd_tailscale_*` (lines 9–14)'],
  // The lines of another group, or of a run broken by another function (w46:37, 39, 40).
  [table('cmd_tailscale_*', '17-18'), 5, 'contradicted', 'start in `cmd_umount`; `cmd_tailscale_*` are at lines 9–14, lines 21–22'],
  // A group the file names nowhere (w46:32).
  [table('cmd_smb_share_*', '5-6'), 5, 'contradicted', 'nothing in `helper.py` is named `cmd_smb_share_*`'],
  // A group the file writes but defines no member of: said nothing of.
  [table('cmd_backup_*', '25-26'), 5, 'unverifiable', 'though the file writes `cmd_backup_`'],
  // An item under the heading: the function is elsewhere (w46:232), or lines past the end.
  ['### 5. `helper.py` - 43%\n\n**Missing coverage:**\n- `cmd_umount()` generator for sync/scrub/status (lines 5-6)', 4, 'contradicted', '`cmd_umount` is at line 17'],
  ['### 5. `helper.py` - 43%\n\n- `cmd_umount()` (lines 17-18)', 3, 'confirmed', 'are in `cmd_umount`'],
  ['### 5. `helper.py` - 43%\n\n- `cmd_umount()` (lines 70-90)', 3, 'contradicted', 'the file has 28 lines'],
];

describe('lines of a definition named beside them, the file named above', () => {
  it.each(cases)('%s', async (section, line, verdict, message) => {
    const dir = repo(files);
    const report = path.join(dir, 'REPORT.md');
    writeFileSync(report, `${section}\n`);
    const result = await verify({ reports: [report], repo: dir, cwd: dir, checks: ['files'] });
    const found = result.reports[0]!.findings.filter((f) => f.claim.kind === 'file.snippet');
    expect(found.map((f) => f.claim.position.line)).toEqual([line]);
    expect(found[0]!.verdict).toBe(verdict);
    expect(found[0]!.message).toContain(message);
  });

  it('reads no line count from a Lines column of ranges', async () => {
    const dir = repo(files);
    const report = path.join(dir, 'REPORT.md');
    writeFileSync(report, `${table('cmd_mount', '5-6')}\n`);
    const result = await verify({ reports: [report], repo: dir, cwd: dir, checks: ['files'] });
    expect(result.reports[0]!.findings.filter((f) => f.claim.kind === 'file.lines')).toEqual([]);
  });
});
