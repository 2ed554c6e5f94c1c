/**
 * The list a heading's count counts: "## Healthy Services (9/11)" over the
 * services listed under it. The section must hold one list, before any
 * sub-heading, reached through nothing but paragraphs that do not introduce
 * a list of their own ("To restore them:" before a list of steps), and the
 * list must name things, not steps to take or groups with counts of their own.
 */
import type { Heading, List, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { allTables, listsAfter, type ListView } from '../read/report-structure.js';
import { totalRowLabelRe } from './relation-forms.js';

/** Verbs a step starts with: a list of what to do is no list of the things counted. */
export const stepVerbs: readonly string[] = [
  'run', 'rerun', 're-run', 'check', 'restart', 'install', 'open', 'add', 'update', 'fix', 'remove', 'set', 'configure', 'deploy',
  'verify', 'create', 'ensure', 'clear', 'investigate', 'review', 'execute', 'enable', 'disable', 'upgrade', 'rebuild', 'start',
  'stop', 'wait', 'navigate', 'click', 'call', 'use', 'apply', 'replace', 'mock', 'increase', 'reduce', 'roll', 'rollback', 'monitor',
  'migrate', 'refactor', 'document', 'write', 'implement', 'scale', 'restore', 'reboot', 'delete', 'drop', 'merge', 'commit', 'push',
];

/** The first word of an entry, past marks and emphasis. */
const firstWordRe = /^[^\p{L}]*(?<word>\p{L}[\p{L}\p{N}_-]*)/u;
/** An item that opens with a bold label and a colon: "- **Error:** …", "- **Fix Required**: …". */
const boldLabelItemRe = /^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?(?:[^\p{L}\p{N}*`]+\s*)?\*\*[^*]+?(?::\s*\*\*|\*\*\s*:)/u;
/** An entry that gives its own count of tests or failures: it names a group, not one entry ("`api.test.ts` (3 failures)"). */
const ownCountRe = /\b\d[\d,]*\s+(?:tests?|test\s+cases?|failures?|failing|failed|errors?|cases?|specs?)\b/i;
/** Words of a lead-in, for finding the title's words in it. */
const wordsOf = (text: string) => new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2));
const singular = (word: string) => word.replace(/(?:es|s)$/, '');

/** Why the lists under a heading are not the entries it counts, or the list they are. */
export type HeadingList = { list: ListView } | { reason: string };

/** The blocks of the section of the heading at `line`, up to its first sub-heading; undefined when no heading stands there. */
function sectionBlocks(tree: Root, line: number): { heading: Heading; blocks: RootContent[] } | undefined {
  const index = tree.children.findIndex((n) => n.type === 'heading' && n.position?.start.line === line);
  const heading = tree.children[index] as Heading | undefined;
  if (!heading) return undefined;
  const blocks: RootContent[] = [];
  for (const node of tree.children.slice(index + 1)) {
    if (node.type === 'heading') break;
    blocks.push(node);
  }
  return { heading, blocks };
}

/**
 * The rows a count of the heading at `line` counts when its section holds
 * one table before any list ("### Comandos con Cobertura Completa (16)" over a
 * table of sixteen commands): the body rows, Total rows aside. Lists after
 * that table detail its rows ("#### MusicBrainz Jobs (3 jobs)" over a table of
 * three jobs, then "**Why Untested:**" and its list, w86:234); a list before
 * any table leaves the count to the lists.
 */
export function headingTable(tree: Root, line: number): { line: number; rowLines: number[] } | undefined {
  const section = sectionBlocks(tree, line);
  if (!section) return undefined;
  const firstList = section.blocks.findIndex((n) => n.type === 'list');
  const tables = (firstList < 0 ? section.blocks : section.blocks.slice(0, firstList)).filter((n) => n.type === 'table');
  if (tables.length !== 1) return undefined;
  const view = allTables(tree).find((t) => t.line === tables[0]?.position?.start.line);
  if (!view) return undefined;
  return { line: view.line, rowLines: view.rowLines.filter((_, r) => !totalRowLabelRe.test(view.rows[r]?.[0] ?? '')) };
}

/** The list the count of the heading at `line` counts; `title` is the heading's words before the count. */
export function headingList(tree: Root, source: string, line: number, title: string): HeadingList {
  const found = sectionBlocks(tree, line);
  if (!found) return { reason: 'not a heading of the report' };
  const { heading, blocks: section } = found;
  const lists = section.filter((n): n is List => n.type === 'list');
  if (lists.length !== 1) return { reason: lists.length === 0 ? 'no list under it before a sub-heading' : `${lists.length} lists under it` };
  const before = section.slice(0, section.indexOf(lists[0] as List));
  if (before.some((n) => n.type !== 'paragraph' && n.type !== 'thematicBreak' && n.type !== 'html')) return { reason: 'other blocks stand between it and the list' };
  // A paragraph ending in a colon introduces its own list; it is the heading's only when it names the heading's things.
  const titleWords = [...wordsOf(title)].map(singular);
  const leadIn = before.filter((n) => n.type === 'paragraph').map((n) => toString(n).trim()).at(-1);
  if (leadIn?.endsWith(':') && ![...wordsOf(leadIn)].some((w) => titleWords.includes(singular(w)))) return { reason: `the list is introduced by "${leadIn}"` };
  const list = listsAfter(tree, heading.position?.start.offset ?? 0);
  if (!list || list.nested) return { reason: 'the list lies in a sub-section' };
  if (list.describes) return { reason: 'its items are labelled facts about the section, not its entries' };
  const firstWords = list.entries.map((e) => firstWordRe.exec(e)?.groups?.word?.toLowerCase() ?? '');
  if (firstWords.filter((w) => stepVerbs.includes(w)).length * 2 >= list.entries.length) return { reason: 'the list gives steps' };
  if (list.entries.some((e) => ownCountRe.test(e))) return { reason: 'its entries give counts of their own' };
  // Entries of two shapes, some a bold "Label:", some not: the labelled ones annotate the others.
  const lines = source.split('\n');
  const labelled = list.entryLines.filter((l) => boldLabelItemRe.test(lines[l - 1] ?? '')).length;
  if (labelled > 0 && labelled < list.entries.length) return { reason: 'some entries are labels annotating the others' };
  return { list };
}
