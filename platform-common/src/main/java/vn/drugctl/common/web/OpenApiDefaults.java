package vn.drugctl.common.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import vn.drugctl.common.autoconfigure.DrugctlAutoConfiguration;
import vn.drugctl.common.security.SecurityProperties;
import vn.drugctl.common.tenancy.TenantScope;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What every service's OpenAPI document shares, active only in a service that has springdoc on its class path:
 * title, description and version from {@code drugctl.api.*}; the bearer access token (Keycloak) required by every
 * operation; the RFC 9457 problem shape of every error answer; and a relative server URL, so that "Try it out"
 * in Swagger UI calls whichever host served the document (the gateway, not the service behind it).
 */
@AutoConfiguration(after = DrugctlAutoConfiguration.class)
@ConditionalOnClass(OpenApiCustomizer.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class OpenApiDefaults {
    public static final String BEARER_SCHEME = "bearer-jwt";
    public static final String PROBLEM_SCHEMA = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Set<PathItem.HttpMethod> WRITES = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    static {
        // derived from the verified token by an argument resolver; never a request parameter
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(TenantScope.class);
        // the container's error page, not an operation of the API
        SpringDocUtils.getConfig().addHiddenRestControllers(ProblemErrorController.class);
    }

    @Bean
    @ConditionalOnMissingBean
    OpenAPI drugctlOpenApi(@Value("${drugctl.api.title:${spring.application.name:drugctl}}") String title,
                           @Value("${drugctl.api.description:}") String description,
                           @Value("${drugctl.api.version:}") String version,
                           SecurityProperties security) {
        String issuer = security.issuerUri().replaceAll("/+$", "");
        return new OpenAPI()
                .info(new Info().title(title).description(description.isBlank() ? null : description)
                        .version(version.isBlank() ? "unversioned" : version))
                .addServersItem(new Server().url("/").description("The host that served this document"))
                .components(new Components()
                        .addSecuritySchemes(BEARER_SCHEME, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                                .description("An access token issued by Keycloak (realm " + issuer + ", token endpoint "
                                        + issuer + "/protocol/openid-connect/token) for the audience "
                                        + security.audience() + ". The caller's tenant scope comes from its `unit` and "
                                        + "`roles` claims only."))
                        .addSchemas(PROBLEM_SCHEMA, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(BEARER_SCHEME));
    }

    /**
     * Error answers of every operation as {@code application/problem+json}: 400, 401, 403 and 500 everywhere, 404
     * where the path names a resource, 409 and 422 for writes. Answers an operation declares itself are kept.
     */
    @Bean
    OpenApiCustomizer drugctlProblemResponses() {
        return openApi -> {
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            openApi.setComponents(components);
            if (components.getSchemas() == null || !components.getSchemas().containsKey(PROBLEM_SCHEMA)) {
                components.addSchemas(PROBLEM_SCHEMA, problemSchema());
            }
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
                Map<String, String> errors = new LinkedHashMap<>();
                errors.put("400", "Invalid request; `errors[]` names each field (problem type invalid-request, malformed-body)");
                errors.put("401", "No valid bearer access token (problem type unauthenticated)");
                errors.put("403", "Outside the caller's tenant scope, or not allowed for its role (out-of-scope, forbidden)");
                if (path.contains("{")) {
                    errors.put("404", "No such resource (problem type not-found, unknown-unit)");
                }
                if (WRITES.contains(method)) {
                    errors.put("409", "Conflicts with the stored state (problem type duplicate, concurrent-change)");
                    errors.put("422", "Well-formed but forbidden by a rule, named in `rule` (problem type rule-violation)");
                }
                errors.put("500", "Unexpected error; quote the `correlationId` when reporting it (problem type internal)");
                errors.forEach((status, text) -> {
                    if (!responses.containsKey(status)) {
                        responses.addApiResponse(status, problemResponse(text));
                    }
                });
                operation.setResponses(responses);
            }));
        };
    }

    private static ApiResponse problemResponse(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))));
    }

    /** The shape {@link Problems} and the security handlers produce. */
    static Schema<?> problemSchema() {
        ObjectSchema fieldError = new ObjectSchema();
        fieldError.addProperty("field", new StringSchema().description("The request field, parameter or body path"));
        fieldError.addProperty("message", new StringSchema().description("What is wrong with it"));
        ObjectSchema problem = new ObjectSchema();
        problem.description("An RFC 9457 problem detail, the body of every error answer");
        problem.addProperty("type", new StringSchema().format("uri").example(ApiProblem.TYPE_BASE + "invalid-request")
                .description("Stable identifier of the kind of problem: " + ApiProblem.TYPE_BASE
                        + " followed by the problem type each answer names"));
        problem.addProperty("title", new StringSchema().description("Short summary of the kind of problem"));
        problem.addProperty("status", new IntegerSchema().format("int32").description("The HTTP status code"));
        problem.addProperty("detail", new StringSchema().description("This occurrence: names the field, unit or rule"));
        problem.addProperty("instance", new StringSchema().format("uri-reference").description("The request path"));
        problem.addProperty("correlationId", new StringSchema()
                .description("The request's X-Correlation-Id, also in every log line about it"));
        problem.addProperty("errors", new ArraySchema().items(fieldError).description("Field problems (400 only)"));
        problem.addProperty("rule", new StringSchema().description("The violated rule (422 only)"));
        problem.setRequired(java.util.List.of("type", "title", "status"));
        return problem;
    }
}
