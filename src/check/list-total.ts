/**
 * The lines a total after a list closes: "## Total Tests: **133 tests**" after
 * a section listing test files with their counts (`1. **config_test.go** (7
 * tests)`), "### Total Test Coverage: 25 Tests" after "### Test Files
 * Created", or a "**Total**: 20 tests" line under the list in its own
 * section. A heading closes the section before it, down to the previous heading
 * of its level or above (its subsections included); a total line closes its own
 * section, from the heading above it. A heading that counts its own section
 * ("#### **Security Tests** (90+ tests)" over a list of test files) opens
 * the lines it totals instead (listUnderSpan). Which figures of those lines are
 * the breakdown is the caller's to decide (verifiers/tests.ts reads the claims
 * on them); this only finds the lines.
 */
import { sectionsOfSource } from '../read/report-structure.js';
import { isTotalLine } from './total-line.js';
import { isLocalizedWholeLabel } from './whole-label.js';

/** A heading's label before its colon, led by "Total": "Total Tests", "**Total Test Coverage**". Group `label`. */
const headingLabelRe = /^(?<label>[^:：]{1,60})[:：]/;
/** A label that opens with the English word of a total: "Total Tests", "Total Test Count". */
const totalLabelRe = /^[\W_]*total\b/i;

/** The 1-based lines, first to last, that the total on `line` closes; undefined when the line states no total or nothing stands above it. */
export function listTotalSpan(source: string, line: number): { first: number; last: number } | undefined {
  const sections = sectionsOfSource(source);
  const heading = sections.find((s) => s.line === line);
  let level: number;
  if (heading) {
    const label = headingLabelRe.exec(heading.text)?.groups?.label;
    if (label === undefined || !(totalLabelRe.test(label) || isLocalizedWholeLabel(label))) return undefined;
    level = heading.depth;
  } else {
    if (!isTotalLine(source.split('\n')[line - 1] ?? '')) return undefined;
    // a total line closes its own section: any heading above ends it
    level = 6;
  }
  const opening = sections.filter((s) => s.line < line && s.depth <= level).at(-1);
  const first = (opening?.line ?? 0) + 1;
  const last = line - 1;
  return first <= last ? { first, last } : undefined;
}

/** The 1-based lines under the heading on `line`, down to the next heading of its level or above; undefined when the line is no heading or nothing stands under it. */
export function listUnderSpan(source: string, line: number): { first: number; last: number } | undefined {
  const heading = sectionsOfSource(source).find((s) => s.line === line);
  if (!heading) return undefined;
  const first = line + 1;
  const last = heading.end;
  return first <= last ? { first, last } : undefined;
}
