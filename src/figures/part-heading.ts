/**
 * A heading or a parent item that is nothing but a part's name: `#### 1.
 * constants.py` over `- **Coverage:** 100%`, or `1.
 * \`vm-interface/tests/interface_tests.rs\`` over `- 36个测试用例`. The
 * figures under it are that part's; a status mark after the name (`####
 * handler_test.go ✅ ACTIVE`) says nothing more. A heading that says more than
 * the name (`### src/main.rs Tests`, `### Changes to src/app.py and docs`) is a
 * title, not a name, and names no part here.
 */
import type { TextBlock } from '../read/markdown.js';
import { partPath } from './part-path.js';
import { findWord, planWords, saysAbsent } from './words.js';

/** A list number, status marks and emphasis around a name: "1. ", "✅ ", "**". */
const leadRe = /^[\s>*_-]*(?:\d+[.)]\s+)?(?:[^\p{L}\p{N}\s`/.~]+\s*)*/u;
/**
 * What may follow the name: a status mark and its words ("✅", "✅ ACTIVE", "📝 CREATED", w09:14, w55:15), then a
 * colon or one parenthesis ("(16 tests)", "(~5% uncovered)", "(needs activation)").
 */
const tailRe = /\s*(?:\p{Extended_Pictographic}[\u{FE0F}\u{200D}]*(?:\s+\p{Lu}[\p{Lu}\s-]*)?)?\s*(?::|\([^()]*\))?\s*$/u;

/** The part a heading's or an item's text names when that text is only the name; otherwise undefined. */
export function partNamedAlone(text: string): string | undefined {
  const lead = text.trim().replace(leadRe, '');
  const tail = tailRe.exec(lead)?.[0] ?? '';
  // "handler_test.go 📝 CREATED (needs activation)", "new_test.go 🚧 PLANNED": a part not there (yet) under that name.
  if (saysAbsent(tail) || findWord(tail, planWords) !== undefined) return undefined;
  const name = lead.slice(0, lead.length - tail.length).replace(/[*_]+$/, '').trim();
  return name === '' || /\s/.test(name) ? undefined : partPath(name);
}

/** The part named alone by the parent item of `block`'s list, else by its nearest heading; undefined when neither is a name alone. */
export function partOfHeading(block: TextBlock): string | undefined {
  const parent = block.context.list;
  const byParent = parent === undefined ? undefined : partNamedAlone(parent);
  if (byParent !== undefined) return byParent;
  const heading = block.context.headings[block.context.headings.length - 1];
  return heading === undefined ? undefined : partNamedAlone(heading);
}
