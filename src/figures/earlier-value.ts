/**
 * The earlier value of a figure, written in a remark right after it: "**7.5%**
 * (significant improvement from 0% baseline)", "Current Coverage: 30%
 * (Improved from 27%)", "100% test pass rate (up from ~90%)", "Current
 * coverage is 7.5%, significant improvement from 0%". The earlier value is
 * the same measure of the same subject as the claim it follows, before the
 * change: it takes that claim's kind and subject, with tense `before`.
 * "from 15% to 24%" is a pair (its left side is read by the pair's readers),
 * not a remark.
 */
import type { Claim, ClaimKind } from '../model.js';
import type { ReadFigure } from './classify.js';
import { arrowSource } from './numbers.js';
import { changeWords, isWord, sinceWords } from './words.js';

/**
 * The percentage a remark follows, then what stands between them: the words
 * of its noun, a parenthesis or a comma opening the remark, and the remark's
 * words up to "from". Groups `pct` (its number), `open`, `remark`.
 */
const earlierLeadRe = /(?<![\w.,])(?<pct>\d{1,3}(?:\.\d+)?)\s?%\**[^\d%()\n|,.;:]{0,30}?\s*(?<open>\(|,)\s*(?<remark>[^\d%()\n|.;:]{0,50}?)\s*\bfrom\s*[~≈]?$/i;
/** The right side of a pair after the figure: "from 0% → 7.5%", "from 15% to 24%". */
const pairAfterRe = new RegExp(String.raw`^\s*\**\s*(?:${arrowSource}|to\b)`, 'i');

/** Kinds whose figure a remark may give an earlier value of: a coverage level or a rate of tests. */
const levelKind = (kind: ClaimKind): boolean => kind.startsWith('coverage.') || kind === 'tests.passRate' || kind === 'tests.failRate';

/** Whether every word of a remark says a change or how large it is ("significant improvement", "up", "↑"). */
function saysChange(remark: string): boolean {
  const words = remark.split(/[^\p{L}↑↓]+/u).filter((w) => w !== '');
  return words.length > 0 && words.every((w) => isWord(w, changeWords) || isWord(w, sinceWords));
}

/**
 * Give each percentage no claim reads that is the earlier value in a remark
 * after a claimed level the claim's kind and subject, tense `before`; adds
 * the claims to `claims` and to `claimsOf`. `source` is the report's text.
 */
export function settleEarlierValues(claims: Claim[], figures: readonly ReadFigure[], claimsOf: Map<ReadFigure, Claim[]>, source: string): void {
  for (const figure of figures) {
    if (figure.unit !== 'percent' || claimsOf.has(figure) || figure.context.sign !== undefined) continue;
    const at = figure.position.offset;
    if (pairAfterRe.test(source.slice(at + figure.text.length, at + figure.text.length + 8))) continue;
    const lineStart = source.lastIndexOf('\n', at - 1) + 1;
    const lead = source.slice(Math.max(lineStart, at - 120), at);
    const m = earlierLeadRe.exec(lead);
    const pct = m?.groups?.pct;
    const remark = m?.groups?.remark ?? '';
    // "7.5% (from 0% baseline)": a parenthesis alone opens the remark; other words must say a change.
    if (!m || pct === undefined || !(saysChange(remark) || (remark === '' && m.groups?.open === '('))) continue;
    const pctAt = at - lead.length + m.index;
    // The claim of the figure the remark follows, the same number at the same place.
    const before = figures.find((f) => f.position.offset === pctAt && f.value === Number(pct));
    const level = (before !== undefined ? claimsOf.get(before) ?? [] : []).find((c) => levelKind(c.kind) && c.value === Number(pct));
    if (!level || level.tense !== 'current') continue;
    const claim: Claim = {
      id: '', kind: level.kind, subject: level.subject, value: figure.value, unit: level.unit, qualifier: figure.qualifier,
      precision: figure.precision, tense: 'before', tenseReason: 'the earlier value in a remark after the figure', text: figure.text,
      position: figure.position, context: level.context, source: 'earlier-value',
    };
    claims.push(claim);
    claimsOf.set(figure, [claim]);
  }
}
