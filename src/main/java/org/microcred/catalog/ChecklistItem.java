package org.microcred.catalog;

import org.microcred.platform.Msg;

/**
 * One mandatory element of a design and whether it is present; {@code problem} says exactly what is missing. All
 * three texts are messages, shown in the reader's language.
 *
 * @param basis where the requirement comes from (EU 2022/C 243/02, UK QAA, design practice, Open Badges 3.0)
 */
public record ChecklistItem(Msg element, Msg basis, boolean ok, Msg problem) {
}
