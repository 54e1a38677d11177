package org.microcred.catalog;

/**
 * One mandatory element of a design and whether it is present; {@code problem} says exactly what is missing.
 *
 * @param basis where the requirement comes from (EU 2022/C 243/02, UK QAA, design practice, Open Badges 3.0)
 */
public record ChecklistItem(String element, String basis, boolean ok, String problem) {
}
