/**
 * One file, two coverages: "│  Coverage:  73.00%" in the box under "###
 * vectro_cli/src/server.rs", and "vectro_cli/src/server.rs: 0/100 ⚪ 0.00%"
 * in the tool's output, and "Coverage: 0.00%" in a second box for the same
 * file. A bare file name is one file, except under sibling sections that are parts (namesOfParts).
 * A statement takes part when it is a current exact coverage of a path
 * that its own line names, or that a "Coverage:" label gives right before
 * the figure (the path then comes from the heading or the box above); "100%
 * Coverage on Compression Module!" under the file's heading speaks of
 * something else and takes none. As for the whole project
 * (overall-coverage-two-values), the lines stating a value fewer lines state
 * are flagged, or every line when no value has the majority; "62%" and "63%"
 * are two values, "62.5%" is one with either (src/check/two-values.ts).
 */
import type { Claim } from '../../model.js';
import { showFigure } from '../arithmetic.js';
import type { ReportRelation } from './types.js';
import { figureOf } from './shared.js';
import { aroundPercent, coverageLabelRe } from './coverage-with-counts.js';
import { metricNames } from './overall-coverage-two-values.js';
import { pastRe } from './one-subject-two-values.js';
import { groupsOf, judgeGroups } from '../two-values.js';

const fileName = (path: string) => path.split('/').pop() ?? path;

const bareName = (claim: Claim) => ('path' in claim.subject && !claim.subject.path.includes('/') ? claim.subject.path.toLowerCase() : undefined);
const parentOf = (claim: Claim) => claim.context.headings.slice(0, -1).join('\0');
const sectionOf = (claim: Claim) => claim.context.headings.join('\0');

/**
 * Bare file names stated under two sibling headings (one parent, two sections): there each section is a
 * part of its own, so "- routes.py: 69%" under "### Bookings Service" and "- routes.py: 77%" under "###
 * Reviews Service" are two files, as a reader takes them. Elsewhere a bare name is one file across
 * the report: the summary table's `constants.py` and the "#### 1. constants.py" section below.
 */
function namesOfParts(claims: readonly Claim[]): Set<string> {
  const sections = new Map<string, Set<string>>();
  for (const claim of claims) {
    const name = bareName(claim);
    if (name === undefined || !claim.kind.startsWith('coverage.')) continue;
    const key = `${name}\0${parentOf(claim)}`;
    sections.set(key, (sections.get(key) ?? new Set()).add(sectionOf(claim)));
  }
  return new Set([...sections].filter(([, within]) => within.size > 1).map(([key]) => key));
}

/** The file a statement names: its path, or a bare name within its section where sibling sections are parts. */
function subjectKey(claim: Claim, path: string, parts: ReadonlySet<string>): string {
  const name = bareName(claim);
  if (name === undefined) return path.toLowerCase();
  return parts.has(`${name}\0${parentOf(claim)}`) ? `${name}\0${sectionOf(claim)}` : name;
}

/** Whether `claim` is a file's coverage this relation compares. */
function takesPart(claim: Claim, line: string): boolean {
  if (!claim.kind.startsWith('coverage.') || claim.unit !== 'percent' || claim.tense !== 'current' || claim.qualifier !== 'exact') return false;
  if (!('path' in claim.subject) || claim.context.checked === false || typeof claim.value !== 'number') return false;
  if (pastRe.test(line) || claim.context.headings.some((h) => pastRe.test(h))) return false;
  const before = aroundPercent(claim, line)?.before;
  return line.toLowerCase().includes(fileName(claim.subject.path).toLowerCase()) || (before !== undefined && coverageLabelRe.test(before));
}

const says = (claim: Claim) => {
  const metric = claim.kind.replace('coverage.', '');
  const path = 'path' in claim.subject ? claim.subject.path : '';
  return `${showFigure(figureOf(claim), '%')} ${metricNames[metric] ?? metric} coverage of \`${path}\``;
};

export default {
  id: 'file-coverage-two-values',
  description: 'Two different coverages of one file stated as current in one report: the lines that disagree with the rest.',
  judge({ claims, source }) {
    const parts = namesOfParts(claims);
    const key = (claim: Claim, line: string) => (takesPart(claim, line) && 'path' in claim.subject ? `${claim.kind}\0${subjectKey(claim, claim.subject.path, parts)}` : undefined);
    return judgeGroups(groupsOf(claims, source, key), says);
  },
} satisfies ReportRelation;
