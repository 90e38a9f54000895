package vn.drugctl.registry.person.web;

import org.junit.jupiter.api.Test;
import vn.drugctl.common.web.ValidText;
import vn.drugctl.registry.person.domain.PersonName;

import static org.assertj.core.api.Assertions.assertThat;

/** The API's shared name check and the registry's PersonName agree on the bounds, so they refuse the same names. */
class ValidTextBoundsTest {
    @Test
    void theSharedNameBoundsAreTheRegistrys() {
        assertThat(ValidText.Kind.FULL_NAME.min()).isEqualTo(PersonName.FULL_NAME_MIN);
        assertThat(ValidText.Kind.FULL_NAME.max()).isEqualTo(PersonName.FULL_NAME_MAX);
        assertThat(ValidText.Kind.ALIAS.min()).isEqualTo(PersonName.ALIAS_MIN);
        assertThat(ValidText.Kind.ALIAS.max()).isEqualTo(PersonName.ALIAS_MAX);
        assertThat(ValidText.Kind.FULL_NAME.problem("X")).isEqualTo(PersonName.problem("X", PersonName.Kind.FULL_NAME));
    }
}
