import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/figures/extract.js';

/**
 * A share written with its count ("74.53% (120/161)") is claimed as a ratio by
 * the ratio extractor; the figure classifiers still read what it measures.
 */
const cases: Array<{ markdown: string; kinds: string[] }> = [
  // a file's covered lines: a ratio, and that file's coverage
  { markdown: '### Code Coverage\n\n- **Coverage by Module**:\n  - src/config.rs: 120/161 (74.53%)', kinds: ['coverage.lines', 'ratio'] },
  // the same share with no word of coverage around it: a ratio only
  { markdown: '### Services\n\n- **Healthy**:\n  - src/config.rs: 120/161 (74.53%)', kinds: ['ratio'] },
  // a count written like a path ("66/66") names no file, even under a coverage heading: the share of the
  // passing row is the pass rate (figure-test-metric-row), no coverage
  { markdown: '# Test Coverage Report\n\n| Metric | Value |\n| --- | --- |\n| **Passing Tests** | 66/66 (100%) |', kinds: ['ratio', 'tests.passRate'] },
];

describe('a share claimed as a ratio', () => {
  for (const { markdown, kinds } of cases) {
    it(`reads ${JSON.stringify(markdown).slice(0, 80)} as ${kinds.join(', ')}`, () => {
      const percent = extractClaims('r.md', markdown).filter((c) => c.unit === 'percent');
      expect(percent.map((c) => c.kind).sort()).toEqual(kinds);
    });
  }
});
