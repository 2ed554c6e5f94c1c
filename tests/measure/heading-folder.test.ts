/** A bare file name resolved by the heading above it that names its folder (realworld w44, w35). */
import { describe, expect, it } from 'vitest';
import { headingFolderName, pathUnderHeading } from '../../src/measure/heading-folder.js';

const candidates = ['bookings_service/routes.py', 'reviews_service/routes.py', 'presentation/routes.py'];

describe('heading-folder: the file a heading picks among several of one name', () => {
  it.each([
    [['Test Coverage Report', 'Coverage by Service', 'Bookings Service'], 'bookings_service/routes.py'],
    [['Coverage by Service', 'Reviews Service'], 'reviews_service/routes.py'],
    [['Coverage', '1. **Bookings Service** (FastAPI) ✅'], 'bookings_service/routes.py'],
    // the heading names no folder of them: no guess
    [['Coverage by Service', 'Rooms Service (Flask)'], undefined],
    [['Coverage by Service'], undefined],
    [[], undefined],
  ])('%j → %j', (headings, path) => {
    expect(pathUnderHeading(candidates, headings)).toBe(path);
  });
  it('a package named by the heading, its folder plural or not', () => {
    const files = ['packages/oiduna_auth/src/oiduna_auth/config.py', 'packages/oiduna_session/src/oiduna_session/config.py'];
    expect(pathUnderHeading(files, ['oiduna_auth (95%)'])).toBe(files[0]);
    expect(pathUnderHeading(['src/models/user.py', 'src/views/user.py'], ['Model'])).toBe('src/models/user.py');
  });
  it('two files under the folder the heading names leave it open', () => {
    expect(pathUnderHeading(['app/a/x.py', 'app/b/x.py'], ['App'])).toBeUndefined();
  });
  it.each([
    ['### 1. Bookings Service (Flask) ✅', 'bookingsservice'],
    ['`oiduna_auth` (95%)', 'oidunaauth'],
    ['UI', undefined],
  ])('heading %j names folder %j', (heading, name) => {
    expect(headingFolderName(heading)).toBe(name);
  });
});
