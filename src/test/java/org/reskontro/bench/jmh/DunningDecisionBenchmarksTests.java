package org.reskontro.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reskontro.dunning.domain.NextAction;

/** The decision benchmark's inputs reach every kind of answer (JMH itself is not run here). */
class DunningDecisionBenchmarksTests {

    @Test
    void theInputsMeetIssueWaitAndNone() {
        DunningDecisionBenchmarks benchmark = new DunningDecisionBenchmarks();
        benchmark.inputs();
        Set<Class<?>> kinds = new HashSet<>();
        for (int i = 0; i < 4096; i++) {
            NextAction action = benchmark.decide();
            kinds.add(action.getClass());
        }
        assertThat(kinds).containsExactlyInAnyOrder(NextAction.Issue.class, NextAction.Wait.class, NextAction.None.class);
    }
}
