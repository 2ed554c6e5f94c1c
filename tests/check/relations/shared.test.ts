/**
 * The helpers every relation shares: the claim-by-claim walk, a sum of parts
 * judged against its total, the agreeing claims of a line, the section of a
 * line.
 */
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import { extractClaims } from '../../../src/commands/claims.js';
import { sectionAt, sectionsOf } from '../../../src/read/report-structure.js';
import { agreeingOnLine, ascending, eachClaim, exactCount, partsOfTotal, sumOf, viewsOf } from '../../../src/check/relations/shared.js';

const md = ['# Tests', '', '- 12 passed, 3 failed', '- Total: 15 tests', '', '## Coverage', '', 'Coverage: 80%'].join('\n');
const claims = extractClaims('report.md', md);

describe('eachClaim', () => {
  it('gives each judgement its claim\'s index and figure unless it names its own, in the claims\' order', () => {
    const judged = eachClaim(claims, (claim, index) => {
      if (index === 0) return { readings: [], lines: [1] };
      if (index === 1) return [{ readings: [], lines: [2] }, { index: 0, stated: exactCount(7), readings: [], lines: [3] }];
      return undefined;
    });
    expect(judged.map((j) => [j.index, j.stated.value, j.lines[0]])).toEqual([
      [0, Number(claims[0]?.value), 1],
      [1, Number(claims[1]?.value), 2],
      [0, 7, 3],
    ]);
  });

  it('says nothing when no claim is answered', () => {
    expect(eachClaim(claims, () => undefined)).toEqual([]);
    expect(eachClaim(claims, () => [])).toEqual([]);
  });
});

describe('partsOfTotal', () => {
  const parts = (...ns: number[]) => sumOf(ns.map(exactCount));
  const cases: Array<{ name: string; total: number; parts: number[]; complete: boolean; excess?: boolean; judged: boolean }> = [
    { name: 'parts that add up are judged', total: 15, parts: [12, 3], complete: false, judged: true },
    { name: 'a shortfall of a selection is not', total: 20, parts: [12, 3], complete: false, judged: false },
    { name: 'a shortfall of the whole breakdown is', total: 20, parts: [12, 3], complete: true, judged: true },
    { name: 'an excess is', total: 10, parts: [12, 3], complete: false, judged: true },
    { name: 'an excess is not when excess is off', total: 10, parts: [12, 3], complete: false, excess: false, judged: false },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const judged = partsOfTotal(4, exactCount(c.total), parts(...c.parts), [1, 2], { complete: c.complete, ...(c.excess === undefined ? {} : { excess: c.excess }) });
      expect(judged !== undefined).toBe(c.judged);
      if (judged) expect(judged).toMatchObject({ index: 4, stated: { value: c.total }, lines: [1, 2] });
    });
  }
});

describe('agreeingOnLine', () => {
  it('gives the claims of a line that agree', () => {
    const found = agreeingOnLine(claims, 4, (c) => c.unit === 'count');
    expect(found?.map(({ claim }) => claim.value)).toEqual([15]);
  });
  it('gives nothing for a line without such claims, or whose claims disagree', () => {
    expect(agreeingOnLine(claims, 2, () => true)).toBeUndefined();
    expect(agreeingOnLine(claims, 3, (c) => c.unit === 'count')).toBeUndefined();
  });
});

describe('sectionAt', () => {
  const tree = unified().use(remarkParse).parse(md) as Root;
  const sections = sectionsOf(tree);
  const cases: Array<[number, string | undefined]> = [[1, 'Tests'], [4, 'Tests'], [6, 'Coverage'], [8, 'Coverage']];
  for (const [line, heading] of cases) {
    it(`line ${line} lies in ${heading}`, () => expect(sectionAt(sections, line)?.text).toBe(heading));
  }
  it('nothing before the first heading', () => {
    const later = sectionsOf(unified().use(remarkParse).parse('text\n\n# A\n') as Root);
    expect(sectionAt(later, 1)).toBeUndefined();
  });
});

describe('viewsOf', () => {
  it('reads the lines, sections and tables of a report once, for every relation', () => {
    const source = '# A\n\n| x | n |\n|---|---|\n| a | 1 |\n';
    const tree = unified().use(remarkParse).use(remarkGfm).parse(source) as Root;
    const views = viewsOf({ source, tree });
    expect(views.lines[0]).toBe('# A');
    expect(views.sections.map((s) => s.text)).toEqual(['A']);
    expect(views.tables.map((t) => t.header)).toEqual([['x', 'n']]);
    expect(viewsOf({ source, tree })).toBe(views);
    expect(viewsOf({ source, tree }).tables).toBe(views.tables);
  });
  it('another report, other views', () => {
    const source = 'no heading\n';
    const views = viewsOf({ source, tree: unified().use(remarkParse).parse(source) as Root });
    expect(views.sections).toEqual([]);
    expect(views.tables).toEqual([]);
  });
});

describe('ascending', () => {
  it('distinct lines in order', () => expect(ascending([5, 2, 5, 1])).toEqual([1, 2, 5]));
});
