/**
 * A module that uses jixiao as a new user would. It requires the binding alone: core comes with it,
 * and the Bean Validation provider (a dependency of this module) is bound as a service. It writes
 * the HTML report too, whose templates run inside jixiao's own module.
 */
module io.github.jixiao.consumer {
  requires io.github.jixiao.jackson;
  requires io.github.jixiao.html;
}
