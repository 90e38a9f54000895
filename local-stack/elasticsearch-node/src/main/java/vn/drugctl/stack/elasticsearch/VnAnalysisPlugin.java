package vn.drugctl.stack.elasticsearch;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.elasticsearch.Build;
import org.elasticsearch.cluster.ClusterState;
import org.elasticsearch.cluster.node.DiscoveryNodes;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.features.NodeFeature;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.ActionPlugin;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.rest.RestHandler;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.RestResponse;
import org.elasticsearch.rest.RestStatus;
import org.elasticsearch.xcontent.XContentBuilder;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Stand-in for two unpublished ES modules:
 *  - analysis-common: the "asciifolding" token filter ("lowercase" is already built into the server);
 *  - rest-root: GET / (client.info()) and HEAD / (client.ping()).
 */
public class VnAnalysisPlugin extends Plugin implements AnalysisPlugin, ActionPlugin {
    private volatile ClusterService clusterService;

    @Override
    public Collection<?> createComponents(PluginServices services) {
        clusterService = services.clusterService();
        return List.of();
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of("asciifolding", (indexSettings, env, name, settings) -> {
            boolean preserveOriginal = settings.getAsBoolean("preserve_original", false);
            return new FoldingFactory(name, preserveOriginal);
        });
    }

    /** NormalizingTokenFilterFactory marks it as usable in keyword normalizers. */
    static final class FoldingFactory extends AbstractTokenFilterFactory implements org.elasticsearch.index.analysis.NormalizingTokenFilterFactory {
        private final boolean preserveOriginal;
        FoldingFactory(String name, boolean preserveOriginal) { super(name); this.preserveOriginal = preserveOriginal; }
        @Override public TokenStream create(TokenStream ts) { return new ASCIIFoldingFilter(ts, preserveOriginal); }
        @Override public TokenStream normalize(TokenStream ts) { return new ASCIIFoldingFilter(ts, false); }
    }

    @Override
    public Collection<RestHandler> getRestHandlers(RestHandlersServices services, Supplier<DiscoveryNodes> nodes,
                                                   Predicate<NodeFeature> clusterSupportsFeature) {
        return List.of(new RestHandler() {
            @Override public List<Route> routes() {
                return List.of(new Route(RestRequest.Method.GET, "/"), new Route(RestRequest.Method.HEAD, "/"));
            }
            @Override public void handleRequest(RestRequest request, org.elasticsearch.rest.RestChannel channel,
                                                org.elasticsearch.client.internal.node.NodeClient client) throws Exception {
                ClusterState state = clusterService.state();
                Build b = Build.current();
                XContentBuilder x = channel.newBuilder();
                x.startObject()
                    .field("name", clusterService.getNodeName())
                    .field("cluster_name", state.getClusterName().value())
                    .field("cluster_uuid", state.metadata().clusterUUID())
                    .startObject("version")
                    .field("number", b.qualifiedVersion())
                    .field("build_flavor", b.flavor())
                    .field("build_type", b.type().displayName())
                    .field("build_hash", b.hash())
                    .field("build_date", b.date())
                    .field("build_snapshot", b.isSnapshot())
                    .field("lucene_version", org.apache.lucene.util.Version.LATEST.toString())
                    .field("minimum_wire_compatibility_version", b.minWireCompatVersion())
                    .field("minimum_index_compatibility_version", b.minIndexCompatVersion())
                    .endObject()
                    .field("tagline", "You Know, for Search")
                    .endObject();
                channel.sendResponse(new RestResponse(RestStatus.OK, x));
            }
        });
    }
}
