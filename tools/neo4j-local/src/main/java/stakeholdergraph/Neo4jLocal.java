package stakeholdergraph;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;

/**
 * Runs Neo4j 5.26 Community embedded, with Bolt on 127.0.0.1 only and auth off, for development
 * and tests on machines without Docker or a Neo4j package.
 *
 * <p>Usage: {@code java -cp target/neo4j-local.jar:target/lib/* stakeholdergraph.Neo4jLocal --home DIR
 * --port N [--detached]}
 *
 * <p>Protocol with the parent process, one line each on stdout:
 *
 * <ul>
 *   <li>{@code NEO4J_LOCAL_READY {"bolt":"bolt://127.0.0.1:N","version":"5.26.x","edition":"community","pid":P}}
 *       once a query has succeeded;
 *   <li>{@code NEO4J_LOCAL_ERROR <code> <message>} then exit 2 when start-up fails ({@code
 *       PORT_IN_USE}, {@code STORE_LOCKED}, {@code START_FAILED}).
 * </ul>
 *
 * <p>Without {@code --detached} the process also exits when its stdin reaches end of file: the
 * parent holds the other end of that pipe, so the database never outlives a crashed parent.
 */
public final class Neo4jLocal {
  private static final String HOST = "127.0.0.1";
  private static final long MIB = 1024L * 1024L;

  private Neo4jLocal() {}

  public static void main(String[] args) {
    Map<String, String> options = parseArgs(args);
    Path home = Path.of(require(options, "home")).toAbsolutePath();
    int port = Integer.parseInt(require(options, "port"));
    boolean detached = options.containsKey("detached");
    // Defaults suit the seed; the benchmark's million-statement graph asks for more.
    long pageCacheMib = Long.parseLong(options.getOrDefault("pagecache-mib", "128"));
    long txMemoryMib = Long.parseLong(options.getOrDefault("tx-memory-mib", "256"));

    if (!portIsFree(port)) {
      fail("PORT_IN_USE", "port " + port + " on " + HOST + " is already in use");
    }

    DatabaseManagementService dbms;
    try {
      dbms =
          new DatabaseManagementServiceBuilder(home)
              .setConfig(BoltConnector.enabled, true)
              .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
              .setConfig(GraphDatabaseSettings.auth_enabled, false)
              .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheMib * MIB)
              .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, txMemoryMib * MIB)
              .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
              .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, 16 * MIB)
              .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
              // Bolt waits 5 s per phase for idle clients by default; a dev database need not.
              .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
              .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
              .build();
    } catch (RuntimeException e) {
      String reason = rootMessage(e);
      String code = reason.toLowerCase().contains("lock") ? "STORE_LOCKED" : "START_FAILED";
      fail(code, reason);
      return;
    }

    AtomicBoolean stopped = new AtomicBoolean(false);
    Runnable stop =
        () -> {
          if (stopped.compareAndSet(false, true)) {
            dbms.shutdown();
            System.err.println("neo4j-local: stopped cleanly");
          }
        };
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "neo4j-local-shutdown"));

    GraphDatabaseService db = dbms.database("neo4j");
    String[] versionAndEdition = queryVersion(db);
    System.out.println(
        "NEO4J_LOCAL_READY {\"bolt\":\"bolt://"
            + HOST
            + ":"
            + port
            + "\",\"version\":\""
            + versionAndEdition[0]
            + "\",\"edition\":\""
            + versionAndEdition[1]
            + "\",\"pid\":"
            + ProcessHandle.current().pid()
            + "}");
    System.out.flush();

    if (!detached) {
      watchStdinThenExit();
    }
  }

  private static String[] queryVersion(GraphDatabaseService db) {
    try (Transaction tx = db.beginTx();
        Result result = tx.execute("CALL dbms.components() YIELD versions, edition RETURN versions, edition")) {
      Map<String, Object> row = result.next();
      @SuppressWarnings("unchecked")
      List<String> versions = (List<String>) row.get("versions");
      return new String[] {versions.get(0), String.valueOf(row.get("edition"))};
    }
  }

  /**
   * Blocks until stdin closes, then exits (running the shutdown hook). A daemon thread is not
   * enough: Neo4j's own non-daemon threads would keep the JVM alive after the parent is gone.
   */
  private static void watchStdinThenExit() {
    InputStream in = System.in;
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) != -1) {
        // Input is ignored; only end of file matters.
      }
    } catch (IOException ignored) {
      // A broken pipe means the same as end of file: the parent is gone.
    }
    System.exit(0);
  }

  private static boolean portIsFree(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName(HOST))) {
      socket.setReuseAddress(true);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static Map<String, String> parseArgs(String[] args) {
    HashMap<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        fail("BAD_ARGUMENTS", "unexpected argument " + arg);
      }
      String key = arg.substring(2);
      if (key.equals("detached")) {
        options.put(key, "true");
      } else if (i + 1 < args.length) {
        options.put(key, args[++i]);
      } else {
        fail("BAD_ARGUMENTS", "missing value for " + arg);
      }
    }
    return options;
  }

  private static String require(Map<String, String> options, String key) {
    String value = options.get(key);
    if (value == null) {
      fail("BAD_ARGUMENTS", "--" + key + " is required");
    }
    return value;
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
    return message.replace('\n', ' ');
  }

  private static void fail(String code, String message) {
    System.out.println("NEO4J_LOCAL_ERROR " + code + " " + message);
    System.out.flush();
    System.exit(2);
  }
}
