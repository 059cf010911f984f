package org.learningmechanics.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Join codes: unambiguous, random enough, and read back as meant from what a person typed. */
class CourseJoinCodeTest {

    @Test
    void codesAreTenCharactersOfCrockfordBase32WithAtLeastFortyBits() {
        assertThat(JoinCode.ALPHABET).hasSize(32).doesNotContain("I", "L", "O", "U");
        assertThat(JoinCode.LENGTH * Math.log(JoinCode.ALPHABET.length()) / Math.log(2)).isGreaterThanOrEqualTo(40);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = JoinCode.generate();
            assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{10}");
            assertThat(JoinCode.normalise(code)).contains(code);
            seen.add(code);
        }
        assertThat(seen).hasSize(2000);
    }

    @Test
    void typedCodesForgiveCaseSpacesDashesAndLookAlikes() {
        assertThat(JoinCode.normalise(" abcd-efgh 1o ")).contains("ABCDEFGH10");
        assertThat(JoinCode.normalise("ilO0000000")).contains("1100000000");
        assertThat(JoinCode.normalise("ABCDEFGHU1")).isEmpty();
        assertThat(JoinCode.normalise("SHORT")).isEmpty();
        assertThat(JoinCode.normalise(null)).isEmpty();
        assertThat(JoinCode.normalise("x".repeat(1000))).isEmpty();
    }
}
