/**
 * A file as it was at a commit the report names: a review or fix report that
 * says which commit it read ("Two closeout reviewers ran against `HEAD
 * f49d358`", "**Commit Analyzed:** ef3a682") cites the lines of that commit
 * (`OrderItem.cs:60`), which a later commit — often the report's own — moves.
 * A reference that lands on a blank line of the file as it is now, and on code
 * at the named commit, is then no evidence against the report (w67:90, the
 * development set's f10).
 */
import { git } from './git.js';
import { hashOnlySource } from './git-pieces.js';
import type { RunContext } from './verify-types.js';

/** A hash written in the report, apart from longer words. */
const writtenHashRe = new RegExp(String.raw`(?<![\w/])(${hashOnlySource})(?![\w/])`, 'g');
/** At most this many hashes of one report are asked about. */
const maxHashes = 8;

/**
 * The commits of the repository the report's text names, at most `maxHashes`, once per report: not only
 * ancestors of the checkout, since a reviewed head is often rebased away (w67's f49d358).
 */
async function namedCommits(run: RunContext, source: string): Promise<string[]> {
  const written = [...new Set([...source.matchAll(writtenHashRe)].map((m) => m[1] as string))].slice(0, maxHashes);
  return run.once(`git:named-commits:${written.join(',')}`, async () => {
    const found: string[] = [];
    for (const hash of written) {
      const full = await git(run.repo, ['rev-parse', '--verify', '--quiet', `${hash}^{commit}`]);
      const commit = full.ok ? full.stdout.trim() : '';
      if (/^[0-9a-f]{40}$/.test(commit)) found.push(commit);
    }
    return found;
  });
}

/** The texts of `file` (repository-relative) at each commit the report names that holds it. */
export async function textsAtNamedCommits(run: RunContext, source: string | undefined, file: string): Promise<Array<{ commit: string; text: string }>> {
  if (source === undefined) return [];
  const texts: Array<{ commit: string; text: string }> = [];
  for (const commit of await namedCommits(run, source)) {
    const shown = await git(run.repo, ['show', `${commit}:${file}`]);
    if (shown.ok) texts.push({ commit, text: shown.stdout });
  }
  return texts;
}
