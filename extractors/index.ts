/** The extractor registry, sorted by id. A test checks that every file is listed under its own id. */
import type { Extractor } from '../src/extract.js';
import coverageCount from './coverage-count.js';
import coveragePercent from './coverage-percent.js';
import fileLines from './file-lines.js';
import testCount from './test-count.js';
import testDuration from './test-duration.js';
import testRate from './test-rate.js';
import testStatus from './test-status.js';

export const extractors: readonly Extractor[] = [coverageCount, coveragePercent, fileLines, testCount, testDuration, testRate, testStatus];
