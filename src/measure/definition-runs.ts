/**
 * The definitions a group name stands for: `cmd_tailscale_*` in a report
 * (w46's "| `cmd_tailscale_*` | 705-774 | Tailscale install/status/logout |")
 * is every definition whose name begins `cmd_tailscale_`, and the lines the
 * group spans are those of each run of such definitions that stand together,
 * with no other definition between them.
 */
import type { Definition, Syntax } from './syntax.js';

/** A group name: a name that ends in `*`, its start as group `prefix` (at least two characters before the star). */
const groupNameRe = /^(?<prefix>[A-Za-z_$][\w$]+)\*$/;

/** The start a group name gives (`cmd_tailscale_*` → `cmd_tailscale_`), or `undefined` for any other name or code. */
export function groupPrefixOf(shown: string): string | undefined {
  return groupNameRe.exec(shown.trim())?.groups?.prefix;
}

/**
 * The runs of definitions of `syntax` whose names begin with `prefix`, each as one definition named
 * `prefix*` spanning its first to its last member's lines (from 1, inclusive); definitions nested in a
 * member are part of it. Two members are one run when no other definition lies wholly between them.
 */
export function definitionRuns(syntax: Syntax, prefix: string): Definition[] {
  const members = syntax.definitions
    .filter((d) => d.name.startsWith(prefix))
    .sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  const outer: Definition[] = [];
  for (const d of members) if (!outer.some((o) => o.startLine <= d.startLine && d.endLine <= o.endLine)) outer.push(d);
  const others = syntax.definitions.filter((d) => !d.name.startsWith(prefix));
  const runs: Definition[] = [];
  for (const d of outer) {
    const last = runs.at(-1);
    const between = last !== undefined && others.some((o) => o.startLine > last.endLine && o.endLine < d.startLine);
    if (last && !between) last.endLine = Math.max(last.endLine, d.endLine);
    else runs.push({ name: `${prefix}*`, kind: d.kind, startLine: d.startLine, endLine: d.endLine });
  }
  return runs;
}
