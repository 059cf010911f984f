package org.learningmechanics.book;

/**
 * A section of a chapter: a heading (level 2 or 3) and the plain text under it up to the next such heading, for
 * the outline, deep links and search. The text before the first heading is the section with id {@code ""}.
 *
 * @param id the heading's anchor in the chapter page ({@code chapters/<chapter>#<id>})
 */
public record Section(String id, String title, int level, String text) {
}
