package io.github.jixiao.cli.serve.view;

/**
 * The head of every page of its own, and its link to the page in the other language.
 *
 * @param lang the page's language tag, {@code zh-CN} or {@code en}
 * @param title its title, also its heading
 * @param otherLanguage the other language's name, in that language
 * @param otherLang the other language's tag
 * @param otherHref the address of the page in the other language
 */
public record Head(
    String lang, String title, String otherLanguage, String otherLang, String otherHref) {}
