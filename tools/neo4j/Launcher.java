// Launcher runs a Neo4j 5 Community DBMS in this JVM with only Bolt open,
// for tests and benchmarks on machines without a Neo4j install or Docker.
// scripts/neo4j-dev resolves the jars with tools/neo4j/pom.xml, compiles it
// into target/classes and runs it (with only a JRE, as a single-file
// program):
//
//	java <jvm flags> -cp "$(cat tools/neo4j/target/cp.txt)" tools/neo4j/Launcher.java HOME PORT [PAGECACHE_MIB]
//
// HOME is the DBMS home (data, transaction logs, debug.log); starting again
// on the same HOME finds the data written before. PORT 0 lets the system
// choose a free port. Authentication is off: the server listens on
// 127.0.0.1 only. Once both the system and the neo4j databases are up it
// prints one line, "NEO4J READY bolt://127.0.0.1:PORT", and runs until
// SIGTERM or SIGINT, which shut the DBMS down cleanly.

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

public class Launcher {
    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: Launcher HOME PORT [PAGECACHE_MIB]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        long pageCacheMiB = args.length == 3 ? Long.parseLong(args[2]) : 512;

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                // The default page cache is half the machine's memory.
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
                // Throwaway homes: no 250 MiB preallocated log per database,
                // and no usage reports sent out of a test machine.
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(64))
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Netty's graceful shutdown otherwise idles 10 s, which every
                // test restart would pay.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));

        // With port 0 the bound port is only known to the connector itself.
        GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        int bound = db.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT)
                .getPort();
        System.out.println("NEO4J READY bolt://127.0.0.1:" + bound);
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
