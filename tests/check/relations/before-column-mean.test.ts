import { describe, expect, it } from 'vitest';
import relation from '../../../src/check/relations/before-column-mean.js';
import { findings, type Case } from './run.js';

const heatmap = (overall: string, before = 'Pre-Merge') => `
### Platform Health Heatmap

| Category | ${before} | Post-Merge | Improvement |
|----------|-----------|-----------|-------------|
| **Security** | 🟡 70% | 🟢 95% | +25% |
| **Reliability** | 🔴 40% | 🟢 90% | +50% |
| **Observability** | 🟡 60% | 🟢 90% | +30% |
| **Docs** | 🟢 90% | 🟢 95% | +5% |
| **Product** | 🟡 70% | 🟡 75% | +5% |

${overall}
`;

const cases: Case[] = [
  {
    name: 'the value an overall mean is up from is the before-column\u2019s mean (001:346)',
    md: heatmap('**Overall Platform Readiness:** 🟢 **89%** (up from 🟡 66%)'),
    expect: ['11 consistent: adds up: (70 + 40 + 60 + 90 + 70) / 5 = 66% (mean of the Pre-Merge column, lines 5–9) (not measured)'],
  },
  {
    name: 'a before-value that is not the before-column\u2019s mean is contradicted',
    md: heatmap('**Overall Platform Readiness:** 🟢 **89%** (up from 🟡 58%)'),
    expect: ['11 contradicted: (70 + 40 + 60 + 90 + 70) / 5 = 66% (mean of the Pre-Merge column, lines 5–9), report says 58%'],
  },
  {
    name: 'an overall figure that is no column\u2019s mean says nothing of the table: nothing judged',
    md: heatmap('**Overall Platform Readiness:** 🟢 **80%** (up from 🟡 58%)'),
    expect: [],
  },
  {
    name: 'a before-value not led by "from" takes no part',
    md: heatmap('**Overall Platform Readiness:** 🟢 **89%**, baseline 58%'),
    expect: [],
  },
  {
    name: 'a table with no before-column: nothing judged',
    md: heatmap('**Overall Platform Readiness:** 🟢 **89%** (up from 🟡 58%)', 'Sprint 50'),
    expect: [],
  },
];

describe('relation before-column-mean', () => {
  it('has positive and negative cases', () => {
    expect(cases.some((c) => c.expect.length > 0) && cases.some((c) => c.expect.length === 0)).toBe(true);
  });
  for (const c of cases) it(c.name, () => expect(findings(relation, c.md)).toEqual(c.expect));
});
