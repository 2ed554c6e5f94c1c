/** Git fixture repositories with a fixed author and fixed dates, built commit by commit in a temp folder. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface GitRepo {
  dir: string;
  /** Write `files` (path → content), commit them all at `date` (ISO 8601) and return the full hash. */
  commit(files: Record<string, string>, date: string, message?: string): string;
  /** Run git in the repo and return its stdout. */
  git(...args: string[]): string;
  remove(): void;
}

/** A new repository in a temp folder; nothing of the user's git configuration is read. */
export function gitRepo(prefix = 'claimcheck-git-'): GitRepo {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), prefix)));
  const baseEnv = {
    ...process.env,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Fixture Author',
    GIT_AUTHOR_EMAIL: 'author@example.com',
    GIT_COMMITTER_NAME: 'Fixture Author',
    GIT_COMMITTER_EMAIL: 'author@example.com',
  };
  const git = (args: string[], env: NodeJS.ProcessEnv = baseEnv) => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8', timeout: 30_000 });
  git(['init', '--quiet', '--initial-branch=main']);
  return {
    dir,
    commit(files, date, message = `commit at ${date}`) {
      for (const [file, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        writeFileSync(path.join(dir, file), text);
      }
      git(['add', '--all']);
      git(['commit', '--quiet', '-m', message], { ...baseEnv, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
      return git(['rev-parse', 'HEAD']).trim();
    },
    git: (...args) => git(args),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** `count` numbered lines, each ending in a newline. */
export function lines(count: number, word = 'line'): string {
  return Array.from({ length: count }, (_, i) => `${word} ${i + 1}\n`).join('');
}
