/** The extractor registry, sorted by id, then the figure classifiers. A test checks that every file is listed under its own id. */
import type { Extractor, Kinds } from '../src/figures/extract.js';
import type { FigureClassifier } from '../src/figures/classify.js';
import branchName from './branch-name.js';
import change from './change.js';
import checkboxes from './checkboxes.js';
import codeAtDefinitionLines from './code-at-definition-lines.js';
import codeAtItemLines from './code-at-item-lines.js';
import codeAtLines from './code-at-lines.js';
import codeLines from './code-lines.js';
import commitCount from './commit-count.js';
import commitHash from './commit-hash.js';
import coverageCount from './coverage-count.js';
import coveragePercent from './coverage-percent.js';
import definedNames from './defined-names.js';
import diffstat from './diffstat.js';
import fileExists from './file-exists.js';
import fileLines from './file-lines.js';
import fileMode from './file-mode.js';
import fileSet from './file-set.js';
import fileTree from './file-tree.js';
import fileSize from './file-size.js';
import figureAchievementColumn from './figure-achievement-column.js';
import figureAddedTests from './figure-added-tests.js';
import figureAllPassing from './figure-all-passing.js';
import figureChange from './figure-change.js';
import figureCoverage from './figure-coverage.js';
import figureCoverageColumn from './figure-coverage-column.js';
import figureCoverageCount from './figure-coverage-count.js';
import figureCoverageGoal from './figure-coverage-goal.js';
import figureCoverageGoalRow from './figure-coverage-goal-row.js';
import figureCoverageHistory from './figure-coverage-history.js';
import figureCoverageIstanbulRow from './figure-coverage-istanbul-row.js';
import figureCoverageNow from './figure-coverage-now.js';
import figureCoveragePair from './figure-coverage-pair.js';
import figureCoverageParts from './figure-coverage-parts.js';
import figureCoveragePlanned from './figure-coverage-planned.js';
import figureCoverageRemark from './figure-coverage-remark.js';
import figureCoverageToolRow from './figure-coverage-tool-row.js';
import figureFileWords from './figure-file-words.js';
import figureFiles from './figure-files.js';
import figureFilesPair from './figure-files-pair.js';
import figureHeadingCounts from './figure-heading-counts.js';
import figureInlineList from './figure-inline-list.js';
import figureItemRatio from './figure-item-ratio.js';
import figureLines from './figure-lines.js';
import figurePointsGap from './figure-points-gap.js';
import figureRateSection from './figure-rate-section.js';
import figureScoreColumns from './figure-score-columns.js';
import figureScores from './figure-scores.js';
import figureSectionRate from './figure-section-rate.js';
import figureShareColumn from './figure-share-column.js';
import figureSubtests from './figure-subtests.js';
import figureTestRate from './figure-test-rate.js';
import figureTestFraction from './figure-test-fraction.js';
import figureTestMetricRow from './figure-test-metric-row.js';
import figureTestRows from './figure-test-rows.js';
import figureTestStatus from './figure-test-status.js';
import figureTests from './figure-tests.js';
import itemCount from './item-count.js';
import listCount from './list-count.js';
import listedFiles from './listed-files.js';
import manifestCount from './manifest-count.js';
import percentOf from './percent-of.js';
import ratio from './ratio.js';
import score from './score.js';
import testCount from './test-count.js';
import testDuration from './test-duration.js';
import testRate from './test-rate.js';
import testStatus from './test-status.js';
import total from './total.js';
import workingTree from './working-tree.js';

export const extractors: readonly Extractor[] = [
  branchName,
  change,
  checkboxes,
  codeAtDefinitionLines,
  codeAtItemLines,
  codeAtLines,
  codeLines,
  commitCount,
  commitHash,
  coverageCount,
  coveragePercent,
  definedNames,
  diffstat,
  fileExists,
  fileLines,
  fileMode,
  fileSet,
  fileTree,
  fileSize,
  itemCount,
  listCount,
  listedFiles,
  manifestCount,
  percentOf,
  ratio,
  score,
  testCount,
  testDuration,
  testRate,
  testStatus,
  total,
  workingTree,
];

/**
 * The figure classifiers, sorted by id: they read figures that no extractor
 * above claimed, through the figures' context.
 */
export const classifiers: readonly FigureClassifier[] = [
  figureAchievementColumn, figureAddedTests, figureAllPassing, figureChange, figureCoverage, figureCoverageColumn, figureCoverageCount, figureCoverageGoal, figureCoverageGoalRow, figureCoverageHistory, figureCoverageIstanbulRow, figureCoverageNow, figureCoveragePair, figureCoverageParts, figureCoveragePlanned, figureCoverageRemark, figureCoverageToolRow, figureFileWords, figureFiles, figureFilesPair, figureHeadingCounts, figureInlineList, figureItemRatio, figureLines, figurePointsGap, figureRateSection, figureScoreColumns, figureScores, figureSectionRate, figureShareColumn, figureSubtests, figureTestFraction, figureTestMetricRow, figureTestRate, figureTestRows, figureTestStatus, figureTests,
];

/** The registry as the figures stage takes it (src/figures/extract.ts `Kinds`). */
export const kinds: Kinds = { extractors, classifiers };
