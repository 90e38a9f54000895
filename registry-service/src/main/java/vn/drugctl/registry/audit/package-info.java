/**
 * The append-only audit trail of the person registry (Decree 13/2023: who read or changed whose record).
 *
 * <p>Every read of a full person record and every change is recorded through
 * {@link vn.drugctl.registry.audit.application.AuditTrail} as an
 * {@link vn.drugctl.registry.audit.domain.AuditEntry}: who (token subject, user name, the unit acted for and its path),
 * when, which person (and the unit managing it, with its path), what, the stated purpose and the correlation id.
 * Build entries with {@link vn.drugctl.registry.audit.application.AuditEntries} (id and time made there).
 * Stored in MongoDB {@code audit_log}, insert-only: no code path updates or deletes an entry.
 *
 * <h2>Endpoints</h2>
 * Only {@code DISTRICT_OFFICER}, {@code PROVINCE_ANALYST} and {@code ADMIN} may call them; anyone else gets 403
 * ({@code …/problems/forbidden}).
 * <ul>
 *   <li>{@code GET /api/registry/audit/persons/{personId}}: entries about the person whose person unit path (at the
 *       time of the entry) lies in the caller's view. Reading it is itself recorded (READ, what
 *       {@code "audit trail"}, against the person's unit as the caller knows it) whenever the caller sees any entry
 *       of that person.</li>
 *   <li>{@code GET /api/registry/audit/users/{username}}: entries made by the user while acting for a unit in the
 *       caller's view. Not recorded (an entry is about one person).</li>
 * </ul>
 * Query parameters: {@code page} (0-based, default 0), {@code size} (1–200, default 50), {@code from} and
 * {@code to} (ISO dates, both included, calendar days of {@code drugctl.audit.zone}, default Asia/Ho_Chi_Minh).
 * Newest first. Answer: {@code {"items":[{id, at, username, actorUnitCode, personId, personUnitCode, action, what,
 * purpose, correlationId}], "page":{number, size, items, hasNext}}}. A bad parameter is 400
 * ({@code …/problems/invalid-request}, {@code errors[0].field} names it). A person or user outside the caller's view,
 * unknown, or without entries all answer 200 with no items: nothing tells another tenant's ids apart.
 */
package vn.drugctl.registry.audit;
