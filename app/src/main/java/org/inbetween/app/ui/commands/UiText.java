package org.inbetween.app.ui.commands;

import java.net.URL;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * User-visible text drawn from several resource bundles of the ui-resources module, looked up in
 * the order given. Each part of the window keeps its strings in its own bundle (review, jobs,
 * commands, ...), so that parts are written side by side without editing one shared file, while
 * menus and the shortcut overlay still find every command's label in one place.
 *
 * <pre>{@code
 * UiText text = UiText.load(UiText.COMMANDS, UiText.REVIEW, UiText.JOBS);
 * text.format("review.counts", 3, 1, 0, 12);
 * }</pre>
 */
public final class UiText {
  /** Menus, the shortcut overlay and the help command. */
  public static final String COMMANDS = "org.inbetween.ui.commands";

  /** The review panel and its commands. */
  public static final String REVIEW = "org.inbetween.ui.review";

  /** The jobs panel and its commands. */
  public static final String JOBS = "org.inbetween.ui.jobs";

  /** The frame viewer, its status bar and layers panel. */
  public static final String VIEWER = "org.inbetween.ui.viewer";

  /** The mask tools, the save indicator and the object list. */
  public static final String TOOLS = "org.inbetween.ui.tools";

  private final List<ResourceBundle> bundles;
  private final Locale locale;

  private UiText(List<ResourceBundle> bundles, Locale locale) {
    this.bundles = List.copyOf(bundles);
    this.locale = locale;
  }

  /** The bundles {@code baseNames} for the default locale. */
  public static UiText load(String... baseNames) {
    return load(Locale.getDefault(), baseNames);
  }

  public static UiText load(Locale locale, String... baseNames) {
    List<ResourceBundle> bundles = new ArrayList<>();
    for (String name : baseNames) {
      bundles.add(ResourceBundle.getBundle(name, locale));
    }
    return new UiText(bundles, locale);
  }

  /** True if some bundle defines {@code key}. */
  public boolean has(String key) {
    return bundles.stream().anyMatch(b -> b.containsKey(key));
  }

  /**
   * The pattern under {@code key} with {@code args} filled in ({@link MessageFormat}).
   *
   * @throws MissingResourceException naming the key when no bundle defines it
   */
  public String format(String key, Object... args) {
    for (ResourceBundle bundle : bundles) {
      if (bundle.containsKey(key)) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
      }
    }
    throw new MissingResourceException(
        "no UI string \""
            + key
            + "\" in "
            + bundles.stream().map(b -> b.getBaseBundleName()).toList(),
        UiText.class.getName(),
        key);
  }

  /**
   * The external form of a stylesheet in ui-resources, e.g. {@code "review.css"}, for a node's
   * {@code getStylesheets()}: each panel brings its own CSS.
   */
  public static String stylesheet(String fileName) {
    String path = "/org/inbetween/ui/" + fileName;
    URL css =
        Objects.requireNonNull(
            UiText.class.getResource(path),
            path + " is missing from the classpath (module inbetween-ui-resources)");
    return css.toExternalForm();
  }
}
