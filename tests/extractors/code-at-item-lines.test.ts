import { describe, expect, it } from 'vitest';
import extractor, { shownAtLine } from '../../extractors/code-at-item-lines.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(extractor, {
  valid: [
    // A heading names the file, the list's lead-in says its items are lines (w34).
    {
      markdown: '### 1. pobapi/build_modifier.py - 96% (3 строки)\n**Непокрытые строки:**\n- 149: Инициализация `_pending_item_sets` при создании\n- 106-121: Обновление `modifiers` в калькуляторах',
      claims: [
        { kind: 'file.snippet', subject: { path: 'pobapi/build_modifier.py' }, range: [149, 149], value: '_pending_item_sets', text: '149' },
        { subject: { path: 'pobapi/build_modifier.py' }, range: [106, 121], value: 'modifiers', text: '106-121' },
      ],
    },
    { markdown: '### util.py\nUncovered lines:\n- 87-88: handling of ImportError', claims: [{ subject: { path: 'util.py' }, range: [87, 88], value: true }] },
    // A line word opens the item (w35, w34 with a status mark).
    { markdown: '#### compiler.py (97%)\n- Line 127: `compile_track()` のKeyError例外パス', claims: [{ subject: { path: 'compiler.py' }, range: [127, 127], value: 'compile_track()' }] },
    { markdown: '### calculator/parser.py - 90%\n- ✅ Строки 341-351: TO_MAXIMUM_PATTERN с "+"', claims: [{ subject: { path: 'calculator/parser.py' }, range: [341, 351], value: 'TO_MAXIMUM_PATTERN' }] },
    { markdown: '### parser.py\n- ✅ Строка 220: pass для "charge" в per_stat', claims: [{ range: [220, 220], value: 'per_stat' }] },
    // The file named in the paragraph the list follows; a test's title in backticks is no code (w33).
    {
      markdown: '### Failing Tests\n\nAll 6 failures are in `tests/Feature/PipelineTest.php` and are not new.\n\n**Failures:**\n\n1. **Line 170**: `document state transitions through the entire pipeline`\n   - Error: `Failed asserting that 0 is greater than 0`',
      claims: [{ subject: { path: 'tests/Feature/PipelineTest.php' }, range: [170, 170], value: true }],
    },
    // The lead-in of the list names the file.
    { markdown: 'Lines of `src/app.ts`:\n- Line 12: `startServer()` call', claims: [{ subject: { path: 'src/app.ts' }, range: [12, 12], value: 'startServer()' }] },
  ],
  invalid: [
    // A bare number opens a list of steps or counts, not of lines.
    '### build_modifier.py\n- 149: items created\n- 3: sets modified',
    // No file named above.
    '### Uncovered code\n- Line 127: `compile_track()` KeyError path',
    // Several lines in one item name no one place.
    '#### manager.py\n- Lines 242, 261, 292, etc.: `_emit_event()` calls',
    // A line word later in the item is a reference of another form, not one that opens it.
    '### app.py\n- The handler at line 40: `start()`',
    // Two files named in the heading: which one is unsaid.
    '### a.py and b.py\n- Line 4: `run()`',
  ],
});

describe('what an item says its line holds', () => {
  it.each([
    ['Инициализация `_pending_item_sets` при создании', '_pending_item_sets'],
    ['`compile_track()` のKeyError例外パス', 'compile_track()'],
    ['`items[0]` is read', 'items[0]'],
    ['`self._sets = []` assignment', 'self._sets = []'],
    ['Удаление модификатора из applicable_mods', 'applicable_mods'],
    ['TO_MAXIMUM_PATTERN с "+"', 'TO_MAXIMUM_PATTERN'],
  ])('%s → %s', (rest, shown) => expect(shownAtLine(rest)).toBe(shown));

  it.each([
    // a test's title, words in backticks: no code, and no bare name taken beside it
    ['`document state transitions through the entire pipeline` in the_test'],
    // prose words, CamelCase and dotted words are no identifiers here
    ['Handling of ImportError when GitHub.com and Node.js are missing'],
    // a file in backticks names no code
    ['see `app.py` for it'],
    ['`creates user (admin)` fails'],
    ['Парсинг "reduced" в stat name'],
  ])('%s → nothing', (rest) => expect(shownAtLine(rest)).toBeUndefined());
});
