package io.github.jixiao.cli.serve.view;

import java.util.Optional;

/**
 * A link, or where there is nothing to link to, the text alone.
 *
 * @param href the address; empty for text alone
 * @param text what it says
 */
public record Link(Optional<String> href, String text) {
  /**
   * A link to an address.
   *
   * @param href the address
   * @param text what it says
   * @return the link
   */
  public static Link to(String href, String text) {
    return new Link(Optional.of(href), text);
  }

  /**
   * Text where a link would be, such as why a workbook was not annotated.
   *
   * @param text what it says
   * @return the text
   */
  public static Link text(String text) {
    return new Link(Optional.empty(), text);
  }
}
