/**
 * The package of a monorepo a report is about (src/measure/report-package.ts): the one folder with a manifest
 * below the root that holds every test file the report names. Positive: w57's dsl gem beside the core gem;
 * a pnpm package; a Go module in a folder. Negative: files of two packages, a repository of one package, files
 * of the root package, no named file.
 */
import { describe, expect, it } from 'vitest';
import { packageFolders, reportPackage } from '../../src/measure/report-package.js';

const raaf = ['Gemfile', 'core/raaf-core.gemspec', 'core/spec/logging_spec.rb', 'core/spec/configuration_spec.rb', 'dsl/raaf-dsl.gemspec', 'dsl/spec/raaf/continuation/logging_spec.rb', 'dsl/spec/raaf/continuation/mergers/csv_merger_spec.rb'];
const pnpm = ['package.json', 'packages/cli/package.json', 'packages/cli/src/run.test.ts', 'packages/core/package.json', 'packages/core/src/store.test.ts'];
const goModule = ['README.md', 'go-core/go.mod', 'go-core/auth/oauth_test.go', 'tools/go.mod', 'tools/gen_test.go'];
const single = ['package.json', 'src/a.test.ts', 'src/b.test.ts'];

const table: Array<[name: string, named: string[], files: string[], want: string | undefined]> = [
  ['the dsl gem of a repository of gems (w57)', ['dsl/spec/raaf/continuation/mergers/csv_merger_spec.rb', 'dsl/spec/raaf/continuation/logging_spec.rb'], raaf, 'dsl'],
  ['one package of a pnpm workspace', ['packages/cli/src/run.test.ts'], pnpm, 'packages/cli'],
  ['a Go module in a folder', ['go-core/auth/oauth_test.go'], goModule, 'go-core'],
  ['files of two packages', ['dsl/spec/raaf/continuation/logging_spec.rb', 'core/spec/logging_spec.rb'], raaf, undefined],
  ['a repository of one package', ['src/a.test.ts'], single, undefined],
  ['files of the root package beside a sub-package', ['tests/root_test.rb'], ['Gemfile', 'tests/root_test.rb', 'dsl/raaf-dsl.gemspec'], undefined],
  ['no file named', [], raaf, undefined],
  ['files under no manifest at all', ['a/x_test.go'], ['b/go.mod', 'c/go.mod', 'a/x_test.go'], undefined],
];

describe('the package a report is about', () => {
  for (const [name, named, files, want] of table) {
    it(name, () => expect(reportPackage(named, files)).toBe(want));
  }
  it('knows manifests by name and by extension', () => {
    expect([...packageFolders(['Gemfile', 'dsl/raaf-dsl.gemspec', 'src/App.Tests/App.Tests.csproj', 'lib/x.rb', 'docs/package.json.md'])].sort()).toEqual(['', 'dsl', 'src/App.Tests']);
  });
});
