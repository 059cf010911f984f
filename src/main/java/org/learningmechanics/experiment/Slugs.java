package org.learningmechanics.experiment;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The unguessable part of an experiment's link: 128 bits from {@link SecureRandom}, URL-safe base64 without padding
 * (22 characters). Guessing one is hopeless, so an unlisted link is as private as the people it is sent to.
 */
final class Slugs {

    static final int BITS = 128;
    static final int LENGTH = 22;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private Slugs() {
    }

    static String next() {
        byte[] bytes = new byte[BITS / 8];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text could be a slug at all: anything else is answered "not found" without asking the database. */
    static boolean wellFormed(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }
}
