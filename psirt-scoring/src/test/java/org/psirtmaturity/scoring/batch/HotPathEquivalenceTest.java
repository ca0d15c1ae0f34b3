package org.psirtmaturity.scoring.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.first.FirstId;
import org.psirtmaturity.model.first.FrameworkNumbering;

/**
 * The hand-written parsers that replaced regular expressions on the hot paths of batch scoring and
 * rubric loading ({@link FrameworkId#parse}, {@link FrameworkId#isWellFormed}, {@link FirstId#parse})
 * accept exactly what the regular expressions accepted. (Kept beside the batch tests, which exercise
 * those paths.)
 */
class HotPathEquivalenceTest {

    private static final Pattern FRAMEWORK_ID = Pattern.compile("([1-9][0-9]?)\\.([1-9][0-9]?)");
    private static final Pattern FIRST_ID = Pattern.compile("[1-9][0-9]{0,2}(\\.[1-9][0-9]{0,2}){0,3}");

    private static List<String> candidates() {
        List<String> texts = new ArrayList<>(List.of("", ".", "1", "1.", ".1", "2.1", "02.1", "2.01", "2.10", "99.99", "100.1", "1.100",
                "2..1", "2.1.", "2.1.1", "1.2.3.4", "1.2.3.4.5", "999.999.999.999", "1000.1", "1.0", "0.1", "２.１", "2.١", "2,1", " 2.1",
                "2.1 ", "2.1\n", "+2.1", "-2.1", "2.1a"));
        Random random = new Random(3);
        String alphabet = "0123456789.0123456789..a١２ ";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(12);
            for (int k = 0; k < n; k++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(b.toString());
        }
        return texts;
    }

    @Test
    void frameworkIds_areRecognisedAsTheRegularExpressionDid() {
        for (String text : candidates()) {
            boolean expected = FRAMEWORK_ID.matcher(text).matches();
            assertThat(FrameworkId.isWellFormed(text)).as("\"%s\"", text).isEqualTo(expected);
            if (expected) {
                var m = FRAMEWORK_ID.matcher(text);
                assertThat(m.matches()).isTrue();
                FrameworkId id = FrameworkId.parse(text);
                assertThat(id).isEqualTo(new FrameworkId(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
                assertThat(id.toString()).isEqualTo(text);
                assertThat(id.hashCode()).isEqualTo(FrameworkId.parse(text).hashCode());
            } else {
                assertThatThrownBy(() -> FrameworkId.parse(text)).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("malformed framework id");
            }
        }
        assertThat(FrameworkId.isWellFormed(null)).isFalse();
        assertThat(new FrameworkId(2, 1)).isEqualTo(FrameworkId.parse("2.1")).isNotEqualTo(new FrameworkId(1, 2)).isNotEqualTo("2.1");
    }

    @Test
    void firstIds_areRecognisedAsTheRegularExpressionDid() {
        for (String text : candidates()) {
            if (FIRST_ID.matcher(text).matches()) {
                List<Integer> path = new ArrayList<>();
                for (String part : text.split("\\.")) {
                    path.add(Integer.parseInt(part));
                }
                assertThat(FirstId.parse(text, FrameworkNumbering.V1_0_DRAFT)).as("\"%s\"", text)
                        .isEqualTo(new FirstId(path, FrameworkNumbering.V1_0_DRAFT));
            } else {
                assertThatThrownBy(() -> FirstId.parse(text, FrameworkNumbering.V1_0_DRAFT)).as("\"%s\"", text)
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("malformed FIRST id");
            }
        }
    }
}
