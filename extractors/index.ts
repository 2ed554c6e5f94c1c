/** The extractor registry, sorted by id. A test checks that every file is listed under its own id. */
import type { Extractor } from '../src/extract.js';
import branchName from './branch-name.js';
import codeAtLines from './code-at-lines.js';
import commitCount from './commit-count.js';
import commitHash from './commit-hash.js';
import coveragePercent from './coverage-percent.js';
import diffstat from './diffstat.js';
import fileExists from './file-exists.js';
import fileLines from './file-lines.js';
import fileMode from './file-mode.js';
import fileSet from './file-set.js';
import fileSize from './file-size.js';
import itemCount from './item-count.js';
import testCount from './test-count.js';
import testRate from './test-rate.js';
import workingTree from './working-tree.js';

export const extractors: readonly Extractor[] = [
  branchName, codeAtLines, commitCount, commitHash, coveragePercent, diffstat, fileExists, fileLines, fileMode, fileSet, fileSize,
  itemCount, testCount, testRate, workingTree,
];
