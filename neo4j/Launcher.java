/*
 * A real Neo4j Community 5.26 Bolt server without Docker: the embedded database
 * with its Bolt connector, on 127.0.0.1. Run as a single source file on the
 * classpath Maven resolves from pom.xml (see src/neo4j/launcher.ts):
 *
 *   java -cp "$(cat neo4j/cp.txt)" neo4j/Launcher.java --data DIR [--port 7687]
 *        [--password PW | --no-auth] [--pagecache 512m] [--exit-with-parent]
 *
 * --port 0 lets the OS choose a free port. When Bolt accepts connections the
 * launcher prints exactly one line "guanxi-neo4j ready bolt://127.0.0.1:PORT";
 * callers wait for it. A start-up failure ends with one line
 * "guanxi-neo4j failed: CAUSE" on stderr and exit code 1. SIGTERM or Ctrl-C
 * shuts the database down cleanly; with --exit-with-parent, so does the end
 * of stdin (the parent died), from the first moment.
 */
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.locker.FileLockException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

public class Launcher {
    /** Set once the database is built; the shutdown hook stops it. */
    private static final AtomicReference<DatabaseManagementService> DBMS = new AtomicReference<>();
    private static final CountDownLatch STOPPED = new CountDownLatch(1);

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = parse(argv);
        if (!args.containsKey("data")) {
            System.err.println("usage: Launcher --data DIR [--port 7687] [--password PW | --no-auth] [--pagecache 512m]");
            System.exit(2);
        }
        Path home = Path.of(args.get("data")).toAbsolutePath();
        int port = Integer.parseInt(args.getOrDefault("port", "7687"));
        String host = args.getOrDefault("host", "127.0.0.1");
        boolean auth = !args.containsKey("no-auth");
        String password = args.get("password");
        if (auth && (password == null || password.length() < 8)) {
            System.err.println("guanxi-neo4j failed: --password must have at least 8 characters (Neo4j's minimum), or pass --no-auth");
            System.exit(2);
        }
        if (args.containsKey("exit-with-parent")) {
            // Before anything else: a parent that dies during start-up (even by SIGKILL) must
            // take us along, not leave a JVM that finishes starting and holds the store lock.
            watchParent();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(Launcher::shutdown));

        int boundPort;
        try {
            boundPort = start(home, host, port, auth, password, args.getOrDefault("pagecache", "512m"));
        } catch (Throwable t) {
            // The full trace for the log, then the cause in one line for the user; the exit
            // runs the shutdown hook, so a half-started database is stopped, not left running.
            t.printStackTrace();
            System.err.println("guanxi-neo4j failed: " + describe(t, home, host, port));
            System.exit(1);
            return;
        }
        System.out.println("guanxi-neo4j ready bolt://" + host + ":" + boundPort);
        System.out.flush();
        STOPPED.await();
    }

    /** Builds and starts the database; returns the Bolt port (known only once bound, with --port 0). */
    private static int start(Path home, String host, int port, boolean auth, String password, String pagecache) throws Exception {
        // LOAD CSV reads files only from an empty import folder, as in Neo4j's Docker image
        // (server.directories.import); embedded, it would read any file the process can.
        Path importDir = home.resolve("import");
        Files.createDirectories(importDir);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
                // Bulk loads are bound by page faults and log flushes: a page cache that holds
                // the whole store and fewer, larger checkpoints (see bench/neo4j-load.ts).
                .setConfig(GraphDatabaseSettings.pagecache_memory, parseBytes(pagecache))
                .setConfig(GraphDatabaseSettings.check_point_interval_time, Duration.ofMinutes(15))
                .setConfig(GraphDatabaseSettings.check_point_interval_tx, 1_000_000)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                // Stop promptly on SIGTERM: open transactions are rolled back, not waited for.
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(1))
                // Netty's graceful shutdown otherwise idles ~10 s, which every test run and Ctrl-C would wait for.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
                .build();
        DBMS.set(dbms);

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (auth) setPassword(dbms, password);
        ConnectorPortRegister ports = ((GraphDatabaseAPI) db).getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class);
        return ports.getLocalAddress(ConnectorType.BOLT).getPort();
    }

    /**
     * Embedded access bypasses auth, so this is how the password is set without the
     * "change on first login" step that a fresh server demands. On a store that already
     * has this password Neo4j refuses the change ("Old password and new password cannot
     * be the same"): that is the password we want, so it is no failure.
     */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            if (!causes(e).anyMatch(c -> String.valueOf(c.getMessage()).contains("cannot be the same"))) throw e;
        }
    }

    private static void shutdown() {
        DatabaseManagementService dbms = DBMS.get();
        if (dbms != null) {
            long t0 = System.nanoTime();
            System.err.println("guanxi-neo4j: shutting down");
            try {
                dbms.shutdown();
            } catch (RuntimeException e) {
                System.err.println("guanxi-neo4j: shutdown failed: " + e);
            }
            System.err.println("guanxi-neo4j: stopped in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        }
        STOPPED.countDown();
    }

    /** The parent holds our stdin open; end of input (it died, even by SIGKILL) stops us. */
    private static void watchParent() {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() != -1) { /* ignore input */ }
            } catch (Exception ignored) {
                // A broken pipe means the same as EOF.
            }
            System.exit(0);
        }, "guanxi-parent-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** The cause of a start-up failure in one line, with what to do for the usual ones. */
    private static String describe(Throwable t, Path home, String host, int port) {
        if (causes(t).anyMatch(c -> c instanceof FileLockException)) {
            return "the data folder " + home + " is in use by another Neo4j (its store lock is held): stop that one first, or use another folder";
        }
        if (causes(t).anyMatch(c -> c instanceof BindException || String.valueOf(c.getMessage()).contains("Address already in use"))) {
            return "port " + port + " on " + host + " is already in use";
        }
        Throwable root = causes(t).reduce((a, b) -> b).orElse(t);
        String message = String.valueOf(root.getMessage()).lines().findFirst().orElse("");
        return root.getClass().getSimpleName() + ": " + message;
    }

    private static Stream<Throwable> causes(Throwable t) {
        return Stream.iterate(t, c -> c != null, Throwable::getCause).limit(20);
    }

    private static Map<String, String> parse(String[] argv) {
        Map<String, String> out = new HashMap<>();
        List<String> flags = List.of("no-auth", "exit-with-parent");
        for (int i = 0; i < argv.length; i++) {
            String a = argv[i];
            if (!a.startsWith("--")) continue;
            String key = a.substring(2);
            if (flags.contains(key)) out.put(key, "true");
            else if (i + 1 < argv.length) out.put(key, argv[++i]);
        }
        return out;
    }

    private static long parseBytes(String s) {
        String t = s.trim().toLowerCase();
        long unit = 1;
        if (t.endsWith("g")) unit = ByteUnit.gibiBytes(1);
        else if (t.endsWith("m")) unit = ByteUnit.mebiBytes(1);
        else if (t.endsWith("k")) unit = ByteUnit.kibiBytes(1);
        if (unit != 1) t = t.substring(0, t.length() - 1);
        return Long.parseLong(t) * unit;
    }
}
