/**
 * Markdown's star emphasis taken out of a piece of a report's text, so a
 * cell, label or clause reads the same bold or plain: `**Total**` → `Total`,
 * `*Before*: 84%` → `Before: 84%`.
 */

const starRe = /\*/g;

/** `text` with every `*` removed; underscores, marks and spaces are kept ("**Coverage_Report**" → "Coverage_Report"). */
export function withoutStars(text: string): string {
  return text.replace(starRe, '');
}

const emphasisRe = /[*_]/g;

/**
 * `text` with both emphasis marks removed, `*` and `_`: for a label or clause
 * read as words, where `__Total__` and `**Total**` are the same word and no
 * file name is looked for ("Coverage_Report" → "CoverageReport").
 */
export function withoutEmphasis(text: string): string {
  return text.replace(emphasisRe, '');
}
