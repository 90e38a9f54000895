package vn.drugctl.registry.person.domain;

import java.time.LocalDate;

/**
 * An administrative sanction decision for illegal use (quyết định xử phạt VPHC): issued (with its number and
 * date), or not issued with the reason.
 */
public record SanctionDecision(String sanctionId, boolean issued, String decisionNumber, LocalDate decidedOn,
                               NotIssuedReason notIssuedReason, String note) {

    public enum NotIssuedReason {
        USED_IN_ANOTHER_PROVINCE("Sử dụng trái phép ở tỉnh khác"),
        STATUTE_OF_LIMITATIONS("Hết thời hiệu xử phạt"),
        UNDER_AGE("Chưa đủ tuổi bị xử phạt"),
        CRIMINAL_PROCEEDINGS("Chuyển xử lý hình sự"),
        OTHER("Lý do khác");

        private final String label;

        NotIssuedReason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
