/**
 * The claimcheck library: `import { verify } from 'claimcheck'`.
 * The default export is the remark plugin, so `remark --use claimcheck` works.
 */
export { verify, readReport, createSession, type VerifyOptions, type ProgressEvent, type Session } from './commands/pipeline.js';
export { extractClaims } from './commands/claims.js';
export type { Extractor, ExtractContext, ClaimDraft } from './figures/extract.js';
export { compare, holds, roundsTo, defaultTolerance, type Tolerance } from './check/compare.js';
export { loadConfig, ConfigError, configFileNames, type Config, type TestSource, type CoverageSource } from './config.js';
export { run, type CliIO, type ExitCode } from './commands/cli.js';
export { format, formatters, formatterOf, formatNames, lazyFormatters, type FormatName, type FormatOptions, type Formatter } from './report/index.js';
export { formatHtml } from './report/html.js';
export { readSuppressions, type Suppressions } from './read/suppress.js';
export { measureRepo, formatFacts, type RepoFacts, type TestFacts, type CoverageFacts, type GitFacts } from './commands/measure.js';
export { detectSetup, renderConfig, type Detection, type Runner } from './commands/init.js';
export { remarkClaimcheck, type RemarkClaimcheckOptions } from './commands/remark-plugin.js';
export { checkIds, type CheckId } from './kinds.js';
export { verifyInTime, type TimeOptions, type TimedResult } from './commands/history.js';
export { fixReport, fixReports, planFixes, unifiedDiff, type FixResult, type FixOptions } from './commands/fix.js';
export { diffClaims, formatClaimDiff, type ClaimDiff } from './commands/diff.js';
export * from './model.js';
export { remarkClaimcheck as default } from './commands/remark-plugin.js';
