/** Hook events and agent transcripts: the documented event fields, and what a transcript's tool calls wrote. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseHookEvent, readTranscript } from '../../src/read/hook-event.js';

const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-transcript-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseHookEvent', () => {
  it.each([
    ['a Stop event', '{"session_id":"s","transcript_path":"/t/s.jsonl","cwd":"/w","hook_event_name":"Stop","stop_hook_active":false}',
      { eventName: 'Stop', sessionId: 's', transcriptPath: '/t/s.jsonl', cwd: '/w', stopHookActive: false }],
    ['a Stop after a block', '{"session_id":"s","hook_event_name":"Stop","stop_hook_active":true}', { eventName: 'Stop', sessionId: 's', stopHookActive: true }],
    ['a SubagentStop: its own transcript and final message', '{"session_id":"s","transcript_path":"/t/s.jsonl","agent_transcript_path":"/t/a.jsonl","hook_event_name":"SubagentStop","last_assistant_message":"All 3 tests pass","stop_hook_active":false}',
      { eventName: 'SubagentStop', sessionId: 's', transcriptPath: '/t/a.jsonl', lastAssistantMessage: 'All 3 tests pass', stopHookActive: false }],
    ['a path written from the home folder', '{"session_id":"s","transcript_path":"~/.claude/projects/p/s.jsonl"}', { sessionId: 's', transcriptPath: '/home/me/.claude/projects/p/s.jsonl', stopHookActive: false }],
    // not an event: nothing, a terminal's empty line, other JSON, broken JSON
    ['empty input', '', undefined],
    ['a JSON array', '[1, 2]', undefined],
    ['JSON without an event field', '{"name":"x"}', undefined],
    ['broken JSON', '{"session_id": ', undefined],
    ['plain text', 'docs/AUDIT.md\n', undefined],
  ])('%s', (_name, input, expected) => {
    expect(parseHookEvent(input, '/home/me')).toEqual(expected);
  });
});

describe('readTranscript', () => {
  const write = (name: string, entries: Array<Record<string, unknown> | string>) => {
    const file = path.join(dir, name);
    writeFileSync(file, entries.map((e) => (typeof e === 'string' ? e : JSON.stringify(e))).join('\n') + '\n');
    return file;
  };
  const assistant = (...content: unknown[]) => ({ type: 'assistant', message: { role: 'assistant', content } });
  const user = (content: unknown) => ({ type: 'user', message: { role: 'user', content } });
  const tool = (name: string, input: Record<string, unknown>) => ({ type: 'tool_use', id: 't', name, input });

  it('lists the markdown files Write, Edit and MultiEdit touched, once each, first write first', async () => {
    const file = write('writes.jsonl', [
      user('go'),
      assistant(tool('Write', { file_path: '/r/docs/AUDIT.md', content: 'x' })),
      user([{ type: 'tool_result', tool_use_id: 't', content: 'ok' }]),
      assistant(tool('Edit', { file_path: '/r/README.markdown', old_string: 'a', new_string: 'b' }), tool('MultiEdit', { file_path: '/r/docs/AUDIT.md', edits: [] })),
      assistant(tool('Write', { file_path: '/r/src/index.ts', content: 'x' }), tool('Read', { file_path: '/r/NOTES.md' }), tool('Bash', { command: 'echo > X.md' })),
      '{"type":"assistant","message":{"content":[{"type":"text","text":"half a line',
      { type: 'assistant', isSidechain: true, message: { content: [tool('Write', { file_path: '/r/SIDE.md', content: 'x' })] } },
    ]);
    expect(await readTranscript(file)).toEqual({ written: ['/r/docs/AUDIT.md', '/r/README.markdown'] });
  });

  it('takes the final message from the text after the last user entry, across entries', async () => {
    const file = write('final.jsonl', [
      user('go'),
      assistant({ type: 'text', text: 'Running the tests.' }, tool('Bash', { command: 'npm test' })),
      user([{ type: 'tool_result', tool_use_id: 't', content: '3 passed' }]),
      assistant({ type: 'thinking', thinking: '12 of them?' }),
      assistant({ type: 'text', text: 'All 3 tests pass.' }),
      assistant({ type: 'text', text: 'Coverage is 91%.' }),
      { type: 'system', subtype: 'stop_hook_summary' },
    ]);
    expect(await readTranscript(file)).toEqual({ written: [], lastMessage: 'All 3 tests pass.\n\nCoverage is 91%.' });
  });

  it('has no final message when the transcript ends on a user entry, and throws for a missing file', async () => {
    expect(await readTranscript(write('user-last.jsonl', [assistant({ type: 'text', text: 'Hi' }), user('bye')]))).toEqual({ written: [] });
    await expect(readTranscript(path.join(dir, 'missing.jsonl'))).rejects.toThrow();
  });
});
