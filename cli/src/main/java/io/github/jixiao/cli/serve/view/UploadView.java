package io.github.jixiao.cli.serve.view;

import java.util.List;

/**
 * The upload page: a plain multipart form.
 *
 * @param head its head
 * @param formLang the language its upload is reported in, {@code zh} or {@code en}
 * @param intro what the page does
 * @param files the file input's label
 * @param drop the hint that files may be dropped, shown by the script
 * @param profile the profile list's label
 * @param profiles the profiles to choose from
 * @param submit the button's words
 * @param limits the upload limits, stated
 * @param kept how long results are kept, and that nothing leaves the computer
 * @param nonce the nonce the page's script carries
 */
public record UploadView(
    Head head,
    String formLang,
    String intro,
    String files,
    String drop,
    String profile,
    List<Choice> profiles,
    String submit,
    String limits,
    String kept,
    String nonce) {
  /**
   * Copies the profiles.
   *
   * @param head its head
   * @param formLang the language its upload is reported in, {@code zh} or {@code en}
   * @param intro what the page does
   * @param files the file input's label
   * @param drop the hint that files may be dropped, shown by the script
   * @param profile the profile list's label
   * @param profiles the profiles to choose from
   * @param submit the button's words
   * @param limits the upload limits, stated
   * @param kept how long results are kept, and that nothing leaves the computer
   * @param nonce the nonce the page's script carries
   */
  public UploadView {
    profiles = List.copyOf(profiles);
  }
}
