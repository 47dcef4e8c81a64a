/**
 * jixiao core: the immutable model of a 项目支出绩效自评表 and the pure rules that score and reconcile it.
 */
module io.github.jixiao.core {
  requires transitive jakarta.validation;

  exports io.github.jixiao.core.batch;
  exports io.github.jixiao.core.input;
  // The written form every source fills and core resolves: for jixiao's own readers, not API.
  exports io.github.jixiao.core.input.written to
      io.github.jixiao.jackson,
      io.github.jixiao.excel;
  exports io.github.jixiao.core.model;
  exports io.github.jixiao.core.profile;
  exports io.github.jixiao.core.reading;
  exports io.github.jixiao.core.scoring;
  exports io.github.jixiao.core.validation;

  // Bean Validation reads the records' fields reflectively.
  opens io.github.jixiao.core.model to
      org.hibernate.validator;
}
