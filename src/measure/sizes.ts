/**
 * File sizes as reports write them ("127 KB", "1.2 MB", "5,120 bytes"):
 * the named pieces extractors match and the reading verifiers measure with.
 */

/** A size unit after a number. `K`/`M` alone are left out: too often not sizes. */
export const sizeUnitSource = String.raw`(?:bytes?|B|KB|kB|KiB|MB|MiB|GB|GiB)(?![\w/])`;

const sizeUnitAtEndRe = new RegExp(String.raw`(?<unit>${sizeUnitSource})\W*$`);

/**
 * The byte multipliers a written unit may mean: KB is 1000 or 1024 bytes in
 * practice; KiB is 1024 only. `undefined` when `text` ends with no size unit.
 */
export function sizeScales(text: string): { unit: string; scales: number[] } | undefined {
  const unit = sizeUnitAtEndRe.exec(text)?.groups?.unit;
  if (!unit) return undefined;
  const power = /^[kK]/.test(unit) ? 1 : /^M/.test(unit) ? 2 : /^G/.test(unit) ? 3 : 0;
  if (power === 0) return { unit, scales: [1] };
  if (/i/.test(unit)) return { unit, scales: [1024 ** power] };
  return { unit, scales: [1000 ** power, 1024 ** power] };
}
