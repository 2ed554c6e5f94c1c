/** Which paths a text names (pathsIn): files and folders of the repository, and not the routes of an HTTP API. */
import { describe, expect, it } from 'vitest';
import { pathsIn } from '../../src/figures/file-subject.js';

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
