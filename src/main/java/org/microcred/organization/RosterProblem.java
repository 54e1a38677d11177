package org.microcred.organization;

import org.microcred.platform.Msg;

/**
 * Something wrong with an uploaded roster: the file, its spreadsheet row (header = 1) and column where known, and a
 * message shown in the reader's language.
 */
public record RosterProblem(String file, Integer row, String column, Msg message) {
}
