package io.github.jixiao.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jixiao.cli.command.HeadlessChromium;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Headless Chromium driven through its DevTools protocol over a WebSocket on 127.0.0.1, as a
 * reviewer's hands: one page (a tab attached in flat mode), its file input given files, its
 * elements clicked with the mouse at their place on the screen, and its downloads saved to a
 * folder. Every wait is bounded.
 */
final class DevTools implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final Duration WAIT = Duration.ofSeconds(120);

  private final Process process;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new ArrayList<>();
  private final String session;

  private DevTools(Process process, WebSocket socket, Listener listener, Path downloads)
      throws Exception {
    this.process = process;
    this.socket = socket;
    listener.tools = this;
    ObjectNode target = params().put("url", "about:blank");
    String targetId = send(null, "Target.createTarget", target).get("targetId").asText();
    this.session =
        send(null, "Target.attachToTarget", params().put("targetId", targetId).put("flatten", true))
            .get("sessionId")
            .asText();
    send(
        null,
        "Browser.setDownloadBehavior",
        params()
            .put("behavior", "allowAndName")
            .put("downloadPath", downloads.toString())
            .put("eventsEnabled", true));
    page("Page.enable", params());
  }

  /**
   * Starts the browser with its DevTools on a free port of 127.0.0.1, and opens a blank page.
   *
   * @param chromium the browser
   * @param downloads where what the page downloads is saved, named by the download's id
   */
  static DevTools start(HeadlessChromium chromium, Path downloads) throws Exception {
    Path port = chromium.profile().resolve("DevToolsActivePort");
    Files.deleteIfExists(port);
    Path log = chromium.profile().resolveSibling("chromium.log");
    Process process =
        new ProcessBuilder(
                chromium.command(
                    List.of(
                        "--remote-debugging-address=127.0.0.1",
                        "--remote-debugging-port=0",
                        "about:blank")))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      long until = System.nanoTime() + WAIT.toNanos();
      List<String> lines = List.of();
      while (lines.size() < 2) {
        if (!process.isAlive() || System.nanoTime() > until) {
          throw new AssertionError(
              "Chromium gave no DevTools address: "
                  + Files.readString(log, StandardCharsets.UTF_8));
        }
        Thread.sleep(50);
        lines = Files.exists(port) ? Files.readAllLines(port) : List.of();
      }
      // Its first line is the port, its second the browser's path: ws://127.0.0.1:PORT/PATH.
      URI uri = URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
      Listener listener = new Listener();
      WebSocket socket =
          HttpClient.newHttpClient()
              .newWebSocketBuilder()
              .connectTimeout(Duration.ofSeconds(30))
              .buildAsync(uri, listener)
              .get(WAIT.toSeconds(), TimeUnit.SECONDS);
      return new DevTools(process, socket, listener, downloads);
    } catch (Exception | AssertionError e) {
      process.destroyForcibly();
      throw e;
    }
  }

  static ObjectNode params() {
    return JSON.createObjectNode();
  }

  /** A command to the page, and its result. */
  JsonNode page(String method, ObjectNode params) throws Exception {
    return send(session, method, params);
  }

  /** A command to the browser (no page), and its result. */
  JsonNode browser(String method, ObjectNode params) throws Exception {
    return send(null, method, params);
  }

  private JsonNode send(String sessionId, String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode message = params().put("id", id).put("method", method);
    message.set("params", params);
    if (sessionId != null) {
      message.put("sessionId", sessionId);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    socket.sendText(JSON.writeValueAsString(message), true).get(30, TimeUnit.SECONDS);
    JsonNode answer;
    try {
      answer = reply.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("Chromium did not answer " + method + " in " + WAIT, e);
    } catch (ExecutionException e) {
      throw new AssertionError("Chromium went while answering " + method, e.getCause());
    } finally {
      pending.remove(id);
    }
    if (answer.has("error")) {
      throw new AssertionError(method + " " + params + ": " + answer.get("error"));
    }
    return answer.get("result");
  }

  /** How many events have come so far: a mark to wait from. */
  int mark() {
    synchronized (events) {
      return events.size();
    }
  }

  /**
   * The first event since the mark of the method that the test accepts, waited for.
   *
   * @param from a {@link #mark()} taken before what causes the event
   * @param method the event's method, such as {@code Page.loadEventFired}
   * @param accepted what its params must hold
   */
  JsonNode await(int from, String method, Predicate<JsonNode> accepted)
      throws InterruptedException {
    synchronized (events) {
      return events.get(indexOf(from, method, accepted)).path("params");
    }
  }

  /**
   * Waits from the mark until the page's main frame has navigated to an address of the path given
   * and has then loaded it. A load event alone is not enough: one of the page before may still come
   * after the mark, while the next document is only begun.
   *
   * @param from a {@link #mark()} taken before what causes the navigation
   * @param path the path of the address navigated to, such as {@code /review}
   */
  void awaitLoaded(int from, String path) throws InterruptedException {
    int navigated =
        indexOf(
            from,
            "Page.frameNavigated",
            p ->
                !p.path("frame").has("parentId")
                    && pathOf(URI.create(p.path("frame").path("url").asText())).equals(path));
    indexOf(navigated + 1, "Page.loadEventFired", p -> true);
  }

  /** The events since the mark, each as its method and where a frame navigated to, its address. */
  private List<String> seen(int from) {
    return events.subList(from, events.size()).stream()
        .map(e -> e.path("method").asText() + e.path("params").path("frame").path("url").asText(""))
        .toList();
  }

  private static String pathOf(URI uri) {
    return uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
  }

  private int indexOf(int from, String method, Predicate<JsonNode> accepted)
      throws InterruptedException {
    long until = System.nanoTime() + WAIT.toNanos();
    synchronized (events) {
      int next = from;
      while (true) {
        for (; next < events.size(); next++) {
          JsonNode event = events.get(next);
          if (method.equals(event.path("method").asText()) && accepted.test(event.path("params"))) {
            return next;
          }
        }
        long left = until - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError(
              "No " + method + " from Chromium in " + WAIT + "; since the mark: " + seen(from));
        }
        events.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
      }
    }
  }

  /** The page's node that the selector finds in its document as it is now. */
  int node(String selector) throws Exception {
    int root = page("DOM.getDocument", params()).get("root").get("nodeId").asInt();
    int node =
        page("DOM.querySelector", params().put("nodeId", root).put("selector", selector))
            .get("nodeId")
            .asInt();
    if (node == 0) {
      throw new AssertionError("Nothing on the page at " + selector);
    }
    return node;
  }

  /** The page's document as the browser holds it now, serialized. */
  String html() throws Exception {
    int root = page("DOM.getDocument", params()).get("root").get("nodeId").asInt();
    return page("DOM.getOuterHTML", params().put("nodeId", root)).get("outerHTML").asText();
  }

  /** Loads an address in the page, and waits until it has loaded. */
  void navigate(URI uri) throws Exception {
    int mark = mark();
    page("Page.navigate", params().put("url", uri.toString()));
    awaitLoaded(mark, pathOf(uri));
  }

  /** A left click with the mouse at the middle of the element, as a person clicks it. */
  void click(String selector) throws Exception {
    int node = node(selector);
    page("DOM.scrollIntoViewIfNeeded", params().put("nodeId", node));
    JsonNode quad =
        page("DOM.getBoxModel", params().put("nodeId", node)).get("model").get("border");
    double x = (quad.get(0).asDouble() + quad.get(4).asDouble()) / 2;
    double y = (quad.get(1).asDouble() + quad.get(5).asDouble()) / 2;
    for (String type : List.of("mouseMoved", "mousePressed", "mouseReleased")) {
      ObjectNode event = params().put("type", type).put("x", x).put("y", y);
      if (!type.equals("mouseMoved")) {
        event.put("button", "left").put("clickCount", 1);
      }
      page("Input.dispatchMouseEvent", event);
    }
  }

  @Override
  public void close() {
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      // The browser is ended below all the same.
    }
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private void received(String text) {
    JsonNode message;
    try {
      message = JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (message.has("id")) {
      CompletableFuture<JsonNode> reply = pending.get(message.get("id").asInt());
      if (reply != null) {
        reply.complete(message);
      }
      return;
    }
    synchronized (events) {
      events.add(message);
      events.notifyAll();
    }
  }

  private void gone(Throwable why) {
    pending.values().forEach(reply -> reply.completeExceptionally(why));
  }

  /** Gathers each message's parts, then hands it on; a message comes before its tools exist. */
  private static final class Listener implements WebSocket.Listener {
    private final StringBuilder text = new StringBuilder();
    private final List<String> early = new ArrayList<>();
    private volatile DevTools tools;

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        String message = text.toString();
        text.setLength(0);
        deliver(message);
      }
      webSocket.request(1);
      return null;
    }

    private synchronized void deliver(String message) {
      if (tools == null) {
        early.add(message);
        return;
      }
      early.forEach(tools::received);
      early.clear();
      tools.received(message);
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      if (tools != null) {
        tools.gone(new IOException("DevTools closed: " + statusCode + " " + reason));
      }
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      if (tools != null) {
        tools.gone(error);
      }
    }
  }
}
