import classifier from '../../extractors/figure-coverage-tool-row.js';
import { runCases } from '../helpers/extractor-cases.js';

const header = 'Name                     Stmts   Miss  Cover   Missing\n------------------------------------------------------\n';

runCases(classifier, {
  valid: [
    // a row of coverage.py's text report in a plain-text block: the file's coverage (103)
    { markdown: `\`\`\`\n${header}pkg/config.py              200     22  89.00%   54, 58, 89-92\n\`\`\``, claims: [{ kind: 'coverage.lines', value: 89, subject: { path: 'pkg/config.py' }, position: { line: 4, column: 40 } }] },
    // the TOTAL row is the whole project's
    { markdown: '```\nTOTAL                     2962    466  84.27%\n```', claims: [{ kind: 'coverage.lines', value: 84.27, subject: { scope: 'all' } }] },
    // with --branch: Branch and BrPart columns before Cover
    { markdown: '```\npkg/calc.py                 15      2      6      0    90%   12-13\n```', claims: [{ kind: 'coverage.lines', value: 90, subject: { path: 'pkg/calc.py' } }] },
    // a broken fence leaves the rows as a paragraph: still the tool's rows
    { markdown: 'pkg/models.py               260     35  86.54%   27, 31\npkg/utils.py                 67     26  61.19%', claims: [
      { kind: 'coverage.lines', value: 86.54, subject: { path: 'pkg/models.py' } },
      { kind: 'coverage.lines', value: 61.19, subject: { path: 'pkg/utils.py' } },
    ] },
  ],
  invalid: [
    // a name that is no source file, and more misses than statements
    '```\nDashboard                   200     22  89.00%\n```',
    '```\npkg/config.py                20     22  89.00%\n```',
    // words after the percentage: no coverage.py row
    '```\npkg/config.py               200     22  89.00% of the budget\n```',
    // one count only, or a figure with a qualifier
    '```\npkg/config.py               200  89.00%\n```',
    '```\npkg/config.py               200     22  ~89%\n```',
  ],
});
