/**
 * Tests a file makes at run time (Go's `t.Run` in a loop, pytest's
 * parametrised cases) only add to the tests it declares: the declarations
 * are a floor. A count of the file's tests above the floor may be right (the
 * run made the rest); an exact count below every reading of the floor is
 * wrong whatever the run made ("internal/api/middleware/middleware_test.go
 * (7 tests)" for a file of 8 test functions).
 */
import type { Claim } from '../model.js';

/** The floor `claim` falls below, or undefined when it does not (or is no exact count of tests). */
export function belowFloor(claim: Claim, readings: readonly number[]): number | undefined {
  if (claim.kind !== 'tests.total' || claim.qualifier !== 'exact' || typeof claim.value !== 'number' || readings.length === 0) return undefined;
  const floor = Math.min(...readings);
  return claim.value < floor ? floor : undefined;
}
