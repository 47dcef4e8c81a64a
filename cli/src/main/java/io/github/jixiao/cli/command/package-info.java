/** The commands, their options and their exit status, on picocli. Internal to the command line. */
package io.github.jixiao.cli.command;
