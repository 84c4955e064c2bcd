package org.inbetween.app.ui.tools;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * User-visible text of the mask tools and the object list, from {@code
 * org/inbetween/ui/tools.properties} in ui-resources (a bundle of their own, so that wording and
 * translations change without touching code or other panels' strings).
 */
public final class ToolStrings {
  private static final String BUNDLE = "org.inbetween.ui.tools";
  private static final String STYLESHEET = "/org/inbetween/ui/tools.css";

  private final ResourceBundle bundle;
  private final Locale locale;

  private ToolStrings(ResourceBundle bundle, Locale locale) {
    this.bundle = bundle;
    this.locale = locale;
  }

  public static ToolStrings load() {
    Locale locale = Locale.getDefault();
    return new ToolStrings(ResourceBundle.getBundle(BUNDLE, locale), locale);
  }

  /** The pattern under {@code key} with {@code args} filled in. */
  public String format(String key, Object... args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }

  /** The tools' and object list's stylesheet, for {@code scene.getStylesheets()}. */
  public static String stylesheet() {
    return ToolStrings.class.getResource(STYLESHEET).toExternalForm();
  }
}
