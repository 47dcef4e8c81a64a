package io.github.jixiao.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.excel.WorkbookWriter;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCommandTest {

  @Test
  void theBlankFormIsWrittenWhereAsked(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("自评表.xlsx");
    Cli.Run run = Cli.run("template", "-o", file.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals(file.toString(), run.out().strip());
    try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
      assertEquals(WorkbookWriter.SHEET_NAME, workbook.getSheetName(0));
      // The printed 附件5 layout opens with its title, 项目支出绩效自评表, in its first rows.
      boolean titled = false;
      for (int r = 0; r < 3; r++) {
        var row = workbook.getSheetAt(0).getRow(r);
        for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
          var cell = row.getCell(c);
          titled |=
              cell != null
                  && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                  && cell.getStringCellValue().contains("绩效自评表");
        }
      }
      assertTrue(titled);
    }
  }
}
