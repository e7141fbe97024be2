/**
 * Writes a build's outputs. Each file is written to a temporary name and
 * renamed into place, so an interrupted run never leaves a half-written
 * graph where a previous good one was.
 */
import { mkdir, rename, writeFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { serializeGraph, type GuanxiGraph } from '../graph/model.js';
import { toGraphML } from './graphml.js';

export interface WrittenFiles {
  json: string;
  graphml: string;
}

export async function writeAtomic(file: string, data: string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, data, 'utf8');
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

export async function writeGraph(graph: GuanxiGraph, outDir: string): Promise<WrittenFiles> {
  await mkdir(outDir, { recursive: true });
  const json = path.join(outDir, 'graph.json');
  const graphml = path.join(outDir, 'graph.graphml');
  // Both are rendered before either is written: a failure leaves the old pair intact.
  const jsonText = JSON.stringify(serializeGraph(graph));
  const xmlText = toGraphML(graph);
  await writeAtomic(json, jsonText);
  await writeAtomic(graphml, xmlText);
  return { json, graphml };
}
