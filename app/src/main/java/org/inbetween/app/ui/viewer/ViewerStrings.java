package org.inbetween.app.ui.viewer;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The viewer's user-visible text, from its own bundle {@code org/inbetween/ui/viewer.properties}
 * (ui-resources), kept apart from the shared strings so that each panel's wording changes alone.
 */
public final class ViewerStrings {
  private static final String BUNDLE = "org.inbetween.ui.viewer";

  private final ResourceBundle bundle;
  private final Locale locale;

  private ViewerStrings(ResourceBundle bundle, Locale locale) {
    this.bundle = bundle;
    this.locale = locale;
  }

  public static ViewerStrings load() {
    return load(Locale.getDefault());
  }

  public static ViewerStrings load(Locale locale) {
    return new ViewerStrings(ResourceBundle.getBundle(BUNDLE, locale), locale);
  }

  /** The pattern under {@code key} with {@code args} filled in. */
  public String format(String key, Object... args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }
}
