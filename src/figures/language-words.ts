/**
 * The words a figure classifier reads, as data: one table keyed by language
 * (BCP 47 primary tag). English and Chinese (simplified and traditional forms
 * side by side) are complete; Spanish, Portuguese, French, German, Russian,
 * Japanese and Korean hold the core words. Russian nouns are listed in the
 * forms a numeral takes (1 тест, 2–4 теста, 5+ тестов) and in the plural of
 * a label ("тесты"). A new synonym or language changes this
 * table and its test, never a classifier. Lists are lower case; CJK entries
 * match as substrings (those scripts put no spaces between words), Latin
 * entries as whole words.
 */

import { escapeRegExp } from './words.js';

/** The word lists of one language. */
export interface LanguageWords {
  /** Nouns that name tests: "tests", "测试", "pruebas". */
  testNouns: readonly string[];
  /** Status words and labels of a test count, by the kind they give. */
  passed: readonly string[];
  failed: readonly string[];
  skipped: readonly string[];
  errors: readonly string[];
  /** Labels and words that make a count of tests the whole suite: "total", "测试总数". */
  total: readonly string[];
  /** Labels of a pass rate: "pass rate", "通过率". */
  passRate: readonly string[];
  /** The word for coverage, and the coverage metrics. */
  coverage: readonly string[];
  lines: readonly string[];
  branches: readonly string[];
  functions: readonly string[];
  statements: readonly string[];
  /** Nouns of files: "files", "文件". */
  files: readonly string[];
  /** Words that make a figure a goal, a value before, an estimate. */
  target: readonly string[];
  before: readonly string[];
  estimated: readonly string[];
  /** Nouns right after a test noun that make it another thing: "test files", "测试文件". */
  testCompounds: readonly string[];
  /** Row labels meaning "all of it": "total", "总计". */
  totalRows: readonly string[];
  /** Words between a count's counter and its test noun that make them new tests: "9 个新测试" ("9 new tests"). */
  fresh?: readonly string[];
  /** Words right before a figure that make it a goal to reach: "para 70% cobertura", "llegar a 556 tests" (English: goalLeadWords of words.ts). */
  goalLeads?: readonly string[];
  /** Words that name the repository's root folder: "root directory", "根目录". */
  rootFolder?: readonly string[];
  /** Words between a count and the count it became, besides an arrow: "40 files to 9 files", "从40+文件降至9个文件". */
  becameWords?: readonly string[];
}

/** Every list a language must fill: the core of issue 24. */
export const coreLists: ReadonlyArray<keyof LanguageWords> = [
  'testNouns', 'passed', 'failed', 'skipped', 'total', 'coverage', 'lines', 'files', 'target', 'before', 'estimated',
];

export const wordsByLanguage: Readonly<Record<string, LanguageWords>> = {
  en: {
    testNouns: ['test', 'tests', 'test case', 'test cases', 'spec', 'specs'],
    passed: ['passed', 'passing', 'pass', 'passes', 'green', 'succeeded'],
    failed: ['failed', 'failing', 'fail', 'failures', 'failure', 'broken'],
    skipped: ['skipped', 'skip', 'pending', 'ignored', 'todo', 'disabled'],
    errors: ['errors', 'error', 'errored'],
    total: ['total', 'total tests', 'tests', 'overall'],
    passRate: ['pass rate', 'success rate', 'passing rate'],
    coverage: ['coverage', 'covered'],
    lines: ['lines', 'line'],
    branches: ['branches', 'branch'],
    functions: ['functions', 'function', 'methods'],
    statements: ['statements', 'statement', 'stmts'],
    files: ['files', 'file'],
    target: ['target', 'goal', 'threshold', 'required', 'objective'],
    before: ['before', 'baseline', 'previous', 'original', 'initial', 'was'],
    estimated: ['estimated', 'estimate', 'projected', 'expected', 'approx'],
    testCompounds: ['files', 'suites', 'modules', 'frameworks', 'plans', 'reports'],
    totalRows: ['total', 'totals', 'overall', 'all', 'summary'],
    rootFolder: ['root directory', 'root folder', 'root dir', 'repository root', 'repo root', 'project root'],
    becameWords: ['to', 'down to'],
  },
  zh: {
    testNouns: ['测试用例', '測試用例', '测试', '測試', '用例', '单元测试', '單元測試'],
    passed: ['通过', '通過', '测试通过', '測試通過', '通过数', '通過數', '已通过', '已通過', '成功', '通过的测试'],
    failed: ['失败', '失敗', '测试失败', '測試失敗', '失败数', '失敗數', '未通过', '未通過', '失败的测试'],
    skipped: ['跳过', '跳過', '忽略', '跳过数', '跳過數', '测试跳过', '测试忽略'],
    errors: ['错误', '錯誤', '测试错误', '測試錯誤', '错误数'],
    total: ['测试总数', '測試總數', '总测试数', '總測試數', '测试数', '測試數', '测试数量', '總用例數', '总用例数', '用例总数', '测试用例数', '测试用例总数'],
    passRate: ['通过率', '通過率', '测试通过率', '測試通過率', '总通过率', '總通過率', '成功率', '核心功能通过率'],
    coverage: ['覆盖率', '覆蓋率', '代码覆盖率', '程式碼覆蓋率', '代碼覆蓋率', '测试覆盖率', '測試覆蓋率', '总覆盖率', '整体覆盖率', '总体覆盖率', '覆盖'],
    lines: ['行覆盖率', '行覆蓋率', '行'],
    branches: ['分支覆盖率', '分支覆蓋率', '分支'],
    functions: ['函数覆盖率', '函數覆蓋率', '函数', '函數'],
    statements: ['语句覆盖率', '語句覆蓋率', '语句', '語句'],
    files: ['文件', '檔案', '文件数'],
    target: ['目标', '目標', '门禁', '門禁', '阈值', '閾值', '要求', '期望'],
    before: ['原', '之前', '修复前', '修復前', '升级前', '升級前', '基线', '基線', '此前', '改进前'],
    estimated: ['预估', '預估', '预计', '預計', '估算', '估计', '估計', '约', '約'],
    testCompounds: ['文件', '檔案', '套件', '模块', '模組', '目录', '目錄', '框架', '代码', '代碼', '覆盖', '覆蓋', '报告', '報告', '计划', '計劃', '环境', '環境', '数据', '數據', '用时', '时间', '時間', '类别', '類別', '工具', '脚本', '腳本', '方法'],
    totalRows: ['总计', '總計', '合计', '合計', '总体', '總體', '整体', '整體', '项目整体', '專案整體', '全部', '总数', '總數'],
    fresh: ['新增的', '新增', '新的', '新'],
    rootFolder: ['根目录', '根目錄'],
    becameWords: ['降至', '降到', '减少到', '減少到', '减至', '減至', '减少至', '到'],
  },
  es: {
    testNouns: ['prueba', 'pruebas', 'test', 'tests', 'caso de prueba', 'casos de prueba'],
    passed: ['pasando', 'pasan', 'pasadas', 'aprobadas', 'exitosas', 'exitosos', 'superadas'],
    failed: ['fallando', 'fallan', 'fallidas', 'fallidos', 'fallos', 'falladas'],
    skipped: ['omitidas', 'omitidos', 'saltadas', 'ignoradas', 'pendientes'],
    errors: ['errores', 'error'],
    total: ['total', 'totales', 'existentes', 'total de pruebas', 'tests totales'],
    passRate: ['tasa de éxito', 'tasa de aprobación', 'porcentaje de éxito'],
    coverage: ['cobertura', 'cobertura de código', 'cobertura estimada'],
    lines: ['líneas', 'lineas', 'línea', 'linea'],
    branches: ['ramas', 'rama'],
    functions: ['funciones', 'función', 'funcion'],
    statements: ['sentencias', 'instrucciones'],
    files: ['archivos', 'ficheros', 'archivo'],
    target: ['meta', 'objetivo', 'umbral', 'requerido'],
    before: ['antes', 'anterior', 'original', 'inicial', 'línea base'],
    estimated: ['estimada', 'estimado', 'estimación', 'aproximadamente', 'previsto'],
    testCompounds: ['archivos', 'suites', 'módulos'],
    totalRows: ['total', 'totales'],
    goalLeads: ['para', 'llegar a', 'alcanzar', 'hasta'],
    rootFolder: ['directorio raíz', 'directorio raiz', 'carpeta raíz', 'carpeta raiz', 'raíz del repositorio'],
    becameWords: ['a'],
  },
  pt: {
    testNouns: ['teste', 'testes', 'caso de teste', 'casos de teste'],
    passed: ['passando', 'passaram', 'aprovados', 'sucesso', 'passou'],
    failed: ['falhando', 'falharam', 'falhas', 'falhos', 'reprovados'],
    skipped: ['ignorados', 'pulados', 'pendentes'],
    errors: ['erros', 'erro'],
    total: ['total', 'totais', 'total de testes'],
    passRate: ['taxa de sucesso', 'taxa de aprovação'],
    coverage: ['cobertura', 'cobertura de código'],
    lines: ['linhas', 'linha'],
    branches: ['ramos', 'ramificações', 'branches'],
    functions: ['funções', 'função'],
    statements: ['instruções', 'declarações'],
    files: ['arquivos', 'ficheiros', 'arquivo'],
    target: ['meta', 'objetivo', 'alvo', 'limite'],
    before: ['antes', 'anterior', 'original', 'inicial'],
    estimated: ['estimada', 'estimado', 'estimativa', 'aproximadamente', 'previsto'],
    testCompounds: ['arquivos', 'suítes', 'módulos'],
    totalRows: ['total', 'totais'],
  },
  fr: {
    testNouns: ['test', 'tests', 'cas de test'],
    passed: ['réussis', 'réussi', 'passés', 'passent', 'succès'],
    failed: ['échoués', 'échoué', 'échecs', 'échouent', 'en échec'],
    skipped: ['ignorés', 'sautés', 'en attente'],
    errors: ['erreurs', 'erreur'],
    total: ['total', 'totaux', 'total des tests'],
    passRate: ['taux de réussite', 'taux de succès'],
    coverage: ['couverture', 'couverture de code'],
    lines: ['lignes', 'ligne'],
    branches: ['branches', 'branche'],
    functions: ['fonctions', 'fonction'],
    statements: ['instructions', 'déclarations'],
    files: ['fichiers', 'fichier'],
    target: ['objectif', 'cible', 'seuil', 'requis'],
    before: ['avant', 'précédent', 'initial', 'référence'],
    estimated: ['estimée', 'estimé', 'estimation', 'environ', 'prévu'],
    testCompounds: ['fichiers', 'suites', 'modules'],
    totalRows: ['total', 'totaux'],
  },
  de: {
    testNouns: ['test', 'tests', 'testfall', 'testfälle'],
    passed: ['bestanden', 'erfolgreich', 'grün'],
    failed: ['fehlgeschlagen', 'fehlerhaft', 'rot'],
    skipped: ['übersprungen', 'ignoriert', 'ausstehend'],
    errors: ['fehler'],
    total: ['gesamt', 'insgesamt', 'summe', 'tests gesamt'],
    passRate: ['erfolgsquote', 'bestehensquote'],
    coverage: ['abdeckung', 'testabdeckung', 'codeabdeckung'],
    lines: ['zeilen', 'zeile', 'zeilenabdeckung'],
    branches: ['zweige', 'zweig', 'branches'],
    functions: ['funktionen', 'funktion'],
    statements: ['anweisungen', 'anweisung'],
    files: ['dateien', 'datei'],
    target: ['ziel', 'zielwert', 'schwelle', 'schwellenwert', 'erforderlich'],
    before: ['vorher', 'davor', 'zuvor', 'ausgangswert', 'bisher'],
    estimated: ['geschätzt', 'schätzung', 'ca.', 'etwa', 'erwartet'],
    testCompounds: ['dateien', 'suiten', 'module'],
    totalRows: ['gesamt', 'summe', 'insgesamt'],
  },
  ru: {
    testNouns: ['тест', 'теста', 'тестов', 'тесты', 'тест-кейс', 'тест-кейса', 'тест-кейсов'],
    passed: ['пройдено', 'пройден', 'пройдены', 'проходят', 'проходит', 'прошли', 'прошло', 'успешно', 'успешных'],
    failed: ['провалено', 'провал', 'провала', 'провалов', 'провалены', 'упало', 'упали', 'неудачных'],
    skipped: ['пропущено', 'пропущен', 'пропущены', 'пропущенных'],
    errors: ['ошибка', 'ошибки', 'ошибок'],
    total: ['всего', 'итого', 'всего тестов', 'общее количество'],
    passRate: ['процент прохождения', 'прохождение', 'успешность'],
    coverage: ['покрытие', 'покрытия', 'общее покрытие'],
    lines: ['строка', 'строки', 'строк'],
    branches: ['ветви', 'ветвей', 'ветки', 'веток'],
    functions: ['функции', 'функций', 'функция'],
    statements: ['операторы', 'операторов', 'инструкции', 'инструкций'],
    files: ['файл', 'файла', 'файлов', 'файлы'],
    target: ['цель', 'целевое', 'целевой', 'порог', 'требуется'],
    before: ['было', 'ранее', 'исходно', 'прежде'],
    estimated: ['оценка', 'примерно', 'ожидается', 'около'],
    testCompounds: ['файл', 'файла', 'файлов', 'файлы', 'набор', 'набора', 'наборов', 'модуля', 'модулей'],
    totalRows: ['итого', 'всего'],
  },
  ja: {
    testNouns: ['テスト', 'テストケース', '試験'],
    passed: ['成功', '合格', 'パス', '通過'],
    failed: ['失敗', '不合格', 'エラー'],
    skipped: ['スキップ', '保留', '無視'],
    errors: ['エラー'],
    total: ['合計', '総数', 'テスト数', 'テストケース数', '総テスト数', '全体'],
    passRate: ['成功率', '合格率', 'パス率'],
    coverage: ['カバレッジ', 'コードカバレッジ', '網羅率'],
    lines: ['行', '行カバレッジ'],
    branches: ['分岐', 'ブランチ'],
    functions: ['関数'],
    statements: ['ステートメント', '命令'],
    files: ['ファイル'],
    target: ['目標', '閾値', '必須'],
    before: ['以前', '変更前', '前回', '従来'],
    estimated: ['推定', '見込み', '予想', '約'],
    testCompounds: ['ファイル', 'スイート', 'モジュール'],
    totalRows: ['合計', '全体', '総計'],
    fresh: ['新規', '新しい', '新'],
  },
  ko: {
    testNouns: ['테스트', '테스트 케이스'],
    passed: ['통과', '성공'],
    failed: ['실패'],
    skipped: ['건너뜀', '스킵', '무시'],
    errors: ['오류', '에러'],
    total: ['전체', '총', '합계', '테스트 수'],
    passRate: ['통과율', '성공률'],
    coverage: ['커버리지', '코드 커버리지', '적용 범위'],
    lines: ['라인', '줄'],
    branches: ['분기', '브랜치'],
    functions: ['함수'],
    statements: ['구문', '문장'],
    files: ['파일'],
    target: ['목표', '임계값', '필수'],
    before: ['이전', '변경 전', '기존'],
    estimated: ['예상', '추정', '약'],
    testCompounds: ['파일', '스위트', '모듈'],
    totalRows: ['합계', '전체', '총계'],
  },
};

/** The words of `language`, English when claimcheck knows no words of it. */
export function wordsFor(language: string): LanguageWords {
  return wordsByLanguage[language] ?? (wordsByLanguage.en as LanguageWords);
}

/** `list` longest first, escaped as a regular-expression alternation. */
export function alternation(list: readonly string[]): string {
  return [...list].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}
