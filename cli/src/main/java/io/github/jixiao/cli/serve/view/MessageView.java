package io.github.jixiao.cli.serve.view;

/**
 * A page that says why an upload or an address was refused.
 *
 * @param head its head
 * @param message why
 * @param again the link back to the upload page
 */
public record MessageView(Head head, String message, Link again) {}
