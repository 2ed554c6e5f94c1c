import extractor from '../../extractors/checkboxes.js';
import { runCases } from '../helpers/extractor-cases.js';

const tasks = '\n\n- [x] one\n- [ ] two';

runCases(extractor, {
  valid: [
    { markdown: `7 of 9 criteria met (78%).${tasks}`, claims: [{ kind: 'checkboxes', value: 7, text: '7 of 9 criteria met' }] },
    { markdown: `Progress: 6/8 tasks complete.${tasks}`, claims: [{ kind: 'checkboxes', value: 6 }] },
    { markdown: `12 out of 14 deliverables done${tasks}`, claims: [{ kind: 'checkboxes', value: 12 }] },
  ],
  invalid: ['7 of 9 criteria met (78%).', `9 of 7 tasks complete${tasks}`, `7 of 9 servers are up${tasks}`],
});
