package vn.drugctl.reporting.reconciliation.infrastructure;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import vn.drugctl.reporting.reconciliation.application.Source;
import vn.drugctl.reporting.reconciliation.application.SourceUnavailable;
import vn.drugctl.reporting.reconciliation.domain.SourceCounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * A source service's reconciliation endpoint over HTTP ({@link RestClient} on the JDK client), called directly with
 * the caller's bearer token: {@code GET <baseUrl><path>/{code}}. A connection that fails or takes longer than the
 * timeouts, an answer that is not 2xx, or a body that is not the counts, is {@link SourceUnavailable} naming the
 * service; nothing is retried (the caller asks again).
 */
public class HttpSource implements Source {
    private final String name;
    private final String path;
    private final RestClient client;

    public HttpSource(String name, URI baseUrl, String path, Duration connectTimeout, Duration readTimeout) {
        this.name = name;
        this.path = path;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(connectTimeout).build());
        requests.setReadTimeout(readTimeout);
        this.client = RestClient.builder().baseUrl(baseUrl.toString()).requestFactory(requests).build();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public SourceCounts counts(String unitCode, String bearerToken) {
        try {
            SourceCounts counts = client.get().uri(path + "/{code}", unitCode)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + bearerToken)
                    .accept(MediaType.APPLICATION_JSON)
                    .retrieve().body(SourceCounts.class);
            if (counts == null) {
                throw new SourceUnavailable(name, "an empty answer", null);
            }
            return counts;
        } catch (RestClientResponseException e) {
            throw new SourceUnavailable(name, "HTTP " + e.getStatusCode().value(), e);
        } catch (RestClientException e) {
            throw new SourceUnavailable(name, e.getMostSpecificCause().getClass().getSimpleName()
                    + (e.getMostSpecificCause().getMessage() == null ? "" : ": "
                    + e.getMostSpecificCause().getMessage()), e);
        }
    }
}
