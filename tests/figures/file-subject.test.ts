/** Which paths a text names (pathsIn): files and folders of the repository, and not the routes of an HTTP API. */
import { describe, expect, it } from 'vitest';
import { isRepositoryWide, languageGlob, pathsIn } from '../../src/figures/file-subject.js';

describe('file-subject: the paths a text names', () => {
  it.each([
    // files and folders, in backticks or bare
    ['`storage_plugins/__init__.py`', ['storage_plugins/__init__.py']],
    ['tests/smart_selection/test_database.py (645 lines)', ['tests/smart_selection/test_database.py']],
    ['src/app/: 12 files', ['src/app/']],
    ['`/home/alice/repo/scripts/x.sh`', ['/home/alice/repo/scripts/x.sh']],
    ['see /usr/local/lib/ and docs/', ['/usr/local/lib/', 'docs/']],
    // the route of an HTTP API is no path: a parameter follows its folders (realworld w46, corpus 010)
    ['/api/storage/plugins/<id>', []],
    ['`/api/storage/plugins/<id>`', []],
    ['/api/storage/mounts/<plugin>/<id>/unmount', []],
    ['PUT /api/circuits/:id/adapter', []],
    ['GET /users/{userId}/orders', []],
    ['/api/setup/tailscale', []],
  ])('%j → %j', (text, paths) => {
    expect(pathsIn(text)).toEqual(paths);
  });
});

describe('file-subject: a set read over the whole repository', () => {
  it.each([
    [{ scope: 'all' }, true],
    [{ path: '**/*.py' }, true],
    [{ path: '**/*.{sh,bash}' }, true],
    [{ path: 'docs/**' }, false],
    [{ path: 'src/**/*.ts' }, false],
    [{ path: '**/backend/**/*.ts' }, false],
    [{ path: 'README.md' }, false],
    [{ category: 'root directory' }, false],
  ] as const)('%j → %j', (subject, wide) => expect(isRepositoryWide(subject)).toBe(wide));
});

describe('file-subject: the glob of a language word', () => {
  it.each([
    ['Python Files', '**/*.py'],
    ['Bash Scripts', '**/*.sh'],
    ['TypeScript', '**/*.ts'],
    // a language's headers are not its primary extension, and their extensions are not written
    ['C++ Header Files', undefined],
    ['Objective-C headers', undefined],
    ['Documentation', undefined],
  ])('%j → %j', (text, glob) => expect(languageGlob(text)).toBe(glob));
});
