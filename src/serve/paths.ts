/**
 * Where the server finds its static files and the example queries: inside
 * the installed package, wherever the user runs the command from.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const WEB_DIR = path.join(PACKAGE_ROOT, 'web');
export const WEB_DIST = path.join(WEB_DIR, 'dist');
export const QUERIES_DIR = path.join(PACKAGE_ROOT, 'cypher', 'queries');
export const GRAPH_FILE = 'graph.json';
