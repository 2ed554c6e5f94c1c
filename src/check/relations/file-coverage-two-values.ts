/**
 * One file, two coverages: "│  Coverage:  73.00%" in the box under "###
 * vectro_cli/src/server.rs", and "vectro_cli/src/server.rs: 0/100 ⚪ 0.00%"
 * in the tool's output, and "Coverage: 0.00%" in a second box for the same
 * file. A bare file name is one file only within its section (subjectKey).
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
import { metricNames, pastRe } from './overall-coverage-two-values.js';
import { groupsOf, judgeGroups } from '../two-values.js';

const fileName = (path: string) => path.split('/').pop() ?? path;

/**
 * The subject a statement's path names: a path with a folder names one file
 * wherever it stands; a bare file name names the file of its section, so
 * "- routes.py: 69%" under "### Bookings Service" and "- routes.py: 77%"
 * under "### Reviews Service" are two files, as a reader takes them (w44).
 */
function subjectKey(claim: Claim, path: string): string {
  const name = path.toLowerCase();
  return name.includes('/') ? name : [name, ...claim.context.headings].join('\0');
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
    const key = (claim: Claim, line: string) => (takesPart(claim, line) && 'path' in claim.subject ? `${claim.kind}\0${subjectKey(claim, claim.subject.path)}` : undefined);
    return judgeGroups(groupsOf(claims, source, key), says);
  },
} satisfies ReportRelation;
