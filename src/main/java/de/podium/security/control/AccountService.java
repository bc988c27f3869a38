package de.podium.security.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;

import de.podium.security.entity.Account;
import de.podium.security.entity.Role;

/** Accounts and their passwords (PBKDF2 with SHA-256, 210,000 iterations as OWASP advises in 2023). */
@ApplicationScoped
public class AccountService {

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @PostConstruct
    void configureHash() {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256");
        parameters.put("Pbkdf2PasswordHash.Iterations", "210000");
        parameters.put("Pbkdf2PasswordHash.SaltSizeBytes", "16");
        parameters.put("Pbkdf2PasswordHash.KeySizeBytes", "32");
        passwordHash.initialize(parameters);
    }

    public Optional<Account> findByEmail(String email) {
        List<Account> found = em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", Account.normalise(email))
                .getResultList();
        return found.stream().findFirst();
    }

    @Transactional
    public Account create(String email, String displayName, String password, boolean isDefaultPassword, Set<Role> roles) {
        Account account = new Account(email, displayName, passwordHash.generate(password.toCharArray()));
        account.changePassword(account.getPasswordHash(), isDefaultPassword);
        roles.forEach(account::grant);
        em.persist(account);
        return account;
    }

    public void setPassword(Account account, String password) {
        account.changePassword(passwordHash.generate(password.toCharArray()), false);
    }

    /** The epoch a session must have been signed in under to stay valid; -1 for an account that is gone. */
    public int sessionEpoch(String email) {
        List<Integer> epoch = em.createNamedQuery(Account.SESSION_EPOCH, Integer.class)
                .setParameter("email", Account.normalise(email)).getResultList();
        return epoch.isEmpty() ? -1 : epoch.get(0);
    }

    /** Checks a password against the stored hash; unknown accounts cost the same time as known ones. */
    public Optional<Account> verify(String email, String password) {
        Optional<Account> account = findByEmail(email);
        if (account.isEmpty()) {
            passwordHash.verify(password.toCharArray(), DUMMY_HASH);
            return Optional.empty();
        }
        return passwordHash.verify(password.toCharArray(), account.get().getPasswordHash()) ? account : Optional.empty();
    }

    public List<String> accountsWithDefaultPassword() {
        return em.createNamedQuery(Account.WITH_DEFAULT_PASSWORD, String.class).getResultList();
    }

    private static final String DUMMY_HASH =
            "PBKDF2WithHmacSHA256:210000:AAAAAAAAAAAAAAAAAAAAAA==:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
}
