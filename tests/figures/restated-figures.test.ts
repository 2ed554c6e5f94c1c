/** A figure no kind claims, stated again, makes the claims the earlier statements of its value made (src/figures/restated-figures.ts). */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/commands/claims.js';

const overall = '## Current Coverage\n\n**Overall: 35.12%**\n\n';

/** Each case: the markdown, the claim wanted (kind and subject) or none, and its line when not the last. */
const cases: Array<[what: string, markdown: string, want: { kind: string; subject: Record<string, unknown> } | undefined, line?: number]> = [
  ['a percentage restated in a list of figures (105:37)', '## Coverage\n\n- **Line Coverage**: 36.9% (threshold: 80%)\n\n## Issues\n\n- **coverage** (medium): Coverage below thresholds (line: 36.9%, branch: 0.0%)\n', { kind: 'coverage.lines', subject: { scope: 'all' } }],
  ['a percentage restated in a parenthesis (102:101)', `${overall}## Risk\n\n- Production bug risk: REDUCED (35.12% code paths validated)\n`, { kind: 'coverage.lines', subject: { scope: 'all' } }],
  ['a part\'s coverage restated beside its name (407:62)', '## Progress\n\n- **Enhanced Context Manager:** 80.17% coverage\n\n## Done\n\n- ✅ Enhanced Context Manager at 80.17%\n', { kind: 'coverage.lines', subject: { name: 'Enhanced Context Manager' } }],
  ['a count restated with an adjective for its noun (206:185)', '## Tests\n\n- 877 comprehensive tests\n\n## Summary\n\n- **Tests:** 877 comprehensive\n', { kind: 'tests.total', subject: { scope: 'all' } }],
  ['a whole percentage the report tied to one claim twice (201:207)', '## Coverage\n\n**Overall: 91%** (Below 95% requirement)\n\n## Status\n\n- **Actual Coverage:** ⚠️ **91%** (needs improvement)\n\n## Summary\n\n- Reviewed today: 91% - below target\n', { kind: 'coverage.lines', subject: { scope: 'all' } }],
  ['a whole percentage tied to a claim once may be another figure', '## Coverage\n\n**Overall: 91%** (Below 95% requirement)\n\n## Summary\n\n| Requirement | Status |\n| --- | --- |\n| Test Coverage >95% | ⚠️ **91% - Below target** |\n', undefined],
  ['another value restates nothing', `${overall}## Risk\n\n- Production bug risk: REDUCED (35.13% code paths validated)\n`, undefined],
  ['a whole percentage may be another figure', '## Coverage\n\n**Overall: 91%**\n\n## Other\n\n- Uptime was 91% last week\n', undefined],
  ['a count of other things is no count of tests', '## Tests\n\n- 877 comprehensive tests\n\n## Other\n\n- **Downloads:** 877\n', undefined],
  ['a line count is restated-lines\'s', '| Component | Lines |\n| --- | --- |\n| **Test Code** (`tests/`) | **18,034** |\n\n## Other\n\n- **Downloads:** 18,034\n', undefined],
  ['a round count may be another figure', '## Tests\n\n- 400 comprehensive tests\n\n## Other\n\n- Downloads: 400 this month\n', undefined],
  ['a small count may be another figure', '## Tests\n\n- 87 comprehensive tests\n\n## Other\n\n- Issues: 87 closed\n', undefined],
  ['another qualifier is another figure', `${overall}## Risk\n\n- Production bug risk: REDUCED (~35.12% code paths validated)\n`, undefined],
  ['a count of tests in its own words is left to the readers of tests (102:51)', '## Tests\n\n- 892 unit tests\n\n## Other\n\n- **All 892 original tests:** ✅ PASSING\n', undefined],
  ['two earlier claims of the value that disagree give none', '## Coverage by file\n\n- `src/a.py`: 80.17%\n- `src/b.py`: 80.17%\n\n## Done\n\n- Reached 80.17%\n', undefined],
  ['a figure stated before it names nothing yet', '## Done\n\n- Reached 80.17%\n\n## Coverage by file\n\n- `src/a.py`: 80.17%\n', undefined],
  ['a headline before the line that names it (102:8)', '# Report\n\n### PROGRESS MADE: 35.12%\n\n## Results\n\n- **Coverage achieved:** 35.12%\n', { kind: 'coverage.lines', subject: { scope: 'all' } }, 3],
  ['a whole percentage in a headline may recur by chance', '# Report\n\n### PROGRESS MADE: 35%\n\n## Results\n\n- **Coverage achieved:** 35%\n', undefined],
  ['another measure named after it (w02:10)', `${overall}## Notes\n\nThe 35.12% "pass rate" mentioned earlier is no coverage issue.\n`, undefined],
  ['a row naming a part of its own (w15:293)', `${overall}| Area | Value |\n| --- | --- |\n| **Controller Coverage** | 35.12% |\n`, undefined],
  ['a row naming only the whole restates (201:207)', `${overall}## Summary\n\n| Area | Status |\n| --- | --- |\n| Overall | ✅ 35.12% reached |\n`, { kind: 'coverage.lines', subject: { scope: 'all' } }],
  ['a headline over two claims of the value naming different parts', '# Report\n\n### Progress: 35.12%\n\n- **Parser coverage:** 35.12%\n- **Lexer coverage:** 35.12%\n', undefined],
  ['a ratio of a table is no claim to restate', '## Docs\n\n- Documented: 8/23 (34.8%)\n\n## Summary\n\n- Documentation is 34.8% of it all\n', undefined],
];

describe('restated figures', () => {
  it.each(cases)('%s', (_what, markdown, want, line) => {
    const last = line ?? markdown.trimEnd().split('\n').length;
    const claims = extractClaims('r.md', markdown).filter((c) => c.source === 'restated-figures');
    expect(claims.map((c) => ({ kind: c.kind, subject: c.subject }))[0]).toEqual(want);
    if (want !== undefined) expect(claims.map((c) => c.position.line)).toEqual([last]);
  });
});

/** Each case: the markdown, and the subject of the last line's count of tests (src/figures/restated-figures.ts, settleRestatedParts). */
const partCases: Array<[what: string, markdown: string, want: Record<string, unknown>]> = [
  ['a part\'s count restated in the same words (202:196)', '## Testing\n\n- Unit tests created: 2,404 lines\n  - Total: 100 test functions\n\n## Summary\n\n- **Test Functions**: 100 test functions\n', { name: 'Unit tests created' }],
  ['restated in a parenthesis (202:306)', '## Testing\n\n- Unit tests created: 2,404 lines\n  - Total: 100 test functions\n\n## Summary\n\n- **Test files**: 2,404 lines (100 test functions)\n', { name: 'Unit tests created' }],
  ['another noun is another figure', '## Testing\n\n- Unit tests created: 2,404 lines\n  - Total: 100 test functions\n\n## Summary\n\n- **Suite**: 100 test cases\n', { scope: 'all' }],
  ['the test noun alone may count the whole suite', '## Testing\n\n- Unit tests created: 2,404 lines\n  - Total: 100 tests\n\n## Summary\n\n- **Suite**: 100 tests\n', { scope: 'all' }],
  ['a small count may be two suites', '## Testing\n\n- Unit tests created: 2,404 lines\n  - Total: 9 test functions\n\n## Summary\n\n- **Suite**: 9 test functions\n', { scope: 'all' }],
  ['two earlier parts of the count give none', '## Testing\n\n- Parser tests created: 1 file\n  - Total: 100 test functions\n- Lexer tests created: 1 file\n  - Total: 100 test functions\n\n## Summary\n\n- **Suite**: 100 test functions\n', { scope: 'all' }],
];

describe('a part\'s count of tests restated in the same words', () => {
  it.each(partCases)('%s', (_what, markdown, want) => {
    const last = markdown.trimEnd().split('\n').length;
    const counts = extractClaims('r.md', markdown).filter((c) => c.kind === 'tests.total');
    expect(counts.find((c) => c.position.line === last)?.subject).toEqual(want);
  });
});
