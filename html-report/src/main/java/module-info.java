/**
 * jixiao's HTML report: scored 项目支出绩效自评表 as one self-contained HTML file, each form laid out like
 * the printed 附件5 form with its findings marked, and a bounded summary of a batch.
 */
// jte-runtime ships no module-info, only its Automatic-Module-Name: required as an automatic
// module.
@SuppressWarnings("requires-automatic")
module io.github.jixiao.html {
  requires transitive io.github.jixiao.core;
  requires gg.jte.runtime;

  // The generated templates carry @javax.annotation.processing.Generated, a source annotation: read
  // when compiling only.
  requires static java.compiler;

  exports io.github.jixiao.html;
}
