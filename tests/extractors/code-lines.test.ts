import extractor from '../../extractors/code-lines.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(extractor, {
  valid: [
    { markdown: 'The engine is 108,542 lines of Rust.', claims: [{ kind: 'code.lines', subject: { path: '**/*.rs' }, value: 108542, unit: 'lines', text: '108,542 lines of Rust' }] },
    { markdown: '- 12,000 lines of Python code', claims: [{ kind: 'code.lines', subject: { path: '**/*.{py,gyp,gypi,lmi,py3,pyde,pyi,pyp,pyt,pyw,tac,wsgi,xpy,pytb}' }, value: 12000 }] },
    { markdown: 'The service has about 3,000 lines of code in `backend/`.', claims: [{ kind: 'code.lines', subject: { path: 'backend/**' }, value: 3000, qualifier: 'approx' }] },
    { markdown: '- 📏 Total lines of code: 108542', claims: [{ kind: 'code.lines', subject: { path: '**' }, value: 108542, text: 'Total lines of code: 108542' }] },
    { markdown: '| Metric | Value |\n| --- | --- |\n| LOC | 5,000 |', claims: [] },
    { markdown: 'Lines of code (TypeScript): 9,120', claims: [{ kind: 'code.lines', subject: { path: '**/*.{ts,cts,mts,tsx}' }, value: 9120 }] },
    // a noun after the count that still means all the code (002:130), or a language that narrows it (101:47)
    { markdown: '- **Total Lines of Code**: ~15,000+ lines', claims: [{ kind: 'code.lines', subject: { path: '**' }, value: 15000 }] },
    { markdown: 'Lines of Code: 12,000 source lines', claims: [{ kind: 'code.lines', subject: { path: '**' }, value: 12000 }] },
    // a statistic under a heading that gives a part's path in parentheses is that part's (w86:133, 163)
    { markdown: '#### SeoService (`app/Services/SeoService.php`)\n\n**Lines of Code:** 299', claims: [{ kind: 'code.lines', subject: { path: 'app/Services/{SeoService.php}' }, value: 299 }] },
    { markdown: '### Backend API (`services/api/`)\n\nLines of code (Python): 3,000', claims: [{ kind: 'code.lines', subject: { path: 'services/api/**/*.{py,gyp,gypi,lmi,py3,pyde,pyi,pyp,pyt,pyw,tac,wsgi,xpy,pytb}' }, value: 3000 }] },
    // a heading without a path, a glob, or a parenthesis saying more leaves the whole repository's count
    { markdown: '### Codebase (overview)\n\nTotal lines of code: 5,000', claims: [{ kind: 'code.lines', subject: { path: '**' }, value: 5000 }] },
    { markdown: '### Tests (`test/Ordering.*/**`)\n\nLOC: 5,000', claims: [{ kind: 'code.lines', subject: { path: '**' }, value: 5000 }] },
    { markdown: '### SeoService (`app/Services/SeoService.php`, the SEO helpers)\n\nLOC: 5,000', claims: [{ kind: 'code.lines', subject: { path: '**' }, value: 5000 }] },
    // a farther heading gives nothing
    { markdown: '### SeoService (`app/Services/SeoService.php`)\n\n#### Totals\n\nLOC: 5,000', claims: [{ kind: 'code.lines', subject: { path: '**' }, value: 5000 }] },
  ],
  invalid: [
    // w18:307: a noun after the count narrows it to the tests' lines, not the repository's
    '**Lines of Code**: ~5,000 test lines',
    '5,000 lines of code', 'Removed 5,000 lines of Rust', 'The refactor cut 2,000 lines of Python code', '- `setup.sh` (330 lines)', 'lines of code: see below'],
});
