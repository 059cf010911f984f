package org.learningmechanics.book.search;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A SHA-256 of everything the search index holds, in order: if it equals the fingerprint stored with the index, the
 * index is current and start-up need not rebuild it.
 */
final class ContentFingerprint {

    /**
     * Part of the fingerprint so that a change to how sections become rows (not only to the chapters) also leads to
     * a rebuild: raise it when {@link SearchIndexer} stores something differently.
     */
    private static final String INDEX_FORMAT = "book-search/1";

    private ContentFingerprint() {
    }

    static String of(List<IndexedSection> sections) {
        MessageDigest digest = sha256();
        add(digest, INDEX_FORMAT);
        for (IndexedSection section : sections) {
            add(digest, section.chapterId());
            add(digest, section.chapterTitle());
            add(digest, section.sectionId());
            add(digest, section.sectionTitle());
            add(digest, section.text());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Each field is preceded by its length, so moving text from one field to the next changes the fingerprint. */
    private static void add(MessageDigest digest, String field) {
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform must provide SHA-256", e);
        }
    }
}
