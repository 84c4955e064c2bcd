package org.inbetween.app.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.inbetween", importOptions = ImportOption.DoNotIncludeTests.class)
class UiBoundaryTest {
  @ArchTest
  static final ArchRule sceneGraphStaysInTheUiPackage =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.inbetween.app.ui..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..", "javafx.embed..")
          .because(
              "the headless core, the CLI and the demo video must run and be tested without a"
                  + " display");
}
