package io.briefkit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A long page is checked in sections, remembered one by one, and reported as the whole page would be. */
class MarkupValidationTest {
    private final MarkupValidation validation = new MarkupValidation();

    @AfterEach
    void close() {
        validation.close();
    }

    /** A page in the single page's shape: a contents list, then an article of sections, each long enough to be cut. */
    static String page(String... sections) {
        StringBuilder html = new StringBuilder("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>Whole</title>\n</head>\n<body>\n<a href=\"#main\">Skip</a>\n<div class=\"frame\">\n"
                + "<nav aria-label=\"Contents\"><ol><li><a href=\"#one\">One</a></li></ol></nav>\n"
                + "<main id=\"main\">\n<article>\n<h1 id=\"title\">Whole</h1>\n");
        for (String section : sections) {
            html.append(section).append('\n');
        }
        return html.append("</article>\n</main>\n</div>\n<footer><p>Foot</p></footer>\n</body>\n</html>\n").toString();
    }

    static String section(String id, String extra) {
        String words = "Words of the part, long enough for the page to be checked in sections. ".repeat(350);
        return "<section id=\"" + id + "\" aria-labelledby=\"" + id + "-title\">\n<h2 id=\"" + id + "-title\">Part " + id
                + "</h2>\n<p>" + words + "</p>\n" + extra + "\n</section>";
    }

    private List<HtmlValidator.Error> check(String html) {
        return validation.validate(html).join();
    }

    /** The check of a page the site names {@code brief.html}, cut as a site's check cuts it. */
    private List<HtmlValidator.Error> checkPage(String html) {
        byte[] bytes = html.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return validation.validate(() -> bytes, io.briefkit.Fingerprint.of(bytes), () -> validation.memory().cut("brief.html", io.briefkit.Fingerprint.of(bytes), () -> html, null))
                .join();
    }

    @Test
    void aLongPageEditedInOneSectionAndCutFromItsLastCutIsCheckedAsAFreshCutChecksIt() {
        validation.rememberCuts();
        String page = page(java.util.stream.IntStream.rangeClosed(1, 45).mapToObj(i -> section("s" + i, ""))
                .toArray(String[]::new));
        assertTrue(page.length() >= 1 << 20, "long enough for its cut to be kept: " + page.length());
        assertEquals(List.of(), checkPage(page));
        int runs = validation.runs();
        assertEquals(List.of(), checkPage(page.replace("Part s20<", "Part twenty<")));
        assertEquals(runs + 1, validation.runs(), "only the changed section again");
        String invalid = page.replace("Part s21</h2>", "Part s21</h2><p><div>a block in a paragraph</div></p>");
        List<HtmlValidator.Error> errors = checkPage(invalid);
        assertEquals((int) invalid.substring(0, invalid.indexOf("<div>a block")).lines().count(), errors.get(0).line(),
                errors::toString);
        List<HtmlValidator.Error> twice = checkPage(page.replace("Part s22</h2>", "Part s22</h2><p id=\"s5-title\">Again</p>"));
        assertTrue(twice.stream().anyMatch(error -> error.message().contains("Duplicate ID “s5-title”")), twice::toString);
    }

    @Test
    void aValidLongPageIsCheckedSectionBySectionAndAgainOnlyWhereItChanged() {
        String page = page(section("one", ""), section("two", ""), section("three", ""));
        assertTrue(page.length() > MarkupValidation.SECTIONED);
        assertEquals(List.of(), check(page));
        assertEquals(4, validation.runs(), "the page without its sections, and each section");
        assertEquals(List.of(), check(page.replace("Part two", "Part 2")));
        assertEquals(5, validation.runs(), "only the changed section again");
    }

    @Test
    void anErrorInASectionIsReportedAtItsLineInThePage() {
        String page = page(section("one", ""), section("two", "<p><div>a block in a paragraph</div></p>"));
        List<HtmlValidator.Error> errors = check(page);
        assertTrue(!errors.isEmpty());
        int line = (int) page.substring(0, page.indexOf("<div>a block")).lines().count();
        assertEquals(line, errors.get(0).line(), errors::toString);
    }

    @Test
    void anIdUsedInTwoSectionsIsAnError() {
        List<HtmlValidator.Error> errors = check(page(section("one", "<p id=\"same\">x</p>"),
                section("two", "<p id=\"same\">y</p>")));
        assertTrue(errors.stream().anyMatch(e -> e.message().contains("Duplicate ID")), errors::toString);
    }

    @Test
    void aReferenceFromOneSectionToAnotherIsValid() {
        assertEquals(List.of(), check(page(section("one", "<p>See <span aria-describedby=\"two-title\">it</span>.</p>"),
                section("two", ""))));
    }

    /** An actor's page in miniature: no sections, but a long list of places. */
    private static String listPage(String lastItem) {
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= 120; i++) {
            items.append("<li><a href=\"#p").append(i).append("\">Paragraph ").append(i).append("</a><blockquote><p>")
                    .append("A quoted sentence that names the actor once more. ".repeat(20)).append("</p></blockquote></li>\n");
        }
        return page("<ol class=\"mentions\">\n" + items + lastItem + "</ol>");
    }

    @Test
    void aLongListIsCheckedInRunsOfItemsAndAgainOnlyInTheRunThatChanged() {
        String page = listPage("");
        assertEquals(List.of(), check(page));
        int runs = validation.runs();
        assertTrue(runs > 3, "the page without its list, and runs of its items: " + runs);
        assertEquals(List.of(), check(page.replace("Paragraph 7<", "Paragraph seven<")));
        assertEquals(runs + 1, validation.runs(), "only the run with the changed item again");
        String invalid = listPage("<li><p><div>a block in a paragraph</div></p></li>\n");
        List<HtmlValidator.Error> errors = check(invalid);
        int line = (int) invalid.substring(0, invalid.indexOf("<div>a block")).lines().count();
        assertEquals(line, errors.get(0).line(), errors::toString);
    }

    /** The notes page in miniature: one section, labelled by the page's title, of groups of notes, far too long to check whole. */
    private static String notesPage(String lastNote) {
        StringBuilder groups = new StringBuilder();
        for (int group = 1; group <= 20; group++) {
            groups.append("<div class=\"note-group\"><h2 id=\"group-").append(group).append("\">Part ").append(group)
                    .append("</h2><ol>");
            for (int note = 1; note <= 30; note++) {
                groups.append("<li id=\"note-").append(group).append('-').append(note).append("\"><p>")
                        .append("A source the author cites, with its title and its date. ".repeat(8)).append("</p></li>\n");
            }
            groups.append(group == 20 ? lastNote : "").append("</ol></div>\n");
        }
        return page("<section class=\"endnotes\" role=\"doc-endnotes\" aria-labelledby=\"title\">\n" + groups + "</section>");
    }

    @Test
    void aLongSectionIsCheckedInRunsOfWhatItHoldsWithoutItsReferenceToTheTitle() {
        String page = notesPage("");
        Sections sections = Sections.of(page);
        assertTrue(sections.sections().size() > 5, "runs of the section's groups: " + sections.sections().size());
        assertEquals(List.of(), check(page));
        assertEquals(sections.sections().size() + 1, validation.runs(),
                "the shell and each run, and not the whole page: a run is valid without the title its section names");
        String invalid = notesPage("<li><p><div>a block in a paragraph</div></p></li>\n");
        List<HtmlValidator.Error> errors = check(invalid);
        int line = (int) invalid.substring(0, invalid.indexOf("<div>a block")).lines().count();
        assertEquals(line, errors.get(0).line(), errors::toString);
    }

    @Test
    void aLongSectionLabelledByItsOwnHeadingIsCheckedInRunsWithItsHeadingInTheShell() {
        StringBuilder notes = new StringBuilder();
        for (int note = 1; note <= 400; note++) {
            notes.append("<li id=\"note-").append(note).append("\"><p>")
                    .append("A source the author cites, with its title and its date. ".repeat(8)).append("</p></li>\n");
        }
        String page = page(section("one", ""), "<section id=\"part-notes\" aria-labelledby=\"notes-title\">\n"
                + "<h2 id=\"notes-title\">Notes</h2>\n<section class=\"endnotes\" role=\"doc-endnotes\" aria-labelledby=\"notes-title\">"
                + "<ol>\n" + notes + "</ol></section>\n</section>");
        assertEquals(List.of(), check(page));
        assertEquals(Sections.of(page).sections().size() + 1, validation.runs(),
                "the shell and each piece, and not the whole page: the shell has the heading its sections name");
    }

    /** A page of a long series: a contents list of 200 parts, {@code current} its own, and a long article. */
    static String seriesPage(int current) {
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= 200; i++) {
            items.append("<li><a href=\"part-").append(i).append(".html\"").append(i == current ? " aria-current=\"page\"" : "")
                    .append(">Part ").append(i).append("</a>")
                    .append(i == current ? "<ol class=\"sections\"><li><a href=\"#one\">One</a></li></ol>" : "").append("</li>\n");
        }
        return "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Part " + current + "</title>\n</head>\n<body>\n"
                + "<nav class=\"toc\" aria-label=\"Contents\"><details><summary>Contents: part " + current + "</summary><ol>\n" + items
                + "</ol></details></nav>\n<main><article><h1 id=\"one\">A part</h1><p>"
                + "Words of the part, long enough for the page to be cut. ".repeat(1200) + "</p></article></main>\n</body>\n</html>\n";
    }

    @Test
    void aLongContentsListIsCheckedInRunsThatPagesListingTheSamePartsShare() {
        assertEquals(List.of(), check(seriesPage(10)));
        assertEquals(5, validation.runs(), "the page without its contents, and four runs of its items");
        assertEquals(List.of(), check(seriesPage(150)));
        assertEquals(8, validation.runs(), "the page's own shell, title and summary and all, and the runs that held"
                + " part 10's entry and hold part 150's; the rest are shared");
    }

    @Test
    void aShortPageIsCheckedWhole() {
        assertEquals(List.of(), check("<!doctype html>\n<html lang=\"en\"><head><title>Short</title></head><body>"
                + "<main><article><section><h2>A</h2></section><section><h2>B</h2></section></article></main></body></html>"));
        assertEquals(1, validation.runs());
    }

    private static String shortPage(String paragraph) {
        return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Short</title></head><body>"
                + "<main><article><h1>Short</h1><p>" + paragraph + "</p></article></main></body></html>";
    }

    @Test
    void aPageWhoseWordsAloneChangedSinceItWasFoundValidIsNotCheckedAgainWhenShapesAreRemembered() {
        validation.rememberShapes();
        assertEquals(List.of(), check(shortPage("The first part.")));
        assertEquals(1, validation.runs());
        assertEquals(List.of(), check(shortPage("The first part, saved again.")));
        assertEquals(1, validation.runs(), "same shape, known valid");

        List<HtmlValidator.Error> forbidden = check(shortPage("The first part,\u0085 saved again."));
        assertEquals(2, validation.runs(), "a forbidden character is checked for");
        assertTrue(forbidden.get(0).message().contains("Forbidden code point"), forbidden.toString());
        List<HtmlValidator.Error> time = check(shortPage("Saved <time>on Tuesday</time>."));
        assertTrue(time.get(0).message().contains("time"), time.toString());
        assertTrue(!check(shortPage("Saved <time>on Wednesday</time>.")).isEmpty(), "a time's text is read");
        assertTrue(!check(shortPage("Saved <em>on</em> <b>Wednesday</b>.<em>")).isEmpty());
    }

    @Test
    void withoutRememberedShapesEveryNewPageIsChecked() {
        check(shortPage("The first part."));
        check(shortPage("The first part, saved again."));
        assertEquals(2, validation.runs());
    }
}
