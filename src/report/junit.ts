/**
 * The `junit` format: JUnit XML with one test suite per report and one test
 * case per claim. Contradicted claims are failures, `error` verdicts errors,
 * unverifiable and skipped claims skipped (with the reason), consistent ones
 * passing with a note that nothing was measured, so CI test
 * dashboards show the report's figures like tests.
 */
import type { Finding, VerifyResult } from '../model.js';
import { consistentMeaning, figuresLine, inOrder, type FormatOptions } from './options.js';

/** Characters XML 1.0 cannot carry at all, even escaped. */
// eslint-disable-next-line no-control-regex
const invalidXmlRe = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escape `text` for an XML attribute or text node. */
export function escapeXml(text: string): string {
  return text
    .replace(invalidXmlRe, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const attrs = (values: Record<string, string | number>) =>
  Object.entries(values)
    .map(([key, value]) => `${key}="${escapeXml(String(value))}"`)
    .join(' ');

function testcase(file: string, finding: Finding): string {
  const claim = finding.claim;
  const head = `    <testcase ${attrs({ name: `${claim.position.line}:${claim.position.column} ${claim.kind}: ${claim.text}`, classname: file, file, line: claim.position.line, time: 0 })}`;
  const message = escapeXml(finding.message);
  switch (finding.verdict) {
    case 'contradicted':
      return `${head}>\n      <failure ${attrs({ message: finding.message, type: claim.kind })}>${message}</failure>\n    </testcase>`;
    case 'error':
      return `${head}>\n      <error ${attrs({ message: finding.message, type: claim.kind })}>${message}</error>\n    </testcase>`;
    case 'unverifiable':
    case 'skipped':
      return `${head}>\n      <skipped ${attrs({ message: `${finding.verdict}: ${finding.message}` })}/>\n    </testcase>`;
    case 'confirmed':
      return `${head}/>`;
    // It passes, but says on its face that nothing was measured.
    case 'consistent':
      return `${head}>\n      <system-out>${escapeXml(`consistent: ${consistentMeaning}: ${finding.message}`)}</system-out>\n    </testcase>`;
  }
}

/** Render `result` as JUnit XML. Pure. */
export function formatJunit(result: VerifyResult, _options: FormatOptions = {}): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  let skipped = 0;
  for (const report of result.reports) {
    if (report.error) {
      tests++;
      errors++;
      suites.push(
        `  <testsuite ${attrs({ name: report.file, tests: 1, failures: 0, errors: 1, skipped: 0, time: 0 })}>\n` +
          `    <testcase ${attrs({ name: 'read report', classname: report.file, file: report.file, time: 0 })}>\n` +
          `      <error ${attrs({ message: report.error })}>${escapeXml(report.error)}</error>\n    </testcase>\n  </testsuite>`,
      );
      continue;
    }
    const findings = inOrder(report);
    const count = (verdicts: readonly Finding['verdict'][]) => findings.filter((f) => verdicts.includes(f.verdict)).length;
    const suite = { failures: count(['contradicted']), errors: count(['error']), skipped: count(['unverifiable', 'skipped']) };
    tests += findings.length;
    failures += suite.failures;
    errors += suite.errors;
    skipped += suite.skipped;
    const cases = findings.map((finding) => testcase(report.file, finding));
    suites.push(
      [`  <testsuite ${attrs({ name: report.file, tests: findings.length, ...suite, time: 0 })}>`, ...cases, '  </testsuite>'].join('\n'),
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    // What was checked, for the person who opens the file: a run that checked nothing is no pass.
    `<!-- claimcheck: ${escapeXml(figuresLine(result)).replace(/--/g, '- -')} -->`,
    `<testsuites ${attrs({ name: 'claimcheck', tests, failures, errors, skipped, time: 0 })}>`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
