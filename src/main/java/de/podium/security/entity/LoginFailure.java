package de.podium.security.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One failed sign-in, counted against an account or an address ("account:…", "address:…") while it is recent. */
@Entity
@Table(name = "login_failure")
public class LoginFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "throttle_key")
    private String key;
    @Column(name = "failed_at")
    private Instant failedAt;

    protected LoginFailure() {
    }

    public LoginFailure(String key, Instant failedAt) {
        this.key = key;
        this.failedAt = failedAt;
    }

    public String getKey() { return key; }
    public Instant getFailedAt() { return failedAt; }
}
