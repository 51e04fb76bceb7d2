package org.reskontro.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The apply's memory setting: only a PostgreSQL size gets into the SET statement. */
class StatementMemoryTests {

    final List<String> executed = new ArrayList<>();
    final JdbcTemplate jdbc = new JdbcTemplate() {
        @Override
        public void execute(String sql) {
            executed.add(sql);
        }
    };

    @Test
    void raisesWorkMemForTheTransactionOnly() {
        new StatementMemory(jdbc, "64 MB").raiseForTransaction();

        assertThat(executed).containsExactly("set local work_mem = '64MB'");
    }

    @Test
    void refusesWhatIsNotASize() {
        assertThatThrownBy(() -> new StatementMemory(jdbc, "256MB'; drop table ledger.document; --"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reskontro.sync.statement-memory must be a PostgreSQL size");
        assertThatThrownBy(() -> new StatementMemory(jdbc, "lots")).isInstanceOf(IllegalArgumentException.class);
    }
}
