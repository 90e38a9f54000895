package vn.drugctl.stack.elasticsearch;

import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.PluginsLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Boots a real single Elasticsearch 9.5.3 node in this JVM from the home folder the build makes
 * ({@code local-stack/target/es-home}). Replaces Elasticsearch's own CLI, which wants a terminal and, on JDK 24+,
 * its entitlements agent.
 *
 * <p>Arguments: the home folder, then {@code --setting=value} overrides, e.g.
 * {@code --http.port=9200 --transport.port=9300 --path.data=/data/es --path.logs=/logs/es}. Settings are taken, each
 * over the previous: {@code <home>/config/elasticsearch.yml}, system properties {@code -Des.setting.<name>=<value>},
 * the arguments. {@code path.data} and {@code path.logs} default to {@code <home>/data} and {@code <home>/logs}.
 * Prints {@value #READY} once the node serves HTTP; closes the node on SIGTERM.
 */
public final class ElasticsearchNode {
    /** The line printed on standard output once the node is started. */
    public static final String READY = "Elasticsearch node started";
    private static final String PROPERTY_PREFIX = "es.setting.";

    private ElasticsearchNode() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Path home = Path.of(args.length > 0 ? args[0] : "target/es-home").toAbsolutePath().normalize();
        Path config = home.resolve("config");
        Settings.Builder builder = Settings.builder()
                .loadFromPath(config.resolve("elasticsearch.yml"))
                .put("path.home", home.toString());
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith(PROPERTY_PREFIX)) {
                builder.put(name.substring(PROPERTY_PREFIX.length()), System.getProperty(name));
            }
        }
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                System.err.println("Unknown argument " + arg + "; use: <home> [--setting=value ...]");
                System.exit(2);
            }
            builder.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        if (builder.get("path.data") == null) {
            builder.put("path.data", home.resolve("data").toString());
        }
        if (builder.get("path.logs") == null) {
            builder.put("path.logs", home.resolve("logs").toString());
        }
        Settings settings = builder.build();
        Files.createDirectories(Path.of(settings.get("path.data")));
        Files.createDirectories(Path.of(settings.get("path.logs")));

        LogConfigurator.registerErrorListener();
        Environment env = new Environment(settings, config);
        LogConfigurator.setNodeName(settings.get("node.name", "node"));
        LogConfigurator.configure(env, true);

        var modules = PluginsLoader.loadModulesBundles(env.modulesDir(), false);
        var plugins = PluginsLoader.loadPluginsBundles(env.pluginsDir(), false);
        // false: the server is on the class path, not a named module
        PluginsLoader loader = PluginsLoader.createPluginsLoader(modules, plugins, Map.of(), false);

        Node node = new Node(env, loader);
        try {
            node.start();
        } catch (RuntimeException e) {
            // e.g. a port in use: end the JVM (Elasticsearch's threads would keep it alive) so a supervisor sees it
            e.printStackTrace();
            node.close();
            System.exit(1);
        }
        System.out.printf("%s: http 127.0.0.1:%s, transport %s, data %s, in %d ms%n", READY, settings.get("http.port"),
                settings.get("transport.port"), settings.get("path.data"), (System.nanoTime() - start) / 1_000_000);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
                System.out.println("Elasticsearch node stopped");
            } catch (Exception e) {
                e.printStackTrace();
            }
            stopped.countDown();
        }, "es-shutdown"));
        stopped.await();
    }
}
