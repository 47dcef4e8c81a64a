package io.github.jixiao.cli.serve;

import io.github.jixiao.cli.serve.Arrival.Received;
import io.github.jixiao.cli.serve.Review.Download;
import io.github.jixiao.cli.text.Language;
import io.github.jixiao.core.profile.Presets;
import io.github.jixiao.core.profile.RuleProfile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartConfig;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * The page's addresses: {@code GET /} the upload page, {@code POST /review} an upload, {@code GET
 * /r/ID/} a report kept, {@code GET /r/ID/NAME} a file of it to download. Every response is
 * uncached and carries a strict content security policy: nothing from elsewhere, no script but the
 * upload page's own.
 */
final class ReviewHandler extends Handler.Abstract {
  /** How much of an upload refused is still read, so that its sender reads the refusal. */
  private static final long DRAINED = 64L * 1024 * 1024;

  /** The bytes drained at a time. */
  static final int DRAIN_BUFFER = 65536;

  private static final String HTML = "text/html; charset=utf-8";

  private final ServeLimits limits;
  private final Reviews reviews;
  private final Path folder;
  private final Semaphore atOnce;
  private final SecureRandom random = new SecureRandom();

  ReviewHandler(ServeLimits limits, Reviews reviews, Path folder) {
    this.limits = limits;
    this.reviews = reviews;
    this.folder = folder;
    this.atOnce = new Semaphore(limits.reviewsAtOnce(), true);
  }

  /** How many more reviews may be scored now, for tests: each review gives its place back. */
  int reviewsFree() {
    return atOnce.availablePermits();
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback)
      throws InterruptedException {
    try {
      route(request, response, callback);
    } catch (IOException | RuntimeException e) {
      // A failure of the server itself, not of the files: said as the command line says it,
      // no stack trace reaching the page.
      if (response.isCommitted()) {
        callback.failed(e);
      } else {
        send(
            response,
            callback,
            HttpStatus.INTERNAL_SERVER_ERROR_500,
            HTML,
            UploadPage.message(Language.ZH, bothLanguages(Text.FAILED)),
            null);
      }
    }
    return true;
  }

  private void route(Request request, Response response, Callback callback)
      throws IOException, InterruptedException {
    String path = Request.getPathInContext(request);
    String method = request.getMethod();
    Fields query = Request.extractQueryParameters(request);
    Language language = "en".equalsIgnoreCase(query.getValue("lang")) ? Language.EN : Language.ZH;
    if (!fromThisComputer(request)) {
      send(
          response,
          callback,
          HttpStatus.FORBIDDEN_403,
          HTML,
          UploadPage.message(language, Text.NOT_LOCAL.in(language)),
          null);
      return;
    }
    if (path.equals("/") && (method.equals("GET") || method.equals("HEAD"))) {
      String nonce = nonce();
      send(
          response,
          callback,
          HttpStatus.OK_200,
          HTML,
          UploadPage.page(language, limits, nonce),
          nonce);
    } else if (path.equals("/review") && method.equals("POST")) {
      upload(request, response, callback);
    } else if (path.startsWith("/r/") && method.equals("GET")) {
      result(path.substring("/r/".length()), language, response, callback);
    } else {
      notFound(language, response, callback);
    }
  }

  /**
   * Whether a request is one this computer's browser makes to the page: addressed to 127.0.0.1 or
   * localhost (a name of a site that resolves here, as a DNS rebinding makes it, is not), and where
   * the browser says where the request comes from, from the page itself (another site's page may
   * post to 127.0.0.1, but not read what it gets).
   */
  static boolean fromThisComputer(Request request) {
    if (!isLocalName(Request.getServerName(request))) {
      return false;
    }
    // A browser that says which site a request comes from: the page's own, or none (an address
    // typed or opened from the command line).
    String site = request.getHeaders().get("Sec-Fetch-Site");
    if (site != null) {
      return site.equals("same-origin") || site.equals("none");
    }
    String origin = request.getHeaders().get(HttpHeader.ORIGIN);
    if (origin == null) {
      return true;
    }
    try {
      URI from = URI.create(origin);
      return "http".equals(from.getScheme())
          && isLocalName(from.getHost())
          && (from.getPort() < 0 ? 80 : from.getPort()) == Request.getLocalPort(request);
    } catch (IllegalArgumentException notAnAddress) {
      // "null", sent from a sandboxed frame or a file, and anything that is no address.
      return false;
    }
  }

  private static boolean isLocalName(String host) {
    return "127.0.0.1".equals(host) || "localhost".equalsIgnoreCase(host);
  }

  private void notFound(Language language, Response response, Callback callback) {
    send(
        response,
        callback,
        HttpStatus.NOT_FOUND_404,
        HTML,
        UploadPage.message(language, Text.NOT_FOUND.in(language)),
        null);
  }

  private void result(String rest, Language language, Response response, Callback callback)
      throws IOException {
    // ID, ID/ or ID/KEY: the report, or one of its downloads.
    String[] parts = rest.split("/", 2);
    String id = parts[0];
    String key = parts.length == 2 ? parts[1] : "";
    Optional<Review> review = reviews.get(id);
    if (review.isPresent() && key.isEmpty()) {
      sendFile(response, callback, HTML, review.get().report());
      return;
    }
    Optional<Download> download = review.flatMap(r -> r.download(key));
    if (download.isEmpty() || !Files.isRegularFile(download.get().file())) {
      notFound(language, response, callback);
      return;
    }
    Download file = download.get();
    response.getHeaders().put(HttpHeader.CONTENT_DISPOSITION, disposition(file.name()));
    sendFile(response, callback, file.contentType(), file.file());
  }

  private void upload(Request request, Response response, Callback callback)
      throws IOException, InterruptedException {
    Path own = Files.createDirectories(folder.resolve("upload-" + reviews.newId()));
    try {
      Language language = Language.ZH;
      String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
      long length = request.getLength();
      if (length > limits.requestBytes()) {
        refuseTooLarge(request, response, callback, language);
        return;
      }
      MultiPartConfig config =
          new MultiPartConfig.Builder()
              .location(Files.createDirectories(own.resolve("parts")))
              .maxParts(limits.files() + 8)
              .maxPartSize(limits.fileBytes())
              .maxSize(limits.requestBytes())
              .maxMemoryPartSize(16 * 1024)
              .useFilesForPartsWithoutFileName(false)
              .build();
      MultiPartFormData.Parts parts;
      try {
        parts = MultiPartFormData.getParts(request, request, contentType, config);
      } catch (RuntimeException e) {
        if (isOverALimit(e)) {
          refuseTooLarge(request, response, callback, language);
        } else {
          send(
              response,
              callback,
              HttpStatus.BAD_REQUEST_400,
              HTML,
              UploadPage.message(language, bothLanguages(Text.INCOMPLETE)),
              null);
        }
        return;
      }
      try (parts) {
        language = "en".equalsIgnoreCase(field(parts, "lang")) ? Language.EN : Language.ZH;
        List<MultiPart.Part> files = new ArrayList<>();
        for (MultiPart.Part part : parts) {
          if (part.getFileName() != null
              && !(part.getFileName().isEmpty() && part.getLength() == 0)) {
            files.add(part);
          }
        }
        if (files.size() > limits.files()) {
          refuseTooLarge(request, response, callback, language);
          return;
        }
        if (files.isEmpty()) {
          send(
              response,
              callback,
              HttpStatus.BAD_REQUEST_400,
              HTML,
              UploadPage.message(language, Text.NO_FILES.in(language)),
              null);
          return;
        }
        String profileId =
            Optional.ofNullable(field(parts, "profile")).orElse(Presets.NATIONAL_2020.id());
        Optional<RuleProfile> profile = Presets.byId(profileId);
        if (profile.isEmpty()) {
          send(
              response,
              callback,
              HttpStatus.BAD_REQUEST_400,
              HTML,
              UploadPage.message(language, Text.NO_PROFILE.in(language, profileId)),
              null);
          return;
        }
        String id = reviews.newId();
        Path results = folder.resolve(id);
        Review review = null;
        atOnce.acquire();
        try {
          Files.createDirectories(results);
          List<Arrival> arrivals = arrivals(files, own.resolve("in"), language);
          // Kept for its stated time from when its report is made, however long scoring took.
          review =
              Reviewer.review(
                  arrivals,
                  profile.get(),
                  language,
                  id,
                  results,
                  () -> reviews.now().plus(limits.kept()));
          reviews.put(review);
        } finally {
          atOnce.release();
          if (review == null) {
            // Whatever stopped it, nothing of a review not kept stays on disk.
            Zips.deleteTree(results);
          }
        }
        sendFile(response, callback, HTML, review.report());
      }
    } finally {
      // The files as uploaded go with the request; only what the review made is kept.
      Zips.deleteTree(own);
    }
  }

  /** The uploaded files, each in a folder of its own under its own name; zips unpacked. */
  private List<Arrival> arrivals(List<MultiPart.Part> files, Path into, Language language)
      throws IOException {
    Zips zips = new Zips(limits, language);
    List<Arrival> arrivals = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      MultiPart.Part part = files.get(i);
      String shown = Zips.baseName(part.getFileName());
      Path own = Files.createDirectories(into.resolve(String.valueOf(i)));
      Path target = own.resolve(Zips.storedName(shown));
      part.writeTo(target);
      if (shown.toLowerCase(Locale.ROOT).endsWith(".zip")) {
        arrivals.addAll(zips.unpack(shown, target, Files.createDirectories(own.resolve("zip"))));
      } else {
        arrivals.add(new Received(shown, target));
      }
    }
    return arrivals;
  }

  /**
   * The longest name a download is given, in UTF-8 bytes: with {@code .复核} and a number, well
   * inside the 255 bytes a file system takes.
   */
  static final int NAME_BYTES = 150;

  /**
   * A file name as a file system takes it: no separators, no characters Windows refuses, at most
   * {@link #NAME_BYTES} bytes in UTF-8, its extension kept where it has one of at most ten
   * characters with its dot.
   */
  static String safeName(String name) {
    StringBuilder s = new StringBuilder();
    for (char c : name.toCharArray()) {
      s.append(c < ' ' || "/\\:*?\"<>|".indexOf(c) >= 0 ? '_' : c);
    }
    String safe = s.toString().strip();
    if (safe.isEmpty() || safe.chars().allMatch(c -> c == '.')) {
      return "file";
    }
    int dot = safe.lastIndexOf('.');
    String extension = dot > 0 && safe.length() - dot <= 10 ? safe.substring(dot) : "";
    String stem = safe.substring(0, safe.length() - extension.length());
    int budget = NAME_BYTES - utf8(extension);
    int end = 0;
    int bytes = 0;
    while (end < stem.length()) {
      int next = stem.offsetByCodePoints(end, 1);
      int more = utf8(stem.substring(end, next));
      if (bytes + more > budget) {
        break;
      }
      bytes += more;
      end = next;
    }
    return stem.substring(0, end) + extension;
  }

  private static int utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  private static String field(MultiPartFormData.Parts parts, String name) {
    MultiPart.Part part = parts.getFirst(name);
    return part == null ? null : part.getContentAsString(StandardCharsets.UTF_8).strip();
  }

  /** Whether the multipart parser stopped at one of the limits it was given. */
  static boolean isOverALimit(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (message.contains("max") || message.contains("too many") || message.contains("413")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Refuses an upload over a limit, in both languages as its form's language is not known: what is
   * left of it read first (up to a bound), so that its sender reads the refusal.
   */
  private void refuseTooLarge(
      Request request, Response response, Callback callback, Language language) {
    drain(request);
    String message =
        language == Language.EN
            ? tooLarge(Language.EN)
            : tooLarge(Language.ZH) + " / " + tooLarge(Language.EN);
    send(
        response,
        callback,
        HttpStatus.PAYLOAD_TOO_LARGE_413,
        HTML,
        UploadPage.message(language, message),
        null);
  }

  private String tooLarge(Language language) {
    return Text.TOO_LARGE.in(
        language,
        Text.size(language, limits.fileBytes()),
        String.valueOf(limits.files()),
        Text.size(language, limits.requestBytes()));
  }

  private static String bothLanguages(Text text) {
    return text.in(Language.ZH) + " / " + text.in(Language.EN);
  }

  private static void drain(Request request) {
    try (InputStream in = Content.Source.asInputStream(request)) {
      drain(in, DRAINED);
    } catch (IOException | RuntimeException e) {
      // The sender went, or the content failed already: the response is still tried.
    }
  }

  /**
   * Reads and drops what a stream holds, until its end or until at least {@code bound} bytes are
   * read: a buffer's worth at a time, so at most a buffer past the bound.
   *
   * @return how many bytes were read
   */
  static long drain(InputStream in, long bound) throws IOException {
    long skipped = 0;
    byte[] buffer = new byte[DRAIN_BUFFER];
    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
      skipped += read;
      if (skipped >= bound) {
        break;
      }
    }
    return skipped;
  }

  private void send(
      Response response, Callback callback, int status, String type, String body, String nonce) {
    send(response, callback, status, type, body.getBytes(StandardCharsets.UTF_8), nonce);
  }

  private void send(
      Response response, Callback callback, int status, String type, byte[] body, String nonce) {
    secure(response, nonce);
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  /**
   * Sends a file kept on disk as it is read, not whole in memory: a zip of the annotated workbooks
   * may be hundreds of megabytes.
   */
  private static void sendFile(Response response, Callback callback, String type, Path file)
      throws IOException {
    secure(response, null);
    response.setStatus(HttpStatus.OK_200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, Files.size(file));
    Content.copy(Content.Source.from(file), response, callback);
  }

  /** The headers every response carries: its policy; no caching, sniffing or referrer elsewhere. */
  private static void secure(Response response, String nonce) {
    String script = nonce == null ? "script-src 'none'" : "script-src 'nonce-" + nonce + "'";
    response
        .getHeaders()
        .put(
            "Content-Security-Policy",
            "default-src 'none'; "
                + script
                + "; style-src 'unsafe-inline'; img-src data:; form-action 'self';"
                + " base-uri 'none'; frame-ancestors 'none'");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    // Not no-referrer: under it a browser posts the page's form with the origin "null".
    response.getHeaders().put("Referrer-Policy", "same-origin");
  }

  private String nonce() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }

  /** A download's name, for every browser: ASCII with the rest as {@code filename*}. */
  static String disposition(String name) {
    String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
