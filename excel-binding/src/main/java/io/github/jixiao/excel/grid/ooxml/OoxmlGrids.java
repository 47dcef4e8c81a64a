package io.github.jixiao.excel.grid.ooxml;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.excel.file.Gate;
import io.github.jixiao.excel.file.Refusal;
import io.github.jixiao.excel.file.RefusedException;
import io.github.jixiao.excel.grid.CellValues;
import io.github.jixiao.excel.grid.GridCell;
import io.github.jixiao.excel.grid.Grids;
import io.github.jixiao.excel.grid.SheetBuilder;
import io.github.jixiao.excel.grid.SheetGrid;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an Office Open XML workbook ({@code .xlsx}, {@code .xlsm}, and their templates) by
 * streaming, never through POI's usermodel (which holds every cell of every sheet): the package is
 * opened read-only by the {@link Gate}, through POI's {@link ZipSecureFile}, whose zip-bomb limits
 * stay on; the workbook part, the styles and each sheet are read as SAX events by a parser that
 * refuses any DOCTYPE; the shared strings are read last, keeping only those a kept cell refers to.
 */
public final class OoxmlGrids {
  /** Formats whose counting in the styles part is capped; Excel allows 64,000. */
  public static final int MAX_STYLES = 1_000_000;

  private OoxmlGrids() {}

  /**
   * Reads the sheets of an OOXML package that passed the {@link Gate}.
   *
   * @throws RefusedException if the content refuses the file
   * @throws IOException if a part cannot be read, or passes a zip-bomb limit
   * @throws OpenXML4JException if the package structure is broken
   * @throws SAXException if the parser fails otherwise than on the content
   */
  public static Grids read(OPCPackage pkg) throws IOException, OpenXML4JException, SAXException {
    Reader reader = new Reader(pkg);
    WorkbookHandler workbook = new WorkbookHandler();
    parse(reader.workbookPart(), workbook);
    StylesHandler styles = new StylesHandler();
    parse(part(pkg, XSSFRelation.STYLES), styles);
    CellValues.Display[] displays = styles.displays();

    SheetBuilder.Budget budget = new SheetBuilder.Budget();
    List<Problem> problems = new ArrayList<>();
    List<SheetBuilder> builders = new ArrayList<>();
    List<int[]> sharedCells = new ArrayList<>();
    for (SheetRef sheet : workbook.sheets) {
      budget.spend(1);
      SheetBuilder builder = new SheetBuilder(sheet.name(), budget, problems);
      SheetXmlHandler handler = new SheetXmlHandler(builder, displays, workbook.date1904);
      InputStream in;
      try {
        in = reader.getSheet(sheet.relationship());
      } catch (IllegalArgumentException e) {
        throw Refusal.SHEET_WITHOUT_PART.exception(sheet.name());
      }
      parse(in, handler, Place.sheet(sheet.name()));
      builders.add(builder);
      sharedCells.add(handler.sharedStringCells());
    }
    putSharedStrings(pkg, builders, sharedCells);
    FormulaEvaluation.evaluate(pkg, builders, workbook.date1904);
    List<SheetGrid> grids = new ArrayList<>(builders.size());
    for (SheetBuilder builder : builders) {
      grids.add(builder.finish());
    }
    return new Grids(grids, problems);
  }

  /**
   * Reads the shared strings part once, keeping only the strings the sheets' kept cells refer to,
   * and puts those cells.
   */
  private static void putSharedStrings(
      OPCPackage pkg, List<SheetBuilder> builders, List<int[]> sharedCells)
      throws IOException, OpenXML4JException, SAXException {
    int count = 0;
    for (int[] cells : sharedCells) {
      count += cells.length / 3;
    }
    if (count == 0) {
      return;
    }
    int[] needed = new int[count];
    int at = 0;
    for (int[] cells : sharedCells) {
      for (int i = 2; i < cells.length; i += 3) {
        needed[at++] = cells[i];
      }
    }
    needed = Arrays.stream(needed).sorted().distinct().toArray();
    SharedStringsHandler strings = new SharedStringsHandler(needed);
    parse(part(pkg, XSSFRelation.SHARED_STRINGS), strings);
    for (int s = 0; s < builders.size(); s++) {
      SheetBuilder builder = builders.get(s);
      int[] cells = sharedCells.get(s);
      for (int i = 0; i < cells.length; i += 3) {
        int row = cells[i];
        int column = cells[i + 1];
        int found = Arrays.binarySearch(needed, cells[i + 2]);
        if (strings.tooLong[found]) {
          builder.tooLong(row, column);
        } else if (strings.texts[found] == null) {
          throw Refusal.MISSING_SHARED_STRING.exception(
              new SourceLocation.CellAddress(builder.name(), row + 1, column + 1), cells[i + 2]);
        } else {
          builder.putReserved(GridCell.text(strings.texts[found], row, column));
        }
      }
    }
  }

  /**
   * The first part of a kind, found by its content type (as POI's own readers find the shared
   * strings): the same in a strict package, whose relationships have other names. Null if none.
   */
  private static PackagePart part(OPCPackage pkg, XSSFRelation kind) {
    List<PackagePart> parts = pkg.getPartsByContentType(kind.getContentType());
    return parts.isEmpty() ? null : parts.get(0);
  }

  /** POI's reader of a package, which finds the workbook part as the package's main document. */
  private static final class Reader extends XSSFReader {
    Reader(OPCPackage pkg) throws IOException, OpenXML4JException {
      super(pkg, true);
    }

    PackagePart workbookPart() {
      return workbookPart;
    }
  }

  /**
   * What a part is named by where its XML is refused: a sheet by its tab's name, any other part by
   * its name in the package ({@code xl/styles.xml}).
   *
   * @param malformed the refusal of XML that is not well-formed
   * @param doctype the refusal of a DOCTYPE
   * @param name the sheet's or the part's name
   */
  private record Place(Refusal malformed, Refusal doctype, String name) {
    static Place sheet(String name) {
      return new Place(Refusal.MALFORMED_SHEET_XML, Refusal.SHEET_XML_DOCTYPE, name);
    }

    static Place part(PackagePart part) {
      String name = part.getPartName().getName();
      return new Place(
          Refusal.MALFORMED_XML,
          Refusal.XML_DOCTYPE,
          name.startsWith("/") ? name.substring(1) : name);
    }
  }

  /** Parses a part, if there is one, named by its name in the package where it is refused. */
  private static void parse(PackagePart part, DefaultHandler handler)
      throws IOException, SAXException {
    if (part != null) {
      parse(part.getInputStream(), handler, Place.part(part));
    }
  }

  /**
   * Parses a part with POI's secure SAX parser: a DOCTYPE is refused, so no entity is expanded and
   * nothing outside the file is fetched. A missing or empty part is no content.
   */
  private static void parse(InputStream part, DefaultHandler handler, Place where)
      throws IOException, SAXException {
    if (part == null) {
      return;
    }
    try (PushbackInputStream in = new PushbackInputStream(part, 1)) {
      int first = in.read();
      if (first < 0) {
        return;
      }
      in.unread(first);
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(handler);
      // Malformed XML is a problem of the file, reported once: not logged by POI's handler too.
      xml.setErrorHandler(handler);
      xml.parse(new InputSource(in));
    } catch (SAXParseException e) {
      // The parser that refuses a DOCTYPE says so in its words: the one failure named by them.
      String message = String.valueOf(e.getMessage());
      throw message.contains("DOCTYPE")
          ? where.doctype().exception(where.name())
          : where.malformed().exception(where.name(), e.getLineNumber(), message);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("no SAX parser can be made: " + e.getMessage(), e);
    }
  }

  /** A sheet as the workbook part lists it: its tab's name, and its part's relationship. */
  private record SheetRef(String name, String relationship) {}

  /** The workbook part: its sheets in tab order, and its date system. */
  private static final class WorkbookHandler extends DefaultHandler {
    private final List<SheetRef> sheets = new ArrayList<>();
    private boolean date1904;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      if (!SheetXmlHandler.NAMESPACES.contains(uri)) {
        return;
      }
      if (localName.equals("sheet")) {
        if (sheets.size() == Grids.MAX_SHEETS) {
          throw Refusal.TOO_MANY_SHEETS.exception(Grids.MAX_SHEETS);
        }
        String name = attributes.getValue("name");
        String id = null;
        for (int i = 0; i < attributes.getLength(); i++) {
          if (attributes.getLocalName(i).equals("id")
              && attributes.getURI(i).contains("relationships")) {
            id = attributes.getValue(i);
          }
        }
        if (name == null || id == null) {
          throw Refusal.SHEET_WITHOUT_NAME.exception();
        }
        sheets.add(new SheetRef(name, id));
      } else if (localName.equals("workbookPr")) {
        String flag = attributes.getValue("date1904");
        date1904 = "1".equals(flag) || "true".equalsIgnoreCase(flag);
      }
    }
  }

  /**
   * The styles part: for each cell style ({@code <cellXfs><xf numFmtId>}), how its number format
   * ({@code <numFmts><numFmt formatCode>}, or a built-in one) shows numbers.
   */
  private static final class StylesHandler extends DefaultHandler {
    private final Map<Integer, String> codes = new HashMap<>();
    private int[] formatIds = new int[64];
    private int count;
    private boolean inCellXfs;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      if (!SheetXmlHandler.NAMESPACES.contains(uri)) {
        return;
      }
      switch (localName) {
        case "numFmt" -> {
          String code = attributes.getValue("formatCode");
          Integer id = id(attributes.getValue("numFmtId"));
          if (code != null && id != null) {
            spend();
            codes.put(id, code);
          }
        }
        case "cellXfs" -> inCellXfs = true;
        case "xf" -> {
          if (inCellXfs) {
            spend();
            if (count == formatIds.length) {
              formatIds = Arrays.copyOf(formatIds, count * 2);
            }
            Integer id = id(attributes.getValue("numFmtId"));
            formatIds[count++] = id == null ? 0 : id;
          }
        }
        default -> {
          // fonts, fills, borders: nothing a value is read by
        }
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      if (SheetXmlHandler.NAMESPACES.contains(uri) && localName.equals("cellXfs")) {
        inCellXfs = false;
      }
    }

    private int spent;

    private void spend() {
      if (++spent > MAX_STYLES) {
        throw Refusal.TOO_MANY_STYLES.exception(MAX_STYLES);
      }
    }

    private static Integer id(String text) {
      try {
        return text == null ? null : Integer.valueOf(text.strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }

    /** How each cell style shows numbers, by its index. */
    public CellValues.Display[] displays() {
      Map<Integer, CellValues.Display> byFormat = new HashMap<>();
      CellValues.Display[] displays = new CellValues.Display[count];
      for (int i = 0; i < count; i++) {
        displays[i] =
            byFormat.computeIfAbsent(formatIds[i], id -> CellValues.display(id, codes.get(id)));
      }
      return displays;
    }
  }

  /**
   * The shared strings part ({@code <sst><si>}), keeping only the strings asked for: each {@code
   * <si>}'s text is its {@code <t>} elements', without phonetic runs ({@code <rPh>}).
   */
  private static final class SharedStringsHandler extends DefaultHandler {
    private final int[] needed;
    private final String[] texts;
    private final boolean[] tooLong;
    private final StringBuilder text = new StringBuilder();
    private int index = -1;
    private int next;
    private boolean collecting;
    private boolean inText;
    private boolean inPhonetic;

    public SharedStringsHandler(int[] needed) {
      this.needed = needed;
      this.texts = new String[needed.length];
      this.tooLong = new boolean[needed.length];
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      if (!SheetXmlHandler.NAMESPACES.contains(uri)) {
        return;
      }
      switch (localName) {
        case "si" -> {
          index++;
          while (next < needed.length && needed[next] < index) {
            next++;
          }
          collecting = next < needed.length && needed[next] == index;
          text.setLength(0);
        }
        case "t" -> inText = true;
        case "rPh" -> inPhonetic = true;
        default -> {
          // runs and their properties: only their <t> counts
        }
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      if (!SheetXmlHandler.NAMESPACES.contains(uri)) {
        return;
      }
      switch (localName) {
        case "si" -> {
          if (collecting) {
            String decoded =
                text.length() > CellValues.MAX_RAW_TEXT_LENGTH
                    ? null
                    : CellValues.unescape(text.toString());
            if (decoded == null || decoded.length() > CellValues.MAX_TEXT_LENGTH) {
              tooLong[next] = true;
            } else {
              texts[next] = decoded;
            }
            collecting = false;
          }
        }
        case "t" -> inText = false;
        case "rPh" -> inPhonetic = false;
        default -> {
          // nothing to close
        }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (collecting && inText && !inPhonetic) {
        int room = CellValues.MAX_RAW_TEXT_LENGTH + 1 - text.length();
        if (room > 0) {
          text.append(ch, start, Math.min(room, length));
        }
      }
    }
  }
}
