package vn.drugctl.registry.reconciliation.application;

/**
 * Where one person stands for the reports, without who they are: the id, the position of the person's last event
 * ({@code sequence}, the envelope's {@code sequence} of the newest event), the aggregate version of the last write,
 * the managing unit and the list now ({@code null}: on no list).
 */
public record PersonPosition(String id, long sequence, long version, String unitCode, String list) {
}
