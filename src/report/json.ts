/** The JSON format: the `VerifyResult` object, valid against `schemas/result.schema.json`. */
import type { VerifyResult } from '../model.js';

export function formatJson(result: VerifyResult): string {
  return JSON.stringify(result, null, 2) + '\n';
}
