package io.github.jixiao.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.model.FundingUnit;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.excel.ExcelForms;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Excel binding used from a named module, on the module path: its workbooks and its exports.
 */
class WorkbookChecksTest {
  @TempDir Path dir;

  private static Project antitrust() throws IOException {
    String json =
        Files.readString(Path.of(System.getProperty("jixiao.forms"), "01-antitrust.json"));
    return FormChecks.read(json).project().orElseThrow();
  }

  @Test
  void aWrittenWorkbookReadsBackAsTheSameForm() throws IOException {
    assertEquals("io.github.jixiao.excel", ExcelForms.class.getModule().getName());
    Project project = antitrust();
    Path workbook = WorkbookChecks.write(project, dir.resolve("自评表.xlsx"));
    List<ReadResult> forms = WorkbookChecks.read(workbook);
    assertEquals(1, forms.size());
    assertTrue(forms.get(0).isSuccess(), forms.get(0).problems().toString());
    // The written corner 项目资金（万元） names the unit the document leaves out: 万元.
    Project inWanYuan =
        FormChecks.read(
                Files.readString(Path.of(System.getProperty("jixiao.forms"), "01-antitrust.json"))
                    .replaceFirst("\"funding\"\\s*:\\s*\\{", "\"funding\": {\"unit\": \"万元\", "))
            .project()
            .orElseThrow();
    assertEquals(FundingUnit.WAN_YUAN, inWanYuan.funding().unit().orElseThrow());
    assertEquals(inWanYuan, forms.get(0).project().orElseThrow());
  }

  @Test
  void aWorkbookIsAnnotatedAndItsCopyReadsTheSameForms() throws IOException {
    Path workbook = WorkbookChecks.write(antitrust(), dir.resolve("自评表.xlsx"));
    Path copy = WorkbookChecks.annotate(workbook);
    assertEquals(dir.resolve("自评表.复核.xlsx"), copy);
    assertTrue(Files.size(copy) > 0);
    assertEquals(
        WorkbookChecks.read(workbook).get(0).project(), WorkbookChecks.read(copy).get(0).project());
  }

  @Test
  void theExcelModuleExportsItsFacadeAlone() {
    ModuleDescriptor excel =
        ModuleLayer.boot().findModule("io.github.jixiao.excel").orElseThrow().getDescriptor();
    // Every export, qualified ones too: the grid, form, file, annotate and layout packages are
    // none.
    assertEquals(
        Set.of("io.github.jixiao.excel"),
        excel.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
    assertTrue(
        excel.packages().contains("io.github.jixiao.excel.grid"), excel.packages()::toString);
  }

  @Test
  void theOtherModulesExportWhatTheyExport() {
    assertEquals(
        Set.of(
            "io.github.jixiao.core.batch",
            "io.github.jixiao.core.input",
            "io.github.jixiao.core.model",
            "io.github.jixiao.core.profile",
            "io.github.jixiao.core.reading",
            "io.github.jixiao.core.scoring",
            "io.github.jixiao.core.validation"),
        exports("io.github.jixiao.core"));
    // The written form every source fills is for jixiao's own readers only.
    ModuleDescriptor core =
        ModuleLayer.boot().findModule("io.github.jixiao.core").orElseThrow().getDescriptor();
    assertEquals(
        Set.of(Set.of("io.github.jixiao.jackson", "io.github.jixiao.excel")),
        core.exports().stream()
            .filter(e -> e.source().equals("io.github.jixiao.core.input.written"))
            .map(ModuleDescriptor.Exports::targets)
            .collect(Collectors.toSet()));
    assertEquals(Set.of("io.github.jixiao.jackson"), exports("io.github.jixiao.jackson"));
    assertEquals(Set.of("io.github.jixiao.html"), exports("io.github.jixiao.html"));
  }

  private static Set<String> exports(String module) {
    ModuleDescriptor descriptor =
        ModuleLayer.boot().findModule(module).orElseThrow().getDescriptor();
    // Unqualified exports: a qualified one (to a named friend) is no API.
    return descriptor.exports().stream()
        .filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet());
  }
}
