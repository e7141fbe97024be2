/**
 * `guanxi serve <dir>`: serves the viewer for a built graph on 127.0.0.1
 * (building the web app first when needed) and, with --neo4j, runs the
 * page's read-only Cypher queries against the database. Runs until
 * interrupted.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { ExitCode, UserError } from '../../base/errors.js';
import { addConnectionOptions, type ConnectionFlags } from './neo4j-options.js';
import { DEFAULT_SERVE_SETTINGS, isLoopback, resolveServeSettings } from '../../serve/settings.js';

interface ServeOptions extends ConnectionFlags {
  port: string;
  host: string;
  allowHost: string[];
  neo4j?: boolean;
  open?: boolean;
}

export function register(program: Command): void {
  const command = program
    .command('serve')
    .description('Explore a built graph in the browser (Sigma.js viewer); with --neo4j, query the database from the page too')
    .argument('<dir>', 'directory written by guanxi build (holds graph.json)')
    .option('-p, --port <n>', 'port (0 = any free port)', String(DEFAULT_SERVE_SETTINGS.port))
    .option('--host <address>', 'address to bind (the API runs queries: keep loopback unless you mean it)', DEFAULT_SERVE_SETTINGS.host)
    .option('--allow-host <name>', 'a host name the page may be opened under besides localhost and IP addresses, e.g. viewer.lan (repeatable); other names are refused', (v: string, all: string[]) => [...all, v], [])
    .option('--neo4j', 'connect to Neo4j (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE) for the Cypher box')
    .option('--open', 'open the page in the desktop browser when one is available');
  addConnectionOptions(command).action(async (dir: string, opts: ServeOptions) => {
      // The server is loaded when the command runs, and the driver (through neo4jAccess) only with --neo4j.
      const [{ startViewerServer }, { ensureWebBuild }, { openInBrowser }, { readGraphFile }] = await Promise.all([
        import('../../serve/server.js'),
        import('../../serve/web-build.js'),
        import('../../serve/open-browser.js'),
        import('../../serve/graph-file.js'),
      ]);
      if (!/^\d+$/.test(opts.port)) throw new UserError(`--port must be a whole number from 0 to 65535 (got ${JSON.stringify(opts.port)})`, ExitCode.Usage);
      const settings = resolveServeSettings({
        dir: path.resolve(dir),
        host: opts.host,
        allowHosts: opts.allowHost,
        port: Number(opts.port),
        neo4j: opts.neo4j === true,
        open: opts.open === true,
      });
      const say = (line: string) => process.stderr.write(`guanxi: ${line}\n`);
      if (!isLoopback(settings.host)) {
        say(`warning: listening on ${settings.host}: other machines can open the viewer${settings.neo4j ? ' and run read-only Cypher on your database' : ''}`);
        say(`requests are answered when addressed to localhost, an IP address${settings.allowHosts.length ? ` or ${settings.allowHosts.join(', ')}` : ''}; to open the page under a host name, pass --allow-host NAME`);
      }
      await ensureWebBuild(say);

      const graph = await readGraphFile(settings.dir);
      if (graph.type !== 'ok') say(`warning: ${graph.message} (the page will say so too)`);
      if (!settings.neo4j && (opts.uri ?? opts.user ?? opts.password ?? opts.database) !== undefined) {
        throw new UserError('--uri, --user, --password and --database need --neo4j', ExitCode.Usage);
      }
      const access = settings.neo4j
        ? (await import('../../serve/neo4j-access.js')).neo4jAccess({ uri: opts.uri, user: opts.user, password: opts.password, database: opts.database }, settings)
        : undefined;
      const server = await startViewerServer(settings, access);

      // Signals are handled before the address is printed: whoever reads the address may stop the server at once.
      const stopped = new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void server.close().then(resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      const summary = graph.type === 'ok' ? `${graph.nodes} nodes, ${graph.edges} edges` : 'no graph yet';
      const neo4j = server.neo4j();
      if (neo4j.type === 'unreachable') say(`warning: ${neo4j.message} (the Cypher box will say so, and tries again on each query)`);
      process.stdout.write(`guanxi viewer: ${server.url}  (${dir}: ${summary}${neo4j.type === 'connected' ? `; Neo4j ${neo4j.uri}` : ''}; Ctrl+C to stop)\n`);
      if (settings.open) openInBrowser(server.url);

      await stopped;
    });
}
