package io.github.jixiao.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProjectTest {

  /** A project with these two cells; everything else blank. */
  private static Project project(String name, List<LevelSection> levels) {
    return new Project(
        Optional.empty(),
        name,
        Optional.empty(),
        Optional.empty(),
        FundingBreakdown.builder().build(),
        Goals.BLANK,
        levels,
        Optional.empty());
  }

  @Test
  void builderKeepsTheFormsOrderAndLeavesUnsetCellsBlank() {
    Project project =
        Project.builder("项目")
            .year(2024)
            .competentDepartment("自治区财政厅")
            .goals("预期", null)
            .level(Level.BENEFIT, "30")
            .level(LevelSection.of(Level.OUTPUT))
            .build();

    assertEquals(Optional.of(Year.of(2024)), project.year());
    assertEquals(Optional.of("自治区财政厅"), project.competentDepartment());
    assertEquals(Optional.empty(), project.implementingUnit());
    assertEquals(Goals.of("预期", null), project.goals());
    assertEquals(
        List.of(Level.BENEFIT, Level.OUTPUT),
        project.levels().stream().map(LevelSection::level).toList());
    assertEquals(Optional.of(new BigDecimal("30")), project.levels().get(0).weight());
    assertEquals(Optional.empty(), project.levels().get(1).weight());
    assertEquals(Optional.empty(), project.reportedTotal());
    assertTrue(project.funding().total().isBlank());
    assertEquals(Optional.empty(), project.funding().weight());
  }

  @Test
  void aLevelMayNotAppearTwice() {
    Project.Builder builder =
        Project.builder("项目").level(Level.OUTPUT, "50").level(Level.OUTPUT, "50");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
    assertEquals("levels[1] repeats level OUTPUT", e.getMessage());
  }

  @Test
  void levelsAreAnUnmodifiableCopy() {
    List<LevelSection> levels = new ArrayList<>(List.of(LevelSection.of(Level.OUTPUT)));
    Project project = project("项目", levels);
    levels.clear();
    assertEquals(1, project.levels().size());
    assertThrows(UnsupportedOperationException.class, () -> project.levels().clear());
  }

  @Test
  void nullIsRejectedWithTheFieldsName() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> project(null, List.of()));
    assertEquals("projectName must not be null", e.getMessage());
    List<LevelSection> withNull = new ArrayList<>();
    withNull.add(null);
    e = assertThrows(NullPointerException.class, () -> project("项目", withNull));
    assertEquals("levels[0] must not be null", e.getMessage());
  }

  @Test
  void theReportedTotalKeepsThePlacesItIsWrittenTo() {
    // docs/scoring-rules.md §1.9: 80.70 has two places, 80.7 one; a form printing one place is told
    // apart from one printing two.
    Project a = Project.builder("项目").reportedTotal("80.70").build();
    Project b = Project.builder("项目").reportedTotal("80.7").build();
    assertNotEquals(a, b);
    assertEquals(2, a.reportedTotal().orElseThrow().scale());
    assertEquals(1, b.reportedTotal().orElseThrow().scale());
    assertEquals(a, Project.builder("项目").reportedTotal("80.70").build());
    assertEquals(a.hashCode(), Project.builder("项目").reportedTotal("80.70").build().hashCode());
    assertEquals(
        "100",
        Project.builder("项目")
            .reportedTotal("1E+2")
            .build()
            .reportedTotal()
            .orElseThrow()
            .toPlainString());
  }

  @Test
  void equalFormsAreEqualWhateverTheScaleTheirOtherNumbersAreWrittenIn() {
    Project a = Project.builder("项目").level(Level.BENEFIT, "30.0").build();
    Project b = Project.builder("项目").level(Level.BENEFIT, "30").build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
  }

  @Test
  void theGradeTheFormPrintsIsKeptAndIsBlankUntilSet() {
    assertEquals(Optional.empty(), Project.builder("项目").build().reportedGrade());
    Project graded =
        Project.builder("项目").reportedTotal("96").reportedGrade(Grade.EXCELLENT).build();
    assertEquals(Optional.of(Grade.EXCELLENT), graded.reportedGrade());
    assertEquals(Project.builder("项目").build(), Project.builder("项目").reportedGrade(null).build());
    // A revision-2 form is one that prints no grade.
    assertEquals(Project.builder("项目").build(), project("项目", List.of()));
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () ->
                new Project(
                    Optional.empty(),
                    "项目",
                    Optional.empty(),
                    Optional.empty(),
                    FundingBreakdown.builder().build(),
                    Goals.BLANK,
                    List.of(),
                    Optional.empty(),
                    null));
    assertEquals("reportedGrade must not be null; use Optional.empty() for none", e.getMessage());
  }
}
