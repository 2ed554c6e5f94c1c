/**
 * Report text and file content are printed to a terminal: in `text` and
 * `github` output their escape sequences are shown as visible escapes and
 * never reach the terminal; JSON, SARIF and JUnit keep the text exact (as far
 * as each format can carry it) and stay valid.
 */
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { fixtureRepos } from '../helpers/fixture-repo.js';
import { verify } from '../../src/commands/pipeline.js';
import { formatters } from '../../src/report/index.js';
import { visible } from '../../src/report/visible.js';
import { run } from '../../src/commands/cli.js';

const ESC = '\x1b';
const BEL = '\x07';
/** Sequences a terminal acts on, each named by what it would do. */
const sequences = {
  title: `${ESC}]0;owned${BEL}`, // OSC 0: set the window title
  clear: `${ESC}[2J${ESC}[H`, // CSI 2J: clear the screen, cursor home
  link: `${ESC}]8;;https://evil.example/${ESC}\\here${ESC}]8;;${ESC}\\`, // OSC 8: a hyperlink
  c1: '\u009b31m\u009d0;c1 title\u009c', // C1 CSI and OSC, 8-bit forms
  bell: BEL,
  overwrite: 'shown\rhidden\b\b', // carriage return and backspace rewrite the line
  bidi: '\u202eexe.txt', // right-to-left override
};

/** Anything a terminal would act on, outside tab and line feed. */
// eslint-disable-next-line no-control-regex
const controlRe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const repo = fixtureRepos('claimcheck-terminal-');

function hostile() {
  const s = sequences;
  const dir = repo({
    // File content shown in messages: a line of code quoted by a snippet claim.
    'run.sh': `echo start\necho ${s.title}${s.clear}done\n`,
    'notes.txt': 'one\ntwo\nthree\n',
  });
  const report = [
    `# Status ${s.title}`,
    '',
    `- \`notes${s.clear}.txt\` (3 lines)`,
    `- \`notes.txt\` (7 lines) ${s.link}`,
    `- **Location:** \`run.sh:2\` - \`echo ${s.c1}\``,
    `- Coverage: 95%${s.bell} ${s.overwrite}`,
    `- \`${s.bidi}\` (2 lines)`,
    '',
  ].join('\n');
  return { dir, report };
}

describe('terminal-safe output', () => {
  it('visible: escapes every control character but tab and line feed, and leaves other text alone', () => {
    expect(visible(`a${ESC}[2Jb`)).toBe('a\\x1b[2Jb');
    expect(visible(`${ESC}]0;t${BEL}`)).toBe('\\x1b]0;t\\x07');
    expect(visible('\u009b1m\u0085\u007f')).toBe('\\x9b1m\\x85\\x7f');
    expect(visible('x\ry\b\u0000')).toBe('x\\x0dy\\x08\\x00');
    expect(visible('\u202eabc\u2066')).toBe('\\u{202e}abc\\u{2066}');
    expect(visible('tab\there\nnext line: 96.3% ✓ é 测试')).toBe('tab\there\nnext line: 96.3% ✓ é 测试');
  });

  it('text and github output show the escapes; json, sarif and junit keep the text and stay valid', async () => {
    const { dir, report } = hostile();
    const file = path.join(dir, 'STATUS.md');
    await import('node:fs').then((fs) => fs.writeFileSync(file, report));
    const result = await verify({ reports: [file], repo: dir, cwd: dir, checks: ['files', 'coverage'] });
    const messages = result.reports[0]!.findings.map((f) => f.message).join('\n');
    // The findings really carry the sequences, from the report and from run.sh, so the formats have something to neutralise.
    expect(messages).toContain(`echo ${sequences.title}${sequences.clear}done`);
    expect(messages).toContain(sequences.c1);

    for (const name of ['text', 'github'] as const) {
      const out = formatters[name](result, { cwd: dir, verbose: true });
      expect(out, name).not.toMatch(controlRe);
      expect(out, name).toContain('echo \\x1b]0;owned\\x07\\x1b[2J\\x1b[Hdone');
      expect(out, name).toContain('echo \\x9b31m\\x9d0;c1 title\\x9c');
    }
    // Colour is claimcheck's own and stays; only the data is escaped.
    const colored = formatters.text(result, { cwd: dir, color: true });
    expect(colored).toContain('\x1b[31m');
    expect(colored.replace(/\x1b\[\d+m/g, '')).not.toMatch(controlRe);

    const json = JSON.parse(formatters.json(result, {})) as { reports: Array<{ findings: Array<{ message: string }> }> };
    expect(json.reports[0]!.findings.map((f) => f.message).join('\n')).toBe(messages);
    const sarif = JSON.parse(formatters.sarif(result, { cwd: dir, version: '0.1.0' })) as { runs: Array<{ results: Array<{ message: { text: string } }> }> };
    expect(sarif.runs[0]!.results.map((r) => r.message.text).join('\n')).toContain(ESC);
    // XML 1.0 cannot carry C0 controls at all, even escaped: JUnit leaves those out, keeps the rest, and stays well-formed.
    const junit = formatters.junit(result, { cwd: dir });
    expect(XMLValidator.validate(junit)).toBe(true);
    // eslint-disable-next-line no-control-regex
    expect(junit).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(junit).toContain(sequences.c1);
  });

  it('the CLI prints no escape sequence from the report to the terminal (verify and extract)', async () => {
    const { dir, report } = hostile();
    await import('node:fs').then((fs) => fs.writeFileSync(path.join(dir, 'STATUS.md'), report));
    for (const argv of [['verify', 'STATUS.md', '--repo', dir, '--checks', 'files'], ['extract', 'STATUS.md']]) {
      let out = '';
      let err = '';
      await run(argv, { cwd: dir, stdout: (t) => (out += t), stderr: (t) => (err += t), isTTY: true, env: {} });
      expect(out, argv[0]).toContain('\\x9b31m');
      expect(out.replace(/\x1b\[\d+m/g, ''), argv[0]).not.toMatch(controlRe);
      expect(err, argv[0]).not.toMatch(controlRe);
    }
  });
});
