package tech.arcp.login;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinRulesTest {
    @Test
    void weakPinsAreCommonOnesRepeatsAndDigitRuns() {
        for (String weak : new String[] {"1234", "0000", "123456", "password", "admin", "Admin", "4321", "98765",
                "01234567", "aaaa", "qwerty", "2580"}) {
            assertThat(PinRules.isWeak(weak)).as(weak).isTrue();
        }
        for (String fine : new String[] {"7391", "1357", "2468x", "correct-horse", "8462", "1235"}) {
            assertThat(PinRules.isWeak(fine)).as(fine).isFalse();
        }
    }

    @Test
    void lengthIsCountedInCharactersNotBytes() {
        PinRules rules = new PinRules(4, 32, 5);
        assertThat(rules.lengthAllowed("\uD83D\uDD12\uD83D\uDD12\uD83D\uDD12")).isFalse(); // 3 code points
        assertThat(rules.lengthAllowed("\uD83D\uDD12\uD83D\uDD12\uD83D\uDD12\uD83D\uDD12")).isTrue();
        assertThat(rules.lengthAllowed("x".repeat(33))).isFalse();
    }
}
