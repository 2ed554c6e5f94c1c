/**
 * Line numbers that open list items under a line naming the file (w34's
 * "### pobapi/build_modifier.py" over "- 149: …", w35's "- Line 127:", w33's
 * "**Line 170**:"), checked on a fixture repository whose lines are known:
 * the lines exist, and hold what the item names.
 */
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verify } from '../../src/commands/pipeline.js';
import { fixtureRepos } from '../helpers/fixture-repo.js';

const repo = fixtureRepos('claimcheck-item-lines-');

const files = {
  'pkg/builder.py': [
    'SLOTS = [', //                                   1
    '    "belt",', //                                 2
    ']', //                                           3
    '', //                                            4
    '', //                                            5
    'class Builder:', //                              6
    '    def equip(self, item):', //                  7
    '        if self._pending_sets is None:', //      8
    '            self._pending_sets = []', //         9
    '        # keep applicable_mods small', //        10
    '        return item', //                         11
    '',
  ].join('\n'),
  'tests/Feature/PipelineTest.php': [
    '<?php', //                                                  1
    '', //                                                       2
    "test('document state transitions', function () {", //     3
    '    $job = run();', //                                      4
    '    expect($job->state)->toBe(1);', //                      5
    '});', //                                                    6
    '',
  ].join('\n'),
};

/** A report section, the line of the claim in it (1-based, within the section), the verdict and a part of its message. */
const cases: Array<[string, number, string, string]> = [
  // The name is at the line, or in the definition holding it.
  ['### 1. pkg/builder.py - 96%\n**Uncovered lines:**\n- 9: init of `_pending_sets` for a new set', 3, 'confirmed', ''],
  ['#### builder.py (97%)\n- Line 11: `equip()` return path', 2, 'confirmed', 'line 11 is in `equip`'],
  // Stale: the name moved, the line is blank, a comment, or past the end (w34:9, 10, 32).
  ['### pkg/builder.py\n**Непокрытые строки:**\n- 2: Инициализация `_pending_sets`', 3, 'contradicted', '`_pending_sets` at line 8, not at 2'],
  ['### pkg/builder.py\n- ✅ Строка 4: `_pending_sets` init', 2, 'contradicted', 'line 4 is blank'],
  ['### pkg/builder.py\n- Line 10: removal from applicable_mods', 2, 'contradicted', 'line 10 is only a comment'],
  // Code shown for a range, found further down: the line that holds it is named.
  ['### pkg/builder.py\n- Lines 1-2: `self._pending_sets = []`', 2, 'contradicted', 'at line 9, not at 1–2'],
  ['### pkg/builder.py\n- Lines 30-31: `_pending_sets` init', 2, 'contradicted', 'the file has 11 lines'],
  // A test named by its title in backticks is no code on the line: the line exists, nothing more is said (w33:57).
  ['### Failing\n\nAll failures are in `tests/Feature/PipelineTest.php`.\n\n**Failures:**\n\n1. **Line 5**: `document state transitions`', 7, 'unverifiable', 'line 5 exists'],
  // A file the repository does not hold (w35's removed manager.py).
  ['#### manager.py (78%)\n- Lines 69-71: `__init__()` check', 2, 'contradicted', 'no file `manager.py`'],
];

describe('line numbers that open items under a line naming the file', () => {
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

  it('finds no line reference where a bare number opens a list that is not of lines', async () => {
    const dir = repo(files);
    const report = path.join(dir, 'REPORT.md');
    writeFileSync(report, '### pkg/builder.py\n- 2: items created\n- 40: sets modified\n');
    const result = await verify({ reports: [report], repo: dir, cwd: dir, checks: ['files'] });
    expect(result.reports[0]!.findings.filter((f) => f.claim.kind === 'file.snippet')).toEqual([]);
  });
});
