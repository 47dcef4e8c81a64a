/** jixiao's Jackson binding: form and scorecard JSON documents (docs/form-json.md). */
module io.github.jixiao.jackson {
  requires transitive io.github.jixiao.core;
  requires transitive com.fasterxml.jackson.databind;

  exports io.github.jixiao.jackson;

  provides com.fasterxml.jackson.databind.Module with
      io.github.jixiao.jackson.JixiaoModule;
}
