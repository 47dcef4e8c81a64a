/**
 * The command line, {@code java -jar jixiao.jar}: its entry point. The commands are in {@code
 * command}, the files read in {@code input}, the files written in {@code output}, the reports in
 * {@code report} and the words of both languages in {@code text}.
 */
package io.github.jixiao.cli;
