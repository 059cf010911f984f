package org.learningmechanics.account;

import java.util.Arrays;
import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Spring Security's view of an account: the email as user name, the hash, and the authorities of its role. */
@Service
public class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    public AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        var credentials = accounts.findCredentials(email)
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return User.withUsername(credentials.account().email())
                .password(credentials.passwordHash())
                .authorities(authorities(credentials.account().role()))
                .build();
    }

    /** An admin may do what an instructor may, and an instructor what a learner may. */
    static List<SimpleGrantedAuthority> authorities(Role role) {
        return Arrays.stream(Role.values())
                .filter(r -> r.ordinal() <= role.ordinal())
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
    }
}
