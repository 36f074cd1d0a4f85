package io.briefkit.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AssetCommentsTest {
    @Test
    void aStylesheetLosesCommentsAndTheSpacesThatCarryNoMeaning() {
        assertEquals(":root{--bg:#fff}a{color:red}@media (min-width:40rem){b{font:1rem/1.4 serif}}\n",
                AssetComments.css("/* The site's colours. */\n:root {\n  --bg: #fff; /* paper */\n}\n\n"
                        + "/* Links,\n   all of them. */\na { color: red; }\n@media (min-width: 40rem) {\n  b { font: 1rem/1.4 serif; }\n}\n"));
    }

    @Test
    void aStylesheetKeepsTheSpaceBeforeAColonAndInsideValuesAndStrings() {
        assertEquals(".toc :focus,p>a:hover{content:\"[\";margin:0 auto;width:calc(100% - 2rem)}\n",
                AssetComments.css(".toc :focus,\np > a:hover {\n  content: \"[\";\n  margin: 0 auto;\n  width: calc(100% - 2rem);\n}\n"));
    }

    @Test
    void aScriptLosesOnlyTheCommentsThatFillTheirLines() {
        assertEquals("(function () {\nvar re = /a\\/*b/g;\nvar url = 'https://example.org'; /* kept */ // kept\n}());\n",
                AssetComments.script("/* The script.\n * What it does. */\n(function () {\n  /* A regular expression. */\n"
                        + "  var re = /a\\/*b/g;\n  // A whole line.\n  var url = 'https://example.org'; /* kept */ // kept\n}());\n"));
    }
}
