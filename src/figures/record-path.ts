/**
 * The file a record of `Label: value` lines is about, when one line of the
 * same block names it: "**File**: `src/EventsViewModelTest.kt`" over
 * "**Lines**: 967" and "**Duration**: 6.279s", or "**Location**:
 * tests/auth/x_test.go" under "**Lines**: 455 lines" (w60:121). The record's other lines are
 * about that file, as the items of a lead-in naming a file are.
 */
import { pathsIn } from './file-subject.js';

/** A line that is only a file label and one path: "**File**: `a/b.kt`", "Path: docs/x.md", "**Location**: a/b.go". Group `path`. */
const fileLineRe = /^[\s>*_-]*(?:file|path|location)[\s*_]*:[\s*_]*(?<path>`[^`\n]+`|\S+)[\s*_]*$/gim;

/** The one path a block's file line names, or undefined when no line, or more than one, names a file. */
export function recordPath(blockText: string): string | undefined {
  const named = [...blockText.matchAll(fileLineRe)].flatMap((m) => pathsIn(m.groups?.path ?? ''));
  return named.length === 1 ? named[0] : undefined;
}

/**
 * A line that opens with a file label and one path, whatever follows it: "**File:**
 * `tests/unit/test_orgs.py` (669 lines)" (w78:65), "**File**: `common/…/ModConfigTest.java`" (502:13). Group `path`.
 */
const fileLabelLeadRe = /^[\s>*_-]*(?:file|path|location)[\s*_]*:[\s*_]*(?<path>`[^`\n]+`|[^\s`]+)/i;

/** The path a line opening with a file label names ("**File:** `a/b.py` (669 lines)"), or undefined. */
export function labelledPath(line: string): string | undefined {
  const m = fileLabelLeadRe.exec(line);
  const named = m ? pathsIn(m.groups?.path ?? '') : [];
  return named.length === 1 ? named[0] : undefined;
}
