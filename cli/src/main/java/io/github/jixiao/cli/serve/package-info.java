/**
 * {@code jixiao serve}: a reviewer's page on 127.0.0.1 to drop workbooks and form documents on (or
 * a zip of a folder), scored with a chosen rule profile and shown as the HTML report, each unit's
 * annotated workbook and the scorecards to download for a stated time; Jetty's core server, no
 * servlets, no account, no database.
 */
package io.github.jixiao.cli.serve;
