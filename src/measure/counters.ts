/**
 * Counters of things in structured files, parsed (never grepped): GitHub
 * Actions workflows and jobs, Prometheus alerting and recording rules,
 * Grafana dashboards and panels, docker-compose services, Kubernetes
 * manifests, dependencies, scripts and workspaces of package manifests
 * (package.json, pyproject.toml, requirements files, Cargo.toml), commands a
 * CLI defines, Makefile targets, and list items and table rows of a markdown
 * file.
 *
 * A report's noun ("18 alert rules", "6-job workflow") picks the counter;
 * `counterOfNoun` is shared by the extractor and the verifier so they agree.
 */
import { loadAll as loadAllYaml } from 'js-yaml';
import type { Root, RootContent } from 'mdast';
import { parseMarkdown } from '../read/markdown.js';
import { manifestPatterns, readManifest } from './manifests.js';
import { countCliCommands } from './cli-commands.js';

export const counterIds = [
  'alert-rules', 'recording-rules', 'rule-groups', 'workflows', 'workflow-jobs', 'dashboards', 'panels',
  'compose-services', 'k8s-manifests', 'npm-scripts', 'dev-dependencies', 'dependencies', 'all-dependencies', 'workspaces', 'cli-commands', 'make-targets',
  'list-items', 'table-rows',
] as const;
export type CounterId = (typeof counterIds)[number];

interface NounRule {
  id: CounterId;
  /** The noun as written after the number, whole. */
  noun: RegExp;
  /**
   * Words that must appear around the claim (its sentence, table row, list
   * label or heading) when no file is named, because the noun alone is too
   * common: "6 jobs" is a CI claim only near "workflow" or "CI".
   * `'path'`: only with a named file.
   */
  needs?: RegExp | 'path';
  /** What a matching file is called in messages. */
  what: string;
}

/** Words near a dependency count that name a manifest claimcheck reads. */
const manifestContext = /package\.json|\bnpm\b|\bnode\b|pyproject|requirements|\bpip\b|\bpoetry\b|Cargo\.toml|\bcrates?\b/i;
/** Words near "commands" that make them a CLI's. */
const cliContext = /\bCLI\b|command[\s-]line|\bTyper\b|\bClick\b|argparse|\bCommander\b|yargs/i;

const ciContext = /\b(?:workflows?|GitHub\s+Actions|GHA|CI|CI\/CD|pipelines?)\b|\.github\/workflows/i;

/** Longer nouns first: the alternation tries them in order. */
const nounRules: readonly NounRule[] = [
  { id: 'alert-rules', noun: /^(?:Prometheus\s+)?alert(?:ing)?[\s-]rules?$/i, what: 'Prometheus rules files' },
  { id: 'recording-rules', noun: /^(?:Prometheus\s+)?recording[\s-]rules?$/i, what: 'Prometheus rules files' },
  { id: 'rule-groups', noun: /^(?:alert(?:ing)?|rule|recording)[\s-]groups?$/i, what: 'Prometheus rules files' },
  { id: 'alert-rules', noun: /^(?:Prometheus\s+)?alerts?$/i, needs: 'path', what: 'Prometheus rules files' },
  { id: 'workflow-jobs', noun: /^(?:CI\s+|workflow\s+)?jobs?$/i, needs: ciContext, what: 'GitHub Actions workflows' },
  { id: 'workflows', noun: /^(?:GitHub\s+Actions|CI|GHA)\s+workflows?$/i, what: 'GitHub Actions workflows' },
  { id: 'workflows', noun: /^workflows?$/i, needs: ciContext, what: 'GitHub Actions workflows' },
  { id: 'panels', noun: /^(?:Grafana\s+|dashboard\s+)?panels?$/i, needs: /grafana|dashboards?\b/i, what: 'Grafana dashboards' },
  { id: 'dashboards', noun: /^Grafana\s+dashboards?$/i, what: 'Grafana dashboards' },
  { id: 'dashboards', noun: /^dashboards?$/i, needs: /grafana|observability|monitoring/i, what: 'Grafana dashboards' },
  { id: 'compose-services', noun: /^(?:docker[\s-]compose\s+|compose\s+)?services?$/i, needs: /compose/i, what: 'docker-compose files' },
  { id: 'k8s-manifests', noun: /^(?:Kubernetes|K8s)\s+(?:manifests?|resources?|objects?)$/i, what: 'Kubernetes manifests' },
  { id: 'k8s-manifests', noun: /^manifests?$/i, needs: /kubernetes|k8s|kubectl|kustomiz/i, what: 'Kubernetes manifests' },
  { id: 'npm-scripts', noun: /^(?:npm|yarn|pnpm|package\.json)\s+scripts?$/i, what: 'package.json' },
  { id: 'npm-scripts', noun: /^scripts?$/i, needs: /package\.json/i, what: 'package.json' },
  { id: 'dev-dependencies', noun: /^(?:npm\s+|Python\s+|Rust\s+|Cargo\s+)?(?:dev|development)[\s-]?dependencies$|^devDependencies$|^dev-dependencies$/i, needs: manifestContext, what: 'package manifests' },
  { id: 'dependencies', noun: /^(?:npm|Python|Rust|Cargo|crate|pip|runtime|production)\s+dependencies$/i, needs: manifestContext, what: 'package manifests' },
  { id: 'dependencies', noun: /^dependencies$/i, needs: manifestContext, what: 'package manifests' },
  { id: 'workspaces', noun: /^(?:npm\s+|yarn\s+|pnpm\s+|Cargo\s+)?workspaces?$|^workspace\s+(?:packages|members|crates)$/i, needs: /package\.json|\bnpm\b|\byarn\b|\bpnpm\b|monorepo|Cargo|workspace/i, what: 'package manifests' },
  { id: 'cli-commands', noun: /^(?:CLI|command[\s-]line)\s+(?:sub)?commands?$/i, what: 'CLI source files' },
  { id: 'cli-commands', noun: /^(?:sub)?commands?$/i, needs: cliContext, what: 'CLI source files' },
  // A manifest's entries under a label ("Backend Dependencies: 40 production + 31 dev = 71 declared"): only with the manifest named.
  { id: 'dependencies', noun: /^(?:production|prod|runtime)$/i, needs: 'path', what: 'package manifests' },
  { id: 'dev-dependencies', noun: /^(?:dev|development)$/i, needs: 'path', what: 'package manifests' },
  { id: 'all-dependencies', noun: /^(?:declared|total|all)$/i, needs: 'path', what: 'package manifests' },
  { id: 'make-targets', noun: /^(?:Makefile|make)\s+targets?$/i, what: 'Makefile' },
  { id: 'make-targets', noun: /^targets?$/i, needs: /\bMakefile\b/, what: 'Makefile' },
  { id: 'list-items', noun: /^(?:list\s+items?|bullet(?:\s+points?|s)?|items?)$/i, needs: 'path', what: 'markdown files' },
  { id: 'table-rows', noun: /^(?:table\s+)?rows?$/i, needs: 'path', what: 'markdown files' },
];

/**
 * Nouns that name their own file ("7 Makefile targets", "5 npm scripts",
 * "6 docker-compose services"), with the files they can be about: a path
 * written next to such a noun but of another kind is about something else.
 */
const selfNamingNouns: ReadonlyArray<{ noun: RegExp; file: RegExp }> = [
  { noun: /^(?:Makefile|make)\s+targets?$/i, file: /(?:^|\/)(?:GNU)?[Mm]akefile$|\.mk$/ },
  { noun: /^(?:npm|yarn|pnpm|package\.json)\s+scripts?$/i, file: /(?:^|\/)package\.json$/ },
  { noun: /^(?:docker[\s-]compose|compose)\s+services?$/i, file: /(?:^|\/)(?:docker-)?compose[^/]*\.ya?ml$/i },
];

/** Whether `noun` names a kind of file that `file` is not: "Makefile targets" near `package.json`. */
export function nounNamesOtherFile(noun: string, file: string): boolean {
  const clean = noun.trim().replace(/\s+/g, ' ');
  const rule = selfNamingNouns.find((r) => r.noun.test(clean));
  return rule !== undefined && !rule.file.test(file);
}

/** Words that end a manifest entry figure under a dependencies label: "40 production", "31 dev", "71 declared". */
export const entryNounSource = 'production|prod|runtime|development|dev|declared|total|all';

/** Every noun a counter knows, longest first, for an extractor's regular expression. */
export const counterNounSource = [
  String.raw`(?:Prometheus\s+)?alert(?:ing)?[\s-]rules?`, String.raw`(?:Prometheus\s+)?recording[\s-]rules?`,
  String.raw`(?:alert(?:ing)?|rule|recording)[\s-]groups?`, String.raw`(?:Prometheus\s+)?alerts?`,
  String.raw`(?:CI|workflow)\s+jobs?`, String.raw`(?:GitHub\s+Actions|CI|GHA)\s+workflows?`, 'workflows?', 'jobs?',
  String.raw`(?:Grafana|dashboard)\s+panels?`, 'panels?', String.raw`Grafana\s+dashboards?`, 'dashboards?',
  String.raw`(?:docker[\s-]compose|compose)\s+services?`, 'services?',
  String.raw`(?:Kubernetes|K8s)\s+(?:manifests?|resources?|objects?)`, 'manifests?',
  String.raw`(?:npm|yarn|pnpm|package\.json)\s+scripts?`, 'scripts?',
  String.raw`(?:npm\s+|Python\s+|Rust\s+|Cargo\s+)?(?:dev|development)[\s-]?dependencies`, 'devDependencies', String.raw`(?:npm|Python|Rust|Cargo|crate|pip|runtime|production)\s+dependencies`, 'dependencies',
  String.raw`(?:npm\s+|yarn\s+|pnpm\s+|Cargo\s+)?workspaces?`, String.raw`workspace\s+(?:packages|members|crates)`,
  String.raw`(?:CLI|command[\s-]line)\s+(?:sub)?commands?`, String.raw`(?:sub)?commands?`,
  String.raw`(?:Makefile|make)\s+targets?`, 'targets?',
  String.raw`list\s+items?`, String.raw`bullet(?:\s+points?|s)?`, 'items?', String.raw`(?:table\s+)?rows?`,
].join('|');

/**
 * The counter a noun stands for. `context` is the text around the claim;
 * `hasPath` says whether the claim names a file. `undefined` when no counter
 * knows the noun in this context.
 */
export function counterOfNoun(noun: string, context: string, hasPath: boolean): { id: CounterId; what: string } | undefined {
  const clean = noun.trim().replace(/\s+/g, ' ');
  for (const rule of nounRules) {
    if (!rule.noun.test(clean)) continue;
    if (rule.needs === 'path' && !hasPath) continue;
    if (rule.needs instanceof RegExp && !hasPath && !rule.needs.test(context)) continue;
    return { id: rule.id, what: rule.what };
  }
  return undefined;
}

/** What a counter reads from one file: its count, or why the file is not of its kind. */
export type FileCount = { ok: true; count: number; alternatives?: number[]; readings?: string[] } | { ok: false; reason: string };

type Doc = unknown;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const arrayOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Parse YAML or JSON text into its documents; throws on malformed input. */
export function parseStructured(text: string, file: string): Doc[] {
  if (/\.json$/i.test(file)) return [JSON.parse(text) as Doc];
  return loadAllYaml(text, { filename: file }).filter((doc) => doc !== null && doc !== undefined);
}

function promRules(docs: readonly Doc[]): Array<Record<string, unknown>> | undefined {
  const groups = docs.flatMap((doc) => (isRecord(doc) && Array.isArray(doc.groups) ? doc.groups : []));
  if (groups.length === 0 || !groups.every((g) => isRecord(g) && Array.isArray(g.rules))) return undefined;
  return groups as Array<Record<string, unknown>>;
}

/** A Grafana dashboard's JSON model: bare, or wrapped as the HTTP API returns it. */
function dashboardOf(doc: Doc): Record<string, unknown> | undefined {
  const model = isRecord(doc) && isRecord(doc.dashboard) ? doc.dashboard : doc;
  if (!isRecord(model)) return undefined;
  if (Array.isArray(model.panels) || Array.isArray(model.rows)) return model;
  return undefined;
}

/** Panels of a dashboard: nested in collapsed rows (schema ≥ 16) or in legacy `rows`. */
function countPanels(model: Record<string, unknown>): { panels: number; rows: number } {
  let panels = 0;
  let rows = 0;
  const walk = (list: unknown[]) => {
    for (const panel of list) {
      if (!isRecord(panel)) continue;
      if (panel.type === 'row') rows++;
      else panels++;
      walk(arrayOf(panel.panels));
    }
  };
  walk(arrayOf(model.panels));
  for (const row of arrayOf(model.rows)) {
    if (!isRecord(row)) continue;
    rows++;
    walk(arrayOf(row.panels));
  }
  return { panels, rows };
}

const isWorkflow = (doc: Doc) => isRecord(doc) && isRecord(doc.jobs) && ('on' in doc || 'true' in doc || 'name' in doc);
const isCompose = (doc: Doc) => isRecord(doc) && isRecord(doc.services);
const isManifest = (doc: Doc) => isRecord(doc) && typeof doc.apiVersion === 'string' && typeof doc.kind === 'string';

/** Which files a counter looks at when the claim names none. */
export const candidatePatterns: Readonly<Record<CounterId, readonly string[]>> = {
  'alert-rules': ['**/*.{yml,yaml}'],
  'recording-rules': ['**/*.{yml,yaml}'],
  'rule-groups': ['**/*.{yml,yaml}'],
  workflows: ['.github/workflows/*.{yml,yaml}'],
  'workflow-jobs': ['.github/workflows/*.{yml,yaml}'],
  dashboards: ['**/*.json'],
  panels: ['**/*.json'],
  'compose-services': ['**/{docker-compose,compose}*.{yml,yaml}'],
  'k8s-manifests': ['**/*.{yml,yaml}'],
  'npm-scripts': ['package.json'],
  'dev-dependencies': manifestPatterns,
  dependencies: manifestPatterns,
  'all-dependencies': manifestPatterns,
  workspaces: ['package.json', 'Cargo.toml'],
  // The usual homes of a CLI's definition; a claim naming its file reads that one.
  'cli-commands': ['**/cli.{py,js,mjs,cjs,ts}', '**/cli/*.{py,js,mjs,cjs,ts}', '**/__main__.py', 'bin/*.{js,mjs,cjs,ts}', 'src/commands/*.{js,ts}'],
  'make-targets': ['{Makefile,makefile,GNUmakefile}'],
  'list-items': [],
  'table-rows': [],
};

/** A Makefile rule line: `target other: prerequisites`, not an assignment. */
const makeRuleRe = /^(?<targets>[^\s:#=][^:#=]*?)\s*::?(?!=)/;

function countMakeTargets(text: string): FileCount {
  const targets = new Set<string>();
  for (const line of text.split('\n')) {
    if (line.startsWith('\t')) continue;
    const names = makeRuleRe.exec(line)?.groups?.targets;
    if (!names) continue;
    for (const name of names.split(/\s+/)) {
      // Special targets (.PHONY), pattern rules and variable references are not targets one runs.
      if (name === '' || name.startsWith('.') || name.includes('%') || name.includes('$')) continue;
      targets.add(name);
    }
  }
  return targets.size > 0 ? { ok: true, count: targets.size } : { ok: false, reason: 'has no targets' };
}

function countMarkdown(text: string, id: 'list-items' | 'table-rows'): FileCount {
  const tree: Root = parseMarkdown(text);
  let items = 0;
  let topItems = 0;
  let rows = 0;
  const walk = (nodes: readonly RootContent[], depth: number) => {
    for (const node of nodes) {
      if (node.type === 'listItem') {
        items++;
        if (depth === 0) topItems++;
      }
      if (node.type === 'table') rows += Math.max(node.children.length - 1, 0);
      if ('children' in node) walk(node.children as RootContent[], node.type === 'list' ? depth : node.type === 'listItem' ? depth + 1 : depth);
    }
  };
  walk(tree.children, 0);
  if (id === 'table-rows') return rows > 0 ? { ok: true, count: rows } : { ok: false, reason: 'has no table' };
  return items > 0 ? { ok: true, count: items, alternatives: [topItems], readings: ['nested items too', 'top-level items only'] } : { ok: false, reason: 'has no list' };
}

/** Count `id` in the file `file` whose content is `text`. */
export function countIn(id: CounterId, text: string, file: string): FileCount {
  if (id === 'make-targets') return countMakeTargets(text);
  if (id === 'npm-scripts' || id === 'dependencies' || id === 'dev-dependencies' || id === 'all-dependencies' || id === 'workspaces') return countManifest(id, text, file);
  if (id === 'cli-commands') {
    const found = countCliCommands(text, file);
    if (!found) return { ok: false, reason: 'is in a language whose commands claimcheck cannot read' };
    if (found.commands === 0) return { ok: false, reason: 'defines no CLI commands' };
    // Groups of commands (`add_typer`, `@cli.group()`) are commands to some readers.
    return { ok: true, count: found.commands, ...(found.groups > 0 ? { alternatives: [found.commands + found.groups], readings: ['commands', 'commands and command groups'] } : {}) };
  }
  if (id === 'list-items' || id === 'table-rows') {
    if (!/\.(?:md|markdown)$/i.test(file)) return { ok: false, reason: 'is not a markdown file' };
    return countMarkdown(text, id);
  }
  let docs: Doc[];
  try {
    docs = parseStructured(text, file);
  } catch (error) {
    return { ok: false, reason: `cannot be parsed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}` };
  }
  switch (id) {
    case 'alert-rules':
    case 'recording-rules':
    case 'rule-groups': {
      const groups = promRules(docs);
      if (!groups) return { ok: false, reason: 'is not a Prometheus rules file' };
      if (id === 'rule-groups') return { ok: true, count: groups.length };
      const key = id === 'alert-rules' ? 'alert' : 'record';
      return { ok: true, count: groups.flatMap((g) => arrayOf(g.rules)).filter((r) => isRecord(r) && key in r).length };
    }
    case 'workflows':
      return docs.some(isWorkflow) ? { ok: true, count: 1 } : { ok: false, reason: 'is not a GitHub Actions workflow' };
    case 'workflow-jobs': {
      const workflow = docs.find(isWorkflow);
      return isRecord(workflow) && isRecord(workflow.jobs) ? { ok: true, count: Object.keys(workflow.jobs).length } : { ok: false, reason: 'is not a GitHub Actions workflow' };
    }
    case 'dashboards':
    case 'panels': {
      const model = docs.map(dashboardOf).find((d) => d !== undefined);
      if (!model) return { ok: false, reason: 'is not a Grafana dashboard' };
      if (id === 'dashboards') return { ok: true, count: 1 };
      const { panels, rows } = countPanels(model);
      // Some count row headers as panels too.
      return { ok: true, count: panels, ...(rows > 0 ? { alternatives: [panels + rows], readings: ['panels', 'panels and row headers'] } : {}) };
    }
    case 'compose-services': {
      const compose = docs.find(isCompose);
      return isRecord(compose) && isRecord(compose.services) ? { ok: true, count: Object.keys(compose.services).length } : { ok: false, reason: 'is not a docker-compose file' };
    }
    case 'k8s-manifests': {
      const manifests = docs.filter(isManifest).length;
      return manifests > 0 ? { ok: true, count: manifests } : { ok: false, reason: 'holds no Kubernetes manifest' };
    }
  }
}

/** Manifest counters, read by each manifest's own parser (src/measure/manifests.ts). */
function countManifest(id: 'npm-scripts' | 'dependencies' | 'dev-dependencies' | 'all-dependencies' | 'workspaces', text: string, file: string): FileCount {
  let entries;
  try {
    entries = readManifest(text, file);
  } catch (error) {
    return { ok: false, reason: `cannot be parsed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}` };
  }
  if (!entries) return { ok: false, reason: 'is not a package manifest' };
  if (id === 'npm-scripts') return entries.scripts !== undefined ? { ok: true, count: entries.scripts } : { ok: false, reason: 'is not a package.json' };
  if (id === 'workspaces') return entries.workspaces !== undefined ? { ok: true, count: entries.workspaces } : { ok: false, reason: 'declares no workspaces' };
  if (id === 'dev-dependencies') return { ok: true, count: entries.devDependencies };
  const { dependencies, devDependencies, otherDependencies } = entries;
  // "71 declared": runtime and development together, or with peer, optional and build ones too.
  if (id === 'all-dependencies') {
    return { ok: true, count: dependencies + devDependencies, alternatives: [dependencies + devDependencies + otherDependencies], readings: ['runtime and development', 'with peer, optional and build ones'] };
  }
  // "N dependencies" is read as runtime ones, or all of them together.
  return { ok: true, count: dependencies, alternatives: [dependencies + devDependencies, dependencies + devDependencies + otherDependencies], readings: ['runtime', 'runtime and development', 'with peer, optional and build ones'] };
}
