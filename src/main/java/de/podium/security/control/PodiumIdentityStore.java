package de.podium.security.control;

import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import de.podium.security.entity.Account;

/** The database identity store: accounts table, PBKDF2 hashes, roles as groups. */
@ApplicationScoped
public class PodiumIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return accounts.verify(credential.getCaller(), credential.getPasswordAsString())
                .map(PodiumIdentityStore::result)
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private static CredentialValidationResult result(Account account) {
        return new CredentialValidationResult(account.getEmail(),
                account.getRoles().stream().map(Enum::name).collect(Collectors.toSet()));
    }
}
