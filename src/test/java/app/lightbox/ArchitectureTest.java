package app.lightbox;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.repository.Repository;

/**
 * The shape of the code: features (base, security, blog, images, api) without cycles, the domain free of
 * views, and each feature's repositories its own business.
 *
 * <p>{@code base.ui} (the layout around every view) is treated as a layer of its own, above the
 * features: it shows who is logged in, so it uses security, while features may use what lies in base.
 */
@AnalyzeClasses(packages = "app.lightbox", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "app.lightbox.";

    private static final DescribedPredicate<JavaClass> REPOSITORIES =
            simpleNameEndingWith("Repository").or(assignableTo(Repository.class)).as("are repositories");

    /** The first package under app.lightbox, except that base.ui is apart from the rest of base. */
    private static final SliceAssignment FEATURE_SLICES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String feature = featureOf(javaClass);
            return feature == null ? SliceIdentifier.ignore() : SliceIdentifier.of(feature);
        }

        @Override
        public String getDescription() {
            return "feature packages of app.lightbox (base.ui apart from base)";
        }
    };

    @ArchTest
    static final ArchRule feature_packages_are_free_of_cycles =
            slices().assignedFrom(FEATURE_SLICES).should().beFreeOfCycles();

    @ArchTest
    static final ArchRule features_are_layered = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Base").definedBy(resideInAPackage("app.lightbox.base..")
                    .and(not(resideInAPackage("app.lightbox.base.ui.."))).as("base outside base.ui"))
            .layer("Security").definedBy("app.lightbox.security..")
            .layer("Features").definedBy("app.lightbox.blog..", "app.lightbox.images..", "app.lightbox.api..")
            .optionalLayer("Layout").definedBy("app.lightbox.base.ui..")
            // Views of the features may name MainLayout as their parent; the layout finds them through @Menu.
            .whereLayer("Layout").mayOnlyBeAccessedByLayers("Features")
            .whereLayer("Features").mayNotBeAccessedByAnyLayer()
            .whereLayer("Security").mayOnlyBeAccessedByLayers("Features", "Layout");

    /*
     * @Configuration classes are wiring, not domain: SecurityConfig has to name the login view to
     * hand it to Vaadin's security configurer.
     */
    @ArchTest
    static final ArchRule the_domain_does_not_depend_on_views = noClasses()
            .that().resideInAPackage("app.lightbox..")
            .and().resideOutsideOfPackage("..ui..")
            .and(not(annotatedWith(Configuration.class)))
            .should().dependOnClassesThat().resideInAPackage("app.lightbox..ui..");

    /** The API is a way in for tools: it uses the features, and no feature knows it is there. */
    @ArchTest
    static final ArchRule nothing_depends_on_the_api = noClasses()
            .that().resideOutsideOfPackage("app.lightbox.api..")
            .should().dependOnClassesThat().resideInAPackage("app.lightbox.api..");

    @ArchTest
    static final ArchRule views_do_not_use_repositories = noClasses()
            .that().resideInAPackage("app.lightbox..ui..")
            .should().dependOnClassesThat(REPOSITORIES)
            .because("views call services, which validate and decide permissions");

    @ArchTest
    static final ArchRule repositories_are_used_only_in_their_own_feature = classes()
            .that(REPOSITORIES).and().resideInAPackage("app.lightbox..")
            .should(beUsedOnlyFromTheirOwnFeature())
            .because("a feature reaches another feature's data through that feature's service");

    private static ArchCondition<JavaClass> beUsedOnlyFromTheirOwnFeature() {
        return new ArchCondition<>("be used only from their own feature package") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                String feature = featureOf(repository);
                for (Dependency dependency : repository.getDirectDependenciesToSelf()) {
                    JavaClass user = dependency.getOriginClass();
                    boolean sameFeature = feature != null && feature.equals(featureOf(user));
                    if (!sameFeature) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** The feature of a class: the first package under app.lightbox, with base.ui apart from base. */
    private static String featureOf(JavaClass javaClass) {
        String pkg = javaClass.getPackageName();
        if (!pkg.startsWith(ROOT)) {
            return null;
        }
        String rest = pkg.substring(ROOT.length());
        if (rest.equals("base.ui") || rest.startsWith("base.ui.")) {
            return "base.ui";
        }
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
