package de.podium.security.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A mailed link to choose a new password: used once, before it expires. Only the token's SHA-256 is kept. */
@Entity
@Table(name = "password_reset")
@NamedQuery(name = PasswordReset.BY_TOKEN_HASH, query = "SELECT r FROM PasswordReset r WHERE r.tokenHash = :hash")
@NamedQuery(name = PasswordReset.OPEN_OF_ACCOUNT,
        query = "SELECT r FROM PasswordReset r WHERE r.account = :account AND r.usedAt IS NULL")
public class PasswordReset {

    public static final String BY_TOKEN_HASH = "PasswordReset.byTokenHash";
    public static final String OPEN_OF_ACCOUNT = "PasswordReset.openOfAccount";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordReset() {
    }

    public PasswordReset(Account account, String tokenHash, Instant expiresAt) {
        this.account = account;
        this.tokenHash = tokenHash;
        this.createdAt = Instant.now();
        this.expiresAt = expiresAt;
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        this.usedAt = now;
    }

    public Account getAccount() { return account; }
    public Instant getExpiresAt() { return expiresAt; }
}
