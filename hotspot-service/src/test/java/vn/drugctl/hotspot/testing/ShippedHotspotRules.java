package vn.drugctl.hotspot.testing;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import vn.drugctl.hotspot.hotspot.domain.HotspotRuleBook;
import vn.drugctl.hotspot.hotspot.infrastructure.config.HotspotRulesProperties;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The hotspot rule book exactly as shipped in {@code drugctl/hotspot-rules.yml}, bound the way the service binds it. */
public final class ShippedHotspotRules {
    private ShippedHotspotRules() {
    }

    public static HotspotRuleBook ruleBook() {
        try {
            StandardEnvironment environment = new StandardEnvironment();
            new YamlPropertySourceLoader().load("rules", new ClassPathResource("drugctl/hotspot-rules.yml"))
                    .forEach(environment.getPropertySources()::addLast);
            return new Binder(ConfigurationPropertySources.get(environment))
                    .bind("drugctl.hotspot", HotspotRulesProperties.class).get().toRuleBook();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
