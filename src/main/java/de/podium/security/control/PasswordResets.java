package de.podium.security.control;

import java.time.Duration;
import java.time.Instant;

import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import de.podium.platform.control.Links;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.Texts;
import de.podium.security.entity.Account;
import de.podium.security.entity.PasswordReset;

/**
 * "Passwort vergessen": a mailed link, used once within {@code podium.security.password-reset-expiry}, sets a new
 * password under the same rules as everywhere and ends every session the account had. Whether an address has an
 * account is never told: the request answers the same either way.
 */
@ApplicationScoped
public class PasswordResets {

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    LoginThrottle throttle;

    @Inject
    Links links;

    @Inject
    Event<PasswordResetRequested> requested;

    @Inject
    @ConfigProperty(name = "podium.security.password-reset-expiry", defaultValue = "PT1H")
    Duration expiry;

    @Transactional
    public void request(String email) {
        if (Texts.blankToNull(email) == null) {
            throw new PodiumException.Invalid("email", "error.email.invalid", email);
        }
        Optional<Account> found = accounts.findByEmail(email);
        if (found.isEmpty()) {
            return;
        }
        Account account = found.get();
        String token = MailedTokens.newToken();
        em.persist(new PasswordReset(account, MailedTokens.hash(token), Instant.now().plus(expiry)));
        requested.fire(new PasswordResetRequested(account.getEmail(), account.getDisplayName(),
                Texts.fromTag(account.getLocale()), links.to("/password-reset?token=" + token), expiry));
    }

    /** Whether the link can still be used: the page asks before it shows the form. */
    public boolean isUsable(String token) {
        return find(token, false).filter(r -> r.isUsable(Instant.now())).isPresent();
    }

    /**
     * @return the account's address, to sign in with
     * @throws PodiumException.Gone for an unknown, used or expired link
     * @throws PodiumException.Invalid naming {@code password} for a password the rules refuse (the link stays usable)
     */
    @Transactional
    public String confirm(String token, String password) {
        PasswordReset reset = find(token, true).filter(r -> r.isUsable(Instant.now()))
                .orElseThrow(() -> new PodiumException.Gone("reset_link_gone", "error.passwordReset.gone"));
        Account account = reset.getAccount();
        PasswordPolicy.check(password, account.getEmail(), account.getDisplayName());
        accounts.setPassword(account, password);
        account.endSessions();
        Instant now = Instant.now();
        List<PasswordReset> open = em.createNamedQuery(PasswordReset.OPEN_OF_ACCOUNT, PasswordReset.class)
                .setParameter("account", account).getResultList();
        open.forEach(r -> r.use(now));
        reset.use(now);
        // whoever just proved they read the account's mail is not held back by guesses made before
        throttle.recordSuccess(account.getEmail());
        return account.getEmail();
    }

    private Optional<PasswordReset> find(String token, boolean lock) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery(PasswordReset.BY_TOKEN_HASH, PasswordReset.class)
                .setParameter("hash", MailedTokens.hash(token))
                .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .getResultList().stream().findFirst();
    }
}
