package org.reskontro.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.reskontro.shared.CreditorId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Bearer tokens for the API, each bound to one creditor. Only a SHA-256 of the token is stored; the token
 * itself is shown once, when it is issued.
 */
@Service
public class ApiTokens {

    public record Issued(UUID id, String name, String token) {}

    public record Listed(UUID id, String name, Instant createdAt, Instant lastUsedAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Issued issue(CreditorId creditor, String name) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = "rsk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into platform.api_token (id, creditor_id, name, token_sha256, created_at) values (?, ?, ?, ?, ?)")
                .params(id, creditor.value(), name, sha256(token), java.sql.Timestamp.from(clock.instant()))
                .update();
        return new Issued(id, name, token);
    }

    public List<Listed> list(CreditorId creditor) {
        return jdbc.sql("select id, name, created_at, last_used_at from platform.api_token where creditor_id = ? order by created_at")
                .param(creditor.value())
                .query((rs, n) -> new Listed(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
                .list();
    }

    public boolean revoke(CreditorId creditor, UUID id) {
        return jdbc.sql("delete from platform.api_token where creditor_id = ? and id = ?")
                .params(creditor.value(), id).update() == 1;
    }

    /** The operator a presented token stands for, if it is known. */
    Optional<Operator> authenticate(String token) {
        Optional<Operator> operator = jdbc.sql("select id, name, creditor_id from platform.api_token where token_sha256 = ?")
                .param(sha256(token))
                .query((rs, n) -> new Operator(rs.getObject(1, UUID.class), "token:" + rs.getString(2), "",
                        Role.CREDITOR_USER, new CreditorId(rs.getObject(3, UUID.class))))
                .optional();
        operator.ifPresent(op -> jdbc.sql("update platform.api_token set last_used_at = ? where id = ?")
                .params(java.sql.Timestamp.from(clock.instant()), op.id()).update());
        return operator;
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
