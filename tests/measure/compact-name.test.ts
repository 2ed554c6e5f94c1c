/** Names compared across how they are written. */
import { describe, expect, it } from 'vitest';
import { compactName } from '../../src/measure/compact-name.js';

const cases: Array<[text: string, dropDots: boolean, want: string]> = [
  ['Bookings Service', false, 'bookingsservice'],
  ['bookings_service', false, 'bookingsservice'],
  ['Move-Validator  Tests', false, 'movevalidatortests'],
  // Dots stay unless asked: `BlazorGL.Tests` is no `BlazorGLTests`.
  ['BlazorGL.Tests', false, 'blazorgl.tests'],
  ['BlazorGL.Tests', true, 'blazorgltests'],
  ['oiduna_auth', true, 'oidunaauth'],
  ['', false, ''],
];

describe('compactName', () => {
  it.each(cases)('%s (dropDots %s) → %s', (text, dropDots, want) => expect(compactName(text, { dropDots })).toBe(want));
  it('keeps dots by default', () => expect(compactName('x.Y')).toBe('x.y'));
});
