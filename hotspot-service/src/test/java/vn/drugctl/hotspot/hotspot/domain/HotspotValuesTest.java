package vn.drugctl.hotspot.hotspot.domain;

import org.junit.jupiter.api.Test;
import vn.drugctl.common.domain.InvalidField;

import java.text.Normalizer;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.drugctl.hotspot.hotspot.domain.HotspotStory.TODAY;

class HotspotValuesTest {

    @Test
    void coordinatesMustLieInVietnamIncludingHoangSaAndTruongSa() {
        assertThat(new Coordinates(21.03, 105.85).lat()).isEqualTo(21.03);       // Hà Nội
        assertThat(new Coordinates(16.53, 111.61).lon()).isEqualTo(111.61);      // Hoàng Sa
        assertThat(new Coordinates(8.64, 111.92).lat()).isEqualTo(8.64);         // Trường Sa
        assertThat(catchThrowableOfType(InvalidField.class, () -> new Coordinates(13.75, 100.50)).field())
                .isEqualTo("address.coordinates");                               // Bangkok
        assertThat(catchThrowableOfType(InvalidField.class, () -> new Coordinates(105.85, 21.03)).getMessage())
                .contains("not in Vietnam");                                     // swapped
        assertThat(catchThrowableOfType(InvalidField.class, () -> new Coordinates(Double.NaN, 105.0))).isNotNull();
    }

    @Test
    void aLicenceAnAddressOrAHandleTypedDifferentlyStillMatches() {
        String decomposed = Normalizer.normalize("Đường Lê Lợi", Normalizer.Form.NFD);
        HotspotDetails first = HotspotDetails.of(HotspotKind.CLUSTER, false, "Karaoke Ánh Trăng",
                Address.of("Đường Lê Lợi", "Tổ 5", "HN-BL-VUBAN", null),
                LicensedBusiness.of(LicensedBusinessKind.KARAOKE, "Karaoke Ánh Trăng", "12/GCN-ANTT"),
                Cyberspace.of("Telegram", "@anhtrang_demo", null), null, List.of(), null, "Trần Văn Cán Bộ");
        HotspotDetails second = HotspotDetails.of(HotspotKind.CLUSTER, false, "Quán hát mới",
                Address.of(decomposed, "tổ 5", "HN-BL-VUBAN", null),
                LicensedBusiness.of(LicensedBusinessKind.KARAOKE, "Khác", "12 gcn antt"),
                Cyberspace.of("telegram", "anhtrang_demo", null), null, List.of(), null, "Trần Văn Cán Bộ");
        assertThat(HotspotDetails.matchedOn(first.matchKeys("HN"), second.matchKeys("HN"))).containsExactly(
                HotspotDetails.MatchOn.LICENCE, HotspotDetails.MatchOn.ADDRESS, HotspotDetails.MatchOn.ONLINE_HANDLE);
        assertThat(HotspotDetails.matchedOn(first.matchKeys("HN"), second.matchKeys("TN"))).isEmpty();
    }

    @Test
    void textsWithHiddenCharactersAndDealersWithoutIdentityAreRefusedNamingTheField() {
        assertThat(catchThrowableOfType(InvalidField.class, () -> Address.of("Đường\u0000 1", null, "X", null))
                .field()).isEqualTo("address.road");
        assertThat(catchThrowableOfType(InvalidField.class, () -> Address.of(" ", null, "X", null)).field())
                .isEqualTo("address");
        assertThat(catchThrowableOfType(InvalidField.class, () -> Dealer.of(null, null, 1990, "Xóm", null, TODAY))
                .field()).isEqualTo("dealer.fullName");
        assertThat(catchThrowableOfType(InvalidField.class, () -> Dealer.of(null, "Lò Văn Giả", 2030, "Xóm", null,
                TODAY)).field()).isEqualTo("dealer.birthYear");
        assertThat(Dealer.of("person-1", null, null, null, null, TODAY).personId()).isEqualTo("person-1");
        assertThat(catchThrowableOfType(InvalidField.class, () -> Cyberspace.of("Zalo", null, null)).field())
                .isEqualTo("cyberspace");
        assertThat(catchThrowableOfType(InvalidField.class, () -> HotspotDetails.of(HotspotKind.RETAIL_DEALER,
                false, "Điểm", Address.of("Đường 1", null, "X", null), null, null, null, List.of(), null,
                "Trần Văn Cán Bộ")).field()).isEqualTo("dealer");
    }
}
