/**
 * The gateway: one flat package, since it holds no domain logic, only the platform's edge policies. The rules it
 * shares with the services (token policy, problem types, correlation ids) come from platform-core.
 * <ul>
 *   <li>{@link vn.drugctl.gateway.RoutesConfiguration}: the three service routes and the survey upload's route,
 *       each with its body limit ({@link vn.drugctl.gateway.RequestBodyLimit}) and its service's bulkhead, circuit
 *       breaker and time limiter ({@link vn.drugctl.gateway.ServiceGuard}); {@link vn.drugctl.gateway.FallbackController}
 *       answers 503 for a service that is down or busy, 413 for a body over the limit</li>
 *   <li>{@link vn.drugctl.gateway.CallerRateLimit}: requests per user and per partner system, 429 above</li>
 *   <li>what keeps a proxied call cheap: {@link vn.drugctl.gateway.VerifiedTokenCache} (a token's signature checked
 *       once), {@link vn.drugctl.gateway.RequestFirewall} (header checks without regular expressions),
 *       {@link vn.drugctl.gateway.SecurityObservations}, {@link vn.drugctl.gateway.WholeAnswers} (one write per
 *       answer)</li>
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
