/**
 * Names compared across how they are written: a report's "Bookings Service",
 * a folder `bookings_service/`, a test file's stem `BookingsService-tests`.
 */

/** Spaces, dashes and underscores: what separates the words of a name. */
const separatorsRe = /[\s_-]+/g;
/** The same, and dots. */
const separatorsAndDotsRe = /[\s_.-]+/g;

/**
 * `text` lower case, without spaces, dashes and underscores ("Bookings
 * Service" → "bookingsservice"); with `dropDots` (default false) without
 * dots too.
 */
export function compactName(text: string, { dropDots = false }: { dropDots?: boolean } = {}): string {
  return text.toLowerCase().replace(dropDots ? separatorsAndDotsRe : separatorsRe, '');
}
