/**
 * TAP 13/14 as test runners write it: node:test (`# Subtest:` and 4-space
 * nesting, children before their parent's point), vitest's `{`/`}` nesting,
 * mocha and bats (flat). Only leaf points are cases, as with JUnit; a point
 * with `# SKIP` is skipped and one with `# TODO` a todo, `ok` or `not ok`
 * alike, as the protocol says. The runner's own trailer (`# tests 14`,
 * `# pass 7`) is kept as its stated counts.
 */
import type { StatedCounts, TestCase, TestRun } from './types.js';

/** `ok 3 - name # SKIP reason`, with its indentation. */
const pointRe = /^(?<indent>\s*)(?<not>not\s+)?ok\b(?:\s+(?<number>\d+))?(?:\s*-)?\s*(?<rest>.*)$/;
/** The directive at the end of a point's description. */
const directiveRe = /\s+#\s*(?<directive>skip|todo)\b\S*(?<reason>.*)$/i;
/** Vitest's non-standard `# time=1.2ms` note and the `{` that opens a child block. */
const timeNoteRe = /\s+#\s*time=(?<ms>[\d.]+)ms\s*(?<open>\{)?\s*$/;
const yamlStartRe = /^(?<indent>\s*)---\s*$/;
const yamlEndRe = /^\s*\.\.\.\s*$/;
const versionRe = /^\s*TAP version (?:13|14)\s*$/m;
const planRe = /^\s*1\.\.\d+/m;
/** node:test and mocha trailers: `# tests 14`, `# pass 7`, `# duration_ms 220.6`. */
const trailerRe = /^#\s+(?<key>tests|pass|fail|skipped|todo|duration_ms)\s+(?<value>\d+(?:\.\d+)?)\s*$/;
/** Trailer keys of node:test and mocha (`# pass 7`, `<!-- pass 7 -->`) and the stated count each one gives. */
export const trailerKeys = { tests: 'total', pass: 'passed', fail: 'failed', skipped: 'skipped', todo: 'todo' } as const;
const bailRe = /^\s*Bail out!/;
const durationRe = /^\s*duration_ms:\s*(?<ms>[\d.]+)/;

/** Whether `text` looks like a TAP stream (a version line, or a plan and a test point). */
export function isTap(text: string): boolean {
  const head = text.slice(0, 65536);
  return versionRe.test(head) || (planRe.test(text) && /^\s*(?:not\s+)?ok\b/m.test(head));
}

interface Point {
  depth: number;
  entry: TestCase;
  parent: boolean;
}

/** The leaf cases of a TAP stream. */
export function parseTap(text: string, source: string): TestRun {
  const points: Point[] = [];
  const stated: StatedCounts = {};
  let durationMs: number | undefined;
  let yamlIndent: number | undefined;
  let last: Point | undefined;
  let braces = false;
  for (const line of text.split(/\r?\n/)) {
    if (yamlIndent !== undefined) {
      if (yamlEndRe.test(line)) yamlIndent = undefined;
      else if (last && last.entry.duration === undefined) {
        const ms = durationRe.exec(line)?.groups?.ms;
        if (ms) last.entry.duration = Number(ms) / 1000;
      }
      continue;
    }
    const yaml = yamlStartRe.exec(line);
    if (yaml) {
      yamlIndent = yaml.groups?.indent?.length ?? 0;
      continue;
    }
    if (bailRe.test(line)) break;
    const trailer = trailerRe.exec(line)?.groups;
    if (trailer?.key && trailer.value) {
      const value = Number(trailer.value);
      if (trailer.key === 'duration_ms') durationMs = value;
      else stated[trailerKeys[trailer.key as keyof typeof trailerKeys]] = value;
      continue;
    }
    const point = pointRe.exec(line)?.groups;
    if (!point) continue;
    const depth = point.indent?.length ?? 0;
    let rest = point.rest ?? '';
    const note = timeNoteRe.exec(rest);
    let opensBlock = false;
    if (note) {
      opensBlock = Boolean(note.groups?.open);
      rest = rest.slice(0, note.index);
    }
    const directive = directiveRe.exec(rest);
    const name = (directive ? rest.slice(0, directive.index) : rest).trim();
    const entry: TestCase = { name, status: point.not ? 'failed' : 'passed' };
    if (directive) {
      entry.status = 'skipped';
      if (directive.groups?.directive?.toLowerCase() === 'todo') entry.todo = true;
    }
    if (note?.groups?.ms) entry.duration = Number(note.groups.ms) / 1000;
    if (opensBlock) braces = true;
    // node:test writes children first: an earlier, deeper point since the last point at this depth makes this one a parent.
    // Vitest opens a block with `{` after the parent instead, so its siblings after a block are leaves.
    let parent = opensBlock;
    for (let i = points.length - 1; i >= 0 && !braces; i--) {
      const earlier = points[i] as Point;
      if (earlier.depth <= depth) break;
      parent = true;
    }
    last = { depth, entry, parent };
    points.push(last);
  }
  const run: TestRun = { cases: points.filter((p) => !p.parent).map((p) => p.entry), source };
  if (Object.keys(stated).length > 0) run.stated = stated;
  if (durationMs !== undefined) run.duration = durationMs / 1000;
  return run;
}
