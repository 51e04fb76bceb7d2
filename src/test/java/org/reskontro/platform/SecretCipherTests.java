package org.reskontro.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.reskontro.platform.secrets.SecretCipher;

class SecretCipherTests {

    private final SecretCipher cipher = new SecretCipher(key((byte) 7));

    @Test
    void roundTripsAndNeverStoresThePlaintext() {
        String sealed = cipher.encrypt("api-key-123", "owner-a");
        assertThat(sealed).startsWith("v1:").doesNotContain("api-key-123");
        assertThat(cipher.decrypt(sealed, "owner-a")).isEqualTo("api-key-123");
        assertThat(cipher.encrypt("api-key-123", "owner-a")).as("fresh IV each time").isNotEqualTo(sealed);
    }

    @Test
    void aValueMovedToAnotherOwnerOrReadWithAnotherKeyFails() {
        String sealed = cipher.encrypt("api-key-123", "owner-a");
        assertThatThrownBy(() -> cipher.decrypt(sealed, "owner-b")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SecretCipher(key((byte) 8)).decrypt(sealed, "owner-a"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAKeyOfTheWrongLength() {
        assertThatThrownBy(() -> new SecretCipher(new byte[16])).hasMessageContaining("32 bytes");
    }

    private static byte[] key(byte fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, fill);
        return key;
    }
}
