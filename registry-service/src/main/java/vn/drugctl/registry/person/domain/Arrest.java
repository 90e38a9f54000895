package vn.drugctl.registry.person.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * An arrest of the person as a suspect of a drug incident, reported by hotspot-service (the incident is recorded
 * there, with its substances and the other suspects; the registry keeps only what the person's record needs).
 *
 * @param incidentId        the incident in hotspot-service
 * @param date              the business date of the arrest
 * @param arrestingUnitCode the unit that made the arrest (may differ from the unit managing the person)
 * @param acts              what the person was arrested for, as hotspot-service names the acts ({@code POSSESSION},
 *                          {@code SALE}...)
 * @param caseNumber        the criminal case number when prosecuted, else {@code null}
 */
public record Arrest(String incidentId, LocalDate date, String arrestingUnitCode, List<String> acts,
                     Outcome outcome, String caseNumber) {
    public Arrest {
        acts = acts == null ? List.of() : List.copyOf(acts);
    }

    /** What came of the arrest when it was reported. */
    public enum Outcome {
        PROSECUTED("Khởi tố hình sự"), ADMINISTRATIVE("Xử lý hành chính"), PENDING("Đang xử lý");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
