/**
 * The registry's endpoints on the platform's append-only audit trail ({@link vn.drugctl.common.audit}, record type
 * {@code person}). The lines themselves are built by {@link vn.drugctl.registry.person.application.PersonAudit}.
 *
 * <h2>Endpoints</h2>
 * Only {@code DISTRICT_OFFICER}, {@code PROVINCE_ANALYST} and {@code ADMIN} may call them; anyone else gets 403
 * ({@code …/problems/forbidden}).
 * <ul>
 *   <li>{@code GET /api/registry/audit/persons/{personId}}: entries about the person whose unit path (at the
 *       time of the entry) lies in the caller's view. Reading it is itself recorded (READ, what
 *       {@code "audit trail"}, against the person's unit as the caller knows it) whenever the caller sees any entry
 *       of that person.</li>
 *   <li>{@code GET /api/registry/audit/users/{username}}: entries made by the user while acting for a unit in the
 *       caller's view. Not recorded (an entry is about one record).</li>
 * </ul>
 * Query parameters: {@code page} (0-based, default 0), {@code size} (1–200, default 50), {@code from} and
 * {@code to} (ISO dates, both included, calendar days of {@code drugctl.audit.zone}, here the registry's zone).
 * Newest first. Answer: {@code {"items":[{id, at, username, actorUnitCode, recordType, recordId, recordUnitCode,
 * action, what, purpose, correlationId, resultCount}], "page":{number, size, items, hasNext}}}. A bad parameter is
 * 400 ({@code …/problems/invalid-request}, {@code errors[0].field} names it). A person or user outside the caller's
 * view, unknown, or without entries all answer 200 with no items: nothing tells another tenant's ids apart.
 */
package vn.drugctl.registry.audit;
