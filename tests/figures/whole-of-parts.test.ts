/** The whole a list of parts splits: an "Overall" item among parts' coverage states the same measure of the whole. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/commands/claims.js';

const wholeClaims = (markdown: string) =>
  extractClaims('case.md', markdown).filter((c) => c.source === 'whole-of-parts').map((c) => ({ kind: c.kind, value: c.value, subject: c.subject }));

describe('whole of parts', () => {
  it.each([
    // the part the section's heading names (w44:8)
    ['# Coverage Report\n\n### Bookings Service\n- **Overall**: 85.7%\n- models.py: 100%\n- schemas.py: 98%\n- main.py: 93%',
      { kind: 'coverage.lines', value: 85.7, subject: { name: 'Bookings Service' } }],
    // under a heading of a section of the report, the project (407:110)
    ['# Summary\n\n### Current Status:\n- 🟢 Enhanced Context Manager: **80.17% coverage**\n- 🟢 Context Manager: **65.85% coverage**\n- 🟡 System overall: **24.41%**',
      { kind: 'coverage.lines', value: 24.41, subject: { scope: 'all' } }],
  ])('reads %j', (markdown, expected) => {
    expect(wholeClaims(markdown)).toEqual([expected]);
  });

  it.each([
    // one part is no list of parts
    '# Report\n\n### Bookings Service\n- **Overall**: 85.7%\n- models.py: 100%',
    // a label that names more than the whole: a gap, a target, a part
    '# Report\n\n### Current Status\n- **Current Coverage:** 24% coverage\n- `a.py`: 80% coverage\n- `b.py`: 70% coverage\n- **Gap:** 61%',
    // a goal stays unread here
    '# Report\n\n### Plan\n- a.py: 80% coverage\n- b.py: 70% coverage\n- Overall target: 90%',
    // parts of another list, far away or under another heading
    '# Report\n\n### Parts\n- a.py: 80% coverage\n- b.py: 70% coverage\n\n### Other\n- **Overall**: 75%',
  ])('reads nothing in %j', (markdown) => {
    expect(wholeClaims(markdown)).toEqual([]);
  });
});
