package io.github.jixiao.cli.serve.view;

/**
 * A rule profile in the page's list.
 *
 * @param id its id, the value sent
 * @param label what the list shows
 * @param selected whether it is chosen when the page opens
 */
public record Choice(String id, String label, boolean selected) {}
