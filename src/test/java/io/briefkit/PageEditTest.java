package io.briefkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Changes recorded in a page's bytes are told in the characters of the page as a string holds it. */
class PageEditTest {
    private static int bytesBefore(String text, String what) {
        return text.substring(0, text.indexOf(what)).getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void changesAreToldInCharactersWhateverTheCharactersBeforeThemTakeInBytes() {
        String page = "<p>a é ’ \uD83D\uDE00 <b>one</b> “and” \uD83D\uDE00 <b>two</b></p>";
        PageEdit.Recorder recorder = new PageEdit.Recorder("was", page.getBytes(StandardCharsets.UTF_8));
        recorder.replace(bytesBefore(page, "one"), bytesBefore(page, "one") + 3, "first");
        recorder.replace(bytesBefore(page, "two"), bytesBefore(page, "two") + 3, "second");
        PageEdit edit = recorder.edit();
        assertEquals("was", edit.was());
        assertEquals(List.of(new PageEdit.Change(page.indexOf("one"), page.indexOf("one") + 3, "first"),
                new PageEdit.Change(page.indexOf("two"), page.indexOf("two") + 3, "second")), edit.changes());
    }

    @Test
    void changesOutOfOrderAreRefused() {
        PageEdit.Recorder recorder = new PageEdit.Recorder("was", "abcdef".getBytes(StandardCharsets.UTF_8));
        recorder.replace(3, 4, "D");
        assertThrows(IllegalArgumentException.class, () -> recorder.replace(1, 2, "B"));
    }
}
