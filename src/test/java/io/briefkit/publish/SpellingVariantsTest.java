package io.briefkit.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingVariantsTest {
    @Test
    void closeSpellingsOfOneActorsNameAreOneWordAndOtherNamesAreNot() {
        assertEquals(List.of(List.of("uyghurs", "uyghur", "uighur", "uighurs")),
                SpellingVariants.of(List.of(List.of("Uyghurs", "Uyghur", "Uighur", "Uighurs"),
                        List.of("Russia", "Moscow", "Kremlin", "Russian Federation"),
                        List.of("Tajikistan", "Dushanbe"))));
    }

    @Test
    void shortNamesAndNamesOfTwoActorsAreNeverJoined() {
        assertEquals(List.of(), SpellingVariants.of(List.of(List.of("IMU", "IMO"), List.of("Iran"), List.of("Iraq"))));
    }
}
