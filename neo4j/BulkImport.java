/*
 * `guanxi load --bulk` for the local server of `npm run neo4j:local`: Neo4j's own import tool
 * (neo4j-admin database import full, from org.neo4j:neo4j-import-tool on the classpath of pom.xml)
 * run against the server's data folder while the server is stopped. Run as a single source file
 * (see src/load/bulk.ts):
 *
 *   java -cp "$(cat neo4j/cp.txt)" neo4j/BulkImport.java --data DIR [--replace] [--exit-with-parent] -- IMPORT-OPTIONS…
 *
 * 1. Refuses when the server is running (it holds the store lock) or when database neo4j holds
 *    anything (unless --replace).
 * 2. Imports into a staging database folder, so that the store in place is untouched until the
 *    import has succeeded, then swaps the folders. A killed import leaves the old store as it was;
 *    the next run removes the staging leftovers.
 *
 * Prints "guanxi-import: <word> …" lines that the caller reads: "in-use", "not-empty NODES RELS",
 * "replacing NODES RELS", "imported", and the import tool's own progress in between. With
 * --exit-with-parent it stops when its stdin closes (the parent died), before the swap. Exit codes: 0 imported, 3 in use,
 * 4 not empty, 1 anything else (the tool's message is printed).
 */
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public class BulkImport {
    static final String DATABASE = "neo4j";
    static final String STAGING = "guanxi-import-staging";
    static final String REPLACED = DATABASE + ".guanxi-replaced";
    /** Held while the folders are swapped, so that the parent's death cannot cut a swap in half. */
    static final Object SWAP = new Object();

    public static void main(String[] argv) throws Exception {
        Path home = null;
        boolean replace = false;
        List<String> importArgs = new ArrayList<>();
        for (int i = 0; i < argv.length; i++) {
            if (argv[i].equals("--")) {
                importArgs.addAll(List.of(argv).subList(i + 1, argv.length));
                break;
            } else if (argv[i].equals("--data") && i + 1 < argv.length) home = Path.of(argv[++i]).toAbsolutePath();
            else if (argv[i].equals("--replace")) replace = true;
            else if (argv[i].equals("--exit-with-parent")) exitWithParent();
        }
        if (home == null || importArgs.isEmpty()) {
            System.err.println("usage: BulkImport --data DIR [--replace] -- IMPORT-OPTIONS…");
            System.exit(2);
        }
        Path databases = home.resolve("data/databases");
        Path transactions = home.resolve("data/transactions");
        PrintStream out = System.out;

        if (inUse(databases)) {
            out.println("guanxi-import: in-use");
            System.exit(3);
        }
        // A swap cut short by a crash of the machine: put the old store back first.
        for (Path parent : List.of(databases, transactions)) {
            if (Files.exists(parent.resolve(REPLACED)) && !Files.exists(parent.resolve(DATABASE))) {
                Files.move(parent.resolve(REPLACED), parent.resolve(DATABASE));
            }
        }
        if (Files.isDirectory(databases.resolve(DATABASE))) {
            long[] counts = counts(home);
            if (counts == null) {
                out.println("guanxi-import: in-use");
                System.exit(3);
            }
            if ((counts[0] > 0 || counts[1] > 0) && !replace) {
                out.println("guanxi-import: not-empty " + counts[0] + " " + counts[1]);
                System.exit(4);
            }
            if (counts[0] > 0 || counts[1] > 0) out.println("guanxi-import: replacing " + counts[0] + " " + counts[1]);
        }

        deleteTree(databases.resolve(STAGING));
        deleteTree(transactions.resolve(STAGING));
        // An empty configuration folder: the tool reads its settings from NEO4J_CONF, and the
        // embedded server keeps none on disk.
        Path conf = Files.createTempDirectory("guanxi-import-conf");
        List<String> args = new ArrayList<>(List.of("database", "import", "full", STAGING));
        args.addAll(importArgs);
        int code;
        try {
            code = AdminTool.execute(new ExecutionContext(home, conf), args.toArray(String[]::new));
        } finally {
            deleteTree(conf);
        }
        if (code != 0) {
            deleteTree(databases.resolve(STAGING));
            deleteTree(transactions.resolve(STAGING));
            System.exit(1);
        }
        if (inUse(databases)) {
            // Started while we imported: leave its store alone.
            deleteTree(databases.resolve(STAGING));
            deleteTree(transactions.resolve(STAGING));
            out.println("guanxi-import: in-use");
            System.exit(3);
        }
        synchronized (SWAP) {
            swap(databases);
            swap(transactions);
        }
        out.println("guanxi-import: imported");
    }

    /** Exits when stdin reaches EOF: the parent holds it open and dies with it (even by SIGKILL). */
    static void exitWithParent() {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() != -1) { /* ignore input */ }
            } catch (IOException ignored) {
                // A broken pipe means the same as EOF.
            }
            synchronized (SWAP) {
                Runtime.getRuntime().halt(1);
            }
        });
        watcher.setDaemon(true);
        watcher.start();
    }

    /** True when a running Neo4j holds the store lock of this data folder. */
    static boolean inUse(Path databases) throws IOException {
        Path lockFile = databases.resolve("store_lock");
        if (!Files.exists(lockFile)) return false;
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) return true;
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }

    /** Nodes and relationships in database neo4j, read with the embedded server (no Bolt); null when the store is locked. */
    static long[] counts(Path home) {
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(64))
                    .build();
        } catch (RuntimeException e) {
            if (causes(e, "FileLockException")) return null;
            throw e;
        }
        try {
            return dbms.database(DATABASE).executeTransactionally(
                    "MATCH (n) WITH count(n) AS n MATCH ()-[r]->() RETURN n, count(r) AS r", Map.of(),
                    result -> {
                        Map<String, Object> row = result.next();
                        return new long[] {(Long) row.get("n"), (Long) row.get("r")};
                    });
        } finally {
            dbms.shutdown();
        }
    }

    static boolean causes(Throwable e, String simpleName) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals(simpleName)) return true;
        }
        return false;
    }

    /** Puts the staging folder in place of the database's, then removes the old one. */
    static void swap(Path parent) throws IOException {
        Path current = parent.resolve(DATABASE);
        Path old = parent.resolve(REPLACED);
        deleteTree(old);
        if (Files.exists(current)) Files.move(current, old);
        Files.move(parent.resolve(STAGING), current);
        deleteTree(old);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
