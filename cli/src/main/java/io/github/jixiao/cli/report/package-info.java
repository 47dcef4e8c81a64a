/** The reports a person reads: each form as text, the summary, a batch's progress. Internal. */
package io.github.jixiao.cli.report;
