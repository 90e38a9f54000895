package vn.drugctl.common.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;
import vn.drugctl.common.security.SecurityProperties;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiDefaultsTest {
    private final OpenApiDefaults defaults = new OpenApiDefaults();

    private static Operation operation() {
        return new Operation().responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("OK")));
    }

    @Test
    void everyOperationGetsProblemAnswersFittingWhatItDoesAndKeepsItsOwn() {
        Operation list = operation();
        Operation read = operation();
        read.getResponses().addApiResponse("404", new ApiResponse().description("No such person"));
        Operation write = operation();
        OpenAPI api = new OpenAPI().paths(new Paths()
                .addPathItem("/api/x/things", new PathItem().get(list).post(write))
                .addPathItem("/api/x/things/{id}", new PathItem().get(read)));

        defaults.drugctlProblemResponses().customise(api);

        assertThat(list.getResponses().keySet()).containsExactlyInAnyOrder("200", "400", "401", "403", "500");
        assertThat(read.getResponses().keySet()).containsExactlyInAnyOrder("200", "400", "401", "403", "404", "500");
        assertThat(read.getResponses().get("404").getDescription()).as("declared by the operation, kept")
                .isEqualTo("No such person");
        assertThat(write.getResponses().keySet())
                .containsExactlyInAnyOrder("200", "400", "401", "403", "409", "422", "500");
        assertThat(write.getResponses().get("422").getContent().get("application/problem+json").getSchema().get$ref())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(api.getComponents().getSchemas()).containsKey("Problem");
    }

    @Test
    void documentInfoAndBearerSchemeComeFromConfiguration() {
        OpenAPI api = defaults.drugctlOpenApi("drugctl x", "", "1.2.3",
                new SecurityProperties("http://kc.test/realms/drugctl/", null, null, null));

        assertThat(api.getInfo().getTitle()).isEqualTo("drugctl x");
        assertThat(api.getInfo().getDescription()).isNull();
        assertThat(api.getInfo().getVersion()).isEqualTo("1.2.3");
        assertThat(api.getSecurity().getFirst().keySet()).containsExactly(OpenApiDefaults.BEARER_SCHEME);
        assertThat(api.getComponents().getSecuritySchemes().get(OpenApiDefaults.BEARER_SCHEME).getDescription())
                .contains("http://kc.test/realms/drugctl/protocol/openid-connect/token").contains("drugctl-api");
    }
}
