/**
 * Entries of package manifests, parsed with each format's own parser
 * (JSON, TOML via smol-toml, pip's requirement lines): runtime and
 * development dependencies, npm scripts and workspaces.
 */
import { parse as parseToml } from 'smol-toml';

/** What a manifest declares, by kind; `undefined` when the file is no manifest of that kind. */
export interface ManifestEntries {
  /** Runtime dependencies. */
  dependencies: number;
  /** Development (and test) dependencies. */
  devDependencies: number;
  /** Other declared dependencies (peer, optional, build, extras): a reading of "all dependencies". */
  otherDependencies: number;
  scripts?: number;
  workspaces?: number;
  /** What kind of manifest: `package.json`, `pyproject.toml`, `requirements`, `Cargo.toml`. */
  format: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const keysOf = (value: unknown) => (isRecord(value) ? Object.keys(value).length : 0);
const lengthOf = (value: unknown) => (Array.isArray(value) ? value.length : 0);
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** A requirements file: the pip names of the file (requirements-dev.txt is development). */
const requirementsFileRe = /(?:^|\/)(?<name>[\w.-]*requirements[\w.-]*)\.(?:txt|in)$/i;
const devRequirementsRe = /dev|test|lint|doc/i;

function packageJson(doc: unknown): ManifestEntries | undefined {
  if (!isRecord(doc)) return undefined;
  const workspaces = Array.isArray(doc.workspaces) ? doc.workspaces.length : isRecord(doc.workspaces) ? lengthOf(doc.workspaces.packages) : undefined;
  return {
    format: 'package.json',
    dependencies: keysOf(doc.dependencies),
    devDependencies: keysOf(doc.devDependencies),
    otherDependencies: keysOf(doc.peerDependencies) + keysOf(doc.optionalDependencies),
    scripts: keysOf(doc.scripts),
    ...(workspaces !== undefined ? { workspaces } : {}),
  };
}

function pyproject(doc: Record<string, unknown>): ManifestEntries | undefined {
  const project = isRecord(doc.project) ? doc.project : undefined;
  const tool = isRecord(doc.tool) ? doc.tool : {};
  const poetry = isRecord(tool.poetry) ? tool.poetry : undefined;
  if (!project && !poetry) return undefined;
  // PEP 621 first; Poetry's table lists `python` itself, which is no dependency.
  const poetryDeps = poetry && isRecord(poetry.dependencies) ? Object.keys(poetry.dependencies).filter((name) => name.toLowerCase() !== 'python').length : 0;
  const groups = poetry && isRecord(poetry.group) ? poetry.group : {};
  const poetryGroup = (name: string) => (isRecord(groups[name]) ? keysOf((groups[name] as Record<string, unknown>).dependencies) : 0);
  const dependencyGroups = isRecord(doc['dependency-groups']) ? doc['dependency-groups'] : {};
  const dev =
    poetryGroup('dev') + poetryGroup('test') + (poetry ? keysOf(poetry['dev-dependencies']) : 0) +
    lengthOf(dependencyGroups.dev) + lengthOf(dependencyGroups.test);
  const optional = project && isRecord(project['optional-dependencies']) ? sum(Object.values(project['optional-dependencies']).map(lengthOf)) : 0;
  const otherGroups = Object.keys(groups).filter((g) => g !== 'dev' && g !== 'test').map(poetryGroup);
  return {
    format: 'pyproject.toml',
    dependencies: lengthOf(project?.dependencies) + poetryDeps,
    devDependencies: dev,
    otherDependencies: optional + sum(otherGroups),
  };
}

function cargo(doc: Record<string, unknown>): ManifestEntries | undefined {
  if (!isRecord(doc.package) && !isRecord(doc.workspace)) return undefined;
  // Platform-specific tables (`[target.'cfg(unix)'.dependencies]`) add to the same kinds.
  const targets = isRecord(doc.target) ? Object.values(doc.target).filter(isRecord) : [];
  const count = (key: string) => keysOf(doc[key]) + sum(targets.map((t) => keysOf(t[key])));
  const workspace = isRecord(doc.workspace) ? doc.workspace : {};
  return {
    format: 'Cargo.toml',
    dependencies: count('dependencies') + keysOf(workspace.dependencies),
    devDependencies: count('dev-dependencies'),
    otherDependencies: count('build-dependencies'),
    ...(isRecord(doc.workspace) ? { workspaces: lengthOf(workspace.members) } : {}),
  };
}

/** Requirement lines: not blank, not a comment, not an option (`-r other.txt`, `--index-url`). */
function requirements(text: string, file: string): ManifestEntries {
  const lines = text.split('\n').map((line) => line.replace(/(?:^|\s)#.*$/, '').trim()).filter((line) => line !== '' && !line.startsWith('-'));
  const dev = devRequirementsRe.test(requirementsFileRe.exec(file)?.groups?.name ?? '');
  return { format: 'requirements', dependencies: dev ? 0 : lines.length, devDependencies: dev ? lines.length : 0, otherDependencies: 0 };
}

/** Manifest file names this module reads. */
export const manifestPatterns = ['package.json', 'pyproject.toml', 'Cargo.toml', '*requirements*.txt'] as const;

/**
 * The entries of manifest `file` (its path decides the format) whose text is
 * `text`. Throws when the file is malformed; `undefined` when it is of no
 * manifest kind (a `pyproject.toml` with only tool settings).
 */
export function readManifest(text: string, file: string): ManifestEntries | undefined {
  const base = file.split('/').pop() ?? file;
  if (base === 'package.json') return packageJson(JSON.parse(text));
  if (base === 'pyproject.toml') return pyproject(parseToml(text));
  if (base === 'Cargo.toml') return cargo(parseToml(text));
  if (requirementsFileRe.test(file)) return requirements(text, file);
  return undefined;
}
