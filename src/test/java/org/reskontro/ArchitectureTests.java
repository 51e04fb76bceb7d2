package org.reskontro;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.reskontro.testing.MainClassesOnly;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

@AnalyzeClasses(packagesOf = ReskontroApplication.class, importOptions = MainClassesOnly.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule noAmbientTime = noClasses().that().resideOutsideOfPackage("..platform..")
            .should().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(Instant.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .orShould().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("deadlines and syncs must be testable: inject a Clock");

    @ArchTest
    static final ArchRule sharedKernelIsFreeOfFrameworks = noClasses().that().resideInAPackage("org.reskontro.shared..").and().doNotHaveSimpleName("package-info")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "tools.jackson..",
                    "com.fasterxml..", "java.sql..", "javax.sql..")
            .because("value types are plain Java");

    @ArchTest
    static final ArchRule spiIsFreeOfSpring = noClasses().that().resideInAPackage("..ledger.spi..").and().doNotHaveSimpleName("package-info")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..")
            .because("connectors implement a plain-Java contract");

    @ArchTest
    static final ArchRule erpTypesStayInConnectors = noClasses().that().resideOutsideOfPackage("..connector..")
            .should().dependOnClassesThat().resideInAPackage("..connector..");

    @ArchTest
    static final ArchRule simulatorsStandAlone = noClasses().that().resideInAPackage("..simulator..")
            .should().dependOnClassesThat().resideInAnyPackage("..ledger..", "..connector..", "..creditors..")
            .because("a simulator is the other side of the wire, built from the published contract only");

    @ArchTest
    static final ArchRule noImplOrDefaultNames = noClasses().should().haveSimpleNameEndingWith("Impl")
            .orShould().haveSimpleNameStartingWith("Default");

    @ArchTest
    static final ArchRule noFieldInjection = GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    @ArchTest
    static final ArchRule noDoubleMoney = noClasses().that().resideInAnyPackage("..ledger..", "..creditors..", "..shared..")
            .should().callMethod(java.math.BigDecimal.class, "valueOf", double.class)
            .orShould().callMethod(java.math.BigDecimal.class, "doubleValue")
            .because("money is exact");
}
