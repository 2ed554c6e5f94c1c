/** Headers that name a period of the work, placed in time among the periods of their unit; other headers are none. */
import { describe, expect, it } from 'vitest';
import { isPeriodColumn, periodOf } from '../../src/figures/period-columns.js';

describe('periodOf', () => {
  it.each([
    ['Sprint 2 Exit', { unit: 'sprint', at: 200 }],
    ['Sprint 3a Exit', { unit: 'sprint', at: 301 }],
    ['**Week 2**', { unit: 'week', at: 200 }],
    ['Phase 1 End', { unit: 'phase', at: 100 }],
    // every noun of the period list (words.ts periodNouns), the longer one first
    ['Month 3', { unit: 'month', at: 300 }],
    ['Sub-Sprint 2b', { unit: 'sub-sprint', at: 202 }],
  ])('%s', (header, expected) => {
    expect(periodOf(header)).toEqual(expected);
  });
  it.each(['Sprint 3 Target', 'Week 2 Goal', 'Phase 2: Backend', 'Sprints', 'Before', 'Oct 7'])('%s is no period column', (header) => {
    expect(periodOf(header)).toBeUndefined();
  });
});

describe('isPeriodColumn', () => {
  it.each([
    ['Week 1', ['Metric', 'Week 1', 'Week 2', 'Change'], true],
    ['Sprint 2 Exit', ['Metric', 'Sprint 2 Exit', 'Sprint 3a Exit', 'Sprint 3 Target'], true],
    // one period alone sets nothing beside it; periods of two units are not one series
    ['Week 1', ['Metric', 'Week 1', 'Target'], false],
    ['Week 1', ['Metric', 'Week 1', 'Sprint 2'], false],
  ])('%s among %j', (header, columns, expected) => {
    expect(isPeriodColumn(header, columns)).toBe(expected);
  });
});
