package vn.drugctl.benchmark;

import java.util.ArrayList;
import java.util.List;

/**
 * Which load {@code ./benchmark} runs, chosen by {@code --scenario NAME} anywhere on the command line (default
 * {@code write}): {@code write} registers people and changes their lists ({@link RegistryBenchmark}); {@code me}
 * hammers one cheap read with one token ({@link MeBenchmark}), to compare a service reached directly with the same
 * service behind the gateway; {@code ledger} loads reporting-service's report ledger ({@link LedgerBenchmark}).
 */
enum Scenario {
    WRITE, ME, LEDGER;

    static final String OPTION = "--scenario";

    /** The scenario the arguments name; an unknown name is refused with the known ones. */
    static Scenario of(String... args) {
        String name = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(OPTION)) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(OPTION + " needs a value (write, me or ledger)");
                }
                name = args[i + 1];
            } else if (args[i].startsWith(OPTION + "=")) {
                name = args[i].substring(OPTION.length() + 1);
            }
        }
        if (name == null) {
            return WRITE;
        }
        return switch (name) {
            case "write" -> WRITE;
            case "me" -> ME;
            case "ledger" -> LEDGER;
            default -> throw new IllegalArgumentException(OPTION + ": unknown scenario " + name
                    + " (write, me or ledger)");
        };
    }

    /** The arguments without {@code --scenario NAME}, for the scenario's own option parser. */
    static String[] rest(String... args) {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(OPTION)) {
                i++;
            } else if (!args[i].startsWith(OPTION + "=")) {
                rest.add(args[i]);
            }
        }
        return rest.toArray(String[]::new);
    }
}
