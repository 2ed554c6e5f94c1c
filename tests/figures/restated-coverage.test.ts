/** A coverage percentage stated again with its decimals is the coverage the report claims at that value (src/figures/restated-coverage.ts). */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/figures/extract.js';

const claimed = '\n\n## Results\n\n- **Coverage achieved:** 35.12%\n';

/** Each case: the markdown, the line to read, and the coverage claim wanted on it (kind and subject) or none. */
const cases: Array<[what: string, markdown: string, line: number, want: Record<string, unknown> | undefined]> = [
  ['a headline before the line that names it (102:8)', `# Report\n\n### PROGRESS MADE: 35.12%${claimed}`, 3, { kind: 'coverage.lines', subject: { scope: 'all' } }],
  ['a remark after it (102:101)', `# Report${claimed}\n## After\n\n- Production bug risk: REDUCED (35.12% code paths validated)\n`, 9, { kind: 'coverage.lines', subject: { scope: 'all' } }],
  ['the subject of the claim it restates (407:62)', '# Summary\n\n- **Enhanced Context Manager coverage:** 80.17%\n\n## Wins\n\n- Enhanced Context Manager at 80.17%\n', 7, { kind: 'coverage.lines', subject: { name: 'Enhanced Context Manager' } }],
  ['a whole number may recur by chance', '# Report\n\n### PROGRESS MADE: 35%\n\n## Results\n\n- **Coverage achieved:** 35%\n', 3, undefined],
  ['another measure named after it (w02:10)', `# Report${claimed}\nThe 35.12% "pass rate" mentioned earlier is no coverage issue.\n`, 7, undefined],
  ['a row naming a part of its own (w15:293)', `# Report${claimed}\n| Area | Value |\n| --- | --- |\n| **Controller Coverage** | 35.12% |\n`, 9, undefined],
  ['two claims of the value naming different parts', '# Report\n\n- **Parser coverage:** 35.12%\n- **Lexer coverage:** 35.12%\n\n### Progress: 35.12%\n', 6, undefined],
];

describe('restated coverage', () => {
  it.each(cases)('%s', (_what, markdown, line, want) => {
    const claims = extractClaims('r.md', markdown).filter((c) => c.position.line === line && c.kind.startsWith('coverage.'));
    expect(claims.length > 0 ? { kind: claims[0]!.kind, subject: claims[0]!.subject } : undefined).toEqual(want);
  });
});
