package org.microcred.organization;

/** Something wrong with an uploaded roster: the file, its spreadsheet row (header = 1) and column where known. */
public record RosterProblem(String file, Integer row, String column, String message) {
}
