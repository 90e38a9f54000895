package vn.drugctl.stack.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The server as ./platform runs it: a child process on an H2 file that keeps data across a restart. */
class MongoWireServerIT {

    static Process start(int port, Path file) throws IOException {
        String classpath = Path.of("target/classes").toAbsolutePath() + ":"
                + Files.readString(Path.of("target/mongo.classpath")).strip();
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, MongoWireServer.class.getName(), "--port=" + port, "--file=" + file)
                .redirectErrorStream(true).redirectOutput(Path.of("target/mongo-wire-" + port + ".log").toFile()).start();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return true;
            } catch (IOException e) {
                return false;
            }
        });
        return p;
    }

    static void stop(Process p) {
        p.destroy();
        assertThat(p.onExit().orTimeout(20, java.util.concurrent.TimeUnit.SECONDS).join().exitValue()).isIn(0, 143);
    }

    @Test
    void documentsSurviveARestartOfTheServer(@TempDir Path dir) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path file = dir.resolve("data/drugctl.mv");
        Process first = start(port, file);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            client.getDatabase("drugctl_registry").getCollection("persons")
                    .insertOne(new Document("_id", "p-1").append("fullName", "Nguyễn Thị Hằng"));
            Document ping = client.getDatabase("admin").runCommand(new Document("ping", 1));
            assertThat(ping.get("ok")).isEqualTo(1.0);
        }
        stop(first);

        Process second = start(port, file);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            Document found = client.getDatabase("drugctl_registry").getCollection("persons")
                    .find(new Document("_id", "p-1")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("fullName")).isEqualTo("Nguyễn Thị Hằng");
        } finally {
            stop(second);
        }
    }
}
