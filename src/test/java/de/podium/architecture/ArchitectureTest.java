package de.podium.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;

/**
 * The layout of README's Layout section, checked on the compiled classes. ArchUnit reads bytecode, so a type named
 * fully qualified in the source (no import) is a dependency like any other and cannot dodge these rules.
 */
class ArchitectureTest {

    /** Lowest first: a feature may use the features before it, never one after it. {@code demo} uses all. */
    static final List<String> FEATURES =
            List.of("platform", "security", "event", "mail", "registration", "agenda", "speaker", "documents", "demo");

    static JavaClasses podium;

    @BeforeAll
    static void importClasses() {
        podium = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("de.podium");
    }

    @Test
    void everyClassBelongsToAKnownFeature() {
        classes().should().resideInAnyPackage(FEATURES.stream().map(f -> "de.podium." + f + "..").toArray(String[]::new))
                .because("a new top-level package must take its place in the feature order (FEATURES, README Layout)")
                .check(podium);
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching("de.podium.(*)..").namingSlices("feature $1").should().beFreeOfCycles().check(podium);
    }

    @Test
    void featuresUseOnlyTheFeaturesBeforeThem() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String feature : FEATURES) {
            layers = layers.layer(feature).definedBy("de.podium." + feature + "..");
        }
        for (int i = 0; i < FEATURES.size(); i++) {
            String[] higher = FEATURES.subList(i + 1, FEATURES.size()).toArray(String[]::new);
            layers = higher.length == 0
                    ? layers.whereLayer(FEATURES.get(i)).mayNotBeAccessedByAnyLayer()
                    : layers.whereLayer(FEATURES.get(i)).mayOnlyBeAccessedByLayers(higher);
        }
        layers.check(podium);
    }

    @Test
    void entitiesUseNoControlAndNoBoundary() {
        noClasses().that().resideInAPackage("de.podium.*.entity..")
                .should().dependOnClassesThat().resideInAnyPackage("de.podium.*.control..", "de.podium.*.boundary..")
                .check(podium);
    }

    @Test
    void controlUsesNoBoundary() {
        noClasses().that().resideInAPackage("de.podium.*.control..")
                .should().dependOnClassesThat().resideInAPackage("de.podium.*.boundary..")
                .check(podium);
    }

    @Test
    void controlAndEntityKnowNoFacesRestOrServlet() {
        noClasses().that().resideInAnyPackage("de.podium.*.control..", "de.podium.*.entity..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "jakarta.ws.rs..", "jakarta.servlet..")
                .because("pages and HTTP belong in the boundary; control services are called by both")
                .check(podium);
    }
}
