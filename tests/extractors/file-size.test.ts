import extractor from '../../extractors/file-size.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(extractor, {
  valid: [
    { markdown: '- `docs/SECURITY_GUIDE.md` - Comprehensive guide (127 KB)', claims: [{ kind: 'file.bytes', subject: { path: 'docs/SECURITY_GUIDE.md' }, value: 127, unit: 'bytes', precision: 0, text: '127 KB' }] },
    { markdown: '`dump.sql`: 1.2 MB', claims: [{ value: 1.2, precision: 1, text: '1.2 MB' }] },
    { markdown: '`logo.png` (5,120 bytes)', claims: [{ value: 5120, text: '5,120 bytes' }] },
  ],
  invalid: ['Security Guide (127 KB)', '`app.js` (120 lines)', 'Uploads up to 10 MB are accepted.'],
});
