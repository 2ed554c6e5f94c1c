import { describe, expect, it } from 'vitest';
import relation from '../../../src/check/relations/total-line-under-table.js';
import { findings, type Case } from './run.js';

const table = (header: string, counts: ReadonlyArray<[string, string]>) =>
  [`| ${header} | Status |`, '| --- | --- | --- |', ...counts.map(([name, n]) => `| ${name} | ${n} | ✅ |`)].join('\n');
const en = (counts: ReadonlyArray<[string, string]>) => table('Test file | Tests', counts);
const zh = (counts: ReadonlyArray<[string, string]>) => table('测试文件 | 测试数量', counts);
const three: Array<[string, string]> = [['AlphaTest', '33'], ['BetaTest', '32'], ['GammaTest', '28']];

const cases: Case[] = [
  {
    name: 'an English total line that adds up (holds)',
    md: `\n## Tests\n\n${en(three)}\n\n**Total**: 3 test files, **93 tests**, all passing\n`,
    expect: ['9 consistent: adds up: 33 + 32 + 28 = 93 (column "Tests", lines 5–7) (not measured)'],
  },
  {
    name: 'a Chinese total line (总计, from the word table) short of its rows (wrong)',
    md: `\n## 测试统计\n\n${zh(three)}\n\n**总计**: 3 个测试文件，**90 个测试**，全部通过 ✅\n`,
    expect: ['9 contradicted: 33 + 32 + 28 = 93 (column "测试数量", lines 5–7), report says 90'],
  },
  {
    name: 'another label of the whole in Chinese (总测试数)',
    md: `\n## 组件\n\n${zh(three)}\n\n**总测试数**: 90\n`,
    expect: ['9 contradicted: 33 + 32 + 28 = 93 (column "测试数量", lines 5–7), report says 90'],
  },
  {
    name: 'rows short of the total, with no file count to make them all, may be a selection',
    md: `\n## Tests\n\n${en(three)}\n\n**Total**: 120 tests\n`,
    expect: [],
  },
  {
    name: 'rows short of the total, with the line counting as many files as rows (wrong)',
    md: `\n## Tests\n\n${en(three)}\n\n**Total**: 3 test files, 120 tests\n`,
    expect: ['9 contradicted: 33 + 32 + 28 = 93 (column "Tests", lines 5–7), report says 120'],
  },
  {
    name: 'a count of passing tests on a total line is no count of all tests',
    md: `\n## Tests\n\n${en(three)}\n\n**Total**: 3 test files, 90 passed\n`,
    expect: [],
  },
  {
    name: 'only the first count of tests on the line is the total (the others are its parts)',
    md: `\n## Tests\n\n${en(three)}\n\n**Total**: 93 tests (90 on JVM, 20 on JS)\n`,
    expect: ['9 consistent: adds up: 33 + 32 + 28 = 93 (column "Tests", lines 5–7) (not measured)'],
  },
  {
    name: 'a total of the kind of tests its label names, under a label line of its paragraph (106:42)',
    md: `\n## Frontend\n\n${en(three)}\n\n**Frontend Test Suites:** 3 suites\n**Frontend Total Tests:** 90 tests\n`,
    expect: ['10 contradicted: 33 + 32 + 28 = 93 (column "Tests", lines 5–7), report says 90'],
  },
  {
    name: 'a line with no total label is no total of the table',
    md: `\n## Tests\n\n${en(three)}\n\nThe suite has 90 tests.\n`,
    expect: [],
  },
  {
    name: 'a paragraph between the table and the line',
    md: `\n## Tests\n\n${en(three)}\n\nSome words.\n\n**Total**: 90 tests\n`,
    expect: [],
  },
  {
    name: 'a table with its own TOTAL row is left to that row',
    md: `\n## Tests\n\n${en([...three, ['**Total**', '93']])}\n\n**Total**: 90 tests\n`,
    expect: [],
  },
  {
    name: 'a table whose column counts files, not tests',
    md: `\n## Tests\n\n${table('Module | Test Files', three)}\n\n**Total**: 90 tests\n`,
    expect: [],
  },
  {
    name: 'a cell that is no plain count (~, +)',
    md: `\n## Tests\n\n${en([['AlphaTest', '~33'], ['BetaTest', '32+']])}\n\n**Total**: 60 tests\n`,
    expect: [],
  },
];

describe('total-line-under-table', () => {
  for (const c of cases) it(c.name, () => expect(findings(relation, c.md)).toEqual(c.expect));
});
