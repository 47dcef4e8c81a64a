package io.github.jixiao.html.view;

/**
 * A form in the summary's ranking, linked to its section.
 *
 * @param rank its place, from 1: most errors first, then most warnings, then most advice
 * @param id its section's element id
 * @param name its 项目名称
 * @param source where it was read from; empty if not named
 * @param total the computed 总分
 * @param reportedTotal 总分 as reported; empty when blank
 * @param grade the grade of the total
 * @param reportedGrade 等级 as the form prints it; empty where it prints none
 * @param errors how many ERROR findings it has
 * @param warnings how many WARNING findings it has
 * @param infos how many INFO findings it has
 * @param status its worst finding: {@code error}, {@code warning}, {@code info} or {@code clean}
 */
public record RankedForm(
    int rank,
    String id,
    String name,
    String source,
    String total,
    String reportedTotal,
    String grade,
    String reportedGrade,
    int errors,
    int warnings,
    int infos,
    String status) {}
