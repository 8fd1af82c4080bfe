package app.lightbox.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An account. Its name is kept in the three {@link UsernameForms}: as shown, as the key that makes names
 * unique, and as the skeleton that look-alike names share. Accounts from before the key was NFKC case
 * folding may keep their old key or a skeleton shared with another account (see UsernameFormsMigration).
 */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "username_key", nullable = false, unique = true, length = 64)
    private String usernameKey;

    @Column(name = "username_skeleton", length = 255)
    private String usernameSkeleton;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** A disabled account signs in by no means at all, and keeps its content; an admin may enable it again. */
    @Column(nullable = false)
    private boolean enabled = true;

    protected AppUser() {}

    AppUser(UsernameForms name, String passwordHash, Role role, Instant createdAt) {
        this.username = name.display();
        this.usernameKey = name.key();
        this.usernameSkeleton = name.skeleton();
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Actor toActor() {
        return new Actor(id, username, role == Role.ADMIN);
    }
}
