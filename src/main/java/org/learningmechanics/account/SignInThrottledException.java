package org.learningmechanics.account;

import org.springframework.security.core.AuthenticationException;

/** Raised instead of checking a password while {@link SignInThrottle} refuses attempts for that email or address. */
public class SignInThrottledException extends AuthenticationException {

    public SignInThrottledException() {
        super("Too many failed sign-in attempts. Wait 15 minutes, then try again.");
    }
}
