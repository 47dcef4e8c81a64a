package io.github.jixiao.cli.serve;

import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import io.github.jixiao.cli.serve.templates.JtemessageGenerated;
import io.github.jixiao.cli.serve.templates.JteuploadGenerated;
import io.github.jixiao.cli.serve.view.Choice;
import io.github.jixiao.cli.serve.view.Head;
import io.github.jixiao.cli.serve.view.Link;
import io.github.jixiao.cli.serve.view.MessageView;
import io.github.jixiao.cli.serve.view.UploadView;
import io.github.jixiao.cli.text.Language;
import io.github.jixiao.core.profile.Presets;
import io.github.jixiao.core.profile.RuleProfile;
import java.util.List;
import java.util.function.Consumer;

/**
 * The page a reviewer starts from: a plain multipart form, which works without script; a few lines
 * of script, allowed by the page's nonce alone, let files be dropped on it too. Rendered by the
 * templates of {@code src/main/jte}, which escape what they show.
 */
final class UploadPage {
  private UploadPage() {}

  /**
   * The upload page.
   *
   * @param language its language
   * @param limits the limits it states
   * @param nonce the nonce its script carries
   * @return the page
   */
  static String page(Language language, ServeLimits limits, String nonce) {
    List<Choice> profiles =
        Presets.all().stream()
            .map(
                (RuleProfile p) ->
                    new Choice(
                        p.id(),
                        p.id() + " — " + p.title(),
                        p.id().equals(Presets.NATIONAL_2020.id())))
            .toList();
    UploadView view =
        new UploadView(
            head(language),
            language == Language.EN ? "en" : "zh",
            Text.INTRO.in(language),
            Text.FILES.in(language),
            Text.DROP.in(language),
            Text.PROFILE.in(language),
            profiles,
            Text.SUBMIT.in(language),
            limitsText(language, limits),
            Text.KEPT.in(language, String.valueOf(limits.kept().toMinutes())),
            nonce);
    return html(out -> JteuploadGenerated.render(out, null, view));
  }

  /** A page that says why an upload or an address was refused. */
  static String message(Language language, String message) {
    MessageView view = new MessageView(head(language), message, again(language));
    return html(out -> JtemessageGenerated.render(out, null, view));
  }

  /** The link back to the upload page, in a language. */
  static Link again(Language language) {
    return Link.to(language == Language.EN ? "/?lang=en" : "/", Text.AGAIN.in(language));
  }

  /** The limits, as the page states them. */
  static String limitsText(Language language, ServeLimits limits) {
    return Text.LIMITS.in(
        language,
        Text.size(language, limits.fileBytes()),
        String.valueOf(limits.files()),
        Text.size(language, limits.requestBytes()),
        String.valueOf(limits.zipEntries()),
        Text.size(language, limits.zipBytes()));
  }

  private static Head head(Language language) {
    boolean english = language == Language.EN;
    return new Head(
        english ? "en" : "zh-CN",
        Text.TITLE.in(language),
        Text.OTHER_LANGUAGE.in(language),
        english ? "zh-CN" : "en",
        english ? "/" : "/?lang=en");
  }

  /** What a template renders, as HTML text. */
  static String html(Consumer<OwaspHtmlTemplateOutput> template) {
    StringOutput out = new StringOutput();
    template.accept(new OwaspHtmlTemplateOutput(out));
    return out.toString();
  }
}
