package org.reskontro.simulator;

import java.io.IOException;
import java.io.OutputStream;

/** How the simulators write an answer's body to the JDK's HTTP server. */
public final class ResponseBodies {

    private static final int SLICE = 64 * 1024;

    private ResponseBodies() {
    }

    /**
     * Writes {@code body} in slices of 64 KB: the JDK copies the rest of a heap array to a direct buffer on every
     * socket write, so one write of a 30 MB ledger answer copied it over and over (the simulator's hottest frame in
     * the sync bench).
     */
    public static void write(OutputStream out, byte[] body) throws IOException {
        for (int offset = 0; offset < body.length; offset += SLICE) {
            out.write(body, offset, Math.min(SLICE, body.length - offset));
        }
    }
}
