/**
 * Worker thread for `guanxi build`: processes the files the main thread
 * sends, a batch per message. It reads the lexicon as soon as it starts (a
 * build may start a worker before it knows whether any file needs it, see
 * build.ts); jieba's dictionaries are loaded with the first readable file
 * (process-file.ts): a worker that is given no work costs no jieba load.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { prepareLexicon, processFiles } from './process-file.js';
import type { BatchRequest, BatchResult, FileOutcome, WorkerData } from './protocol.js';

const { dicts } = workerData as WorkerData;
// After this turn, so that the handler below is in place; a batch sent meanwhile waits for it (and needs it).
// A dictionary that fails now fails again with the first file, which reports it as that file's failure.
setImmediate(() => {
  try {
    prepareLexicon(dicts);
  } catch {
    // reported with the first file
  }
});
// Files come in batches: one message per article would leave the worker waiting on the main thread.
parentPort!.on('message', (msg: BatchRequest) => {
  void (async () => {
    const outcomes: FileOutcome[] = [];
    for await (const o of processFiles(msg.files, dicts, undefined, false, msg.few)) outcomes.push(o);
    const result: BatchResult = { id: msg.id, outcomes };
    parentPort!.postMessage(result);
  })();
});
