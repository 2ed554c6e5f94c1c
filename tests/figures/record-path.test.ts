/** Lines that name a file by a label: one reading for a record's file line, a section's opening line and a sub-section's files. */
import { describe, expect, it } from 'vitest';
import { fileLabelOf, labelledPath, recordPath } from '../../src/figures/record-path.js';

const labels: Array<[line: string, want: { label: string; rest: string } | undefined]> = [
  ['**File**: `src/EventsViewModelTest.kt`', { label: 'file', rest: '`src/EventsViewModelTest.kt`' }],
  ['**File:** `tests/unit/test_orgs.py` (669 lines)', { label: 'file', rest: '`tests/unit/test_orgs.py` (669 lines)' }],
  ['- **Files**:', { label: 'files', rest: '' }],
  ['> Location: tests/auth/x_test.go', { label: 'location', rest: 'tests/auth/x_test.go' }],
  ['Path：docs/x.md', { label: 'path', rest: 'docs/x.md' }],
  ['**Lines**: 967', undefined],
  ['**Test Files**: 3', undefined],
  ['File path: a.py', undefined],
  ['The file: a.py', undefined],
];

/** A block's text and the one path its file line names (undefined: none, or more than one). */
const records: Array<[what: string, text: string, want: string | undefined]> = [
  ['a file line over its record', '**File**: `src/EventsViewModelTest.kt`\n**Lines**: 967\n**Duration**: 6.279s', 'src/EventsViewModelTest.kt'],
  ['a location line (w60:121)', '**Location**: tests/auth/x_test.go\n**Lines**: 455 lines', 'tests/auth/x_test.go'],
  ['a file line with words after the path', '**File:** `a/b.py` (669 lines)\n**Lines**: 669', undefined],
  ['two file lines', '**File**: `a.py`\n**File**: `b.py`', undefined],
  ['a files label', '**Files**: `a.py`', undefined],
  ['no file line', '**Lines**: 967', undefined],
];

/** A line and the path it opens with after a file label. */
const leads: Array<[line: string, want: string | undefined]> = [
  ['**File:** `tests/unit/api/v1/endpoints/test_organizations.py` (669 lines)', 'tests/unit/api/v1/endpoints/test_organizations.py'],
  ['**File**: common/src/test/java/ModConfigTest.java', 'common/src/test/java/ModConfigTest.java'],
  ['**Files**: `a.py`', undefined],
  ['**Status**: `a.py`', undefined],
  ['**File**: (none yet)', undefined],
];

describe('fileLabelOf', () => {
  it('has positive and negative cases', () => expect(labels.some((c) => c[1]) && labels.some((c) => !c[1])).toBe(true));
  it.each(labels)('%s', (line, want) => expect(fileLabelOf(line)).toEqual(want));
});

describe('recordPath', () => {
  it.each(records)('%s', (_what, text, want) => expect(recordPath(text)).toBe(want));
});

describe('labelledPath', () => {
  it.each(leads)('%s', (line, want) => expect(labelledPath(line)).toBe(want));
});
