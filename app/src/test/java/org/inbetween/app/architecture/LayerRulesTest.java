package org.inbetween.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

/** The layer rules of the design guide (§2), checked on every build instead of remembered. */
@AnalyzeClasses(
    packages = "org.inbetween",
    importOptions = {ImportOption.DoNotIncludeTests.class, LayerRulesTest.NoTestJars.class})
class LayerRulesTest {
  /**
   * In a full {@code mvn verify} the models module's test classes reach the app's class path as its
   * test jar, which {@link ImportOption.DoNotIncludeTests} (test-classes folders) does not catch.
   */
  static final class NoTestJars implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("-tests.jar");
    }
  }

  @ArchTest
  static final ArchRule modelsHaveNoJavaFx =
      noClasses()
          .that()
          .resideInAPackage("org.inbetween.models..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("javafx..")
          .because("models compute masks and numbers and must run headless, in the CLI and in CI");

  @ArchTest
  static final ArchRule onlyTheUiTouchesTheSceneGraph =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.inbetween.app.ui..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..", "javafx.embed..")
          .because("the headless core, the CLI and the tests must not need a display");

  @ArchTest
  static final ArchRule onlyModelsTalkToDjl =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.inbetween.models..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("ai.djl..")
          .because("the app talks to models through interfaces with plain Java types");

  @ArchTest
  static final ArchRule noBareThreads =
      noClasses()
          .should()
          .callConstructor(Thread.class)
          .orShould()
          .callConstructor(Thread.class, Runnable.class)
          .orShould()
          .callConstructor(Thread.class, Runnable.class, String.class)
          .because(
              "long work runs through the task abstraction, where it shows progress and can be"
                  + " cancelled");

  @ArchTest
  static final ArchRule noJavaSerialization =
      noClasses()
          .should()
          .dependOnClassesThat()
          .belongToAnyOf(ObjectOutputStream.class, ObjectInputStream.class)
          .because("project files are readable JSON and PNG, never Java serialization");

  @ArchTest
  static final ArchRule modelsDoNotDependOnTheApp =
      noClasses()
          .that()
          .resideInAPackage("org.inbetween.models..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.inbetween.app..")
          .because("models is a library the app builds on, not the other way round");

  /**
   * Every package is its own slice ({@code app.project} and {@code app.project.store}, {@code
   * app.ui} and {@code app.ui.viewer}, {@code models.rcrnet} and {@code models.train} are
   * distinct), so a cycle between a package and its sub-package is caught as well as one between
   * siblings.
   */
  @ArchTest
  static final ArchRule noPackageCycles =
      slices()
          .matching("org.inbetween.(**)")
          .should()
          .beFreeOfCycles()
          .because(
              "a cycle makes two packages one: neither can be understood, tested or moved without"
                  + " the other, and the layering of the design guide stops meaning anything");

  @ArchTest
  static final ArchRule trainingSharesNoFamily =
      noClasses()
          .that()
          .resideInAPackage("org.inbetween.models.train..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.inbetween.models.fgplg..",
              "org.inbetween.models.rcrnet..",
              "org.inbetween.models.pseudo..")
          .because(
              "models.train is what every family's training shares (devices, hold-out, plan,"
                  + " checkpoint files); a family's network, examples and trainer live in the"
                  + " family's own package");
}
