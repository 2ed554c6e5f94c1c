import { describe, expect, it } from 'vitest';
import { headingFile } from '../../src/figures/heading-file.js';

const cases: Array<[string | undefined, string | undefined]> = [
  ['1. constants.py', 'constants.py'],
  ['2. fasting_manager.py', 'fasting_manager.py'],
  ['`src/db.py`', 'src/db.py'],
  ['**engine.rs**', 'engine.rs'],
  // a heading with more than the file's name, or no file at all
  ['1. nutrition_calculator.py (86%)', undefined],
  ['Tests for constants.py', undefined],
  ['Modules with 100% Coverage', undefined],
  [undefined, undefined],
];

describe('headingFile', () => {
  for (const [heading, file] of cases) {
    it(`${JSON.stringify(heading)} → ${String(file)}`, () => expect(headingFile(heading)).toBe(file));
  }
});
