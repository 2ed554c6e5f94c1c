import type { ClaimKind, Figure, Subject } from '../src/model.js';
import type { Classification, FigureClassifier, FigurePlace } from '../src/figures/classify.js';
import { contextWords, ownLabelOf } from '../src/figures/classify.js';
import { findWord, hasWord, type Words } from '../src/figures/words.js';
import { isSignedFigure } from '../src/figures/coverage-subject.js';
import { sharesOtherItems } from '../src/figures/coverage-items.js';
import { uncoveredWords } from '../src/figures/coverage-words.js';
import { withoutStars } from '../src/read/without-stars.js';
import { titleCategory } from '../src/figures/test-subject.js';

/** The coverage kind a metric word gives. */
export function metricKind(text: string, words: Words): ClaimKind | undefined {
  if (findWord(text, words.statements)) return 'coverage.statements';
  if (findWord(text, words.branches)) return 'coverage.branches';
  if (findWord(text, words.functions)) return 'coverage.functions';
  if (findWord(text, words.lines)) return 'coverage.lines';
  return undefined;
}

/** The file or folder a figure is about: the name before it, or a row naming a path; else the whole project. */
function subjectOf(figure: Figure): Subject {
  const name = fileNameOf(figure);
  return name !== undefined ? { path: name } : { scope: 'all' };
}

/** A list or heading number before a label: "1. ", "2) ". */
const ordinalRe = /^\d+[.)]\s+/;

/** A label without the marks around a path: "`file_crypto.py`" → "file_crypto.py". */
const unquoted = (text: string): string => text.replace(/[`'"]/g, '').trim();

/**
 * Words a label for the whole project's coverage is made of: "Actual
 * Coverage", "Code Coverage", "Overall". A label with any other word names a
 * part, or something else that is no coverage figure ("Coverage Gap").
 */
const wholeLabelWords = new Set([
  'coverage', 'code', 'test', 'tests', 'overall', 'total', 'actual', 'current', 'measured', 'final', 'project', 'global', 'achieved',
  // the figure's own form, "Coverage Percentage: 94%"
  'percentage',
  // a state of the same figure: "**Before**: 74.29%" / "**After**: 92.47%" under "### Overall Coverage"
  'before', 'after', 'baseline', 'initial', 'previous', 'starting', 'ending', 'start',
]);

/**
 * Column headers that name a state of the figure in the row ("Baseline", "Target", "Final", "This Project"),
 * not another figure about it (a "Weight" of a score, an "Industry Standard").
 */
const stateHeaderWords: readonly string[] = [
  'baseline', 'before', 'after', 'target', 'goal', 'final', 'current', 'actual', 'now', 'value', 'result', 'measured', 'achieved',
  'initial', 'previous', 'start', 'end', 'this project', 'coverage',
  // the column of the figure itself: "| File | Lines Covered | Percentage |" under "Coverage by File"
  'percentage',
];

/** A file's name holds a letter; "66/66" and "13/19" are counts. */
const letterRe = /\p{L}/u;

/** The file or folder named before the figure, if it is one: a count written like a path ("66/66 (100%)") is none. */
const fileNameOf = (figure: Figure): string | undefined => {
  const name = figure.context.name;
  return name !== undefined && letterRe.test(name) ? name : undefined;
};

/** What may stand between a file's name and its figure: "`crisis.rs` - 100%", "db.py: 20%". */
const nameSeparatorRe = /\s*[-–—:]\s*$/;

/**
 * Whether the figure's own label, or the words right before it in its item, are
 * its file's name and nothing more; a row of a table whose columns are states
 * ("| **db.py** | 34% | **100%** |" under "Before | After") names its file too.
 * A noun after the figure says it counts something else ("db.py: 20% of the tests").
 */
function namesFileOnly(figure: Figure): boolean {
  const c = figure.context;
  if (c.noun !== undefined || (c.block !== 'item' && c.block !== 'cell' && c.block !== 'code-text' && c.block !== 'heading')) return false;
  if (c.block === 'cell') {
    return withoutStars(unquoted(c.table?.row ?? '')) === c.name && findWord(c.table?.header ?? '', stateHeaderWords) !== undefined;
  }
  // A heading's list number is no part of the name: "#### 1. nutrition_calculator.py (86%)".
  const own = withoutStars(unquoted(ownLabelOf(figure))).replace(c.block === 'heading' ? ordinalRe : /^$/, '');
  const before = withoutStars(unquoted(c.before ?? '')).replace(nameSeparatorRe, '');
  return own === c.name || before === c.name;
}

/**
 * The subject of a figure whose label names coverage and nothing else: the
 * file named between the label and the figure ("**Coverage**: ModConfig.java
 * (100%)"); else the whole project, which part-heading.ts narrows to the file
 * a heading names alone ("#### 1. constants.py" then "- **Coverage:** 100%").
 */
function wholeLabelSubject(figure: Figure): Subject {
  const name = fileNameOf(figure);
  const gap = withoutStars(unquoted(figure.context.before ?? '')).replace(/[\s(~≈]+$/, '');
  // A heading naming one file alone ("#### 1. constants.py") is settled after classification, with every kind (part-heading.ts).
  // A report whose title names one group of tests ("Test Status Report - Invoice Count Tests") gives that group, as coverage-subject.ts does.
  return name !== undefined && gap.endsWith(`: ${name}`) ? { path: name } : titleCategory(figure.context.headings) ?? { scope: 'all' };
}

/** A count of covered units in a parenthesis right after a figure: " (6/128 lines)", " (4,609/6,204 lines)". Group `noun`. */
const countAfterRe = /^\**\s*\(\s*[\d,]+\s*\/\s*[\d,]+\s+(?<noun>\p{L}+)/u;

/** Whether a parenthesis right after a figure counts covered units of a coverage metric (lines, statements, …). */
function coveredCountAfter(after: string, words: Words): boolean {
  const noun = countAfterRe.exec(after)?.groups?.noun;
  return noun !== undefined && metricKind(noun, words) !== undefined;
}

/** Whether a label names the whole project's coverage, or only says "overall" under a coverage heading. */
function wholeProjectLabel(label: string): boolean {
  const words = label.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  return words.length > 0 && words.length <= 3 && words.every((w) => wholeLabelWords.has(w));
}

/**
 * A percentage read as coverage from its structure: a metric named by its
 * label, column or row ("Statements: 89.79%" under "Coverage (global):"), or a
 * file named by its label under a coverage lead-in ("core/security.py: 100%"
 * in a plain-text block after "Module coverage:"), with coverage said by the
 * context around it; or a label that names the whole project's coverage
 * ("**Actual Coverage:** ⚠️ **91%**", "**Overall:** 91%" under "Current
 * Coverage Status"). A signed figure ("+5%") is a change, never a level.
 */
function classify(figure: Figure, words: Words, place?: FigurePlace): Classification | undefined {
  if (figure.unit !== 'percent' || figure.value > 100 || figure.context.sign !== undefined || isSignedFigure(figure.text)) return undefined;
  // "96/96 APIs tested (100%)": the share of counted items, not of code.
  if (place && sharesOtherItems(place.text, place.start, place.end)) return undefined;
  const c = figure.context;
  const around = contextWords(figure);
  const own = ownLabelOf(figure);
  const name = fileNameOf(figure);
  // A percentage written right after a file's name ("`crisis.rs` - 100.00%", "db.py: 20% → 68%") in a report about coverage
  // is that file's coverage, even when only a heading further out ("Test Coverage Improvement") says so.
  if (name !== undefined && namesFileOnly(figure) && hasWord(contextWords(figure, c.headings.length), words.coverage)) {
    return { kind: metricKind([c.table?.header ?? '', c.noun ?? ''].join(' | '), words) ?? 'coverage.lines', subject: { path: name } };
  }
  if (!hasWord(around, words.coverage)) return undefined;
  // "(4.5% uncovered lines)": the share not covered, which no metric of the tool states as written.
  if (c.noun !== undefined && hasWord(c.noun, uncoveredWords)) return undefined;
  // What names the figure itself: its own label, its column, its row — never a heading further out.
  const naming = [own, c.table?.header ?? '', c.table?.row ?? '', c.noun ?? ''].join(' | ');
  const metric = metricKind(naming, words);
  if (metric) return { kind: metric, subject: subjectOf(figure) };
  // A file named by the figure's own label ("`db.py`: 97%", a heading "1. cache_manager.py (94%)"), or by the row of a coverage column.
  const labelNamesFile = unquoted(own).replace(ordinalRe, '') === name;
  const rowNamesFile = unquoted(c.table?.row ?? '') === name && hasWord(c.table?.header ?? '', words.coverage);
  // A noun after the figure must say coverage, if there is one: "SpawnerSphereCore.java (~5% uncovered)" counts what is not covered.
  const nounSaysCoverage = c.noun === undefined || hasWord(c.noun, words.coverage);
  if (name !== undefined && (labelNamesFile || rowNamesFile) && nounSaysCoverage) return { kind: 'coverage.lines', subject: { path: name } };
  // A row naming the whole project's coverage in a table of metrics ("| **Code Coverage** | 9.49% | 90.00% | 35.12% |"):
  // each column that names a state of it (Baseline, Target, Final) holds that state; a "Weight" or "Industry Standard" column does not.
  const row = c.table?.row ?? '';
  if (c.block === 'cell' && c.noun === undefined && wholeProjectLabel(row) && hasWord(row, words.coverage) && findWord(c.table?.header ?? '', stateHeaderWords) !== undefined) {
    return { kind: 'coverage.lines', subject: { scope: 'all' } };
  }
  // A figure of its own label, with nothing after it that says what it counts.
  // A line of a plain-text block is read like an item ("Coverage Percentage: 94%" in a summary block), and so is a heading
  // that is a label and its value with a status mark between ("### Coverage: ✅ EXPECTED ≥95%", 205:159), whose own label says coverage.
  // Only the label's own value: not a figure after another one ("### Current Coverage: 30% (Improved from 27%)", earlier-value.ts's).
  const labelledHeading = c.block === 'heading' && hasWord(own, words.coverage) && !/\d/.test(c.before ?? '');
  if (c.noun === undefined && (c.block === 'paragraph' || c.block === 'item' || c.block === 'code-text' || labelledHeading) && wholeProjectLabel(own)) {
    const labelSaysCoverage = hasWord(own, words.coverage);
    const headingSaysCoverage = hasWord(c.headings.at(-1) ?? '', words.coverage);
    // The covered units counted right after it say so too, when coverage is said around it: "- Before: 5% (6/128 lines)"
    // under "**Dashboard Module (+25%)**" in "## Coverage Improvement Analysis" (408), as under "### Overall Coverage" (405).
    const countSaysCoverage = place !== undefined && coveredCountAfter(place.text.slice(place.end), words);
    if (labelSaysCoverage || headingSaysCoverage || countSaysCoverage) return { kind: 'coverage.lines', subject: wholeLabelSubject(figure) };
  }
  return undefined;
}

export default {
  id: 'figure-coverage',
  description: 'Coverage read from structure: a metric label under a coverage lead-in ("Coverage (global):" then "- Statements: 89.79%"), a file label in a coverage block ("core/security.py: 100%"), a metric column or row, a label naming the whole project\'s coverage.',
  kinds: ['coverage.lines', 'coverage.branches', 'coverage.functions', 'coverage.statements'],
  classify,
} satisfies FigureClassifier;
