package de.podium.security.control;

import java.security.Principal;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import de.podium.security.entity.Account;
import de.podium.security.entity.Role;

/** Who is calling, for the control services; knows nothing of HTTP. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    AccountService accounts;

    private Account account;

    public boolean isSignedIn() {
        return principal() != null;
    }

    public Optional<Account> account() {
        Principal principal = principal();
        if (principal == null) {
            return Optional.empty();
        }
        if (account == null) {
            account = accounts.findByEmail(principal.getName()).orElse(null);
        }
        return Optional.ofNullable(account);
    }

    public boolean has(Role role) {
        return account().map(a -> a.has(role)).orElse(false);
    }

    public String email() {
        return account().map(Account::getEmail).orElse(null);
    }

    private Principal principal() {
        return securityContext.getCallerPrincipal();
    }
}
