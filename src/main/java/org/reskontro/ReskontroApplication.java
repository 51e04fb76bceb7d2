package org.reskontro;

import java.util.Arrays;
import org.reskontro.bench.Bench;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** Reskontro: mirrors creditors' receivables from their accounting systems and runs the follow-up. */
@Modulithic(systemName = "Reskontro", sharedModules = "shared")
@SpringBootApplication
public class ReskontroApplication {

    public static void main(String[] args) {
        if (args.length > 0 && "bench".equals(args[0])) {
            String[] benchArgs = Arrays.copyOfRange(args, 1, args.length);
            System.exit(Bench.run(ReskontroApplication.class, benchArgs, System.out, System.err));
        }
        SpringApplication.run(ReskontroApplication.class, args);
    }
}
