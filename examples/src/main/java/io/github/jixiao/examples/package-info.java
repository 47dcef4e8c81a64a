/** Runnable examples of the jixiao API. */
package io.github.jixiao.examples;
