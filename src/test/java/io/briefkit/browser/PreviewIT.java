package io.briefkit.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.javascript.host.event.KeyboardEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The note preview in a JavaScript-capable Java browser (HtmlUnit), over the built site
 * opened from disk: focus, hover, tap, Escape, and the plain link without JavaScript.
 * ChromiumPreviewIT repeats the essentials in a real browser.
 */
class PreviewIT {
    static final Path SITE = Path.of(System.getProperty("site.dir", "target/site")).toAbsolutePath();

    WebClient client;
    List<String> errors = new ArrayList<>();

    @BeforeEach
    void setUp() {
        client = new WebClient(BrowserVersion.BEST_SUPPORTED);
        client.getOptions().setCssEnabled(true);
        client.getOptions().setThrowExceptionOnScriptError(true);
        client.setJavaScriptErrorListener(new org.htmlunit.javascript.SilentJavaScriptErrorListener() {
            @Override
            public void scriptException(HtmlPage page, org.htmlunit.ScriptException e) {
                errors.add(e.getMessage());
            }
        });
    }

    @AfterEach
    void tearDown() {
        client.close();
        assertEquals(List.of(), errors, "script errors");
    }

    private HtmlPage open(String name) throws IOException {
        return client.getPage(SITE.resolve(name).toUri().toURL());
    }

    private static HtmlAnchor ref(HtmlPage page, int note) {
        return (HtmlAnchor) page.querySelector("a[role=doc-noteref][href='#note-" + note + "']");
    }

    private static DomElement popover(HtmlPage page) {
        return page.querySelector(".popover");
    }

    @Test
    void keyboardFocusShowsTheNoteAndEscapeReturnsToTheReference() throws IOException {
        HtmlPage page = open("history.html");
        HtmlAnchor ref = ref(page, 13);
        ref.focus();
        DomElement box = popover(page);
        assertNotNull(box, "popover on focus");
        assertTrue(box.getTextContent().contains("Russia's Contribution as a Partner in the War on Terrorism")
                || box.getTextContent().contains("Russia’s Contribution as a Partner in the War on Terrorism"), box.getTextContent());
        assertEquals("true", ref.getAttribute("aria-expanded"));
        assertEquals(box.getId() + "-text", ref.getAttribute("aria-describedby"));
        HtmlElement link = box.querySelector("a");
        link.focus();
        assertNotNull(popover(page), "a pointer user may click into the popover");
        link.type(KeyboardEvent.DOM_VK_ESCAPE);
        assertNull(popover(page), "Escape closes");
        assertEquals(ref, page.getFocusedElement(), "focus returns to the reference");
    }

    @Test
    void aFirstTapShowsThePreviewAndASecondFollowsTheLink() throws IOException {
        HtmlPage page = open("threats.html");
        HtmlAnchor ref = ref(page, 59);
        HtmlPage after = ref.click();
        assertEquals(page, after, "first tap stays on the page");
        assertNotNull(popover(page));
        assertEquals("", page.getUrl().getRef() == null ? "" : page.getUrl().getRef());
        HtmlPage followed = ref.click();
        assertEquals("note-59", followed.getUrl().getRef());
    }

    @Test
    void hoverShowsThePreviewAndItStaysWhileThePointerIsOnIt() throws IOException {
        HtmlPage page = open("china.html");
        HtmlAnchor ref = ref(page, 46);
        ref.mouseOver();
        client.waitForBackgroundJavaScript(600);
        DomElement box = popover(page);
        assertNotNull(box, "popover after hovering");
        ref.mouseOut();
        ((HtmlElement) box).mouseOver();
        client.waitForBackgroundJavaScript(800);
        assertNotNull(popover(page), "hoverable: stays while the pointer is on it");
        ((HtmlElement) box).mouseOut();
        client.waitForBackgroundJavaScript(800);
        assertNull(popover(page), "closes after the pointer leaves");
    }

    @Test
    void theLetteredFootnotePreviewsItsTextLikeANote() throws IOException {
        HtmlPage page = open("china.html");
        HtmlAnchor ref = (HtmlAnchor) page.querySelector("a[role=doc-noteref][href='#fn-a']");
        ref.focus();
        DomElement box = popover(page);
        assertNotNull(box, "popover on focus");
        assertTrue(box.getTextContent().startsWith("It is an umbrella term used for the ongoing armed resistance by Baloch"),
                box.getTextContent());
        assertEquals("a. It is an umbrella term", page.getElementById("fn-a").getTextContent().strip().substring(0, 25));
    }

    @Test
    void theCloseButtonDismissesThePreview() throws IOException {
        HtmlPage page = open("introduction.html");
        ref(page, 1).focus();
        ((HtmlElement) popover(page).querySelector("button.popover-close")).click();
        assertNull(popover(page));
    }

    @Test
    void aGlossaryLinkPreviewsTheActorAndASecondTapOpensItsPage() throws IOException {
        HtmlPage page = open("threats.html");
        HtmlAnchor imu = (HtmlAnchor) page.querySelector("a[role=doc-glossref][href='actor-imu.html']");
        imu.focus();
        DomElement box = popover(page);
        assertNotNull(box);
        assertTrue(box.getTextContent().startsWith("Islamic Movement of Uzbekistan (armed group)"), box.getTextContent());
        HtmlPage actor = imu.click();
        assertEquals("actor-imu.html", actor.getUrl().getPath().substring(actor.getUrl().getPath().lastIndexOf('/') + 1));
    }

    @Test
    void searchFindsParagraphsNotesAndActorsAndLeadsToTheParagraph() throws IOException {
        HtmlPage page = client.getPage(SITE.resolve("search.html").toUri() + "?q=IMU");
        client.waitForBackgroundJavaScript(1000);
        List<String> hrefs = page.querySelectorAll("[data-search-results] li > a").stream()
                .map(n -> ((DomElement) n).getAttribute("href")).toList();
        assertTrue(hrefs.contains("threats.html#p-threats-1") && hrefs.contains("actor-imu.html"), hrefs.toString());
        assertTrue(page.querySelector("[data-search-status]").getTextContent().startsWith(hrefs.size() + " results"));
        assertEquals("IMU", page.querySelector("[data-search-results] mark").getTextContent());
        HtmlPage threats = ((HtmlAnchor) page.querySelector("[data-search-results] li > a")).click();
        assertEquals("p-threats-1", threats.getUrl().getRef());
    }

    @Test
    void searchFormsAreHiddenWithoutJavaScriptAndShownWithIt() throws IOException {
        assertTrue(open("index.html").querySelector("form.masthead-search").isDisplayed());
        client.getOptions().setJavaScriptEnabled(false);
        assertTrue(!open("index.html").querySelector("form.masthead-search").isDisplayed());
    }

    @Test
    void searchMatchesWholeWordsAndTheStartOfTheLastWord() throws IOException {
        HtmlPage page = client.getPage(SITE.resolve("search.html").toUri() + "?q=zawahir");
        client.waitForBackgroundJavaScript(1000);
        assertTrue(page.querySelectorAll("[data-search-results] li").size() >= 2);
        page = client.getPage(SITE.resolve("search.html").toUri() + "?q=kabul%20zawahir");
        client.waitForBackgroundJavaScript(1000);
        List<String> both = page.querySelectorAll("[data-search-results] li > a").stream()
                .map(n -> ((DomElement) n).getAttribute("href")).toList();
        assertEquals(List.of("actor-ayman-al-zawahiri.html", "threats.html#p-threats-9", "actor-al-qaeda.html"), both,
                "entries with both words, the one naming al-Zawahiri in its title first");
        page = client.getPage(SITE.resolve("search.html").toUri() + "?q=zawahir%20kabul");
        client.waitForBackgroundJavaScript(1000);
        assertTrue(page.querySelectorAll("[data-search-results] li").isEmpty(), "only the last word may be a prefix");
        page = client.getPage(SITE.resolve("search.html").toUri() + "?q=xyzzy");
        client.waitForBackgroundJavaScript(1000);
        assertEquals("Nothing found for “xyzzy”.", page.querySelector("[data-search-status]").getTextContent());
    }

    @Test
    void searchFindsOtherSpellingsRanksTheBriefsTextFirstAndNamesEachHitByItsPart() throws IOException {
        HtmlPage page = client.getPage(SITE.resolve("search.html").toUri() + "?q=uighur");
        client.waitForBackgroundJavaScript(1000);
        List<String> marked = page.querySelectorAll("[data-search-results] mark").stream().map(n -> n.getTextContent()).toList();
        assertTrue(marked.contains("Uyghur"), "the brief's spelling is found from the notes' one: " + marked);
        assertTrue(marked.contains("Uighur"), "and the notes' own spelling: " + marked);
        page = client.getPage(SITE.resolve("search.html").toUri() + "?q=taliban%20china");
        client.waitForBackgroundJavaScript(1000);
        List<String> hrefs = page.querySelectorAll("[data-search-results] li > a").stream()
                .map(n -> ((DomElement) n).getAttribute("href")).toList();
        assertTrue(hrefs.get(0).contains("#p-"), "a paragraph of the brief comes first, not a note: " + hrefs);
        String label = page.querySelector("[data-search-results] li > a").getTextContent();
        assertTrue(label.matches(".+, paragraph \\d+"), label);
        String part = hrefs.get(0).substring(0, hrefs.get(0).indexOf('#'));
        assertEquals(open(part).querySelector("main h1").getTextContent().strip(), label.replaceFirst(", paragraph \\d+$", ""),
                "a hit is named by its part's title");
    }

    @Test
    void aParagraphsPermalinkOffersItsCitation() throws IOException {
        HtmlPage page = open("threats.html");
        HtmlAnchor permalink = (HtmlAnchor) page.querySelector("#p-threats-4 a.permalink");
        permalink.focus();
        String text = popover(page).getTextContent();
        assertTrue(text.startsWith("Cite this paragraph: Ahmadzai, Atal. “China and Russia Navigate Shared Threat of"
                + " Terrorism from Afghanistan,” ORF Issue Brief No. 636, Observer Research Foundation, April 2023,"
                + " The Shared Threat of Terrorism, paragraph 4, file:"), text);
        assertTrue(text.contains("threats.html#p-threats-4."), text);
    }

    @Test
    void withoutJavaScriptAReferenceIsAPlainLinkToItsNote() throws IOException {
        client.getOptions().setJavaScriptEnabled(false);
        HtmlPage page = open("russia.html");
        HtmlPage followed = ref(page, 52).click();
        assertEquals("note-52", followed.getUrl().getRef());
        assertNotNull(followed.getElementById("note-52"));
    }
}
