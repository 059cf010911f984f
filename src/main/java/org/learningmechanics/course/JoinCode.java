package org.learningmechanics.course;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Join codes: 10 characters of Douglas Crockford's base32 alphabet (digits and letters without I, L, O and U), so
 * 50 random bits from a {@link SecureRandom} — far beyond guessing at the rate {@link JoinThrottle} allows — that
 * survive being read aloud or copied by hand: lower case, spaces, dashes and the look-alikes O/o (for 0) and
 * I/i/L/l (for 1) are all read as meant.
 */
public final class JoinCode {

    public static final int LENGTH = 10;
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern VALID = Pattern.compile("[0-9A-HJKMNP-TV-Z]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCode() {
    }

    public static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as stored, from what a person typed; empty when it cannot be one. */
    public static Optional<String> normalise(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        String code = typed.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        return VALID.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }
}
