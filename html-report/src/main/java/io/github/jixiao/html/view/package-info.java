/**
 * What the report's templates render: a form laid out as the printed 附件5 form with its findings on
 * their cells, and the summary of several forms with its charts. Not exported.
 */
package io.github.jixiao.html.view;
