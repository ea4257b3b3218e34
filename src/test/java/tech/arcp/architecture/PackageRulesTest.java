package tech.arcp.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The packages of {@code src/main} form a tree (STYLE.md): no package cycle, even between a
 * package and its sub-packages; the wiring in {@code tech.arcp} itself sits on top, known to no
 * package; nothing in {@code session/} knows HTTP; nothing in {@code resources/} touches Caffeine
 * or Redis.
 */
class PackageRulesTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("tech.arcp");

    @Test
    void packagesHaveNoCycles() {
        slices().matching("tech.arcp.(**)").should().beFreeOfCycles().check(MAIN);
    }

    /** The slices above leave out the top package's classes; they are the wiring, so none may be used below. */
    @Test
    void noPackageDependsOnTheWiring() {
        noClasses().that().resideOutsideOfPackage("tech.arcp")
                .should().dependOnClassesThat().resideInAPackage("tech.arcp")
                .check(MAIN);
    }

    @Test
    void sessionPackagesKnowNoHttp() {
        noClasses().that().resideInAPackage("tech.arcp.session..")
                .should().dependOnClassesThat().resideInAnyPackage("org.glassfish.jersey..", "jakarta.ws.rs..",
                        "org.eclipse.jetty..", "jakarta.servlet..")
                .check(MAIN);
    }

    @Test
    void resourcesTouchNeitherCaffeineNorRedis() {
        noClasses().that().resideInAPackage("tech.arcp.resources..")
                .should().dependOnClassesThat().resideInAnyPackage("com.github.benmanes.caffeine..", "io.lettuce..")
                .check(MAIN);
    }

    @Test
    void theRulesSeeTheMainClasses() {
        org.assertj.core.api.Assertions.assertThat(MAIN.containPackage("tech.arcp.session")).isTrue();
        org.assertj.core.api.Assertions.assertThat(MAIN.containPackage("tech.arcp.resources")).isTrue();
    }
}
