/**
 * Report text is data: payloads written to run commands if anything passed
 * them to a shell would create marker files. The real CLI runs with a git
 * that logs its argv and a configured test command that logs its own, so
 * the test sees exactly what was run and with which arguments.
 */
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, commitAll, tempFolders } from './helpers.js';

const temp = tempFolders('claimcheck-noexec-');

/** Every shell-ish way to run `touch <marker>`, and paths of other systems. */
function payloads(markers: string): string[] {
  const m = (name: string) => path.join(markers, name);
  return [
    `$(touch ${m('dollar')})`,
    `\`touch ${m('backtick')}\``,
    `x; touch ${m('semicolon')}`,
    `x | touch ${m('pipe')}`,
    `x && touch ${m('and')}`,
    `x\ntouch ${m('newline')}`,
    `C:\\Windows\\System32\\$(touch ${m('windows')}).ps1`,
    `--upload-pack=touch ${m('option')}`,
  ];
}

function hostileReport(markers: string): string {
  const p = payloads(markers);
  const m = (name: string) => path.join(markers, name);
  return [
    '# Audit',
    '',
    ...p.map((payload, i) => `- \`${payload.replace(/\n/g, ' ')}\` (${10 + i} lines)`),
    `- \`scripts/$(touch ${m('file-dollar')}).sh\` (3 lines)`,
    `- \`scripts/a;touch ${m('file-semicolon')}.sh\` (2 lines)`,
    `- commit \`abc1234; touch ${m('commit')}\``,
    `- Fixed in commit 2709e06\`touch ${m('commit-backtick')}\``,
    `- Branch: \`main;touch ${m('branch')}\``,
    `- 3 commits in \`main..$(touch ${m('range')})\``,
    `- 14 commits since \`--output=${m('since-option')}\``,
    '- 2 passing tests',
    '- `tests/$(touch ' + m('test-file') + ').py`: 4 tests',
    '',
    '```sh',
    `touch ${m('code-block')}; rm -rf ${markers}/*`,
    `$(touch ${m('code-dollar')}) | sh`,
    '```',
    '',
    '| Script | Lines |',
    '| --- | --- |',
    `| \`$(touch ${m('cell')})\` | 12 lines |`,
    `| \`C:\\\\tools\\\\x.ps1 \\| touch ${m('cell-pipe')}\` | 5 lines |`,
    '',
  ].join('\n');
}

const junit = '<testsuites><testsuite name="s"><testcase name="a" file="t.py"/><testcase name="b" file="t.py"/></testsuite></testsuites>';

/** A test command that logs the argv it got, then leaves its results. */
const loggingRunner = [
  "import { appendFileSync, writeFileSync } from 'node:fs';",
  "appendFileSync(process.env.RUN_LOG, JSON.stringify(process.argv.slice(2)) + '\\n');",
  `writeFileSync('out/junit.xml', ${JSON.stringify(junit)});`,
].join('\n');

/** A `git` first on PATH that appends its argv (fields split by \x1f, calls by \x1e) to $GIT_LOG and runs the real git. */
function gitLogger(realGit: string): string {
  return ['#!/bin/sh', 'for a in "$@"; do printf \'%s\\037\' "$a" >> "$GIT_LOG"; done', 'printf \'\\036\' >> "$GIT_LOG"', `exec ${realGit} "$@"`, ''].join('\n');
}

describe('report content is never executed', () => {
  it('plants shell payloads in paths, claims, code blocks and tables: nothing is created, commands get report text only as data', async () => {
    const dir = temp();
    const repo = path.join(dir, 'repo');
    const markers = path.join(dir, 'markers');
    const fakeBin = path.join(dir, 'bin');
    mkdirSync(markers);
    mkdirSync(fakeBin);
    mkdirSync(path.join(repo, 'scripts'), { recursive: true });
    mkdirSync(path.join(repo, 'out'));
    writeFileSync(path.join(repo, 'out/.keep'), '');
    // Files whose very names are payloads: measured as files, never run.
    writeFileSync(path.join(repo, 'scripts', `$(touch ${path.join(markers, 'file-dollar').replace(/\//g, '_')}).sh`), 'a\nb\nc\n');
    writeFileSync(path.join(repo, 'run-tests.mjs'), loggingRunner);
    writeFileSync(path.join(repo, 'claimcheck.yaml'), 'tests:\n  - run: node run-tests.mjs --ci\n    results: out/junit.xml\n');
    writeFileSync(path.join(repo, 'AUDIT.md'), hostileReport(markers));
    commitAll(repo);
    const realGit = ['/usr/bin/git', '/usr/local/bin/git', '/bin/git'].find((g) => existsSync(g)) as string;
    writeFileSync(path.join(fakeBin, 'git'), gitLogger(realGit));
    chmodSync(path.join(fakeBin, 'git'), 0o755);
    const runLog = path.join(dir, 'runs.log');
    const gitLog = path.join(dir, 'git.log');

    const result = await cli(['verify', 'AUDIT.md', '--format', 'json'], repo, {
      PATH: `${fakeBin}${path.delimiter}${process.env.PATH ?? ''}`,
      RUN_LOG: runLog,
      GIT_LOG: gitLog,
    });

    expect(result.signal).toBeNull();
    expect([0, 1]).toContain(result.status);
    // Nothing written by a payload.
    expect(readdirSync(markers)).toEqual([]);
    // The configured command ran once, with the config's argv only.
    expect(readFileSync(runLog, 'utf8')).toBe('["--ci"]\n');
    // git ran, and no argument it got carries report text that is not a checked revision.
    const calls = readFileSync(gitLog, 'utf8').split('\x1e').filter((c) => c !== '').map((c) => c.split('\x1f').slice(0, -1));
    expect(calls.length).toBeGreaterThan(0);
    for (const argv of calls) {
      for (const arg of argv) expect(arg).not.toMatch(/touch|\$\(|`|;|\||\n|--upload-pack|--output=/);
    }
    // Every payload claim got a verdict with a reason; none made the run fail with an error.
    const parsed = JSON.parse(result.stdout) as { reports: Array<{ findings: Array<{ verdict: string; message: string; claim: { text: string } }> }> };
    const findings = parsed.reports[0]?.findings ?? [];
    // Extractors take the safe part of a payload (`abc1234`, `main`) or nothing; the parts they take reach git as checked data.
    expect(findings.map((f) => f.claim.text)).toEqual(expect.arrayContaining(['abc1234', 'main']));
    for (const finding of findings) {
      expect(['confirmed', 'contradicted', 'unverifiable', 'skipped']).toContain(finding.verdict);
      expect(finding.message).not.toBe('');
    }
    const tests = findings.find((f) => f.claim.text.includes('2 passing'));
    expect(tests).toMatchObject({ verdict: 'confirmed' });
  });
});
