/**
 * Suppression comments in a report. HTML comments render as nothing, so a
 * report's author can silence a claim without changing what readers see:
 *
 * - `<!-- claimcheck-ignore-next-line -->` — the next non-blank line after the comment;
 * - `<!-- claimcheck-ignore-start -->` … `<!-- claimcheck-ignore-end -->` — every line between
 *   (an unclosed start runs to the end of the report);
 * - `<!-- claimcheck-ignore-file -->` — the whole report.
 *
 * A text may follow the directive as its reason: `<!-- claimcheck-ignore-next-line stale figure -->`.
 * Only real HTML nodes count: a directive shown inside a code block or inline
 * code is documentation, not a directive. Suppressed claims are never dropped;
 * the pipeline gives them the verdict `skipped` with the reason.
 */
import { visit } from 'unist-util-visit';
import type { Html } from 'mdast';
import { readMarkdown } from './markdown.js';

/** One directive in an HTML comment, with its optional reason. */
const directiveRe = /<!--\s*claimcheck-ignore-(?<kind>next-line|start|end|file)(?:\s+(?<reason>(?:(?!-->)[\s\S])*?))?\s*-->/g;

type DirectiveKind = 'next-line' | 'start' | 'end' | 'file';

interface Directive {
  kind: DirectiveKind;
  /** Line of the comment's end; lines start at 1. */
  line: number;
  reason?: string;
}

/** Why a line is suppressed; `undefined` when it is not. Lines start at 1. */
export type Suppressions = (line: number) => string | undefined;

function directivesOf(source: string): Directive[] {
  let found: Directive[] = [];
  // Section by section, so a large report's whole tree is never held.
  readMarkdown(source, {
    section(children) {
      for (const child of children) visit(child, 'html', collect);
    },
    restart() {
      found = [];
    },
  });
  return found.sort((a, b) => a.line - b.line);

  function collect(node: Html): void {
    const start = node.position?.start;
    if (!start) return;
    for (const match of node.value.matchAll(directiveRe)) {
      const before = node.value.slice(0, (match.index ?? 0) + match[0].length);
      const line = start.line + (before.match(/\n/g)?.length ?? 0);
      const reason = match.groups?.reason?.trim();
      found.push({ kind: match.groups?.kind as DirectiveKind, line, ...(reason ? { reason } : {}) });
    }
  }
}

const because = (directive: Directive) => (directive.reason ? `: ${directive.reason}` : '');

/**
 * Read the suppression directives of `source` (a report's markdown) and
 * return the lookup of suppressed lines.
 */
export function readSuppressions(source: string): Suppressions {
  const directives = directivesOf(source);
  if (directives.length === 0) return () => undefined;
  const lines = source.split(/\r?\n/);
  const byLine = new Map<number, string>();
  let fileReason: string | undefined;
  let open: Directive | undefined;

  for (const directive of directives) {
    switch (directive.kind) {
      case 'file':
        fileReason ??= `suppressed by \`claimcheck-ignore-file\` on line ${directive.line}${because(directive)}`;
        break;
      case 'next-line': {
        let target = directive.line + 1;
        while (target <= lines.length && (lines[target - 1] ?? '').trim() === '') target++;
        if (target <= lines.length && !byLine.has(target)) {
          byLine.set(target, `suppressed by \`claimcheck-ignore-next-line\` on line ${directive.line}${because(directive)}`);
        }
        break;
      }
      case 'start':
        open ??= directive;
        break;
      case 'end':
        if (open) {
          for (let line = open.line; line <= directive.line; line++) {
            if (!byLine.has(line)) byLine.set(line, `suppressed by \`claimcheck-ignore-start\` on line ${open.line}${because(open)}`);
          }
          open = undefined;
        }
        break;
    }
  }
  const unclosed = open;
  return (line) => {
    if (fileReason) return fileReason;
    const reason = byLine.get(line);
    if (reason) return reason;
    if (unclosed && line >= unclosed.line) return `suppressed by \`claimcheck-ignore-start\` on line ${unclosed.line} (never ended)${because(unclosed)}`;
    return undefined;
  };
}
