/** The files of a set that define tests, not the support files of a test folder (w66:9). */
import { describe, expect, it } from 'vitest';
import { filesDefiningTests, mostFilesRead } from '../../src/measure/defining-files.js';
import { fixtureRepos } from '../helpers/fixture-repo.js';

const repos = fixtureRepos('claimcheck-defining-');

describe('filesDefiningTests', () => {
  const repo = repos({
    'tests/__init__.py': '',
    'tests/conftest.py': 'import pytest\n\n@pytest.fixture\ndef cfg():\n    return 1\n',
    'tests/test_a.py': 'def test_a():\n    assert True\n',
    'tests/test_params.py': 'import pytest\n\n@pytest.mark.parametrize("x", [1, 2])\ndef test_x(x):\n    assert x\n',
    'tests/setup/jest.setup.js': "import '@testing-library/jest-dom';\n",
    'tests/api/products.test.js': "test('lists', () => { expect(1).toBe(1); });\n",
    'tests/helpers/test-utils.js': 'export const make = () => ({});\n',
    'tests/run.bats': '@test "runs" {\n  true\n}\n',
    'tests/data.txt': 'fixture\n',
  });
  it.each([
    // test files: Python, jest, BATS (a file no test language reads counts as one)
    [['tests/test_a.py'], 1],
    [['tests/test_params.py'], 1],
    [['tests/api/products.test.js'], 1],
    [['tests/run.bats'], 1],
    [['tests/data.txt'], 1],
    // support files define no test
    [['tests/__init__.py'], 0],
    [['tests/conftest.py'], 0],
    [['tests/setup/jest.setup.js'], 0],
    [['tests/helpers/test-utils.js'], 0],
    [['tests/__init__.py', 'tests/conftest.py', 'tests/test_a.py', 'tests/test_params.py'], 2],
  ])('%j → %d', async (files, count) => {
    expect(await filesDefiningTests(repo, files)).toBe(count);
  });
  it('a set larger than it reads is not read', async () => {
    const many = Array.from({ length: mostFilesRead + 1 }, () => 'tests/test_a.py');
    expect(await filesDefiningTests(repo, many)).toBeUndefined();
  });
});
