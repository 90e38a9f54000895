package vn.drugctl.common.audit;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail is append-only: nothing in the audit package (and its sub-packages) may update, replace or delete
 * stored entries, and nothing but the MongoDB adapter touches the stored form (package-private besides). Each rule is also run against a deliberately
 * tampering class, to prove it would catch one.
 */
class AuditTrailIsAppendOnlyTest {
    /**
     * The MongoOperations methods that neither change nor remove a stored document ({@code getConverter} turns an entry
     * into the outbox record that the relay inserts).
     */
    private static final Set<String> INSERT_AND_READ = Set.of("insert", "insertAll", "find", "findOne", "findById",
            "exists", "count", "indexOps", "getCollectionName", "getConverter");
    private static final String AUDIT = "vn.drugctl.common.audit";

    private final JavaClasses platform = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.drugctl.common");
    private final JavaClasses tampering = new ClassFileImporter().importClasses(TamperingAuditTrail.class);

    static final ArchRule ONLY_INSERTS_AND_READS = noClasses().that().resideInAPackage(AUDIT + "..")
            .should().callMethodWhere(new DescribedPredicate<JavaMethodCall>(
                    "a MongoOperations method other than " + INSERT_AND_READ) {
                @Override
                public boolean test(JavaMethodCall call) {
                    return call.getTargetOwner().isAssignableTo(MongoOperations.class)
                            && !INSERT_AND_READ.contains(call.getName());
                }
            })
            .because("the audit trail is append-only");

    static final ArchRule NO_RAW_DRIVER = noClasses().that().resideInAPackage(AUDIT + "..")
            .should().dependOnClassesThat().resideInAnyPackage("com.mongodb.client..", "com.mongodb.reactivestreams..")
            .because("the driver's collections can delete what the template rule forbids");

    static final ArchRule STORED_FORM_STAYS_IN_THE_ADAPTER = noClasses().that()
            .doNotBelongToAnyOf(MongoAuditTrail.class, AuditEntryDocument.class).should().dependOnClassesThat().belongToAnyOf(AuditEntryDocument.class)
            .because("only the append-only adapter handles stored audit entries");

    @Test
    void theAuditFeatureOnlyInsertsAndReads() {
        // the rules guard the package that holds the trail, not a name that no longer exists
        assertThat(platform.stream().filter(c -> c.getPackageName().equals(AUDIT)).map(c -> c.getSimpleName()))
                .contains("MongoAuditTrail", "AuditEntryDocument", "AuditEntries", "ReadingAuditTrail");
        ONLY_INSERTS_AND_READS.check(platform);
        NO_RAW_DRIVER.check(platform);
        STORED_FORM_STAYS_IN_THE_ADAPTER.check(platform);
    }

    @Test
    void theRulesCatchATamperingClass() {
        assertThat(ONLY_INSERTS_AND_READS.evaluate(tampering).getFailureReport().getDetails())
                .anyMatch(d -> d.contains("remove")).anyMatch(d -> d.contains("updateFirst"))
                .anyMatch(d -> d.contains("getCollection"));
        assertThat(NO_RAW_DRIVER.evaluate(tampering).hasViolation()).isTrue();
        assertThat(STORED_FORM_STAYS_IN_THE_ADAPTER.evaluate(tampering).hasViolation()).isTrue();
    }

    @Test
    void thePortsOfferRecordingAndScopedReadsOnly() {
        // A new method on a port needs a conscious decision here: it must neither change nor remove entries.
        assertThat(methodNames(AuditTrail.class)).containsExactly("record");
        assertThat(methodNames(AuditLog.class)).containsExactlyInAnyOrder("ofRecord", "ofUser", "newestOfRecord");
    }

    private static String[] methodNames(Class<?> port) {
        return Arrays.stream(port.getDeclaredMethods()).filter(m -> !m.isSynthetic()).map(Method::getName)
                .toArray(String[]::new);
    }

    /** What the rules must refuse: an audit class that edits, deletes and reaches the raw collection. */
    static class TamperingAuditTrail {
        void tamper(MongoTemplate mongo) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is("x")), Update.update("what", "nothing"),
                    AuditEntryDocument.class);
            mongo.remove(new Query(), "audit_log");
            mongo.getCollection("audit_log").deleteMany(new org.bson.Document());
        }
    }
}
