/**
 * Worker thread for `guanxi build`: processes the files the main thread
 * sends, a batch per message. The dictionaries are loaded with the first
 * readable file (process-file.ts), not at start: a worker that is given no
 * work costs no dictionary load.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { processFiles } from './process-file.js';
import type { BatchRequest, BatchResult, FileOutcome, WorkerData } from './protocol.js';

const { dicts } = workerData as WorkerData;
// Files come in batches: one message per article would leave the worker waiting on the main thread.
parentPort!.on('message', (msg: BatchRequest) => {
  void (async () => {
    const outcomes: FileOutcome[] = [];
    for await (const o of processFiles(msg.files, dicts)) outcomes.push(o);
    const result: BatchResult = { id: msg.id, outcomes };
    parentPort!.postMessage(result);
  })();
});
