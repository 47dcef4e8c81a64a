/**
 * What the tests of several packages share: workbooks written for a test, the printed forms and the
 * reference files, and POI's usermodel read into grids to compare with. Tests only.
 */
package io.github.jixiao.excel.testing;
