package vn.drugctl.registry.person.domain;

import vn.drugctl.common.events.DomainEvent;

/** Everything that happens to a person's record. */
public sealed interface PersonEvent extends DomainEvent permits PersonRegistered {
    String personId();
}
