/**
 * A heading that is an identifier alone (a crate, package, service or suite
 * name) gives the coverage figures under it that part as a name: each case is
 * a report and the subject of the coverage claim read from its last line.
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/commands/claims.js';
import { identifierNamedAlone } from '../../src/figures/part-identifier.js';

const lastLineClaim = (markdown: string) => {
  const line = markdown.split('\n').length;
  return readReport('case.md', markdown).claims.find((c) => c.position.line === line && c.kind.startsWith('coverage.'));
};

const cases: Array<[string, string, object]> = [
  ['a crate heading over a box of its coverage (w14)', '## Coverage by Module\n\n### vectro_lib (Core Library)\n\n```\n│  Coverage:  100.00%  │', { name: 'vectro_lib' }],
  ['a service heading over its coverage item (026)', '#### data-api (Port 8006)\n\n- **Coverage:** 81%', { name: 'data-api' }],
  // A path alone stays a path (part-heading.ts), and words are a title, not a part:
  ['a heading naming a file', '#### 1. constants.py\n- **Coverage:** 100%', { path: 'constants.py' }],
  ['a title in words', '### Core Library\n\n- **Coverage:** 81%', { scope: 'all' }],
  ['a heading of one plain word', '### Summary\n\n- **Coverage:** 81%', { scope: 'all' }],
  ['a line that says overall', '### vectro_lib\n\n- **Coverage:** 81% overall', { scope: 'all' }],
];

describe('part-identifier: a heading that is an identifier alone', () => {
  it.each(cases)('%s', (_, markdown, subject) => {
    expect(lastLineClaim(markdown)?.subject).toEqual(subject);
  });

  it.each([
    ['vectro_lib (Core Library)', 'vectro_lib'],
    ['✅ `unit_tests`', 'unit_tests'],
    ['2. data-api (Port 8006)', 'data-api'],
    ['vm-core:', 'vm-core'],
    ['Core Library', undefined],
    ['Backend', undefined],
    ['CI/CD', undefined],
    ['src/main.rs', undefined],
    ['Phase-2 Results', undefined],
    ['', undefined],
  ])('%j is %j', (text, name) => {
    expect(identifierNamedAlone(text)).toBe(name);
  });
});
