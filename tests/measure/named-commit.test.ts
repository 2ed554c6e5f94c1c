/** A line reference of a report that names the commit it read, checked at that commit when the lines are empty now (w67:90, f10). */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verify } from '../../src/commands/pipeline.js';
import { gitRepo } from '../helpers/git-repo.js';

const code = (...lines: string[]) => lines.join('\n') + '\n';

describe('a line reference to the commit the report names', () => {
  const repo = gitRepo('claimcheck-named-commit-');
  const blankFirst = repo.commit({ 'a.go': code('package a', '', '', 'func Fix() int {', '\treturn 1', '}') }, '2026-01-01T00:00:00Z');
  const reviewed = repo.commit({ 'a.go': code('package a', '', 'func Fix() int {', '\treturn 1', '}') }, '2026-01-02T00:00:00Z');
  // the fix adds a comment block above: line 3 is blank now
  repo.commit({ 'a.go': code('package a', '', '', '// Fix returns one.', 'func Fix() int {', '\treturn 1', '}') }, '2026-01-03T00:00:00Z');
  afterAll(() => repo.remove());

  const verdictFor = async (lead: string) => {
    writeFileSync(path.join(repo.dir, 'REPORT.md'), `${lead}\n\n- \`Fix\`: \`a.go:3\` (fixed)\n`);
    const result = await verify({ reports: [path.join(repo.dir, 'REPORT.md')], repo: repo.dir, cwd: repo.dir, checks: ['files'] });
    const finding = result.reports[0]!.findings.find((f) => f.claim.kind === 'file.snippet');
    return `${finding?.verdict}: ${finding?.message}`;
  };
  it.each([
    // the named commit held the function at line 3
    ['Reviewers ran against `HEAD REVIEWED`.', 'unverifiable: line 3 is blank; `Fix` is at line 5; at REVIEWED, the commit the report names, the line held code'],
    ['**Commit Analyzed:** REVIEWED', 'unverifiable: line 3 is blank'],
    // no commit named: the file as it is
    ['Reviewers ran against the current head.', 'contradicted: line 3 is blank'],
    // blank at the named commit too: the reference was wrong there as well
    ['Reviewers ran against `HEAD BLANK`.', 'contradicted: line 3 is blank'],
    // a hash that is no commit of the repository
    ['Reviewers ran against `HEAD 1234abcd`.', 'contradicted: line 3 is blank'],
  ])('%s', async (lead, want) => {
    const short = (h: string) => h.slice(0, 7);
    const text = lead.replace('REVIEWED', short(reviewed)).replace('BLANK', short(blankFirst));
    expect(await verdictFor(text)).toContain(want.replace('REVIEWED', short(reviewed)));
  });
});
