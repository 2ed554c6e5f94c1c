/**
 * Words a test file's name adds after the name of what it tests, to say which
 * kind of its tests it holds: `LruCacheBoundaryTests.cs`,
 * `AdaptiveCacheManagerIntegrationTests.cs`, `WorkspaceManagerUnitTests.cs`,
 * `DateEdgeCaseTests.swift`. Such files are tests of that component as much
 * as `LruCacheTests.cs` is.
 */
const testKindWords: readonly string[] = [
  'unit', 'integration', 'boundary', 'boundaries', 'edge', 'edgecase', 'edgecases', 'concurrency', 'concurrent',
  'performance', 'perf', 'stress', 'load', 'regression', 'extended', 'additional', 'advanced', 'basic', 'functional',
  'property', 'properties', 'snapshot', 'smoke', 'e2e', 'threadsafety',
];

/**
 * Whether `stem` (a test file's stem without its test affix, compacted: lower
 * case, no spaces, dashes or underscores) is `name` (compacted too) followed
 * by one word of test kind: "lrucacheboundary" for "lrucache".
 */
export function isKindOfTestsOf(stem: string, name: string): boolean {
  return stem.startsWith(name) && testKindWords.includes(stem.slice(name.length));
}
