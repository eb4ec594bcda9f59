package dev.stackwatch.orders.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackwatch.orders.core.FaultState;
import dev.stackwatch.orders.core.MemoryBallast;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FaultTaskTest {
    private final FaultState faults = new FaultState();

    @Test
    void appliesValidParameters() {
        run(new InjectErrorsTask(faults), Map.of("ratio", List.of("0.25")));
        run(new InjectLatencyTask(faults), Map.of("ms", List.of("60000")));
        run(new FailHealthTask(faults), Map.of("failing", List.of("TRUE")));
        assertThat(faults.errorRatio()).isEqualTo(0.25);
        assertThat(faults.addedLatencyMillis()).isEqualTo(60_000);
        assertThat(faults.healthFailing()).isTrue();
        run(new ClearFaultsTask(faults, new MemoryBallast(0)), Map.of());
        assertThat(faults.errorRatio()).isZero();
        assertThat(faults.addedLatencyMillis()).isZero();
        assertThat(faults.healthFailing()).isFalse();
    }

    @Test
    void parsingBadParametersChangesNothing() {
        assertThatThrownBy(() -> new InjectErrorsTask(faults).parse(Map.of("ratio", List.of("NaN"))))
                .isInstanceOf(TaskParameterException.class).hasMessageContaining("'ratio'");
        assertThatThrownBy(() -> new InjectErrorsTask(faults).parse(Map.of("ratio", List.of("0.1", "0.2"))))
                .hasMessageContaining("must be given once");
        assertThatThrownBy(() -> new InjectLatencyTask(faults).parse(Map.of("ms", List.of(""))))
                .hasMessageContaining("'ms' is required");
        assertThatThrownBy(() -> new InjectErrorsTask(faults).parse(Map.of("ratio", List.of("0.1"), "ration", List.of("1"))))
                .hasMessage("parameter 'ration' is not accepted by inject-errors (accepted: ratio)");
        assertThatThrownBy(() -> new ClearFaultsTask(faults, new MemoryBallast(0)).parse(Map.of("all", List.of("true"))))
                .hasMessage("parameter 'all' is not accepted by clear-faults (it takes no parameters)");
        assertThatThrownBy(() -> new InjectLatencyTask(faults).parse(Map.of("ms", List.of("99999999999999999999"))))
                .hasMessage("parameter 'ms' is out of range, must be between 0 and 60000, got '99999999999999999999'");
        assertThatThrownBy(() -> new InjectLatencyTask(faults).parse(Map.of("ms", List.of("1.5"))))
                .hasMessage("parameter 'ms' is not a whole number, got '1.5'");
        assertThatThrownBy(() -> new InjectErrorsTask(faults).parse(Map.of("ratio", List.of("-0.01"))))
                .hasMessage("parameter 'ratio' is out of range, must be between 0 and 1, got '-0.01'");
        assertThat(faults.errorRatio()).isZero();
        assertThat(faults.addedLatencyMillis()).isZero();
    }

    @Test
    void faultStateRefusesImpossibleValues() {
        assertThatThrownBy(() -> faults.setErrorRatio(-0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> faults.setAddedLatencyMillis(60_001)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void run(CheckedTask task, Map<String, List<String>> parameters) {
        final StringWriter output = new StringWriter();
        task.execute(parameters, new PrintWriter(output));
        assertThat(output.toString()).contains("errorRatio=");
    }
}
