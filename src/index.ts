/** The claimcheck library. */
export { verify, readReport, type VerifyOptions } from './pipeline.js';
export { extractClaims, type Extractor, type ExtractContext, type ClaimDraft } from './extract.js';
export { compare, holds, roundsTo, defaultTolerance, type Tolerance } from './compare.js';
export { loadConfig, ConfigError, type Config } from './config.js';
export { run, type CliIO, type ExitCode } from './cli.js';
export { formatters, type FormatName } from './report/index.js';
export * from './model.js';
