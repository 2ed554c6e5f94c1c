import { describe, expect, it } from 'vitest';
import relation from '../../../src/check/relations/one-subject-two-values.js';
import { findings, type Case } from './run.js';

/** Two sections of endpoint tests, each opening with the file it is about, each with an "Integration Tests" group (w78:26–113). */
const fileSections = (first: string, second: string) => `
### 1. Tenant Admin Endpoint Tests

**File:** \`${first}\` (669 lines)

#### Integration Tests (4 tests - Placeholder)
- structured, not written

### 2. Organization Endpoint Tests

**File:** \`${second}\` (669 lines)

#### Integration Tests (2 tests - Placeholder)
- \`test_organization_lifecycle\`
`;

const cases: Case[] = [
  {
    name: 'one test category with two counts: a contradiction on both lines',
    md: `
## Summary

Security tests: 100

## Details

We run 32 security tests on every commit.
`,
    expect: [
      '3 contradicted: line 7 says 32 security tests, here 100',
      '7 contradicted: line 3 says 100 security tests, here 32',
    ],
  },
  {
    name: 'a label of the whole under each of two sections states the total of its own section, in any language of the word table',
    md: `
## 1. 单元测试 (Unit Tests)

#### CompilationCache (编译缓存)

| 测试文件 | 测试数 |
|---------|--------|
| \`CompilationCacheTests.cs\` | 8 |
| \`CompilationCacheBoundaryTests.cs\` | 8 |

**总测试数**: 16

#### LruCache (LRU 缓存)

| 测试文件 | 测试数 |
|---------|--------|
| \`LruCacheTests.cs\` | 18 |
| \`LruCacheBoundaryTests.cs\` | 11 |

**总测试数**: 29
`,
    expect: [],
  },
  {
    name: 'one part named on two lines in Chinese: its counts must agree',
    md: `
## 概览

- 数据模块: 16 个测试

## 详情

- 数据模块: 29 个测试
`,
    expect: [
      '3 contradicted: line 7 says 29 tests for "数据模块", here 16',
      '7 contradicted: line 3 says 16 tests for "数据模块", here 29',
    ],
  },
  {
    name: 'a named group under a category heading is a part of it, not a second count of the category',
    md: `
## Test Suite Breakdown

### Integration Tests
- **Count:** 125 tests
- **Areas Covered:**
  - Products API (20 tests)
  - System API (15 tests)
`,
    expect: [],
  },
  {
    name: 'counts of one category narrowed by different words in parentheses are counts of two parts of it',
    md: `
## Coverage

| Type | Count |
|------|-------|
| **Integration Tests (Neo4j)** | 521 |
| **Integration Tests (ESDB)** | 3 |
| **E2E Tests (M2.7)** | 18 |

## Next

1. Run the 9 E2E tests (currently deselected)
2. Run 6 E2E tests (file processing + user edits)
`,
    expect: [],
  },
  {
    name: 'the same narrowing words on two lines name one subject: their counts must agree',
    md: `
## Summary

- E2E tests (currently deselected): 9

## Next

Run the 6 E2E tests (currently deselected).
`,
    expect: [
      '3 contradicted: line 7 says 6 e2e tests, here 9',
      '7 contradicted: line 3 says 9 e2e tests, here 6',
    ],
  },
  {
    name: 'the same count stated twice holds',
    md: `
## Summary

Security tests: 32

## Details

We run 32 security tests on every commit.
`,
    expect: ['7 consistent: agrees with line 3, which also says 32 security tests (not measured)'],
  },
  {
    name: "one file's line count in a list and in a table",
    md: `
## Files

- \`installer/install.py\` (330 lines)

## Sizes

| File | Lines |
|------|-------|
| \`installer/install.py\` | 310 |
`,
    expect: [
      '3 contradicted: line 9 says 310 lines in `installer/install.py`, here 330',
      '9 contradicted: line 3 says 330 lines in `installer/install.py`, here 310',
    ],
  },
  {
    name: 'a count from before takes no part',
    md: `
## Summary

Previously we had 20 security tests.

## Details

We run 32 security tests on every commit.
`,
    expect: [],
  },
  {
    name: 'an approximate count takes no part',
    md: `
## Summary

About 30 security tests.

## Details

We run 32 security tests on every commit.
`,
    expect: [],
  },
  {
    name: 'different categories are different subjects',
    md: `
## Summary

Security tests: 100

## Details

We run 32 unit tests on every commit.
`,
    expect: [],
  },
  {
    name: 'a module named by a plain-text row and again by a bullet, with two test counts (wrong)',
    md: `
MODULE BREAKDOWN

  Classification          93.6% (78 tests, 18 failed)
  Scoring                 80.1% (52 tests, 0 failed)

MODULES WITH FAILING TESTS

   • Classification: 18 failures out of 96 tests
`,
    expect: [
      '3 contradicted: line 8 says 96 tests for "Classification", here 78',
      '8 consistent: agrees with line 3, which also says 18 failing tests for "Classification" (not measured)',
      '8 contradicted: line 3 says 78 tests for "Classification", here 96',
    ],
  },
  {
    name: 'a part named in two list items with one count holds',
    md: `
## Auth tests

- Login endpoint: 5 tests

## Recap

- Login endpoint: 5 tests
`,
    expect: ['7 consistent: agrees with line 3, which also says 5 tests for "Login endpoint" (not measured)'],
  },
  {
    name: 'labels of a statement name no part: "Recommended Tests:", "Achievement:"',
    md: `
## Plan

**Recommended Tests**: 25 test cases

**Achievement:** 100% Test Pass Rate (862/877 tests)

## Later

**Recommended Tests**: 50 test cases

**Achievement:** 98.3% Test Pass Rate (860/877 tests passing)
`,
    expect: [],
  },
  {
    name: 'one name under headings of two test categories is two parts',
    md: `
## Unit tests

- Backend: 45 tests

## Integration tests

- Backend: 12 tests
`,
    expect: [],
  },
  {
    name: 'a name after the figure is no row name',
    md: `
## Summary

45 tests: Backend

## Details

12 tests: Backend
`,
    expect: [],
  },
  {
    name: 'a named part stated in two headings: a contradiction on both lines; a table row naming it agrees',
    md: `
## PHPUnit Tests

#### Feature Tests (80 tests)

## When to Use Each Test Type

#### Feature Tests (35 tests)

| Part | Tests |
|------|-------|
| Feature Tests | 80 |
`,
    expect: [
      '3 contradicted: line 7 says 35 tests for "Feature Tests", here 80',
      '7 contradicted: line 3 says 80 tests for "Feature Tests", here 35',
      '11 consistent: agrees with line 3, which also says 80 tests for "Feature Tests" (not measured)',
    ],
  },
  {
    name: 'one category row in the tables of two files is a part of each file: no second value (w71:58, 91)',
    md: `
#### JaroWinklerSimilarityTest.java

| Test Category | Tests |
|---------------|-------|
| Edge Cases | 5 |

#### PhoneticFilterTest.java

| Test Category | Tests |
|---------------|-------|
| Edge Cases | 4 |
`,
    expect: [],
  },
  {
    name: 'the same category row twice in the tables of one file, or of headings that name no file, is one part stated twice',
    md: `
#### \`tests/test_api.py\`

| Test Category | Tests |
|---------------|-------|
| Edge Cases | 5 |
| Edge Cases | 4 |

#### Summary

| Test Category | Tests |
|---------------|-------|
| Integration Tests | 53 |

#### Details

| Test Category | Tests |
|---------------|-------|
| Integration Tests | 49 |
`,
    expect: [
      '5 contradicted: line 6 says 4 tests for "Edge Cases", here 5',
      '6 contradicted: line 5 says 5 tests for "Edge Cases", here 4',
      '12 contradicted: line 18 says 49 tests for "Integration Tests", here 53',
      '18 contradicted: line 12 says 53 tests for "Integration Tests", here 49',
    ],
  },
  {
    name: 'a named part nested under two parent items is a part of each: no second value',
    md: `
#### Unit Tests (70 tests)

- Expense Model (58 tests)
  - Edge cases (6 tests)
- Database Test (22 tests)
  - Edge cases (2 tests)
`,
    expect: [],
  },
  {
    name: 'a named part listed under two sections is a part of what each heading names',
    md: `
### 1. TATTestViewModel

- Timer Management (2/4 passing)

### 2. WATTestViewModel

- Timer Management (2/2 passing)
`,
    expect: [],
  },
  {
    name: 'two headings of one category narrowed after a colon count two parts of it (w56:61, 78)',
    md: `
### Unit Tests: Core (26 tests)

- Linter (8 tests)

### Unit Tests: macOS (22 tests)

- Daemon (22 tests)
`,
    expect: [],
  },
  {
    name: 'a part narrowed after a colon and the whole category: two subjects',
    md: `
### Unit Tests: Core (26 tests)

## Summary

- **Unit Tests:** 22 tests
`,
    expect: [],
  },
  {
    name: 'one part narrowed after a colon, counted twice: one subject, two counts',
    md: `
### Unit Tests: Core (26 tests)

## Summary

- Unit Tests: Core (22 tests)
`,
    expect: ['1 contradicted: line 5 says 22 unit tests, here 26', '5 contradicted: line 1 says 26 unit tests, here 22'],
  },
  {
    name: 'a count with its skipped tests, and the tests that ran: one count (w59:16, 269)',
    md: `
- Integration tests: 455 lines (9 comprehensive integration tests, 3 ignored for hardware)

**Integration Tests**: ✅ 6/6 PASSING
`,
    expect: [],
  },
  {
    name: 'a count with its skipped tests against a third value: both lines contradicted',
    md: `
- Integration tests: 455 lines (9 comprehensive integration tests, 3 ignored for hardware)

**Integration Tests**: ✅ 5/5 PASSING
`,
    expect: [
      '1 contradicted: line 3 says 5 integration tests, here 9',
      '3 contradicted: line 1 says 9 integration tests, here 5',
    ],
  },
  {
    name: 'one heading label in the sections of two files: two parts of two files (w78:59, 113)',
    md: fileSections('tests/test_tenant_admin.py', 'tests/test_organizations.py'),
    expect: [],
  },
  {
    name: 'one heading label twice in the section of one file: both lines contradicted',
    md: fileSections('tests/test_organizations.py', 'tests/test_organizations.py'),
    expect: [
      '5 contradicted: line 12 says 2 integration tests, here 4',
      '10 consistent: agrees with line 3, which also says 669 lines in `tests/test_organizations.py` (not measured)',
      '12 contradicted: line 5 says 4 integration tests, here 2',
    ],
  },
  {
    name: 'a kind of tests counted under each of two headings that count a named part: two parts (w92:58, 89)',
    md: `
### UserService (23 tests total)

**Unit Tests (11):**
- creates a user

### ProductService (26 tests total)

**Unit Tests (16):**
- lists products
`,
    expect: [],
  },
  {
    name: "a counted part's name inside another heading's word is not that part ('Cart' in 'Cartridge'): two subjects",
    md: `
### Cart (12 tests total)

**Unit Tests (5):**
- renders

### Cartridge

**Unit Tests (7):**
- compiles
`,
    expect: [],
  },
  {
    name: 'the same kind of tests under two headings that count nothing: one count, contradicted',
    md: `
### Overview

**Unit Tests (11):**
- creates a user

### Results

**Unit Tests (16):**
- lists products
`,
    expect: [
      '3 contradicted: line 8 says 16 unit tests, here 11',
      '8 contradicted: line 3 says 11 unit tests, here 16',
    ],
  },
  {
    name: 'a kind of tests in two rows that name two parts: two parts (w92:393, 394)',
    md: `
| Service | Status | Tests |
| --- | --- | --- |
| **ProductService** | Complete | 16 unit + 10 integration tests |
| **MediaService** | Complete | 16 unit + 11 integration tests |
`,
    expect: [],
  },
  {
    name: 'two rows named by the kind itself, in two tables: one count, contradicted',
    md: `
| Suite | Tests |
| --- | --- |
| Integration tests | 10 |

Later:

| Suite | Tests |
| --- | --- |
| Integration tests | 11 |
`,
    expect: [
      '3 contradicted: line 9 says 11 tests for "Integration tests", here 10',
      '9 contradicted: line 3 says 10 tests for "Integration tests", here 11',
    ],
  },
];

describe('relation one-subject-two-values', () => {
  it('has positive and negative cases', () => {
    expect(cases.some((c) => c.expect.length > 0) && cases.some((c) => c.expect.length === 0)).toBe(true);
  });
  for (const c of cases) it(c.name, () => expect(findings(relation, c.md)).toEqual(c.expect));
});
