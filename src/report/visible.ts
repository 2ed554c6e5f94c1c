/**
 * Text for a terminal: report text and file content reach `text` and
 * `github` output, and a terminal acts on control characters instead of
 * showing them — an escape sequence can retitle the window (OSC 0), clear the
 * screen (CSI 2J), plant a link (OSC 8) or hide text; bidirectional overrides
 * reorder what is read. Each such character becomes a visible escape, so the
 * sequence is shown as harmless text and never acted on.
 */

/**
 * Characters a terminal acts on: C0 controls except tab and line feed, DEL,
 * C1 controls (U+0080–U+009F, CSI and OSC among them), and Unicode
 * bidirectional embeddings, overrides and isolates.
 */
// eslint-disable-next-line no-control-regex
const terminalControlRe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every terminal control character written as `\xHH` (below U+0100) or `\u{HHHH}`. Tab and line feed stay. */
export function visible(text: string): string {
  return text.replace(terminalControlRe, (char) => {
    const code = char.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}
