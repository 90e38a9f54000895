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

    /** Queries naming an _id and more conditions read by _id, then check the rest: same answers as a scan. */
    @Test
    void aQueryOnAnIdAndMoreConditionsAnswersExactlyAsMongoDbWould(@TempDir Path dir) {
        try (MongoWireProcess server = MongoWireProcess.start(dir.resolve("data/drugctl.mv"));
             MongoClient client = MongoClients.create(server.uri())) {
            var persons = client.getDatabase("drugctl_registry").getCollection("persons");
            for (int i = 0; i < 50; i++) {
                persons.insertOne(new Document("_id", "p-" + i).append("version", 1L)
                        .append("unitPath", java.util.List.of("HN", "HN-BL", i % 2 == 0 ? "HN-BL-VUBAN" : "HN-BL-ANDO")));
            }
            var scoped = new Document("_id", "p-4").append("unitPath", new Document("$in", java.util.List.of("HN-BL-VUBAN")));
            assertThat(persons.find(scoped).first()).isNotNull();
            var outOfScope = new Document("_id", "p-5").append("unitPath", new Document("$in", java.util.List.of("HN-BL-VUBAN")));
            assertThat(persons.find(outOfScope).first()).isNull();

            var guarded = new Document("_id", "p-7").append("version", 1L);
            assertThat(persons.updateOne(guarded, new Document("$inc", new Document("version", 1))).getModifiedCount())
                    .isEqualTo(1);
            assertThat(persons.updateOne(guarded, new Document("$inc", new Document("version", 1))).getModifiedCount())
                    .isZero();
            assertThat(persons.find(new Document("_id", "p-7")).first().getLong("version")).isEqualTo(2L);
            assertThat(persons.find(new Document("_id", "nobody").append("version", 1L)).first()).isNull();
            assertThat(persons.countDocuments(new Document("version", 1L))).isEqualTo(49);
        }
    }
}
