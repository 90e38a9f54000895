package vn.drugctl.hotspot.arrest.infrastructure.mongo;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.drugctl.common.domain.InvalidField;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.hotspot.arrest.application.HotspotEffects;
import vn.drugctl.hotspot.arrest.domain.HotspotEffect;

import java.time.LocalDate;

/**
 * Interim check of an incident's hotspot effects, until the hotspot feature's application service answers it: the
 * hotspot must be a stored hotspot ({@code hotspots} collection) of a unit the caller may view, else the request is
 * refused naming the field (400; no hint whether it exists elsewhere). Whether the step is allowed on the date is
 * the hotspot feature's rule book's to say when it applies the effect.
 */
public class StoredHotspotEffects implements HotspotEffects {
    static final String HOTSPOTS = "hotspots";

    private final MongoTemplate mongo;

    public StoredHotspotEffects(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void check(TenantScope scope, HotspotEffect effect, LocalDate businessDate, String fieldPrefix) {
        boolean visible = !scope.viewRoots().isEmpty() && mongo.exists(Query.query(Criteria.where("_id")
                .is(effect.hotspotId()).and("unitPath").in(scope.viewRoots())), HOTSPOTS);
        if (!visible) {
            throw new InvalidField(fieldPrefix + ".hotspotId", "No hotspot with id " + effect.hotspotId()
                    + " in your scope");
        }
    }
}
