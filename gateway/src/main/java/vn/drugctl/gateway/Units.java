package vn.drugctl.gateway;

import org.springframework.util.unit.DataSize;

import java.time.Duration;

/** Durations and sizes as people write them in settings and read them in answers: "1s", "500ms", "1 MB". */
final class Units {
    private Units() {
    }

    static String describe(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 3_600_000 == 0) {
            return millis / 3_600_000 + "h";
        } else if (millis % 60_000 == 0) {
            return millis / 60_000 + "min";
        } else if (millis % 1000 == 0) {
            return millis / 1000 + "s";
        }
        return millis + "ms";
    }

    static String describe(DataSize size) {
        long bytes = size.toBytes();
        if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
            return bytes / (1 << 20) + " MB";
        } else if (bytes >= 1 << 10 && bytes % (1 << 10) == 0) {
            return bytes / (1 << 10) + " KB";
        }
        return bytes + " bytes";
    }
}
