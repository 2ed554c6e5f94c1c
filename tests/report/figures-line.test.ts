import { describe, expect, it } from 'vitest';
import { figuresLine } from '../../src/report/options.js';
import { summarize, type ReportResult, type Verdict, type VerifyResult } from '../../src/model.js';

const none: Record<Verdict, number> = { confirmed: 0, consistent: 0, contradicted: 0, unverifiable: 0, skipped: 0, error: 0 };
const result = (reports: ReportResult[]): VerifyResult => ({ version: 1, repo: '.', reports, summary: summarize(reports) });

describe('figuresLine', () => {
  const cases: Array<{ name: string; reports: ReportResult[]; line: string }> = [
    {
      name: 'figures by the verdict that decides each: the parts add up to the figures',
      reports: [{ file: 'a.md', findings: [], figures: { found: 10, unclaimed: 3, claimed: { ...none, confirmed: 4, contradicted: 1, consistent: 1, skipped: 1 } } }],
      line: '10 figures: 5 claims checked (4 confirmed, 1 contradicted), 1 consistent (adds up within the report; not measured), 0 unverifiable, 4 not claims',
    },
    {
      name: 'two reports add up, and errors are named',
      reports: [
        { file: 'a.md', findings: [], figures: { found: 2, unclaimed: 0, claimed: { ...none, error: 2 } } },
        { file: 'b.md', findings: [], figures: { found: 3, unclaimed: 1, claimed: { ...none, unverifiable: 2 } } },
      ],
      line: '5 figures: 0 claims checked (0 confirmed, 0 contradicted), 2 unverifiable, 2 errors, 1 not claim',
    },
    {
      name: 'claims of no figure follow, when any was checked',
      reports: [{ file: 'a.md', findings: [], figures: { found: 1, unclaimed: 0, claimed: { ...none, confirmed: 1 }, withoutFigure: { ...none, contradicted: 1, unverifiable: 2, skipped: 1 } } }],
      line: '1 figure: 1 claim checked (1 confirmed, 0 contradicted), 0 unverifiable, 0 not claims; 3 claims of no figure (a path, a name): 1 contradicted, 2 unverifiable',
    },
    {
      name: 'only skipped claims of no figure: nothing follows',
      reports: [{ file: 'a.md', findings: [], figures: { found: 0, unclaimed: 0, claimed: none, withoutFigure: { ...none, skipped: 2 } } }],
      line: '0 figures: 0 claims checked (0 confirmed, 0 contradicted), 0 unverifiable, 0 not claims',
    },
    {
      name: 'a result of an older claimcheck, without figures by verdict: findings are counted',
      reports: [{ file: 'a.md', findings: [], figures: { found: 4, unclaimed: 1 } }],
      line: '4 figures: 0 claims checked (0 confirmed, 0 contradicted), 0 unverifiable, 1 not claim',
    },
  ];
  it.each(cases)('$name', ({ reports, line }) => {
    expect(figuresLine(result(reports))).toBe(line);
  });
});
