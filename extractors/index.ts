/** The extractor registry, sorted by id. A test checks that every file is listed under its own id. */
import type { Extractor } from '../src/extract.js';
import change from './change.js';
import checkboxes from './checkboxes.js';
import coverageCount from './coverage-count.js';
import coveragePercent from './coverage-percent.js';
import fileLines from './file-lines.js';
import listCount from './list-count.js';
import percentOf from './percent-of.js';
import ratio from './ratio.js';
import score from './score.js';
import testCount from './test-count.js';
import testDuration from './test-duration.js';
import testRate from './test-rate.js';
import testStatus from './test-status.js';
import total from './total.js';

export const extractors: readonly Extractor[] = [
  change,
  checkboxes,
  coverageCount,
  coveragePercent,
  fileLines,
  listCount,
  percentOf,
  ratio,
  score,
  testCount,
  testDuration,
  testRate,
  testStatus,
  total,
];
