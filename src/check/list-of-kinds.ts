/**
 * A list whose every entry names the counted noun in the plural lists kinds
 * of the thing counted, not one thing each: "### Warnings (54 total)" over
 * "**Pydantic deprecation warnings** (…)", "**pytest-asyncio marker
 * warnings**", "**RuntimeWarnings** (…)" is three kinds of 54 warnings, so
 * its length says nothing of the count.
 */

/** Whether every entry of a list under a count of `noun` ("Warnings", "warning") names kinds of it. */
export function namesKindsOf(noun: string, entries: readonly string[]): boolean {
  const stem = noun.trim().toLowerCase().replace(/e?s$/, '');
  if (!/^\p{L}{3,}$/u.test(stem) || entries.length === 0) return false;
  // The plural may close a compound ("RuntimeWarnings", "warning-types" does not count): no boundary before it.
  const plural = new RegExp(String.raw`${stem}e?s(?![\p{L}\p{N}])`, 'iu');
  return entries.every((entry) => plural.test(entry));
}
