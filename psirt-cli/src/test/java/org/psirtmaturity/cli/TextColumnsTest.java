package org.psirtmaturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextColumnsTest {

    @Test
    void width_countsWideCharactersAsTwo() {
        assertThat(TextColumns.width("abc")).isEqualTo(3);
        assertThat(TextColumns.width("脆弱性")).isEqualTo(6);
        assertThat(TextColumns.width("PSIRT と")).isEqualTo(8);
        assertThat(TextColumns.width("２．１")).isEqualTo(6);
    }
}
