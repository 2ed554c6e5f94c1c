import classifier from '../../extractors/figure-coverage-parts.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(classifier, {
  valid: [
    // a paragraph that is only a part's title and its level, leading the part's list, as an item leads its nested list (406:234; w43:200)
    { markdown: '# Coverage Report\n\n## Week 2 Focus Areas\n\n**Repository Layer** (25-40% average):\n- session_repository.py (25%)', claims: [
      { kind: 'coverage.lines', value: 25, subject: { name: 'Repository Layer' } },
    ] },
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
    // a role label under a plan step's heading naming the part (407:78; 206:38 names its part so too)
    { markdown: '# Session Summary - Test Coverage\n\n#### **Priority 1: Enhanced Context Manager**\n- Current: 80.17%', claims: [
      { kind: 'coverage.lines', value: 80.17, tense: 'current', subject: { name: 'Enhanced Context Manager' } },
    ] },
  ],
  invalid: [
    // a role label under a step heading that names no part, or under a heading that is no step
    '# Coverage Report\n\n#### Priority 1\n- Current: 80.17%',
    '# Coverage Report\n\n#### Enhanced Context Manager\n- Current: 80.17%',
    // a lead title over a plan's tasks, its level and goal on an arrow (w38:240); an average in an item's sentence (024:573)
    '# Coverage Report\n\n## Plan\n\n**Toast Package (47.4% → 75%+):**\n- Add tests for GetOpacity()',
    '# Coverage Report\n\n## Strengths\n\n2. **Core Logic Well-Tested**: 90%+ average for business logic',
    // a paragraph that goes on after the figure
    '# Coverage Report\n\n## Areas\n\n**Repository Layer** (25% average) needs work before the release.',
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
