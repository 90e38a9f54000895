package vn.drugctl.reporting.typedcheck;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.ResultActions;
import vn.drugctl.reporting.testing.ReportingApiIT;

import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.drugctl.common.testing.TestTokens.communeOfficer;
import static vn.drugctl.common.testing.TestTokens.districtOfficer;
import static vn.drugctl.common.testing.TestTokens.partner;
import static vn.drugctl.common.testing.TestTokens.provinceAnalyst;
import static vn.drugctl.common.testing.TestTokens.user;

/**
 * A report typed by hand, checked through the API: seeds 000 and 002's slips come back as violations with their
 * numbers (200), their consistent sections as consistent (200), bad input as a 400 naming the field; no token is 401
 * and a partner province's token 403. Numbers and section names only, no person.
 */
class AggregateCheckIT extends ReportingApiIT {
    static final String PATH = "/api/reports/checks/aggregate";


    /** Seed 000's post-rehab line and surveillance total (section 4.1), seed 002's addicts sum: as typed. */
    static final String SLIPS = """
            {"unitName":"Huyện Bình Lục","from":"2024-10-15","to":"2024-12-07",
             "sections":[
              {"name":"POST_REHAB","baseline":13,"added":0,"addedByReason":{},"removed":7,
               "removedByReason":{"MANAGEMENT_PERIOD_EXPIRED":7},"current":8},
              {"name":"SURVEILLANCE","baseline":77,"added":14,"removed":18,"current":73,
               "baselineBreakdowns":{"category":{"DM1":44,"DM2":6,"DM3":27}},
               "addedBreakdowns":{"category":{"DM1":0,"DM2":0,"DM3":14}},
               "removedBreakdowns":{"category":{"DM1":2,"DM2":1,"DM3":3}},
               "breakdowns":{"category":{"DM1":37,"DM2":4,"DM3":32}}}],
             "sums":[{"name":"addicts","parts":[58,60],"total":108}]}
            """;

    /** Consistent figures of seeds 000 and 002. */
    static final String CONSISTENT = """
            {"unitName":"Huyện Bình Lục","from":"2024-10-15","to":"2024-12-07",
             "sections":[
              {"name":"ILLEGAL_USER","baseline":17,"added":79,"addedByReason":{"MOVED_FROM_SUSPECTED_USER":79},
               "removed":20,"removedByReason":{"MANAGEMENT_PERIOD_EXPIRED":13,"SENT_FOR_ADDICTION_DETERMINATION":7},
               "current":76},
              {"name":"SUSPECTED_ADDICT","baseline":7,"added":8,
               "addedByReason":{"MOVED_FROM_SUSPECTED_USER":6,"ALREADY_ILLEGAL_USER":2},"removed":15,
               "removedByReason":{"DUPLICATE_OF_ILLEGAL_USER":2,"MOVED_TO_SUSPECTED_USER":4,
                                  "SENT_FOR_ADDICTION_DETERMINATION":9},"current":0},
              {"name":"SUSPECTED_USER","baseline":450,"added":381,
               "addedByReason":{"AFTER_ILLEGAL_USE_EXPIRED":13,"MOVED_FROM_SUSPECTED_ADDICT":4,
                                "NEWLY_FOUND_BY_REVIEW":364},
               "removed":292,"removedByReason":{"MOVED_TO_ILLEGAL_USER":79,"LEFT_THE_LOCALITY":207,
                                                "MOVED_TO_SUSPECTED_ADDICT":6},"current":539},
              {"name":"ADDICT","baseline":91,"added":37,"addedByReason":{"ADDICTION_DETERMINED":15,"METHADONE":22},
               "removed":0,"current":128,"baselineBreakdowns":{"location":{"COMMUNITY":56,"COMPULSORY_REHAB":35}},
               "breakdowns":{"location":{"COMMUNITY":88,"COMPULSORY_REHAB":40}}},
              {"name":"RISK_POINT_CONDITIONAL_BUSINESS","baseline":14,"added":0,"removed":2,
               "removedByReason":{"ESCALATED_TO_COMPLEX_POINT":1,"NEUTRALISED":1},"current":12},
              {"name":"SURVEILLANCE_SUSPECTED_USER","current":37,
               "breakdowns":{"category":{"DM1":15,"DM2":1,"DM3":21},"class":{"A":13,"B":24},
                             "system":{"H1":2,"H2":33,"H4":1,"H6":1}}},
              {"name":"SUSPECTED_USER_002","baseline":450,"added":378,"removed":59,
               "removedByReason":{"MOVED_AWAY":59},"current":769,
               "breakdowns":{"ageBand":{"UNDER_30":216,"30_AND_OVER":553}}}],
             "flows":[{"fromSection":"ILLEGAL_USER","toSection":"SUSPECTED_USER","outCount":13,"inCount":13}],
             "rates":[{"name":"positive tests","numerator":111,"denominator":532,"statedPercent":20.9},
                      {"name":"positive people","numerator":91,"denominator":522,"statedPercent":17.4},
                      {"name":"suspected users under 30","numerator":216,"denominator":769,"statedPercent":28,
                       "tolerance":0.5}],
             "sums":[{"name":"addicts with prior convictions","parts":[43,10],"total":53}]}
            """;

    ResultActions check(String body, RequestPostProcessor token) throws Exception {
        var request = post(PATH).contentType(MediaType.APPLICATION_JSON).content(body);
        return mvc.perform(token == null ? request : request.with(token));
    }

    @Test
    void theSeedsSlipsComeBackWithTheirNumbers() throws Exception {
        check(SLIPS, districtOfficer("HN-BL")).andExpect(status().isOk())
                .andExpect(jsonPath("$.consistent").value(false))
                .andExpect(jsonPath("$.violations.length()").value(6))
                .andExpect(jsonPath("$.violations[0].rule").value("balance"))
                .andExpect(jsonPath("$.violations[0].where").value("POST_REHAB"))
                .andExpect(jsonPath("$.violations[0].at").value("sections[0]"))
                .andExpect(jsonPath("$.violations[0].message").value("POST_REHAB: 13 + 0 − 7 = 6, but current is 8"))
                .andExpect(jsonPath("$.violations[0].baseline").value(13))
                .andExpect(jsonPath("$.violations[0].added").value(0))
                .andExpect(jsonPath("$.violations[0].removed").value(7))
                .andExpect(jsonPath("$.violations[0].computed").value(6))
                .andExpect(jsonPath("$.violations[0].current").value(8))
                // removed by DM: 2 + 1 + 3 = 6 of 18, then each category
                .andExpect(jsonPath("$.violations[1].rule").value("part-whole"))
                .andExpect(jsonPath("$.violations[1].partsSum").value(6))
                .andExpect(jsonPath("$.violations[1].removed").value(18))
                .andExpect(jsonPath("$.violations[2].where").value("SURVEILLANCE category DM1"))
                .andExpect(jsonPath("$.violations[2].message")
                        .value("SURVEILLANCE category DM1: 44 + 0 − 2 = 42, but current is 37"))
                .andExpect(jsonPath("$.violations[2].category").value("DM1"))
                .andExpect(jsonPath("$.violations[2].baseline").value(44))
                .andExpect(jsonPath("$.violations[2].removed").value(2))
                .andExpect(jsonPath("$.violations[2].computed").value(42))
                .andExpect(jsonPath("$.violations[2].current").value(37))
                .andExpect(jsonPath("$.violations[5].rule").value("sum"))
                .andExpect(jsonPath("$.violations[5].message").value("addicts: 58 + 60 = 118, but total is 108"))
                .andExpect(jsonPath("$.violations[5].parts[0]").value(58))
                .andExpect(jsonPath("$.violations[5].parts[1]").value(60))
                .andExpect(jsonPath("$.violations[5].partsSum").value(118))
                .andExpect(jsonPath("$.violations[5].total").value(108))
                .andExpect(jsonPath("$.violations[3].message")
                        .value("SURVEILLANCE category DM2: 6 + 0 − 1 = 5, but current is 4"))
                .andExpect(jsonPath("$.violations[4].message")
                        .value("SURVEILLANCE category DM3: 27 + 14 − 3 = 38, but current is 32"))
                // post-rehab: balance and reasons; surveillance: balance, 4 part-whole, 3 categories; the sum
                .andExpect(jsonPath("$.checked").value(2 + 8 + 1));
    }

    @Test
    void consistentFiguresAreConsistentForEveryPlatformRole() throws Exception {
        for (RequestPostProcessor token : List.of(communeOfficer("HN-BL-ANNOI"), districtOfficer("HN-BL"),
                provinceAnalyst("HN"), user("admin.hn", "HN", "ADMIN"))) {
            check(CONSISTENT, token).andExpect(status().isOk())
                    .andExpect(jsonPath("$.consistent").value(true))
                    .andExpect(jsonPath("$.violations.length()").value(0))
                    .andExpect(jsonPath("$.checked").value(29));
        }
    }

    @Test
    void badInputIsA400NamingTheField() throws Exception {
        String[][] cases = {
                {"{\"sections\":[{\"name\":\"ADDICT\",\"current\":-1}]}", "sections[0].current"},
                {"{\"sections\":[{\"name\":\"ADDICT\"}]}", "sections[0].current"},
                {"{\"sections\":[{\"name\":\"ADDICT\",\"current\":1000000001}]}", "sections[0].current"},
                {"{\"sections\":[{\"name\":\"ADDICT\",\"current\":\"many\"}]}", "sections.[0].current"},
                {"{\"sections\":[{\"name\":\"ADDICT\",\"current\":3.5}]}", "sections[0].current"},
                {"{\"sums\":[{\"name\":\"s\",\"parts\":[1, 2.5],\"total\":3}]}", "sums[0].parts[1]"},
                {"{\"sections\":[{\"name\":\"A\",\"current\":9,\"breakdowns\":{\"ageBand\":{\"UNDER_30\":-1}}}]}",
                        "sections[0].breakdowns[ageBand][UNDER_30]"},
                {"{\"sections\":[{\"name\":\"ADDICT\",\"baseline\":5,\"removed\":0,\"current\":5}]}",
                        "sections[0].added"},
                {"{\"sections\":[{\"name\":\"A\",\"current\":1},{\"name\":\"A\",\"current\":1}]}", "sections[1].name"},
                {"{\"sections\":[{\"name\":\"A\",\"current\":1,\"removedByReason\":{\"DIED\":-2}}]}",
                        "sections[0].removedByReason[DIED]"},
                {"{\"rates\":[{\"name\":\"r\",\"numerator\":1,\"denominator\":0,\"statedPercent\":0}]}",
                        "rates[0].denominator"},
                {"{\"sums\":[{\"name\":\"s\",\"parts\":[1],\"total\":null}]}", "sums[0].total"},
                {"{\"from\":\"15/10/2024\"}", "from"},
                {"{\"from\":\"2024-12-07\",\"to\":\"2024-10-15\"}", "to"},
                {tooManySections(), "sections"}};
        for (String[] bad : cases) {
            check(bad[0], districtOfficer("HN-BL")).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value("https://drugctl.vn/problems/invalid-request"))
                    .andExpect(jsonPath("$.errors[0].field").value(bad[1]));
        }
        check("{\"sections\":[{\"name\":\"ADDICT\",\"current\":1}]", districtOfficer("HN-BL"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("not valid JSON")));
    }

    static String tooManySections() {
        StringBuilder body = new StringBuilder("{\"sections\":[");
        for (int i = 0; i <= 200; i++) {
            body.append(i == 0 ? "" : ",").append("{\"name\":\"S").append(i).append("\",\"current\":0}");
        }
        return body.append("]}").toString();
    }

    @Test
    void noTokenIs401AndAPartnerOrAUserWithoutAUnitIs403() throws Exception {
        check(CONSISTENT, null).andExpect(status().isUnauthorized());
        check(CONSISTENT, partner("BN")).andExpect(status().isForbidden());
        check(CONSISTENT, user("partner.bn", "BN", "EXCHANGE_PARTNER", "PROVINCE_ANALYST"))
                .andExpect(status().isForbidden());
        // a platform user whose token carries no unit
        check(CONSISTENT, user("officer.nounit", "", "COMMUNE_OFFICER")).andExpect(status().isForbidden());
    }
}
