/**
 * One report, two whole-project coverages: "| **Overall Coverage** |
 * **65.28%** |" in the summary and "53.60% coverage, 335/625 lines covered"
 * and "The 53.60% overall coverage number" further down. The statements
 * that take part say they are of the whole: the word "overall" on the line,
 * or the figure given with its line counts ("335/625 lines"), with no
 * heading above naming a part (a path, a package, "Backend"). Only exact
 * current figures of one metric take part; the words of a past value on the
 * line or in its headings put it aside.
 *
 * When one value is stated on more lines than any other, the lines stating
 * another are the ones flagged, each with the lines it disagrees with; when
 * no value has the majority, every line is.
 */
import type { Claim } from '../../model.js';
import { intervalOf, overlaps, showFigure } from '../arithmetic.js';
import type { RelationJudgement, ReportRelation } from './types.js';
import { figureOf, reading, showLines } from './shared.js';
import { pastWords } from './one-subject-two-values.js';
import { hasWord } from '../../figures/words.js';

/** Words that make a coverage the whole project's. */
export const wholeWords = ['overall'] as const;
/** Words of a heading that names a part of the project: its coverage is the part's. */
export const partWords = ['backend', 'frontend', 'client', 'server', 'api', 'web', 'mobile', 'ios', 'android', 'cli', 'package', 'packages', 'module', 'modules', 'service', 'services', 'crate', 'crates', 'library', 'lib'] as const;
/** A figure with its line counts: "335/625 lines", "(182 / 259 lines)". */
const lineCountsRe = /\b\d[\d,]*\s*\/\s*\d[\d,]*\s+lines\b/i;
/** A heading naming a file, folder or identifier: "vectro_cli/src/lib.rs", "`api`". */
const identifierRe = /[`/]|\w[._]\w/;
const pastRe = new RegExp(String.raw`\b(?:${pastWords.join('|')})\b`, 'i');

const namesPart = (heading: string) => identifierRe.test(heading) || hasWord(heading, partWords);

/** Whether `claim` is a whole-project coverage this relation compares. */
function takesPart(claim: Claim, line: string): boolean {
  if (!claim.kind.startsWith('coverage.') || claim.unit !== 'percent' || claim.tense !== 'current' || claim.qualifier !== 'exact') return false;
  if (!('scope' in claim.subject) || claim.context.checked === false || typeof claim.value !== 'number') return false;
  if (pastRe.test(line) || claim.context.headings.some((h) => pastRe.test(h) || namesPart(h))) return false;
  return hasWord(line, wholeWords) || lineCountsRe.test(line);
}

/** The metric as a reader names it: "line coverage", "branch coverage". */
const metricNames: Readonly<Record<string, string>> = { lines: 'line', statements: 'statement', branches: 'branch', functions: 'function' };
const says = (claim: Claim) => {
  const metric = claim.kind.replace('coverage.', '');
  return `${showFigure(figureOf(claim), '%')} overall ${metricNames[metric] ?? metric} coverage`;
};

export default {
  id: 'overall-coverage-two-values',
  description: 'Two different whole-project coverages of one metric stated as current in one report: the lines that disagree with the rest.',
  judge({ claims, source }) {
    const lines = source.split('\n');
    const byKind = new Map<string, Array<{ claim: Claim; index: number }>>();
    claims.forEach((claim, index) => {
      if (!takesPart(claim, (lines[claim.position.line - 1] ?? '').replace(/[*_]/g, ''))) return;
      const group = byKind.get(claim.kind) ?? [];
      // A line states its figure once: a second claim of it (a table's total read twice) adds nothing.
      if (!group.some((g) => g.claim.position.line === claim.position.line)) group.push({ claim, index });
      byKind.set(claim.kind, group);
    });
    const out: RelationJudgement[] = [];
    for (const group of byKind.values()) {
      // Figures that can read as each other are one value ("65.3%" and "65.28%").
      const clusters: Array<typeof group> = [];
      for (const member of group) {
        const iv = intervalOf(figureOf(member.claim));
        const cluster = clusters.find((c) => overlaps(intervalOf(figureOf((c[0] as (typeof group)[number]).claim)), iv));
        if (cluster) cluster.push(member);
        else clusters.push([member]);
      }
      const largest = Math.max(...clusters.map((c) => c.length));
      const majority = clusters.filter((c) => c.length === largest).length === 1 ? clusters.find((c) => c.length === largest) : undefined;
      for (const cluster of clusters) {
        const others = group.filter((g) => !cluster.includes(g));
        if (cluster === majority || others.length === 0) {
          // The lines that agree: each after the first holds against the first.
          const [first, ...rest] = cluster as [(typeof group)[number], ...typeof group];
          for (const { claim, index } of rest) {
            const a = first.claim.position.line;
            out.push({
              index, stated: figureOf(claim), readings: [reading(`line ${a}`, Number(first.claim.value), intervalOf(figureOf(first.claim)))], suffix: '%', lines: [a],
              message: { holds: `agrees with line ${a}, which also says ${says(first.claim)} (not measured)`, fails: `line ${a} says ${says(first.claim)}, here ${showFigure(figureOf(claim), '%')}` },
            });
          }
          continue;
        }
        // The other value, stated on the fewest lines (or on as many as this one): said on each line.
        const against = majority ?? others;
        const at = against.map((g) => g.claim.position.line);
        const shown = majority ? says((majority[0] as (typeof group)[number]).claim) : against.map((g) => `${says(g.claim)} (line ${g.claim.position.line})`).join(', ');
        for (const { claim, index } of cluster) {
          out.push({
            index, stated: figureOf(claim),
            readings: against.map((g) => reading(`line ${g.claim.position.line}`, Number(g.claim.value), intervalOf(figureOf(g.claim)))),
            suffix: '%', lines: at,
            message: { holds: `agrees with ${showLines(at)} (not measured)`, fails: majority ? `${showLines(at)} say ${shown}, here ${showFigure(figureOf(claim), '%')}` : `${shown}; here ${showFigure(figureOf(claim), '%')}` },
          });
        }
      }
    }
    return out;
  },
} satisfies ReportRelation;
