package org.learningmechanics.experiment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.learningmechanics.account.Account;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

/** What the experiment views' browserless tests share: signing in as someone, and waiting for runs. */
abstract class ExperimentUiTest extends SpringBrowserlessTest {

    /** From now on requests come from this account, as after a real sign-in. */
    static void signIn(Account account) {
        UserDetails user = User.withUsername(account.email()).password("unused").roles(account.role().name()).build();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Lets the UI take what simulation threads handed over with UI.access, until the condition holds. */
    void await(Supplier<Boolean> condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.get() && Instant.now().isBefore(deadline)) {
            MockVaadin.runUIQueue();
            roundTrip();
            Thread.onSpinWait();
        }
        assertThat(condition.get()).as("waited 30 s").isTrue();
    }

    /** All the text of the view, to check what it does not say. */
    String pageText() {
        return getCurrentView().getElement().getTextRecursively();
    }

    /** Opens a location with a query string, as following a link does. */
    <T extends Component> T open(String location, Class<T> view) {
        int q = location.indexOf('?');
        UI.getCurrent().navigate(location.substring(0, q), QueryParameters.fromString(location.substring(q + 1)));
        roundTrip();
        assertThat(getCurrentView()).isInstanceOf(view);
        return view.cast(getCurrentView());
    }
}
