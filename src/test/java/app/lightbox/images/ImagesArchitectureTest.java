package app.lightbox.images;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Checked with plain JUnit tests, so that they run whatever test engines are on the classpath. */
class ImagesArchitectureTest {

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.lightbox");

    @Test
    void only_the_storage_touches_the_file_system() {
        noClasses().that().resideOutsideOfPackage("app.lightbox.images.storage..")
                .should().dependOnClassesThat().resideInAPackage("java.nio.file..")
                .because("stored images are reached through ImageStorage, so that another store can replace the folder")
                .check(APP);
    }

    @Test
    void storage_knows_nothing_of_the_feature_around_it() {
        noClasses().that().resideInAPackage("app.lightbox.images.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("app.lightbox.images", "app.lightbox.images.ui..")
                .check(APP);
    }

    @Test
    void privacy_knows_nothing_of_the_feature_around_it_but_the_storage() {
        noClasses().that().resideInAPackage("app.lightbox.images.privacy..")
                .should().dependOnClassesThat().resideInAnyPackage("app.lightbox.images", "app.lightbox.images.ui..")
                .because("it rewrites bytes by their media type; the feature decides when")
                .check(APP);
    }

    @Test
    void the_images_domain_does_not_depend_on_views() {
        noClasses().that().resideInAPackage("app.lightbox.images")
                .should().dependOnClassesThat().resideInAPackage("app.lightbox.images.ui..")
                .check(APP);
    }
}
