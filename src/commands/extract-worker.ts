/**
 * Worker thread of `extractMany` (parallel.ts): extracts the claims of each
 * report it is sent and sends them back.
 */
import { parentPort } from 'node:worker_threads';
import { extractReport } from './claims.js';
import type { ExtractReply, ExtractRequest } from './parallel.js';

parentPort?.on('message', (request: ExtractRequest) => {
  let reply: ExtractReply;
  try {
    reply = { index: request.index, ...extractReport(request.file, request.source) };
  } catch (error) {
    reply = { index: request.index, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
