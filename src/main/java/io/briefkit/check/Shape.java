package io.briefkit.check;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * What the HTML checker's verdict on a page can depend on: the page as written, with the
 * words of its ordinary text left out. Each run of text in the body between two tags that is
 * not all whitespace becomes one letter; tags, attributes, comments, whitespace, the head and
 * the text of the elements whose text the checker reads ({@link #VERBATIM}) stay as they are.
 * The Nu HTML Checker's errors read the rest of a page's text for no more than whether a run
 * is whitespace (a heading or an option with no text, text where a table allows none) and for
 * the characters it forbids (controls, noncharacters, malformed character references); its
 * other readings of text (Normalization Form C, duplicate terms, the page's language) are
 * warnings, which the build does not count. So two pages of one shape whose texts hold only
 * {@link #safe} characters are valid or invalid together, and a page whose words alone changed
 * since it was found valid need not be checked again. A page with a text run that is not safe
 * has no shape, and is always checked. The head is kept whole because a {@code meta charset}
 * must end within the first 1,024 bytes, which a longer title could push it past.
 */
final class Shape {
    /**
     * Elements whose text is kept as it is: those whose text the checker parses (a {@code time}
     * without a {@code datetime}, a {@code script}'s or a {@code style}'s code), those whose
     * content is text up to their end tag rather than markup ({@link #RAW}), and foreign content
     * ({@code svg}, {@code math}), which is kept whole rather than read by the rules of HTML.
     */
    private static final Set<String> VERBATIM = Set.of("time", "script", "style", "title", "textarea", "xmp", "iframe",
            "noembed", "noframes", "noscript", "plaintext", "svg", "math");
    /** Of {@link #VERBATIM}, the roots of foreign content, the only ones a {@code />} closes at once. */
    private static final Set<String> FOREIGN = Set.of("svg", "math");
    /** Of {@link #VERBATIM}, those whose content is text up to their end tag, not markup. */
    private static final Set<String> RAW = Set.of("title", "script", "style", "textarea", "xmp", "iframe", "noembed",
            "noframes", "noscript", "plaintext");
    /** The character references jsoup writes in text, the only ones a safe text may hold. */
    private static final String[] REFERENCES = {"&amp;", "&lt;", "&gt;", "&nbsp;", "&quot;"};

    private Shape() {
    }

    /** The shape of the page {@code html}, as UTF-8, or null if it is not UTF-8 or some text of it is not {@link #safe}. */
    static String of(byte[] html) {
        try {
            return of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(html)).toString());
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The shape of the page {@code html}, or null if some text of it is not {@link #safe}. */
    static String of(String html) {
        StringBuilder shape = new StringBuilder(html.length() / 2);
        // Nothing is left out before the body starts, nor inside an element kept as it is.
        boolean body = false;
        int verbatim = 0;
        int at = 0;
        int length = html.length();
        while (at < length) {
            int open = html.indexOf('<', at);
            int textEnd = open < 0 ? length : open;
            if (textEnd > at) {
                String text = html.substring(at, textEnd);
                if (!body || verbatim > 0 || whitespace(text)) {
                    shape.append(text);
                } else if (safe(text)) {
                    shape.append('x');
                } else {
                    return null;
                }
            }
            if (open < 0) {
                break;
            }
            int end = tagEnd(html, open);
            if (end < 0) {
                shape.append(html, open, length);
                break;
            }
            shape.append(html, open, end);
            String name = name(html, open);
            boolean closing = html.startsWith("</", open);
            at = end;
            if (!closing && "body".equals(name)) {
                body = true;
            } else if (name != null && VERBATIM.contains(name) && !(FOREIGN.contains(name) && html.startsWith("/>", end - 2))) {
                if (closing) {
                    verbatim = Math.max(0, verbatim - 1);
                } else if (RAW.contains(name)) {
                    // Its content is text up to its end tag, kept whole, end tag and all; a
                    // script whose text opens a comment may end elsewhere, and is not shaped.
                    int close = endTag(html, name, end);
                    int after = close < 0 ? -1 : tagEnd(html, close);
                    if (after < 0 || html.substring(end, close).contains("<!--")) {
                        return null;
                    }
                    shape.append(html, end, after);
                    at = after;
                } else {
                    verbatim++;
                }
            }
        }
        return shape.toString();
    }

    /**
     * Whether {@code text} holds only characters that the checker reports no error for: no
     * controls but tab, line feed and carriage return, no noncharacters, no lone surrogate, no
     * {@code <}, and an ampersand only in the references jsoup writes (none of which stands
     * for whitespace, so that a run is whitespace to the checker exactly when it is here).
     */
    static boolean safe(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c == '&') {
                String reference = reference(text, i);
                if (reference == null) {
                    return false;
                }
                i += reference.length();
                continue;
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f) || c == '<'
                    || (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe || (c >= 0xd800 && c <= 0xdfff)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    private static String reference(String text, int at) {
        for (String reference : REFERENCES) {
            if (text.startsWith(reference, at)) {
                return reference;
            }
        }
        return null;
    }

    /** Whether {@code text} is all HTML whitespace: space, tab, line feed, form feed, carriage return. */
    private static boolean whitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\f' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the tag, comment or declaration that starts at {@code open} ends (just after its
     * {@code >}), or -1: a comment at its {@code -->}, a CDATA section at its {@code ]]>}, a
     * tag at the first {@code >} outside a quoted attribute value.
     */
    private static int tagEnd(String html, int open) {
        if (html.startsWith("<!--", open)) {
            int close = html.indexOf("-->", open + 4);
            return close < 0 ? -1 : close + 3;
        }
        if (html.startsWith("<![CDATA[", open)) {
            int close = html.indexOf("]]>", open + 9);
            return close < 0 ? -1 : close + 3;
        }
        char quote = 0;
        for (int i = open + 1; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return -1;
    }

    /** Where the first end tag of the element {@code name} at or after {@code from} starts, or -1. */
    private static int endTag(String html, String name, int from) {
        for (int at = html.indexOf("</", from); at >= 0; at = html.indexOf("</", at + 2)) {
            int after = at + 2 + name.length();
            if (html.regionMatches(true, at + 2, name, 0, name.length()) && after < html.length()
                    && " \t\n\f\r/>".indexOf(html.charAt(after)) >= 0) {
                return at;
            }
        }
        return -1;
    }

    /** The lower-cased name of the start or end tag at {@code open}, or null if it is not one. */
    private static String name(String html, int open) {
        int i = open + (html.startsWith("</", open) ? 2 : 1);
        int start = i;
        while (i < html.length() && Character.isLetterOrDigit(html.charAt(i))) {
            i++;
        }
        return i > start && Character.isLetter(html.charAt(start)) ? html.substring(start, i).toLowerCase(Locale.ROOT) : null;
    }
}
