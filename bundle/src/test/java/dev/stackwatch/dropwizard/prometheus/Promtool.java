package dev.stackwatch.dropwizard.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** `promtool check metrics` on a whole exposition (Debian's prometheus package ships promtool). */
public final class Promtool {
    private static final Path PROMTOOL = Path.of("/usr/bin/promtool");

    private Promtool() {
    }

    /** Fails the test when promtool refuses the text; skips it when promtool is not installed. */
    public static void assertAccepts(String exposition) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(PROMTOOL), "promtool is not installed (apt-get install prometheus): skipped");
        final Path file = Files.createTempFile("metrics", ".txt");
        try {
            Files.writeString(file, exposition);
            final Process process = new ProcessBuilder(PROMTOOL.toString(), "check", "metrics")
                    .redirectInput(file.toFile()).redirectErrorStream(true).start();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            final String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as("promtool check metrics: %s", output).isZero();
        } finally {
            Files.delete(file);
        }
    }
}
