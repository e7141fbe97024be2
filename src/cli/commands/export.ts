/**
 * `guanxi export --from-neo4j [--query FILE] --out FILE.graphml`: the
 * database, or the subgraph a query returns, as GraphML in the form
 * `guanxi build` writes (APOC's). `guanxi export DIR --out FILE.graphml`
 * converts a built graph.json without a database. Exporting reads only: the
 * query runs in a read transaction unless --write is given. The file is
 * written atomically.
 */
import type { Command } from 'commander';
import type { SubgraphResult } from '../../query/subgraph.js';
import { ExitCode, UserError } from '../../base/errors.js';
import { addConnectionOptions, type ConnectionFlags } from './neo4j-options.js';

interface ExportFlags extends ConnectionFlags {
  fromNeo4j?: boolean;
  query?: string;
  write?: boolean;
  param: string[];
  out: string;
}

export function register(program: Command): void {
  const command = program
    .command('export')
    .description('Write GraphML (APOC form) from Neo4j (--from-neo4j, optionally a query\'s subgraph) or from a built graph')
    .argument('[dir]', 'output folder of `guanxi build` (without --from-neo4j)')
    .option('--from-neo4j', 'read the graph from Neo4j')
    .option('--query <file>', 'with --from-neo4j: export only the nodes, relationships and paths this query returns')
    .option('-p, --param <name=value>', 'a parameter of the --query (repeatable)', (v: string, all: string[]) => [...all, v], [])
    .option('--write', 'run the --query in a write transaction, so that it may write (by default export reads only, and Neo4j refuses a query that would change the database)')
    .requiredOption('--out <file>', 'GraphML file to write');
  addConnectionOptions(command).action(async (dir: string | undefined, flags: ExportFlags) => {
    if (flags.fromNeo4j === (dir !== undefined)) {
      throw new UserError('give either a build folder or --from-neo4j', ExitCode.Usage);
    }
    if (flags.query !== undefined && !flags.fromNeo4j) throw new UserError('--query needs --from-neo4j', ExitCode.Usage);
    if (flags.write && flags.query === undefined) throw new UserError('--write applies to a --query', ExitCode.Usage);
    // Loaded when the command runs; the driver only with --from-neo4j.
    const [{ toGraphML }, { writeFileAtomic }, { readGraphInput }] = await Promise.all([import('../../export/graphml.js'), import('../../export/write.js'), import('../../load/read.js')]);
    const graph = dir !== undefined ? (await readGraphInput(dir)).graph : (await fromNeo4j(flags)).graph;
    try {
      await writeFileAtomic(flags.out, toGraphML(graph));
    } catch (err) {
      throw new UserError(`cannot write ${flags.out}: ${(err as Error).message}`);
    }
    process.stderr.write(`wrote ${graph.order} nodes and ${graph.size} relationships to ${flags.out}\n`);
  });
}

async function fromNeo4j(flags: ExportFlags): Promise<SubgraphResult> {
  const [{ neo4jErrorCode, openDriver, resolveConnection, toUserError }, { checkParams, parseParams }, { READ_ONLY_REFUSED, readQuery }, { readDatabase, readQueryGraph }] = await Promise.all([
    import('../../neo4j/connection.js'),
    import('../../query/params.js'),
    import('../../query/run.js'),
    import('../../query/subgraph.js'),
  ]);
  const query = flags.query !== undefined ? await readQuery(undefined, flags.query) : undefined;
  const params = parseParams(flags.param);
  if (query) checkParams(query.parameters, params, (name) => query.header.params.find((p) => p.name === name)?.description ?? '');
  const settings = resolveConnection(flags);
  const driver = await openDriver(settings);
  try {
    const result = query
      ? await readQueryGraph(driver, settings.database, query.statement, params, flags.write ? 'write' : 'read')
      : await readDatabase(driver, settings.database);
    if (result.skippedNodes > 0) {
      process.stderr.write(`guanxi: warning: left out ${result.skippedNodes} nodes that have no guanxi label\n`);
    }
    return result;
  } catch (err) {
    if (neo4jErrorCode(err) === READ_ONLY_REFUSED) {
      throw new UserError(`${flags.query ?? 'the query'} would change the database, and export reads only: pass --write to let it (${READ_ONLY_REFUSED})`, ExitCode.Usage);
    }
    throw toUserError(err, settings);
  } finally {
    await driver.close();
  }
}
