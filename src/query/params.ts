/**
 * `--param name=value` for `guanxi query`. Values are always sent as query
 * parameters, never spliced into the Cypher text. Typing: whole numbers
 * become Neo4j integers (so `LIMIT $n` works), other numbers floats,
 * `true`/`false`/`null` themselves, `[…]`/`{…}`/`"…"` JSON; anything else is a
 * string (quote it, `name='"123"'`, to force a string of digits).
 */
import neo4j from 'neo4j-driver';
import { ExitCode, UserError } from '../base/errors.js';

export type Params = Record<string, unknown>;

const NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;

export function parseParamValue(raw: string): unknown {
  const text = raw.trim();
  if (/^-?\d+$/.test(text)) return neo4j.int(text);
  if (/^-?(\d+\.\d*|\.\d+|\d+)(e[+-]?\d+)?$/i.test(text)) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  if (text === 'null') return null;
  if (/^[[{"]/.test(text)) {
    try {
      return integersToNeo4j(JSON.parse(text));
    } catch {
      // Not JSON after all: an ordinary string that starts with a bracket or quote.
    }
  }
  return raw;
}

function integersToNeo4j(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(integersToNeo4j);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, integersToNeo4j(v)]));
  }
  return value;
}

/** Parses the repeated `--param name=value` options. */
export function parseParams(pairs: readonly string[]): Params {
  const params: Params = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    const name = eq === -1 ? pair : pair.slice(0, eq);
    if (eq === -1 || !NAME.test(name)) {
      throw new UserError(`--param ${JSON.stringify(pair)}: expected name=value, e.g. --param programme=工行驿站`, ExitCode.Usage);
    }
    params[name] = parseParamValue(pair.slice(eq + 1));
  }
  return params;
}

/** Refuses to run when the query uses a parameter that was not given. */
export function checkParams(used: readonly string[], given: Params, describe: (name: string) => string = () => ''): void {
  const missing = used.filter((name) => !(name in given));
  if (missing.length > 0) {
    const hints = missing.map((name) => `--param ${name}=…${describe(name) ? ` (${describe(name)})` : ''}`);
    throw new UserError(`the query uses ${missing.map((m) => `$${m}`).join(', ')}: pass ${hints.join(' ')}`, ExitCode.Usage);
  }
}
