/**
 * Worker thread for `guanxi build`: loads the dictionaries once, then
 * processes the files the main thread sends, one message each.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { prepare, processFile } from './extract-one.js';

const { dicts } = workerData as { dicts: string[] };
prepare(dicts);
parentPort!.on('message', (msg: { id: number; file: string }) => {
  void processFile(msg.file, dicts).then((outcome) => parentPort!.postMessage({ id: msg.id, outcome }));
});
