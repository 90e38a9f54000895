package vn.drugctl.registry.person.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A drug test (test ma túy) of a person: summoned on a date, tested (or not) on a date, the sample, the
 * substances found and the result.
 */
public record DrugTest(String testId, LocalDate summonsDate, LocalDate testDate, Sample sample,
                       List<Substance> substances, Result result, String documentRef) {
    public DrugTest {
        substances = substances == null ? List.of() : List.copyOf(substances);
    }

    public enum Sample {
        URINE("Nước tiểu"), SALIVA("Nước bọt"), BLOOD("Máu"), HAIR("Tóc");

        private final String label;

        Sample(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Substance {
        METHAMPHETAMINE("Methamphetamine (ma túy đá)"), AMPHETAMINE("Amphetamine"), MDMA("MDMA (thuốc lắc)"),
        HEROIN("Heroin"), MORPHINE("Morphine"), KETAMINE("Ketamine (ke)"), CANNABIS("Cần sa"), OTHER("Chất khác");

        private final String label;

        Substance(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Result {
        POSITIVE("Dương tính"), NEGATIVE("Âm tính"), NOT_TESTED("Không test được");

        private final String label;

        Result(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
