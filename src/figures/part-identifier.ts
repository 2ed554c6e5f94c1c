/**
 * A heading that is nothing but an identifier names a part of the project:
 * `### vectro_lib (Core Library)` over a box with `Coverage: 100.00%`,
 * `### unit_tests` over `Passed: 424`, `#### data-api (Port 8006)`. The
 * identifier (a crate, package, service or suite name, written with `_` or
 * `-`) is no path, so part-heading.ts gives it no path; but the figures under
 * it are that part's, not the whole project's. A title in words (`### Core
 * Library`, `### Summary`) names nothing here.
 */
import type { TextBlock } from '../read/markdown.js';

/** Status marks, list numbers and emphasis before the name: "1. ", "✅ ", "**". */
const leadRe = /^[\s>*_-]*(?:\d+[.)]\s+)?(?:[^\p{L}\p{N}\s`]+\s*)*/u;
/** What may follow the name: a colon, or one parenthesis ("(Core Library)", "(Port 8006)"). */
const tailRe = /\s*(?::|\([^()]*\))?\s*$/;
/** An identifier joined by `_` or `-`: "vectro_lib", "unit_tests", "data-api" (not "Backend", not "CI/CD"). */
const identifierRe = /^[A-Za-z][A-Za-z0-9]*(?:[_-][A-Za-z0-9]+)+$/;

/** The identifier a heading's text is, alone; otherwise undefined. */
export function identifierNamedAlone(text: string): string | undefined {
  const name = text.trim().replace(leadRe, '').replace(tailRe, '').replace(/^`+|`+$/g, '').replace(/[*_]+$/, '').trim();
  return identifierRe.test(name) ? name : undefined;
}

/** The identifier `block`'s nearest heading is, alone; undefined when that heading says more, or there is none. */
export function identifierOfHeading(block: TextBlock): string | undefined {
  const heading = block.context.headings[block.context.headings.length - 1];
  return heading === undefined ? undefined : identifierNamedAlone(heading);
}
