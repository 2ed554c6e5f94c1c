/** Which written names are a part of the project a figure can be about, and which are not. */
import { describe, expect, it } from 'vitest';
import { partPath } from '../../src/figures/part-path.js';

describe('part-path: a name that is a part of the project', () => {
  it.each([
    // source and test files, with or without folders, in backticks or bare
    ['src/config.rs', 'src/config.rs'],
    ['ModConfig.java', 'ModConfig.java'],
    ['`tests/dependency_test.rs`', 'tests/dependency_test.rs'],
    ['test_vectorstore_simple.py', 'test_vectorstore_simple.py'],
    ['include/arena.h', 'include/arena.h'],
    // folders
    ['pkg/api/grpc', 'pkg/api/grpc'],
    ['tests/', 'tests/'],
    ['insurance-frontend/src/', 'insurance-frontend/src/'],
    // not parts: a report's location, documents and data, ratios, abbreviations, elided paths
    ['file:///C:/MyProjects/py_db_validator/htmlcov/index.html', undefined],
    ['https://example.com/app.js', undefined],
    ['htmlcov/index.html', undefined],
    ['results.json', undefined],
    ['docs/README.md', undefined],
    ['164/164', undefined],
    ['CI/CD', undefined],
    ['I/O', undefined],
    ['common/src/test/java/.../config/ModConfigTest.java', undefined],
    ['3.11', undefined],
    ['', undefined],
  ])('%j → %j', (written, part) => {
    expect(partPath(written)).toBe(part);
  });
});
