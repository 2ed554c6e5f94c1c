/**
 * The package of a monorepo a report is about: the one folder with a package
 * manifest (a gem's `.gemspec`, `package.json`, `go.mod`, `Cargo.toml`, …) that
 * holds every file the report names by path. A part the report names in words
 * ("| Logging | 15 |", "| Configuration | 45 |") is then looked for among that
 * package's tests only: `core/spec/logging_spec.rb` of another gem is not the
 * `dsl/spec/raaf/continuation/logging_spec.rb` a report on the dsl gem counts,
 * and a name only another package answers to is none of the report's parts.
 */

/** File names that make their folder a package of its own. */
const manifestNames = new Set([
  'package.json',
  'Gemfile',
  'go.mod',
  'Cargo.toml',
  'pyproject.toml',
  'setup.py',
  'pom.xml',
  'build.gradle',
  'build.gradle.kts',
  'composer.json',
  'pubspec.yaml',
  'Package.swift',
  'mix.exs',
]);

/** Manifests known by their extension: `raaf-dsl.gemspec`, `App.Tests.csproj`. */
const manifestExtensionRe = /\.(?:gemspec|csproj|fsproj)$/;

/** Whether a repo-relative path is a package manifest. */
function isManifest(file: string): boolean {
  const base = file.slice(file.lastIndexOf('/') + 1);
  return manifestNames.has(base) || manifestExtensionRe.test(base);
}

/** The folders (repo-relative, '' for the root) that hold a manifest, among `files`. */
export function packageFolders(files: readonly string[]): Set<string> {
  const folders = new Set<string>();
  for (const file of files) if (isManifest(file)) folders.add(file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '');
  return folders;
}

/** The deepest folder of `packages` that holds `file`, '' for the root, or undefined when none does. */
function packageOf(file: string, packages: ReadonlySet<string>): string | undefined {
  const parts = file.split('/');
  for (let i = parts.length - 1; i > 0; i--) {
    const folder = parts.slice(0, i).join('/');
    if (packages.has(folder)) return folder;
  }
  return packages.has('') ? '' : undefined;
}

/**
 * The one package below the root that holds every file of `named` (repo-relative
 * paths of files the report names), among the packages `files` (the repository's
 * files) define; undefined when the report names no file, when its files lie in
 * two packages or in none below the root, or when the repository has only one package.
 */
export function reportPackage(named: readonly string[], files: readonly string[]): string | undefined {
  if (named.length === 0) return undefined;
  const packages = packageFolders(files);
  if (packages.size < 2) return undefined;
  const found = new Set(named.map((file) => packageOf(file, packages)));
  if (found.size !== 1) return undefined;
  const [only] = [...found];
  return only === undefined || only === '' ? undefined : only;
}
