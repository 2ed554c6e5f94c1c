/**
 * What a report's words mean to the figure classifiers: named word lists,
 * keyed by language so that another language adds a table, never a rule.
 * Every list is lower case; a phrase matches on whole words.
 */

/** The word lists of one language. */
export interface Words {
  /** Nouns that name tests: "tests", "specs", "test cases". */
  testNouns: readonly string[];
  /** Status words of a test count, by the kind they give. */
  passed: readonly string[];
  failed: readonly string[];
  skipped: readonly string[];
  errors: readonly string[];
  /** Words that make a count the whole: "total", "overall". */
  totals: readonly string[];
  /** The word for coverage, and the coverage metrics, by the kind they give. */
  coverage: readonly string[];
  statements: readonly string[];
  branches: readonly string[];
  functions: readonly string[];
  lines: readonly string[];
  /** Units of a line count: "lines", "LOC". */
  lineUnits: readonly string[];
  /** Labels, headings and columns that make a figure a before-value. */
  before: readonly string[];
  /** ... a projection. */
  projected: readonly string[];
  /** ... a target. */
  target: readonly string[];
  /** Nouns that name a thing by its place in a series, not a count: "Phase 2", "Step 3". */
  ordinalNouns: readonly string[];
  /** Words before a number that make it a version: "version 2", "Node 20". */
  versionWords: readonly string[];
  /** Words before a number that make it an identifier: "PR 12", "issue 45". */
  idWords: readonly string[];
}

/** Nouns that a count of tests is written with: "10 tests", "28 specs", "5 test cases". */
export const testCountNouns: readonly string[] = ['test', 'tests', 'test case', 'test cases', 'spec', 'specs'];
/** The one-word test nouns: "tests", "specs". */
export const testWordNouns: readonly string[] = testCountNouns.filter((noun) => !noun.includes(' '));

/**
 * Nouns of a count one level below tests: "13 subtests", "| Subtestes |" (Portuguese). A report that counts
 * subtests beside tests counts its tests at two levels (src/figures/test-column.ts, figure-subtests.ts).
 */
export const subtestNouns: readonly string[] = ['subtest', 'subtests', 'sub-test', 'sub-tests', 'subteste', 'subtestes'];

/** Nouns of a document's length in words: "CONTINUATION_GUIDE.md (6,500+ words)" (extractors/figure-file-words.ts). */
export const wordCountNouns: readonly string[] = ['word', 'words'];

/** Folder names that hold tests (the list lives in the measure stage, which reads test folders too). */
export { testFolderNames } from '../measure/test-folders.js';

/** Headers of a column that holds a bare count, naming no unit: "Count", "#", "Number". */
export const bareCountColumns: readonly string[] = ['count', 'number', 'no.', '#', 'amount', 'qty', 'quantity'];

/** Periods a report's work runs in: "Sprint 3a Exit", "| Week 1 | Week 2 |", "| Sub-Sprint | Status |" (period-columns.ts, figure-change.ts). */
export const periodNouns: readonly string[] = ['day', 'week', 'month', 'sprint', 'sub-sprint', 'session', 'iteration', 'phase', 'milestone', 'round'];

/** Nouns of a heading over kinds of tests: "Test Categories", "Test Types", "Tests by Kind" (src/figures/test-subject.ts). */
export const kindNouns: readonly string[] = ['category', 'categories', 'type', 'types', 'kind', 'kinds'];

/** Nouns after "test" that name what holds tests, not tests: "test files", "test suites", "test directories". */
export const testContainerNouns: readonly string[] = ['file', 'files', 'module', 'modules', 'suite', 'suites', 'classes', 'folder', 'folders', 'directory', 'directories', 'script', 'scripts'];

/** Words of a label that say it counts a part's files or lines, not which part: "Root Files", "Total lines", "docs/ Directory" (restated-lines.ts). */
export const partCountWords: readonly string[] = ['file', 'files', 'folder', 'folders', 'directory', 'directories', 'line', 'lines', 'loc', 'total', 'count'];

/** The forms of the test status words a lead or a title is written with: "Passing:", "Failures", "Skipped Tests". */
export const testStatusForms: readonly string[] = [
  'pass', 'passing', 'passed', 'passes', 'fail', 'failing', 'failed', 'fails', 'failure', 'failures', 'skip', 'skipped', 'skips', 'error', 'errors',
];

/** Words that make a run or a suite the whole one: "the full suite", "for the entire run". */
export const wholeWords: readonly string[] = ['full', 'whole', 'entire', 'complete'];

/** Words of a label that names only the whole a list of parts splits: "Overall", "System overall", "Total" (whole-of-parts.ts). */
export const wholeLabelWords: readonly string[] = ['overall', 'total', 'combined', 'all', 'system', 'project', 'platform', 'codebase', ...wholeWords];

/**
 * Words of a lead that names the whole project, the tests, or a section of
 * the report, not a part: "Overall:", "Test Results:", "Current State"
 * (src/figures/subjects.ts).
 */
export const wholeLeadWords: readonly string[] = [
  'the', 'all', 'overall', 'total', 'totals', ...wholeWords, 'grand', 'final', 'current', 'latest', 'previous', 'prior', 'baseline',
  'combined', 'new', 'now', 'after', 'before', 'state', 'progress', 'overview', 'snapshot', 'highlights', 'achievements',
  'improvements', 'changes', 'test', 'tests', 'testing', 'suite', 'run', 'execution', 'result', 'results', 'summary', 'status',
  'outcome', 'coverage', 'verification', 'validation', 'evidence', 'details', 'metrics', 'key', 'findings', 'project', 'codebase',
  'repo', 'repository',
];

/** Nouns of a goal a figure is held against, singular and plural: "target", "thresholds". */
export const goalNouns: readonly string[] = ['target', 'targets', 'goal', 'goals', 'threshold', 'thresholds'];
/** Words that hold a figure against a goal, the figure being the measured side: "91% - below target", "86% above target". */
export const goalComparisonWords: readonly string[] = ['below', 'under', 'above', 'over', 'exceeds', 'exceed', 'exceeding', 'meets', 'meet', 'meeting', 'misses', 'short of'];

/**
 * Words just before a figure, in its clause, that make it a goal: the goal
 * nouns, and the verbs and phrases of aiming ("must reach", "by the end of",
 * "timeline to"), for src/figures/tense.ts. "targets" is not among them: after
 * a count ("5 targets") it counts things.
 */
export const goalLeadWords: readonly string[] = [
  ...goalNouns.filter((w) => w !== 'targets'),
  'targeted', 'targeting', 'aim', 'aiming', 'require', 'requires', 'required', 'objective', 'deliverable', 'deliverables',
  'must be', 'must reach', 'should be', 'should reach', 'need to be', 'needs to be', 'need to reach', 'needs to reach',
  'until', 'recommended', 'planned', 'proposed', 'verify', 'ensure', 'achieve', 'reach', 'to meet',
  'by end of', 'by the end of', 'path to', 'timeline to', 'road to', 'roadmap to', 'journey to',
];

/** The lists, keyed by language (BCP 47 primary tag). */
export const wordsByLanguage: Readonly<Record<string, Words>> = {
  en: {
    testNouns: [...testCountNouns, 'testing'],
    passed: ['passed', 'passing', 'pass', 'passes', 'green', 'succeeded', 'successful', 'ok'],
    failed: ['failed', 'failing', 'fail', 'failures', 'failure', 'broken', 'red'],
    skipped: ['skipped', 'skip', 'pending', 'ignored', 'todo', 'disabled', 'xfail', 'xfailed'],
    errors: ['errors', 'error', 'errored'],
    totals: ['total', 'totals', 'overall', 'all', 'sum', 'in total', 'collected'],
    coverage: ['coverage', 'covered', 'cov'],
    statements: ['statements', 'statement', 'stmts', 'stmt'],
    branches: ['branches', 'branch'],
    functions: ['functions', 'function', 'funcs', 'methods'],
    lines: ['lines', 'line'],
    lineUnits: ['lines', 'line', 'loc', 'sloc', 'lines of code'],
    before: ['before', 'baseline', 'previous', 'previously', 'prior', 'original', 'initial', 'old', 'was', 'starting'],
    projected: ['estimated', 'estimate', 'estimates', 'projected', 'projection', 'forecast', 'expected', 'anticipated', 'est'],
    target: [...goalNouns, 'objective', 'required', 'requirement', 'requirements'],
    ordinalNouns: [
      'phase', 'step', 'stage', 'sprint', 'week', 'day', 'task', 'option', 'level', 'tier', 'priority', 'part', 'chapter',
      'section', 'milestone', 'iteration', 'round', 'wave', 'item', 'issue', 'pr', 'pull request', 'ticket', 'story', 'epic',
      'batch', 'group', 'layer', 'gate', 'appendix', 'figure', 'table', 'line', 'lines', 'row', 'column', 'page', 'rule',
      'finding', 'fix', 'bug', 'problem', 'question', 'category', 'scenario', 'case', 'example', 'test case',
      'session', 'month', 'quarter', 'q', 'year', 'version', 'release', 'build', 'run', 'attempt',
    ],
    versionWords: [
      'version', 'node', 'node.js', 'nodejs', 'python', 'java', 'go', 'rust', 'ruby', 'php', 'typescript', 'ecmascript',
      'react', 'vue', 'angular', 'next.js', 'django', 'rails', 'postgres', 'postgresql', 'mysql', 'redis', 'ubuntu',
      'debian', 'alpine', 'windows', 'macos', 'ios', 'android', 'jdk', 'dotnet', '.net', 'kubernetes', 'k8s',
      'tls', 'oauth', 'python3', 'npm', 'pnpm', 'yarn', 'vitest', 'jest', 'pytest',
      'webpack', 'vite', 'tailwind', 'bootstrap', 'docker',
    ],
    idWords: ['#', 'pr', 'issue', 'ticket', 'commit', 'cve', 'cwe', 'id', 'no.', 'number', 'port', 'pid', 'uid', 'gid'],
  },
};

/**
 * Programs a command line opens with (`npm test`, `pytest -v`, `go test ./...`): a code span that starts with
 * one is a command, never a test's title.
 */
export const commandPrograms: readonly string[] = [
  'npm', 'npx', 'pnpm', 'pnpx', 'yarn', 'bun', 'deno', 'node', 'tsc', 'jest', 'vitest', 'mocha', 'playwright',
  'pytest', 'python', 'python3', 'pip', 'uv', 'poetry', 'tox', 'coverage', 'go', 'cargo', 'rustc', 'dotnet', 'mvn',
  'gradle', 'gradlew', 'php', 'composer', 'artisan', 'pest', 'phpunit', 'bundle', 'rake', 'rspec', 'rails', 'ruby',
  'make', 'git', 'docker', 'kubectl', 'flutter', 'dart', 'swift', 'xcodebuild', 'bats', 'bash', 'sh', 'java', 'sbt',
];

/** The English lists, the default. */
export const englishWords: Words = wordsByLanguage.en as Words;

/** Characters that mean something in a regular expression. */
const regexSpecialRe = /[.*+?^$(){}|[\]\\]/g;

/** `text` with every character that means something in a regular expression escaped, to be matched as it is. */
export function escapeRegExp(text: string): string {
  return text.replace(regexSpecialRe, '\\$&');
}

/**
 * The phrases of `list` as one regular-expression alternation, `(?:…)`:
 * special characters escaped, a space matching any run of spaces, longer
 * phrases first (so "tests" is tried before "test"). Word boundaries are the
 * caller's.
 */
export function wordsSource(list: readonly string[]): string {
  const phrases = [...new Set(list)].sort((a, b) => b.length - a.length).map((p) => escapeRegExp(p).replace(/ +/g, String.raw`\s+`));
  return `(?:${phrases.join('|')})`;
}

/** Whether `text` holds `phrase` of `list` as whole words (case-insensitive). */
export function hasWord(text: string, list: readonly string[]): boolean {
  // Lower-cased once, not once per phrase of the list.
  const lower = text.toLowerCase();
  return list.some((phrase) => wordIndex(lower, phrase) >= 0);
}

/** The first phrase of `list` that `text` holds as whole words, or undefined. */
export function findWord(text: string, list: readonly string[]): string | undefined {
  const lower = text.toLowerCase();
  return list.find((phrase) => wordIndex(lower, phrase) >= 0);
}

const wordCharRe = /[\p{L}\p{N}_]/u;

/**
 * Whether the UTF-16 unit at `index` of `text` is a letter, a digit or `_`
 * (false past either end). ASCII is decided by its code: a Unicode-class
 * test per candidate was a hot spot of the classifiers' word lookups.
 */
function wordCharAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (Number.isNaN(code)) return false;
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
  return wordCharRe.test(text[index] as string);
}

/** Index of `phrase` in `lower` at word boundaries, or -1. */
function wordIndex(lower: string, phrase: string): number {
  for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
    if (!(at > 0 && wordCharAt(lower, at - 1)) && !wordCharAt(lower, at + phrase.length)) return at;
  }
  return -1;
}

/** Whether `word` (one word, any case) is in `list`. */
export function isWord(word: string, list: readonly string[]): boolean {
  return list.includes(word.toLowerCase());
}

/**
 * Words of a column header or label whose figures are changes, not states:
 * "Change", "Δ", "Tests Added", "Improvement", "Points Gained". Matched as
 * whole words; `changeMarks` are matched anywhere (languages without spaces:
 * 新增测试数 "newly added tests", 提升幅度 "size of the rise").
 */
export const changeWords: readonly string[] = [
  'change', 'changes', 'delta', 'δ', 'diff', 'difference', 'improvement', 'improvements', 'improved', 'gain', 'gains', 'gained',
  'increase', 'increased', 'added', 'growth', 'new', 'created', 'nuevos', 'nuevas', 'creados', 'agregados', 'añadidos',
];
export const changeMarks: readonly string[] = ['Δ', '新增', '提升', '增加', '增长'];
/** Words of a rise, as a noun or a verb: "a gain of 18.18 points", "improving overall coverage by 2.70 points". */
export const riseWords: readonly string[] = [
  'gain', 'gains', 'gained', 'increase', 'increased', 'increasing', 'improve', 'improved', 'improving', 'improvement', 'rise', 'rose',
  'raised', 'raising', 'grew', 'growth', 'boost', 'boosted', 'boosting',
];

/**
 * Units of a change in points, the difference of two percentages: "+18.18 percentage points", "2.70 pp", "+4 pts"
 * (extractors/figure-change.ts, the deltas of src/check/relation-forms.ts).
 */
export const pointsUnits: readonly string[] = ['percentage points', 'percentage point', 'points', 'point', 'pts', 'pt', 'pp'];

/**
 * Words of a remark that gives a figure's earlier value, besides the change
 * words: "(significant improvement from 0% baseline)", "(up from ~90%)",
 * "(↑ from 33%)" (extractors/figure-earlier-value.ts).
 */
export const sinceWords: readonly string[] = [
  'up', 'down', 'significant', 'significantly', 'substantial', 'substantially', 'major', 'dramatic', 'dramatically',
  'rose', 'risen', 'grew', 'jumped', 'climbed', 'fell', 'dropped', '↑', '↓',
];

/**
 * Words of a heading or label whose test counts are tests the work added:
 * "Newly Added Tests", "Tests Created", "New Tests" (src/figures/added-tests.ts).
 */
export const addedWords: readonly string[] = ['new', 'newly', 'added', 'created', 'written'];

/**
 * Words that say when tests were written, relative to the work a report describes: "All original 892 tests still
 * passing", "New Tests: 4/4 passing". Beside a pass result they name the tests the result is of (test-subject.ts).
 */
export const testAgeWords: readonly string[] = ['original', 'existing', 'pre-existing', 'previous', 'legacy', 'new', 'newly added'];

/** Table columns of words about a row, never a figure of it: "Notes", "Status", "Comments". */
export const remarkColumns: readonly string[] = ['notes', 'note', 'status', 'comments', 'comment', 'remarks', 'description', 'evidence', 'details', 'justification'];

/**
 * Words that say how the things a share counts stand, not which they are:
 * "**Healthy Containers:** 42/42", "All runbooks complete (10/10)"
 * (extractors/figure-item-ratio.ts).
 */
export const shareStatusWords: readonly string[] = [
  'complete', 'completed', 'done', 'finished', 'verified', 'healthy', 'implemented', 'working', 'operational', 'resolved', 'fixed',
  'migrated', 'native', 'supported', 'ready', 'enabled', 'configured', 'documented', 'deployed', 'running', 'active', 'green',
];

/**
 * Words that label a line number at the start of a list item ("- Line 127:",
 * "- ✅ Строки 341-351:", "1. **Line 170**:") or the list of them ("**Uncovered
 * lines:**", "**Непокрытые строки:**") (extractors/code-at-item-lines.ts).
 */
export const lineLabelWords: readonly string[] = [
  'line', 'lines', 'missing lines', 'uncovered lines', 'строка', 'строки', 'строке', 'строк', 'рядок', 'рядки',
  'zeile', 'zeilen', 'ligne', 'lignes', 'línea', 'líneas', 'linea', 'lineas', 'linha', 'linhas',
];

/**
 * Nouns after a group's name that say what kind of group it is, not which: "Hub Wizard Components", "Domain Layer",
 * "Setup Tests" are the groups "Hub Wizard", "Domain", "Setup" (verifiers/files.ts reads a group's test folder by them).
 */
export const groupKindNouns: readonly string[] = ['components', 'component', 'layer', 'module', 'modules', 'tests', 'test', 'specs', 'spec'];

/**
 * Words that say a named thing is not there (yet): a list of "**Missing
 * functions:**", "❌ not implemented", "to add" names what a file lacks, not
 * what it defines (extractors/defined-names.ts).
 */
export const absentWords: readonly string[] = [
  'missing', 'not implemented', 'unimplemented', 'not yet', 'to add', 'to write', 'to be added', 'to be written', 'todo', 'to do',
  'planned', 'proposed', 'removed', 'deleted', 'renamed', 'deprecated', 'absent', 'lacks', 'lacking', 'needed', 'needs', 'not found',
  'не реализован', 'отсутствует', 'удален', '未实现', '缺少', '缺失', '删除', '未実装', '削除',
];
/** Marks that say the same: an open box or a cross. */
export const absentMarks: readonly string[] = ['❌', '✗', '✘', '⬜', '☐', '🚧', '⏳'];

/** Scripts written without spaces between words, whose listed words are found inside others. */
const unspacedScriptRe = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Whether `text` says what it names is not there (yet): an `absentMarks` mark,
 * or (unless `marksOnly`) one of `absentWords` ("**Missing functions:**",
 * "(planned)", "未实现").
 */
export function saysAbsent(text: string, marksOnly = false): boolean {
  if (absentMarks.some((mark) => text.includes(mark))) return true;
  if (marksOnly) return false;
  const lower = text.toLowerCase();
  return absentWords.some((word) => (unspacedScriptRe.test(word) ? lower.includes(word) : hasWord(lower, [word])));
}

/**
 * Words of a label over a list of files that say the files are there: "**Files
 * Created**:", "### ✅ Working Test Files:", "## Files Created/Modified"
 * (extractors/listed-files.ts). A label with one of them and a files noun
 * (`fileListNouns`) says each path listed under it exists.
 */
export const presentFileWords: readonly string[] = [
  'created', 'added', 'new', 'working', 'existing', 'present', 'delivered', 'committed', 'modified', 'updated', 'written', 'implemented',
];
/** Nouns of such a label: "Files Created", "New Test Files". */
export const fileListNouns: readonly string[] = ['files', 'file'];
/** Labels of a line that names one file: "**File**: `a/b.kt`", "Path: docs/x.md", "**Location**: a/b.go" (src/figures/record-path.ts). */
export const fileLabelWords: readonly string[] = ['file', 'path', 'location'];

/**
 * Words of a heading or lead-in over a layout still to make: "## Recommended
 * Target Structure", "Proposed layout:", "The tests will live in:"
 * (extractors/file-tree.ts). A tree under them draws a plan, not the files.
 */
export const planWords: readonly string[] = [
  'recommended', 'proposed', 'proposal', 'target', 'planned', 'plan', 'suggested', 'future', 'ideal', 'desired', 'intended',
  'will', 'should', 'to be created', 'to create', 'next steps', 'roadmap', 'todo', 'to-do', 'after migration', 'after refactoring',
];

/**
 * Words naming the start of the work a report describes, when a label names the state there: "**Start:** 240 tests"
 * (w78:390), "**Tests at entry:** 627/627 passing" beside "**Tests at exit:**" (104:7). Such a label is a before-state.
 */
export const startOfWorkWords: readonly string[] = ['start', 'entry', 'outset', 'kickoff', 'session start', 'sprint start'];

/** Words that label the present state: "Current: 6 tests", "**Now**: 12 tests", a heading's "Expected vs Actual". */
export const presentWords: readonly string[] = ['current', 'currently', 'now', 'today', 'actual'];

/** Words that make a count the whole suite's when they stand right before it: "All 58 tests", "total 40". */
export const wholeCountWords: readonly string[] = ['all', 'total', 'overall'];

/** Words of a heading over goals or steps still to take (src/figures/goal-section.ts): "## Next Steps", "### Long-term Goals". */
export const goalHeadingWords: readonly string[] = [
  'goals', 'goal', 'objectives', 'next steps', 'next session', 'future work', 'future enhancements', 'roadmap', 'action items',
  'to-do', 'todo', 'upcoming', 'immediate actions', 'short-term actions', 'long-term actions', 'long-term strategy',
  "what's next", 'what’s next', 'planned',
];
/** Words of a heading over figures that are expected, not measured: "Expected Coverage", "(Estimated)". */
export const projectionHeadingWords: readonly string[] = ['expected', 'estimated', 'estimates', 'projected', 'projection', 'projections', 'forecast', 'anticipated'];

/** Words of a heading that says its steps are taken, or looks back: "Goals Achieved", "Recommended Sequence Followed", "Results". */
export const doneWords: readonly string[] = ['done', 'complete', 'completed', 'completes', 'achieved', 'finished', 'result', 'results', 'followed', 'met', 'reached'];

/** Words that open the condition of a step to come, right before the level it waits for: "After 60% coverage achieved" (tense.ts). */
export const conditionWords: readonly string[] = ['after', 'once', 'when', 'until'];
/** Words after a level that say it is reached, which a condition word before it makes a level still to reach (tense.ts). */
export const reachedWords: readonly string[] = ['achieved', 'reached', 'attained'];
/** Verbs of making tests, as a line writes them before a count or what the tests went into (added-tests.ts). */
export const makingVerbs: readonly string[] = ['created', 'added', 'wrote', 'written', 'creating', 'adding', 'writing'];

/** Labels of how long a test run took, before its time: "Duration: 41.98s", "Test Speed: 6.68 seconds" (406:88), "Execution Performance: <15 seconds" (408:301). */
export const runTimeLabels: readonly string[] = ['duration', 'run time', 'runtime', 'execution time', 'total time', 'execution performance', 'test speed'];

/** What a test is like, not which part it tests: "Flaky Tests: 0" counts flaky tests of every part (204:354, 408:310). */
export const testQualityWords: readonly string[] = ['flaky', 'slow', 'fast', 'long-running', 'manual', 'automated', 'known'];

/**
 * Participles that open a clause about the things a count names, ending its noun: "21 test files covering all
 * components" counts test files, "50 automated test cases covering navigation" test cases (w53:348, w49:445).
 */
export const clauseOpeners: readonly string[] = ['covering', 'including', 'ensuring', 'spanning'];

/** Prepositions that tie a figure to a part or a share of what follows: "95% for critical files", "85%+ per module", "50% of the modules". */
export const partPrepositions: readonly string[] = ['for', 'per', 'of', 'in', 'on', 'across'];

/** Short words that join the words of a title and name nothing themselves: "Coverage **of** the API", "Tests **for** auth". */
export const glueWords: readonly string[] = ['of', 'and', 'for', 'in', 'on', 'to', 'with', 'by', 'a', 'an', 'at', 'from'];

/** Verbs of an item that asks for work still to do: "Add 20 tests", "**Expand existing tests**". */
export const planVerbs: readonly string[] = ['add', 'write', 'create', 'expand', 'implement', 'increase'];
/**
 * Verbs that open a step of work on a part, in a plan: "Expand scheduler tests (7 → 40%)", "Enhance compliance testing
 * (19 → 50%)", "Deploy verification testing (12 → 70%)" (408), "Add boundary tests to utils.py (92% → 95%)" (204); their
 * past forms close a step done: "Dashboard coverage increased 5× (5% → 30%)" (408).
 */
export const stepVerbs: readonly string[] = [...planVerbs, 'enhance', 'extend', 'improve', 'deploy', 'complete', 'fix', 'boost', 'raise', 'strengthen', 'grow'];
