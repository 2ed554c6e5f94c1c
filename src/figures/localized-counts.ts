/**
 * Test counts, pass rates and coverage as Chinese, Japanese and Korean
 * reports write them, read through the number forms and the word table:
 * `**测试总数**: 68`, `Module tests (11个测试)`, `src/gc.rs: 13个测试`,
 * `覆盖率: 85%`, `| vm-service | 16 | 13 | 3 | 81.25% |` under 通过数 /
 * 失败数 / 通过率. English blocks never come here: the extractors keep their
 * own reading of them, and call this for a block whose language is CJK.
 */
import type { ClaimContext, ClaimKind, Qualifier, Subject, Tense } from '../model.js';
import type { TextBlock } from '../read/markdown.js';
import type { ExtractContext } from './extract.js';
import { arrowSource, numberSource, parseNumber, figureAfterArrow } from './numbers.js';
import { cleanPath, headingPathAside, itemSubject, pathSource, rowSubject } from './subjects.js';
import { cjkLanguage, documentLanguage, latinLanguage } from './language.js';
import { latinFigures, type LocalizedFigure } from './latin-counts.js';
import { anyDigitRe, cjkLanguages, counters, normaliseNumbers, sourceRange, type NormalisedText } from './number-forms.js';
import { alternation, wordsFor, type LanguageWords } from './language-words.js';

/** Categories of tests as CJK reports name them, and the category each gives. */
const categories: Readonly<Record<string, string>> = {
  单元: 'unit', 單元: 'unit', 集成: 'integration', 整合: 'integration', 端到端: 'e2e', 核心: 'core', 性能: 'performance',
  效能: 'performance', 功能: 'functional', 回归: 'regression', 冒烟: 'smoke', 基准: 'benchmark', 单体: 'unit', 結合: 'integration',
};
/** Words before a label that make its figure a change to the suite, not its size: 新增 ("added"), 删除 ("removed"). */
const addedWords = ['新增', '增加', '添加', '补充', '補充', '编写', '編寫', '创建', '建立', '删除', '刪除', '移除', '追加', '提升', '提高'];
/** ... before a count: also 修复 ("fixed 5 tests") and a sign ("+10个测试"). */
const changeWords = [...addedWords, '修复', '修復', '+', '-'];
/** Words after a count of tests that make it a count of work still to do: 需要 ("need"), 待 ("pending"). */
const pendingWords = ['需要', '需', '待', '要'];
/** Headers of the value column of a "metric | value" table: 结果 ("result"), 数值 ("value"). */
const valueHeaders = ['备注', '備註', '结果', '結果', '数值', '數值', '值', '数量', '數量', '当前值', '實際', '实际', '指标值'];
/** Column headers of a before/after table whose rows name the figures: 修复后 ("after the fix"), 当前 ("now"). */
const nowHeaders = ['后', '後', '当前', '當前', '现在', '現在', '实际', '實際', '目前'];
/** Words between a label and its figure: 为 ("is"), 仅 ("only"), 达到 ("reaches"). */
const linkWords = ['为', '為', '是', '达到', '達到', '仅', '僅', '只有', '约为', '约', '約', '大约', '大約', '共', '共计', '合计'];
const approxWords = ['约', '約', '大约', '大約', '近', '~', '≈'];
/** Words right after a coverage figure that make it a gate rule ("设置85%覆盖率门禁", set an 85% coverage gate), no measured figure. */
const gateWords = ['门禁', '門禁', '闸门', '閘門'];
/** Headings and labels that make the right side of an arrow a plan: 下一步 ("next step"), 建议 ("suggested"), 提升 ("raise"). */
const planWords = ['下一步', '建议', '建議', '计划', '計劃', '提升', '提高', '目标', '目標'];

const counterSource = alternation(counters);
const quantity = (n: string) =>
  String.raw`(?<approx${n}>${alternation(approxWords)})?\s*(?<num${n}>${numberSource})(?:\s*[-–~]\s*(?<to${n}>${numberSource}))?(?<plus${n}>\+)?`;

interface Patterns {
  cellValue: RegExp;
  labelValue: RegExp;
  countNoun: RegExp;
  percentPass: RegExp;
  passPercent: RegExp;
  percentCoverage: RegExp;
  ratioPass: RegExp;
}

const patternCache = new Map<string, Patterns>();

function patterns(language: string, w: LanguageWords): Patterns {
  const cached = patternCache.get(language);
  if (cached) return cached;
  const labels = alternation([...w.passRate, ...w.coverage, ...w.lines.filter((x) => x.length > 1), ...w.branches.filter((x) => x.length > 2), ...w.functions.filter((x) => x.length > 2), ...w.statements.filter((x) => x.length > 2), ...w.total, ...w.passed, ...w.failed, ...w.skipped, ...w.errors]);
  const status = alternation([...w.passed, ...w.failed, ...w.skipped]);
  // A remark that the tests are new ("**9 (新增)**") leaves the cell a count of the row's tests.
  const freshRemark = w.fresh ? String.raw`(?:\s*[(（]\s*(?:${alternation(w.fresh)})\s*[)）])?` : '';
  const built: Patterns = {
    // A table cell that is one figure: "47", "**95.74%**", "9 (新增)"
    cellValue: new RegExp(String.raw`^\s*[*_]*\s*${quantity('')}\s*(?<unit>%|${counterSource})?${freshRemark}\s*(?:[^\p{L}\p{N}]*|,.*)$`, 'du'),
    // "测试总数: 68", "通过: 9 (53%)", "覆盖率: vm-core 62.39%", "代码覆盖率仅20.51%", "通过率: 66/68 (97%)"
    labelValue: new RegExp(
      String.raw`(?<label>${labels})\s*(?::\s*|\(\s*)?(?:${alternation(linkWords)})?\s*(?:(?<name>[A-Za-z][\w./-]*)\s+)?${quantity('')}\s*(?<unit>%|${counterSource})?(?<over>\+)?(?:\s*\/\s*(?<of>${numberSource}))?`,
      'gdu',
    ),
    // "13个测试", "(11个测试)", "36个测试用例", "49个核心测试100%通过", "8个测试通过", "File.cs (9 个新测试)"
    countNoun: new RegExp(
      String.raw`(?<![\d.,/])(?<num>${numberSource})(?<plus>\+)?\s*(?:(?<counter>${counterSource})\s*(?<named>[A-Za-z][\w.-]*)?)?\s*${w.fresh ? `(?<fresh>${alternation(w.fresh)})?` : ''}(?<category>${alternation(Object.keys(categories))})?(?<noun>${alternation(w.testNouns)})(?!${alternation(w.testCompounds)})(?<after>\s*(?:[,]\s*)?(?:全部|均|都|已|皆)?\s*(?:(?<pct>${numberSource})%\s*)?(?<status>${status})?)`,
      'gdu',
    ),
    // "100%通过", "100% 的测试通过"
    percentPass: new RegExp(String.raw`(?<num>${numberSource})%\s*(?:的)?(?:${alternation(w.testNouns)})?(?:${alternation(w.passed)})(?:率)?`, 'gdu'),
    // "测试通过 (100%)"
    passPercent: new RegExp(String.raw`(?:${alternation(w.passed)})\s*\(\s*(?<num>${numberSource})%\s*\)`, 'gdu'),
    // "(92%覆盖率)", "0%覆盖"
    percentCoverage: new RegExp(String.raw`(?<![\d.+\-])(?<num>${numberSource})%(?<plus>\+)?\s*(?:的)?(?<metric>${alternation([...w.coverage, ...w.lines.filter((x) => x.length > 1)])})`, 'gdu'),
    // "13/13测试通过", "8/9通过"
    ratioPass: new RegExp(String.raw`(?<![\d.,/])(?<passed>${numberSource})\s*\/\s*(?<total>${numberSource})\s*(?:${alternation(counters)})?\s*(?:${alternation(w.testNouns)})?\s*(?:${alternation(w.passed)})(?!率)`, 'gdu'),
  };
  patternCache.set(language, built);
  return built;
}

function has(list: readonly string[], text: string): boolean {
  return list.some((word) => text.includes(word));
}

/** The kind a label or a column header names, or undefined. */
function labelKind(label: string, w: LanguageWords): ClaimKind | undefined {
  const clean = label.replace(/[*`\s]/g, '');
  const exact = (list: readonly string[]) => list.includes(clean);
  if (exact(w.passRate) || has(w.passRate, clean)) return 'tests.passRate';
  if (has(w.coverage, clean) || has(w.lines.filter((x) => x.length > 1), clean)) return coverageKind(clean, w);
  if (exact(w.total) || has(w.total, clean)) return 'tests.total';
  if (exact(w.failed) || has(w.failed, clean)) return 'tests.failed';
  if (exact(w.skipped) || has(w.skipped, clean)) return 'tests.skipped';
  if (exact(w.errors)) return 'tests.errors';
  if (exact(w.passed) || has(w.passed, clean)) return 'tests.passed';
  return undefined;
}

function coverageKind(label: string, w: LanguageWords): ClaimKind {
  if (has(w.branches, label)) return 'coverage.branches';
  if (has(w.functions, label)) return 'coverage.functions';
  if (has(w.statements, label)) return 'coverage.statements';
  return 'coverage.lines';
}

/** The tense words in `text` give: a target, a value before, an estimate; else now. */
function tenseOf(text: string, w: LanguageWords, header = false): { tense: Tense; tenseReason?: string } {
  const found = (list: readonly string[]) => list.find((word) => text.includes(word));
  const target = found(w.target);
  if (target) return { tense: 'target', tenseReason: `a goal: "${target}"` };
  const estimated = found(w.estimated.filter((x) => x !== '约' && x !== '約'));
  if (estimated) return { tense: 'projected', tenseReason: `an estimate: "${estimated}"` };
  // One-character words ("原", original) only in a column header: in prose they open other words (原因, reason).
  const before = found(header ? w.before : w.before.filter((x) => x.length > 1));
  if (before) return { tense: 'before', tenseReason: `a value before: "${before}"` };
  return { tense: 'current' };
}

/** The subject the text before a count gives it: "src/gc.rs: 13个测试", "Module tests (11个测试)", "vm-service有3个". */
function leadSubject(lead: string): Subject | undefined {
  const m = /(?:^|[\s>*-])(?<name>[`"]?[\p{L}\p{N}_./@-][\p{L}\p{N}\s_./@`"-]{0,60}?)\s*(?:[:(]|有|共有|包含)\s*$/u.exec(lead);
  const name = m?.groups?.name?.replace(/[`"]/g, '').trim();
  if (!name || /^\d/.test(name)) return undefined;
  if (new RegExp(`^${pathSource}$`).test(name) && /[/.]/.test(name)) return { path: cleanPath(name) };
  return { name };
}

/** A name in Latin letters written right against the label after it, as CJK text runs words together: "vm-core" of "vm-core覆盖率：62.39%". Group `name`. */
const joinedNameRe = /(?:^|[\s>*(（])(?<name>[A-Za-z][\w./@-]*)$/u;

/** The part a name written right against a label names ("vm-core覆盖率：62.39%"), or undefined. */
function joinedSubject(lead: string): Subject | undefined {
  const name = joinedNameRe.exec(lead)?.groups?.name?.replace(/[./-]+$/, '');
  if (name === undefined || name === '') return undefined;
  return new RegExp(`^${pathSource}$`).test(name) && /[/.]/.test(name) ? { path: cleanPath(name) } : { name };
}

/** A list item that opens with a Latin name run together with the CJK words after it: "vm-mem" of "vm-mem覆盖率：已生成 (264个测试)". Group `name`. */
const itemOpeningNameRe = /^\s*[`*]*(?<name>[A-Za-z][\w./@-]*?)[`*]*(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])/u;

/** The subject of a figure: the lead before it, a table row, the name its item opens with, else the whole project. */
function subjectOf(block: TextBlock, lead: string, w: LanguageWords, category?: string): Subject {
  const own = leadSubject(lead);
  if (own) return own;
  if (category) return { category };
  const row = block.context.table?.row.replace(/[*`]/g, '').trim();
  if (row !== undefined && row !== '') return has(w.totalRows, row) ? { scope: 'all' } : (rowSubject(block.context) ?? { name: row });
  // "- vm-mem覆盖率：已生成 (264个测试)": the item's own opening name, nearer than its parent item's.
  const opening = block.item === true ? itemOpeningNameRe.exec(block.text)?.groups?.name : undefined;
  if (opening !== undefined) return joinedSubject(opening) ?? { name: opening };
  // "#### テストケース数: 15個" under "### 1. API入力検証テスト (`tests/test_api_validation.py`)" (w87:29): that file's tests.
  return itemSubject(block, lead.length) ?? headingPathAside(block.context.headings) ?? { scope: 'all' };
}

/**
 * The CJK language of a block: by its own text, or, for a block whose words
 * tell no language (a cell "92个", an item "vm-frontend: 60% → 70%"), by its
 * table header alone, else its header and row or the label of its list.
 */
export function cjkBlockLanguage(block: TextBlock): string | undefined {
  const own = cjkLanguage(block.text);
  if (own !== undefined) return own;
  const context: ClaimContext = block.context;
  // A column header names what its cells count: "测试数" over a row of a long file name
  // (`SemanticModelAnalyzerTests.cs`, w27:139) is Chinese though the row's letters outnumber its own.
  const around = cjkLanguage(context.table?.header ?? '') ?? cjkLanguage([context.table?.header ?? '', context.table?.row ?? '', context.list ?? ''].join(' '));
  // The stop-word test, the costlier, only for the few blocks whose context is CJK.
  return around !== undefined && latinLanguage(block.text) === undefined ? around : undefined;
}

function readQuantityGroups(groups: Record<string, string | undefined>, suffix = ''): { value: number; qualifier: Qualifier; precision: number; range?: [number, number] } {
  const first = parseNumber(groups[`num${suffix}`] ?? '0');
  const to = groups[`to${suffix}`];
  if (to !== undefined) {
    const second = parseNumber(to);
    if (second.value > first.value) return { value: first.value, qualifier: 'range', precision: Math.max(first.precision, second.precision), range: [first.value, second.value] };
  }
  const qualifier: Qualifier = groups[`approx${suffix}`] ? 'approx' : groups[`plus${suffix}`] ? 'atLeast' : 'exact';
  return { value: first.value, qualifier, precision: first.precision };
}

/** Every test count, pass rate and coverage figure of one CJK block (empty for any other block). */
export function localizedFigures(block: TextBlock): LocalizedFigure[] {
  // Every figure is read from digits; most blocks have none, and telling their language costs more than this test.
  if (!anyDigitRe.test(block.text)) return [];
  const language = cjkBlockLanguage(block);
  if (language === undefined || !cjkLanguages.has(language)) return [];
  const w = wordsFor(language);
  const p = patterns(language, w);
  const n = normaliseNumbers(block.text, language);
  const out: LocalizedFigure[] = [];
  const push = (start: number, end: number, figure: Omit<LocalizedFigure, 'start' | 'end'>): void => {
    const [s, e] = sourceRange(n, start, end);
    // One figure, one claim of a kind: a later reading of the same span is dropped.
    if (out.some((f) => f.kind === figure.kind && s < f.end && f.start < e)) return;
    out.push({ start: s, end: e, ...figure });
  };
  readCells(block, n, w, p, push);
  readLabels(block, n, w, p, push);
  readCounts(block, n, w, p, push);
  readRates(block, n, w, p, push);
  return out.sort((a, b) => a.start - b.start);
}

type Push = (start: number, end: number, figure: Omit<LocalizedFigure, 'start' | 'end'>) => void;

/** A table cell under a header that names a status, a count, a rate or coverage: `| vm-simd | 47 | 45 | 2 | 95.74% |`. */
function readCells(block: TextBlock, n: NormalisedText, w: LanguageWords, p: Patterns, push: Push): void {
  const table = block.context.table;
  if (block.kind !== 'cell' || table === undefined) return;
  const header = table.header.replace(/[*`]/g, '').trim();
  const row = table.row.replace(/[*`]/g, '').trim();
  // The header names what a column counts; in a "metric | value" or a before/after table the row's first cell does.
  // A header that names a kind besides its value word ("測試數量", test count) names the column's figures itself.
  const ownKind = labelKind(header, w);
  const valueColumn = (ownKind === undefined || valueHeaders.includes(header)) && valueHeaders.some((v) => header.includes(v));
  const headerKind = valueColumn ? undefined : ownKind;
  // The row names the figure only under a value header or a before/after/goal header; another column says something else.
  const rowNames = valueColumn || has([...w.before, ...w.target, ...nowHeaders], header);
  if (headerKind === undefined && !rowNames) return;
  const label = headerKind !== undefined ? header : row;
  // "新增测试数" (tests added) is a change to the suite, not its size.
  if (has(addedWords, label) || has(addedWords, header)) return;
  const kind = headerKind ?? labelKind(row, w);
  if (kind === undefined || row === '' || (headerKind === undefined && block.text.replace(/[*`]/g, '').trim() === row)) return;
  const cell = p.cellValue.exec(n.text);
  if (!cell?.groups) return;
  const percent = cell.groups.unit === '%';
  if (percent !== (kind === 'tests.passRate' || kind.startsWith('coverage.'))) return;
  const q = readQuantityGroups(cell.groups);
  const numStart = cell.indices?.groups?.num?.[0] ?? 0;
  const end = (cell.indices?.groups?.unit?.[1] ?? cell.indices?.groups?.plus?.[1] ?? cell.indices?.groups?.to?.[1] ?? cell.indices?.groups?.num?.[1]) ?? numStart;
  const tense = tenseOf(header === label ? header : `${header} ${label}`, w, true);
  const subject = headerKind !== undefined ? subjectOf(block, '', w) : { scope: 'all' as const };
  push(numStart, end, { kind, value: q.value, unit: percent ? 'percent' : 'count', qualifier: q.qualifier, precision: percent ? q.precision : 0, ...(q.range ? { range: q.range } : {}), subject, ...tense });
}

/** A label and its figure: `测试总数: 68`, `通过: 9 (53%)`, `覆盖率: vm-core 62.39%`, `测试通过率: 66/68 (97%)`. */
function readLabels(block: TextBlock, n: NormalisedText, w: LanguageWords, p: Patterns, push: Push): void {
  p.labelValue.lastIndex = 0;
  for (let m = p.labelValue.exec(n.text); m; m = p.labelValue.exec(n.text)) {
    const g = m.groups ?? {};
    const kind = labelKind(g.label ?? '', w);
    if (kind === undefined) continue;
    const idx = m.indices?.groups ?? {};
    const numStart = idx.num?.[0] ?? m.index;
    const lead = n.text.slice(0, m.index);
    // "新增测试数: 36" is tests added; "提升覆盖率 +5%" a change.
    if (has(addedWords, lead.slice(-4))) continue;
    const tense = tenseOf(lead.slice(-12) + (g.label ?? ''), w);
    const subject: Subject = g.name ? { name: g.name } : joinedSubject(lead) ?? subjectOf(block, lead, w);
    const rate = kind === 'tests.passRate' || kind.startsWith('coverage.');
    if (g.of !== undefined) {
      // "通过: 66/68 (97%)": the passed count and the total, and the rate after them.
      const passed = parseNumber(g.num ?? '0').value;
      const total = parseNumber(g.of).value;
      if (passed > total || (kind !== 'tests.passed' && kind !== 'tests.passRate')) continue;
      push(numStart, idx.num?.[1] ?? numStart, { kind: 'tests.passed', value: passed, unit: 'count', qualifier: 'exact', precision: 0, subject, ...tense });
      push(idx.of?.[0] ?? numStart, idx.of?.[1] ?? numStart, { kind: 'tests.total', value: total, unit: 'count', qualifier: 'exact', precision: 0, subject, ...tense });
      readParenRate(n, idx.of?.[1] ?? m.index + m[0].length, 'tests.passRate', subject, tense, push);
      continue;
    }
    if ((g.unit === '%') !== rate) continue;
    // "80%+": the plus may follow the unit.
    const q = readQuantityGroups({ ...g, plus: g.plus ?? g.over });
    const end = idx.over?.[1] ?? idx.unit?.[1] ?? idx.plus?.[1] ?? idx.to?.[1] ?? idx.num?.[1] ?? numStart;
    push(numStart, end, { kind, value: q.value, unit: rate ? 'percent' : 'count', qualifier: q.qualifier, precision: rate ? q.precision : 0, ...(q.range ? { range: q.range } : {}), subject, ...tense });
    const after = figureAfterArrow(n.text, end, rate);
    if (after) push(after.start, after.end, { kind, value: after.value, unit: rate ? 'percent' : 'count', qualifier: 'exact', precision: rate ? after.precision : 0, subject, tense: 'current' });
    if (kind === 'tests.passed') readParenRate(n, end, 'tests.passRate', subject, tense, push);
    if (kind === 'tests.failed') readParenRate(n, end, 'tests.failRate', subject, tense, push);
  }
}

/** The rate in a parenthesis right after a count: "9 (53%)". */
function readParenRate(n: NormalisedText, end: number, kind: ClaimKind, subject: Subject, tense: { tense: Tense; tenseReason?: string }, push: Push): void {
  const paren = new RegExp(String.raw`^\s*\(\s*(?<num>${numberSource})%\s*\)`, 'd').exec(n.text.slice(end));
  if (!paren?.groups?.num) return;
  const at = end + (paren.indices?.groups?.num?.[0] ?? 0);
  const q = parseNumber(paren.groups.num);
  push(at, at + paren.groups.num.length + 1, { kind, value: q.value, unit: 'percent', qualifier: 'exact', precision: q.precision, subject, ...tense });
}

/** A count with a counter and a test noun: `13个测试`, `(11个测试)`, `49个核心测试100%通过`. */
function readCounts(block: TextBlock, n: NormalisedText, w: LanguageWords, p: Patterns, push: Push): void {
  p.countNoun.lastIndex = 0;
  for (let m = p.countNoun.exec(n.text); m; m = p.countNoun.exec(n.text)) {
    const g = m.groups ?? {};
    const idx = m.indices?.groups ?? {};
    const lead = n.text.slice(0, m.index);
    const trail = n.text.slice(m.index + m[0].length);
    if (has(changeWords, lead.slice(-3)) || pendingWords.some((x) => trail.trimStart().startsWith(x))) continue;
    // "Phase 1测试", "第2个测试": without a counter a number after a word or 第 is an ordinal, not a count.
    if ((g.counter === undefined && /[A-Za-z]\s*$/.test(lead)) || /第\s*$/.test(lead)) continue;
    const status = g.status ?? '';
    const kind: ClaimKind = status === '' ? 'tests.total' : (labelKind(status, w) ?? 'tests.total');
    const value = parseNumber(g.num ?? '0').value;
    const category = g.category ? categories[g.category] : undefined;
    const subject: Subject = g.named ? { name: g.named } : subjectOf(block, lead, w, category);
    // New tests ("9 个新测试") are all of a file named before them, a new file's; of anything else they are a change.
    if (g.fresh !== undefined && !('path' in subject)) continue;
    const tense = tenseOf(lead.slice(-8), w);
    const end = idx.noun?.[1] ?? m.index + m[0].length;
    push(m.index, end, { kind, value, unit: 'count', qualifier: g.plus ? 'atLeast' : 'exact', precision: 0, subject, ...tense });
    if (g.pct !== undefined && kind === 'tests.passed') {
      const at = idx.pct?.[0] ?? end;
      const q = parseNumber(g.pct);
      push(at, at + g.pct.length + 1, { kind: 'tests.passRate', value: q.value, unit: 'percent', qualifier: 'exact', precision: q.precision, subject, ...tense });
    }
  }
}

/** Rates and coverage written after the number: `100%通过`, `通过 (100%)`, `(92%覆盖率)`, `13/13测试通过`. */
function readRates(block: TextBlock, n: NormalisedText, w: LanguageWords, p: Patterns, push: Push): void {
  const each = (re: RegExp, f: (m: RegExpExecArray) => void) => {
    re.lastIndex = 0;
    for (let m = re.exec(n.text); m; m = re.exec(n.text)) f(m);
  };
  each(p.percentPass, (m) => {
    const num = m.groups?.num ?? '0';
    const at = m.indices?.groups?.num?.[0] ?? m.index;
    const lead = n.text.slice(0, at);
    if (/[+-]\s*$/.test(lead)) return;
    push(at, at + num.length + 1, { kind: 'tests.passRate', value: parseNumber(num).value, unit: 'percent', qualifier: 'exact', precision: parseNumber(num).precision, subject: subjectOf(block, '', w), ...tenseOf(lead.slice(-8), w) });
  });
  each(p.passPercent, (m) => {
    const num = m.groups?.num ?? '0';
    const at = m.indices?.groups?.num?.[0] ?? m.index;
    push(at, at + num.length + 1, { kind: 'tests.passRate', value: parseNumber(num).value, unit: 'percent', qualifier: 'exact', precision: parseNumber(num).precision, subject: subjectOf(block, '', w), tense: 'current' });
  });
  each(p.percentCoverage, (m) => {
    const num = m.groups?.num ?? '0';
    const lead = n.text.slice(0, m.index);
    if (has(addedWords, lead.slice(-4))) return;
    // "文本处理器（92%覆盖率）": the name before the parenthesis.
    if (has(gateWords, n.text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return;
    const named = /(?<name>[\p{L}\p{N}_./-]+)\s*\(\s*$/u.exec(lead)?.groups?.name;
    const subject: Subject = named ? (/[/.]/.test(named) ? { path: cleanPath(named) } : { name: named }) : subjectOf(block, lead, w);
    const qualifier: Qualifier = m.groups?.plus ? 'atLeast' : 'exact';
    push(m.index, m.index + num.length + 1 + (m.groups?.plus ? 1 : 0), { kind: coverageKind(m.groups?.metric ?? '', w), value: parseNumber(num).value, unit: 'percent', qualifier, precision: parseNumber(num).precision, subject, ...tenseOf(lead.slice(-8), w) });
  });
  // "- vm-frontend: 60% → 70%" under "继续提升覆盖率" (raise coverage further), "1. error.rs测试 (2-3小时) - 0% → 80%" under a
  // heading on coverage: the item names the part, the list or the heading says coverage.
  readItemArrows(block, n, w, push);
  each(p.ratioPass, (m) => {
    const passed = parseNumber(m.groups?.passed ?? '0').value;
    const total = parseNumber(m.groups?.total ?? '0').value;
    if (passed > total) return;
    const idx = m.indices?.groups ?? {};
    const lead = n.text.slice(0, m.index);
    const subject = subjectOf(block, lead, w);
    push(m.index, idx.passed?.[1] ?? m.index, { kind: 'tests.passed', value: passed, unit: 'count', qualifier: 'exact', precision: 0, subject, tense: 'current' });
    push(idx.total?.[0] ?? m.index, idx.total?.[1] ?? m.index, { kind: 'tests.total', value: total, unit: 'count', qualifier: 'exact', precision: 0, subject, tense: 'current' });
    readParenRate(n, m.index + m[0].length, 'tests.passRate', subject, { tense: 'current' }, push);
  });
}

// A block's figures depend on the language of the report it was read with, so the language is kept beside them.
const figuresOfBlock = new WeakMap<TextBlock, { language: string; figures: LocalizedFigure[] }>();
const languageOfBlocks = new WeakMap<readonly TextBlock[], string>();

/**
 * Record, through an extractor's context, the localized figures of `blocks`
 * whose kind is one of `kinds`: each extractor claims its own kinds, and a
 * block is read once for all of them. CJK blocks are read here, blocks in
 * the other languages of the word table by `latinFigures`.
 */
export function claimLocalized(blocks: readonly TextBlock[], ctx: ExtractContext, kinds: readonly ClaimKind[]): void {
  let language = languageOfBlocks.get(blocks);
  if (language === undefined) {
    language = documentLanguage(blocks.map((b) => b.text).join('\n'));
    languageOfBlocks.set(blocks, language);
  }
  for (const block of blocks) {
    let read = figuresOfBlock.get(block);
    if (read?.language !== language) {
      read = { language, figures: [...localizedFigures(block), ...latinFigures(block, language)] };
      figuresOfBlock.set(block, read);
    }
    for (const f of read.figures) {
      if (!kinds.includes(f.kind)) continue;
      ctx.claim(block, f.start, f.end, {
        kind: f.kind, subject: f.subject, value: f.value, unit: f.unit, qualifier: f.qualifier, precision: f.precision,
        ...(f.range ? { range: f.range } : {}), tense: f.tense, ...(f.tenseReason ? { tenseReason: f.tenseReason } : {}),
      });
    }
  }
}

const itemLeadRe = /^\s*`?(?<name>[A-Za-z][\w./-]*)`?/d;
const percentArrowRe = new RegExp(String.raw`(?<![\d.+-])(?<num>\d+(?:\.\d+)?)%\s*${arrowSource}\s*\d`, 'dg');

/** A list item that opens with a part's name and moves its coverage: "vm-core: 75% → 80%". */
function readItemArrows(block: TextBlock, n: NormalisedText, w: LanguageWords, push: Push): void {
  if (block.item !== true) return;
  const list = block.context.list ?? '';
  const heading = block.context.headings[block.context.headings.length - 1] ?? '';
  const about = labelKind(list, w)?.startsWith('coverage.') ? list : labelKind(heading, w)?.startsWith('coverage.') ? heading : undefined;
  const name = itemLeadRe.exec(n.text)?.groups?.name;
  if (about === undefined || name === undefined) return;
  const kind = coverageKind(about, w);
  const subject: Subject = /[/.]/.test(name) ? { path: cleanPath(name) } : { name };
  const plan = has(planWords, [list, ...block.context.headings].join(' '));
  percentArrowRe.lastIndex = 0;
  for (let m = percentArrowRe.exec(n.text); m; m = percentArrowRe.exec(n.text)) {
    const num = m.groups?.num ?? '0';
    const q = parseNumber(num);
    push(m.index, m.index + num.length + 1, { kind, value: q.value, unit: 'percent', qualifier: 'exact', precision: q.precision, subject, tense: 'current' });
    const after = figureAfterArrow(n.text, m.index + num.length + 1, true);
    if (after) push(after.start, after.end, { kind, value: after.value, unit: 'percent', qualifier: 'exact', precision: after.precision, subject, ...(plan ? { tense: 'target' as const, tenseReason: 'the right side of an arrow in a plan' } : { tense: 'current' as const }) });
  }
}
