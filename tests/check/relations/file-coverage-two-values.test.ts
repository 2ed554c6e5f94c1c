import { describe, expect, it } from 'vitest';
import relation from '../../../src/check/relations/file-coverage-two-values.js';
import { findings, type Case } from './run.js';

const cases: Case[] = [
  {
    name: "a file's box against two later statements of it: the odd box is flagged, the others agree",
    md: `
### src/server.rs (Web Server)

\`\`\`
│  Coverage:  73.00%   ███████████████████░░░░░░░░░░░░  │
\`\`\`

### src/server.rs (Web Server)

\`\`\`
│  Coverage:  0.00%    ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░  │
\`\`\`

### Coverage Output

\`\`\`
|| Tested/Total Lines:
|| src/server.rs: 0/100 ⚪   0.00%
\`\`\`
`,
    expect: [
      '4 contradicted: lines 10, 17 say 0.00% line coverage of `src/server.rs`, here 73.00%',
      '17 consistent: agrees with line 10, which also says 0.00% line coverage of `src/server.rs` (not measured)',
    ],
  },
  {
    name: 'one file at 63%, 62%, 62.5%, 61% and 64% (fixtures/reports/coverage.md): 62.5% is one value with 63%, the others are not',
    md: `
- Storage layer coverage (service/store/engine.py): 63%
- \`service/store/engine.py\` line coverage: 62%
- \`service/store/engine.py\` line coverage: 62.5%
- \`service/store/engine.py\` line coverage: 61%
- \`service/store/engine.py\` line coverage: 64%
`,
    expect: [
      '2 contradicted: line 1 says 63% line coverage of `service/store/engine.py`, here 62%',
      '3 consistent: agrees with line 1, which also says 63% line coverage of `service/store/engine.py` (not measured)',
      '4 contradicted: 63% line coverage of `service/store/engine.py` (line 1), 62.5% line coverage of `service/store/engine.py` (line 3); here 61%',
      '5 contradicted: 63% line coverage of `service/store/engine.py` (line 1), 62.5% line coverage of `service/store/engine.py` (line 3); here 64%',
    ],
  },
  {
    name: 'two values of one file and no majority: both lines are flagged',
    md: `
- \`src/parser.ts\`: 63% line coverage

| File | Coverage |
|------|----------|
| \`src/parser.ts\` | 64% |
`,
    expect: [
      '1 contradicted: 64% line coverage of `src/parser.ts` (line 5); here 63%',
      '5 contradicted: 63% line coverage of `src/parser.ts` (line 1); here 64%',
    ],
  },
  {
    name: 'a file named in a list and in a table with one coverage agrees',
    md: `
- \`cache_manager.py\`: 94% coverage

| File | Coverage |
|------|----------|
| \`cache_manager.py\` | 94% |
`,
    expect: ['5 consistent: agrees with line 1, which also says 94% line coverage of `cache_manager.py` (not measured)'],
  },
  {
    name: "a figure under the file's heading that neither names the file nor is labelled Coverage takes no part",
    md: `
### src/server.rs (Web Server)

\`\`\`
│  Coverage:  0.00%    ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░  │
\`\`\`

**Achievement**: 🎯 **100% Coverage on Compression Module!**
`,
    expect: [],
  },
  {
    name: 'a before value of a file takes no part',
    md: `
## Coverage by File

| File | Before | After |
|------|--------|-------|
| \`engine.rs\` | 40% | 84% |

- \`engine.rs\`: 84% coverage
`,
    expect: ['7 consistent: agrees with line 5, which also says 84% line coverage of `engine.rs` (not measured)'],
  },
  {
    name: 'bare file names under sibling headings that name their service are different files (realworld w44)',
    md: `
## Coverage by Service
### Bookings Service
- schemas.py: 98%
- routes.py: 69% ⚠️

### Reviews Service
- schemas.py: 100%
- routes.py: 77% ⚠️
`,
    expect: [],
  },
  {
    name: 'a bare file name stated twice in one section with two values is still one file',
    md: `
## Coverage by Service
### Bookings Service
- routes.py: 69%

| File | Coverage |
|------|----------|
| routes.py | 75% |
`,
    expect: [
      '3 contradicted: 75% line coverage of `routes.py` (line 7); here 69%',
      '7 contradicted: 69% line coverage of `routes.py` (line 3); here 75%',
    ],
  },
  {
    name: "a bare name in a summary table and in the file's own section below is one file (corpus 204, 406)",
    md: `
## Coverage by Module
| Module | Coverage |
|--------|----------|
| **constants.py** | **100%** |
| **cache.py** | **94%** |

## Details
#### 1. constants.py
- **Coverage:** 100%

#### 2. cache.py
- **Coverage:** 91%
`,
    expect: [
      '5 contradicted: 91% line coverage of `cache.py` (line 12); here 94%',
      '9 consistent: agrees with line 4, which also says 100% line coverage of `constants.py` (not measured)',
      '12 contradicted: 94% line coverage of `cache.py` (line 5); here 91%',
    ],
  },
  {
    name: 'a path with its folder is one file under any heading',
    md: `
## Coverage by Service
### Bookings Service
- \`bookings_service/routes.py\`: 69%

### Details
- \`bookings_service/routes.py\`: 75%
`,
    expect: [
      '3 contradicted: 75% line coverage of `bookings_service/routes.py` (line 6); here 69%',
      '6 contradicted: 69% line coverage of `bookings_service/routes.py` (line 3); here 75%',
    ],
  },
];

describe('relation file-coverage-two-values', () => {
  it('has positive and negative cases', () => {
    expect(cases.some((c) => c.expect.length > 0) && cases.some((c) => c.expect.length === 0)).toBe(true);
  });
  for (const c of cases) it(c.name, () => expect(findings(relation, c.md)).toEqual(c.expect));
});
