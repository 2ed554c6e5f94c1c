/** The part of the tests a figure counts: a label, the words before a test noun, a heading naming a kind of tests. */
import { describe, expect, it } from 'vitest';
import { ageGroup, errorKindLabel, headingCategory, kindAfterPart, labelPart, modifierPart, namesNoPart } from '../../src/figures/test-subject.js';

describe('test subjects', () => {
  it.each([
    ['Error condition tests', 'error condition'],
    ['**Error Handling Tests**', 'error handling'],
    // an error word last is a status; a label with no test noun names no tests
    ['Test errors', undefined],
    ['Errors', undefined],
    ['Error handling', undefined],
    [undefined, undefined],
  ])('label %j names tests of errors %j', (label, kind) => {
    expect(errorKindLabel(label)).toEqual(kind);
  });

  it.each([
    ['Unit Tests', { category: 'unit' }],
    ['Frontend Total Tests', { category: 'frontend' }],
    ['**Integration Tests**', { category: 'integration' }],
    ['End-to-End Tests', { category: 'e2e' }],
    // "Core Tests: 71/71 passing" beside "New Tests: 4/4 passing" (408): the core suite is a part, as 核心 is
    ['Core Tests', { category: 'core' }],
    ['Core Unit Tests', { category: 'core unit' }],
    // the status a label's figure counts, after the test noun, names no part (011:8 "Core Tests Passing: 1255/1257")
    ['Core Tests Passing', { category: 'core' }],
    ['Integration Tests Skipped', { category: 'integration' }],
    ['E2E Tests Failures', { category: 'e2e' }],
    ['Total Tests Passing', undefined],
    // kinds of tests named in many reports: stress and edge-case tests (505; 7 and 9 reports of corpus and realworld)
    ['Stress tests', { category: 'stress' }],
    ['Edge case tests', { category: 'edge case' }],
    // status, totals and tasks name no part
    ['Passed Tests', undefined],
    ['Total Tests', undefined],
    ['Test Status', undefined],
    ['Refine failing tests', undefined],
    ['Tests at entry', undefined],
    ['Refine stressed tests', undefined],
    [undefined, undefined],
  ])('label %j names %j', (label, subject) => {
    expect(labelPart(label)).toEqual(subject);
  });

  // under a heading of kinds of tests, any part before the test noun is a kind (505:123, w45:63)
  it.each([
    ['Thread safety tests', ['Report', 'Test Categories'], { category: 'thread safety' }],
    ['Leet Speak Tests', ['Report', 'Test Types'], { category: 'leet speak' }],
    ['Leet Speak Tests', ['Report', 'Tests by Kind'], { category: 'leet speak' }],
    ['Thread safety tests', ['Report', 'Results'], undefined],
    ['Thread safety tests', ['Test Categories', 'Notes'], undefined],
    ['Passed Tests', ['Report', 'Test Categories'], undefined],
    ['Total Tests', ['Report', 'Tests by Category'], undefined],
  ] as Array<[string, string[], { category: string } | undefined]>)('label %j under %j names %j', (label, headings, subject) => {
    expect(labelPart(label, headings)).toEqual(subject);
  });

  it.each([
    [' session tests (hanging issue)', { category: 'session' }],
    ['/191 non-session tests', { category: 'non-session' }],
    [' original tests still passing', { category: 'original' }],
    [' error handling tests', { category: 'error handling' }],
    [' core tests remain passing', { category: 'core' }],
    // words that say how many or how good, and compounds that count other things
    [' comprehensive tests', undefined],
    [' passing tests', undefined],
    [' tests', undefined],
    [' unit test files', undefined],
    [' lines of test code', undefined],
  ])('after a count, %j names %j', (after, subject) => {
    expect(modifierPart(after)).toEqual(subject);
  });

  it.each([
    ['Testing', true],
    ['**Passing Tests**', true],
    ['Total', true],
    ['Frontend Tests', false],
    ['AdjusterDashboard', false],
  ])('%j names no part: %s', (words, expected) => {
    expect(namesNoPart(words)).toBe(expected);
  });

  it.each([
    [['Report', 'Coverage by Test Type', 'Unit Tests'], { category: 'unit' }],
    [['Report', 'Integration Tests ✅'], { category: 'integration' }],
    [['Report', 'Playwright E2E Status', 'Result'], { category: 'playwright e2e' }],
    [['Report', 'End-to-End Tests'], { category: 'e2e' }],
    // "only" says which run, not which tests (w11:184)
    [['Report', 'Run Only Unit Tests'], { category: 'unit' }],
    // a group's one-word name and "Tests", the heading's remark aside (404:49, beside "### 🧪 SMOKE Tests (Basic Framework Functionality)")
    [['Report', '🔍 **DATAVALIDATIONS Tests** (Core Validation Engine)'], { category: 'datavalidations' }],
    // a share after the heading's label is a figure, not a path's slash (011:8 over "- **Passing**: 74 test files, 1255 tests")
    [['Report', 'Core Tests Passing: 1255/1257 (99.8%)'], { category: 'core' }],
    [['Report', '3. VerifiedNN/Testing/Integration.lean'], undefined],
    [['Report', 'Passing Tests (Validation)'], undefined],
    [['Report', 'New Tests (Validation Engine)'], undefined],
    // the title names the whole report; headings without a category word name no kind of tests
    [['Unit Test Report'], undefined],
    [['Report', 'Test Results', 'Summary'], undefined],
    [['Report', 'Deployment'], undefined],
    // a title that names a group of tests beside the words of a report or a status, across a dash (205, w18)
    [['Test Status Report - Invoice Count Tests', 'Test Coverage Assessment'], { category: 'invoice count' }],
    [['🎉 Phase 4: ViewModel Unit Tests - COMPLETE! 🎉', 'STATISTICS'], { category: 'viewmodel unit' }],
    // a title naming the project or the report only, or no group of tests, names none (013, 502, w16, w12)
    [['WANDA Telescope - Test Status Report', 'Summary'], undefined],
    [['Test Coverage Report - SpawnerRangeMod'], undefined],
    [['Testing Status Report - Phase 4 Complete'], undefined],
    [['PowerCA Mobile - Testing Progress Summary'], undefined],
    [['Unit Tests - Unit Tests'], undefined],
  ])('headings %j name %j', (headings, subject) => {
    expect(headingCategory(headings)).toEqual(subject);
  });

  // a kind of tests named after a rate's words (408:466)
  it.each([
    [' on core tests', { category: 'core' }],
    [' for the unit tests', { category: 'unit' }],
    [' across integration test cases', { category: 'integration' }],
    // no category word, or words between
    [' on all tests', undefined],
    [' on the new core tests', undefined],
    [' in 12.2s', undefined],
  ])('after a rate, %j names %j', (after, subject) => {
    expect(kindAfterPart(after)).toEqual(subject);
  });

  // an age word right before a pass result's count names the tests the result is of (102:83, 408:296)
  it.each([
    ['All original 892 tests still passing', { category: 'original' }],
    ['- New Tests: 4/4 passing (100%)', { category: 'new' }],
    ['**Existing tests**: 20/20 passing', { category: 'existing' }],
    // no age word, or one that does not stand right before the count
    ['All 892 tests still passing', undefined],
    ['New code, 4/4 passing', undefined],
    ['Renewed 4 tests', undefined],
  ])('%j names %j', (text, subject) => {
    expect(ageGroup(text, text.search(/\d/))).toEqual(subject);
  });
});
