/**
 * The table runner for extractors, in the manner of ESLint's RuleTester:
 * each extractor's test lists positive cases (markdown → the claims it must
 * yield) and negative cases (markdown → no claim of its kinds), and the
 * tables themselves are checked.
 */
import { describe, expect, it } from 'vitest';
import type { Extractor } from '../../src/commands/claims.js';
import { extractClaimsWith } from '../../src/commands/claims.js';
import type { FigureClassifier } from '../../src/figures/classify.js';
import type { Claim } from '../../src/model.js';

export interface PositiveCase {
  markdown: string;
  /** Each listed claim must be found (fields compared as given); no other claim may be. */
  claims: Array<Partial<Claim>>;
}

export interface CaseTable {
  valid: PositiveCase[];
  /** Markdown in which the extractor must find nothing. */
  invalid: string[];
}

/**
 * The claims `unit` reads in `markdown`: an extractor's, or a figure classifier's over the figures; with
 * `alongside`, the classifiers that took over some of an extractor's phrasings read with it.
 */
function claimsOf(unit: Extractor | FigureClassifier, markdown: string, alongside: readonly FigureClassifier[] = []): Claim[] {
  return 'classify' in unit ? extractClaimsWith('case.md', markdown, { only: [], classifiers: [unit] }) : extractClaimsWith('case.md', markdown, { only: [unit], classifiers: alongside });
}

/** Run `table` against `extractor` (or figure classifier) alone, or with the classifiers `alongside` it. */
export function runCases(extractor: Extractor | FigureClassifier, table: CaseTable, alongside: readonly FigureClassifier[] = []): void {
  describe(`extractor ${extractor.id}`, () => {
    it('has at least one positive and one negative case, none repeated', () => {
      expect(table.valid.length).toBeGreaterThan(0);
      expect(table.invalid.length).toBeGreaterThan(0);
      const all = [...table.valid.map((c) => c.markdown), ...table.invalid];
      expect(new Set(all).size).toBe(all.length);
    });
    for (const testCase of table.valid) {
      it(`finds ${JSON.stringify(testCase.markdown).slice(0, 90)}`, () => {
        const claims = claimsOf(extractor, testCase.markdown, alongside);
        expect(claims).toHaveLength(testCase.claims.length);
        testCase.claims.forEach((expected, i) => expect(claims[i]).toMatchObject(expected));
        for (const claim of claims) {
          // A position points at the claim's own text in the source.
          expect(testCase.markdown.slice(claim.position.offset).replace(/\s+/g, ' ')).toContain(claim.text.slice(0, 1));
        }
      });
    }
    for (const markdown of table.invalid) {
      it(`finds nothing in ${JSON.stringify(markdown).slice(0, 90)}`, () => {
        expect(claimsOf(extractor, markdown, alongside)).toEqual([]);
      });
    }
  });
}
