package vn.drugctl.common.events;

import vn.drugctl.common.tenancy.TenantScope;

/** Who caused an event: the token subject, the user name and the unit it acted for. */
public record Actor(String subject, String username, String unitCode) {
    public static Actor of(TenantScope scope) {
        return new Actor(scope.subject(), scope.username(), scope.unitCode());
    }

    public static Actor system(String process) {
        return new Actor("system:" + process, process, null);
    }
}
