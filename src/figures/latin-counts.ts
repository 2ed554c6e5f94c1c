/**
 * Test counts, pass rates and coverage in the spaced languages of the word
 * table other than English (Spanish, Portuguese, French, German in Latin
 * script, Russian in Cyrillic): `Tests existentes: 501`, `Cobertura estimada:
 * ~40%`, `| Tests pasando | 538 (100%) |`, an `Antes | Despues` table, and a
 * test file's count after its path (`TranscriptView.test.tsx - 16 тестов`).
 * Labels and nouns are matched as whole words; numbers are read in the
 * block's language (decimal commas where it writes them). English blocks
 * never come here.
 */
import type { ClaimKind, Qualifier, Subject, Tense } from '../model.js';
import type { TextBlock } from '../read/markdown.js';
import { numberSource, parseNumber } from './numbers.js';
import { pathsIn } from './file-subject.js';
import { cleanPath } from './subjects.js';
import { blockLanguage, mayLeaveLanguage } from './language.js';
import { anyDigitRe, cjkLanguages, normaliseNumbers, parseLocalNumber, sourceRange } from './number-forms.js';
import { alternation, wordsByLanguage, type LanguageWords } from './language-words.js';
import { partOf } from './test-subject.js';
import { testsAboveSubtests } from './test-column.js';

/** A figure read in a block of another language than English (here or in localized-counts.ts): where it stands in `block.text` and what it claims. */
export interface LocalizedFigure {
  start: number;
  end: number;
  kind: ClaimKind;
  value: number;
  unit: 'count' | 'percent';
  qualifier: Qualifier;
  precision: number;
  range?: [number, number];
  subject: Subject;
  tense: Tense;
  tenseReason?: string;
}

/** Words that make a count of tests the ones still missing, not the suite: "Tests Faltantes". */
const missingWords = ['faltantes', 'faltan', 'faltando', 'restantes', 'fehlende', 'fehlend', 'manquants', 'manquant', 'em falta'];
/** Headers of the value column of a "metric | value" table. */
const valueHeaders = ['valor', 'valores', 'resultado', 'valeur', 'résultat', 'wert', 'ergebnis', 'estado actual', 'actual'];
/** Words that make a count of tests the ones added, a change: "Tests Adicionales", "nuevos tests". */
const addedWords = ['adicionales', 'nuevos', 'nuevas', 'agregados', 'añadidos', 'novos', 'adicionais', 'nouveaux', 'ajoutés', 'zusätzliche', 'neue', 'hinzugefügt'];
/** Column headers of a before/after table whose rows name the figures: "Despues" (after), "Actual". */
const nowWords = ['despues', 'después', 'ahora', 'actual', 'actuales', 'depois', 'atual', 'agora', 'après', 'maintenant', 'nachher', 'danach', 'aktuell', 'jetzt'];
/** Extra target words of the languages: "Tests Necesarios" (tests needed). */
const neededWords = ['necesarios', 'necesarias', 'necessários', 'nécessaires', 'benötigt'];

/** Words that make a label's figure no count of the suite: missing or added tests. */
const notSuiteWords = [...missingWords, ...addedWords];

/** A language's target words with `neededWords`, and with its before and now words: one array per language, so `hasWord` finds it by identity. */
const targetListOf = new WeakMap<LanguageWords, readonly string[]>();
const rowNamingListOf = new WeakMap<LanguageWords, readonly string[]>();
function targetWords(w: LanguageWords): readonly string[] {
  let list = targetListOf.get(w);
  if (list === undefined) {
    list = [...w.target, ...neededWords];
    targetListOf.set(w, list);
  }
  return list;
}
function rowNamingWords(w: LanguageWords): readonly string[] {
  let list = rowNamingListOf.get(w);
  if (list === undefined) {
    list = [...w.before, ...w.target, ...neededWords, ...nowWords];
    rowNamingListOf.set(w, list);
  }
  return list;
}

/**
 * Compiled expressions by the words of their list (not the array): callers
 * build lists per call (`[...w.target, ...neededWords]`), and a cache by
 * array identity compiled those again for every label and grew without end.
 */
const wordCache = new Map<string, RegExp>();
/**
 * The same expressions by array, for the lists of the word table, which stay
 * the same arrays: joining a list into its key on every call cost more than the test.
 */
const listCache = new WeakMap<readonly string[], RegExp>();

/** Whether `text` holds a phrase of `list` as whole words. */
function hasWord(list: readonly string[], text: string): boolean {
  let re = listCache.get(list);
  if (re === undefined) {
    const key = list.join('\n');
    re = wordCache.get(key);
    if (re === undefined) {
      re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(list)})(?![\\p{L}\\p{N}])`, 'iu');
      wordCache.set(key, re);
    }
    listCache.set(list, re);
  }
  return re.test(text);
}

/**
 * The part of the tests a row of a before/after or value table names besides its test noun and status
 * ("| Tests PFS | 0 | 16 |" counts the PFS tests), as an English row's kind of tests ("| Unit Tests |") does;
 * the whole project when the row names none ("| Tests totales |", "| Tests pasando |").
 */
function rowPart(row: string, w: LanguageWords): Subject {
  const lists = [w.testNouns, w.total, w.passed, w.failed, w.skipped, w.errors, w.before, w.estimated, w.totalRows, nowWords];
  const rest = row.split(/\s+/).filter((word) => !lists.some((list) => hasWord(list, word))).join(' ');
  const part = rest === '' || rest === row ? undefined : partOf(rest);
  return part === undefined ? { scope: 'all' } : { category: part };
}

/** The kind a label, row label or column header names, by its words. */
function labelKind(label: string, w: LanguageWords): ClaimKind | undefined {
  if (hasWord(missingWords, label) || hasWord(addedWords, label)) return undefined;
  if (hasWord(w.passRate, label)) return 'tests.passRate';
  if (hasWord(w.coverage, label)) {
    if (hasWord(w.branches, label)) return 'coverage.branches';
    if (hasWord(w.functions, label)) return 'coverage.functions';
    if (hasWord(w.statements, label)) return 'coverage.statements';
    return 'coverage.lines';
  }
  if (hasWord(w.failed, label)) return 'tests.failed';
  if (hasWord(w.skipped, label)) return 'tests.skipped';
  if (hasWord(w.errors, label)) return 'tests.errors';
  if (hasWord(w.passed, label)) return 'tests.passed';
  if (hasWord(w.total, label) || hasWord(w.testNouns, label)) return 'tests.total';
  return undefined;
}

function tenseOf(text: string, w: LanguageWords): { tense: Tense; tenseReason?: string } {
  if (hasWord(targetWords(w), text)) return { tense: 'target', tenseReason: 'a goal in its label or column' };
  if (hasWord(w.before, text)) return { tense: 'before', tenseReason: 'a value before, by its label or column' };
  return { tense: 'current' };
}

const isRate = (kind: ClaimKind) => kind === 'tests.passRate' || kind.startsWith('coverage.');
const clean = (text: string) => text.replace(/[*`_]/g, '').trim();

/** `~40%`, `538 (100%)`, `10+`, `75%+` as a whole cell, or after a label. */
const quantitySource = String.raw`(?<approx>~|≈|ca\.)?\s*(?<num>${numberSource})(?<plus>\+)?\s*(?<unit>%)?(?<plus2>\+)?(?:\s*\(\s*(?<rate>${numberSource})\s*%\s*\))?`;
const cellRe = new RegExp(String.raw`^\s*${quantitySource}\s*[^\p{L}\p{N}]*$`, 'du');
const labelRe = new RegExp(String.raw`(?:^|[|;]\s*|[-*]\s+)(?<label>\p{L}[\p{L}\s]{1,40}?)\s*:\s*${quantitySource}(?![\d.,]|\s*\p{L})`, 'gdu');

/** The colon of a label, as written or full-width (`normaliseNumbers` widens it). */
const labelColonRe = /[:：]/;

/** The test nouns of the spaced languages other than English that English does not share ("pruebas", "тестов"). */
const otherTestNouns = [...new Set(Object.entries(wordsByLanguage).filter(([language]) => language !== 'en' && !cjkLanguages.has(language)).flatMap(([, w]) => w.testNouns))]
  .filter((noun) => !(wordsByLanguage.en?.testNouns ?? []).includes(noun));
/** A count followed by one of them: the cheap test that lets a block without a label or cell through to `readFileCounts`. */
const otherCountRe = new RegExp(String.raw`\d\+?\s+(?:${alternation(otherTestNouns)})(?![\p{L}\p{N}])`, 'iu');
/** The coverage words of these languages that English does not share ("cobertura", "couverture"). */
const otherCoverageWords = [...new Set(Object.entries(wordsByLanguage).filter(([language]) => language !== 'en' && !cjkLanguages.has(language)).flatMap(([, w]) => w.coverage))]
  .filter((word) => !(wordsByLanguage.en?.coverage ?? []).includes(word));
/** A percentage followed by one of them ("70% cobertura"): lets such a block through to `readCountPhrases`. */
const otherCoverageRe = new RegExp(String.raw`\d\s*%\+?\s*(?:de\s+)?(?:${alternation(otherCoverageWords)})(?![\p{L}\p{N}])`, 'iu');
/** The added words, when they stand around a test noun shared with English ("37 nuevos tests", "37 tests nuevos"). */
const addedAroundTestsRe = new RegExp(String.raw`\d\s+(?:${alternation(addedWords)})\s+\p{L}|\d\s+\p{L}+\s+(?:${alternation(addedWords)})(?![\p{L}\p{N}])`, 'iu');

/** Per language: a count and its test noun, not one a compound noun makes another thing ("5 тестовых файлов" is files). */
const countNounCache = new WeakMap<LanguageWords, RegExp>();
function countNounRe(w: LanguageWords): RegExp {
  let re = countNounCache.get(w);
  if (re === undefined) {
    re = new RegExp(
      String.raw`(?<![\d.,/\p{L}])(?<num>\d+)(?<plus>\+)?\s+(?<noun>${alternation(w.testNouns)})(?![\p{L}\p{N}-])(?!\s+(?:${alternation(w.testCompounds)})(?![\p{L}\p{N}]))`,
      'giud',
    );
    countNounCache.set(w, re);
  }
  return re;
}

type Figure = Omit<LocalizedFigure, 'start' | 'end'>;

/**
 * Every test count, pass rate and coverage figure of one block in a
 * Latin-script language other than English; empty for any other block.
 * `documentLanguage` decides blocks whose own words are too few to tell.
 */
export function latinFigures(block: TextBlock, documentLanguage: string): LocalizedFigure[] {
  // Every figure is read from digits; most blocks have none, and telling their language costs more than this test.
  if (!anyDigitRe.test(block.text)) return [];
  // A figure is read from a whole cell, after a label's colon or as a count with its test noun: other blocks hold none.
  if (!(block.kind === 'cell' && block.context.table !== undefined) && !labelColonRe.test(block.text) && !otherCountRe.test(block.text)
    && !otherCoverageRe.test(block.text) && !addedAroundTestsRe.test(block.text)) return [];
  const context = [block.text, block.context.table?.header ?? '', block.context.table?.row ?? '', block.context.list ?? ''].join(' ');
  // In an English document, a block is in another of these languages only by words English lacks (language.ts).
  if (documentLanguage === 'en' && !mayLeaveLanguage(context, 'en')) return [];
  const language = blockLanguage(context, documentLanguage);
  const w = wordsByLanguage[language];
  if (w === undefined || language === 'en' || cjkLanguages.has(language)) return [];
  const n = normaliseNumbers(block.text, language);
  const out: LocalizedFigure[] = [];
  const push = (start: number, end: number, figure: Figure): void => {
    const [s, e] = sourceRange(n, start, end);
    if (out.some((f) => f.kind === figure.kind && s < f.end && f.start < e)) return;
    out.push({ start: s, end: e, ...figure });
  };
  const emit = (m: RegExpExecArray, kind: ClaimKind, subject: Subject, tense: { tense: Tense; tenseReason?: string }, estimated: boolean): void => {
    const g = m.groups ?? {};
    const idx = m.indices?.groups ?? {};
    if ((g.unit === '%') !== isRate(kind)) return;
    // A number the language leaves ambiguous ("1,234" in German) is no figure.
    const [from, to] = sourceRange(n, idx.num?.[0] ?? m.index, idx.num?.[1] ?? m.index);
    if (parseLocalNumber(block.text.slice(from, to), language) === undefined) return;
    const q = parseNumber(g.num ?? '0');
    const qualifier: Qualifier = g.plus || g.plus2 ? 'atLeast' : g.approx || estimated ? 'approx' : 'exact';
    const start = idx.num?.[0] ?? m.index;
    const end = idx.plus2?.[1] ?? idx.unit?.[1] ?? idx.plus?.[1] ?? idx.num?.[1] ?? start;
    push(start, end, { kind, value: q.value, unit: isRate(kind) ? 'percent' : 'count', qualifier, precision: isRate(kind) ? q.precision : 0, subject, ...tense });
    // "Tests pasando | 538 (100%)": the rate of the passing count.
    if (g.rate !== undefined && kind === 'tests.passed') {
      const at = idx.rate?.[0] ?? end;
      const r = parseNumber(g.rate);
      push(at, (idx.rate?.[1] ?? at) + 1, { kind: 'tests.passRate', value: r.value, unit: 'percent', qualifier: 'exact', precision: r.precision, subject, ...tense });
    }
  };

  const table = block.context.table;
  if (block.kind === 'cell' && table !== undefined) {
    const header = clean(table.header);
    const row = clean(table.row);
    const m = cellRe.exec(n.text);
    if (m && row !== '' && clean(block.text) !== row) {
      // "| Testes | Subtestes |": the tests column numbers the report's own groups of the subtests (figure-subtests reads those).
      const headerKind = hasWord(valueHeaders, header) || testsAboveSubtests(block.columns ?? [], table.header) ? undefined : labelKind(header, w);
      // The row names the figure only under a value header or a before/after/goal header; another column ("Sesion Planeada") says something else.
      const rowNames = hasWord(valueHeaders, header) || hasWord(rowNamingWords(w), header);
      const kind = headerKind ?? (rowNames ? labelKind(row, w) : undefined);
      const subject: Subject = headerKind !== undefined ? { name: row } : kind?.startsWith('tests.') === true ? rowPart(row, w) : { scope: 'all' };
      if (kind !== undefined) emit(m, kind, subject, tenseOf(`${header} ${headerKind === undefined ? row : ''}`, w), hasWord(w.estimated, `${header} ${row}`));
    }
  }

  labelRe.lastIndex = 0;
  for (let m = labelRe.exec(n.text); m; m = labelRe.exec(n.text)) {
    const label = m.groups?.label ?? '';
    if (hasWord(notSuiteWords, label)) continue;
    let kind = labelKind(label, w);
    const tense = tenseOf(label, w);
    if (kind === undefined && tense.tense === 'target') {
      // "Meta: 70%" under "Cobertura Actual:" or in a coverage row: the goal of what the context measures.
      const around = [table?.row ?? '', block.context.list ?? '', block.context.headings[block.context.headings.length - 1] ?? ''].join(' ');
      kind = labelKind(around, w);
    }
    if (kind === undefined) continue;
    emit(m, kind, { scope: 'all' }, tense, hasWord(w.estimated, label));
  }
  readFileCounts(n.text, w, push);
  readCountPhrases(n.text, w, push);
  return out.sort((a, b) => a.start - b.start);
}

/** Per language: a count, its test noun, and the word after it. Groups `num`, `plus`, `pre` (a word before the noun), `noun`, `post`. */
const countPhraseCache = new WeakMap<LanguageWords, RegExp>();
function countPhraseRe(w: LanguageWords): RegExp {
  let re = countPhraseCache.get(w);
  if (re === undefined) {
    re = new RegExp(
      String.raw`(?<![\d.,/\p{L}+-])(?<num>\d+)(?<plus>\+)?[*_]*\s+(?:(?<pre>${alternation(addedWords)})\s+)?(?<noun>${alternation(w.testNouns)})(?![\p{L}\p{N}-])[*_]*(?:\s+(?<post>\p{L}+))?(?:\s*\((?<from>\d+)\s*(?:→|->)\s*(?<to>\d+)\))?`,
      'giud',
    );
    countPhraseCache.set(w, re);
  }
  return re;
}

/** Per language: a percentage and the coverage word after it ("70% cobertura"). Groups `num`, `plus`, `word`. */
const percentCoverageCache = new WeakMap<LanguageWords, RegExp>();
function percentCoverageRe(w: LanguageWords): RegExp {
  let re = percentCoverageCache.get(w);
  if (re === undefined) {
    re = new RegExp(String.raw`(?<![\d.,/+-])(?<num>\d+(?:\.\d+)?)\s*%(?<plus>\+)?\s+(?:de\s+)?(?<word>${alternation(w.coverage)})(?![\p{L}\p{N}])`, 'giud');
    percentCoverageCache.set(w, re);
  }
  return re;
}

/**
 * Counts and rates read as their words run, as English reads "538 tests passing", "37 new tests (501 → 538)" and
 * "70% coverage": a count of tests with the status after it ("538 tests pasando"), a count of tests the work added
 * ("37 nuevos tests", "37 tests nuevos": a change), with the suite before and after it in the parenthesis that
 * follows ("(501 → 538)"), a count of tests under a goal's label ("Meta: Llegar a 556 tests"), and a percentage with
 * the coverage word after it ("70% cobertura"). The tense comes from the line's label and the words right before
 * the figure ("Meta:", "para 70% cobertura"). A count of missing tests ("160 tests faltantes") is none of these.
 */
function readCountPhrases(text: string, w: LanguageWords, push: (start: number, end: number, figure: Figure) => void): void {
  const lineOf = (at: number) => text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  // A goal's label ("Meta: 654 tests") or a goal's words right before the figure ("para 70% cobertura").
  const goalBefore = (lead: string) => (/[:：]/.test(lead) && hasWord(targetWords(w), lead.split(/[:：]/)[0] ?? ''))
    || (w.goalLeads !== undefined && hasWord(w.goalLeads, lead.split(/\s+/).slice(-3).join(' ')));
  const tenseAt = (lead: string): { tense: Tense; tenseReason?: string } =>
    goalBefore(lead) ? { tense: 'target', tenseReason: 'a goal in its label or the words before it' } : { tense: 'current' };
  const all: Subject = { scope: 'all' };
  const phrase = countPhraseRe(w);
  phrase.lastIndex = 0;
  for (let m = phrase.exec(text); m; m = phrase.exec(text)) {
    const g = m.groups ?? {};
    const idx = m.indices?.groups ?? {};
    const start = idx.num?.[0] ?? m.index;
    const nounEnd = idx.noun?.[1] ?? start;
    const value = parseNumber(g.num ?? '0').value;
    const qualifier: Qualifier = g.plus ? 'atLeast' : 'exact';
    const post = g.post ?? '';
    if (hasWord(missingWords, post) || hasWord(w.testCompounds, post)) continue;
    const lead = lineOf(m.index);
    if (g.pre !== undefined || hasWord(addedWords, post)) {
      // "37 nuevos tests (501 → 538)": the tests added, and the suite before and after them.
      push(start, idx.pre !== undefined ? nounEnd : idx.post?.[1] ?? nounEnd, { kind: 'change', value, unit: 'count', qualifier, precision: 0, subject: all, tense: 'current' });
      if (g.from !== undefined && g.to !== undefined) {
        push(idx.from?.[0] ?? start, idx.from?.[1] ?? start, { kind: 'tests.total', value: parseNumber(g.from).value, unit: 'count', qualifier: 'exact', precision: 0, subject: all, tense: 'before', tenseReason: 'the left side of an arrow' });
        push(idx.to?.[0] ?? start, idx.to?.[1] ?? start, { kind: 'tests.total', value: parseNumber(g.to).value, unit: 'count', qualifier: 'exact', precision: 0, subject: all, tense: 'current' });
      }
      continue;
    }
    const status = hasWord(w.failed, post) ? 'tests.failed' : hasWord(w.skipped, post) ? 'tests.skipped' : hasWord(w.passed, post) ? 'tests.passed' : undefined;
    if (status !== undefined) {
      push(start, idx.post?.[1] ?? nounEnd, { kind: status, value, unit: 'count', qualifier, precision: 0, subject: all, ...tenseAt(lead) });
      continue;
    }
    // "Meta: Llegar a 556 tests": the suite's size the goal names.
    const tense = tenseAt(lead);
    if (tense.tense === 'target') push(start, nounEnd, { kind: 'tests.total', value, unit: 'count', qualifier, precision: 0, subject: all, ...tense });
  }
  const percent = percentCoverageRe(w);
  percent.lastIndex = 0;
  for (let m = percent.exec(text); m; m = percent.exec(text)) {
    const idx = m.indices?.groups ?? {};
    const start = idx.num?.[0] ?? m.index;
    const q = parseNumber(m.groups?.num ?? '0');
    push(start, idx.word?.[1] ?? start, {
      kind: labelKind(m.groups?.word ?? '', w) ?? 'coverage.lines', value: q.value, unit: 'percent', qualifier: m.groups?.plus ? 'atLeast' : 'exact',
      precision: q.precision, subject: all, ...tenseAt(lineOf(m.index)),
    });
  }
}

/**
 * A test file's count after its path in a list item or line: "TranscriptView.test.tsx - 16 тестов, все проходят",
 * "T039 - TranscriptView.test.tsx ✅ **СОЗДАН** (16 тестов, 100%)". Only when the text before the count names one
 * file and no other count stands between them: a count of no file, or of several, is the suite's or a part's,
 * which the labels above read when the report labels them.
 */
function readFileCounts(text: string, w: LanguageWords, push: (start: number, end: number, figure: Figure) => void): void {
  const re = countNounRe(w);
  re.lastIndex = 0;
  let from = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = text.slice(from, m.index);
    from = m.index + m[0].length;
    const paths = pathsIn(lead).filter((p) => /\.[A-Za-z]\w*$/.test(p));
    if (paths.length !== 1 || /\d/.test(lead.slice(lead.lastIndexOf(paths[0] as string) + (paths[0] as string).length))) continue;
    const idx = m.indices?.groups ?? {};
    const start = idx.num?.[0] ?? m.index;
    push(start, idx.noun?.[1] ?? from, {
      kind: 'tests.total', value: parseNumber(m.groups?.num ?? '0').value, unit: 'count', qualifier: m.groups?.plus ? 'atLeast' : 'exact', precision: 0,
      subject: { path: cleanPath(paths[0] as string) }, ...tenseOf(lead, w),
    });
  }
}
