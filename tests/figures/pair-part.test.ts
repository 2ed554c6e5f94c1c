/**
 * A step of work on a part's tests or coverage names the part of the coverage
 * pair after it: the words left after its verb, its test nouns and its
 * coverage words. Each report case gives the subject and tense of the claims
 * read from the pair on its last line.
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/commands/claims.js';
import { pairPart } from '../../src/figures/pair-part.js';
import { englishWords } from '../../src/figures/words.js';

const lastLine = (markdown: string) => {
  const line = markdown.split('\n').length;
  return readReport('case.md', markdown).claims.filter((c) => c.position.line === line && c.kind.startsWith('coverage.'))
    .map((c) => ({ value: c.value, tense: c.tense, subject: c.subject }));
};

const plan = (item: string) => `# Test Coverage Expansion - Session Report\n\n## Session Summary\n\n### Remaining Work\n- ${item}`;

describe('pair-part: a step of work names the part of its coverage pair', () => {
  it.each<[string, string, object[]]>([
    ['a plan step with its unit written once (408:481)', plan('Expand scheduler tests (7 → 40%)'),
      [{ value: 7, tense: 'current', subject: { name: 'scheduler' } }, { value: 40, tense: 'target', subject: { name: 'scheduler' } }]],
    ['a plan step of a part of two words (408:484)', plan('Implement IRAQAF parsing tests (11 → 60%)'),
      [{ value: 11, tense: 'current', subject: { name: 'IRAQAF parsing' } }, { value: 60, tense: 'target', subject: { name: 'IRAQAF parsing' } }]],
    ['a step done, its verb after the part (408:473)', '# Coverage Report\n\n### Key Achievements\n- Dashboard coverage increased 5× (5% → 30%)',
      [{ value: 5, tense: 'before', subject: { name: 'Dashboard' } }, { value: 30, tense: 'current', subject: { name: 'Dashboard' } }]],
    // a file named in the step stays the subject (204:285)
    ['a plan step naming its file (204:285)', '# Coverage Report\n\n## Coverage Improvement Plan\n\n- [ ] Add boundary tests to utils.py (92% → 95%)',
      [{ value: 92, tense: 'current', subject: { path: 'utils.py' } }, { value: 95, tense: 'target', subject: { path: 'utils.py' } }]],
  ])('%s', (_, markdown, claims) => {
    expect(lastLine(markdown)).toEqual(claims);
  });

  it.each<[string, string]>([
    // no step: "boost" is a noun here, and "Immediate" no part (w15:310)
    ['a label naming no step (w15:310)', '# Coverage Report\n\n## Next Steps\n\n2. **Cleanup Unused Files**\n   - Immediate coverage boost: 70% → 87%'],
    ['another metric', plan('Raise pass rate (90 → 100%)')],
    ['a plan step in a report not about coverage', '# Session Report\n\n### Remaining Work\n- Expand scheduler tests (7 → 40%)'],
  ])('reads no part: %s', (_, markdown) => {
    expect(lastLine(markdown).filter((c) => 'name' in c.subject)).toEqual([]);
  });

  it.each<[string, string | undefined]>([
    ['Expand scheduler tests', 'scheduler'],
    ['Enhance compliance testing', 'compliance'],
    ['Extend dashboard coverage', 'dashboard'],
    ['Deploy verification testing', 'verification'],
    ['Dashboard coverage increased', 'Dashboard'],
    ['Expand unit tests', undefined],
    ['Improve overall coverage', undefined],
    ['Immediate coverage boost', undefined],
    ['Increase pass rate', undefined],
    ['Expand the documentation', undefined],
  ])('pairPart(%j) = %j', (label, part) => {
    expect(pairPart(label, englishWords)).toBe(part);
  });
});
