import extractor from '../../extractors/code-at-definition-lines.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(extractor, {
  valid: [
    // A heading names the file, a Lines column gives each function's lines (w46).
    {
      markdown: '### 1. `pihealth_helper.py` - 23% Coverage\n\n**Missing coverage for these functions:**\n| Function | Lines | Description |\n|----------|-------|-------------|\n| `cmd_mount` | 83-118 | Mount filesystems |\n| `cmd_tailscale_*` | 705-774 | Tailscale install/status/logout |',
      claims: [
        { kind: 'file.snippet', subject: { path: 'pihealth_helper.py' }, range: [83, 118], value: 'cmd_mount', text: '83-118' },
        { kind: 'file.snippet', subject: { path: 'pihealth_helper.py' }, range: [705, 774], value: 'cmd_tailscale_*', text: '705-774' },
      ],
    },
    // The name in a later column, the file in the paragraph above the table, a "Line range" header.
    { markdown: '## Gaps\n\nIn `src/app/server.ts`:\n\n| Why | Line range | Method |\n| --- | --- | --- |\n| no test | L40-L72 | `Server.start()` |', claims: [{ subject: { path: 'src/app/server.ts' }, range: [40, 72], value: 'Server.start()' }] },
    // An item that opens with the name and gives its lines in parentheses (w46:232–234), words with a slash in it.
    {
      markdown: '### 5. `storage_plugins/snapraid_plugin.py` - 43% Coverage\n\n**Missing coverage:**\n- `run_command()` generator for sync/scrub/status (lines 395-463)\n- `_parse_status_output()` (lines 514-601)',
      claims: [
        { subject: { path: 'storage_plugins/snapraid_plugin.py' }, range: [395, 463], value: 'run_command()', text: 'lines 395-463' },
        { subject: { path: 'storage_plugins/snapraid_plugin.py' }, range: [514, 601], value: '_parse_status_output()', text: 'lines 514-601' },
      ],
    },
    { markdown: '#### worker.go\n- `Drain` (line 40)', claims: [{ subject: { path: 'worker.go' }, range: [40, 40], value: 'Drain' }] },
  ],
  invalid: [
    // A Lines column of counts: a single number is a length, not a place.
    '### `app.py`\n| Function | Lines |\n| --- | --- |\n| `run` | 120 |',
    // No file named above the table.
    '### Functions without tests\n| Function | Lines |\n| --- | --- |\n| `cmd_mount` | 83-118 |',
    // A range in a column that is not of lines: a range of values.
    '### `app.py`\n| Function | Retries |\n| --- | --- |\n| `run` | 2-4 |',
    // The row names a route, not a definition.
    '### `routes.py`\n| Endpoint | Lines |\n| --- | --- |\n| `/api/plugins` | 16-22 |',
    // Two names in the row: which one the lines hold is unsaid.
    '### `app.py`\n| Caller | Callee | Lines |\n| --- | --- | --- |\n| `run` | `stop` | 10-20 |',
    // An item whose lines are of a file it names itself.
    '### `app.py`\n- `run()` is copied from `lib/old.py` (lines 10-20)',
    // An item that opens with words, not a name (w47's "Floating point comparison edge cases (lines 122-132)").
    '#### `selector.py` (465 lines)\n- Floating point comparison edge cases (lines 122-132)',
    // An item that opens with a file.
    '### Notes\n- `app.py` (lines 10-20) holds the loop',
  ],
});
