/**
 * Worker thread for `guanxi build`: loads the dictionaries once, then
 * processes the files the main thread sends, one message each.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { prepare, processFiles } from './process-file.js';
import type { BatchRequest, BatchResult, FileOutcome, WorkerData } from './protocol.js';

const { dicts } = workerData as WorkerData;
prepare(dicts);
// Files come in batches: one message per article would leave the worker waiting on the main thread.
parentPort!.on('message', (msg: BatchRequest) => {
  void (async () => {
    const outcomes: FileOutcome[] = [];
    for await (const o of processFiles(msg.files, dicts)) outcomes.push(o);
    const result: BatchResult = { id: msg.id, outcomes };
    parentPort!.postMessage(result);
  })();
});
