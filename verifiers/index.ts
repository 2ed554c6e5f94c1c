/** The verifier registry, sorted by id. A test checks that every file is listed under its own id. */
import type { Verifier } from '../src/measure/verify-types.js';
import consistency from './consistency.js';
import counts from './counts.js';
import coverage from './coverage.js';
import files from './files.js';
import git from './git.js';
import tests from './tests.js';

export const verifiers: readonly Verifier[] = [consistency, counts, coverage, files, git, tests];
