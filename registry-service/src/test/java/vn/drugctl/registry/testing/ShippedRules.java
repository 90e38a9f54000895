package vn.drugctl.registry.testing;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import vn.drugctl.registry.person.domain.RuleBook;
import vn.drugctl.registry.person.infrastructure.config.RegistryRulesProperties;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The rule book exactly as shipped in {@code drugctl/registry-rules.yml}, bound the way the service binds it. */
public final class ShippedRules {
    private ShippedRules() {
    }

    public static RuleBook ruleBook() {
        return properties().toRuleBook();
    }

    public static RegistryRulesProperties properties() {
        try {
            StandardEnvironment environment = new StandardEnvironment();
            new YamlPropertySourceLoader().load("rules", new ClassPathResource("drugctl/registry-rules.yml"))
                    .forEach(environment.getPropertySources()::addLast);
            return new Binder(ConfigurationPropertySources.get(environment))
                    .bind("drugctl.registry", RegistryRulesProperties.class).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
