package org.learningmechanics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The committed Vaadin bundles let anyone run the book without Node. They are only as good as they are fresh: this
 * fails when the frontend (our web components, npm manifests, or a frontend annotation in Java) changed without the
 * bundles being rebuilt and their fingerprint stored.
 */
class BundleInputsTest {

    @Test
    void theCommittedBundlesWereBuiltFromTheCurrentFrontend() throws Exception {
        Process script = new ProcessBuilder("bash", ".ci/frontend-fingerprint").redirectErrorStream(true).start();
        String current = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(script.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(script.exitValue()).as(current).isZero();
        String stored = Files.readString(Path.of("src/main/bundles/inputs.sha256")).strip();
        assertThat(current)
                .as("The frontend changed since the bundles were built. With Node 24 on the PATH run the app once "
                        + "(./mvnw) and ./mvnw package, then .ci/frontend-fingerprint --write, and commit "
                        + "src/main/bundles/.")
                .isEqualTo(stored);
    }
}
