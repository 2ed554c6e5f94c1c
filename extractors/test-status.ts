import type { Extractor, ExtractContext } from '../src/figures/extract.js';
import type { TextBlock } from '../src/read/markdown.js';
import { scan, groupStart } from '../src/read/scan.js';

/** A test's name as reports write it: in backticks (containing "test"), or a bare `test_x` / `TestX` / `x_test` identifier. */
const testNameSource = String.raw`\`(?<quoted>[^\`\n]*test[^\`\n]*)\`|(?<bare>\btest_\w+|\bTest[A-Z]\w*|\b\w+_test\b)`;
// Case matters for names (`TestLogin`, not "Tests"), so status words list their capitalised forms.
const statusWordSource = String.raw`(?<status>fails|failing|failed|passes|passing|passed|is\s+skipped|was\s+skipped|skipped|errors|errored|FAIL(?:ED|ING|S)?|PASS(?:ED|ING|ES)?|SKIPPED|ERROR|Fail(?:ed|ing|s)|Pass(?:ed|ing|es)|Skipped)`;

/** "`test_empty_uri` fails", "test_parse_date is still failing", "`TestLogin` passes". */
const nameThenStatusRe = new RegExp(String.raw`(?:${testNameSource})\s*(?::\s*|\(\s*)?(?:(?:is|was|still|now|currently)\s+)*${statusWordSource}\b`, 'gd');

const statusOf = (word: string): 'passed' | 'failed' | 'skipped' => (/^pass/i.test(word) ? 'passed' : /skip/i.test(word) ? 'skipped' : 'failed');

function extract(blocks: readonly TextBlock[], ctx: ExtractContext): void {
  for (const m of scan(blocks, nameThenStatusRe)) {
    const name = (m.groups.quoted ?? m.groups.bare ?? '').trim();
    // A sentence in backticks is not a test name; a describe path ("calc > adds") may have a few words.
    if (name.split(/\s+/).length > 6) continue;
    const status = m.groups.status ?? '';
    ctx.claim(m.block, m.start, m.end, { kind: 'tests.status', subject: { name }, value: statusOf(status), unit: 'none', qualifier: 'exact', precision: 0 }, [groupStart(m, 'status'), m.end]);
  }
}

export default {
  id: 'test-status',
  description: 'A named test\'s outcome: "`test_empty_uri` fails", "TestLogin passes".',
  kinds: ['tests.status'],
  keywords: ['test'],
  extract,
} satisfies Extractor;
