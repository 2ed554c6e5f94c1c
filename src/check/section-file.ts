/**
 * The file a section of the report is about, by its own heading or by the
 * line its body opens with: "#### JaroWinklerSimilarityTest.java" (w71:58),
 * or "### 2. Organization Endpoint Tests (28 tests)" over "**File:**
 * `tests/unit/api/v1/endpoints/test_organizations.py` (669 lines)" (w78:64,
 * 65; w58:156, 158; 502:12, 13). The figures of its sub-sections ("####
 * Integration Tests (2 tests)") count parts of that file, not of the
 * repository. The innermost section that names a file decides.
 */
import { isFileName } from '../figures/code-spans.js';
import { isFolder } from '../figures/file-subject.js';
import { labelledPath } from '../figures/record-path.js';
import { partNamedAlone } from '../figures/part-heading.js';
import type { SectionView } from '../read/report-structure.js';

/** A file's name ends in an extension of letters ("test_orgs.py", "XTest.java"); "75/75" in "Pass Rate: 100% (75/75)" names none. */
const letterExtensionRe = /\.[A-Za-z][A-Za-z0-9]*$/;

/** Whether a word or path names one file: not a folder ("**Location:** `__tests__/`", 106:48), not a ratio. */
const namesFile = (word: string): boolean => isFileName(word) && !isFolder(word) && letterExtensionRe.test(word);

/**
 * The file a heading is nothing but the name of ("#### JaroWinklerSimilarityTest.java", "#### TextNormalizerTest.java
 * (NEW)", "### `tests/test_api.py`"), lower case; a heading that cites a file among other words ("## Test Coverage by
 * Feature (Based on spec.md)", w19:14) is about something else.
 */
export function headingFile(heading: string): string | undefined {
  const name = partNamedAlone(heading);
  return name !== undefined && namesFile(name) ? name.toLowerCase() : undefined;
}

/** The file the first non-blank line of a section's body names with a file label, lower case. */
function openingFile(section: SectionView, lines: readonly string[]): string | undefined {
  for (let line = section.line + 1; line <= Math.min(section.end, lines.length); line++) {
    const text = lines[line - 1] ?? '';
    if (text.trim() === '') continue;
    const path = labelledPath(text);
    return path !== undefined && namesFile(path) ? path.toLowerCase() : undefined;
  }
  return undefined;
}

/** The file the innermost section holding `line` (1-based), or one around it, names; undefined when none does. */
export function sectionFile(sections: readonly SectionView[], lines: readonly string[], line: number): string | undefined {
  const around = sections.filter((s) => s.line <= line && line <= s.end).sort((a, b) => b.depth - a.depth);
  for (const section of around) {
    const file = headingFile(section.text) ?? openingFile(section, lines);
    if (file !== undefined) return file;
  }
  return undefined;
}

/**
 * The file whose section a line stands in as a part of it: for a heading, the file a section around
 * the heading's own names ("#### Features (2 tests)" under "### 2. Organization Endpoint Tests" over
 * "**File:** `test_organizations.py`", w78:109), since a heading's own file line names the whole its
 * count is of ("### ModConfigTest (10 tests)" over "**File**: `…/ModConfigTest.java`", 502:12); for any
 * other line, the file its sections name.
 */
export function enclosingFile(sections: readonly SectionView[], lines: readonly string[], line: number): string | undefined {
  const own = sections.find((s) => s.line === line);
  return sectionFile(own === undefined ? sections : sections.filter((s) => s !== own), lines, line);
}
