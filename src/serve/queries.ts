/**
 * The example queries offered in the viewer's Cypher box: the files of
 * cypher/queries/, each with its leading `//` comment as the description.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

export interface ExampleQuery {
  name: string;
  description: string;
  query: string;
}

export async function listExampleQueries(dir: string): Promise<ExampleQuery[]> {
  let files: string[];
  try {
    files = (await fs.readdir(dir)).filter((f) => f.endsWith('.cypher')).sort();
  } catch {
    return [];
  }
  const out: ExampleQuery[] = [];
  for (const file of files) {
    const text = await fs.readFile(path.join(dir, file), 'utf8');
    const lines = text.split('\n');
    const comment: string[] = [];
    for (const line of lines) {
      const m = /^\s*\/\/\s?(.*)$/.exec(line);
      if (!m) break;
      comment.push(m[1] ?? '');
    }
    out.push({
      name: path.basename(file, '.cypher'),
      description: comment.join(' ').trim(),
      query: text.trim(),
    });
  }
  return out;
}
