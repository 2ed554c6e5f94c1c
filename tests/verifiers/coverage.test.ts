import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { verify } from '../../src/commands/pipeline.js';
import { run } from '../../src/commands/cli.js';

const samples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/samples');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function repo(files: Record<string, string>, report: string): { dir: string; report: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-cov-'));
  dirs.push(dir);
  for (const [to, from] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, to)), { recursive: true });
    copyFileSync(path.join(samples, from), path.join(dir, to));
  }
  writeFileSync(path.join(dir, 'R.md'), report);
  return { dir, report: path.join(dir, 'R.md') };
}

describe('coverage verifier', () => {
  it('reads lcov as the tool displays it (c8 truncates 66.666 to 66.66)', async () => {
    const r = repo({ 'coverage/lcov.info': 'c8-lcov.info' }, [
      'Line coverage: 66.66%', // confirmed (truncation)
      'Line coverage: 66.67%', // confirmed (half-up)
      'Line coverage: 67%', // confirmed
      'Line coverage: 68%', // contradicted
      'Branch coverage: 100%', // confirmed
      '| File | Coverage |\n| --- | --- |\n| `lib/src/calc.js` | 67% |', // file written with another prefix: confirmed
    ].join('\n\n'));
    const result = await verify({ reports: [r.report], repo: r.dir, cwd: r.dir });
    expect(result.reports[0]!.findings.map((f) => f.verdict)).toEqual(['confirmed', 'confirmed', 'confirmed', 'contradicted', 'confirmed', 'confirmed']);
  });

  it('reads coverage.py Cobertura, and a component it cannot map is unverifiable', async () => {
    const r = repo({ 'coverage.xml': 'coveragepy-coverage.xml' }, '87% coverage overall.\n\n| Module | Coverage |\n| --- | --- |\n| Billing | 50% |\n| `pkg/calc.py` | 90% |\n');
    const result = await verify({ reports: [r.report], repo: r.dir, cwd: r.dir });
    expect(result.reports[0]!.findings.map((f) => f.verdict)).toEqual(['confirmed', 'unverifiable', 'contradicted']);
    expect(result.reports[0]!.findings[1]!.message).toBe('cannot map "Billing" to files of the coverage report');
  });
});

describe('coverage of a file the repository does not hold', () => {
  // w15:53–58: a coverage table of files deleted before the report was committed; no coverage file to read
  const cases: Array<[string, string, string]> = [
    ['`app/jobs/application_job.rb`', 'contradicted', 'claims coverage of a file `app/jobs/application_job.rb`; no file `app/jobs/application_job.rb` in the repository'],
    // a file that is there, written with a shorter path, stays unverifiable for want of coverage data
    ['`models/user.rb`', 'unverifiable', 'no coverage file found'],
    // a component is no file: nothing to find missing
    ['Billing', 'unverifiable', 'no coverage file found'],
  ];
  it.each(cases)('%s: %s', async (row, verdict, message) => {
    const r = repo({}, `| File | Lines | Coverage |\n| --- | --- | --- |\n| ${row} | 4 | **0.0%** |\n`);
    mkdirSync(path.join(r.dir, 'app/models'), { recursive: true });
    writeFileSync(path.join(r.dir, 'app/models/user.rb'), 'class User\nend\n');
    const result = await verify({ reports: [r.report], repo: r.dir, cwd: r.dir, noExec: true });
    const findings = result.reports[0]!.findings.filter((f) => f.verifier === 'coverage');
    expect(findings.map((f) => `${f.claim.position.line} ${f.verdict}`)).toEqual([`3 ${verdict}`]);
    expect(findings[0]!.message).toContain(message);
  });
});

describe('coverage of a name that is no missing file', () => {
  // w61:139–150 a Package | Tests | Coverage table of Kotlin packages, w65:94 "### database/ (…80%…)" under a crate's src/,
  // w64:306 an output the repository's .gitignore ignores: no coverage file, and nothing missing either
  const cases: Array<[string, string, string]> = [
    ['domain.usecase', 'unverifiable', 'is a package, the folder `app/src/main/java/com/ex/domain/usecase/`'],
    ['`src/database/`', 'unverifiable', 'is the folder `crates/core/src/database/`'],
    ['`cover/coverage.out`', 'unverifiable', "ignored by the repository's .gitignore"],
    // a package or folder the repository lacks, a file no rule ignores: missing
    ['domain.model', 'contradicted', 'claims coverage of a file `domain.model`; no file `domain.model` in the repository'],
    ['`reports/coverage.out`', 'contradicted', 'no file `reports/coverage.out` in the repository'],
  ];
  it.each(cases)('%s: %s', async (row, verdict, message) => {
    const r = repo({}, `| Package | Tests | Coverage |\n| --- | --- | --- |\n| ${row} | 4 | 100% |\n`);
    for (const [file, text] of Object.entries({
      'app/src/main/java/com/ex/domain/usecase/Analyze.kt': 'class Analyze\n',
      'crates/core/src/database/mod.rs': 'pub mod x;\n',
      '.gitignore': '/cover/\n',
    })) {
      mkdirSync(path.dirname(path.join(r.dir, file)), { recursive: true });
      writeFileSync(path.join(r.dir, file), text);
    }
    const result = await verify({ reports: [r.report], repo: r.dir, cwd: r.dir, noExec: true });
    const findings = result.reports[0]!.findings.filter((f) => f.verifier === 'coverage');
    expect(findings.map((f) => `${f.claim.position.line} ${f.verdict}`)).toEqual([`3 ${verdict}`]);
    expect(findings[0]!.message).toContain(message);
  });
});

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The verdict a line of a fixture report expects: `<!-- expect: X -->`, or an "Expect" table cell. */
const expectationRe = /expect: (?<comment>\w+)|\|\s*(?<cell>confirmed|contradicted|unverifiable|skipped|error)\b[^|]*\|\s*$/;

describe('fixtures/reports/coverage.md against fixtures/repos/coverage-mixed (lcov + coverage.xml)', () => {
  it('gives every claim the verdict written beside it', async () => {
    const report = 'fixtures/reports/coverage.md';
    const result = await verify({ reports: [report], repo: path.join(root, 'fixtures/repos/coverage-mixed'), cwd: root, noExec: true });
    const lines = readFileSync(path.join(root, report), 'utf8').split('\n');
    const findings = result.reports[0]!.findings;
    const expected = lines.flatMap((line, i) => {
      const groups = expectationRe.exec(line)?.groups;
      return groups ? [`${i + 1} ${groups.comment ?? groups.cell}`] : [];
    });
    expect(findings.filter((f) => f.verifier !== 'consistency').map((f) => `${f.claim.position.line} ${f.verdict}`)).toEqual(expected);
    // Lines 27–31 give one file's coverage five ways, so the report also disagrees with itself there (relation
    // file-coverage-two-values): 62.5% is one value with 63%, and 62%, 61% and 64% are not; the repository
    // confirms 62%, so that line's disagreement with line 27 leaves the other line in doubt.
    expect(findings.filter((f) => f.verifier === 'consistency').map((f) => `${f.claim.position.line} ${f.verdict}: ${f.message}`)).toEqual([
      '28 unverifiable: line 27 says 63% line coverage of `service/store/engine.py`, here 62%; the repository confirms 62, so the other figures are the ones in doubt',
      '29 consistent: agrees with line 27, which also says 63% line coverage of `service/store/engine.py` (not measured)',
      '30 contradicted: 63% line coverage of `service/store/engine.py` (line 27), 62.5% line coverage of `service/store/engine.py` (line 29); here 61%',
      '31 contradicted: 63% line coverage of `service/store/engine.py` (line 27), 62.5% line coverage of `service/store/engine.py` (line 29); here 64%',
    ]);
    expect(result.summary).toEqual({ figures: 25, claims: 21, confirmed: 9, consistent: 1, contradicted: 11, unverifiable: 3, skipped: 1, error: 0 });
  });

  it('adds up the two tools for overall coverage and names the candidates of an ambiguous path', async () => {
    const result = await verify({ reports: ['fixtures/reports/coverage.md'], repo: path.join(root, 'fixtures/repos/coverage-mixed'), cwd: root, noExec: true });
    const at = (line: number) => result.reports[0]!.findings.find((f) => f.claim.position.line === line)!;
    expect(at(9).measured).toMatchObject({ source: 'lcov: coverage/lcov.info 80.4% + cobertura: coverage.xml 66.7%', detail: { covered: 65, total: 88, files: 10 } });
    // Each tool's own figure is a part, not a reading of the whole; coverage.py's displayed figure (statements
    // with branches, 33/54) summed with the lcov part is.
    expect(at(9).measured?.alternatives).toEqual([((37 + 33) / (46 + 54)) * 100]);
    expect(at(10)).toMatchObject({ verdict: 'contradicted' });
    expect(at(25).message).toBe('`index.js` matches files under several folders in lcov: coverage/lcov.info: `src/api/index.js`, `src/lib/index.js`');
    expect(at(38).message).toBe('cannot map "API" to files of the coverage report');
  });
});

describe('coverage verifier, one format at a time', () => {
  const verdicts = async (files: Record<string, string>, lines: string[], extra: Record<string, string> = {}) => {
    const r = repo(files, lines.join('\n\n'));
    for (const [to, text] of Object.entries(extra)) writeFileSync(path.join(r.dir, to), text);
    const result = await verify({ reports: [r.report], repo: r.dir, cwd: r.dir, noExec: true });
    return result.reports[0]!.findings.map((f) => f.verdict);
  };

  it('istanbul summary with absolute keys: a file under another prefix, truncated display', async () => {
    expect(await verdicts({ 'coverage/coverage-summary.json': 'vitest-v8-coverage-summary.json' }, [
      'Line coverage: 57.14%', // 4/7 = 57.142…
      'Statement coverage: 66.66%', // 6/9, istanbul floors
      'Statement coverage: 66.7%',
      'Statement coverage: 66.8%',
      '`src/calc.js` line coverage: 57.1%',
      '`lib/calc.js` line coverage: 57.1%',
    ])).toEqual(['confirmed', 'confirmed', 'confirmed', 'contradicted', 'confirmed', 'unverifiable']);
  });

  it('coverage.py JSON with branches: the combined "Cover" and line coverage are both readings', async () => {
    expect(await verdicts({ 'coverage.json': 'coveragepy-coverage-branch.json' }, [
      '90% coverage', // coverage.py TOTAL shows 90 (19/21 statements and branches)
      '87% coverage', // 13/15 statements
      '88% coverage',
      'Branch coverage: 100%',
      '`src/pkg/calc.py` coverage: 87%',
    ])).toEqual(['confirmed', 'confirmed', 'contradicted', 'confirmed', 'confirmed']);
  });

  it('Go coverprofile: import paths mapped through go.mod', async () => {
    expect(await verdicts({ 'cover.out': 'go-cover-multi.out' }, [
      'Coverage: 70.0%',
      '`calc/calc.go` coverage: 66.7%',
      '`calc/` coverage: 67%',
      '`other/other.go` coverage: 90%',
    ], { 'go.mod': 'module example.com/calc\n\ngo 1.19\n' })).toEqual(['confirmed', 'confirmed', 'confirmed', 'contradicted']);
  });

  it('go tool cover -html: a file or a Go package of one file is read, a figure over several files is not', async () => {
    expect(await verdicts({ 'coverage.html': 'go-cover.html' }, [
      '`calc/calc.go` coverage: 66.7%',
      '`calc/` coverage: 66.7%', // the package calc is calc.go alone: calc/sub is another package
      '`other/other.go` coverage: 90%',
      'Coverage: 70.0%', // three files: no total from percentages
      '`calc/sub/` coverage: 50%',
    ], { 'go.mod': 'module example.com/calc\n\ngo 1.19\n' })).toEqual(['confirmed', 'confirmed', 'contradicted', 'unverifiable', 'confirmed']);
  });

  it('JaCoCo: a path under the source root matches the package path', async () => {
    expect(await verdicts({ 'target/site/jacoco/jacoco.xml': 'jacoco.xml' }, [
      'Line coverage: 60%',
      '`src/main/java/demo/Calc.java` line coverage: 60%',
      'Branch coverage: 67%',
      'Function coverage: 75%',
      'Statement coverage: 60%', // JaCoCo counts instructions, not statements
    ])).toEqual(['confirmed', 'confirmed', 'confirmed', 'contradicted', 'unverifiable']);
  });

  it('cargo-tarpaulin JSON: absolute paths matched by their tail', async () => {
    expect(await verdicts({ 'tarpaulin-report.json': 'tarpaulin-report.json' }, [
      'Coverage: 84.00%', // 21/25, as tarpaulin prints it
      '`src/main.rs` coverage: 84%',
      '`main.rs` coverage: 85%',
    ])).toEqual(['confirmed', 'confirmed', 'contradicted']);
  });

  it('cargo-tarpaulin HTML under coverage/: this run (55/55), not the run before (31/59) the page also embeds', async () => {
    expect(await verdicts({ 'coverage/tarpaulin-report.html': 'tarpaulin-report.html' }, [
      'Line coverage: 100%',
      'Line coverage: 52.5%',
      '`src/main.rs` coverage: 100.00%',
    ])).toEqual(['confirmed', 'contradicted', 'confirmed']);
  });

  it('two files of one run measure the same sources: readings, never added up', async () => {
    const r = repo({ 'coverage/lcov.info': 'c8-lcov.info', 'coverage/cobertura-coverage.xml': 'c8-cobertura.xml' }, 'Line coverage: 66.66%\n');
    const result = await verify({ reports: [r.report], repo: r.dir, cwd: r.dir, noExec: true });
    expect(result.reports[0]!.findings[0]).toMatchObject({ verdict: 'confirmed', measured: { source: 'lcov: coverage/lcov.info', detail: { covered: 12, total: 18 } } });
  });

  it('a tiny non-zero figure reads as the smallest displayed one, as coverage.py shows it', async () => {
    const lcov = ['SF:src/big.js', ...Array.from({ length: 400 }, (_, i) => `DA:${i + 1},${i === 0 ? 1 : 0}`), 'end_of_record', ''].join('\n');
    const r = repo({}, 'Line coverage: 1%\n\nLine coverage: 2%\n');
    mkdirSync(path.join(r.dir, 'coverage'));
    writeFileSync(path.join(r.dir, 'coverage/lcov.info'), lcov);
    const result = await verify({ reports: [r.report], repo: r.dir, cwd: r.dir, noExec: true });
    expect(result.reports[0]!.findings.map((f) => f.verdict)).toEqual(['confirmed', 'contradicted']);
  });

  it('a configured file in no coverage format is an error; one in a usual place is passed over', async () => {
    const r = repo({}, 'Line coverage: 50%\n');
    writeFileSync(path.join(r.dir, 'coverage.json'), '{"not": "coverage"}');
    const passedOver = await verify({ reports: [r.report], repo: r.dir, cwd: r.dir, noExec: true });
    expect(passedOver.reports[0]!.findings[0]).toMatchObject({ verdict: 'unverifiable' });
    expect(passedOver.reports[0]!.findings[0]!.message).toContain('cannot read coverage from coverage.json: coverage.json is in no coverage format claimcheck reads');
    const configured = await verify({ reports: [r.report], repo: r.dir, cwd: r.dir, noExec: true, config: { coverage: [{ results: 'coverage.json' }] } });
    expect(configured.reports[0]!.findings[0]!.verdict).toBe('error');
  });
});

describe('claimcheck verify on a repository that ships coverage.xml and lcov.info', () => {
  const args = ['verify', 'fixtures/reports/coverage.md', '--repo', 'fixtures/repos/coverage-mixed', '--no-exec'];

  it('confirms the true claims and contradicts the false ones, running nothing (src/cli.ts)', async () => {
    let stdout = '';
    const code = await run([...args, '--format', 'json', '--checks', 'coverage'], { cwd: root, stdout: (t) => (stdout += t), stderr: () => undefined });
    expect(code).toBe(1);
    const result = JSON.parse(stdout) as { summary: Record<string, number>; reports: Array<{ findings: Array<{ claim: { position: { line: number } }; verdict: string; message: string }> }> };
    expect(result.summary).toEqual({ figures: 25, claims: 21, confirmed: 9, consistent: 0, contradicted: 9, unverifiable: 2, skipped: 1, error: 0 });
    const engine61 = result.reports[0]!.findings.find((f) => f.claim.position.line === 30)!;
    expect(engine61.message).toBe('claims 61% line coverage in `service/store/engine.py`; measured 62.5% lines only; 55.6% lines and branches together, as coverage.py shows it (cobertura: coverage.xml)');
  });

  it('does the same through the compiled bin', () => {
    const out = spawnSync('node', ['bin/claimcheck.js', ...args], { cwd: root, encoding: 'utf8' });
    expect(out.status).toBe(1);
    expect(out.stdout).toMatch(/fixtures\/reports\/coverage\.md:22:\d+ +confirmed +claims 83% line coverage in `web\/src\/api\/routes\.js`; measured 83\.3% \(lcov: coverage\/lcov\.info\)/);
    // The four findings of the report against itself on lines 28–31 (see above) come on top of the 21 claims' own.
    expect(out.stdout.trim().split('\n').at(-1)).toBe('✖ 21 claims (25 findings): 9 confirmed, 1 consistent (adds up within the report; not measured), 11 contradicted, 3 unverifiable, 1 skipped, 0 error');
  });
});

describe('a bare file name under a heading that names its folder (realworld w44, w35)', () => {
  // fixtures/repos/coverage-mixed's lcov has src/api/index.js (7 of 9 lines) and src/lib/index.js (8 of 13)
  const cases: Array<[string, string, string]> = [
    ['### Api\n- index.js: 78%', 'confirmed', 'claims 78% line coverage in `index.js`; measured 77.8% (lcov: coverage/lcov.info)'],
    ['### Lib\n- index.js: 78%', 'contradicted', 'claims 78% line coverage in `index.js`; measured 61.5% (lcov: coverage/lcov.info)'],
    // a heading that names neither folder leaves the name ambiguous
    ['### Web\n- index.js: 78%', 'unverifiable', '`index.js` matches files under several folders in lcov: coverage/lcov.info: `src/api/index.js`, `src/lib/index.js`'],
  ];
  it.each(cases)('%j: %s', async (section, verdict, message) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-cov-heading-'));
    dirs.push(dir);
    const report = path.join(dir, 'R.md');
    writeFileSync(report, `# Coverage Report\n\n## Coverage by Folder\n\n${section}\n`);
    const result = await verify({ reports: [report], repo: path.join(root, 'fixtures/repos/coverage-mixed'), cwd: root, noExec: true, checks: ['coverage'] });
    const findings = result.reports[0]!.findings.filter((f) => f.verifier === 'coverage');
    expect(findings.map((f) => `${f.claim.position.line} ${f.verdict}`)).toEqual([`6 ${verdict}`]);
    expect(findings[0]!.message).toBe(message);
  });
});

describe('a coverage.xml with several source roots (realworld w44: --cov=rooms --cov=users)', () => {
  // application/services.py is relative to one of the two roots; both services hold one, so it names neither.
  const xml = (files: Array<[string, number]>) =>
    `<?xml version="1.0" ?>\n<coverage version="7.4" line-rate="0.8" lines-valid="20" lines-covered="16">\n<sources>\n<source>C:\\work\\shop\\rooms</source>\n<source>C:\\work\\shop\\users</source>\n</sources>\n<packages><package name="p"><classes>\n${files
      .map(([name, hits]) => `<class name="${name}" filename="${name}" line-rate="${hits / 10}"><lines>${Array.from({ length: 10 }, (_, i) => `<line number="${i + 1}" hits="${i < hits ? 1 : 0}"/>`).join('')}</lines></class>`)
      .join('\n')}\n</classes></package></packages>\n</coverage>\n`;
  const cases: Array<[string, string, string]> = [
    ['- application/services.py: 80%', 'unverifiable', '`application/services.py` in cobertura: coverage.xml is relative to one of its 2 source roots, and more than one file of the repository fits'],
    ['- services.py: 80%', 'unverifiable', '`application/services.py` in cobertura: coverage.xml is relative to one of its 2 source roots, and more than one file of the repository fits'],
    // a path the repository holds once is that file, whichever root it came from
    ['- rooms/app.py: 80%', 'confirmed', 'claims 80% line coverage in `rooms/app.py`; measured 80% (cobertura: coverage.xml)'],
    ['- rooms/app.py: 60%', 'contradicted', 'claims 60% line coverage in `rooms/app.py`; measured 80% (cobertura: coverage.xml)'],
  ];
  it.each(cases)('%j: %s', async (item, verdict, message) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-cov-roots-'));
    dirs.push(dir);
    for (const file of ['rooms/application/services.py', 'users/application/services.py', 'rooms/app.py']) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), 'x = 1\n');
    }
    writeFileSync(path.join(dir, 'coverage.xml'), xml([['application/services.py', 8], ['rooms/app.py', 8]]));
    writeFileSync(path.join(dir, 'R.md'), `# Coverage Report\n\n## Files\n\n${item}\n`);
    const result = await verify({ reports: [path.join(dir, 'R.md')], repo: dir, cwd: dir, noExec: true, checks: ['coverage'] });
    const findings = result.reports[0]!.findings.filter((f) => f.verifier === 'coverage');
    expect(findings.map((f) => `${f.claim.position.line} ${f.verdict}`)).toEqual([`5 ${verdict}`]);
    expect(findings[0]!.message).toBe(message);
  });
});
