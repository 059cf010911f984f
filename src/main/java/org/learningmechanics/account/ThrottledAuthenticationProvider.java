package org.learningmechanics.account;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Email-and-password sign-in that asks {@link SignInThrottle} first. A wrong email and a wrong password fail the
 * same way (Spring hides unknown users as bad credentials and still spends a hash on them), so failures reveal
 * nothing about which accounts exist.
 */
public class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    private final SignInThrottle throttle;

    public ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder passwords, SignInThrottle throttle) {
        super(users);
        setPasswordEncoder(passwords);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "";
        if (throttle.blocked(email, address)) {
            throw new SignInThrottledException();
        }
        try {
            Authentication result = super.authenticate(authentication);
            throttle.succeeded(email);
            return result;
        } catch (BadCredentialsException wrong) {
            throttle.failed(email, address);
            throw wrong;
        }
    }
}
