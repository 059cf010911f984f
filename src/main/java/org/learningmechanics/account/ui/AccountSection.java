package org.learningmechanics.account.ui;

import com.vaadin.flow.component.Component;
import org.learningmechanics.account.Account;

/**
 * A part of the account page that another feature contributes (progress, saved experiments, courses), so the account
 * feature need not know them. Beans are shown in {@link org.springframework.core.annotation.Order} order, after the
 * profile.
 */
public interface AccountSection {

    String title();

    /** What this feature shows the signed-in owner of {@code account}; called on every visit to the page. */
    Component content(Account account);
}
