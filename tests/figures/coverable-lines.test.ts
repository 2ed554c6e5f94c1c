/**
 * The Lines column of a `File | Lines | Coverage` table: a file's length,
 * unless the report shows its coverage tool counting coverable lines (a
 * column of covered or relevant lines elsewhere, or statement coverage on the
 * rows). Each case runs the whole extraction and lists the line counts read.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/commands/claims.js';

interface CoverableLinesCase {
  name: string;
  markdown: string;
  /** The `file.lines` claims left, as `path value`. */
  lengths: string[];
}

const fileTable = '| File | Lines | Coverage | Reason |\n| --- | --- | --- | --- |\n| `app/jobs/application_job.rb` | 2 | **0.0%** | unused |\n| `app/services/jwt_service.rb` | 25 | **0.0%** | legacy |';
/** SimpleCov's table: covered and relevant lines (w15). */
const simpleCov = '| File | Lines Covered | Total Lines | Coverage |\n| --- | --- | --- | --- |\n| `app/models/user.rb` | 9 / 9 | 9 | **100.0%** |';
/** A whole-project figure tied to statements (coverage.py's, 408), then its module table. */
const statements = '- **Coverage:** 24% (1072 total statements, 258 covered)\n\n| Module | Lines | Coverage |\n| --- | --- | --- |\n| nlp_change_detector.py | 141 | 63% |\n| regulatory_monitor.py | 207 | 24% |';

const cases: ReadonlyArray<CoverableLinesCase> = [
  { name: 'beside a SimpleCov table of covered lines, a Lines column counts relevant lines', markdown: `### Models\n\n${simpleCov}\n\n### Unused\n\n${fileTable}`, lengths: [] },
  { name: 'on rows of statement coverage, a Lines column counts statements', markdown: statements, lengths: [] },
  // negative: nothing in the report says its tool counts coverable lines, so the column gives lengths (e2e js-app)
  { name: 'a coverage percentage alone beside a Lines column', markdown: fileTable, lengths: ['app/jobs/application_job.rb 2', 'app/services/jwt_service.rb 25'] },
  {
    name: 'a line count outside the coverage table keeps its reading',
    markdown: `${simpleCov}\n\n- \`installer/install.py\` - Full-featured installer (330 lines)`,
    lengths: ['installer/install.py 330'],
  },
];

describe('coverable lines of a coverage table', () => {
  for (const c of cases) {
    it(c.name, () => {
      const lengths = extractClaims('case.md', c.markdown).filter((claim) => claim.kind === 'file.lines').map((claim) => `${'path' in claim.subject ? claim.subject.path : '?'} ${String(claim.value)}`);
      expect(lengths).toEqual(c.lengths);
    });
  }
});
