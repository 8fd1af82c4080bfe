package app.lightbox.security;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsernameKey(String usernameKey);

    /** The account shown under exactly this name; the oldest, should two be. */
    Optional<AppUser> findFirstByUsernameOrderByIdAsc(String username);

    boolean existsByUsernameKey(String usernameKey);

    boolean existsByUsernameSkeleton(String usernameSkeleton);

    /** How many enabled accounts of this role there are besides the one of this id. */
    long countByRoleAndEnabledTrueAndIdNot(Role role, long id);
}
