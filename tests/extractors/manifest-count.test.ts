import extractor from '../../extractors/manifest-count.js';
import { runCases } from '../helpers/extractor-cases.js';

const backend = '**/backend/{package.json,pyproject.toml,Cargo.toml}';

runCases(extractor, {
  valid: [
    { markdown: '**Backend Dependencies:** 40 production + 31 dev = 71 declared', claims: [
      { kind: 'count.items', subject: { path: backend }, value: 40, text: '40 production' },
      { kind: 'count.items', subject: { path: backend }, value: 31, text: '31 dev' },
      { kind: 'count.items', subject: { path: backend }, value: 71, text: '71 declared' },
    ] },
    { markdown: '- Frontend deps: 22 runtime, 21 development', claims: [
      { subject: { path: '**/frontend/{package.json,pyproject.toml,Cargo.toml}' }, value: 22 },
      { subject: { path: '**/frontend/{package.json,pyproject.toml,Cargo.toml}' }, value: 21 },
    ] },
    { markdown: '### package.json\n\nDependencies: 12 production, 3 dev', claims: [
      { subject: { path: '{package.json,pyproject.toml,Cargo.toml}' }, value: 12 },
      { subject: { path: '{package.json,pyproject.toml,Cargo.toml}' }, value: 3 },
    ] },
  ],
  invalid: ['Dependencies: 12 production, 3 dev', 'Backend Dependencies: all installed', 'Runtime dependencies were cut from 40 to 12', 'Backend: 40 production servers'],
});
