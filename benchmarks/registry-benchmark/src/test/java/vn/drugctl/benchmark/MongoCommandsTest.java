package vn.drugctl.benchmark;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MongoCommandsTest {
    static final String BEFORE = """
            # HELP mongodb_driver_commands_seconds Timer of mongodb commands
            # TYPE mongodb_driver_commands_seconds summary
            mongodb_driver_commands_seconds_count{application="registry-service",cluster_id="6a1",collection="persons",command="find",server_address="127.0.0.1:27017",status="SUCCESS"} 10.0
            mongodb_driver_commands_seconds_sum{application="registry-service",cluster_id="6a1",collection="persons",command="find",server_address="127.0.0.1:27017",status="SUCCESS"} 0.5
            mongodb_driver_commands_seconds_count{application="registry-service",cluster_id="6a1",collection="persons",command="update",server_address="127.0.0.1:27017",status="SUCCESS"} 4.0
            mongodb_driver_commands_seconds_count{application="registry-service",cluster_id="6a1",collection="persons",command="update",server_address="127.0.0.1:27017",status="FAILED"} 1.0
            http_server_requests_seconds_count{method="GET",status="200",uri="/api/registry/me"} 99.0
            """;

    @Test
    void countsEachCommandOnItsCollectionWhateverItsOutcome() {
        assertThat(MongoCommands.parse(BEFORE)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "find persons", 10.0, "update persons", 5.0));
    }

    @Test
    void whatAWriteCostIsTheDifferenceOfTwoReadings() {
        String after = BEFORE.replace("} 10.0", "} 30.0").replace("} 4.0", "} 24.0")
                + "mongodb_driver_commands_seconds_count{collection=\"audit_log\",command=\"insert\",status=\"SUCCESS\"} 2.0\n";
        Map<String, Double> spent = MongoCommands.since(MongoCommands.parse(BEFORE), MongoCommands.parse(after));
        assertThat(spent).containsExactlyInAnyOrderEntriesOf(Map.of("find persons", 20.0, "update persons", 20.0,
                "insert audit_log", 2.0));
        assertThat(MongoCommands.total(spent) / 20).isEqualTo(2.1);
    }
}
