import classifier from '../../extractors/figure-coverage-istanbul-row.js';
import { runCases } from '../helpers/extractor-cases.js';

const rule = '------------------------------|---------|----------|---------|---------|\n';
const header = `${rule}File                          | % Stmts | % Branch | % Funcs | % Lines |\n${rule}`;

runCases(classifier, {
  valid: [
    // istanbul's All files row in a plain-text block, under a heading naming the group the run measured (106)
    { markdown: `### Overall Coverage (Frontend)\n\`\`\`\n${header}All files                     |   51.02 |    46.97 |   44.28 |   54.26 |\n\`\`\``, claims: [
      { kind: 'coverage.statements', value: 51.02, subject: { category: 'frontend' }, position: { line: 6, column: 35 } },
      { kind: 'coverage.branches', value: 46.97, subject: { category: 'frontend' } },
      { kind: 'coverage.functions', value: 44.28, subject: { category: 'frontend' } },
      { kind: 'coverage.lines', value: 54.26, subject: { category: 'frontend' } },
    ] },
    // with the Uncovered Line #s column, under a heading naming no group: the whole project's
    { markdown: '### Coverage\n```\nAll files |     100 |      90 |     100 |     100 |                   \n```', claims: [
      { kind: 'coverage.statements', value: 100, subject: { scope: 'all' } },
      { kind: 'coverage.branches', value: 90, subject: { scope: 'all' } },
      { kind: 'coverage.functions', value: 100, subject: { scope: 'all' } },
      { kind: 'coverage.lines', value: 100, subject: { scope: 'all' } },
    ] },
  ],
  invalid: [
    // a file row: istanbul writes it relative to the folder row above it
    `\`\`\`\n${header} LoginPage.js                 |     100 |       90 |     100 |     100 |\n\`\`\``,
    // three columns only, or a first cell that is not the tool's
    '```\nAll files |   51.02 |    46.97 |   44.28 |\n```',
    '```\nTotal     |   51.02 |    46.97 |   44.28 |   54.26 |\n```',
    // a qualified figure is no tool output
    '```\nAll files |  ~51.02 |    46.97 |   44.28 |   54.26 |\n```',
  ],
});
