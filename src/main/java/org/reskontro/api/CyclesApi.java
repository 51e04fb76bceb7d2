package org.reskontro.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.creditors.InvalidCreditorException;
import org.reskontro.platform.security.CurrentOperator;
import org.reskontro.scheduling.Cycle;
import org.reskontro.scheduling.CycleId;
import org.reskontro.scheduling.Cycles;
import org.reskontro.scheduling.Step;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Cycles", description = "The per-creditor cycle: when it runs, run it now, and its history")
@RestController
@RequestMapping("/api/v1/creditors/{creditorId}")
class CyclesApi {

    private final Creditors creditors;
    private final Cycles cycles;

    CyclesApi(Creditors creditors, Cycles cycles) {
        this.creditors = creditors;
        this.cycles = cycles;
    }

    @Operation(summary = "When the cycle runs: local times of day in the creditor's time zone, and the next one")
    @GetMapping("/schedule")
    ScheduleView schedule(@PathVariable String creditorId) {
        return schedule(visible(creditorId));
    }

    @Operation(summary = "Set the cycle times: 1 to 24 distinct times of day (HH:mm) in the creditor's time zone")
    @PutMapping("/schedule")
    ScheduleView reschedule(@PathVariable String creditorId, @RequestBody ScheduleInput input) {
        Creditor creditor = visible(creditorId);
        return schedule(creditors.scheduleCycles(creditor.id(), times(input == null ? null : input.cycleTimes())));
    }

    @Operation(summary = "Run a cycle now (or get the one already scheduled or running); poll the returned cycle")
    @PostMapping("/cycles")
    ResponseEntity<CycleView> runNow(@PathVariable String creditorId) {
        Creditor creditor = visible(creditorId);
        CycleId cycle = cycles.runNow(creditor.id(), "api:" + CurrentOperator.get().username());
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .header("Location", "/api/v1/creditors/" + creditor.id() + "/cycles/" + cycle)
                .body(CycleView.of(cycles.cycle(creditor.id(), cycle).orElseThrow()));
    }

    @Operation(summary = "Recent cycles, newest first, each with its steps, durations and errors")
    @GetMapping("/cycles")
    List<CycleView> history(@PathVariable String creditorId, @RequestParam(defaultValue = "20") int limit) {
        Creditor creditor = visible(creditorId);
        return cycles.recent(creditor.id(), Math.min(Math.max(limit, 1), 200)).stream().map(CycleView::of).toList();
    }

    @Operation(summary = "One cycle with its steps")
    @GetMapping("/cycles/{cycleId}")
    CycleView cycle(@PathVariable String creditorId, @PathVariable String cycleId) {
        Creditor creditor = visible(creditorId);
        return cycles.cycle(creditor.id(), id(cycleId)).map(CycleView::of)
                .orElseThrow(() -> new ApiIds.NotFoundException("No cycle " + cycleId));
    }

    private ScheduleView schedule(Creditor creditor) {
        return new ScheduleView(creditor.timeZone().getId(), creditor.cycleTimes().stream().map(LocalTime::toString).toList(),
                cycles.nextCycle(creditor).orElse(null));
    }

    private Creditor visible(String creditorId) {
        return ApiIds.visibleCreditor(creditors, creditorId);
    }

    private static CycleId id(String raw) {
        try {
            return CycleId.of(raw);
        } catch (IllegalArgumentException e) {
            throw new ApiIds.NotFoundException("No cycle " + raw);
        }
    }

    private static List<LocalTime> times(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        List<LocalTime> times = new ArrayList<>();
        for (String value : raw) {
            try {
                times.add(LocalTime.parse(String.valueOf(value).trim()));
            } catch (DateTimeParseException e) {
                throw new InvalidCreditorException(Map.of("cycleTimes", "'" + value + "' is not a time of day (HH:mm)"));
            }
        }
        return times;
    }

    record ScheduleInput(List<String> cycleTimes) {
    }

    /** {@code nextCycleAt} is null while the creditor has no accounting system connected. */
    record ScheduleView(String timeZone, List<String> cycleTimes, Instant nextCycleAt) {
    }

    record CycleView(String id, String trigger, String status, Instant slot, int missedSlots, Instant missedFrom,
            String note, Instant scheduledAt, Instant startedAt, Instant finishedAt, Long durationMillis,
            List<StepView> steps) {
        static CycleView of(Cycle c) {
            return new CycleView(c.id().toString(), c.trigger(), c.status().name(), c.slot(), c.missedSlots(),
                    c.missedFrom(), c.note(), c.scheduledAt(), c.startedAt(), c.finishedAt(), c.durationMillis(),
                    c.steps().stream().map(StepView::of).toList());
        }
    }

    record StepView(String step, String status, Instant startedAt, Instant finishedAt, Long durationMillis,
            String detail, String error, String syncRunId) {
        static StepView of(Step s) {
            return new StepView(s.kind().name(), s.status().name(), s.startedAt(), s.finishedAt(), s.durationMillis(),
                    s.detail(), s.error(), s.syncRun() == null ? null : s.syncRun().toString());
        }
    }
}
