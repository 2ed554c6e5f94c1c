/** Formatters of verify results, by `--format` name. */
import type { VerifyResult } from '../model.js';
import { formatJson } from './json.js';
import { formatText, type TextOptions } from './text.js';

export type FormatOptions = TextOptions;
export const formatters = {
  text: (result: VerifyResult, options: FormatOptions) => formatText(result, options),
  json: (result: VerifyResult) => formatJson(result),
} satisfies Record<string, (result: VerifyResult, options: FormatOptions) => string>;

export type FormatName = keyof typeof formatters;
export const formatNames = Object.keys(formatters) as FormatName[];
