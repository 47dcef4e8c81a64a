package io.github.jixiao.html.view;

/**
 * One finding as the report shows it: a marker in the cell it names, and a note under the row.
 *
 * @param id the note's element id, unique in the report, such as {@code f3-2}
 * @param number the finding's number in its form, from 1, in the form's order
 * @param marker the text printed in the cell, such as {@code 错2}
 * @param severity the severity's CSS name: {@code error}, {@code warning} or {@code info}
 * @param severityWord the severity in the report's language
 * @param code the finding's code, such as {@code TOTAL_SCORE_MISMATCH}
 * @param path the form path the finding names, such as {@code $.reportedTotal}
 * @param location where the finding is, shown beside its message (which does not name it): where
 *     the value was read (a workbook cell, a line of a document), else the form path
 * @param message the finding's message in the report's language
 */
public record Mark(
    String id,
    int number,
    String marker,
    String severity,
    String severityWord,
    String code,
    String path,
    String location,
    String message) {}
