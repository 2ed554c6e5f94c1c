/** A line or file count stated again takes the subject an earlier count of the same value named (src/figures/restated-lines.ts). */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/commands/claims.js';

const table = '| Component | Lines |\n| --- | --- |\n| **Source Code** (`src/`) | **28,687** |\n| **Test Code** (`tests/`) | **18,034** |\n\n';

const cases: Array<[what: string, markdown: string, want: Record<string, unknown> | undefined]> = [
  ['a label then the count (203:61)', `${table}## Quality\n\n- **Test Code:** 18,034 lines\n`, { path: 'tests/**' }],
  ['a Metric | Value row of lines (203:52)', `${table}## Key Metrics\n\n| Metric | Value |\n| --- | --- |\n| **Test Lines** | **18,034** |\n`, { path: 'tests/**' }],
  ['a kind of code after the count (203:203)', `${table}## Achievements\n\n1. **18,034 lines of test code** - more than many projects\n`, { path: 'tests/**' }],
  ['a part a Lines row names, restated as a lead-in (203:104)', '| Component | Lines |\n| --- | --- |\n| **Root Markdown Files** | **17,181** |\n| **docs/ Directory** | **12,049** |\n\n## Documentation\n\n**Root Documentation (17,181 lines):**\n', { category: 'Root Markdown Files' }],
  ['a count of other things is no line count', `${table}## Other\n\n- **Downloads:** 18,034\n`, undefined],
  ['another value names no earlier path', `${table}## Quality\n\n- **Test Code:** 18,035 lines\n`, undefined],
  ['a small count may be another file of the same length', '| File | Lines |\n| --- | --- |\n| `a.py` | 120 |\n\n- **Parser:** 120 lines\n', undefined],
  ['a label naming a folder counted before (202:197)', '## Infrastructure\n\n- `ls docs/runbooks/*.md` returns 10 files\n\n## Claims\n\n- **Runbooks**: 3,873 lines', { path: 'docs/runbooks/**' }],
  ['a total of lines under a parent naming the folder (202:127)', '## Infrastructure\n\n- Runbooks complete: all of them\n  - `ls docs/runbooks/*.md` returns 10 files\n  - Total lines: 3,873', { path: 'docs/runbooks/**' }],
  ['a label naming no folder counted before', '## Infrastructure\n\n- `ls docs/runbooks/*.md` returns 10 files\n\n## Claims\n\n- **Playbooks**: 3,873 lines', undefined],
  ['a label naming the folder among other words', '## Infrastructure\n\n- `ls docs/runbooks/*.md` returns 10 files\n\n## Claims\n\n- **Runbooks written**: 3,873 lines', undefined],
  ['a folder, then one inside it, of one value: the first (203:217)', `${table}### Source Code (\`src/app/\`) - 28,687 lines\n\n## Summary\n\n✅ **28,687 lines** of production Python code\n`, { path: 'src/**' }],
  ['two folders side by side of one value name neither', '| Component | Lines |\n| --- | --- |\n| **Source** (`src/`) | **2,400** |\n| **Library** (`lib/`) | **2,400** |\n\n## Summary\n\n- **Code:** 2,400 lines\n', undefined],
  ['two paths of one value name neither', '| File | Lines |\n| --- | --- |\n| `src/a.py` | 1,200 |\n| `src/b.py` | 1,200 |\n\n- **Parser:** 1,200 lines\n', undefined],
];

describe('restated line counts', () => {
  it.each(cases)('%s', (_what, markdown, want) => {
    const last = markdown.trimEnd().split('\n').length;
    const lines = extractClaims('r.md', markdown).filter((c) => c.kind === 'file.lines' && c.position.line === last);
    const withPath = lines.find((c) => 'path' in c.subject || c.source === 'restated-lines');
    expect(withPath?.subject).toEqual(want);
  });
});

/** A subject as compared here: a path by the folder it opens with (`islands/shared/**\/!(test_*…)` is `islands/shared/`). */
const folderOf = (subject: Record<string, unknown> | undefined): unknown =>
  typeof subject?.path === 'string' ? /^[^*]*/.exec(subject.path)?.[0] : subject;

const fileCases: Array<[what: string, markdown: string, want: Record<string, unknown> | string | undefined]> = [
  ['a count of files restated in a list (203:206)', '| Metric | Value |\n| --- | --- |\n| **Total Lines** | **84,095** |\n| **Total Files** | **234** |\n\n## Achievements\n\n4. **234 files** - Well-organized', { scope: 'all' }],
  ['a floor restated with its qualifier (206:77)', '## Cleanup\n\n- Archive: 39+ historical files\n\n## Structure\n\n- Archive with 39+ historical files', { category: 'archive' }],
  ['a Files column restating an earlier table\'s count (w24:145)', '## Status\n\n| Directory | Source Files |\n| --- | --- |\n| `islands/shared/` | 153 |\n\n## Summary\n\n| Category | Files | Tests |\n| --- | --- | --- |\n| Shared Components | 153 | 4 |', 'islands/shared/'],
  ['a column of other things restates no file count', '## Status\n\n| Directory | Source Files |\n| --- | --- |\n| `islands/shared/` | 153 |\n\n## Summary\n\n| Category | Downloads | Tests |\n| --- | --- | --- |\n| Shared Components | 153 | 4 |', undefined],
  ['another qualifier is another figure', '## Cleanup\n\n- Archive: 39+ historical files\n\n## Structure\n\n- Archive with 39 historical files', undefined],
  ['a label naming the part restates a small count (206:182)', '## Cleanup\n\n- Root directory: 4 essential files\n\n## Organization\n\n- **Root Files:** 4 essential', { category: 'root directory' }],
  ['a folder by its last name, beside a total (202:197)', '## Infrastructure\n\n- `ls docs/runbooks/*.md` returns 10 files\n\n## Claims\n\n1. **Runbooks**: 10 complete (9 new + 1 existing)', 'docs/runbooks/'],
  ['a list of files under a heading counting them (206:66)', '## Structure\n\n### Root Directory (4 files)\n- README.md - Main documentation\n- CHANGELOG.md - History\n- GUIDE.md - Guide\n- BYPASS.md - Bypass\n\n## Organization\n\n- **Root Files:** 4 essential', { category: 'root directory' }],
  ['a label naming the part and another thing', '## Cleanup\n\n- Test files: 14\n\n## Organization\n\n- **Test Classes:** 14', undefined],
  ['a label naming the part, another value', '## Cleanup\n\n- Root directory: 4 essential files\n\n## Organization\n\n- **Root Files:** 5 essential', undefined],
  ['a small count may be another folder', '## Cleanup\n\n- Archive: 4 historical files\n\n## Structure\n\n- Archive with 4 historical files', undefined],
];

describe('restated file counts', () => {
  it.each(fileCases)('%s', (_what, markdown, want) => {
    const last = markdown.trimEnd().split('\n').length;
    const files = extractClaims('r.md', markdown).filter((c) => c.kind === 'dir.files' && c.position.line === last);
    expect(typeof want === 'string' ? folderOf(files[0]?.subject) : files[0]?.subject).toEqual(want);
  });
});
