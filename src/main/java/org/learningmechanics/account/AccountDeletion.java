package org.learningmechanics.account;

import java.util.Optional;
import java.util.UUID;

/**
 * What a feature must say or do when an account is about to be deleted, for what the database's cascades cannot
 * decide: whether others depend on the account (a course only it teaches), and what should go with it. Both run in
 * the deleting transaction, before the account's row is deleted.
 */
public interface AccountDeletion {

    /** Why the account may not be deleted yet, with what its owner can do about it; empty if nothing stands in the way. */
    Optional<String> refusal(UUID accountId);

    /** Removes what would be left behind without an owner once the account is gone. */
    void beforeDeleting(UUID accountId);
}
