/** jixiao's Excel binding: 项目支出绩效自评表 read from workbooks by their labels. */
module io.github.jixiao.excel {
  requires transitive io.github.jixiao.core;
  requires transitive org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires java.xml;
  // Sheets that pass through an annotation are copied compressed, entry for entry.
  requires org.apache.commons.compress;

  exports io.github.jixiao.excel;
}
