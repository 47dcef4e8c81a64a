package io.github.jixiao.cli.serve;

import io.github.jixiao.cli.input.Outcome.Unread;
import io.github.jixiao.cli.text.Language;
import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.net.URI;
import java.util.List;

/** What {@code jixiao serve} says when it starts, and the browser it opens. */
public final class Startup {
  private final Language language;

  /**
   * The words of a start, in a language.
   *
   * @param language the language
   */
  public Startup(Language language) {
    this.language = language;
  }

  /**
   * The lines that say where the page is and how to stop it.
   *
   * @param uri the page's address
   * @return the lines
   */
  public List<String> announce(URI uri) {
    String address = language == Language.EN ? uri + "?lang=en" : uri.toString();
    return List.of(Text.LISTENING.in(language, address), Text.STOP.in(language));
  }

  /**
   * Why the page could not start on a port.
   *
   * @param port the port
   * @param e what the system said
   * @return the message
   */
  public String portTaken(int port, IOException e) {
    return Text.PORT_TAKEN.in(language, String.valueOf(port), Unread.reason(e));
  }

  /**
   * Opens the page in the browser, where there is a screen and a browser to open; else nothing.
   *
   * @param uri the page's address
   * @return whether a browser was asked to open it
   */
  public static boolean openBrowser(URI uri) {
    return openBrowser(uri, new TheDesktop());
  }

  /**
   * Opens the page with a desktop's browser, where it has a screen, a desktop and a browse action:
   * each asked only where those before it are there (without a desktop, asking for it throws).
   */
  static boolean openBrowser(URI uri, Screen screen) {
    try {
      if (screen.headless() || !screen.desktop() || !screen.canBrowse()) {
        return false;
      }
      screen.browse(uri);
      return true;
    } catch (IOException | RuntimeException | LinkageError e) {
      // No browser, or none the system can name: the address is printed all the same.
      return false;
    }
  }

  /** What a machine's screen offers to open a page with. */
  interface Screen {
    /** Whether there is no screen at all. */
    boolean headless();

    /** Whether Java has the machine's desktop. */
    boolean desktop();

    /** Whether the desktop can open an address in a browser. */
    boolean canBrowse();

    /** Opens the address in the desktop's browser. */
    void browse(URI uri) throws IOException;
  }

  /** The machine's own screen, through AWT. */
  private static final class TheDesktop implements Screen {
    @Override
    public boolean headless() {
      return GraphicsEnvironment.isHeadless();
    }

    @Override
    public boolean desktop() {
      return Desktop.isDesktopSupported();
    }

    @Override
    public boolean canBrowse() {
      return Desktop.getDesktop().isSupported(Desktop.Action.BROWSE);
    }

    @Override
    public void browse(URI uri) throws IOException {
      Desktop.getDesktop().browse(uri);
    }
  }
}
