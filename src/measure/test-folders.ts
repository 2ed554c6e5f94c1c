/**
 * Folder names that hold tests: every code file below one is a test file.
 * Kept in the measure stage, below the word lists of src/figures/words.ts
 * (which hands it on), because the repository side reads test folders too
 * and imports run downward only.
 */
export const testFolderNames: readonly string[] = ['test', 'tests', '__tests__', 'spec', 'specs'];
