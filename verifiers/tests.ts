/** Tests: counts and rates read from the test results of the repository. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Claim, Measurement, Outcome } from '../src/model.js';
import type { RunContext, Verifier } from '../src/verify-types.js';
import type { TestCase } from '../src/formats/types.js';
import { isJunit, parseJunit } from '../src/formats/junit.js';
import { findFiles, junitPlaces } from '../src/result-files.js';

interface TestResults {
  cases: TestCase[];
  files: string[];
  duration?: number;
}

type Loaded = { ok: true; results: TestResults } | { ok: false; verdict: 'unverifiable' | 'error'; reason: string };

/** Read every configured or detected result file, once per invocation. */
function loadResults(run: RunContext): Promise<Loaded> {
  return run.once('tests:results', async () => {
    const configured = (run.config.tests ?? []).map((source) => source.results).filter((r): r is string => Boolean(r));
    const patterns = configured.length > 0 ? configured : junitPlaces;
    const files = await findFiles(run.files, patterns);
    if (files.length === 0) {
      const where = configured.length > 0 ? configured.join(', ') : junitPlaces.join(', ');
      return { ok: false, verdict: 'unverifiable', reason: `no test results found (looked for ${where}; set tests[].results in claimcheck.yaml)` } as const;
    }
    const results: TestResults = { cases: [], files };
    for (const file of files) {
      let text: string;
      try {
        text = readFileSync(path.join(run.files.root, file), 'utf8');
      } catch (error) {
        return { ok: false, verdict: 'error', reason: `cannot read ${file}: ${(error as Error).message}` } as const;
      }
      if (!isJunit(text)) return { ok: false, verdict: 'error', reason: `${file} is not a JUnit XML file` } as const;
      try {
        const parsed = parseJunit(text);
        results.cases.push(...parsed.cases);
        if (parsed.duration !== undefined) results.duration = (results.duration ?? 0) + parsed.duration;
      } catch (error) {
        return { ok: false, verdict: 'error', reason: `cannot parse ${file}: ${(error as Error).message}` } as const;
      }
    }
    return { ok: true, results } as const;
  });
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : (part / whole) * 100);

/** The measured value of `claim` from whole-suite counts, with its other valid readings. */
export function measureCounts(claim: Claim, cases: readonly TestCase[], source: string): Measurement | undefined {
  const count = (status: TestCase['status']) => cases.filter((c) => c.status === status).length;
  const total = cases.length;
  const passed = count('passed');
  const failed = count('failed');
  const errors = count('error');
  const skipped = count('skipped');
  const ran = total - skipped;
  const detail = { total, passed, failed, errors, skipped };
  const with_ = (value: number, alternatives: number[] = []): Measurement => {
    const others = alternatives.filter((a) => a !== value);
    return others.length > 0 ? { value, alternatives: [...new Set(others)], source, detail } : { value, source, detail };
  };
  switch (claim.kind) {
    case 'tests.total':
      // "N tests" sometimes means the tests that ran.
      return with_(total, [ran]);
    case 'tests.passed':
      return with_(passed);
    case 'tests.failed':
      // Reports that say "N failed" usually mean failures and errors together.
      return with_(failed + errors, [failed]);
    case 'tests.errors':
      return with_(errors);
    case 'tests.skipped':
      return with_(skipped);
    case 'tests.passRate':
      return with_(percent(passed, total), [percent(passed, ran)]);
    case 'tests.failRate':
      return with_(percent(failed + errors, total), [percent(failed + errors, ran), percent(failed, total)]);
    default:
      return undefined;
  }
}

export default {
  id: 'tests',
  description: 'Test counts and rates, read from JUnit XML result files.',
  kinds: ['tests.total', 'tests.passed', 'tests.failed', 'tests.skipped', 'tests.errors', 'tests.passRate', 'tests.failRate'],
  async measure(claims, run) {
    const loaded = await loadResults(run);
    return claims.map((claim): Outcome => {
      if (!loaded.ok) return { kind: loaded.verdict, reason: loaded.reason };
      if (!('scope' in claim.subject)) {
        return { kind: 'unverifiable', reason: `counts for ${JSON.stringify(Object.values(claim.subject)[0])} cannot be told apart in the results; only whole-suite counts are measured` };
      }
      const source = `junit: ${loaded.results.files.join(', ')}`;
      const measured = measureCounts(claim, loaded.results.cases, source);
      return measured ? { kind: 'measured', measured } : { kind: 'unverifiable', reason: `${claim.kind} is not measured from JUnit results` };
    });
  },
} satisfies Verifier;
