/**
 * The files a command reads: told apart by their first bytes, folders scanned, each form scored or
 * refused as a value. Internal to the command line.
 */
package io.github.jixiao.cli.input;
