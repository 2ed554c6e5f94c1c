/**
 * coverlet's Cobertura file where `dotnet test --collect "XPlat Code Coverage"`
 * leaves it (`<TestProject>/TestResults/<run guid>/coverage.cobertura.xml`,
 * realworld w45), read without configuration: the whole project, and a class
 * named in a Class column through the one file named for it. Several runs in
 * one TestResults folder are runs at different times: none is read.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verify } from '../../src/commands/pipeline.js';
import { fixtureRepos } from '../helpers/fixture-repo.js';

const repo = fixtureRepos('claimcheck-coverlet-');

/** A coverlet file as coverlet 6 writes it: Windows paths, `branch="True"`, a nested class in the same file. */
function coverlet(lineRate: string, hits: number[]): string {
  const lines = (from: number) => hits.map((h, i) => `<line number="${from + i}" hits="${h}" branch="${i === 0 ? 'True' : 'False'}"${i === 0 ? ' condition-coverage="50% (1/2)"' : ''} />`).join('');
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<coverage line-rate="${lineRate}" branch-rate="0.5" version="1.9" timestamp="1762471066" lines-covered="7" lines-valid="10" branches-covered="2" branches-valid="4">`,
    '<sources><source>C:\\Users\\dev\\App.Core\\</source></sources>',
    '<packages><package name="App.Core" line-rate="0.7" branch-rate="0.5" complexity="4"><classes>',
    `<class name="App.Core.Services.DictionaryService" filename="Services\\DictionaryService.cs" line-rate="0.8" branch-rate="0.5" complexity="2"><methods /><lines>${lines(10)}</lines></class>`,
    `<class name="App.Core.Services.DictionaryService/&lt;&gt;c" filename="Services\\DictionaryService.cs" line-rate="1" branch-rate="1" complexity="1"><methods /><lines><line number="40" hits="3" branch="False" /></lines></class>`,
    `<class name="App.Core.Mapper" filename="Mapper.cs" line-rate="0.5" branch-rate="0.5" complexity="1"><methods /><lines>${lines(5).replace(/hits="\d+"/g, (m, i) => (i % 2 ? 'hits="0"' : m))}</lines></class>`,
    `<class name="App.Web.Mapper" filename="..\\App.Web\\Mapper.cs" line-rate="1" branch-rate="1" complexity="1"><methods /><lines><line number="3" hits="1" branch="False" /></lines></class>`,
    '</classes></package></packages></coverage>',
  ].join('\n');
}

const report = [
  '- **Line Coverage:** 70% (7 of 10 lines)', //  1 the whole: confirmed
  '', //                                           2
  '| Class | Line Coverage | Branch Coverage |', // 3
  '|-------|--------------|-----------------|', // 4
  '| DictionaryService | 100% | 100% |', //         5 the file has 4 of 5 lines, 1 of 2 branches: contradicted twice
  '| Mapper | 50% | 50% |', //                      6 two files named Mapper: unverifiable
  '| Models | 100% | N/A |', //                     7 no file of that name: unverifiable
  '',
].join('\n');

const run = 'App.Tests/TestResults/dc2238b5-9e74-43f5-801e-cd7e772c6914/coverage.cobertura.xml';
const again = 'App.Tests/TestResults/5b0e3a8c-1111-4c2e-9a53-0f3f9e1c2d4e/coverage.cobertura.xml';

async function verdicts(files: Record<string, string>): Promise<string[]> {
  const dir = repo({ 'App.Core/Services/DictionaryService.cs': 'class DictionaryService {}\n', 'App.Core/Mapper.cs': 'class Mapper {}\n' });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  writeFileSync(path.join(dir, 'REPORT.md'), report);
  const result = await verify({ reports: [path.join(dir, 'REPORT.md')], repo: dir, cwd: dir, checks: ['coverage'], noExec: true });
  return result.reports[0]!.findings.filter((f) => f.claim.kind.startsWith('coverage.')).map((f) => `${f.claim.position.line} ${f.claim.kind} ${f.verdict}: ${f.message}`);
}

describe('coverlet runs under TestResults', () => {
  const cases: Array<[string, Record<string, string>, Array<[string, string]>]> = [
    ['one run: read', { [run]: coverlet('0.7', [4, 0, 2, 1, 1]) }, [
      ['1 coverage.lines confirmed', 'measured 70%'],
      ['5 coverage.lines contradicted', 'measured 83.3%'],
      ['5 coverage.branches contradicted', 'measured 50%'],
      ['6 coverage.lines unverifiable', '`Mapper` is the name of several files'],
      ['6 coverage.branches unverifiable', '`Mapper` is the name of several files'],
      ['7 coverage.lines unverifiable', 'cannot map "Models"'],
    ]],
    ['two runs in one TestResults folder: neither is read', { [run]: coverlet('0.7', [4, 0, 2, 1, 1]), [again]: coverlet('0.7', [1, 1, 1, 1, 1]) }, [
      ['1 coverage.lines unverifiable', '2 coverlet runs in `App.Tests/TestResults/`'],
      ['5 coverage.lines unverifiable', 'which one the report read is unknown'],
      ['5 coverage.branches unverifiable', ''],
      ['6 coverage.lines unverifiable', ''],
      ['6 coverage.branches unverifiable', ''],
      ['7 coverage.lines unverifiable', ''],
    ]],
  ];
  it.each(cases)('%s', async (_, files, expected) => {
    const found = await verdicts(files);
    expect(found.map((f) => f.slice(0, f.indexOf(':')))).toEqual(expected.map(([head]) => head));
    expected.forEach(([, message], i) => expect(found[i]).toContain(message));
  });
});
