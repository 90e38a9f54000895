package vn.drugctl.stack.elasticsearch;

import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.PluginsLoader;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Boots a real single Elasticsearch 9.5.3 node in this JVM from the home folder the build makes
 * ({@code target/es-home}). Replaces Elasticsearch's own CLI, which wants a terminal and, on JDK 24+, its
 * entitlements agent. Arguments: the home folder, then {@code --setting=value} overrides
 * (e.g. {@code --http.port=9200 --path.data=/data/es}).
 */
public final class ElasticsearchNode {
    private ElasticsearchNode() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Path home = Path.of(args.length > 0 ? args[0] : "target/es-home").toAbsolutePath();
        Path config = home.resolve("config");
        Settings.Builder builder = Settings.builder()
                .loadFromPath(config.resolve("elasticsearch.yml"))
                .put("path.home", home.toString());
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                System.err.println("Unknown argument " + arg + "; use --setting=value");
                System.exit(2);
            }
            builder.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        Settings settings = builder.build();
        LogConfigurator.registerErrorListener();
        Environment env = new Environment(settings, config);
        LogConfigurator.setNodeName(settings.get("node.name", "node"));
        LogConfigurator.configure(env, true);

        var modules = PluginsLoader.loadModulesBundles(env.modulesDir(), false);
        var plugins = PluginsLoader.loadPluginsBundles(env.pluginsDir(), false);
        // false: the server is on the class path, not a named module
        PluginsLoader loader = PluginsLoader.createPluginsLoader(modules, plugins, Map.of(), false);

        Node node = new Node(env, loader);
        node.start();
        System.out.printf("Elasticsearch node started on port %s in %d ms%n", settings.get("http.port"),
                (System.nanoTime() - start) / 1_000_000);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (Exception e) {
                e.printStackTrace();
            }
            stopped.countDown();
        }, "es-shutdown"));
        stopped.await();
    }
}
