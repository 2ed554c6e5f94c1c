/**
 * A count of the test files of a group the report names after its one test
 * folder (w77's "#### Brand DNA Components (12 test files)" and w63's "**Setup
 * Tests (4 test files)**"), checked on a fixture repository: the files of that
 * folder that define tests, read by the real parsers (a jest setup file and a
 * mock define none).
 */
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verify } from '../../src/commands/pipeline.js';
import { fixtureRepos } from '../helpers/fixture-repo.js';

const repo = fixtureRepos('claimcheck-group-test-files-');

const test = (name: string) => `describe('${name}', () => {\n  it('works', () => {\n    expect(1).toBe(1);\n  });\n});\n`;
const files = {
  'web/src/components/hub-wizard/Stepper.test.tsx': test('Stepper'),
  'web/src/components/hub-wizard/DropZone.test.tsx': test('DropZone'),
  'web/src/components/hub-wizard/Stepper.tsx': 'export const Stepper = () => null;\n',
  'web/src/components/brand-dna/Card.test.tsx': test('Card'),
  'web/src/components/brand-dna/Chips.test.tsx': test('Chips'),
  'tests/setup/setup.test.js': test('setup'),
  'tests/setup/jest.setup.js': "process.env.TZ = 'UTC';\n",
  'tests/setup/mock-api.js': 'module.exports = { get: () => null };\n',
  'frontend/tests/api/client.test.js': test('client'),
  'backend/tests/api/routes.test.js': test('routes'),
  'tests/unit/math.test.js': test('math'),
  'test/only.test.js': test('only'),
  'test/other.test.js': test('other'),
};

/** A line of a report, the verdict and a part of its message. */
const cases: Array<[string, string, string]> = [
  ['#### Hub Wizard Components (2 test files)', 'confirmed', 'the 2 files of `web/src/components/hub-wizard/` that define tests'],
  // One more than the folder holds (w77:113).
  ['#### Brand DNA Components (3 test files)', 'contradicted', 'measured 2'],
  // Setup files and mocks beside the one test file define no test (w63:221).
  ['**Setup Tests (3 test files)**', 'contradicted', 'measured 1 (files: the 1 file of `tests/setup/` that defines tests'],
  // Two folders answer to the name (a frontend's and a backend's): which one is unsaid.
  ['**API Tests (2 test files)**', 'unverifiable', 'names no file'],
  // A kind of tests is no folder's name, though `tests/unit/` is one.
  ['**Unit Tests (2 test files)**', 'unverifiable', 'names no file'],
  // "test files" alone are every test file, not a folder `test/` (w09:229, "All 56 Test Files Compile Successfully").
  ['2 test files in all, each compiling', 'unverifiable', 'names no file'],
  // Files, not test files: the source files of the folder may be meant.
  ['#### Hub Wizard Components (3 files)', 'unverifiable', 'names no file'],
];

describe('a count of the test files of a group named after its test folder', () => {
  it.each(cases)('%s', async (line, verdict, message) => {
    const dir = repo(files);
    const report = path.join(dir, 'REPORT.md');
    writeFileSync(report, `# Test Coverage\n\n${line}\n\n- some tests\n`);
    const result = await verify({ reports: [report], repo: dir, cwd: dir, checks: ['files'] });
    const found = result.reports[0]!.findings.filter((f) => f.claim.kind === 'dir.files');
    expect(found.map((f) => f.verdict)).toEqual([verdict]);
    expect(found[0]!.message).toContain(message);
  });
});
