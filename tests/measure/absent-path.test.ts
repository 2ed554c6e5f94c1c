/** A path that resolves to no file and is still no missing file: a folder, a package written with dots, an ignored output (w61, w64, w65). */
import { describe, expect, it } from 'vitest';
import { notMissingBecause, packageFolder } from '../../src/measure/absent-path.js';
import { RepoFiles } from '../../src/measure/repo-path.js';
import { gitignoreRules } from '../../src/measure/source-files.js';
import { fixtureRepos } from '../helpers/fixture-repo.js';

const repos = fixtureRepos('claimcheck-absent-');

describe('packageFolder: the folders a dotted package name stands for', () => {
  it.each([
    ['domain.usecase', 'domain/usecase'],
    ['data.source.local', 'data/source/local'],
    ['MyApp.Core', 'MyApp/Core'],
    // not a dotted name of identifiers
    ['domain', undefined],
    ['src/app.py', undefined],
    ['1.2.3', undefined],
    ['cover/coverage.out', undefined],
  ])('%s → %s', (written, folder) => {
    expect(packageFolder(written)).toBe(folder);
  });
});

describe('notMissingBecause', () => {
  const repo = repos({
    'crates/core/src/database/mod.rs': 'pub mod x;\n',
    'crates/core/src/services/a.rs': 'fn a() {}\n',
    'crates/web/src/services/b.rs': 'fn b() {}\n',
    'app/src/main/java/com/ex/domain/usecase/Analyze.kt': 'class Analyze\n',
    '.gitignore': '/cover/\n*.log\n',
    'web/.gitignore': 'coverage/\n',
    'README.md': '# r\n',
    'lib/moolah/secrets.ex': 'defmodule Moolah.Secrets do\nend\n',
    'lib/moolah_web/telemetry.ex': 'defmodule MoolahWeb.Telemetry do\nend\n',
    'app/store/user_store.py': 'x = 1\n',
  });
  const cases: Array<[string, string | undefined]> = [
    // a folder, written from a deeper folder or with its trailing slash
    ['database/', 'is the folder `crates/core/src/database/`'],
    ['src/database', 'is the folder `crates/core/src/database/`'],
    ['services/', 'is 2 folders'],
    // a package: its dots are folders, all of them
    ['domain.usecase', 'is a package, the folder `app/src/main/java/com/ex/domain/usecase/`'],
    ['com.ex.domain', 'is a package'],
    // a module or class: its dots are the file's last folders and its stem, written as names are (w70:34)
    ['Moolah.Secrets', 'is a module, the file `lib/moolah/secrets.ex`'],
    ['MoolahWeb.Telemetry', 'is a module, the file `lib/moolah_web/telemetry.ex`'],
    ['store.user_store', 'is a module, the file `app/store/user_store.py`'],
    // ignored by a .gitignore of the root or of a folder
    ['cover/coverage.out', "ignored by the repository's .gitignore"],
    ['logs/run.log', "ignored by the repository's .gitignore"],
    ['web/coverage/index.html', "ignored by the repository's .gitignore"],
    // two names joined by a slash, with no extension and no such folder (w95:316)
    ['Favorites/Wishlist', 'reads as two names joined by a slash'],
    ['CI/CD', 'reads as two names joined by a slash'],
    // missing files
    ['src/Wishlist', undefined], // a lower-case folder: a path
    ['Favorites/Wishlist.kt', undefined], // a file name
    ['Favorites/Wish/List', undefined], // three segments: a path
    ['domain.model', undefined], // no folder domain/model
    ['usecase.domain', undefined], // the dots in another order
    ['Moolah.Ledger', undefined], // no lib/moolah/ledger.*
    ['Secrets.Moolah', undefined], // the module's segments in another order
    ['secrets.ex', undefined], // a file name is not a module: no secrets/ex.*
    ['src/missing.py', undefined],
    ['coverage/index.html', undefined], // ignored in web/ only
    ['../cover/x.out', undefined], // never outside the repository
  ];
  it.each(cases)('%s → %s', async (written, reason) => {
    const files = new RepoFiles(repo);
    const ignored = await gitignoreRules(repo, await files.list());
    const because = await notMissingBecause(written, files, '', ignored);
    if (reason === undefined) expect(because).toBeUndefined();
    else expect(because).toContain(reason);
  });
  it('a path from the report folder is looked for there too', async () => {
    const files = new RepoFiles(repo);
    const ignored = await gitignoreRules(repo, await files.list());
    expect(await notMissingBecause('coverage/lcov.info', files, 'web', ignored)).toContain('.gitignore');
    expect(await notMissingBecause('coverage/lcov.info', files, '', ignored)).toBeUndefined();
  });
  it.each([
    // a report committed below the root lists its run's files beside itself: missing, ignored or not (f05:19, 38)
    ['reports/coverage/unit_tests.log', 'reports/coverage', undefined],
    ['tarpaulin.log', 'reports/coverage', undefined],
    // from a report at the root, or in a folder of its own folder's, an ignored file is generated output
    ['tarpaulin.log', '', "ignored by the repository's .gitignore"],
    ['reports/coverage/logs/unit.log', 'reports/coverage', "ignored by the repository's .gitignore"],
    ['cover/excoveralls.html', 'docs', "ignored by the repository's .gitignore"],
  ])('%s from a report in `%s/` → %s', async (written, reportDir, reason) => {
    const files = new RepoFiles(repo);
    const ignored = await gitignoreRules(repo, await files.list());
    const because = await notMissingBecause(written, files, reportDir, ignored);
    if (reason === undefined) expect(because).toBeUndefined();
    else expect(because).toContain(reason);
  });
});
