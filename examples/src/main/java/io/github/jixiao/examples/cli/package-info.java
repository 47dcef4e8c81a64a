/** The command-line scorer, {@code java -jar jixiao.jar score FILE...}, built on picocli. */
package io.github.jixiao.examples.cli;
