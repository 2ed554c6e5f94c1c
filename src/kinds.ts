/** How each claim kind reads in messages, and which verifier family measures it. */
import type { Claim, ClaimKind } from './model.js';

/** Verifier ids, the values `--checks` accepts. */
export const checkIds = ['tests', 'coverage', 'files', 'git', 'counts', 'consistency'] as const;
export type CheckId = (typeof checkIds)[number];

const kindNouns: Record<ClaimKind, string> = {
  'tests.total': 'tests',
  'tests.passed': 'passing tests',
  'tests.failed': 'failing tests',
  'tests.skipped': 'skipped tests',
  'tests.errors': 'test errors',
  'tests.passRate': 'pass rate',
  'tests.failRate': 'failure rate',
  'tests.duration': 'test duration',
  'tests.status': 'test status',
  'coverage.lines': 'line coverage',
  'coverage.branches': 'branch coverage',
  'coverage.functions': 'function coverage',
  'coverage.statements': 'statement coverage',
  'file.exists': 'file exists',
  'file.lines': 'lines',
  'file.bytes': 'bytes',
  'file.words': 'words',
  'file.mode': 'file mode',
  'file.snippet': 'code at lines',
  'file.defines': 'names defined',
  'dir.files': 'files',
  'code.lines': 'lines',
  'count.items': 'items',
  'git.commit': 'commit',
  'git.commits': 'commits',
  'git.diffstat': 'diffstat',
  'git.branch': 'branch',
  'git.clean': 'clean working tree',
  score: 'score',
  ratio: 'ratio',
  change: 'change',
  percentOf: 'of target',
  total: 'total',
  listCount: 'items listed',
  checkboxes: 'checked boxes',
};

/** The noun a kind reads as in messages: `passing tests`, `line coverage`. */
export function kindNoun(kind: ClaimKind): string {
  return kindNouns[kind];
}

/** The family that measures `kind`. */
export function familyOf(kind: ClaimKind): CheckId {
  if (kind.startsWith('tests.')) return 'tests';
  if (kind.startsWith('coverage.')) return 'coverage';
  if (kind.startsWith('file.') || kind === 'dir.files' || kind === 'code.lines') return 'files';
  if (kind.startsWith('git.')) return 'git';
  if (kind === 'count.items') return 'counts';
  return 'consistency';
}

/** "passing tests", "line coverage", "lines of `scripts/backup.sh`". */
export function describeKind(claim: Claim): string {
  const noun = kindNouns[claim.kind];
  const subject = claim.subject;
  if ('path' in subject) return `${noun} in \`${subject.path}\``;
  // "18 alert rules", not "18 alert-rules items": what a counter counts is its own noun.
  if ('category' in subject) return claim.kind === 'count.items' ? subject.category.replace(/-/g, ' ') : `${subject.category} ${noun}`;
  if ('name' in subject) return `${noun} for "${subject.name}"`;
  if ('entity' in subject) return `${subject.entity}`;
  return noun;
}
