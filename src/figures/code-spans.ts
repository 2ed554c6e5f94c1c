/**
 * Code as reports show it in backticks: the spans of a text, the names of
 * definitions they hold (`refresh_token()`, `Agent.stop`, `def refresh`), and
 * spans that are files rather than code (`app.py`, `src/x.ts:12`). Shared by
 * the extractors that check code against lines and files.
 */
import { pathSource } from './subjects.js';

/** An inline code span, its text as group `code`. */
export const codeSpanSource = String.raw`\x60(?<code>[^\x60\n]{2,120})\x60`;
/** Every inline code span of a text (use with `matchAll`). */
export const codeSpanRe = new RegExp(codeSpanSource, 'g');

/** What may stand before the first word of a list item: spaces, status marks (✅, ❌) and emphasis (a Unicode expression's piece). */
export const itemLeadMarksSource = String.raw`[\s\p{So}\uFE0F*_]*`;

/** A name as code writes it, maybe qualified and called: `x`, `Agent.stop`, `Scenario::all()`, `User#save`. */
const nameSource = String.raw`[A-Za-z_$][\w$]*(?:(?:\.|::|#)[A-Za-z_$][\w$]*)*(?:\([^()]*\))?`;

/** A span that is one name: `test_x`, `verify()`, `Agent.stop`. */
export const codeNameRe = new RegExp(`^${nameSource}$`);

/** A span that names a definition, maybe with its keyword: `StartAgent`, `Agent.stop()`, `def refresh`, `async fn run`. */
export const definitionNameRe = new RegExp(String.raw`^(?:(?:async\s+)?(?:def|function|func|fn|class)\s+)?${nameSource}$`);

/** A file reference: a path, maybe with a line (`src/x.ts:12`). */
export const fileReferenceRe = new RegExp(String.raw`^${pathSource}(?::\d+)?$`);

/** A short lowercase extension that ends a name, maybe before a line: `app.py`, `config.yml`, `src/x.ts:12` (not `Agent.StopAgent`). */
export const fileExtensionEndRe = /\.[a-z0-9]{1,5}(?::\d+)?$/;

/** Whether a shown name is rather a file: a path with a folder, or a short lowercase extension (`app.py`, not `Agent.StopAgent`). */
export const isFileName = (code: string) => fileReferenceRe.test(code) && (code.includes('/') || fileExtensionEndRe.test(code));
