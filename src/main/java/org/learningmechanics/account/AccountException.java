package org.learningmechanics.account;

/**
 * A request about an account that cannot be done as asked, with a message for the person who asked: which field,
 * and what to do instead. Never carries anything about other accounts beyond "this email is taken".
 */
public class AccountException extends RuntimeException {

    private final String field;

    public AccountException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the message belongs under: email, displayName, password, newPassword or confirmation. */
    public String field() {
        return field;
    }
}
