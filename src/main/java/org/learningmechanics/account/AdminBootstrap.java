package org.learningmechanics.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator from configuration at start-up ({@code LEARNINGMECHANICS_ADMIN_EMAIL} and
 * {@code LEARNINGMECHANICS_ADMIN_PASSWORD}), or gives an existing account with that email the admin role. Without
 * both settings nothing happens. The password is read once and never logged.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountService accounts;
    private final String email;
    private final String password;

    AdminBootstrap(AccountService accounts,
                   @Value("${learningmechanics.admin.email:}") String email,
                   @Value("${learningmechanics.admin.password:}") String password) {
        this.accounts = accounts;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (email.isBlank()) {
            return;
        }
        try {
            Account admin = accounts.ensureAdmin(email, password);
            LOG.info("Administrator account ready: {}", admin.email());
        } catch (AccountException refused) {
            LOG.error("The administrator from LEARNINGMECHANICS_ADMIN_EMAIL could not be created: {}",
                    refused.getMessage());
        }
    }
}
