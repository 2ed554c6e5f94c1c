import { describe, expect, it } from 'vitest';
import { namesKindsOf } from '../../src/check/list-of-kinds.js';

const cases: Array<{ name: string; noun: string; entries: string[]; want: boolean }> = [
  {
    name: 'kinds of warnings, one a compound',
    noun: 'Warnings',
    entries: ['**Pydantic V1 → V2 deprecation warnings** (cosmetic, not breaking)', '**pytest-asyncio marker warnings** (non-async functions)', '**RuntimeWarnings** (unawaited coroutines in mocked tests)'],
    want: true,
  },
  { name: 'a singular noun', noun: 'issue', entries: ['flaky auth issues', 'slow CI issues'], want: true },
  { name: 'plural in -es', noun: 'classes', entries: ['model classes', 'view classes'], want: true },
  // one thing per entry: the length of the list is the count
  { name: 'one warning per entry', noun: 'Warnings', entries: ['`datetime.utcnow()` is deprecated', 'unawaited coroutine in mocked test'], want: false },
  { name: 'one entry names the noun only in the singular', noun: 'Warnings', entries: ['deprecation warnings', 'a marker warning'], want: false },
  { name: 'files named by path', noun: 'Files', entries: ['`config/.env.example` - Optimized defaults', '`README.md` - docs'], want: false },
  { name: 'a noun too short to tell', noun: 'ids', entries: ['user ids', 'group ids'], want: false },
  { name: 'no entries', noun: 'Warnings', entries: [], want: false },
];

describe('namesKindsOf', () => {
  it.each(cases)('$name', ({ noun, entries, want }) => {
    expect(namesKindsOf(noun, entries)).toBe(want);
  });
});
