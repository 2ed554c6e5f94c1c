/**
 * figure-section-rate reads a rate labelled by the run's words alone, and
 * the settle step keeps it only beside the test counts of its section: the
 * classifier is run with every other unit, since the counts are theirs.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/commands/claims.js';

const rates = (md: string) =>
  extractClaims('case.md', md.replace(/^\n/, ''))
    .filter((c) => c.source === 'figure-section-rate')
    .map((c) => `${c.position.line} ${c.kind} ${String(c.value)}`);

const cases: Array<{ name: string; md: string; expect: string[] }> = [
  { name: 'a success rate under the counts of its section', md: '\n## Results\n\n442 passed, 0 failed\n\nSuccess Rate: 99%\n', expect: ['5 tests.passRate 99'] },
  { name: 'a bold label in a list', md: '\n## Results\n\n- 442 passed, 0 failed\n- **Success Rate:** 98.5%\n', expect: ['4 tests.passRate 98.5'] },
  { name: 'a failing share after its count', md: '\n## Summary\n\n- Passed: 90 tests\n- Failing: 10 (10%, flaky)\n', expect: ['4 tests.failRate 10'] },
  { name: 'the failed count and the total', md: '\n## Summary\n\n- Total tests: 100\n- Failed: 10\n- Failing: 10%\n', expect: ['5 tests.failRate 10'] },
  { name: 'a plain-text block', md: '\n### Run\n\n```\nTests: 441 passed, 4 failed\nSuccess rate: 99%\n```\n', expect: ['5 tests.passRate 99'] },
  // without the counts of tests in its own section, the rate may be of anything
  { name: 'no counts in the section', md: '\n## Results\n\nSuccess Rate: 99%\n', expect: [] },
  { name: 'the counts under another heading', md: '\n## Results\n\n442 passed, 0 failed\n\n## Deployments\n\nSuccess Rate: 99%\n', expect: [] },
  { name: 'a label that names what is rated', md: '\n## Results\n\n442 passed, 0 failed\n\nDeployment Success Rate: 99%\n', expect: [] },
  { name: 'a coverage figure', md: '\n## Results\n\n442 passed, 0 failed\n\nCoverage: 87%\n', expect: [] },
  { name: 'a table cell is the test-rate extractor\'s', md: '\n## Results\n\n442 passed, 0 failed\n\n| Metric | Value |\n| --- | --- |\n| Success | 99% |\n', expect: [] },
  { name: 'a failed count alone rates nothing', md: '\n## Results\n\n1 test failed.\n\nSuccess Rate: 92%\n', expect: [] },
  { name: 'counts of deployments, not tests', md: '\n## Deployments\n\n12 deployments succeeded, 1 failed\n\nSuccess Rate: 92%\n', expect: [] },
];

describe('extractor figure-section-rate', () => {
  it('has positive and negative cases', () => {
    expect(cases.some((c) => c.expect.length > 0) && cases.some((c) => c.expect.length === 0)).toBe(true);
  });
  for (const c of cases) it(c.name, () => expect(rates(c.md)).toEqual(c.expect));
});
