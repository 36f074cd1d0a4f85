package io.briefkit.link;

/** Short excerpts of a paragraph for the glossary: the sentence that names an actor, shortened if long. */
final class Excerpts {
    static final int MAX = 220;

    private Excerpts() {
    }

    static String around(String text, String name) {
        int at = text.indexOf(name);
        if (at < 0) {
            return shorten(text, 0, MAX);
        }
        int start = sentenceStart(text, at);
        int end = sentenceEnd(text, at + name.length());
        String sentence = text.substring(start, end).strip();
        return shorten(sentence, at - start, MAX);
    }

    private static int sentenceStart(String text, int at) {
        for (int i = at - 1; i > 0; i--) {
            if (text.charAt(i) == ' ' && ".?!".indexOf(text.charAt(i - 1)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int sentenceEnd(String text, int from) {
        for (int i = from; i < text.length() - 1; i++) {
            if (".?!".indexOf(text.charAt(i)) >= 0 && text.charAt(i + 1) == ' ') {
                return i + 1;
            }
        }
        return text.length();
    }

    /** Keeps at most {@code max} characters, around {@code focus}, cut at spaces and marked with "…". */
    static String shorten(String text, int focus, int max) {
        if (text.length() <= max) {
            return text;
        }
        int start = Math.max(0, Math.min(focus - max / 3, text.length() - max));
        int end = Math.min(text.length(), start + max);
        if (start > 0) {
            start = text.indexOf(' ', start) + 1;
        }
        if (end < text.length()) {
            end = text.lastIndexOf(' ', end);
        }
        return (start > 0 ? "…" : "") + text.substring(start, end).strip() + (end < text.length() ? "…" : "");
    }
}
