package io.briefkit.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StylesheetCommentsTest {
    @Test
    void commentsAndIndentationGoAndTheRulesStayAsWritten() {
        assertEquals(":root {\n--bg: #fff;\n}\na { color: red; }\n@media (min-width: 40rem) {\nb { font: 1rem/1.4 serif; }\n}\n",
                StylesheetComments.strip("/* The site's colours. */\n:root {\n  --bg: #fff; /* paper */\n}\n\n"
                        + "/* Links,\n   all of them. */\na { color: red; }\n@media (min-width: 40rem) {\n  b { font: 1rem/1.4 serif; }\n}\n"));
    }
}
