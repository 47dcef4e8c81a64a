package io.github.jixiao.core.text;

import java.math.BigDecimal;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Core's words for a locale, from its resource bundles: the messages of problems and findings and
 * the names of severities, grades, levels and categories. One rule chooses the bundle for every one
 * of them: Chinese for any {@code zh} locale ({@code zh}, {@code zh_CN}, {@code zh_TW}), the
 * English base bundle for any other.
 *
 * <p>Not part of the API: the module does not export this package, and its callers are core's own
 * types.
 */
public final class Texts {
  private static final String NAMES = "io.github.jixiao.core.text.Names";

  private Texts() {}

  /**
   * The locale of the bundle a locale reads: {@link Locale#SIMPLIFIED_CHINESE} for any {@code zh}
   * locale, {@link Locale#ROOT} (the English base bundle) for any other. Asking for {@code ROOT}
   * never falls back to the JVM's default locale, so an English caller on a Chinese machine still
   * reads English.
   *
   * @param locale the caller's locale
   * @return the bundle's locale
   */
  public static Locale bundleLocale(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
  }

  /**
   * A message of a bundle with its arguments filled in. An argument given as text where the pattern
   * formats a number ({@code {1,number,integer}}) is read as the decimal it writes, so that a
   * problem's arguments stay plain text ({@code "1000000"}) and its message groups the digits for
   * the locale ({@code 1,000,000}); text that writes no decimal is shown as it is.
   *
   * @param bundle the bundle's base name, a bundle of core
   * @param key the pattern's key
   * @param locale the caller's locale, as {@link #bundleLocale} reads it
   * @param arguments the pattern's arguments
   * @return the message
   * @throws java.util.MissingResourceException if the bundle or the key is missing
   */
  public static String format(String bundle, String key, Locale locale, Object... arguments) {
    Locale bundleLocale = bundleLocale(locale);
    String pattern = ResourceBundle.getBundle(bundle, bundleLocale).getString(key);
    MessageFormat format = new MessageFormat(pattern, bundleLocale);
    Object[] values = arguments.clone();
    Format[] formats = format.getFormatsByArgumentIndex();
    for (int i = 0; i < Math.min(formats.length, values.length); i++) {
      if (formats[i] instanceof NumberFormat && values[i] instanceof String text) {
        try {
          values[i] = new BigDecimal(text);
        } catch (NumberFormatException e) {
          // Not a number after all: the text as it is, rather than MessageFormat's exception.
          format.setFormatByArgumentIndex(i, null);
        }
      }
    }
    return format.format(values);
  }

  /**
   * Whether a bundle has a pattern of that key in its English base, which every key has.
   *
   * @param bundle the bundle's base name, a bundle of core
   * @param key the key
   * @return whether the key is there
   * @throws java.util.MissingResourceException if the bundle is missing
   */
  public static boolean has(String bundle, String key) {
    return ResourceBundle.getBundle(bundle, Locale.ROOT).containsKey(key);
  }

  /**
   * The display name of an enum constant, from the {@code Names} bundle: the key is the enum's
   * simple name and the constant's, {@code Severity.ERROR}.
   *
   * @param constant the constant
   * @param locale the caller's locale, as {@link #bundleLocale} reads it
   * @return for example {@code 错误} or {@code ERROR}
   * @throws java.util.MissingResourceException if the bundle has no name for the constant
   */
  public static String name(Enum<?> constant, Locale locale) {
    return name(constant, "", locale);
  }

  /**
   * The short name of an enum constant, from the {@code Names} bundle: the key is the display
   * name's with {@code .short} after it, {@code Severity.ERROR.short}.
   *
   * @param constant the constant
   * @param locale the caller's locale, as {@link #bundleLocale} reads it
   * @return for example {@code 错} or {@code E}
   * @throws java.util.MissingResourceException if the bundle has no short name for the constant
   */
  public static String shortName(Enum<?> constant, Locale locale) {
    return name(constant, ".short", locale);
  }

  private static String name(Enum<?> constant, String suffix, Locale locale) {
    String key = constant.getDeclaringClass().getSimpleName() + "." + constant.name() + suffix;
    return ResourceBundle.getBundle(NAMES, bundleLocale(locale)).getString(key);
  }
}
