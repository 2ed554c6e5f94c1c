/**
 * The list a heading's count counts: "## Healthy Services (9/11)" over the
 * services listed under it. The section must hold one list, before any
 * sub-heading, reached through nothing but paragraphs that do not introduce
 * a list of their own ("To restore them:" before a list of steps), and the
 * list must name things, not steps to take or groups with counts of their own.
 * For consistency's listCount, `headingLists` reads a section whose lists
 * have lead-ins of their own: which of them the heading counts.
 */
import type { Heading, List, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { allTables, introducesRe, itemsOfList, listsAfter, viewOfItems, type ListView } from '../read/report-structure.js';
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

/** A line of a paragraph that opens an item: "16. home_page_test.dart" (an ordered list from 16 cannot interrupt a paragraph). */
const itemLineRe = /^\s{0,3}(?:\d{1,3}[.)]|[-*+])\s+(?=\S)/;
/** The count a lead-in gives its own list: "Widgets (15):", "**Screens (17 files)**", "Files Modified: 3". */
const leadCountRe = /(?:\(\s*(?<inParens>\d[\d,]*)(?:\s+[\p{L}-]+){0,2}\s*\)|:\s*(?<afterColon>\d[\d,]*))[^\p{L}\p{N}]*$/u;

/** Whether a paragraph leads the list after it: its text ends with a colon, or it is one bold label ("**Widgets (15)**"). */
function isLead(node: Paragraph): boolean {
  const parts = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  return introducesRe.test(toString(node).trim()) || (parts.length === 1 && parts[0]?.type === 'strong');
}

/** The count a lead-in states for its own list, or undefined. */
function leadCount(lead: string): number | undefined {
  const g = leadCountRe.exec(lead)?.groups;
  const n = g?.inParens ?? g?.afterColon;
  return n === undefined ? undefined : Number(n.replace(/,/g, ''));
}

/** One list of a heading's section: its items, and the lead-in paragraph right before it, if any. */
interface SectionList {
  items: Array<{ text: string; line: number }>;
  line: number;
  lead?: string;
}

/**
 * A paragraph that is a lead-in line and the items under it, which markdown keeps as one paragraph: "**Screens (17):**"
 * then "16. `home_page_test.dart`" … (an ordered list that does not start at 1 cannot interrupt a paragraph). Undefined
 * when its first line leads nothing or some later line opens no item.
 */
function leadWithItemLines(node: Paragraph): SectionList | undefined {
  const lines = toString(node).split('\n');
  const [lead, ...rest] = lines;
  if (lead === undefined || rest.length === 0 || !rest.every((l) => itemLineRe.test(l))) return undefined;
  const first = node.children[0];
  const bare = (text: string) => text.replace(/:\s*$/, '').trim();
  const bold = first?.type === 'strong' && bare(toString(first)) === bare(lead);
  if (!introducesRe.test(lead.trim()) && !bold) return undefined;
  const start = node.position?.start.line ?? 0;
  return { items: rest.map((l, i) => ({ text: l.replace(itemLineRe, '').trim(), line: start + 1 + i })), line: start + 1, lead: lead.trim() };
}

/** How a heading's count reads the lists of its section when some of them have a lead-in of their own. */
export interface HeadingLists {
  /** The entries the heading counts: its own lists (those without a lead-in), or every list when each has one. */
  counted: ListView;
  /** Where `counted` stands, for the message: "the list at line 37 (the list at line 42 has its own lead-in)". */
  where: string;
  /** The first line of each list `counted` holds (1-based). */
  lines: number[];
  /** Other readings of the count: every list of the section together; the sum of the counts the lead-ins give. */
  others: Array<{ what: string; count: number }>;
  /**
   * Whether a count no reading gives is wrong: true when the heading has a list of its own or every lead-in gives its
   * own count (the labels break the heading's count down); false when uncounted lead-ins may introduce asides.
   */
  decisive: boolean;
}

const linesOf = (lists: readonly SectionList[]) => (lists.length === 1 ? `the list at line ${lists[0]?.line}` : `the lists at lines ${lists.map((l) => l.line).join(', ')}`);

/**
 * The lists the count of the heading at `line` counts when some list of its section (before any sub-heading) has a
 * lead-in of its own: a paragraph right before it that ends with a colon or is one bold label, or whose first line is
 * such a label over item lines. A list so introduced belongs to its lead-in ("Added Testcontainers v1.19.3:" over four
 * artifacts, under "### Dependencies Updated (3 files)" and its three pom files): the heading counts the lists it has
 * without one. When every list has its own lead-in ("**Widgets (15):**", "**Screens (17):**" under "### Widget Tests (32
 * files)"), the heading counts all of them, or the lead-ins' counts summed. Undefined when no list has a lead-in of its
 * own, when one list alone has one (its lead-in introduces the heading's list: "The following files were created:"), or
 * when the section's lists run into its sub-sections: the caller reads the section's lists as one.
 */
export function headingLists(tree: Root, line: number): HeadingLists | undefined {
  const index = tree.children.findIndex((n) => n.type === 'heading' && n.position?.start.line === line);
  const heading = tree.children[index] as Heading | undefined;
  if (!heading) return undefined;
  const lists: SectionList[] = [];
  let inSubsection = false;
  for (const [at, node] of tree.children.entries()) {
    if (at <= index) continue;
    if (node.type === 'heading' && node.depth <= heading.depth) break;
    if (node.type === 'heading') inSubsection = true;
    if (node.type === 'paragraph' && !inSubsection) {
      const lazy = leadWithItemLines(node);
      if (lazy) lists.push(lazy);
    }
    if (node.type !== 'list') continue;
    if (inSubsection) return undefined;
    const before = tree.children.slice(index + 1, at).filter((n) => n.type !== 'html').at(-1);
    const lead = before?.type === 'paragraph' && isLead(before) ? toString(before).trim() : undefined;
    lists.push({ items: itemsOfList(node), line: node.position?.start.line ?? 0, ...(lead !== undefined ? { lead } : {}) });
  }
  const led = lists.filter((l) => l.lead !== undefined);
  const own = lists.filter((l) => l.lead === undefined);
  const all = lists.reduce((n, l) => n + l.items.length, 0);
  if (own.length > 0 && led.length > 0) {
    return {
      counted: viewOfItems(own.flatMap((l) => l.items)),
      lines: own.map((l) => l.line),
      where: `${linesOf(own)} (${linesOf(led)} ${led.length === 1 ? 'has its' : 'have their'} own lead-in)`,
      others: [{ what: `items in all ${lists.length} lists of its section`, count: all }],
      decisive: true,
    };
  }
  if (led.length < 2) return undefined;
  const counts = led.map((l) => leadCount(l.lead ?? ''));
  const labelled = counts.every((n) => n !== undefined);
  return {
    counted: viewOfItems(led.flatMap((l) => l.items)),
    lines: led.map((l) => l.line),
    where: `${linesOf(led)}, each under its own lead-in`,
    others: labelled ? [{ what: `the counts of its lead-ins (${counts.join(' + ')})`, count: counts.reduce((s: number, n) => s + (n ?? 0), 0) }] : [],
    decisive: labelled,
  };
}
