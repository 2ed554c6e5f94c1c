/**
 * Line references checked for what they point at, on a fixture repository
 * in Go, Python, TypeScript, Rust, Java, shell and markdown. Every case
 * marked `was: confirmed` is a false reference that claimcheck once
 * confirmed because the line exists; now the definition the parser finds
 * around the line decides.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verify } from '../../src/commands/pipeline.js';
import { fixtureRepos } from '../helpers/fixture-repo.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const repo = fixtureRepos('claimcheck-lines-');

const files = {
  'agents.go': [
    'package agents', //  1
    '', //                2
    'import "fmt"', //    3
    '', //                4
    '// Agent runs jobs.', // 5
    'type Agent struct {', // 6
    '\tname string', //   7
    '}', //               8
    '', //                9
    '// StartAgent starts an agent.', // 10
    'func StartAgent(name string) *Agent {', // 11
    '\tfmt.Println("start", name)', // 12
    '\treturn &Agent{name: name}', // 13
    '}', //              14
    '', //               15
    'func (a *Agent) StopAgent() {', // 16
    '\tfmt.Println("stop", a.name)', // 17
    '}', //              18
    '',
  ].join('\n'),
  'tasks.py': [
    'import os', //                1
    '', //                         2
    '', //                         3
    '@retry', //                   4
    'def start_agent(name):', //   5
    '    return os.environ[name]', // 6
    '', //                         7
    '', //                         8
    'def check_config(path):', //  9  (renamed from validate_config)
    '    # the file must exist', // 10
    '    return os.path.exists(path)', // 11
    '',
  ].join('\n'),
  'service.ts': [
    "import { readFileSync } from 'node:fs';", // 1
    '', //                                         2
    'export const validateConfig = (text: string): boolean => {', // 3
    '  const parsed = JSON.parse(text);', //       4
    "  return typeof parsed === 'object';", //     5
    '};', //                                       6
    '', //                                         7
    'export function loadConfig(file: string): string {', // 8
    "  return readFileSync(file, 'utf8');", //     9
    '}', //                                       10
    '', //                                        11
    'export function saveConfig(file: string): void {', // 12
    '  void file;', //                            13
    '}', //                                       14
    '', //                                        15
    'export class ConfigService {', //            16
    '  save(): void {', //                        17
    '    saveConfig("x");', //                    18
    '  }', //                                     19
    '}', //                                       20
    '',
  ].join('\n'),
  'src/lib.rs': 'pub struct Agent;\n\nimpl Agent {\n    pub fn start_agent(&self) {\n        println!("start");\n    }\n}\n\npub fn stop_agent() {}\n',
  'src/Agent.java': 'public class Agent {\n    public void startAgent() {\n        System.out.println("start");\n    }\n\n    public void stopAgent() {\n    }\n}\n',
  'scripts/run.sh': '#!/bin/sh\n\nstart_agent() {\n  echo start\n}\n\nstop_agent() {\n  echo stop\n}\n',
  'PLAN.md': '# Plan\n\n## Deploy\n\nShip it.\n\n## Validate config\n\nCheck the config file.\n',
};

/** A report line, the verdict its line reference must get, and a part of the message. */
const cases: Array<[string, string, string]> = [
  // Go
  ['| Start Agent | `agents.go:16` |', 'contradicted', 'line 16 is in `StopAgent`; `StartAgent` is at line 11'], // was: confirmed
  ['| Start Agent | `agents.go:11` |', 'confirmed', 'line 11 is in `StartAgent`'],
  ['- Start Agent: `agents.go:9`', 'contradicted', 'line 9 is blank; `StartAgent` is at line 11'], // was: confirmed
  ['- Start Agent: `agents.go:18`', 'contradicted', 'line 18 is only a brace'], // was: confirmed
  ['- `StartAgent` at `agents.go:10`', 'contradicted', 'line 10 is only a comment'], // was: confirmed (the name is in the comment)
  // Comment lines are what words naming comments point at; blank lines are not.
  ['- Agent doc comment: `agents.go:10`', 'confirmed', 'line 10 is only a comment, as "Agent doc comment" says'], // was: contradicted
  ['- Comprehensive GoDoc comments: `agents.go:5`', 'confirmed', 'line 5 is only a comment'], // was: contradicted
  ['- Config comments: `tasks.py:10`', 'confirmed', 'line 10 is only a comment'], // was: contradicted
  ['- Deploy comment: `agents.go:9`', 'contradicted', 'line 9 is blank'],
  ['- Stop agent: `agents.go:12-13`', 'contradicted', 'lines 12–13 start in `StartAgent`; `StopAgent` is at line 16'], // was: confirmed
  ['- `Agent.StopAgent` (`agents.go:17`)', 'confirmed', 'line 17 is in `StopAgent`'],
  ['- `agents.go:16`', 'unverifiable', 'line 16 exists; nothing names what it should hold'], // was: confirmed
  ['- Start Agent: `agents.go:40`', 'contradicted', 'the file has 18 lines'],
  // Python
  ['- `start_agent()` in `tasks.py:4`', 'confirmed', 'line 4 is in `start_agent`'], // the decorator belongs to the function
  ['- Validate config: `tasks.py:11`', 'unverifiable', 'nothing in `tasks.py` is named "Validate config"; line 11 is in `check_config`'], // was: confirmed (renamed)
  ['- Start agent: `tasks.py:10`', 'contradicted', 'line 10 is only a comment; `start_agent` is at line 4'], // was: confirmed
  ['- Start agent: `tasks.py:11`', 'contradicted', 'line 11 is in `check_config`; `start_agent` is at line 4'], // was: confirmed
  // TypeScript
  ['| Validate config | `service.ts:5` |', 'confirmed', 'line 5 is in `validateConfig`'],
  ['| Load config | `service.ts:13` |', 'contradicted', 'line 13 is in `saveConfig`; `loadConfig` is at line 8'], // was: confirmed
  ['- `ConfigService.save()` at `service.ts:18`', 'confirmed', 'line 18 is in `save`'],
  ['- Load config: `service.ts:11`', 'contradicted', 'line 11 is blank; `loadConfig` is at line 8'], // was: confirmed
  // Rust, Java, shell
  ['- `start_agent` at `src/lib.rs:5`', 'confirmed', 'line 5 is in `start_agent`'],
  ['- Stop agent: `src/lib.rs:5`', 'contradicted', 'line 5 is in `start_agent`; `stop_agent` is at line 9'], // was: confirmed
  ['- `startAgent()` at `src/Agent.java:3`', 'confirmed', 'line 3 is in `startAgent`'],
  ['- Stop agent: `src/Agent.java:3`', 'contradicted', 'line 3 is in `startAgent`; `stopAgent` is at line 6'], // was: confirmed
  ['- `start_agent` at `scripts/run.sh:4`', 'confirmed', 'line 4 is in `start_agent`'],
  ['- Stop agent: `scripts/run.sh:4`', 'contradicted', 'line 4 is in `start_agent`; `stop_agent` is at line 7'], // was: confirmed
  // Markdown: a range against the heading named beside it
  ['- Validate config: `PLAN.md:3-5`', 'contradicted', 'lines 3–5 start in `Deploy`; `Validate config` is at line 7'], // was: confirmed
  ['- Validate config: `PLAN.md:7-9`', 'confirmed', 'lines 7–9 are in `Validate config`'],
];

describe('line references', () => {
  it('are checked against the definition named beside them', async () => {
    const dir = repo(files);
    const report = path.join(dir, 'REPORT.md');
    // A table row gets a table of its own; every case is followed by a blank line.
    const blocks = cases.map(([line]) => (line.startsWith('|') ? ['| Feature | Where |', '| --- | --- |', line] : [line]));
    const lineOf = blocks.map((_, i) => blocks.slice(0, i + 1).reduce((n, b) => n + b.length + 1, 0) - 1);
    writeFileSync(report, blocks.map((b) => b.join('\n')).join('\n\n') + '\n');
    const result = await verify({ reports: [report], repo: dir, cwd: dir, checks: ['files'] });
    const snippets = result.reports[0]!.findings.filter((f) => f.claim.kind === 'file.snippet');
    cases.forEach(([line, verdict, message], i) => {
      const found = snippets.filter((f) => f.claim.position.line === lineOf[i]);
      expect(found, line).toHaveLength(1);
      expect(`${found[0]!.verdict}: ${found[0]!.message}`, line).toContain(`${verdict}: `);
      expect(found[0]!.message, line).toContain(message);
    });
  });

  it('are read by the bundled CLI with --no-exec, grammars loaded from node_modules', () => {
    const dir = repo(files);
    writeFileSync(path.join(dir, 'REPORT.md'), '| Feature | Where |\n| --- | --- |\n| Start Agent | `agents.go:16` |\n| Stop Agent | `agents.go:16` |\n');
    const run = spawnSync('node', [path.join(root, 'bin/claimcheck.js'), 'verify', 'REPORT.md', '--repo', dir, '--no-exec', '--format', 'json'], { cwd: dir, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const findings = (JSON.parse(run.stdout) as { reports: Array<{ findings: Array<{ verdict: string; message: string }> }> }).reports[0]!.findings;
    expect(findings.map((f) => f.verdict)).toEqual(['contradicted', 'confirmed']);
    expect(run.status).toBe(1);
  });
});

describe('a markdown range against the heading named beside it', () => {
  const plan = '# Plan\n\n## 3. Phase 2: Rollout\n\nShip it.\n\n## Deployment\n\nSteps.\n';
  it.each([
    ['- Phase 2: `PLAN.md:3-5`', 'confirmed'], // the heading opens with the name, its number aside
    ['- Phase 2: `PLAN.md:7-9`', 'contradicted'], // the range holds another section
    ['- Deploy step: `PLAN.md:7-9`', 'unverifiable'], // no heading opens with these words
  ])('%s: %s', async (line, verdict) => {
    const dir = repo({ 'PLAN.md': plan });
    writeFileSync(path.join(dir, 'REPORT.md'), `${line}\n`);
    const result = await verify({ reports: [path.join(dir, 'REPORT.md')], repo: dir, cwd: dir, checks: ['files'] });
    expect(result.reports[0]!.findings.filter((f) => f.claim.kind === 'file.snippet').map((f) => f.verdict)).toEqual([verdict]);
  });
});
