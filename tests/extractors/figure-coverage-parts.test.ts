import classifier from '../../extractors/figure-coverage-parts.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(classifier, {
  valid: [
    // a part's name, its figure in a parenthesis, a description after, in a report about coverage
    { markdown: '# govc Test Coverage Report\n\n#### Well-Tested Areas:\n- AI embeddings (82.9%) - Semantic search functionality\n- Storage layer (60.4%) - Object storage', claims: [
      { kind: 'coverage.lines', value: 82.9, subject: { name: 'AI embeddings' }, position: { line: 4, column: 18 } },
      { kind: 'coverage.lines', value: 60.4, subject: { name: 'Storage layer' } },
    ] },
    // a bold label naming a part, a rank mark after the figure
    { markdown: '# Session Summary - Test Coverage\n\n### Top 3 Modules:\n1. **Enhanced Context Manager:** 80.17% 🥇', claims: [
      { kind: 'coverage.lines', value: 80.17, subject: { name: 'Enhanced Context Manager' } },
    ] },
    // a change of a part's coverage under a lead that says coverage: the earlier figure is before, the later current
    { markdown: '### Coverage Gains:\n- **Enhanced Context Manager:** 75.29% → **80.17%** (+4.88%)', claims: [
      { kind: 'coverage.lines', value: 75.29, tense: 'before', subject: { name: 'Enhanced Context Manager' } },
      { kind: 'coverage.lines', value: 80.17, tense: 'current' },
    ] },
    // a status mark before the label
    { markdown: '# Coverage Summary\n\n### Current Status:\n- 🟢 Context Manager: **65.85%** (29.15% from 95%)', claims: [
      { kind: 'coverage.lines', value: 65.85, subject: { name: 'Context Manager' } },
    ] },
  ],
  invalid: [
    // nothing above says coverage
    '# Test Results\n\n- AI embeddings (82.9%) - Semantic search',
    // a label that is a measure, a state or the whole
    '# Coverage Report\n\n- **Pass Rate:** 94.4%',
    '# Coverage Report\n\n- System overall: **24.41%**',
    '# Coverage Report\n\n### Phase 5\n- **After:** 30%',
    '# Coverage Report\n\n- **Long-term**: 60% → 85%',
    '# Coverage Report\n\n- Current: 80.17%',
    // a figure that is not right after the label, or has a noun of its own
    '# Coverage Report\n\n- Audit Service: 38 tests, 47%',
    '# Coverage Report\n\n- Audit Service: 47% passing',
    // a signed figure is a change; a file is read by the file rules
    '# Coverage Report\n\n- Audit Service: +5%',
    '# Coverage Report\n\n- `audit.py`: 47%',
    // a table cell is read by its row and column
    '# Coverage Report\n\n| Part | Value |\n| --- | --- |\n| Audit Service | 47% |',
  ],
});
