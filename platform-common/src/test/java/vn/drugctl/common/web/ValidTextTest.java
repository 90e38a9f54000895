package vn.drugctl.common.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.drugctl.common.text.FreeText;
import vn.drugctl.common.text.NameText;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.drugctl.common.web.ValidText.Kind.ALIAS;
import static vn.drugctl.common.web.ValidText.Kind.FULL_NAME;
import static vn.drugctl.common.web.ValidText.Kind.LINE;
import static vn.drugctl.common.web.ValidText.Kind.NOTE;

/** A request text refused with the shared rule's own reason, naming the field as sent; null and good text pass. */
class ValidTextTest {
    record Body(@ValidText(FULL_NAME) String fullName, List<@ValidText(ALIAS) String> aliases,
                @ValidText(LINE) String village, @ValidText(NOTE) String note) {
    }

    static ValidatorFactory factory;
    static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void goodTextAndNullPass() {
        assertThat(validator.validate(new Body("Nguyễn Văn Thử", List.of("Tí"), "Thôn Đông", "Dòng 1\nDòng 2")))
                .isEmpty();
        assertThat(validator.validate(new Body(null, null, null, null))).isEmpty();
    }

    @Test
    void badTextIsRefusedWithTheSharedRulesReasonAndItsPath() {
        Set<ConstraintViolation<Body>> violations = validator.validate(
                new Body("X", List.of("Tí", "B{a}$"), "Thôn\nĐông", "ghi\u0007chú"));

        assertThat(violations).extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("fullName", NameText.problem("X", 2, 100).orElseThrow()),
                        org.assertj.core.groups.Tuple.tuple("aliases[1].<list element>",
                                NameText.problem("B{a}$", 1, 100).orElseThrow()),
                        org.assertj.core.groups.Tuple.tuple("village",
                                FreeText.problem("Thôn\nĐông", false).orElseThrow()),
                        org.assertj.core.groups.Tuple.tuple("note",
                                FreeText.problem("ghi\u0007chú", true).orElseThrow()));
    }
}
