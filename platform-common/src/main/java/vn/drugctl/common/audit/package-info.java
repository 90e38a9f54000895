/**
 * The append-only audit trail of every service (Decree 13/2023: who read or changed whose record), generic over the
 * record types: a person of the registry, a hotspot, an incident, a surveillance record...
 *
 * <p>Every read of a full record and every change is recorded through {@link vn.drugctl.common.audit.AuditTrail} as
 * an {@link vn.drugctl.common.audit.AuditEntry}: who (token subject, user name, the unit acted for and its path),
 * when, which record (its type, its id, and the unit managing it, with its path), what, the stated purpose and the
 * correlation id. Build entries with {@link vn.drugctl.common.audit.AuditEntries} (id and time made there). A
 * change's line travels in the change's own document write as an outbox record
 * ({@link vn.drugctl.common.audit.MongoAuditTrail#outboxRecord}), so a change and its line cannot part; reads,
 * refusals and searches are recorded at once, before the answer goes out. Stored in MongoDB {@code audit_log} of the
 * service's database, insert-only: no code path updates or deletes an entry (AuditTrailIsAppendOnlyTest).
 *
 * <p>Supervisors ({@code DISTRICT_OFFICER}, {@code PROVINCE_ANALYST}, {@code ADMIN}) read a record's or a user's
 * trail through {@link vn.drugctl.common.audit.ReadingAuditTrail}, limited to their view; each service exposes it
 * over HTTP with {@link vn.drugctl.common.audit.web.AuditEndpoints} (see there for the parameters and answers).
 * {@link vn.drugctl.common.audit.AuditAutoConfiguration} provides the beans.
 */
package vn.drugctl.common.audit;
