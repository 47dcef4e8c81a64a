/**
 * jixiao's Jackson binding: form and scorecard JSON documents. Its API package is exported once it
 * holds the binding.
 */
module io.github.jixiao.jackson {
  requires transitive io.github.jixiao.core;
  requires transitive com.fasterxml.jackson.databind;
}
