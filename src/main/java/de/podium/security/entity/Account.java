package de.podium.security.entity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;

/** A sign-in account. E-mail addresses are stored lower-case so that sign-in ignores case. */
@Entity
@NamedQuery(name = Account.FIND_BY_EMAIL, query = "SELECT a FROM Account a WHERE a.email = :email")
@NamedQuery(name = Account.SESSION_EPOCH, query = "SELECT a.sessionEpoch FROM Account a WHERE a.email = :email")
@NamedQuery(name = Account.WITH_DEFAULT_PASSWORD, query = "SELECT a.email FROM Account a WHERE a.defaultPassword = TRUE")
public class Account {

    public static final String FIND_BY_EMAIL = "Account.findByEmail";
    public static final String WITH_DEFAULT_PASSWORD = "Account.withDefaultPassword";
    public static final String SESSION_EPOCH = "Account.sessionEpoch";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;
    @Column(name = "display_name")
    private String displayName;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "default_password")
    private boolean defaultPassword;
    private String locale = "de";
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "session_epoch")
    private int sessionEpoch;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {
    }

    public Account(String email, String displayName, String passwordHash) {
        this.email = normalise(email);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = Instant.now();
    }

    public static String normalise(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    public void grant(Role role) {
        roles.add(role);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public void changePassword(String newHash, boolean isDefault) {
        this.passwordHash = newHash;
        this.defaultPassword = isDefault;
    }

    /** Ends every session signed in before: they carry the epoch they were signed in under. */
    public void endSessions() {
        sessionEpoch++;
    }

    public Long getId() { return id; }
    public int getSessionEpoch() { return sessionEpoch; }
    public String getEmail() { return email; }
    public String getDisplayName() { return displayName; }
    public String getPasswordHash() { return passwordHash; }
    public boolean isDefaultPassword() { return defaultPassword; }
    public String getLocale() { return locale; }
    public void setLocale(String locale) { this.locale = locale; }
    public Instant getCreatedAt() { return createdAt; }
    public Set<Role> getRoles() { return roles; }
}
