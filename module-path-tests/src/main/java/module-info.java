/**
 * A module that uses jixiao as a new user would. It requires the binding alone: core comes with it,
 * and the Bean Validation provider (a dependency of this module) is bound as a service. It writes
 * the HTML report too, whose templates run inside jixiao's own module, and reads, writes and
 * annotates workbooks through the Excel binding, whose POI modules come with it.
 */
module io.github.jixiao.consumer {
  requires io.github.jixiao.jackson;
  requires io.github.jixiao.html;
  requires io.github.jixiao.excel;
}
