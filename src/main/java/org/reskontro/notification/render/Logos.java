package org.reskontro.notification.render;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;

/**
 * Decoded logos, kept by their bytes: a creditor's letters all carry the same PNG, and decoding it is most of the
 * cost of a letter with a logo. Each letter gets its own copy of the decoded image (position and scale are per
 * copy), so the cache is safe across threads. Bounded: past {@value #MAX_LOGOS} different logos it starts afresh.
 */
final class Logos {

    private static final int MAX_LOGOS = 256;
    private static final Map<Key, Image> DECODED = new ConcurrentHashMap<>();

    private Logos() {
    }

    static Image of(byte[] png) throws IOException, BadElementException {
        Key key = new Key(png);
        Image decoded = DECODED.get(key);
        if (decoded == null) {
            decoded = Image.getInstance(png);
            if (DECODED.size() >= MAX_LOGOS) {
                DECODED.clear();
            }
            DECODED.put(new Key(png.clone()), decoded);
        }
        return Image.getInstance(decoded);
    }

    private record Key(byte[] bytes, int hash) {
        Key(byte[] bytes) {
            this(bytes, Arrays.hashCode(bytes));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.hash == hash && Arrays.equals(key.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
