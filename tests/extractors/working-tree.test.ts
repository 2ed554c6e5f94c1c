import extractor from '../../extractors/working-tree.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(extractor, {
  valid: [
    { markdown: '**Working Tree**: Clean', claims: [{ kind: 'git.clean', value: true, subject: { scope: 'all' } }] },
    { markdown: 'The working tree is dirty.', claims: [{ value: false }] },
    { markdown: 'There are no uncommitted changes.', claims: [{ value: true }] },
  ],
  invalid: ['Clean code everywhere.', 'Apt-get clean frees disk space.'],
});
