/**
 * What a coding agent's stop hook is told: the event JSON on standard input
 * (Claude Code's documented fields for Stop and SubagentStop: `session_id`,
 * `transcript_path`, `cwd`, `hook_event_name`, `stop_hook_active`,
 * `last_assistant_message`, and for a subagent `agent_transcript_path`), and
 * from the session's JSONL transcript the markdown files its tool calls
 * wrote and the agent's final message.
 */
import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';

export interface HookEvent {
  /** `Stop`, `SubagentStop`, … as the agent names it. */
  eventName?: string;
  sessionId?: string;
  /** The session's transcript (JSONL); for a subagent, its own transcript when the event gives one. */
  transcriptPath?: string;
  /** The folder the session works in. */
  cwd?: string;
  /** True when the agent is already continuing because a stop hook blocked it: block no more. */
  stopHookActive: boolean;
  /** The agent's final message, when the event carries it. */
  lastAssistantMessage?: string;
}

/** Fields whose presence makes a JSON object a hook event rather than some other input. */
const eventKeys = ['hook_event_name', 'session_id', 'transcript_path'] as const;

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * The hook event in `input` (standard input's text), or `undefined` when it
 * is empty or not a JSON object with one of the event's fields. A `~` at the
 * start of a path (as the documentation's examples write it) is the home
 * folder `home`.
 */
export function parseHookEvent(input: string, home?: string): HookEvent | undefined {
  const trimmed = input.trim();
  if (!trimmed.startsWith('{')) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const fields = data as Record<string, unknown>;
  if (!eventKeys.some((key) => key in fields)) return undefined;
  const expand = (file: string | undefined) => (file && home && (file === '~' || file.startsWith('~/')) ? path.join(home, file.slice(1)) : file);
  const event: HookEvent = { stopHookActive: fields.stop_hook_active === true };
  const eventName = text(fields.hook_event_name);
  const sessionId = text(fields.session_id);
  // A subagent's own transcript holds what it wrote; the parent's is the fallback.
  const transcriptPath = expand(text(fields.agent_transcript_path) ?? text(fields.transcript_path));
  const cwd = text(fields.cwd);
  const last = text(fields.last_assistant_message);
  if (eventName) event.eventName = eventName;
  if (sessionId) event.sessionId = sessionId;
  if (transcriptPath) event.transcriptPath = transcriptPath;
  if (cwd) event.cwd = cwd;
  if (last) event.lastAssistantMessage = last;
  return event;
}

/** Tools of Claude Code that write a file, and the input field naming it. */
export const fileWritingTools: Readonly<Record<string, string>> = { Write: 'file_path', Edit: 'file_path', MultiEdit: 'file_path' };

/** File name endings of markdown reports. */
export const markdownExtensions = ['.md', '.markdown'] as const;

export const isMarkdown = (file: string) => markdownExtensions.some((ext) => file.toLowerCase().endsWith(ext));

/** Transcripts larger than this are not read (the hook then falls back on git). */
export const maxTranscriptBytes = 256 * 1024 * 1024;

export interface TranscriptFacts {
  /** Markdown files the session's tool calls wrote, as the calls name them (usually absolute), first write first. */
  written: string[];
  /** The text of the agent's last message: its text blocks after the last user entry. */
  lastMessage?: string;
}

interface Block {
  type?: unknown;
  text?: unknown;
  name?: unknown;
  input?: unknown;
}

/**
 * The markdown files written and the final message of the JSONL transcript
 * `file`. Lines that are not JSON (a line being written) are passed over;
 * sidechain entries (a subagent's work inside the parent's file) are not
 * the agent's own. Throws when the file cannot be read.
 */
export async function readTranscript(file: string): Promise<TranscriptFacts> {
  const size = statSync(file).size;
  if (size > maxTranscriptBytes) throw new Error(`transcript is ${(size / 1024 / 1024).toFixed(0)} MB, more than the ${maxTranscriptBytes / 1024 / 1024} MB read`);
  const written: string[] = [];
  let last: string[] = [];
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.startsWith('{')) continue;
    let entry: { type?: unknown; isSidechain?: unknown; message?: { content?: unknown } };
    try {
      entry = JSON.parse(line) as typeof entry;
    } catch {
      continue;
    }
    if (entry.isSidechain === true) continue;
    if (entry.type === 'user') {
      last = [];
      continue;
    }
    if (entry.type !== 'assistant') continue;
    const content = entry.message?.content;
    const blocks: Block[] = typeof content === 'string' ? [{ type: 'text', text: content }] : Array.isArray(content) ? (content as Block[]) : [];
    for (const block of blocks) {
      if (block.type === 'text' && typeof block.text === 'string') last.push(block.text);
      if (block.type !== 'tool_use' || typeof block.name !== 'string') continue;
      const field = fileWritingTools[block.name];
      const target = field && typeof block.input === 'object' && block.input !== null ? (block.input as Record<string, unknown>)[field] : undefined;
      if (typeof target === 'string' && isMarkdown(target) && !written.includes(target)) written.push(target);
    }
  }
  const facts: TranscriptFacts = { written };
  const message = last.join('\n\n').trim();
  if (message) facts.lastMessage = message;
  return facts;
}
