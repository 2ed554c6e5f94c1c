import type { Figure } from '../src/model.js';
import type { Classification, FigureClassifier } from '../src/figures/classify.js';
import { scoreLabelWords, scoreWords } from '../src/figures/score-subject.js';
import { totalRowLabelRe } from '../src/check/relation-forms.js';
import { changeMarks, changeWords, findWord, hasWord, remarkColumns, type Words } from '../src/figures/words.js';

/** The top of a scorecard's scale: categories are scored out of 5 or 10 points. */
const pointsScaleTop = 10;

/** Test nouns that name a row's own kind of figure; "Testing" also names a scorecard's category. */
const testWords = (words: Words): readonly string[] => words.testNouns.filter((w) => w !== 'testing');

/**
 * A category's points in a scorecard table whose cells are bare numbers
 * with decimals (`| **2. Secrets & Configuration** | 1.0 | 3.5 | **+2.5** |`
 * under "## Score Changes Summary"): the table's caption or heading names a
 * score, the figure is written with its decimals as points are ("1.0", not a
 * count like "215"), nothing is counted after it, and its column is neither
 * a change nor a remark. Its tense is its column's (Previous → before,
 * Updated → current); its subject the category of the row, without its list
 * number.
 */
function classify(figure: Figure, words: Words): Classification | undefined {
  const c = figure.context;
  const table = c.table;
  if (!table || figure.unit !== 'count' || figure.of !== undefined || figure.precision < 1 || c.noun !== undefined || c.sign !== undefined) return undefined;
  const header = table.header;
  if (findWord(header, changeWords) !== undefined || changeMarks.some((m) => header.includes(m)) || findWord(header, remarkColumns) !== undefined) return undefined;
  const named = [header, table.caption ?? '', ...c.headings.slice(-1)].some((t) => hasWord(t, scoreWords));
  // The sum row is the total extractor's: the column's total, not a category.
  if (!named || totalRowLabelRe.test(table.row.replace(/^\W+/, ''))) return undefined;
  const category = scoreLabelWords(table.row);
  // A row about tests holds a figure of its own kind, not points; so does a row about coverage, unless its figure is
  // on a scorecard's scale ("| **8. Testing Coverage** | 0.0 | 2.5 |" among categories scored out of 5): above it, a
  // coverage row's bare decimal is a percentage written without its sign ("| Test coverage | 40.5 | 60.5 |").
  const ownKindWords = figure.value > pointsScaleTop ? [...words.coverage, ...testWords(words)] : testWords(words);
  if (!/\p{L}/u.test(category) || findWord(category, ownKindWords) !== undefined) return undefined;
  return { kind: 'score', subject: { category } };
}

export default {
  id: 'figure-score-columns',
  description: 'Points of a category in a scorecard table of bare decimals: "| **2. Secrets & Configuration** | 1.0 | 3.5 |" under a score heading.',
  kinds: ['score'],
  classify,
} satisfies FigureClassifier;
