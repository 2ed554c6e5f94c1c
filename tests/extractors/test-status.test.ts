import extractor from '../../extractors/test-status.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(extractor, {
  valid: [
    { markdown: '`test_empty_uri` fails on Windows.', claims: [{ kind: 'tests.status', subject: { name: 'test_empty_uri' }, value: 'failed', unit: 'none' }] },
    { markdown: 'test_parse_date is still failing', claims: [{ kind: 'tests.status', subject: { name: 'test_parse_date' }, value: 'failed' }] },
    { markdown: 'TestLogin: PASSED', claims: [{ kind: 'tests.status', subject: { name: 'TestLogin' }, value: 'passed' }] },
    { markdown: 'TestLogin passes now.', claims: [{ kind: 'tests.status', subject: { name: 'TestLogin' }, value: 'passed' }] },
    { markdown: '`tests/test_api.py::test_timeout` is skipped', claims: [{ kind: 'tests.status', subject: { name: 'tests/test_api.py::test_timeout' }, value: 'skipped' }] },
    { markdown: '- `test_upload`: passing', claims: [{ kind: 'tests.status', subject: { name: 'test_upload' }, value: 'passed' }] },
  ],
  invalid: ['`backup.sh` fails when the disk is full.', 'The login test passes.', 'Three tests fail.', '`test_x` was renamed', '2 api tests passing', 'Tests passing: 12'],
});
