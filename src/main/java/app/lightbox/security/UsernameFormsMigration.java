package app.lightbox.security;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.joining;
import static java.util.stream.Collectors.toList;
import static java.util.stream.Collectors.toMap;

import app.lightbox.base.db.DataMigration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 7.1: gives the accounts from before {@link UsernameForms} their skeleton and their NFKC
 * case-folded key; Java, because SQL has neither (see {@link DataMigration}).
 *
 * <p>An account keeps its old key when its new key is another account's, or would be: the unique key
 * must not fail the migration, and an administrator should decide between them. Accounts whose names look
 * alike are likewise left as they are. Both are logged as warnings naming the accounts. Shown names never
 * change, and running it again changes nothing more.
 */
@Component
class UsernameFormsMigration extends DataMigration {

    private static final Logger log = LoggerFactory.getLogger(UsernameFormsMigration.class);
    /** The widths of {@code username_key} and {@code username_skeleton}. */
    private static final int KEY_MAX = 64;
    private static final int SKELETON_MAX = 255;

    private record Account(long id, String username, String key, @Nullable String skeleton, UsernameForms forms) {
        String named() {
            return id + " (" + username + ")";
        }
    }

    UsernameFormsMigration() {
        super("7.1", "username keys and skeletons");
    }

    @Override
    protected void changed(int rows) {
        log.info("Brought {} accounts to the new username forms", rows);
    }

    /** Brings every account to the new forms where that is safe; returns how many accounts changed. */
    @Override
    protected int update(Connection connection) throws SQLException {
        List<Account> accounts = read(connection);
        Map<String, Account> byKey = accounts.stream().collect(toMap(Account::key, Function.identity()));
        Map<String, List<Account>> byNewKey = accounts.stream()
                .collect(groupingBy(account -> account.forms().key()));
        int changed = 0;
        for (Account account : accounts) {
            String key = keyFor(account, byKey, byNewKey);
            String skeleton = skeletonFor(account);
            if (!key.equals(account.key()) || !Objects.equals(skeleton, account.skeleton())) {
                write(connection, account.id(), key, skeleton);
                changed++;
            }
        }
        warnOfLookalikes(accounts);
        return changed;
    }

    private static String keyFor(Account account, Map<String, Account> byKey, Map<String, List<Account>> byNewKey) {
        String key = account.forms().key();
        if (key.equals(account.key())) {
            return key;
        }
        Account holder = byKey.get(key);
        List<Account> rivals = byNewKey.get(key).stream().filter(other -> other != account).toList();
        if (holder != null || !rivals.isEmpty()) {
            String clash = holder != null ? "is the key of account " + holder.named()
                    : "would also be the new key of account "
                            + rivals.stream().map(Account::named).collect(joining(", "));
            log.warn("Account {} keeps its old key \"{}\": its new key \"{}\" {}. It is found at login only by its "
                    + "name exactly as shown ({}); an administrator should check whether one imitates the other.",
                    account.named(), account.key(), key, clash, account.username());
            return account.key();
        }
        if (key.length() > KEY_MAX) {
            log.warn("Account {} keeps its old key \"{}\": its new key is longer than {} characters",
                    account.named(), account.key(), KEY_MAX);
            return account.key();
        }
        return key;
    }

    private static @Nullable String skeletonFor(Account account) {
        String skeleton = account.forms().skeleton();
        if (skeleton.length() > SKELETON_MAX) {
            log.warn("Account {} gets no skeleton, as its name's is longer than {} characters: names that look "
                    + "like it are not refused", account.named(), SKELETON_MAX);
            return null;
        }
        return skeleton;
    }

    private static void warnOfLookalikes(List<Account> accounts) {
        Map<String, List<Account>> bySkeleton = accounts.stream()
                .filter(account -> account.forms().skeleton().length() <= SKELETON_MAX)
                .collect(groupingBy(account -> account.forms().skeleton(), LinkedHashMap::new, toList()));
        bySkeleton.forEach((skeleton, alike) -> {
            if (alike.size() > 1) {
                log.warn("Accounts {} have names that look alike (skeleton \"{}\"). They are left as they are; an "
                                + "administrator should check whether one imitates another.",
                        alike.stream().map(Account::named).collect(joining(", ")), skeleton);
            }
        });
    }

    private static List<Account> read(Connection connection) throws SQLException {
        List<Account> accounts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, username, username_key, username_skeleton from app_user order by id");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String username = rows.getString("username");
                accounts.add(new Account(rows.getLong("id"), username, rows.getString("username_key"),
                        rows.getString("username_skeleton"), UsernameForms.of(username)));
            }
        }
        return accounts;
    }

    private static void write(Connection connection, long id, String key, @Nullable String skeleton)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update app_user set username_key = ?, username_skeleton = ? where id = ?")) {
            update.setString(1, key);
            update.setString(2, skeleton);
            update.setLong(3, id);
            update.executeUpdate();
        }
    }
}
