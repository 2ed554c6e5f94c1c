/**
 * The part of the code a coverage figure is of, when the words right after it
 * name one: "100% coverage of core logic", "86% coverage on core session
 * operations", "**Coverage Target**: 100% of core business logic", "50%+
 * coverage for critical paths". Such a figure is that part's, never the whole
 * project's: compared with the project's coverage it would be a false
 * contradiction. A time or a run ("in next sprint", "in combined run") and a
 * word for everything ("across all systems", "of the codebase", "across the
 * workspace") name no part.
 */
import type { Subject } from '../model.js';
import { withoutEmphasis } from '../read/without-stars.js';

/** The preposition and the words after it, up to a clause break. Group `phrase`. */
const objectRe = /^[^\S\n]*(?:on|of|for|across)[^\S\n]+(?<phrase>[^.,;:()[\]|\n!?]{1,80})/i;

/** Words that end the part's name: the clause goes on about something else ("core logic, these tests…", "logic with 30 tests"). */
const stopWords: ReadonlySet<string> = new Set([
  'with', 'but', 'by', 'via', 'in', 'on', 'at', 'to', 'from', 'while', 'once', 'when', 'after', 'before', 'since', 'until',
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'should', 'can', 'could', 'that', 'which', 'where',
  'using', 'including', 'except', 'because', 'so', 'as', 'than', 'then',
]);

/** Words that join two names: the part is not one name, and a cut would name another. */
const conjunctions: ReadonlySet<string> = new Set(['and', 'or', '&']);

/** Words that say the figure is of everything or of nothing in particular: no part. */
const wholeWords: ReadonlySet<string> = new Set([
  'all', 'every', 'each', 'entire', 'whole', 'overall', 'total', 'everything', 'project', 'projects', 'codebase', 'repo', 'repository',
  'workspace', 'monorepo', 'board',
  'it', 'this', 'that', 'these', 'those', 'them', 'which', 'what', 'both', 'any',
]);

/** Words of a time, a run or a goal: "in next sprint", "for the release", "of the target". */
const timeWords: ReadonlySet<string> = new Set([
  'next', 'last', 'previous', 'current', 'sprint', 'sprints', 'week', 'weeks', 'month', 'months', 'day', 'days', 'quarter', 'year',
  'release', 'releases', 'run', 'runs', 'phase', 'milestone', 'time', 'now', 'today', 'target', 'goal', 'goals',
  'threshold', 'requirement', 'requirements', 'improvement', 'increase', 'change',
]);

/** Words for the code as a whole: "of production code", "of the source code" name no part. */
const codeWords: ReadonlySet<string> = new Set(['production', 'source', 'code', 'application', 'app', 'software', 'lines', 'line']);

/** Articles a part's name may open with, and that are not part of it. */
const articles: ReadonlySet<string> = new Set(['the', 'our', 'its', 'their']);

/** A word of a part's name: letters, maybe with a hyphen ("business-critical"). */
const nameWordRe = /^\p{L}[\p{L}-]*$/u;

/**
 * The part named right after a coverage figure (`after` is the text that
 * follows the figure's phrase), as a category; undefined when the words name
 * no part, a path (which the path readers take), or more than four words.
 */
export function coverageObject(after: string): Subject | undefined {
  const phrase = objectRe.exec(after)?.groups?.phrase;
  if (phrase === undefined) return undefined;
  const words = withoutEmphasis(phrase).trim().split(/\s+/);
  while (words.length > 0 && articles.has(words[0]!.toLowerCase())) words.shift();
  const name: string[] = [];
  for (const word of words) {
    // "of payment and billing modules": a name cut at its conjunction would be another part.
    if (conjunctions.has(word.toLowerCase())) return undefined;
    if (stopWords.has(word.toLowerCase())) break;
    // A path, a figure or a mark ends the name, or is no name at all.
    if (!nameWordRe.test(word)) return name.length > 0 && /^[-–—]$/.test(word) ? category(name) : undefined;
    name.push(word);
  }
  return category(name);
}

function category(name: readonly string[]): Subject | undefined {
  if (name.length === 0 || name.length > 4) return undefined;
  if (name.some((w) => wholeWords.has(w.toLowerCase()) || timeWords.has(w.toLowerCase()))) return undefined;
  if (name.every((w) => codeWords.has(w.toLowerCase()))) return undefined;
  return { category: name.join(' ') };
}

/**
 * Whether a name given to a coverage figure is only the figure's own phrase:
 * the row "| Test Coverage >95% | 91% |" or "| Test coverage 75.4% → 97.0% |"
 * names the criterion the figure states, not a part of the project. `figure`
 * is the figure as written ("95%", ">95%").
 */
export function isOwnPhrase(name: string, figure: string): boolean {
  const number = /\d[\d.,]*\s*%/.exec(figure)?.[0];
  if (number === undefined || !name.includes(number)) return false;
  // What is left once the figures and the words for coverage itself are gone names no part.
  const rest = name.replace(/[~≈<>≥≤+]?\d[\d.,]*\s*%\+?/g, ' ').replace(/[→>-]+/g, ' ').replace(/\b(?:test|code|line|overall|total)?\s*coverage\b/gi, ' ');
  return !/\p{L}/u.test(rest.replace(/^\s*\d+(?:\.\d+)*\s/, ' '));
}
