/** The two languages of the command line and their words. Internal to the command line. */
package io.github.jixiao.cli.text;
