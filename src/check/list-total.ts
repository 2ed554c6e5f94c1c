/**
 * The lines a total after a list closes: "## Total Tests: **133 tests**" after
 * a section listing test files with their counts (`1. **config_test.go** (7
 * tests)`, w28), "### Total Test Coverage: 25 Tests" after "### Test Files
 * Created" (w32), or a "**Total**: 20 tests" line under the list in its own
 * section. A heading closes the section before it, down to the previous heading
 * of its level or above (its subsections included); a total line closes its own
 * section, from the heading above it. A heading that counts its own section
 * ("#### **Security Tests** (90+ tests)" over a list of test files, w10) opens
 * the lines it totals instead (listUnderSpan). Which figures of those lines are
 * the breakdown is the caller's to decide (verifiers/tests.ts reads the claims
 * on them); this only finds the lines.
 */
import { isTotalLine } from './total-line.js';
import { isLocalizedWholeLabel } from './whole-label.js';

/** An ATX heading: its marks and its text. Groups `marks`, `text`. */
const headingRe = /^\s{0,3}(?<marks>#{1,6})\s+(?<text>.*)$/;
/** A heading's label before its colon, led by "Total": "Total Tests", "**Total Test Coverage**". Group `label`. */
const headingLabelRe = /^(?<label>[^:：]{1,60})[:：]/;
/** A label that opens with the English word of a total: "Total Tests", "Total Test Count". */
const totalLabelRe = /^[\W_]*total\b/i;
/** A fenced code block's fence: lines inside one are no headings. */
const fenceRe = /^\s{0,3}(?:`{3,}|~{3,})/;

/** The 1-based lines, first to last, that the total on `line` closes; undefined when the line states no total or nothing stands above it. */
export function listTotalSpan(source: string, line: number): { first: number; last: number } | undefined {
  const lines = source.split('\n');
  const text = lines[line - 1] ?? '';
  const heading = headingRe.exec(text)?.groups;
  let level: number;
  if (heading) {
    const label = headingLabelRe.exec(heading.text ?? '')?.groups?.label;
    if (label === undefined || !(totalLabelRe.test(label) || isLocalizedWholeLabel(label))) return undefined;
    level = (heading.marks ?? '').length;
  } else {
    if (!isTotalLine(text)) return undefined;
    // a total line closes its own section: any heading above ends it
    level = 6;
  }
  const headingLevels = headingLevelsOf(lines);
  let start = line - 2;
  while (start >= 0 && !((headingLevels[start] ?? 7) <= level)) start--;
  const first = start + 2;
  const last = line - 1;
  return first <= last ? { first, last } : undefined;
}

/** Each line's heading level (1–6), or 7 for a line that is no heading (inside a fence too). */
function headingLevelsOf(lines: readonly string[]): number[] {
  let fenced = false;
  return lines.map((l) => {
    if (fenceRe.test(l)) {
      fenced = !fenced;
      return 7;
    }
    if (fenced) return 7;
    return headingRe.exec(l)?.groups?.marks?.length ?? 7;
  });
}

/** The 1-based lines under the heading on `line`, down to the next heading of its level or above; undefined when the line is no heading or nothing stands under it. */
export function listUnderSpan(source: string, line: number): { first: number; last: number } | undefined {
  const lines = source.split('\n');
  const level = headingRe.exec(lines[line - 1] ?? '')?.groups?.marks?.length;
  if (level === undefined) return undefined;
  const headingLevels = headingLevelsOf(lines);
  let end = line;
  while (end < lines.length && !((headingLevels[end] ?? 7) <= level)) end++;
  const first = line + 1;
  const last = end;
  return first <= last ? { first, last } : undefined;
}
