/**
 * Words the coverage readers of prose use beyond the shared lists
 * (words.ts): the verbs of a coverage goal still to reach, and the words a
 * report grades its coverage with. Every list is lower case and matched on
 * whole words.
 */

/**
 * Verbs that open a coverage goal, in the form of an instruction: "Increase
 * main package coverage to >50%", "Expand test coverage to 50%", "Push
 * coverage to 75%". Only the plain form: "Increased coverage to 80%" tells
 * what was done, and its figure is where coverage stands.
 */
export const goalVerbs: readonly string[] = [
  'increase', 'raise', 'improve', 'boost', 'bring', 'grow', 'push', 'lift', 'expand', 'extend', 'get', 'take',
];

/**
 * Words that grade coverage, written between "coverage" and its figure or
 * before "coverage": "excellent coverage (82.9%)", "Coverage Excellent
 * (94%)", "Test coverage too low (50.4%)".
 */
export const coverageGrades: readonly string[] = [
  'excellent', 'good', 'great', 'decent', 'solid', 'strong', 'high', 'healthy', 'adequate', 'acceptable', 'reasonable', 'fair',
  'moderate', 'low', 'poor', 'weak', 'limited', 'minimal', 'insufficient', 'very', 'too', 'quite', 'still', 'now', 'overall',
];

/**
 * Words that tie a part to the coverage after it: "The embedding system has
 * excellent coverage (82.9%)". The words before one name the part.
 */
export const havingVerbs: readonly string[] = ['has', 'have', 'had', 'shows', 'show', 'keeps', 'keep', 'gets', 'get', 'reaches', 'reached'];

/**
 * Words of a heading over a record of the project's coverage through time:
 * "Coverage History", "Timeline to 85% Coverage", "Coverage Trend".
 */
export const coverageHistoryWords: readonly string[] = ['history', 'timeline', 'trend', 'trends', 'evolution', 'over time', 'progression'];

/** Words of such a heading that make its entries a plan, not a record: "Timeline to 85% Coverage", "Path to 90%". */
export const coveragePlanWords: readonly string[] = ['timeline to', 'path to', 'roadmap', 'road to', 'plan'];

/**
 * Words of a heading that names a band of coverage, a group of the parts
 * listed under it, not a part: "High Priority (0% Coverage)", "Known Gaps
 * (0% Coverage)", "Modules with Excellent Coverage (90%+)". Grades
 * (`coverageGrades`) count too.
 */
export const coverageBandWords: readonly string[] = [
  'priority', 'critical', 'medium', 'urgent', 'perfect', 'zero', 'full', 'partial', 'partially', 'known', 'gap', 'gaps', 'needs', 'needing',
  'improvement', 'attention', 'work', 'modules', 'module', 'files', 'file', 'components', 'component', 'classes', 'packages', 'areas',
  'with', 'at', 'and', 'coverage', 'covered', 'tested', 'untested', 'fully', 'well',
];

/**
 * Words of a noun after a percentage that say it counts what is not covered:
 * "(4.5% uncovered lines)", "(~5% uncovered)" (extractors/figure-coverage.ts).
 */
export const uncoveredWords: readonly string[] = ['uncovered', 'not covered', 'missed', 'missing', 'untested'];

/**
 * Verbs of a gate that turns work away below a coverage floor: "Pre-commit hooks block commits < 90% coverage",
 * "CI/CD blocks merges < 90% coverage". The figure is the gate's rule, no coverage measured or aimed at (as
 * localized-counts' 门禁, "gate", in "设置85%覆盖率门禁").
 */
export const gateVerbs: readonly string[] = ['block', 'blocks', 'blocked', 'reject', 'rejects', 'rejected', 'fail', 'fails', 'prevent', 'prevents'];

/** Verbs by which tests cover a share of code: "67 unit tests cover 100% of critical business logic" (502:275). */
export const coverVerbs: readonly string[] = ['cover', 'covers', 'covered', 'covering'];

/**
 * Nouns that end the name of a part of the code, after "tests cover N% of": "critical business logic", "error paths",
 * "the parser module". "100% of acceptance criteria" (w11:444) names requirements, which no coverage tool measures.
 */
export const codePartNouns: readonly string[] = [
  'logic', 'code', 'paths', 'path', 'branches', 'lines', 'functions', 'methods', 'modules', 'module', 'classes', 'components', 'files',
  'handlers', 'services', 'endpoints', 'routines',
];
