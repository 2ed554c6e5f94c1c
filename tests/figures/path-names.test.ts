/**
 * The names a report gives its files: a row named as a file was described
 * elsewhere reads as that file. Each case is a report and what the figure
 * of the row's last cell is read as.
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/commands/claims.js';

const lastRowFigure = (markdown: string) => {
  const figures = readReport('case.md', markdown).figures;
  const line = markdown.split('\n').length;
  return figures.filter((f) => f.position.line === line).at(-1);
};

const table = (row: string) => ['', '| Component | Before | After |', '| --- | --- | --- |', `| ${row} | 0 lines | 330 lines |`].join('\n');

const cases: Array<[string, string, { name?: string; kind: string; subject?: object }]> = [
  ['the description as the row', '- `installer/install.py` - Python installer\n' + table('Python installer'),
    { name: 'installer/install.py', kind: 'file.lines', subject: { path: 'installer/install.py' } }],
  ['a tail of two words of the description, under a lead-in, before a parenthesis',
    'Created:\n\n1. `installer/install.py` - Full-featured Python installer (330 lines)\n' + table('**Python Installer**'),
    { name: 'installer/install.py', kind: 'file.lines', subject: { path: 'installer/install.py' } }],
  ['a colon after the path', '- `src/cli.ts`: Command line parser\n' + table('Command line parser'),
    { name: 'src/cli.ts', kind: 'file.lines', subject: { path: 'src/cli.ts' } }],
  // Not names of one file:
  ['a one-word name is a kind', '- `installer/install.py` - installer\n' + table('installer'), { kind: 'figure' }],
  ['a name two files share', '- `a/install.py` - Python installer\n- `b/install.py` - Python installer\n' + table('Python installer'), { kind: 'figure' }],
  ['a name the row only contains', '- `installer/install.py` - Python installer\n' + table('Python installer tests'), { kind: 'figure' }],
  ['a path in a programming block', '```python\n# `installer/install.py` - Python installer\n```\n' + table('Python installer'), { kind: 'figure' }],
  ['a row that names its own path keeps it', '- `installer/install.py` - Python installer\n' + table('`lib/other.py`'),
    { name: 'lib/other.py', kind: 'file.lines', subject: { path: 'lib/other.py' } }],
];

describe('path-names: a row named as a file was described', () => {
  it.each(cases)('%s', (_, markdown, want) => {
    const figure = lastRowFigure(markdown);
    expect(figure?.value).toBe(330);
    expect(figure?.context.name).toBe(want.name);
    expect(figure?.kind).toBe(want.kind);
    if (want.subject) expect(figure?.subject).toEqual(want.subject);
  });
});
