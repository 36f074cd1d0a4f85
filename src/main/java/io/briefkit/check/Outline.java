package io.briefkit.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The elements of a page as jsoup writes pages, found by reading its tags in order rather than
 * by parsing it into a tree: each element's name, where its start tag begins and ends, where its
 * end tag ends, and its parent. jsoup writes every end tag but a void element's, escapes
 * {@code <} in text, and quotes every attribute value, so the tags alone give the elements; a
 * page that breaks that (an end tag that closes another element than the last one opened) has
 * no outline, and is read as a whole.
 */
public final class Outline {
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "keygen", "link", "meta", "param", "source", "track", "wbr");
    private static final Set<String> RAW_TEXT = Set.of("script", "style");

    /** An element: its name, the start and end of its start tag, and the end of the element. */
    public static final class Element {
        final String name;
        final int start;
        final int startTagEnd;
        final int parent;
        final int index;
        /** The id its start tag gives it, or null. */
        final String id;
        int end;

        private Element(int index, String name, int start, int startTagEnd, int parent, String id) {
            this.index = index;
            this.name = name;
            this.start = start;
            this.startTagEnd = startTagEnd;
            this.parent = parent;
            this.id = id;
        }

        public String name() {
            return name;
        }

        /** Where the start tag begins. */
        public int start() {
            return start;
        }

        /** Where the start tag ends, after its {@code >}. */
        public int startTagEnd() {
            return startTagEnd;
        }

        /** Where the element ends, after its end tag's {@code >}. */
        public int end() {
            return end;
        }
    }

    private final List<Element> elements;
    private final boolean sharedId;

    private Outline(List<Element> elements, boolean sharedId) {
        this.elements = elements;
        this.sharedId = sharedId;
    }

    /** The page's outline, or null if its tags do not nest as jsoup writes them. */
    public static Outline of(String html) {
        List<Element> elements = new ArrayList<>();
        Deque<Integer> open = new ArrayDeque<>();
        Set<String> ids = new HashSet<>();
        boolean shared = false;
        int at = 0;
        while (true) {
            int lt = html.indexOf('<', at);
            if (lt < 0) {
                break;
            }
            if (html.startsWith("<!--", lt)) {
                int end = html.indexOf("-->", lt + 4);
                if (end < 0) {
                    return null;
                }
                at = end + 3;
                continue;
            }
            if (html.startsWith("<!", lt) || html.startsWith("<?", lt)) {
                int end = html.indexOf('>', lt);
                if (end < 0) {
                    return null;
                }
                at = end + 1;
                continue;
            }
            if (html.startsWith("</", lt)) {
                int end = html.indexOf('>', lt);
                if (end < 0 || open.isEmpty()) {
                    return null;
                }
                Element last = elements.get(open.pop());
                if (!last.name.equals(html.substring(lt + 2, end).strip().toLowerCase(Locale.ROOT))) {
                    return null;
                }
                last.end = end + 1;
                at = end + 1;
                continue;
            }
            int nameEnd = lt + 1;
            while (nameEnd < html.length() && isNameChar(html.charAt(nameEnd))) {
                nameEnd++;
            }
            if (nameEnd == lt + 1) {
                return null;
            }
            String name = html.substring(lt + 1, nameEnd).toLowerCase(Locale.ROOT);
            StartTag tag = startTag(html, nameEnd);
            if (tag == null) {
                return null;
            }
            int end = tag.end();
            String id = tag.id();
            if (id != null && !ids.add(id)) {
                shared = true;
            }
            Element element = new Element(elements.size(), name, lt, end, open.isEmpty() ? -1 : open.peek(), id);
            elements.add(element);
            boolean selfClosed = html.charAt(end - 2) == '/';
            if (VOID.contains(name) || selfClosed) {
                element.end = end;
                at = end;
            } else if (RAW_TEXT.contains(name)) {
                int close = html.indexOf("</", end);
                while (close >= 0 && !html.regionMatches(true, close + 2, name, 0, name.length())) {
                    close = html.indexOf("</", close + 2);
                }
                int closeEnd = close < 0 ? -1 : html.indexOf('>', close);
                if (closeEnd < 0) {
                    return null;
                }
                element.end = closeEnd + 1;
                at = closeEnd + 1;
            } else {
                open.push(elements.size() - 1);
                at = end;
            }
        }
        return open.isEmpty() ? new Outline(elements, shared) : null;
    }

    /**
     * Reads the attributes of the start tag whose name ends at {@code from}: where the tag ends
     * and its id; null if the tag does not end.
     */
    private static StartTag startTag(String html, int from) {
        String id = null;
        int at = from;
        int length = html.length();
        while (at < length) {
            char c = html.charAt(at);
            if (c == '>') {
                return new StartTag(at + 1, id);
            }
            if (Character.isWhitespace(c) || c == '/') {
                at++;
                continue;
            }
            int nameStart = at;
            while (at < length && !Character.isWhitespace(html.charAt(at)) && "=>/".indexOf(html.charAt(at)) < 0) {
                at++;
            }
            String name = html.substring(nameStart, at);
            while (at < length && Character.isWhitespace(html.charAt(at))) {
                at++;
            }
            if (at < length && html.charAt(at) == '=') {
                at++;
                while (at < length && Character.isWhitespace(html.charAt(at))) {
                    at++;
                }
                int valueStart;
                int valueEnd;
                if (at < length && (html.charAt(at) == '"' || html.charAt(at) == '\'')) {
                    valueStart = at + 1;
                    valueEnd = html.indexOf(html.charAt(at), valueStart);
                    if (valueEnd < 0) {
                        break;
                    }
                    at = valueEnd + 1;
                } else {
                    valueStart = at;
                    while (at < length && !Character.isWhitespace(html.charAt(at)) && html.charAt(at) != '>') {
                        at++;
                    }
                    valueEnd = at;
                }
                if (name.equalsIgnoreCase("id")) {
                    id = html.substring(valueStart, valueEnd);
                }
            }
        }
        return null;
    }

    /** A start tag read: the position after its {@code >}, and the value of its id as written, or null. */
    private record StartTag(int end, String id) {
    }

    private static boolean isNameChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == ':' || c == '_');
    }

    /** Every element named {@code name}, in the page's order. */
    public List<Element> named(String name) {
        return elements.stream().filter(element -> element.name.equals(name)).toList();
    }

    /** Whether two elements of the page have the same id. */
    boolean sharedId() {
        return sharedId;
    }

    /** Every element, in the page's order. */
    List<Element> elements() {
        return java.util.Collections.unmodifiableList(elements);
    }

    /** The first element named {@code name}, in the page's order, whose ancestors include {@code names} in that order, or null. */
    Element first(String name, String... ancestors) {
        for (Element element : elements) {
            if (element.name.equals(name) && within(element, ancestors)) {
                return element;
            }
        }
        return null;
    }

    /** Whether the element has ancestors named as given, outermost first, each inside the one before. */
    private boolean within(Element element, String... ancestors) {
        int wanted = ancestors.length - 1;
        int parent = element.parent;
        while (wanted >= 0 && parent >= 0) {
            Element ancestor = elements.get(parent);
            if (ancestor.name.equals(ancestors[wanted])) {
                wanted--;
            }
            parent = ancestor.parent;
        }
        return wanted < 0;
    }

    /** The element's children, in order. */
    List<Element> children(Element element) {
        int index = element.index;
        List<Element> children = new ArrayList<>();
        for (int i = index + 1; i < elements.size() && elements.get(i).start < element.end; i++) {
            if (elements.get(i).parent == index) {
                children.add(elements.get(i));
            }
        }
        return children;
    }

    /** The element's ancestors, nearest first. */
    List<Element> ancestors(Element element) {
        List<Element> ancestors = new ArrayList<>();
        for (int parent = element.parent; parent >= 0; parent = elements.get(parent).parent) {
            ancestors.add(elements.get(parent));
        }
        return ancestors;
    }
}
