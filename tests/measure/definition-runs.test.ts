import { describe, expect, it } from 'vitest';
import { definitionRuns, groupPrefixOf } from '../../src/measure/definition-runs.js';
import { readSyntax } from '../../src/measure/syntax.js';

describe('a group name', () => {
  it.each([
    ['cmd_tailscale_*', 'cmd_tailscale_'],
    [' cmd_sshfs_* ', 'cmd_sshfs_'],
    ['Handle*', 'Handle'],
  ])('%s → %s', (shown, prefix) => expect(groupPrefixOf(shown)).toBe(prefix));

  it.each([['cmd_mount'], ['*'], ['c*'], ['cmd_*_mount'], ['run()'], ['src/*.py'], ['a.b*']])('%s → no group', (shown) => expect(groupPrefixOf(shown)).toBeUndefined());
});

/** Python source: each entry a function of two lines, two blank lines apart; the n-th (from 0) starts at line 4n + 1. */
const python = (names: readonly string[]) => names.map((name) => `def ${name}():\n    return 1\n\n\n`).join('');

describe('the runs of a group', () => {
  it.each<[string, readonly string[], string, Array<[number, number]>]>([
    ['members that stand together are one run', ['a', 'cmd_x_one', 'cmd_x_two', 'b'], 'cmd_x_', [[5, 10]]],
    ['another definition between members breaks the run', ['cmd_x_one', 'other', 'cmd_x_two'], 'cmd_x_', [[1, 2], [9, 10]]],
    ['one member is a run', ['a', 'cmd_x_one'], 'cmd_x_', [[5, 6]]],
    ['no member, no run', ['a', 'b'], 'cmd_x_', []],
  ])('%s', async (_, names, prefix, spans) => {
    const syntax = await readSyntax(python(names), 'python');
    expect(definitionRuns(syntax, prefix).map((d) => [d.startLine, d.endLine])).toEqual(spans);
  });

  it('counts a method nested in a member as part of it, and a class of the group as one member', async () => {
    const text = 'class cmd_x_tool:\n    def cmd_x_inner(self):\n        return 1\n\n\ndef cmd_x_two():\n    return 2\n';
    const syntax = await readSyntax(text, 'python');
    expect(definitionRuns(syntax, 'cmd_x_').map((d) => [d.name, d.startLine, d.endLine])).toEqual([['cmd_x_*', 1, 7]]);
  });
});
