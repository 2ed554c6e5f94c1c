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

/**
 * A total outside a table whose parts stand apart from its text (a heading over a Breakdown section, an item over a
 * nested list) is still what its words measure; a sum written out on its line is that sum's total only (w11:227).
 */
const totalsApart: Array<{ markdown: string; line: number; kinds: string[] }> = [
  { markdown: '# Report\n\n## GRAND TOTAL: **700 Lines**\n\n## Breakdown by Category\n\n### 1. Python Code (500 lines - 71%)\n\n### 2. Documentation (200 lines - 29%)', line: 3, kinds: ['file.lines', 'total'] },
  { markdown: '# Report\n\n### Integration Tests\n- **Count:** 53 tests\n- **Areas Covered:**\n  - Products API (20 tests)\n  - Dishes API (33 tests)', line: 4, kinds: ['tests.total', 'total'] },
  { markdown: '### F1: Expenses\n\n**Total Coverage**: 42 Unit + 24 Feature + 23 E2E = 89 tests', line: 3, kinds: ['total'] },
];

describe('a total whose parts stand apart from it', () => {
  for (const { markdown, line, kinds } of totalsApart) {
    it(`reads ${JSON.stringify(markdown).slice(0, 80)} as ${kinds.join(', ')}`, () => {
      const claims = extractClaims('r.md', markdown).filter((c) => c.position.line === line && c.value === extractClaims('r.md', markdown).find((t) => t.kind === 'total')?.value);
      expect(claims.map((c) => c.kind).sort()).toEqual(kinds);
    });
  }
});

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

/** A heading's count of the files listed under it is a list count and a count of files; an item's label over a list stays a list count. */
const listsOfFiles: Array<{ markdown: string; kinds: string[] }> = [
  // a heading naming a part and counting its files (206:66)
  { markdown: '## Structure\n\n### Root Directory (4 files)\n- README.md - Main\n- CHANGELOG.md - History\n- GUIDE.md - Guide\n- BYPASS.md - Bypass', kinds: ['dir.files', 'listCount'] },
  // a heading counting other things over its list: a list count only
  { markdown: '## Structure\n\n### Root Directory (4 guides)\n- README.md - Main\n- CHANGELOG.md - History\n- GUIDE.md - Guide\n- BYPASS.md - Bypass', kinds: ['listCount'] },
  // an item's label over the list of files (w43:13): the list's count, as before
  { markdown: '## After\n\n- **Test Files**: 3\n  - `test/a_test.dart` - model\n  - `test/b_test.dart` - db\n  - `test/c_test.dart` - auth', kinds: ['listCount'] },
];

describe('a list of files counted above it', () => {
  for (const { markdown, kinds } of listsOfFiles) {
    it(`reads ${JSON.stringify(markdown).slice(0, 80)} as ${kinds.join(', ')}`, () => {
      const line = markdown.split('\n').findIndex((l) => /\(4 |Files\*\*: 3/.test(l)) + 1;
      const claims = extractClaims('r.md', markdown).filter((c) => c.position.line === line);
      expect(claims.map((c) => c.kind).sort()).toEqual(kinds);
    });
  }
});

/**
 * A heading's count over a list that names files counts those files: read as a count of files only where the heading names a
 * folder or a part, never as every file of a language in the repository (w91:23, 35, 46); the list's count checks it.
 */
const listedFilesOfAKind: Array<{ markdown: string; subjects: unknown[] }> = [
  // a language word over the paths of its list: the list count only
  { markdown: '## New\n\n### Python Modules (3 files)\n- `pkg/a.py` - parser\n- `pkg/b.py` - writer\n- `pkg/c.py` - cli', subjects: [] },
  { markdown: '## Added\n\n### Shell Scripts (2 files)\n- `ops/deploy.sh`\n- `ops/backup.sh`', subjects: [] },
  // a language's headers: a part whose files are not written (not every `.cpp`), left unverifiable
  { markdown: '## Work\n\n### C++ Header Files (2 files)\n- `lib/a.h`\n- `lib/b.h`', subjects: [{ category: 'c header files' }] },
  // a folder the heading names: still that folder's count
  { markdown: '## Layout\n\n### docs/ Directory (2 files)\n- `docs/a.md`\n- `docs/b.md`', subjects: [{ path: 'docs/**' }] },
  // a part the heading names: still read, for a later count to restate (206:66)
  { markdown: '## Layout\n\n### Root Directory (2 files)\n- README.md - Main\n- GUIDE.md - Guide', subjects: [{ category: 'root directory' }] },
];

describe('a heading counting the listed files of a kind', () => {
  for (const { markdown, subjects } of listedFilesOfAKind) {
    it(`reads ${JSON.stringify(markdown).slice(0, 80)} as ${JSON.stringify(subjects)}`, () => {
      const line = markdown.split('\n').findIndex((l) => /\(\d+ files\)/.test(l)) + 1;
      const claims = extractClaims('r.md', markdown).filter((c) => c.position.line === line);
      expect(claims.some((c) => c.kind === 'listCount')).toBe(true);
      expect(claims.filter((c) => c.kind === 'dir.files').map((c) => c.subject)).toEqual(subjects);
    });
  }
});
