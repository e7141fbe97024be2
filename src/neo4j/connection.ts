/**
 * Connection settings and driver opening for every command that talks to
 * Neo4j (load, query, export --from-neo4j, serve --neo4j). Settings come
 * from options first, then NEO4J_* environment variables, then the project's
 * defaults (the same ones `npm run neo4j:local` and docker-compose.yml use).
 * Driver failures become one-line `UserError`s that say what to do.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { ExitCode, UserError } from '../base/errors.js';

export interface ConnectionOptions {
  uri?: string | undefined;
  user?: string | undefined;
  password?: string | undefined;
  database?: string | undefined;
}

export interface ConnectionSettings {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/** Shared with `npm run neo4j:local`, docker-compose.yml and the README. */
export const DEFAULT_CONNECTION: ConnectionSettings = {
  uri: 'bolt://localhost:7687',
  user: 'neo4j',
  password: 'guanxi-local',
  database: 'neo4j',
};

export function resolveConnection(
  opts: ConnectionOptions,
  env: NodeJS.ProcessEnv = process.env,
): ConnectionSettings {
  const pick = (option: string | undefined, variable: string, fallback: string): string =>
    option !== undefined && option !== '' ? option : env[variable] !== undefined && env[variable] !== '' ? (env[variable] as string) : fallback;
  return {
    uri: pick(opts.uri, 'NEO4J_URI', DEFAULT_CONNECTION.uri),
    user: pick(opts.user, 'NEO4J_USERNAME', DEFAULT_CONNECTION.user),
    password: pick(opts.password, 'NEO4J_PASSWORD', DEFAULT_CONNECTION.password),
    database: pick(opts.database, 'NEO4J_DATABASE', DEFAULT_CONNECTION.database),
  };
}

export interface DriverOptions {
  /** How long managed transactions retry transient errors (driver default: 30 s). */
  maxTransactionRetryTimeMs?: number;
}

/**
 * Opens a driver and checks, before anything else runs, that the server
 * answers, accepts the credentials and has the database.
 */
export async function openDriver(settings: ConnectionSettings, options: DriverOptions = {}): Promise<Driver> {
  let driver: Driver;
  try {
    driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
      maxTransactionRetryTime: options.maxTransactionRetryTimeMs ?? 30_000,
      connectionAcquisitionTimeout: 20_000,
      // Integers come back as JavaScript numbers: guanxi's integers (years,
      // counts, article indexes) are far below 2^53.
      disableLosslessIntegers: true,
    });
  } catch (err) {
    // A malformed URI fails here, synchronously.
    throw new UserError(
      `invalid Neo4j URI ${JSON.stringify(settings.uri)}: ${firstLine(err)} (expected e.g. bolt://localhost:7687 or neo4j://host:7687)`,
      ExitCode.Usage,
    );
  }
  // Checked without managed transactions: those would retry an unreachable
  // server for maxTransactionRetryTime before failing.
  const session = driver.session({ database: settings.database });
  try {
    await driver.verifyConnectivity();
    // Runs on the chosen database, so a missing database is reported here too.
    await session.run('RETURN 1');
    await session.close();
    return driver;
  } catch (err) {
    await session.close().catch(() => undefined);
    await driver.close().catch(() => undefined);
    throw toUserError(err, settings);
  }
}

/** The Neo4j error code of `err` when it has one (`Neo.ClientError...`, `ServiceUnavailable`, ...). */
export function neo4jErrorCode(err: unknown): string | undefined {
  if (err !== null && typeof err === 'object' && 'code' in err && typeof err.code === 'string') return err.code;
  return undefined;
}

/**
 * One line that says what went wrong and what to do about it. `settings`
 * names the server and database in the message when known.
 */
export function describeNeo4jError(err: unknown, settings?: Pick<ConnectionSettings, 'uri' | 'database' | 'user'>): string {
  const code = neo4jErrorCode(err) ?? '';
  const uri = settings?.uri ?? 'the configured URI';
  const database = settings?.database ?? DEFAULT_CONNECTION.database;
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return `cannot reach Neo4j at ${uri}: is it running? start one with \`npm run neo4j:local\` or set --uri / NEO4J_URI (${code})`;
  }
  if (code === 'Neo.ClientError.Security.Unauthorized') {
    return `wrong user or password for Neo4j at ${uri}${settings ? ` (user ${settings.user})` : ''}: pass --user/--password or set NEO4J_USERNAME/NEO4J_PASSWORD (${code})`;
  }
  if (code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return `Neo4j at ${uri} refuses logins for now after too many wrong passwords: wait a few seconds and check NEO4J_PASSWORD (${code})`;
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return `database ${JSON.stringify(database)} does not exist on ${uri}: pass --database or set NEO4J_DATABASE to an existing one (Community edition has only "neo4j") (${code})`;
  }
  if (code === 'Neo.ClientError.Security.Forbidden') {
    return `user is not allowed to do this on ${uri}: use a user with write access (${code})`;
  }
  if (code.startsWith('Neo.ClientError.Statement.')) {
    return `Neo4j rejected the query: ${firstLine(err)} (${code})`;
  }
  const retriable = err !== null && typeof err === 'object' && 'retriable' in err && err.retriable === true;
  return `Neo4j error${code ? ` ${code}` : ''}${retriable ? ' (transient; retries ran out, run the command again)' : ''}: ${firstLine(err)}`;
}

/** Wraps a driver error as a `UserError` with the message above. */
export function toUserError(err: unknown, settings?: ConnectionSettings): UserError {
  if (err instanceof UserError) return err;
  const code = neo4jErrorCode(err) ?? '';
  const exit = code.startsWith('Neo.ClientError.Statement.') ? ExitCode.Usage : ExitCode.Failure;
  return new UserError(describeNeo4jError(err, settings), exit);
}

function firstLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return (message.split('\n').find((l) => l.trim() !== '') ?? message).trim();
}
