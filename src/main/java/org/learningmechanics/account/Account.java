package org.learningmechanics.account;

import java.time.Instant;
import java.util.UUID;

/** A stored account, without its password hash (which never leaves {@link AccountRepository}). */
public record Account(UUID id, String email, String displayName, Role role, Instant createdAt) {
}
