/**
 * Regular-expression pieces for paths as reports write them, and finding the
 * path a figure is about when the path is not right beside it.
 */
import type { TextBlock } from '../read/markdown.js';
import { cleanPath, pathSource } from './subjects.js';

/** A path in backticks or bare (not inside a longer word or URL), captured as group `name`. */
export function pathGroup(name: string): string {
  return String.raw`(?:\`(?<${name}>${pathSource})\`|(?<![\w/.:-])(?<${name}_bare>${pathSource}))`;
}

/** The path a `pathGroup(name)` match captured, cleaned, or `undefined` for URLs and versions. */
export function pathOf(groups: Record<string, string | undefined>, name: string): string | undefined {
  const written = groups[name] ?? groups[`${name}_bare`];
  if (!written) return undefined;
  const path = cleanPath(written);
  if (!path || /^(?:https?:|www\.)/i.test(path) || /^v?\d+(?:\.\d+)+$/.test(path) || /^\d/.test(path) && !path.includes('/')) return undefined;
  return path;
}

const anyPathRe = new RegExp(pathGroup('p'), 'g');
/** Clause boundaries a path's reach does not cross. */
const clauseBreakRe = /[.;!?](?:\s|$)|\|/;
/** After a figure and its noun: "in `docker-compose.yml`", "from alerts.yml". */
const pathAfterRe = new RegExp(String.raw`^\s*(?:defined\s+|listed\s+|configured\s+)?(?:in|of|from|across)\s+(?:the\s+)?${pathGroup('p')}`);

/**
 * The path a figure at `[start, end)` of `block.text` is about: one written
 * right after it ("38 services in `docker-compose.yml`"), else the nearest one
 * before it in the same clause ("`rules.yml` (18 alert rules)").
 */
export function pathNear(block: TextBlock, start: number, end: number): string | undefined {
  return pathNearText(block.text, start, end);
}

/** `pathNear` in a text alone (a line of a block). */
export function pathNearText(text: string, start: number, end: number): string | undefined {
  const after = pathAfterRe.exec(text.slice(end));
  const following = after ? pathOf(after.groups ?? {}, 'p') : undefined;
  if (following) return following;
  const before = text.slice(0, start);
  let best: string | undefined;
  anyPathRe.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = anyPathRe.exec(before)) !== null) {
    const candidate = pathOf(m.groups ?? {}, 'p');
    if (candidate && !clauseBreakRe.test(before.slice(m.index + m[0].length))) best = candidate;
  }
  return best;
}

/** The words around a block that say what it is about: its row, header, list label and nearest heading. */
export function contextText(block: TextBlock): string {
  const { table, list, headings } = block.context;
  return [block.text, table?.header, table?.row, list, headings[headings.length - 1]].filter(Boolean).join(' | ');
}

/**
 * The one path `label` names — a list's lead ("Created alert rules
 * (`alerts.json`)"), a heading (`#### scripts/setup.sh`) — or `undefined` when
 * it names none or several, since then it does not say which file a figure below is about.
 */
export function onlyPathIn(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const paths = new Set<string>();
  anyPathRe.lastIndex = 0;
  for (let m = anyPathRe.exec(label); m !== null; m = anyPathRe.exec(label)) {
    const path = pathOf(m.groups ?? {}, 'p');
    if (path) paths.add(path);
  }
  return paths.size === 1 ? [...paths][0] : undefined;
}
