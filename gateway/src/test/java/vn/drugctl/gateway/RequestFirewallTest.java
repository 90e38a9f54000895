package vn.drugctl.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The gateway's header checks accept exactly what Spring Security's strict firewall accepts. */
class RequestFirewallTest {

    private static void assertSameAsSpring(String value) {
        assertThat(RequestFirewall.assignedAndNotControl(value)).as("name %s", escape(value))
                .isEqualTo(StrictServerWebExchangeFirewall.ALLOWED_HEADER_NAMES.test(value));
        assertThat(RequestFirewall.assignedAndNotControlOrTab(value)).as("value %s", escape(value))
                .isEqualTo(StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES.test(value));
    }

    private static String escape(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder escaped = new StringBuilder();
        value.codePoints().forEach(cp -> escaped.append(String.format("\\u{%x}", cp)));
        return escaped.toString();
    }

    @Test
    void everyCharacterIsJudgedAsSpringJudgesIt() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            assertSameAsSpring("ab" + new String(Character.toChars(cp)) + "c");
        }
    }

    @Test
    void absentAndEmptyValuesUnpairedSurrogatesAndRealHeadersAreJudgedAsSpringJudgesThem() {
        assertSameAsSpring(null);
        assertSameAsSpring("");
        assertSameAsSpring("\uD800");
        assertSameAsSpring("x\uDC00y");
        assertSameAsSpring("\uDBFF\uDFFF");
        assertSameAsSpring("Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln");
        assertSameAsSpring("Nguyễn Văn Mẫu\tXã Vũ Bản");
        assertSameAsSpring("evil\r\nX-Injected: 1");
    }

    @Test
    void randomStringsAreJudgedAsSpringJudgesThem() {
        Random random = new Random(20261124);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder value = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                int cp = switch (random.nextInt(4)) {
                    case 0 -> random.nextInt(0x80);
                    case 1 -> random.nextInt(0x800);
                    case 2 -> random.nextInt(0x10000);
                    default -> random.nextInt(Character.MAX_CODE_POINT + 1);
                };
                value.appendCodePoint(cp);
            }
            assertSameAsSpring(value.toString());
        }
    }
}
