import { describe, expect, it } from 'vitest';
import { sectionFile } from '../../src/check/section-file.js';
import { labelledPath } from '../../src/figures/record-path.js';
import { parseMarkdown } from '../../src/read/markdown.js';
import { sectionsOf } from '../../src/read/report-structure.js';

/** A report with a section per file: line 7 is a group heading of the first file's section, 14 of the second's, 18 under a heading with no file. */
const report = `# Report

### 1. Tenant Admin Endpoint Tests (20 tests)

**File:** \`tests/unit/test_tenant_admin.py\` (500+ lines)

#### Integration Tests (4 tests)
- placeholder

### 2. Organizations

**File**: \`tests/unit/test_organizations.py\`

#### Integration Tests (2 tests)
- lifecycle

### 3. Summary
- 63 tests
#### JaroWinklerSimilarityTest.java
| Edge Cases | 5 |

### Backend Tests (API Endpoints)
**Location:** \`__tests__/\`

**Backend Total Tests:** 10 tests

### Pass Rate: 100% (75/75)
- Core Tests: 71/71 passing (100%)

## Test Coverage by Feature (Based on spec.md)
2. **Variables - Core Feature** (18 tests)
`;

const cases: { name: string; line: number; file: string | undefined }[] = [
  { name: 'a group heading in the section whose body opens with "**File:** path (N lines)"', line: 7, file: 'tests/unit/test_tenant_admin.py' },
  { name: 'an item of that group', line: 8, file: 'tests/unit/test_tenant_admin.py' },
  { name: 'the other section\'s "**File**: path"', line: 14, file: 'tests/unit/test_organizations.py' },
  { name: 'the file line itself stands in its section', line: 12, file: 'tests/unit/test_organizations.py' },
  { name: 'a section whose body opens with an item names no file', line: 18, file: undefined },
  { name: 'a row under a heading that is a file name', line: 20, file: 'jarowinklersimilaritytest.java' },
  { name: 'before any heading', line: 1, file: undefined },
  { name: 'a section whose location is a folder names no file (106:48)', line: 25, file: undefined },
  { name: 'a ratio in a heading is no file name (408:293)', line: 28, file: undefined },
  { name: 'a heading citing a file among other words is not about it (w19:14)', line: 31, file: undefined },
];

describe('sectionFile', () => {
  const lines = report.split('\n');
  const sections = sectionsOf(parseMarkdown(report));
  it('has cases with and without a file', () => {
    expect(cases.some((c) => c.file !== undefined) && cases.some((c) => c.file === undefined)).toBe(true);
  });
  for (const c of cases) it(c.name, () => expect(sectionFile(sections, lines, c.line)).toBe(c.file));
});

const labelled: { line: string; path: string | undefined }[] = [
  { line: '**File:** `tests/unit/api/v1/endpoints/test_organizations.py` (669 lines)', path: 'tests/unit/api/v1/endpoints/test_organizations.py' },
  { line: '**File**: `common/src/test/java/mod/config/ModConfigTest.java`', path: 'common/src/test/java/mod/config/ModConfigTest.java' },
  { line: '**Location**: internal/auth/oauth2.go', path: 'internal/auth/oauth2.go' },
  { line: '- **Files Modified**: 3', path: undefined },
  { line: 'The file: is not a path', path: undefined },
  { line: '- `test_create_tenant_success` - Super admin tenant creation', path: undefined },
];

describe('labelledPath', () => {
  it('has cases with and without a path', () => {
    expect(labelled.some((c) => c.path !== undefined) && labelled.some((c) => c.path === undefined)).toBe(true);
  });
  for (const c of labelled) it(c.line, () => expect(labelledPath(c.line)).toBe(c.path));
});
