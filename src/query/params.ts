/**
 * `--param name=value` for `guanxi query`. Values are always sent as query
 * parameters, never spliced into the Cypher text. Typing: whole numbers
 * become Neo4j integers (so `LIMIT $n` works), other numbers floats,
 * `true`/`false`/`null` themselves, `[…]`/`{…}`/`"…"` JSON; anything else is a
 * string (quote it, `name='"123"'`, to force a string of digits). A whole
 * number Neo4j cannot hold exactly (beyond 64 bits, or beyond 2^53 inside
 * JSON) is refused rather than wrapped or rounded.
 */
import neo4j from 'neo4j-driver';
import { ExitCode, UserError } from '../base/errors.js';

export type Params = Record<string, unknown>;

const NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;

/** Neo4j's integers are 64-bit: a larger whole number would wrap around silently. */
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

export function parseParamValue(raw: string): unknown {
  const text = raw.trim();
  if (/^-?\d+$/.test(text)) {
    const n = BigInt(text);
    if (n < INT64_MIN || n > INT64_MAX) {
      throw new UserError(`${text} is beyond Neo4j's 64-bit integers (${INT64_MIN} to ${INT64_MAX}): quote it for a string ('"…"') or write a float (1e19)`, ExitCode.Usage);
    }
    return neo4j.int(text);
  }
  if (/^-?(\d+\.\d*|\.\d+|\d+)(e[+-]?\d+)?$/i.test(text)) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  if (text === 'null') return null;
  if (/^[[{"]/.test(text)) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      // Not JSON after all: an ordinary string that starts with a bracket or quote.
      return raw;
    }
    const inexact = unsafeInteger(value);
    if (inexact !== undefined) {
      throw new UserError(`${inexact} inside JSON is beyond what a JSON number holds exactly (2^53): pass it as its own --param (64-bit) or as a string`, ExitCode.Usage);
    }
    return integersToNeo4j(value);
  }
  return raw;
}

/** A whole number JSON could not read exactly, if there is one. */
function unsafeInteger(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && !Number.isSafeInteger(value) ? String(value) : undefined;
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) {
      const found = unsafeInteger(v);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/**
 * Whole numbers of a JSON value as Neo4j integers (JSON has one number type;
 * Neo4j would take them as floats). Numbers beyond 2^53 are not exact in
 * JSON to begin with and stay floats rather than wrap.
 */
export function integersToNeo4j(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
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
    try {
      params[name] = parseParamValue(pair.slice(eq + 1));
    } catch (err) {
      if (err instanceof UserError) throw new UserError(`--param ${pair}: ${err.message}`, err.exitCode);
      throw err;
    }
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
