package vn.drugctl.common.tenancy;

import java.util.Optional;

/** Realm roles of the platform, as they appear in the token's {@code roles} claim. */
public enum Role {
    COMMUNE_OFFICER("Công an xã/phường/thị trấn"),
    DISTRICT_OFFICER("Đội CSĐT tội phạm về ma túy, Công an huyện"),
    PROVINCE_ANALYST("Phòng PC04, Công an tỉnh"),
    EXCHANGE_PARTNER("Công an tỉnh khác (đối tác trao đổi)"),
    ADMIN("Quản trị hệ thống");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Role> parse(String name) {
        for (Role role : values()) {
            if (role.name().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
