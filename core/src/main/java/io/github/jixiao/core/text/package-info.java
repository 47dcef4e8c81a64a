/**
 * The one place core's words are looked up: which bundle a locale gets, and the display names of
 * the enums. Not exported by the module: the words reach callers through {@code Problem.message},
 * {@code Finding.message} and the enums' {@code displayName}.
 */
package io.github.jixiao.core.text;
