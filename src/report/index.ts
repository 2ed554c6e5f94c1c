/** Formatters of verify results, by `--format` name: pure functions `(result, options) => string`. */
import { formatJson } from './json.js';
import { formatText } from './text.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatJunit } from './junit.js';
import { formatGithub } from './github.js';
import { formatHtml } from './html.js';
import type { FormatOptions, Formatter } from './options.js';

export type { FormatOptions, Formatter } from './options.js';

export const formatters = {
  text: (result, options) => formatText(result, options),
  json: (result) => formatJson(result),
  markdown: formatMarkdown,
  sarif: formatSarif,
  junit: formatJunit,
  github: formatGithub,
  html: formatHtml,
} satisfies Record<string, Formatter>;

export type FormatName = keyof typeof formatters;
export const formatNames = Object.keys(formatters) as FormatName[];

/** Render `result` in `format`. */
export function format(name: FormatName, result: Parameters<Formatter>[0], options: FormatOptions = {}): string {
  return formatters[name](result, options);
}
