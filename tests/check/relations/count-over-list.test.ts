import { describe, expect, it } from 'vitest';
import relation from '../../../src/check/relations/count-over-list.js';
import { findings, type Case } from './run.js';

const items = (names: readonly string[]) => names.map((n) => `- ${n}`).join('\n');
const nine = ['init', 'build', 'run', 'test', 'lint', 'fmt', 'doc', 'publish', 'clean'];
const eight = ['api-gateway', 'auth', 'billing', 'catalog', 'orders', 'payments', 'users', 'worker'];

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
  {
    name: 'a part of a whole over a list whose entries are all marked ✅: the list names the part alone',
    md: `
## Services

Services: 3/4 healthy (75%)

${items(['✅ api', '✅ worker', '✅ db'])}
`,
    expect: ['3 consistent: 3 healthy stated, 3 marked ✅ (lines 5–7) (not measured)'],
  },
  {
    name: 'a bare ratio in a heading over a list of eight services (wrong)',
    md: `
## Healthy Services (9/11)

${items(eight)}
`,
    expect: ['1 contradicted: 9 healthy services stated, 8 listed (lines 3–10)'],
  },
  {
    name: 'a bare ratio in a heading over every service, marked ✅ or ❌ (holds)',
    md: `
## Healthy Services (9/11)

${items([...eight.slice(0, 7).map((s) => `✅ ${s}`), '✅ ledger', '❌ search', '❌ mailer', '✅ cache'])}
`,
    expect: [
      '1 consistent: 9 healthy services stated, 9 marked ✅ (lines 3–13) (not measured)',
      '1 consistent: 11 in all stated, 11 listed (lines 3–13) (not measured)',
    ],
  },
  {
    name: 'a bare ratio in a heading over every service, one ✅ short (wrong part, whole holds)',
    md: `
## Healthy Services (9/11)

${items([...eight.map((s) => `✅ ${s}`), '❌ search', '❌ mailer', '❌ cache'])}
`,
    expect: [
      '1 contradicted: 9 healthy services stated, 8 marked ✅ (lines 3–13)',
      '1 consistent: 11 in all stated, 11 listed (lines 3–13) (not measured)',
    ],
  },
  {
    name: 'a count of failing tests in a heading, annotation items aside (wrong)',
    md: `
## Failing Tests (4)

- \`test_login\` times out
- **Cause:** the mock server starts late
- \`test_logout\` keeps the session
- \`test_signup\` rejects a valid e-mail
`,
    expect: ['1 contradicted: 4 failing tests stated, 3 listed (lines 3, 5, 6)'],
  },
  {
    name: 'a count of failing tests in a bold lead-in over the list right under it (wrong); its passing tests name areas (not judged)',
    md: `
### 3. VendingViewModel (6/13 PASSING)

**Passing Tests** (2):
- ✅ startDispensing should succeed when hardware is ready
- ✅ progress should update during dispensing

**Failing Tests** (2):
- ❌ initialization should succeed when hardware is connected
- ❌ retryConnection should re-initialize hardware
- ❌ progress should reset to zero when dispensing starts
`,
    expect: ['7 contradicted: 2 failing tests stated, 3 listed (lines 8–10)'],
  },
  {
    name: 'a bold lead-in count with the list not right under it',
    md: `
**Failing Tests** (2):

The suite stops early on CI; these fail locally:

- \`test_login\` times out
- \`test_logout\` keeps the session
- \`test_signup\` rejects a valid e-mail
`,
    expect: [],
  },
  {
    name: 'a count of failing tests in a heading, with indented explanations (holds)',
    md: `
## Failing Tests (2/24) ⚠️

1. **test_main_success**
   - **Expected:** one argument
   - **Fix Required:** update the test
2. **test_main_module_execution**
   - **Expected:** one argument
`,
    expect: ['1 consistent: 2 failing tests stated, 2 listed (lines 3, 6) (not measured)'],
  },
  {
    name: 'a heading ratio over a list of steps introduced by its own lead-in',
    md: `
## Healthy Services (9/11)

Two services are down. To bring them back:

${items(['Restart the gateway', 'Clear the cache'])}
`,
    expect: [],
  },
  {
    name: 'a heading count of failing tests over the properties of its section (not its entries)',
    md: `
## Failing Tests (3)

- **Location**: \`tests/api/\`
- **Cause**: the fixture server is down
`,
    expect: [],
  },
  {
    name: 'a heading count of failing tests over entries named by bold labels (checked)',
    md: `
## Failing Tests (3)

- **test_login**: times out
- **test_export**: loses the header
`,
    expect: ['1 contradicted: 3 failing tests stated, 2 listed (lines 3–4)'],
  },
  {
    name: 'a heading ratio over a list of steps right under it',
    md: `
## Healthy Services (9/11)

1. Run \`kubectl get pods\`
2. Check the logs of the two that fail
`,
    expect: [],
  },
  {
    name: 'a heading ratio whose list lies under a sub-heading',
    md: `
## Healthy Services (9/11)

### Details

${items(eight)}
`,
    expect: [],
  },
  {
    name: 'a heading ratio over two lists: which one it counts is unsure',
    md: `
## Healthy Services (9/11)

${items(eight.slice(0, 4))}

Also:

${items(eight.slice(4))}
`,
    expect: [],
  },
  {
    name: 'a score in a heading is no count of the list under it',
    md: `
## Quality Score (9/10)

${items(eight)}
`,
    expect: [],
  },
  {
    name: 'failing tests listed by file, each with its own count, are groups',
    md: `
## Failing Tests (4)

- \`api.test.ts\` (3 failures)
- \`db.test.ts\` (1 failure)
`,
    expect: [],
  },
  {
    name: 'passing tests in a heading over the areas they cover',
    md: `
## Passing Tests (22/24)

${items(['✅ Logging configuration', '✅ Camera initialization', '✅ Signal handlers'])}
`,
    expect: [],
  },
  {
    name: 'failing tests whose entries mix bold labels with names: the labels annotate',
    md: `
## Error Tests (5/34) ❌

- **test_camera_namespace_connect**
- **test_broadcast_camera_update**
- **Error:** the global is None
- **Fix Required:** mock it
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
