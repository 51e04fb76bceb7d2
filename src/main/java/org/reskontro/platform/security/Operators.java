package org.reskontro.platform.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.reskontro.shared.CreditorId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people who may sign in. Passwords are stored as BCrypt hashes only. */
@Service
public class Operators implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;

    Operators(JdbcClient jdbc, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
    }

    @Override
    public Operator loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }

    public Optional<Operator> find(String username) {
        return jdbc.sql("select id, username, password_hash, role, creditor_id from platform.operator where username = ?")
                .param(username)
                .query(Operators::map)
                .optional();
    }

    public List<Operator> all() {
        return jdbc.sql("select id, username, password_hash, role, creditor_id from platform.operator order by username")
                .query(Operators::map)
                .list();
    }

    /** Creates a user unless the name is taken; the password must pass the mode's policy. */
    @Transactional
    public Operator create(String username, String password, Role role, CreditorId creditor) {
        if (!username.matches("[a-zA-Z0-9._@-]{2,64}")) {
            throw new IllegalArgumentException("A username has 2 to 64 letters, digits or . _ @ -");
        }
        if ((role == Role.CREDITOR_USER) != (creditor != null)) {
            throw new IllegalArgumentException("A creditor user belongs to exactly one creditor; an agency admin to none");
        }
        passwordPolicy.check(username, password);
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into platform.operator (id, username, password_hash, role, creditor_id) values (?, ?, ?, ?, ?)")
                .params(id, username, passwordEncoder.encode(password), role.name(),
                        creditor == null ? null : creditor.value())
                .update();
        return loadUserByUsername(username);
    }

    private static Operator map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Operator(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), Role.valueOf(rs.getString(4)),
                rs.getObject(5) == null ? null : new CreditorId(rs.getObject(5, UUID.class)));
    }

    public boolean exists(String username) {
        return find(username).isPresent();
    }
}
