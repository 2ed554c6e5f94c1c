import type { Extractor } from '../src/figures/extract.js';
import { pathSource } from '../src/figures/subjects.js';
import { pathGroup, pathOf } from '../src/figures/path-pieces.js';
import { testFileSource } from '../src/figures/test-files.js';
import { groupStart, scan } from '../src/read/scan.js';

/** "`scripts/backup.sh` exists", "`docs/RUNBOOK.md` is missing". Only backticked paths: bare words are too often names. */
const pathThenStateRe = new RegExp(
  String.raw`\`(?<p>${pathSource})\`\s+(?:(?<no>does\s+not\s+exist|doesn't\s+exist|is\s+missing|is\s+absent|(?:was\s+)?not\s+found)|(?<yes>exists|is\s+present|is\s+in\s+place))\b`,
  'gd',
);
/**
 * Labels under which a report names a file it produced or relies on, so the
 * file is said to be there: "📄 Log: reports/unit_tests.log", "Results file: `out/junit.xml`".
 */
const presentLabelWords = String.raw`Logs?(?:\s+file)?|Log\s+files|Report(?:\s+file)?|Output(?:\s+file)?|Results?\s+file|Artifacts?|Saved\s+to|Written\s+to`;
/** A present-file label, then one path (backticked or bare) alone after it. */
const labelThenPathRe = new RegExp(String.raw`(?:^|[\s*_(])(?:${presentLabelWords})\s*:\s*${pathGroup('p')}\s*(?:$|[,;)])`, 'gd');
/** "Missing: `docs/RUNBOOK.md`". */
const stateThenPathRe = new RegExp(String.raw`\b(?:Missing|Not\s+found|No\s+such\s+file)\s*:?\s+\`(?<p>${pathSource})\``, 'gd');
/**
 * A list item that opens with a test file and gives its result without a
 * count: "✅ tag-template.test.ts - All passing", "❌ \`parser.spec.js\`:
 * failing". The tests of a file were run, so the file is there; with a count
 * ("- \`a.test.ts\` - 21 tests") the count is the claim, and measuring it
 * finds the file or not.
 */
const testFileItemRe = new RegExp(
  String.raw`^(?:[^\p{L}\p{N}\s\x60]+\s*)*\x60?(?<p>${testFileSource})\x60?\s*(?:[-–—:]\s*|\()(?=(?:all\s+)?(?:tests?\s+)?(?:pass(?:ing|ed|es)?|fail(?:ing|ed|s)?|green|red)\b)`,
  'gdiu',
);
/** A count of tests anywhere in the item: "All 21 tests passing", "1 test", "12/12 passing". */
const testCountRe = /\d[\d,]*\s*(?:\/\s*\d[\d,]*\s*)?(?:[a-z-]+\s+)?(?:tests?|specs?|cases?|pass(?:ing|ed)|fail(?:ing|ed|ures?))\b/i;

export default {
  id: 'file-exists',
  description: 'Whether a named file exists: "`scripts/backup.sh` exists", "`docs/X.md` is missing", "Log: reports/unit_tests.log".',
  kinds: ['file.exists'],
  keywords: ['log', 'report', 'output', 'result', 'artifact', 'saved', 'written', 'pass', 'fail', 'green', 'red', 'exist', 'missing', 'absent', 'found', 'present', 'place', 'such'],
  extract(blocks, ctx) {
    for (const m of scan(blocks, labelThenPathRe)) {
      const path = pathOf(m.groups, 'p');
      if (!path) continue;
      ctx.claim(m.block, m.start + (m.match[0].length - m.match[0].trimStart().length), m.end, { kind: 'file.exists', subject: { path }, value: true, unit: 'none', qualifier: 'exact', precision: 0 });
    }
    for (const m of scan(blocks, testFileItemRe, (b) => b.item === true && b.context.checked !== false && !testCountRe.test(b.text))) {
      const path = pathOf(m.groups, 'p');
      if (!path) continue;
      const start = groupStart(m, 'p');
      ctx.claim(m.block, start, start + path.length, { kind: 'file.exists', subject: { path }, value: true, unit: 'none', qualifier: 'exact', precision: 0 });
    }
    for (const [re, negative] of [[pathThenStateRe, undefined], [stateThenPathRe, true]] as const) {
      for (const m of scan(blocks, re, (b) => b.kind !== 'code')) {
        const path = pathOf(m.groups, 'p');
        if (!path) continue;
        const value = negative === undefined ? m.groups.no === undefined : false;
        ctx.claim(m.block, m.start, m.end, { kind: 'file.exists', subject: { path }, value, unit: 'none', qualifier: 'exact', precision: 0 });
      }
    }
  },
} satisfies Extractor;
