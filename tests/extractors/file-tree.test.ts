import extractor from '../../extractors/file-tree.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(extractor, {
  valid: [
    {
      markdown: '## Test files\n\n```\napp/src/test/reader/\n├── ReaderNavigatorTest.kt\n└── ZoomStateTest.kt   # new\n```',
      claims: [
        { kind: 'file.exists', subject: { path: 'app/src/test/reader/ReaderNavigatorTest.kt' }, value: true, tense: 'current', text: 'ReaderNavigatorTest.kt' },
        { subject: { path: 'app/src/test/reader/ZoomStateTest.kt' }, tense: 'current' },
      ],
    },
    // A layout to make (w24's "## Recommended Target Structure"; a lead-in that proposes it) is a target.
    { markdown: '## Recommended Target Structure\n\n```\napp/src/\n└── hooks/\n    └── useAuth.test.js\n```', claims: [{ subject: { path: 'app/src/hooks/useAuth.test.js' }, tense: 'target' }] },
    { markdown: '## Layout\n\nThe proposed layout:\n\n```text\nsrc/\n└── main.py\n```', claims: [{ subject: { path: 'src/main.py' }, tense: 'target' }] },
  ],
  invalid: [
    // A tree in a shell block is code (004's secrets).
    '```bash\nsecrets/\n├── grafana-admin-password.txt\n```',
    // A file marked as not there yet.
    '```\nsrc/\n├── main.py    # TODO\n└── util.py    (planned)\n```',
    // Not a tree.
    '```\nsrc/main.py\nsrc/util.py\n```',
  ],
});
