/**
 * The gateway: one flat package, since it holds no domain logic, only the platform's edge policies. The rules it
 * shares with the services (token policy, problem types, correlation ids) come from platform-core.
 * <ul>
 *   <li>{@link vn.drugctl.gateway.RoutesConfiguration}: the three routes, each with its circuit breaker and
 *       time limiter; {@link vn.drugctl.gateway.FallbackController} answers 503 for a service that is down</li>
 *   <li>{@link vn.drugctl.gateway.SecurityConfiguration}: access token check (signature, then platform-core's
 *       token policy: issuer, required expiry, audience), path rules (partner tokens for /exchange/** only), CORS,
 *       400/401/403 problems</li>
 *   <li>{@link vn.drugctl.gateway.CorrelationIdFilter}: correlation id and the access log</li>
 *   <li>{@link vn.drugctl.gateway.ProblemDetailErrorHandler} and {@link vn.drugctl.gateway.Problems}: every answer
 *       the gateway writes itself is an RFC 9457 problem</li>
 *   <li>{@link vn.drugctl.gateway.GatewayProperties}: the {@code drugctl.*} settings</li>
 * </ul>
 */
package vn.drugctl.gateway;
