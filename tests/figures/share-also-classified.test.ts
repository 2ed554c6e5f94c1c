import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/commands/claims.js';

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

/** A sum of counts claimed as a total is still the count its column or words measure; a weighted score is not. */
const sums: Array<{ markdown: string; kinds: string[] }> = [
  // a SUBTOTAL row of a Lines column: the total of its table, and the part's line count (203:23)
  { markdown: '### 2. Documentation\n\n| Component | Lines |\n| --- | --- |\n| **Root Markdown Files** | **17,181** |\n| **docs/ Directory** | **12,049** |\n| **SUBTOTAL** | **29,230** |', kinds: ['file.lines', 'total'] },
  // a weighted score written with decimals ("12.00") is a total only, no score of its own (004:790)
  { markdown: '| Category | Weight | Score | Weighted |\n| --- | --- | --- | --- |\n| Deployment Scripts | 15% | 80/100 | 12.00 |', kinds: ['total'] },
];

describe('a sum claimed as a total', () => {
  for (const { markdown, kinds } of sums) {
    it(`reads ${JSON.stringify(markdown).slice(0, 80)} as ${kinds.join(', ')}`, () => {
      const claims = extractClaims('r.md', markdown).filter((c) => c.position.line === markdown.split('\n').length);
      expect(claims.map((c) => c.kind).filter((k) => k !== 'score' && k !== 'ratio').sort()).toEqual(kinds);
    });
  }
});

describe('a share claimed as a ratio', () => {
  for (const { markdown, kinds } of cases) {
    it(`reads ${JSON.stringify(markdown).slice(0, 80)} as ${kinds.join(', ')}`, () => {
      const percent = extractClaims('r.md', markdown).filter((c) => c.unit === 'percent');
      expect(percent.map((c) => c.kind).sort()).toEqual(kinds);
    });
  }
});
