import { describe, expect, it } from 'vitest';
import relation from '../../../src/check/relations/count-over-list.js';
import { findings, type Case } from './run.js';

const items = (names: readonly string[]) => names.map((n) => `- ${n}`).join('\n');
const nine = ['init', 'build', 'run', 'test', 'lint', 'fmt', 'doc', 'publish', 'clean'];

const cases: Case[] = [
  {
    name: '"All 10 CLI commands" over nine listed (wrong)',
    md: `
## Commands

All 10 CLI commands are implemented:

${items(nine)}
`,
    expect: ['3 contradicted: all 10 CLI commands stated, 9 listed (lines 5–13)'],
  },
  {
    name: '"All 9 CLI commands" over nine listed (holds)',
    md: `
## Commands

All 9 CLI commands are implemented:

${items(nine)}
`,
    expect: ['3 consistent: all 9 CLI commands stated, 9 listed (lines 5–13) (not measured)'],
  },
  {
    name: 'a part of a whole over a list of the part, one short (wrong)',
    md: `
## Services

Services: 9/11 healthy (82%)

${items(['api', 'worker', 'scheduler', 'db', 'cache', 'auth', 'search', 'mailer'])}
`,
    expect: ['3 contradicted: 9 healthy stated, 8 listed (lines 5–12)'],
  },
  {
    name: 'a part of a whole over the whole list, every entry marked (wrong part)',
    md: `
## Services

Services: 3/4 healthy (75%)

${items(['✅ api', '✅ worker', '❌ db', '❌ cache'])}
`,
    expect: [
      '3 contradicted: 3 healthy stated, 2 marked ✅ (lines 5–8)',
      '3 consistent: 4 in all stated, 4 listed (lines 5–8) (not measured)',
    ],
  },
  {
    name: 'a part of a whole over the whole list without marks: the part is not counted',
    md: `
## Services

Services: 3/4 healthy (75%)

${items(['api', 'worker', 'db', 'cache'])}
`,
    expect: [],
  },
  {
    name: 'a count without "All" is no claim to cover the list',
    md: `
## Commands

Ships 10 CLI commands, among them:

${items(['init', 'build'])}
`,
    expect: [],
  },
  {
    name: 'a list that trails off does not enumerate',
    md: `
## Commands

All 10 CLI commands are implemented:

${items(['init', 'build', 'run, etc.'])}
`,
    expect: [],
  },
  {
    name: 'a list whose entries count their own parts is a breakdown, not an enumeration',
    md: `
## Commands

All 10 CLI commands are implemented:

${items(['4 read commands', '5 write commands'])}
`,
    expect: [],
  },
  {
    name: 'a ratio with no status word counts nothing listed',
    md: `
## Services

Services: 9/11 (82%)

${items(['api', 'worker'])}
`,
    expect: [],
  },
  {
    name: 'a ratio of tests over a list of facts about them (Passing: 74 test files, 1255 tests)',
    md: `
### Core Tests Passing: 1255/1257 (99.8%)

- **Passing**: 74 test files, 1255 tests
- **Failing**: 1 test file, 2 tests
- **Duration**: 41.98s
`,
    expect: [],
  },
  {
    name: 'a list of labelled figures is no enumeration',
    md: `
## Services

Services: 3/4 healthy (75%)

- **Up**: 3 services
- **Down**: 1 service
`,
    expect: [],
  },
];

describe('relation count-over-list', () => {
  it('has positive and negative cases', () => {
    expect(cases.some((c) => c.expect.length > 0) && cases.some((c) => c.expect.length === 0)).toBe(true);
  });
  for (const c of cases) it(c.name, () => expect(findings(relation, c.md)).toEqual(c.expect));
});
