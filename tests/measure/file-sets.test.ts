/**
 * Test folders as globs: the verifier counts the same folders as test folders
 * that the report side reads as test folders (src/measure/test-folders.ts).
 */
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { testCodeGlob, testFolderPatterns } from '../../src/measure/file-sets.js';

const inTestFolder = picomatch(testFolderPatterns(['ts', 'swift']));
const testCode = picomatch(testCodeGlob);

describe('testFolderPatterns', () => {
  it.each([
    'test/a.ts', 'pkg/tests/unit/a.ts', 'web/__tests__/a.ts', 'spec/a.ts', 'api/specs/a.ts', 'Tests/AppTests/A.swift',
  ])('reads %s as a file in a test folder', (file) => {
    expect(inTestFolder(file)).toBe(true);
  });

  it.each([
    'src/a.ts', 'testing/a.ts', 'src/tests.ts', 'contest/a.ts', 'tests/README.md', 'docs/specs/a.md',
  ])('reads %s as no file in a test folder', (file) => {
    expect(inTestFolder(file)).toBe(false);
  });
});

describe('testCodeGlob', () => {
  it.each([
    ['src/a.test.ts', true], ['pkg/test_a.py', true], ['api/specs/b.rb', true], ['src/a.ts', false], ['specs/plan.md', false],
  ] as const)('%s is test code: %s', (file, want) => {
    expect(testCode(file)).toBe(want);
  });
});
