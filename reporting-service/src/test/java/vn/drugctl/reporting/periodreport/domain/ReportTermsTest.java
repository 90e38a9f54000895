package vn.drugctl.reporting.periodreport.domain;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTermsTest {
    @Test
    void everyCodeHasOneVietnameseLabelAndAnUnknownCodeIsShownAsItself() {
        assertThat(ReportTerms.label(ReportTerms.PersonList.class, "ADDICT")).isEqualTo("Người nghiện ma túy");
        assertThat(ReportTerms.label(ReportTerms.PersonList.class, "ILLEGAL_USER"))
                .isEqualTo("Người sử dụng trái phép chất ma túy");
        assertThat(ReportTerms.label(ReportTerms.ListReason.class, "SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
        assertThat(ReportTerms.Dimension.of("ageBand").orElseThrow().valueLabel("30_AND_OVER"))
                .isEqualTo("Từ 30 tuổi trở lên");
        assertThat(ReportTerms.Dimension.of("location").orElseThrow().valueLabel("ON_THE_MOON")).isEqualTo("ON_THE_MOON");
        for (Class<? extends ReportTerms.Term> terms : List.of(ReportTerms.PersonList.class,
                ReportTerms.ListReason.class, ReportTerms.HotspotKind.class, ReportTerms.HotspotReason.class,
                ReportTerms.SurveillanceKind.class, ReportTerms.SurveillanceReason.class, ReportTerms.SuspectAct.class,
                ReportTerms.Substance.class, ReportTerms.RehabStage.class, ReportTerms.SanctionNotIssued.class,
                ReportTerms.Dimension.class)) {
            var all = Arrays.asList(terms.getEnumConstants());
            assertThat(all.stream().map(ReportTerms.Term::code).distinct().count()).as(terms.getSimpleName())
                    .isEqualTo(all.size());
            assertThat(all).allSatisfy(t -> assertThat(t.label()).isNotBlank().isNotEqualTo(t.code()));
        }
    }

    @Test
    void composedHotspotReasonsNameTheKindAndTheReason() {
        assertThat(ReportTerms.HotspotReason.labelOf("ESCALATED_TO_COMPLEX_POINT"))
                .isEqualTo("Đẩy lên điểm phức tạp về ma túy");
        assertThat(ReportTerms.HotspotReason.labelOf("ESCALATED_FROM_RISK_POINT"))
                .isEqualTo("Chuyển từ điểm có nguy cơ phức tạp về ma túy");
        assertThat(ReportTerms.HotspotReason.labelOf("REMOVED_DUPLICATE")).isEqualTo("Thanh loại: trùng lặp");
        assertThat(ReportTerms.HotspotReason.labelOf("REMOVED_NEW_CODE")).isEqualTo("Thanh loại: NEW_CODE");
        assertThat(ReportTerms.HotspotReason.labelOf("ERADICATED")).isEqualTo("Triệt xóa");
    }
}
