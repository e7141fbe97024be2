/**
 * `guanxi query "MATCH …" [--param name=value …] [--format table|json|csv]`
 * and `guanxi query --file cypher/queries/NAME.cypher`. A tool for the
 * database's owner: the query runs in a write transaction and may change the
 * database, which --help says; --read-only runs it in a read transaction.
 */
import { Option, type Command } from 'commander';
import { ExitCode, UserError } from '../../base/errors.js';
import { FORMATS, type Format } from '../../query/formats.js';
import { addConnectionOptions, type ConnectionFlags } from './neo4j-options.js';

interface QueryFlags extends ConnectionFlags {
  file?: string;
  readOnly?: boolean;
  param: string[];
  format: Format;
}

export function register(program: Command): void {
  const command = program
    .command('query')
    .description('Run a Cypher query against Neo4j, with parameters; print a table, JSON or CSV. The query runs in a write transaction: it may change the database (--read-only forbids that)')
    .argument('[cypher]', 'the query (or use --file)')
    .option('-f, --file <file>', 'read the query from a file, e.g. cypher/queries/units-running-programme.cypher')
    .option('-p, --param <name=value>', 'a query parameter (repeatable); always sent as a parameter', (v: string, all: string[]) => [...all, v], [])
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('table'))
    .option('--read-only', 'run in a read transaction: Neo4j refuses the query if it would change the database');
  addConnectionOptions(command).action(async (cypher: string | undefined, flags: QueryFlags) => {
    // The driver is loaded when the command runs: `guanxi --help` and the other commands never load it.
    const [{ neo4jErrorCode, openDriver, resolveConnection, toUserError }, { formatResult }, { checkParams, parseParams }, { READ_ONLY_REFUSED, readQuery, runQuery }] = await Promise.all([
      import('../../neo4j/connection.js'),
      import('../../query/format.js'),
      import('../../query/params.js'),
      import('../../query/run.js'),
    ]);
    const query = await readQuery(cypher, flags.file);
    const params = parseParams(flags.param);
    checkParams(query.parameters, params, (name) => query.header.params.find((p) => p.name === name)?.description ?? '');
    const unused = Object.keys(params).filter((name) => !query.parameters.includes(name));
    if (unused.length > 0) process.stderr.write(`guanxi: warning: ${query.source} does not use ${unused.map((n) => `$${n}`).join(', ')}\n`);
    const settings = resolveConnection(flags);
    const driver = await openDriver(settings);
    try {
      const table = await runQuery(driver, settings.database, query.statement, params, flags.readOnly ? 'read' : 'write');
      process.stdout.write(formatResult(table, flags.format));
    } catch (err) {
      if (neo4jErrorCode(err) === READ_ONLY_REFUSED) {
        throw new UserError(`${query.source} would change the database, and --read-only forbids that (${READ_ONLY_REFUSED})`, ExitCode.Usage);
      }
      throw toUserError(err, settings);
    } finally {
      await driver.close();
    }
  });
}
