package vn.drugctl.common.security;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import vn.drugctl.common.tenancy.OutOfScopeException;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.TenantScopes;
import vn.drugctl.common.token.TokenPolicy;

/** Lets a controller method take a {@link TenantScope} parameter, derived from the verified token only. */
public class TenantScopeArgumentResolver implements HandlerMethodArgumentResolver {
    public static final String REQUEST_ATTRIBUTE = TenantScope.class.getName();
    private final TenantScopes scopes;

    public TenantScopeArgumentResolver(TenantScopes scopes) {
        this.scopes = scopes;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return TenantScope.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binderFactory) {
        return current(scopes);
    }

    public static TenantScope current(TenantScopes scopes) {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
            throw new OutOfScopeException("No verified access token in this request");
        }
        Jwt jwt = token.getToken();
        return scopes.fromClaims(jwt.getSubject(), jwt.getClaimAsString(TokenPolicy.PRINCIPAL_CLAIM),
                jwt.getClaimAsString(TokenPolicy.UNIT_CLAIM), jwt.getClaimAsStringList(TokenPolicy.ROLES_CLAIM));
    }
}
