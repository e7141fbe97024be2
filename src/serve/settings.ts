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
  /**
   * Host names (besides localhost and IP addresses) that requests may be
   * addressed to: the names users type to reach a non-loopback bind. Any
   * other Host header is refused, so a web page cannot reach the API by
   * rebinding its own name to this machine.
   */
  allowHosts: string[];
  /** TCP port; 0 picks a free one. */
  port: number;
  /** Also query Neo4j (the Cypher box). */
  neo4j: boolean;
  /** Try to open the page in the desktop's browser. */
  open: boolean;
  /** Largest number of records a Cypher query returns to the page. */
  maxRecords: number;
  /** Largest size, in bytes of JSON, of the records a Cypher query returns to the page. */
  maxBytes: number;
  /** Server-side timeout for a Cypher query, in milliseconds. */
  queryTimeoutMs: number;
}

export const DEFAULT_SERVE_SETTINGS: Omit<ServeSettings, 'dir'> = {
  host: '127.0.0.1',
  allowHosts: [],
  port: 4747,
  neo4j: false,
  open: false,
  maxRecords: 2000,
  maxBytes: 8 << 20,
  queryTimeoutMs: 30_000,
};

export function resolveServeSettings(input: Partial<ServeSettings> & { dir: string }): ServeSettings {
  const settings: ServeSettings = { ...DEFAULT_SERVE_SETTINGS, ...definedOnly(input) } as ServeSettings;
  validateServeSettings(settings);
  return { ...settings, allowHosts: settings.allowHosts.map((h) => h.toLowerCase()) };
}

export function validateServeSettings(s: ServeSettings): void {
  if (!Number.isInteger(s.port) || s.port < 0 || s.port > 65535) {
    throw new UserError(`--port must be a whole number from 0 to 65535 (got ${String(s.port)})`, ExitCode.Usage);
  }
  if (s.host.trim() === '') throw new UserError('--host must not be empty', ExitCode.Usage);
  for (const name of s.allowHosts) {
    if (!HOST_NAME.test(name)) {
      throw new UserError(`--allow-host ${JSON.stringify(name)}: give a host name as typed in the browser, without scheme or port (e.g. viewer.lan)`, ExitCode.Usage);
    }
  }
}

/** A DNS name: labels of letters, digits and hyphens. */
const HOST_NAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

/** Whether `host` is a loopback address or name (the only binds other machines cannot reach). */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
