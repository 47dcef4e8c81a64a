package io.github.jixiao.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class ReviewServerStartTest {

  @Test
  void aPortOutOfRangeIsRefusedBeforeAnythingStarts() {
    assertThrows(IllegalArgumentException.class, () -> ReviewServer.start(-1));
    assertThrows(IllegalArgumentException.class, () -> ReviewServer.start(65536));
  }

  @Test
  void theHighestPortIsInRange() {
    // 65535 may be taken on this machine: then the start fails as a start, not as a bad port.
    try (ReviewServer server = ReviewServer.start(65535)) {
      assertEquals(65535, server.uri().getPort());
    } catch (IOException taken) {
      // A port taken is no port out of range.
    }
  }

  @Test
  void theSweepOfExpiredResultsRunsInADaemonThreadSoAnEmbeddingProgramCanEnd() throws Exception {
    long before = sweeps().size();
    try (ReviewServer server = ReviewServer.start(0)) {
      List<Thread> sweeps = sweeps();
      assertEquals(before + 1, sweeps.size(), "the sweep's thread is started with the server");
      assertTrue(sweeps.stream().allMatch(Thread::isDaemon), sweeps.toString());
    }
  }

  /** The sweeps' threads alive now, of every server this JVM runs. */
  private static List<Thread> sweeps() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("jixiao-serve-sweep") && t.isAlive())
        .toList();
  }

  @Test
  void theServerIsOnlyOnTheLoopbackAddress() throws Exception {
    try (ReviewServer server = ReviewServer.start(0)) {
      assertEquals("127.0.0.1", server.uri().getHost());
      InetAddress other = nonLoopbackAddress();
      assumeTrue(other != null, "this machine has no address but the loopback one");
      assertThrows(
          ConnectException.class,
          () -> {
            try (Socket socket = new Socket()) {
              socket.connect(new InetSocketAddress(other, server.uri().getPort()), 5000);
            }
          });
    }
  }

  private static InetAddress nonLoopbackAddress() throws IOException {
    for (NetworkInterface face : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (!face.isUp() || face.isLoopback()) {
        continue;
      }
      for (InetAddress address : Collections.list(face.getInetAddresses())) {
        if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
          return address;
        }
      }
    }
    return null;
  }

  @Test
  void aRequestJettyCannotParseIsAnsweredWithoutStackCauseOrOrigin() throws Exception {
    try (ReviewServer server = ReviewServer.start(0);
        Socket socket = new Socket("127.0.0.1", server.uri().getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write("GET /\u0001bad HTTP/9.9\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      String answer = readAll(socket.getInputStream());
      assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
      assertFalse(answer.contains("org.eclipse"), answer);
      assertFalse(answer.contains("Caused by"), answer);
      assertFalse(answer.contains("Exception"), answer);
      assertFalse(answer.contains("ORIGIN"), answer);
    }
  }

  @Test
  void whatJettyAnswersItselfShowsNoStackNoCauseNoOrigin() {
    org.eclipse.jetty.server.handler.ErrorHandler errors = ReviewServer.quietErrors();
    assertFalse(errors.isShowStacks());
    assertFalse(errors.isShowCauses());
    assertFalse(errors.isShowOrigin());
  }

  private static String readAll(InputStream in) throws IOException {
    StringBuilder s = new StringBuilder();
    byte[] buffer = new byte[8192];
    try {
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        s.append(new String(buffer, 0, read, StandardCharsets.ISO_8859_1));
      }
    } catch (SocketTimeoutException | java.net.SocketException end) {
      // What came is the answer.
    }
    return s.toString();
  }

  @Test
  void aStartThatFailsLeavesNoFolderBehind() throws Exception {
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
      Set<Path> before = folders();
      assertThrows(IOException.class, () -> ReviewServer.start(taken.getLocalPort()));
      Set<Path> after = folders();
      after.removeAll(before);
      assertEquals(Set.of(), after);
    }
  }

  private static Set<Path> folders() throws IOException {
    try (Stream<Path> all = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return all.filter(p -> p.getFileName().toString().startsWith("jixiao-serve-"))
          .collect(Collectors.toSet());
    }
  }
}
