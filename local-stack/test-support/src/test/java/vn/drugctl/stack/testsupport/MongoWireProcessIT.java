package vn.drugctl.stack.testsupport;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The MongoDB-compatible server as ./platform runs it: a child process on an H2 file that keeps data across a restart. */
class MongoWireProcessIT {

    @Test
    void aDocumentSurvivesAStopAndStartOfTheServer(@TempDir Path dir) {
        Path file = dir.resolve("data/drugctl.mv");
        int port;
        try (MongoWireProcess first = MongoWireProcess.start(file)) {
            port = first.port();
            try (MongoClient client = MongoClients.create(first.uri())) {
                client.getDatabase("drugctl_registry").getCollection("persons")
                        .insertOne(new Document("_id", "p-1").append("fullName", "Nguyễn Thị Hằng"));
                assertThat(client.getDatabase("admin").runCommand(new Document("ping", 1)).get("ok")).isEqualTo(1.0);
            }
            first.close();
            assertThat(first.process().isAlive()).isFalse();
            assertThat(first.process().logContains("MongoDB-compatible server stopped")).isTrue();
        }

        try (MongoWireProcess second = MongoWireProcess.start(file, port);
             MongoClient client = MongoClients.create(second.uri())) {
            Document found = client.getDatabase("drugctl_registry").getCollection("persons")
                    .find(new Document("_id", "p-1")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("fullName")).isEqualTo("Nguyễn Thị Hằng");
        }
    }
}
