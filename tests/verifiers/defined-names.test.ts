/**
 * Names a report says a file defines (w32's Pest tests under
 * "### StockAdjustmentTest (13 tests)", w35's functions of `dependencies.py`),
 * checked on a fixture repository whose names are known, in the name forms of
 * pytest, Pest, JUnit and Jest.
 */
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verify } from '../../src/commands/pipeline.js';
import { findName, nameWords } from '../../src/measure/defined-names.js';
import { fixtureRepos } from '../helpers/fixture-repo.js';

const repo = fixtureRepos('claimcheck-defined-names-');

const files = {
  'tests/test_builder.py': 'import pytest\n\n\nclass TestBuilder:\n    def test_equip_item(self):\n        assert True\n\n\ndef test_add_skill():\n    assert True\n',
  'tests/Feature/StockAdjustmentTest.php': "<?php\n\ntest('stock adjustment can be posted', function () {\n    expect(true)->toBeTrue();\n});\n\nit('product recall validates stock availability', function () {\n    expect(true)->toBeTrue();\n});\n",
  'src/test/java/UserServiceTest.java': 'import org.junit.jupiter.api.Test;\n\nclass UserServiceTest {\n    @Test\n    void shouldCreateUser() {}\n}\n',
  'src/cases.test.ts': "import { it } from 'vitest';\n\nfor (const name of ['a', 'b']) {\n  it(`handles ${name}`, () => {});\n}\n",
  'packages/auth/dependencies.py': 'def verify_client_token(token):\n    return token\n',
  'packages/api/dependencies.py': 'def get_app():\n    return None\n',
};

/** A report section, the verdict of its one name claim, and a part of the message. */
const cases: Array<[string, string, string]> = [
  // pytest: the function or class, and the name without its `test_` in another form.
  ['### tests/test_builder.py\n- `test_equip_item` - equips', 'confirmed', 'has `test_equip_item` at line 5'],
  ['### tests/test_builder.py\n- `TestBuilder` (1 test)', 'confirmed', 'at line 4'],
  ['### tests/test_builder.py\n- `test_remove_item` - removes', 'contradicted', 'has no `test_remove_item` (it defines 2 tests under other names)'],
  // Pest: a title is the test's name; `test_` and underscores are how a report may write it (w32).
  ['### StockAdjustmentTest (2 tests)\n1. ✅ `test_stock_adjustment_can_be_posted`', 'confirmed', 'has `stock adjustment can be posted` at line 3'],
  ['### StockAdjustmentTest (2 tests)\n1. ✅ `test_can_create_stock_adjustment_draft`', 'contradicted', '`tests/Feature/StockAdjustmentTest.php` has no'],
  // The words inside a longer title: another test, or a part of this one; not told apart.
  ['### StockAdjustmentTest (2 tests)\n1. ✅ `test_validates_stock_availability`', 'unverifiable', 'only inside `product recall validates stock availability`'],
  // JUnit: the method name, in camelCase.
  ['### UserServiceTest\n- `shouldCreateUser`', 'confirmed', 'has `shouldCreateUser`'],
  ['### UserServiceTest\n- `shouldDeleteUser`', 'contradicted', 'has no `shouldDeleteUser`'],
  // Tests made at run time have names no reading of the source gives.
  ['### src/cases.test.ts\n- `handles c`', 'unverifiable', 'makes tests at run time'],
  // A function of a file named bare, in the package a heading names (w35:47).
  ['### auth (95%)\n- `dependencies.py` の `verify_client_token()` 関数', 'confirmed', '`packages/auth/dependencies.py` has `verify_client_token`'],
  ['### auth (95%)\n- `dependencies.py` の `get_current_client_id()` 関数', 'contradicted', 'has no `get_current_client_id()`'],
  // Two files of that name and no heading to choose: unverifiable, not a guess.
  ['### Dependencies\n- `dependencies.py` の `get_current_client_id()` 関数', 'unverifiable', 'matches 2 files'],
  // A file that is not there leaves its names unverifiable: its absence is the heading's claim.
  ['### tests/test_gone.py\n- `test_x` - x', 'unverifiable', 'no file `tests/test_gone.py`'],
];

describe('names a report says a file defines', () => {
  it.each(cases)('%s', async (section, verdict, message) => {
    const dir = repo(files);
    const report = path.join(dir, 'REPORT.md');
    writeFileSync(report, `${section}\n`);
    const result = await verify({ reports: [report], repo: dir, cwd: dir, checks: ['files'] });
    const found = result.reports[0]!.findings.filter((f) => f.claim.kind === 'file.defines');
    expect(found).toHaveLength(1);
    expect(`${found[0]!.verdict}: ${found[0]!.message}`).toContain(`${verdict}: `);
    expect(found[0]!.message).toContain(message);
  });
});

describe('a name found in a file', () => {
  it.each([
    ['test_canPost()', ['can', 'post']],
    ['it', ['it']],
    ['shouldCreateUser', ['should', 'create', 'user']],
    ['HTTPClient.get', ['http', 'client', 'get']],
  ])('%s has the words %j', (name, words) => expect(nameWords(name)).toEqual(words));

  it.each([
    ["test('can be posted', fn)", 'test_can_be_posted', 'defined'],
    ['def test_equip(self):', 'testEquip', 'defined'],
    ['fun `creates user`() {}', 'creates_user', 'defined'],
    ['def test_equip_item_twice(self):', 'test_equip_item', 'inside'],
    ['def test_equip(self):', 'test_remove', 'absent'],
    // a name's last segment is what a file defines
    ['    def get(self):', 'HTTPClient.get', 'defined'],
  ])('%s, %s: %s', (text, name, kind) => expect(findName(text, name).kind).toBe(kind));
});
