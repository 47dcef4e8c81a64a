package io.github.jixiao.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.excel.WorkbookWriter;
import io.github.jixiao.jackson.FormJson;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Twenty reviewers uploading at once, against the server on 127.0.0.1 only, for a bounded time: a
 * minute, or as many seconds as {@code -Djixiao.load.seconds} says. Each upload is a workbook and a
 * form document, scored, the workbook annotated; every one must come back whole, and the heap in
 * use after a collection must stay bounded. The throughput is printed.
 */
class ReviewServerUnderLoadTest {
  private static final int CLIENTS = 20;
  private static final long MB = 1024L * 1024L;

  /**
   * How much more heap may be in use, after a collection, once the load is over than before it:
   * what the results kept (each upload's report, some tens of kilobytes, kept 10 minutes) may take,
   * and no more. The uploads themselves go to the server's folder, not the heap.
   */
  private static final long HEAP_GROWTH = 64 * MB;

  @TempDir Path dir;

  @Test
  @Timeout(300)
  void twentyClientsUploadingAtOnceAllGetTheirReportsInBoundedMemory() throws Exception {
    long seconds = Long.getLong("jixiao.load.seconds", 60);
    Path workbook = dir.resolve("质量基础.xlsx");
    WorkbookWriter.create()
        .write(
            FormJson.create()
                .readForm(ReviewServerTest.FORMS.resolve("09-quality-foundation.json")),
            workbook);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    try (ReviewServer server = ReviewServer.start(0)) {
      // One upload first, so that what is loaded once (classes, the scorer) is in the baseline.
      Upload upload =
          new Upload()
              .field("profile", "NATIONAL_2020")
              .file(workbook)
              .file(ReviewServerTest.FORMS.resolve("01-antitrust.json"));
      check(upload.post(server.uri()));
      long before = usedAfterCollection(memory);

      AtomicLong uploads = new AtomicLong();
      AtomicLong peak = new AtomicLong();
      Queue<String> failures = new ConcurrentLinkedQueue<>();
      long start = System.nanoTime();
      long until = start + TimeUnit.SECONDS.toNanos(seconds);
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS + 1);
      try {
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
          running.add(
              clients.submit(
                  () -> {
                    // Bounded in count too: no client sends more than 10 a second.
                    for (int n = 0; n < seconds * 10 && System.nanoTime() < until; n++) {
                      try {
                        check(upload.post(server.uri()));
                        uploads.incrementAndGet();
                      } catch (Exception | AssertionError e) {
                        failures.add(String.valueOf(e));
                        return;
                      }
                    }
                  }));
        }
        Future<?> sampler =
            clients.submit(
                () -> {
                  while (System.nanoTime() < until) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                      Thread.sleep(100);
                    } catch (InterruptedException e) {
                      return;
                    }
                  }
                });
        for (Future<?> client : running) {
          client.get(seconds + 180, TimeUnit.SECONDS);
        }
        sampler.get(10, TimeUnit.SECONDS);
      } finally {
        clients.shutdownNow();
      }
      double elapsed = (System.nanoTime() - start) / 1e9;
      long after = usedAfterCollection(memory);
      System.out.printf(
          "jixiao serve under load: %d clients, %d uploads in %.1f s, %.2f uploads/s;"
              + " heap in use after a collection %d MB before, %d MB after; %d MB at most"
              + " between collections%n",
          CLIENTS,
          uploads.get(),
          elapsed,
          uploads.get() / elapsed,
          before / MB,
          after / MB,
          peak.get() / MB);

      assertTrue(failures.isEmpty(), failures.size() + " uploads failed: " + failures);
      // Every client was answered at least once: none starved behind the others.
      assertTrue(uploads.get() >= CLIENTS, uploads.get() + " uploads");
      assertTrue(
          after - before < HEAP_GROWTH,
          "the heap in use grew by " + (after - before) / MB + " MB under load");
      // Still serving, at once.
      check(upload.post(server.uri()));
    }
  }

  /** The report of the workbook and the form document: both scored, nothing refused. */
  private static void check(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    Document dom = Jsoup.parse(response.body());
    assertEquals("2", dom.getElementById("count-scored").text());
    assertEquals("0", dom.getElementById("count-rejected").text());
    // 质量基础: 99.03 against the 100 reported; 反垄断: no error.
    assertEquals("1", dom.getElementById("count-errors").text());
    assertEquals(1, dom.select("#downloads a[href*=/f/]").size());
  }

  private static long usedAfterCollection(MemoryMXBean memory) throws InterruptedException {
    long used = Long.MAX_VALUE;
    // A collection asked for is a hint: the least of a few is what is really kept.
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
