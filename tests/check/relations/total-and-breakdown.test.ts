import { describe, expect, it } from 'vitest';
import relation from '../../../src/check/relations/total-and-breakdown.js';
import { findings, type Case } from './run.js';

const packages = `- **pkg/fscache**: 11 comprehensive tests (79.1% coverage)
- **pkg/api/grpc**: 15 comprehensive tests (37.6% coverage)
- **pkg/signals**: 2 comprehensive tests (17.1% coverage)
- **pkg/api/http**: 25 comprehensive tests (15.4% coverage)
- **cmd/podcli**: 20 comprehensive tests (10.0% coverage)
- **cmd/podinfo**: 12 comprehensive tests (9.1% coverage)
- **pkg/version**: 11 comprehensive tests (variables only)`;

/** w80:226's heading over ViewModels that each state their tests, its count as `count` writes it. */
const completedTests = (count: string) => `
### Completed ViewModel Tests ${count}
1. ✅ **AuthViewModel** - Authentication flows (15 tests)
2. ✅ **CartViewModel** - Cart management (7 tests)
3. ✅ **OrderViewModel** - Order management (5 tests)
`;

const cases: Case[] = [
  {
    name: 'a bare count in a heading over entries that state their own tests: the number of entries is a reading too (w80:226, wrong)',
    md: completedTests('(9):'),
    expect: ['1 contradicted: 15 + 7 + 5 = 27 (list at lines 2–4); or 3 entries = 3 (listed at lines 2–4), report says 9'],
  },
  {
    name: 'a bare count in a heading that the entries number (holds)',
    md: completedTests('(3):'),
    expect: ['1 consistent: adds up: 3 entries = 3 (listed at lines 2–4) (not measured)'],
  },
  {
    name: 'a count with its noun in the heading is the sum alone: the entries do not hold it (wrong)',
    md: completedTests('(3 tests):'),
    expect: ['1 contradicted: 15 + 7 + 5 = 27 (list at lines 2–4), report says 3'],
  },
  {
    name: 'a lower bound in a heading over parts that add to less: shown as written, and wrong',
    md: `
### **1. Unit Test Suites (200+ Tests)**
${packages}
`,
    expect: ['1 contradicted: 11 + 15 + 2 + 25 + 20 + 12 + 11 = 96 (list at lines 2–8), report says 200+'],
  },
  {
    name: 'a lower bound in a heading that its parts reach (holds)',
    md: `
### **1. Unit Test Suites (90+ Tests)**
${packages}
`,
    expect: ['1 consistent: adds up: 11 + 15 + 2 + 25 + 20 + 12 + 11 = 96 (list at lines 2–8) (not measured)'],
  },
  {
    name: "a heading's total against its sub-sections' counts (wrong)",
    md: `
## Remaining Test Failures (37 total)

### 1. Unit Test Race Conditions (5 tests)

Text.

### 2. CLI Integration Test Issues (33 tests)

Text.

### 3. E2E Test Issues (3 tests)

Text.
`,
    expect: ['1 contradicted: 5 + 33 + 3 = 41 (sub-section headings at lines 3, 7, 11), report says 37'],
  },
  {
    name: 'a sub-section without a count: the counted ones may still add up (holds)',
    md: `
## Tools Analysis (27 total)

### Fully Native Tools (7 tools)
- tool_catalog

### Hybrid Tools (19 tools)
- git_tools

### Python Bridge Tools (1 tool)
- lint

### Updates (2026-01-27)
`,
    expect: ['1 consistent: adds up: 7 + 19 + 1 = 27 (sub-section headings at lines 3, 6, 9) (not measured)'],
  },
  {
    name: 'a sub-section without a count may hold the rest: a shortfall is no contradiction',
    md: `
## Tools Analysis (30 total)

### Fully Native Tools (7 tools)
- tool_catalog

### Hybrid Tools (19 tools)
- git_tools

### Others
`,
    expect: [],
  },
  {
    name: 'a sub-section without a count: parts beyond the total are wrong',
    md: `
## Tools Analysis (20 total)

### Fully Native Tools (7 tools)
- tool_catalog

### Hybrid Tools (19 tools)
- git_tools

### Others
`,
    expect: ['1 contradicted: 7 + 19 = 26 (sub-section headings at lines 3, 6), report says 20'],
  },
  {
    name: "a heading's count against the list whose every entry states a count (wrong)",
    md: `
### CLI Integration Test Issues (33 tests)

**Common Issues**:
- Race conditions with test directory setup
- Tests expecting unimplemented CLI commands

**Affected Test Files**:
- \`cli.test.ts\` - 15 failures (init, validate)
- \`cli-working.test.ts\` - 5 failures (dry-run)
- \`cli-updated.test.ts\` - 2 failures (generate)
- \`cli-custom-files.test.ts\` - 5 failures (custom paths)
- \`generators.test.ts\` - 3 failures (races)
- \`path-based-template.test.ts\` - 1 failure (timing)
`,
    expect: ['1 contradicted: 15 + 5 + 2 + 5 + 3 + 1 = 31 (list at lines 8–13), report says 33'],
  },
  {
    name: 'a list where some entry states no count is no breakdown',
    md: `
### CLI Integration Test Issues (33 tests)

- \`cli.test.ts\` - 15 failures
- \`cli-working.test.ts\` - flaky
- \`generators.test.ts\` - 3 failures
`,
    expect: [],
  },
  {
    name: 'sub-sections counting other things than the heading take no part',
    md: `
## Test Suite (40 tests)

### Backend (12 files)

### Frontend (9 files)
`,
    expect: [],
  },
  {
    name: 'a count marked as a target takes no part',
    md: `
## Target: 50 tests

### Unit (20 tests)

### Integration (10 tests)
`,
    expect: [],
  },
];

describe('relation total-and-breakdown', () => {
  it('has positive and negative cases', () => {
    expect(cases.some((c) => c.expect.length > 0) && cases.some((c) => c.expect.length === 0)).toBe(true);
  });
  for (const c of cases) it(c.name, () => expect(findings(relation, c.md)).toEqual(c.expect));
});
