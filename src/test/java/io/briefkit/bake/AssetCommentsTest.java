package io.briefkit.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AssetCommentsTest {
    @Test
    void aStylesheetLosesCommentsAndIndentationAndKeepsItsRulesAsWritten() {
        assertEquals(":root {\n--bg: #fff;\n}\na { color: red; }\n@media (min-width: 40rem) {\nb { font: 1rem/1.4 serif; }\n}\n",
                AssetComments.css("/* The site's colours. */\n:root {\n  --bg: #fff; /* paper */\n}\n\n"
                        + "/* Links,\n   all of them. */\na { color: red; }\n@media (min-width: 40rem) {\n  b { font: 1rem/1.4 serif; }\n}\n"));
    }

    @Test
    void aScriptLosesOnlyTheCommentsThatOpenALine() {
        assertEquals("(function () {\nvar re = /a\\/*b/g;\nvar url = 'https://example.org'; /* kept */\n}());\n",
                AssetComments.script("/* The script.\n * What it does. */\n(function () {\n  /* A regular expression. */\n"
                        + "  var re = /a\\/*b/g;\n  var url = 'https://example.org'; /* kept */\n}());\n"));
    }
}
