package org.microcred.integration;

import org.microcred.platform.Msg;

/**
 * Why a row of an award CSV file is not awarded.
 *
 * @param row the spreadsheet row (the header is row 1), or null for the whole file
 * @param column the column at fault, or null
 * @param message what is wrong, in the reader's language when shown
 */
public record AwardCsvProblem(Integer row, String column, Msg message) {
}
