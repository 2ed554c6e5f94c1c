/**
 * The claimcheck library: `import { verify } from 'claimcheck'`.
 * The default export is the remark plugin, so `remark --use claimcheck` works.
 */
export { verify, readReport, createSession, type VerifyOptions, type ProgressEvent, type Session } from './pipeline.js';
export { extractClaims, type Extractor, type ExtractContext, type ClaimDraft } from './extract.js';
export { compare, holds, roundsTo, defaultTolerance, type Tolerance } from './compare.js';
export { loadConfig, ConfigError, configFileNames, type Config, type TestSource, type CoverageSource } from './config.js';
export { run, type CliIO, type ExitCode } from './cli.js';
export { format, formatters, formatterOf, formatNames, lazyFormatters, type FormatName, type FormatOptions, type Formatter } from './report/index.js';
export { formatHtml } from './report/html.js';
export { readSuppressions, type Suppressions } from './suppress.js';
export { measureRepo, formatFacts, type RepoFacts, type TestFacts, type CoverageFacts, type GitFacts } from './measure.js';
export { detectSetup, renderConfig, type Detection, type Runner } from './init.js';
export { remarkClaimcheck, type RemarkClaimcheckOptions } from './remark-plugin.js';
export { checkIds, type CheckId } from './kinds.js';
export { verifyInTime, type TimeOptions, type TimedResult } from './history.js';
export { fixReport, fixReports, planFixes, unifiedDiff, type FixResult, type FixOptions } from './fix.js';
export { diffClaims, formatClaimDiff, type ClaimDiff } from './diff.js';
export * from './model.js';
export { remarkClaimcheck as default } from './remark-plugin.js';
