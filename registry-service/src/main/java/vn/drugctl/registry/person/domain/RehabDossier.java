package vn.drugctl.registry.person.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A compulsory-rehab dossier (hồ sơ đưa đi cai nghiện bắt buộc): created → court decision → admitted → released;
 * or withdrawn before admission. {@code steps} keeps every stage reached with its date and document.
 */
public record RehabDossier(String dossierId, Stage stage, List<Step> steps) {
    public RehabDossier {
        steps = List.copyOf(steps);
    }

    public record Step(Stage stage, LocalDate date, String documentRef) {
    }

    public enum Stage {
        CREATED("Lập hồ sơ"),
        COURT_DECIDED("Tòa án quyết định"),
        ADMITTED("Đã đưa vào cơ sở cai nghiện bắt buộc"),
        RELEASED("Chấp hành xong, trở về địa phương"),
        WITHDRAWN("Rút hồ sơ / không đưa đi");

        private final String label;

        Stage(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The stages that may follow this one. */
        public List<Stage> next() {
            return switch (this) {
                case CREATED -> List.of(COURT_DECIDED, WITHDRAWN);
                case COURT_DECIDED -> List.of(ADMITTED, WITHDRAWN);
                case ADMITTED -> List.of(RELEASED);
                case RELEASED, WITHDRAWN -> List.of();
            };
        }
    }
}
