/** The claimcheck library. */
export { verify, readReport, type VerifyOptions } from './pipeline.js';
export { extractClaims, type Extractor, type ExtractContext, type ClaimDraft } from './extract.js';
export { compare, holds, roundsTo, defaultTolerance, type Tolerance } from './compare.js';
export { loadConfig, ConfigError, type Config } from './config.js';
export { run, type CliIO, type ExitCode } from './cli.js';
export { formatters, type FormatName } from './report/index.js';
export { verifyInTime, type TimeOptions, type TimedResult } from './history.js';
export { fixReport, fixReports, planFixes, unifiedDiff, type FixResult, type FixOptions } from './fix.js';
export { diffClaims, formatClaimDiff, type ClaimDiff } from './diff.js';
export * from './model.js';
