/**
 * Exceptions a service's domain and application code throw to reject a request, free of any framework type; the
 * shared {@code ProblemDetailsAdvice} turns them into RFC 9457 answers: {@link InvalidField} 400,
 * {@link RuleViolation} 422, {@link Conflict} 409.
 */
package vn.drugctl.common.domain;
