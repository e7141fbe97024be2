/**
 * The viewer server's settings, their defaults and their validation, in one
 * place (the CLI only maps options onto them).
 */
import { ExitCode, UserError } from '../base/errors.js';

export interface ServeSettings {
  /** Directory written by `guanxi build` (holds graph.json). */
  dir: string;
  /** Interface to bind. Loopback unless the user asks otherwise: the API runs queries. */
  host: string;
  /** TCP port; 0 picks a free one. */
  port: number;
  /** Also query Neo4j (the Cypher box). */
  neo4j: boolean;
  /** Try to open the page in the desktop's browser. */
  open: boolean;
  /** Largest number of records a Cypher query returns to the page. */
  maxRecords: number;
  /** Server-side timeout for a Cypher query, in milliseconds. */
  queryTimeoutMs: number;
}

export const DEFAULT_SERVE_SETTINGS: Omit<ServeSettings, 'dir'> = {
  host: '127.0.0.1',
  port: 4747,
  neo4j: false,
  open: false,
  maxRecords: 2000,
  queryTimeoutMs: 30_000,
};

export function resolveServeSettings(input: Partial<ServeSettings> & { dir: string }): ServeSettings {
  const settings: ServeSettings = { ...DEFAULT_SERVE_SETTINGS, ...definedOnly(input) } as ServeSettings;
  validateServeSettings(settings);
  return settings;
}

export function validateServeSettings(s: ServeSettings): void {
  if (!Number.isInteger(s.port) || s.port < 0 || s.port > 65535) {
    throw new UserError(`--port must be a whole number from 0 to 65535 (got ${String(s.port)})`, ExitCode.Usage);
  }
  if (s.host.trim() === '') throw new UserError('--host must not be empty', ExitCode.Usage);
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
