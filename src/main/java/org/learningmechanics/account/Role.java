package org.learningmechanics.account;

/** What an account may do: every account learns; instructors also run courses; admins also manage accounts. */
public enum Role {
    LEARNER,
    INSTRUCTOR,
    ADMIN;

    /** The Spring Security authority name, as {@code @RolesAllowed} expects it without the prefix. */
    public String authority() {
        return "ROLE_" + name();
    }
}
