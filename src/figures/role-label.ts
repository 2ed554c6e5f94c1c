/**
 * A label that says what a line is for, not what it is about: "Target: 85%",
 * "Requirement: >75% coverage", "Reason: cannot measure 90% coverage",
 * "**Key Achievement**: first module at 100% coverage", "Stable: 63%
 * coverage maintained". Its words name the line's role in the report (a
 * goal, a reason, a status, a praise, a state in time), never a part of the
 * project, so a figure after it is about whatever its item, parent or section
 * is about.
 */

/** Words that give a line its role: goals, reasons, states, verdicts, praise, priorities. */
const roleWords: ReadonlySet<string> = new Set([
  // goals and requirements
  'target', 'targets', 'goal', 'goals', 'objective', 'objectives', 'requirement', 'requirements', 'required', 'expected', 'deliverable',
  'deliverables', 'threshold', 'minimum', 'need', 'needed', 'needs',
  // reasons, results, verdicts
  'reason', 'reasons', 'why', 'result', 'results', 'output', 'outcome', 'outcomes', 'impact', 'effect', 'benefit', 'benefits', 'verdict', 'conclusion',
  'status', 'state', 'note', 'notes', 'gap', 'gaps', 'known', 'confidence', 'assessment', 'evidence', 'finding', 'findings',
  // states in time
  'current', 'currently', 'now', 'starting', 'start', 'initial', 'ending', 'end', 'final', 'before', 'after', 'previous', 'previously',
  'baseline', 'stable', 'unchanged', 'maintained', 'progress', 'completed', 'complete', 'done', 'finished',
  // praise and milestones
  'key', 'achievement', 'achievements', 'achieved', 'mission', 'accomplished', 'milestone', 'highlight', 'highlights', 'win', 'wins',
  'success', 'bottom', 'line', 'takeaway', 'summary', 'overall',
  // priorities and effort
  'priority', 'immediate', 'urgent', 'next', 'steps', 'step', 'quick', 'effort', 'low', 'medium', 'high',
  // glue
  'the', 'a', 'an', 'of', 'and', 'to', 'for', 'in',
]);

/** Whether every word of a label gives its line a role, and none names a part ("Target", "Key Achievement"). */
export function isRoleLabel(label: string): boolean {
  const words = label.replace(/[^\p{L}\p{N}\s]+/gu, ' ').trim().toLowerCase().split(/\s+/).filter((w) => w !== '');
  return words.length > 0 && words.every((w) => roleWords.has(w));
}

/**
 * Verbs that open a task or a goal: "Implement comprehensive test suites for
 * all systems", "Maintain test pass rate", "Expand Test Coverage". A row or
 * parent item so named is a piece of work, not a part of the project. "Fix"
 * is left out: "Fix AB Testing Failures" names the tests it fixed.
 */
const taskVerbs: ReadonlySet<string> = new Set([
  'implement', 'maintain', 'verify', 'expand', 'add', 'increase', 'improve', 'raise', 'reach', 'achieve', 'boost', 'extend', 'ensure',
  'establish', 'write', 'create', 'run',
]);
/** The first word of a lead, after list numbers, marks and emphasis; a word, not the head of a name (`verify_deployment.py`). */
const firstWordRe = /^[^\p{L}\p{N}_`/.]*(?<word>\p{L}+)\s/u;

/** Whether a lead (a row's first cell, a parent item) opens with a task verb and so names a piece of work. */
export function isTaskLead(lead: string): boolean {
  const word = firstWordRe.exec(lead.replace(/^\s*\d+[.)]\s+/, ''))?.groups?.word;
  return word !== undefined && taskVerbs.has(word.toLowerCase());
}

/** Words of a row that names a measure of coverage, not a part: "Lines", "Covered Statements", "Coverage %". */
const metricRowWords: ReadonlySet<string> = new Set([
  'lines', 'line', 'statements', 'statement', 'stmts', 'branches', 'branch', 'functions', 'function', 'regions', 'region', 'covered',
  'missing', 'missed', 'uncovered', 'total', 'coverage',
]);

/** What a coverage tool counts: one of these, or a percent sign, makes a row of measure words a measure ("Coverage" alone may be a scorecard's category). */
const countedUnitRe = /\b(?:lines?|statements?|stmts|branch(?:es)?|functions?|regions?)\b|%/i;

/** Whether a row label names only a measure of coverage ("| **Lines** | 74.29% | 92.69% |", "| Covered Statements | 160 | 258 |", "| Coverage % |"). */
export function isMetricRow(row: string): boolean {
  const words = row.replace(/[^\p{L}\p{N}\s]+/gu, ' ').trim().toLowerCase().split(/\s+/).filter((w) => w !== '');
  return words.length > 0 && words.every((w) => metricRowWords.has(w)) && countedUnitRe.test(row);
}
