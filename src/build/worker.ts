/**
 * Worker thread for `guanxi build`: loads the dictionaries once, then
 * processes the files the main thread sends, one message each.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { prepare, processFiles } from './extract-one.js';

const { dicts } = workerData as { dicts: string[] };
prepare(dicts);
// Files come in batches: one message per article would leave the worker waiting on the main thread.
parentPort!.on('message', (msg: { id: number; files: string[] }) => {
  void (async () => {
    const outcomes = [];
    for await (const o of processFiles(msg.files, dicts)) outcomes.push(o);
    parentPort!.postMessage({ id: msg.id, outcomes });
  })();
});
