package org.learningmechanics.account.ui;

import java.util.Optional;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.learningmechanics.account.Account;
import org.learningmechanics.account.AccountRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * The account of whoever is making the current request, read from Spring Security's context and then from the
 * database, so a deleted or changed account is seen at once. Every view and call that touches personal data asks
 * here rather than trusting anything the browser sent.
 */
@Component
public class CurrentAccount {

    private final AuthenticationContext authentication;
    private final AccountRepository accounts;

    public CurrentAccount(AuthenticationContext authentication, AccountRepository accounts) {
        this.authentication = authentication;
        this.accounts = accounts;
    }

    public Optional<Account> get() {
        return authentication.getAuthenticatedUser(UserDetails.class)
                .flatMap(user -> accounts.findByEmail(user.getUsername()));
    }

    /**
     * Whether someone is signed in in this session, known without the database: for deciding what to offer (a Save
     * button or "Sign in to save"), never for what to show or allow, which {@link #get} decides.
     */
    public boolean isSignedIn() {
        return authentication.isAuthenticated();
    }

    /** Signs out: ends the session, forgets "keep me signed in", and returns to the home page. */
    public void signOut() {
        authentication.logout();
    }
}
