package org.reskontro;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** Reskontro: mirrors creditors' receivables from their accounting systems and runs the follow-up. */
@Modulithic(systemName = "Reskontro", sharedModules = "shared")
@SpringBootApplication
public class ReskontroApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReskontroApplication.class, args);
    }
}
