/**
 * What the page's templates render: the upload page, a refusal's page and the downloads of a
 * review, each already worded in its language. For the templates alone; no part of the command
 * line's API.
 */
package io.github.jixiao.cli.serve.view;
