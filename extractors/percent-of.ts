import type { Extractor, ExtractContext } from '../src/figures/extract.js';
import type { TextBlock } from '../src/read/markdown.js';
import type { Subject } from '../src/model.js';
import { namedQuantity, percentOfTargetRe, readFigure, readPercentOf } from '../src/check/relation-forms.js';
import { rowSubject } from '../src/figures/subjects.js';
import { scan } from '../src/read/scan.js';

/** What a share is a share of: "target", "goal" (never "targets", a count of targets met). */
const targetNounSource = String.raw`(?:target|goal)\b`;
/**
 * The words that may name which target, between "of (the)" and the noun:
 * its value or its period ("98% of the 50% target", "98% of Week 1 target",
 * "progress toward 85% coverage target"). Only these, so "50% of the tests hit
 * their target" stays a figure.
 */
const targetNameSource = String.raw`(?:(?:\d+(?:\.\d+)?\s*%|(?:week|sprint|phase|day|month|quarter|milestone|stage)\s+\d+|coverage|overall|final|original|initial)\s+){0,2}`;
/**
 * A figure stated as a share of its target, in the forms the reports write:
 * "98% of target", "98% of the 50% target", "98% of Week 1 target",
 * "50% progress toward 85% coverage target", "50% to goal", "50% of way there".
 */
const percentOfNamedTargetRe = new RegExp(
  String.raw`(?<![\w.,/:#-])${namedQuantity('pct')}\s*%\s+` +
    String.raw`(?:of\s+(?:the\s+)?${targetNameSource}${targetNounSource}` +
    String.raw`|progress\s+(?:towards?|to)\s+(?:the\s+)?${targetNameSource}${targetNounSource}` +
    String.raw`|to\s+(?:the\s+)?${targetNounSource}` +
    String.raw`|of\s+(?:the\s+)?way\s+(?:there\b|to\s+(?:the\s+)?${targetNounSource}))`,
  'gdi',
);

/**
 * A label that names how much of the target was reached, then the share: "**Target achievement rate**: 114%" (406:101),
 * "**Target Achievement:** 103% (432 tests / 419 target)" (w78:433). The label says what the percentage is of.
 */
const achievementLabelRe = new RegExp(
  String.raw`(?<![\w-])${targetNounSource}\s+(?:achievement|attainment)(?:\s+rate)?\s*:\s*${namedQuantity('pct')}\s*%`,
  'gdi',
);

/** Whether the verifier's own form "N% of (the) target" starts at `at`, so `readPercentOf` reads this share and no later one. */
function strictAt(text: string, at: number): boolean {
  const strict = new RegExp(percentOfTargetRe.source, 'yi');
  strict.lastIndex = at;
  return strict.test(text);
}

/** The subject of a share of target: the file its row names, else the whole project (a row naming a goal names no part). */
function subjectOf(block: TextBlock): Subject {
  const row = rowSubject(block.context);
  return row !== undefined && 'path' in row ? row : { scope: 'all' };
}

/**
 * A figure stated as a percentage of its target. When the figure and the
 * target stand in the same block ("78% (130% of target)" with "target 60%")
 * the claim spans all three so the verifier can read them back; otherwise
 * the claim is the share as written ("98% of Week 1 target"), which the
 * verifier reports it cannot recompute.
 */
function extract(blocks: readonly TextBlock[], ctx: ExtractContext): void {
  for (const m of scan(blocks, percentOfNamedTargetRe, (b) => b.kind !== 'code')) {
    const stated = readFigure(m.groups, 'pct', true);
    if (!stated) continue;
    const form = strictAt(m.block.text, m.start) ? readPercentOf(m.block.text, m.start) : undefined;
    const full = form !== undefined;
    const [start, end] = form?.span ?? [m.start, m.end];
    ctx.claim(m.block, start, end, {
      kind: 'percentOf', subject: full ? rowSubject(m.block.context) ?? { scope: 'all' } : subjectOf(m.block), value: stated.value, unit: 'percent',
      qualifier: stated.qualifier, precision: stated.precision, tense: 'current',
    });
  }
  for (const m of scan(blocks, achievementLabelRe, (b) => b.kind !== 'code')) {
    const stated = readFigure(m.groups, 'pct', true);
    if (!stated) continue;
    ctx.claim(m.block, m.start, m.end, {
      kind: 'percentOf', subject: subjectOf(m.block), value: stated.value, unit: 'percent',
      qualifier: stated.qualifier, precision: stated.precision, tense: 'current',
    });
  }
}

export default {
  id: 'percent-of',
  description: 'A figure as a percentage of its target: "78% (130% of target 60%)", "98% of the 50% target", "50% to goal", "Target achievement rate: 114%".',
  kinds: ['percentOf'],
  keywords: ['target', 'goal', 'way'],
  extract,
} satisfies Extractor;
