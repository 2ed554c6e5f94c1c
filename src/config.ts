/**
 * `claimcheck.yaml`: found at the repo root (or given with `--config`),
 * parsed with js-yaml and validated against `schemas/config.schema.json`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { describeErrors, validator } from './schemas.js';
import { defaultTolerance, type Tolerance } from './model.js';

export interface TestSource {
  run?: string;
  results?: string;
  timeout?: number;
  categories?: Record<string, string>;
}

export interface CoverageSource {
  run?: string;
  results?: string;
  timeout?: number;
}

export interface Config {
  reports?: string[];
  tests?: TestSource[];
  coverage?: CoverageSource[];
  tolerance?: Partial<Tolerance>;
  ignore?: string[];
  failOn?: Array<'contradicted' | 'unverifiable' | 'error'>;
}

/** A configuration that cannot be used; `problems` name the config paths. */
export class ConfigError extends Error {
  constructor(readonly file: string, readonly problems: string[]) {
    super(`${file}: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

export const configFileNames = ['claimcheck.yaml', '.claimcheck.yaml', 'claimcheck.yml', '.claimcheck.yml'];

/**
 * Load the configuration: `explicit` when given (relative to `cwd`),
 * else the first of `configFileNames` in `repo`. Returns `{}` and no file
 * when there is none. Throws `ConfigError` for unreadable, malformed or
 * invalid configuration.
 */
export function loadConfig(repo: string, explicit?: string, cwd = process.cwd()): { config: Config; file?: string } {
  let file: string | undefined;
  if (explicit) {
    file = path.resolve(cwd, explicit);
    if (!existsSync(file)) throw new ConfigError(explicit, ['file not found']);
  } else {
    file = configFileNames.map((name) => path.join(repo, name)).find((candidate) => existsSync(candidate));
    if (!file) return { config: {} };
  }
  const shown = path.relative(cwd, file) || file;
  let data: unknown;
  try {
    data = loadYaml(readFileSync(file, 'utf8'), { filename: shown });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] ?? error.message : String(error);
    throw new ConfigError(shown, [reason]);
  }
  if (data === undefined || data === null) return { config: {}, file };
  const validate = validator('config');
  if (!validate(data)) throw new ConfigError(shown, describeErrors(validate.errors));
  const config = data as Config;
  const outside = pathProblems(config);
  if (outside.length > 0) throw new ConfigError(shown, outside);
  return { config, file };
}

/** A path that starts at the file system root, a home folder or a drive (`/x`, `~/x`, `C:\x`, `\\host\x`). */
const absolutePathRe = /^(?:[/~\\]|[A-Za-z]:)/;

/** Why `written`, a path or glob relative to the repository root, does not stay inside it. */
function outsideReason(written: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(written)) return 'must not contain control characters';
  if (absolutePathRe.test(written)) return 'must be a path inside the repository, relative to its root (got an absolute path)';
  if (written.split(/[\\/]/).includes('..')) return 'must be a path inside the repository (`..` leaves it)';
  return undefined;
}

/** Config paths that would read result files or reports outside the repository. */
function pathProblems(config: Config): string[] {
  const named: Array<[string, string | undefined]> = [
    ...(config.reports ?? []).map((r, i): [string, string] => [`reports[${i}]`, r]),
    ...(config.tests ?? []).map((t, i): [string, string | undefined] => [`tests[${i}].results`, t.results]),
    ...(config.coverage ?? []).map((c, i): [string, string | undefined] => [`coverage[${i}].results`, c.results]),
  ];
  return named.flatMap(([where, written]) => {
    const reason = written === undefined ? undefined : outsideReason(written);
    return reason ? [`${where}: ${reason}`] : [];
  });
}

/** The tolerance in force: the defaults overridden by the config. */
export function toleranceOf(config: Config): Tolerance {
  return { ...defaultTolerance, ...config.tolerance };
}
