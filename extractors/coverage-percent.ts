import type { Extractor, ExtractContext } from '../src/figures/extract.js';
import type { ClaimKind } from '../src/model.js';
import type { TextBlock } from '../src/read/markdown.js';
import { figureAfterArrow, quantitySource, readQuantity } from '../src/figures/numbers.js';
import { coverageSubject, isSignedFigure } from '../src/figures/coverage-subject.js';
import { coverageObject, isOwnPhrase } from '../src/figures/coverage-object.js';
import { scan, groupStart } from '../src/read/scan.js';
import { claimLocalized } from '../src/figures/localized-counts.js';
import { goalArrow } from '../src/figures/tense.js';
import { isCoverageBand } from '../src/figures/coverage-band.js';
import { sharesOtherItems } from '../src/figures/coverage-items.js';
import { codePartNouns, coverVerbs, gateVerbs } from '../src/figures/coverage-words.js';
import { wordsSource } from '../src/figures/words.js';
import { withoutEmphasis } from '../src/read/without-stars.js';

const metricSource = String.raw`(?<metric>line|branch|function|statement|stmt)s?`;

/** Nouns that make "70% coverage" the name of a goal or a document: "70% Coverage Milestone", "80% coverage target", "70% Coverage Achievement Report". */
const goalNounSource = String.raw`achievement|milestone|goal|target|threshold|requirement|gate|bar|mark|report|plan|initiative|campaign|push|sprint|phase|roadmap`;
/** "87% coverage", "87% line coverage", "87% test coverage", on one line; `goal` when a goal noun follows. */
const percentThenCoverageRe = new RegExp(
  String.raw`(?<![\w.,])${quantitySource}\s*%(?<floor>\+)?[^\S\n]+(?:(?:overall|total|code|test)[^\S\n]+)?(?:${metricSource}[^\S\n]+)?coverage\b(?=(?<goal>\s+(?:${goalNounSource})s?\b)?)`,
  'gid',
);
/** "Coverage: 87%", "line coverage of 87%", "Test Coverage | 30%", "coverage at 87.3%", "coverage of `src/` is 80%". */
const coverageThenPercentRe = new RegExp(
  String.raw`(?<lead>(?:overall|total|code|test|project)\s+)?(?:${metricSource}\s+)?coverage\b(?:\s+(?:target|goal)s?)?\s*(?:\([^)]*\)\s*)?(?:(?:of|for|in)\s+\`[^\`\n]{1,200}\`\s*)?` +
    String.raw`(?:[:=]|of|is|was|at|reached|now|(?:stands|stood|sits|sat)\s+at|(?:improved|increased|rose|grew|climbed|dropped|fell|declined|went|up|down)(?:\s+(?:from|to))?)?\s*\**\s*(?:(?:maintain|keep|reach|achieve)\s+)?${quantitySource}\s*%`,
  'gid',
);
/** "Increase web/app.py coverage - add WebSocket tests (target: 85%)": a target given in a parenthesis of the same clause. */
const coverageThenTargetRe = new RegExp(
  String.raw`(?:${metricSource}\s+)?coverage\b[^.;|()\n]{0,80}?\(\s*(?:target|goal)\s*[:=]?\s*${quantitySource}\s*%\s*\)`,
  'gid',
);
/** "Test coverage to 60% (currently 30.94%)", "coverage ≥ 70% (Achieved: 73.23%)": where coverage stands now, beside a goal. */
const coverageThenCurrentRe = new RegExp(
  String.raw`(?:${metricSource}\s+)?coverage\b[^.;|()\n]{0,40}?\(\s*(?:currently|now|presently|actual|achieved|measured)\s*(?:at\s+|[:=]\s*)?${quantitySource}\s*%\s*\)`,
  'gid',
);
/** The same parenthesis right after a figure: the figure is the goal it is measured against. */
const currentAfterGoalRe = /^\s*\(\s*(?:currently|now|presently|actual|achieved|measured)\s*(?:at\s+|[:=]\s*)?[~≈]?\d/i;
/**
 * "Test Coverage >95%", "Code coverage ≥ 80%": a bound written right after the noun, with no verb or colon,
 * states what coverage must be (a heading or a row naming the requirement), not what it is. A task box's own reading
 * (tense.ts) decides in a task item.
 */
const requirementRe = /coverage\s*(?:>=?|≥)\s*$/i;
/** A fraction's numerator and slash right before a number: "33/" of "33/36 - 92%". */
const fractionBeforeRe = /\d\s*\/\s*$/;
/** A gate verb, then what it turns away, then the floor's bound right before the figure: "hooks block commits < ". */
const gateRuleRe = new RegExp(String.raw`\b(?:${gateVerbs.join('|')})\b[^.;:|\n\d]{0,30}?(?:<|≤|below|under)\s*$`, 'i');
/** The bound a phrase may open with: "< 90% coverage", "below 80% coverage". */
const boundLeadRe = /^\s*(?:<|≤|below\b|under\b)\s*/i;
/**
 * "67 unit tests cover 100% of critical business logic": tests said to cover a share of a part of the code (502:275). The
 * part is read after the figure (coverage-object.ts) and must end with a noun of code: "tests covering 100% of acceptance
 * criteria" (w11:444) is a share of requirements, no coverage of code.
 */
const testsCoverPercentRe = new RegExp(
  String.raw`\b(?:tests?|specs?|test\s+cases?)\**\s+${wordsSource(coverVerbs)}\s+\**${quantitySource}\s*%(?=\**\s+of\s)`,
  'gid',
);
/** The last word of a part's name that makes it code. */
const codePartRe = new RegExp(String.raw`\b${wordsSource(codePartNouns)}$`, 'i');
/** The verb and a percent sign a few characters on, which every `testsCoverPercentRe` match needs (a superset): most coverage blocks lack them. */
const coverVerbThenNumberRe = new RegExp(String.raw`\b${wordsSource(coverVerbs)}\s[^\n%]{0,40}%`, 'i');

/** The word every coverage expression above needs (no `\b`: a superset of their matches). */
const coverageWordRe = /coverage/i;
function metricKind(metric: string | undefined): ClaimKind {
  switch ((metric ?? '').toLowerCase()) {
    case 'branch': return 'coverage.branches';
    case 'function': return 'coverage.functions';
    case 'statement':
    case 'stmt': return 'coverage.statements';
    default: return 'coverage.lines';
  }
}

/**
 * Words that narrow a coverage figure to part of the code, in or right after
 * the figure: "95% coverage on new code", "diff coverage of changed lines",
 * "Line coverage (backend only): 72%". Such a figure is not the project's.
 */
const narrowedRe = /\b(?:on|of|for|in)\s+(?:the\s+)?(?<changed>(?:new|changed|modified|touched|added|updated)(?:\s+(?:code|lines|files))?|diff|patch)\b|\((?<part>[^()]{1,40}?)\s+only\)/i;

/** The part a narrowing phrase names, or undefined. */
function narrowedSubject(block: TextBlock, start: number, end: number): { name: string } | undefined {
  // Only the figure's own clause: "87% coverage. Tests for new code follow" is the project's.
  const clause = block.text.slice(start, end) + (block.text.slice(end, end + 40).split(/[.;|\n]/)[0] ?? '');
  const groups = narrowedRe.exec(clause)?.groups;
  const part = groups?.changed ?? groups?.part;
  return part ? { name: part.trim() } : undefined;
}

function extract(blocks: readonly TextBlock[], ctx: ExtractContext): void {
  const emit = (block: TextBlock, start: number, end: number, groups: Record<string, string | undefined>, numStart: number, phraseStart = start) => {
    // "Estimated +15% coverage", "needs +5%": a signed figure is a change of coverage, not its level.
    if (isSignedFigure(block.text.slice(numStart, end)) || /[+±−]\s*$/.test(block.text.slice(Math.max(0, numStart - 2), numStart))) return;
    // "#### High Priority (0% Coverage)": the bound of a group of parts listed below, no part's coverage (coverage-band.ts).
    if (isCoverageBand(block, numStart)) return;
    // "Test Coverage: 100% (96/96 APIs)": the share of counted items, not of code (coverage-items.ts).
    if (sharesOtherItems(block.text, numStart, end)) return;
    // "(33/36 - 92% Coverage)": the low end of a "range" that is a fraction's denominator is no figure of this phrase.
    if (fractionBeforeRe.test(block.text.slice(Math.max(0, numStart - 12), numStart))) return;
    // "Pre-commit hooks block commits < 90% coverage": a gate's rule, no coverage of the project.
    if (gateRuleRe.test(withoutEmphasis(`${block.text.slice(Math.max(0, numStart - 60), numStart)}${block.text.slice(numStart, end).match(boundLeadRe)?.[0] ?? ''}`))) return;
    // "80%+ test coverage": the `+` after the percent sign makes it a floor.
    const q = readQuantity(groups.floor ? { ...groups, plus: groups.floor } : groups);
    // Words in front of "API coverage: 95%" name a component; in front of "95% coverage" they are the sentence.
    const written = coverageSubject(block, phraseStart, numStart > phraseStart);
    // "100% coverage of core logic": the words after the figure name its part, more nearly than a label or a
    // heading does; a path beside it still names it best.
    const read = narrowedSubject(block, start, end) ?? ('path' in written ? written : coverageObject(block.text.slice(end)) ?? written);
    // "| Test Coverage >95% | 91% |": a row named by the figure's own phrase is the whole project's criterion.
    const subject = 'name' in read && isOwnPhrase(read.name, block.text.slice(numStart, end)) ? { scope: 'all' as const } : read;
    // "the 70% coverage milestone", "70% Coverage Achievement Report": the figure names a goal, it measures nothing.
    const goal = groups.goal
      ? { tense: 'target' as const, tenseReason: `names a goal or a document: "${groups.goal.trim()}"` }
      : block.checked === undefined && requirementRe.test(block.text.slice(phraseStart, numStart))
        ? { tense: 'target' as const, tenseReason: 'a requirement: "coverage ≥ N%"' }
      : currentAfterGoalRe.test(block.text.slice(end))
        ? { tense: 'target' as const, tenseReason: 'a goal beside where coverage stands now' }
      : groups.floor && block.checked === undefined
        ? { tense: 'target' as const, tenseReason: 'a floor written "N%+ coverage" states a goal' }
        : {};
    ctx.claim(
      block, start, end,
      { kind: metricKind(groups.metric), subject, value: q.value, unit: 'percent', qualifier: q.qualifier, precision: q.precision, ...(q.range ? { range: q.range } : {}), ...goal },
      [numStart, end],
    );
    const after = figureAfterArrow(block.text, end, true);
    if (after) {
      // The right side of a change is where things stand now, unless the change is still to make ("- [ ] Coverage 30% → 80%").
      const goal = goalArrow(block.text, after.start, after.end, block.context);
      ctx.claim(block, after.start, after.end, {
        kind: metricKind(groups.metric), subject, value: after.value, unit: 'percent', qualifier: 'exact', precision: after.precision,
        tense: goal?.tense ?? 'current', ...(goal?.reason ? { tenseReason: goal.reason } : {}),
      });
    }
  };
  // The four expressions below all need the word "coverage"; most blocks lack it, and running
  // them over every block (their optional leads try each position) was a hot spot of extraction.
  const coverageBlocks = blocks.filter((b) => coverageWordRe.test(b.text));
  for (const m of scan(coverageBlocks, percentThenCoverageRe)) emit(m.block, m.start, m.end, m.groups, m.start);
  for (const m of scan(coverageBlocks, coverageThenPercentRe)) emit(m.block, m.start, m.end, m.groups, groupStart(m, 'num'));
  for (const m of scan(coverageBlocks, coverageThenTargetRe)) {
    const numStart = groupStart(m, 'num');
    // The subject is read where the coverage phrase starts ("Increase web/app.py coverage - … (target: 85%)").
    emit(m.block, numStart, m.start + m.match[0].replace(/\s*\)$/, '').length, m.groups, numStart, m.start);
  }
  for (const m of scan(coverageBlocks, coverageThenCurrentRe)) {
    const numStart = groupStart(m, 'num');
    const q = readQuantity(m.groups);
    ctx.claim(m.block, numStart, m.start + m.match[0].replace(/\s*\)$/, '').length, {
      kind: metricKind(m.groups.metric), subject: coverageSubject(m.block, m.start, true), value: q.value, unit: 'percent', qualifier: q.qualifier,
      precision: q.precision, ...(q.range ? { range: q.range } : {}), tense: 'current',
    });
  }
  for (const m of scan(blocks.filter((b) => coverVerbThenNumberRe.test(b.text)), testsCoverPercentRe)) {
    const numStart = groupStart(m, 'num');
    const end = m.start + m.match[0].length;
    const part = coverageObject(m.block.text.slice(end));
    if (part === undefined || !('category' in part) || !codePartRe.test(part.category)) continue;
    const q = readQuantity(m.groups);
    ctx.claim(m.block, numStart, end, {
      kind: 'coverage.lines', subject: part, value: q.value, unit: 'percent', qualifier: q.qualifier, precision: q.precision, ...(q.range ? { range: q.range } : {}),
    });
  }
  // A percentage alone in a coverage column's cell is read by the figure-coverage-column classifier.
  // Blocks in Chinese, Japanese or Korean: their own number forms and words (src/figures/localized-counts.ts).
  claimLocalized(blocks, ctx, ['coverage.lines', 'coverage.branches', 'coverage.functions', 'coverage.statements']);
}

export default {
  id: 'coverage-percent',
  description: 'Coverage percentages: "87% coverage", "Line coverage: 87.3%".',
  kinds: ['coverage.lines', 'coverage.branches', 'coverage.functions', 'coverage.statements'],
  extract,
} satisfies Extractor;
