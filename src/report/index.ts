/** Formatters of verify results, by `--format` name: pure functions `(result, options) => string`. */
import { formatJson } from './json.js';
import { formatText } from './text.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatJunit } from './junit.js';
import { formatGithub } from './github.js';
import type { FormatOptions, Formatter } from './options.js';

export type { FormatOptions, Formatter } from './options.js';

export const formatters = {
  text: (result, options) => formatText(result, options),
  json: (result) => formatJson(result),
  markdown: formatMarkdown,
  sarif: formatSarif,
  junit: formatJunit,
  github: formatGithub,
} satisfies Record<string, Formatter>;

/**
 * Formatters loaded on first use: `html` renders the reports with remark and
 * rehype, which start-up and the other formats do without.
 */
export const lazyFormatters = {
  html: async () => (await import('./html.js')).formatHtml,
} satisfies Record<string, () => Promise<Formatter>>;

export type FormatName = keyof typeof formatters | keyof typeof lazyFormatters;
export const formatNames = [...Object.keys(formatters), ...Object.keys(lazyFormatters)] as FormatName[];

/** The formatter named `name`, loading it when it is lazy. */
export async function formatterOf(name: FormatName): Promise<Formatter> {
  return name in lazyFormatters ? lazyFormatters[name as keyof typeof lazyFormatters]() : formatters[name as keyof typeof formatters];
}

/** Render `result` in `format` (a format of `formatters`; `formatterOf` gives every format). */
export function format(name: keyof typeof formatters, result: Parameters<Formatter>[0], options: FormatOptions = {}): string {
  return formatters[name](result, options);
}
