/**
 * The files a command writes: never over an input, never over an existing file without {@code
 * --force}, never half-written. Internal to the command line.
 */
package io.github.jixiao.cli.output;
