import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { verify } from '../../src/commands/pipeline.js';
import type { VerifyResult } from '../../src/model.js';
import { formatNames, formatterOf, formatters } from '../../src/report/index.js';
import { escapeData, escapeProperty } from '../../src/report/github.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const repo = path.join(root, 'fixtures/repos/sample');
const report = 'fixtures/reports/sample.md';

/** The official SARIF 2.1.0 schema (draft-04): ajv 8 wants `$id` for its `id`; formats are not checked. */
function sarifValidator() {
  const { id, $schema: _draft, ...schema } = JSON.parse(readFileSync(path.join(root, 'fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  return ajv.compile({ $id: id as string, ...schema });
}

let result: VerifyResult;
const options = { cwd: root, version: '0.1.0' };

beforeAll(async () => {
  result = await verify({ reports: [report, 'fixtures/reports/missing.md'], repo, cwd: root });
  // The fixture must give every format something to show.
  expect(result.summary.contradicted).toBeGreaterThan(0);
  expect(result.summary.confirmed).toBeGreaterThan(0);
  expect(result.reports[1]?.error).toBe('no such file');
});

const findingsOf = (r: VerifyResult) => r.reports.flatMap((rep) => rep.findings.map((f) => ({ file: rep.file, ...f })));

describe('every format from the same findings', () => {
  it('never changes the result it is given', async () => {
    const before = JSON.stringify(result);
    for (const name of formatNames) (await formatterOf(name))(result, { ...options, verbose: true });
    expect(JSON.stringify(result)).toBe(before);
  });

  it('sarif: validates against the official SARIF 2.1.0 schema, one rule per kind, results on the report lines', () => {
    const log = JSON.parse(formatters.sarif(result, options));
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);

    const run = log.runs[0];
    const contradicted = findingsOf(result).filter((f) => f.verdict === 'contradicted');
    const errors = run.results.filter((r: { level: string }) => r.level === 'error');
    expect(errors).toHaveLength(contradicted.length);
    for (const finding of contradicted) {
      const match = errors.find(
        (r: { ruleId: string; locations: Array<{ physicalLocation: { region: { startLine: number } } }> }) =>
          r.ruleId === `claimcheck/${finding.claim.kind}` && r.locations[0]?.physicalLocation.region.startLine === finding.claim.position.line,
      );
      expect(match, `${finding.claim.kind} at line ${finding.claim.position.line}`).toBeDefined();
      expect(match.locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'fixtures/reports/sample.md', uriBaseId: '%SRCROOT%' });
      expect(match.locations[0].physicalLocation.region.startColumn).toBe(finding.claim.position.column);
    }
    const ruleIds = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    for (const r of run.results) expect(ruleIds[r.ruleIndex]).toBe(r.ruleId);
    // The unreadable report is a tool notification, and the run is not successful.
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toContain('missing.md: no such file');
  });

  it('sarif: invalid logs are caught by the schema (the check can fail)', () => {
    const log = JSON.parse(formatters.sarif(result, options));
    log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    expect(sarifValidator()(log)).toBe(false);
  });

  it('junit: parses, one test case per claim, failures equal the contradictions', () => {
    const xml = formatters.junit(result, options);
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => ['testsuite', 'testcase'].includes(name) });
    const doc = parser.parse(xml, true);
    const suites = doc.testsuites.testsuite as Array<{ '@_name': string; testcase: Array<Record<string, unknown>> }>;
    const cases = suites.flatMap((s) => s.testcase);
    const claims = result.reports[0]!.findings.length;
    expect(cases).toHaveLength(claims + 1); // + the unreadable report
    expect(cases.filter((c) => c.failure !== undefined)).toHaveLength(result.summary.contradicted);
    expect(Number(doc.testsuites['@_failures'])).toBe(result.summary.contradicted);
    expect(Number(doc.testsuites['@_tests'])).toBe(claims + 1);
    expect(cases.filter((c) => c.error !== undefined)).toHaveLength(1);
    expect(suites[0]!['@_name']).toBe(report);
  });

  it('github: one ::error per contradiction, each carrying file, line and column', () => {
    const lines = formatters.github(result, options).trimEnd().split('\n');
    const errors = lines.filter((l) => l.startsWith('::error '));
    const contradicted = findingsOf(result).filter((f) => f.verdict === 'contradicted');
    expect(errors).toHaveLength(contradicted.length + 1); // + the unreadable report
    for (const finding of contradicted) {
      const { line, column } = finding.claim.position;
      expect(errors.some((l) => l.startsWith(`::error file=fixtures/reports/sample.md,line=${line},col=${column},`))).toBe(true);
    }
    expect(lines.at(-1)).toMatch(/^claimcheck: 15 claims: /);
    expect(lines.filter((l) => l.startsWith('::notice '))).toHaveLength(0);
    expect(formatters.github(result, { ...options, verbose: true }).split('\n').filter((l) => l.startsWith('::notice ')).length).toBe(result.summary.unverifiable + result.summary.consistent);
  });

  it('github: --fail-on unverifiable turns unverifiable claims into errors', () => {
    const errors = formatters.github(result, { ...options, failOn: ['contradicted', 'unverifiable'] }).split('\n').filter((l) => l.startsWith('::error '));
    expect(errors).toHaveLength(result.summary.contradicted + result.summary.unverifiable + 1);
  });

  it('markdown: one table row per shown claim, claimed against measured', () => {
    const md = formatters.markdown(result, options);
    const rows = md.split('\n').filter((l) => /^\| \d+ \|/.test(l));
    expect(rows).toHaveLength(result.reports[0]!.findings.filter((f) => f.verdict !== 'skipped').length);
    const withSkipped = formatters.markdown(result, { ...options, verbose: true }).split('\n').filter((l) => /^\| \d+ \|/.test(l));
    expect(withSkipped).toHaveLength(result.reports[0]!.findings.length);
    const line27 = rows.find((r) => r.startsWith('| 27 |'));
    expect(line27).toContain('| 212 lines in `docs/SECURITY.md` | 40 | ❌ contradicted | `file: docs/SECURITY.md` |');
    expect(md).toContain('⚠️ Not verified: no such file');
  });
});

describe('workflow command escaping', () => {
  it.each([
    ['50% done', '50%25 done', '50%25 done'],
    ['a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
    ['docs/a:b,c.md', 'docs/a:b,c.md', 'docs/a%3Ab%2Cc.md'],
  ])('%j', (text, data, property) => {
    expect(escapeData(text)).toBe(data);
    expect(escapeProperty(text)).toBe(property);
  });
});

describe('a consistent finding in every format', () => {
  let added: VerifyResult;
  beforeAll(async () => {
    added = await verify({ reports: ['fixtures/consistency/sums-ok.md'], repo, cwd: root, checks: ['consistency'] });
    expect(added.summary.consistent).toBeGreaterThan(0);
    expect(added.summary.confirmed).toBe(0);
  });
  const phrase = 'adds up within the report; not measured';

  it('says it adds up within the report and was not measured, and never fails the run', () => {
    expect(formatters.text(added, options)).toContain(`${added.summary.consistent} consistent (${phrase})`);
    expect(formatters.markdown(added, options)).toContain(`🟰 consistent: ${phrase}`);
    expect(formatters.github(added, options)).toContain(`${added.summary.consistent} consistent (${phrase})`);
    expect(formatters.github(added, options)).not.toContain('::error');
    expect(formatters.github(added, { ...options, verbose: true })).toContain('::notice ');
    const junit = new XMLParser({ ignoreAttributes: false }).parse(formatters.junit(added, options));
    expect(junit.testsuites['@_failures']).toBe('0');
    expect(formatters.junit(added, options)).toContain(`consistent: ${phrase}`);
    const log = JSON.parse(formatters.sarif(added, { ...options, verbose: true }));
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const reviews = log.runs[0].results.filter((r: { kind: string }) => r.kind === 'review');
    expect(reviews).toHaveLength(added.summary.consistent);
    for (const r of reviews) expect(r.message.text).toContain(phrase);
    expect(JSON.parse(formatters.json(added, options)).summary.consistent).toBe(added.summary.consistent);
  });
});
