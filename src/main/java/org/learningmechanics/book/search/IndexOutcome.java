package org.learningmechanics.book.search;

/**
 * What indexing the chapters did.
 *
 * @param rebuilt  whether the rows were replaced (false: the stored fingerprint already matched)
 * @param sections how many sections the index now holds
 * @param sha256   the fingerprint of the indexed content
 */
record IndexOutcome(boolean rebuilt, int sections, String sha256) {
}
