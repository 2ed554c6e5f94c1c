/**
 * `remarkClaimcheck`: a remark (unified) plugin that verifies the report being
 * processed and attaches its findings to the file as vfile messages, so
 * `remark --use claimcheck` and unified pipelines report them like lint
 * warnings. Verdicts that fail the run are fatal messages (errors), `error`
 * verdicts warnings, and with `verbose` unverifiable and consistent claims are infos.
 * Confirmed and skipped claims add nothing.
 */
import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { loadConfig, type Config } from '../config.js';
import type { CheckId } from '../kinds.js';
import type { Verdict } from '../model.js';
import { createSession, verify } from './pipeline.js';
import { defaultFailOn } from '../report/options.js';

export interface RemarkClaimcheckOptions {
  /** Repository the report describes, relative to the file's `cwd`. Default: the file's `cwd`. */
  repo?: string;
  /** Configuration to use. Default: `claimcheck.yaml` (or `.claimcheck.yaml`) in the repository, if any. */
  config?: Config;
  /** Verifier families to run. Default: all. */
  checks?: readonly CheckId[];
  /** Run nothing; read result files only. Default false. */
  noExec?: boolean;
  /** Verdicts reported as fatal. Default: contradicted and error, with the config's `failOn` added. */
  failOn?: readonly Verdict[];
  /** Also report unverifiable claims, as infos. Default false. */
  verbose?: boolean;
}

/** Virtual name of a file that has no path, so the pipeline never looks for it on disk. */
const unnamed = 'report.md';

/** The plugin. `options` as above; returns the transformer unified calls with the tree and the file. */
export function remarkClaimcheck(options: RemarkClaimcheckOptions = {}) {
  // One processor checks many files (remark-cli, unified-engine): the test run is measured once for all of them.
  const session = createSession();
  return async function transformer(_tree: Root, file: VFile): Promise<void> {
    const cwd = file.cwd;
    const repo = path.resolve(cwd, options.repo ?? '.');
    const config = options.config ?? loadConfig(repo, undefined, cwd).config;
    const name = file.path || unnamed;
    const result = await verify({
      reports: [name],
      sources: new Map([[name, String(file.value)]]),
      repo,
      cwd,
      config,
      ...(options.checks ? { checks: options.checks } : {}),
      noExec: options.noExec ?? false,
      session,
    });
    const failing = new Set<Verdict>(options.failOn ?? [...defaultFailOn, ...(config.failOn ?? [])]);
    for (const finding of result.reports.flatMap((report) => report.findings)) {
      const fatal = failing.has(finding.verdict) ? true : finding.verdict === 'error' ? false : (finding.verdict === 'unverifiable' || finding.verdict === 'consistent') && options.verbose ? null : undefined;
      if (fatal === undefined) continue;
      const { line, column } = finding.claim.position;
      const message = file.message(finding.message, { place: { line, column }, ruleId: finding.claim.kind, source: 'claimcheck' });
      message.fatal = fatal;
      message.actual = finding.claim.text;
      if (finding.measured) {
        message.expected = [String(finding.measured.value)];
        message.note = `measured from ${finding.measured.source}`;
      }
    }
  };
}

export default remarkClaimcheck;
