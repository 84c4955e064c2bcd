package org.inbetween.app.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The GUI's user-visible text, from {@code org/inbetween/ui/strings.properties} in the ui-resources
 * module, so that wording and translations change without touching code.
 */
final class UiStrings {
  private static final String BUNDLE = "org.inbetween.ui.strings";

  private final ResourceBundle bundle;
  private final Locale locale;

  private UiStrings(ResourceBundle bundle, Locale locale) {
    this.bundle = bundle;
    this.locale = locale;
  }

  /** The strings for the default locale. */
  static UiStrings load() {
    return load(Locale.getDefault());
  }

  static UiStrings load(Locale locale) {
    return new UiStrings(ResourceBundle.getBundle(BUNDLE, locale), locale);
  }

  /** The pattern under {@code key} with {@code args} filled in. */
  String format(String key, Object... args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }
}
