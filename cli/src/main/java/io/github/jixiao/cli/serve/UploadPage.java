package io.github.jixiao.cli.serve;

import static io.github.jixiao.cli.serve.Reviewer.escape;

import io.github.jixiao.cli.text.Language;
import io.github.jixiao.core.profile.Presets;
import io.github.jixiao.core.profile.RuleProfile;

/**
 * The page a reviewer starts from: a plain multipart form, which works without script; a few lines
 * of script, allowed by the page's nonce alone, let files be dropped on it too.
 */
final class UploadPage {
  private UploadPage() {}

  /** The page's style, inline: the page loads nothing. */
  static final String STYLE =
      "body{font-family:sans-serif;max-width:46em;margin:2em auto;padding:0 1em;line-height:1.6}"
          + "h1{font-size:1.5em}form{border:1px solid #999;padding:1em;margin:1em 0}"
          + "label{display:block;margin:.6em 0 .2em;font-weight:bold}"
          + ".drop{border:2px dashed #999;padding:1em;margin:.4em 0}"
          + ".drop.over{border-color:#06c;background:#eef5ff}"
          + "button{font-size:1.1em;padding:.3em 1.5em;margin-top:1em}"
          + ".limits{color:#444;font-size:.9em}.message{border:1px solid #c00;padding:.6em 1em;"
          + "color:#900}nav{text-align:right}";

  /**
   * The upload page.
   *
   * @param language its language
   * @param limits the limits it states
   * @param nonce the nonce its script carries
   * @return the page
   */
  static String page(Language language, ServeLimits limits, String nonce) {
    StringBuilder s = new StringBuilder();
    head(s, language, Text.TITLE.in(language));
    s.append("<h1>").append(escape(Text.TITLE.in(language))).append("</h1>\n");
    s.append("<p>").append(escape(Text.INTRO.in(language))).append("</p>\n");
    s.append(
        "<form id=\"upload\" method=\"post\" action=\"/review\""
            + " enctype=\"multipart/form-data\">\n");
    s.append("<input type=\"hidden\" name=\"lang\" value=\"")
        .append(language == Language.EN ? "en" : "zh")
        .append("\">\n");
    s.append("<label for=\"files\">").append(escape(Text.FILES.in(language))).append("</label>\n");
    s.append("<div class=\"drop\" id=\"drop\">\n")
        .append(
            "<input type=\"file\" id=\"files\" name=\"files\" multiple required"
                + " accept=\".xlsx,.xlsm,.xls,.json,.zip\">\n")
        .append("<p id=\"drop-hint\" hidden>")
        .append(escape(Text.DROP.in(language)))
        .append("</p>\n</div>\n");
    s.append("<label for=\"profile\">")
        .append(escape(Text.PROFILE.in(language)))
        .append("</label>\n<select id=\"profile\" name=\"profile\">\n");
    for (RuleProfile profile : Presets.all()) {
      s.append("<option value=\"")
          .append(escape(profile.id()))
          .append('"')
          .append(profile.id().equals(Presets.NATIONAL_2020.id()) ? " selected" : "")
          .append('>')
          .append(escape(profile.id() + " — " + profile.title()))
          .append("</option>\n");
    }
    s.append("</select>\n<div><button type=\"submit\">")
        .append(escape(Text.SUBMIT.in(language)))
        .append("</button></div>\n</form>\n");
    s.append("<p class=\"limits\">").append(escape(limitsText(language, limits))).append("</p>\n");
    s.append("<p class=\"limits\">")
        .append(escape(Text.KEPT.in(language, String.valueOf(limits.kept().toMinutes()))))
        .append("</p>\n");
    s.append("<script nonce=\"").append(nonce).append("\">\n").append(SCRIPT).append("</script>\n");
    s.append("</body>\n</html>\n");
    return s.toString();
  }

  /** A page that says why an upload or an address was refused. */
  static String message(Language language, String message) {
    StringBuilder s = new StringBuilder();
    head(s, language, Text.TITLE.in(language));
    s.append("<h1>").append(escape(Text.TITLE.in(language))).append("</h1>\n");
    s.append("<p class=\"message\" id=\"message\">").append(escape(message)).append("</p>\n");
    s.append("<p><a href=\"")
        .append(language == Language.EN ? "/?lang=en" : "/")
        .append("\">")
        .append(escape(Text.AGAIN.in(language)))
        .append("</a></p>\n</body>\n</html>\n");
    return s.toString();
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

  private static void head(StringBuilder s, Language language, String title) {
    s.append("<!DOCTYPE html>\n<html lang=\"")
        .append(language == Language.EN ? "en" : "zh-CN")
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(escape(title))
        .append("</title>\n<style>")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<nav><a href=\"")
        .append(language == Language.EN ? "/" : "/?lang=en")
        .append("\" lang=\"")
        .append(language == Language.EN ? "zh-CN" : "en")
        .append("\">")
        .append(escape(Text.OTHER_LANGUAGE.in(language)))
        .append("</a></nav>\n");
  }

  /** Dropping files on the form puts them in its file input; the form still submits as without. */
  private static final String SCRIPT =
      "(function(){var d=document.getElementById('drop'),f=document.getElementById('files');\n"
          + "if(!d||!f||!window.DataTransfer)return;\n"
          + "document.getElementById('drop-hint').hidden=false;\n"
          + "d.addEventListener('dragover',function(e){e.preventDefault();"
          + "d.classList.add('over');});\n"
          + "d.addEventListener('dragleave',function(){d.classList.remove('over');});\n"
          + "d.addEventListener('drop',function(e){e.preventDefault();d.classList.remove('over');"
          + "if(e.dataTransfer&&e.dataTransfer.files.length){f.files=e.dataTransfer.files;}});\n"
          + "})();\n";
}
