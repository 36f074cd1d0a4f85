package io.briefkit.link;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The list on an actor's page of the paragraphs that name the actor, one item a paragraph: the
 * link to it, the excerpt with the name marked, and the notes cited there. After an edit of a
 * paragraph that changes what an actor's item quotes but not how many paragraphs name the
 * actor, the page is the one last written with the items that differ made again ({@link
 * #splice}), rather than made whole: at a thousand parts, the page of an actor named
 * everywhere is megabytes.
 */
final class MentionItems {
    private static final byte[] LIST = "<ol class=\"mentions\">".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OPEN = "<li>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = "</li>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "</ol>".getBytes(StandardCharsets.US_ASCII);

    private final String notesPage;

    /** Items whose notes link to {@code notesPage} (null for none). */
    MentionItems(String notesPage) {
        this.notesPage = notesPage == null ? "" : notesPage;
    }

    /** Appends the list of {@code mentions}, which are not none, to {@code article}. */
    void append(Element article, List<Mention> mentions) {
        Element list = article.appendElement("ol").addClass("mentions");
        mentions.forEach(mention -> item(list, mention));
    }

    private void item(Element list, Mention mention) {
        Element item = list.appendElement("li");
        item.appendElement("a").attr("href", mention.page().uri() + "#" + mention.anchor()).text(mention.where());
        Element quote = item.appendElement("blockquote").appendElement("p");
        highlight(quote, mention.excerpt(), mention.name());
        if (!mention.notes().isEmpty()) {
            Element notes = item.appendElement("p").addClass("cited").text("Notes cited there: ");
            for (int i = 0; i < mention.notes().size(); i++) {
                int note = mention.notes().get(i);
                notes.appendText(i == 0 ? "" : ", ");
                notes.appendElement("a").attr("href", notesPage + "#note-" + note).text(String.valueOf(note));
            }
        }
    }

    private static void highlight(Element quote, String excerpt, String name) {
        int at = excerpt.indexOf(name);
        if (at < 0) {
            quote.text(excerpt);
            return;
        }
        quote.appendText(excerpt.substring(0, at));
        quote.appendElement("mark").text(name);
        quote.appendText(excerpt.substring(at + name.length()));
    }

    /**
     * Where each item of an actor page's list is in {@code page}, the page's bytes: item
     * {@code i} from {@code starts[i]}, its {@code <li>}, to just after its {@code </li>} at
     * {@code ends[i]}. Kept with the bytes they were found in, so that the next edit of the same
     * paragraph need not look for them again in megabytes.
     */
    record Items(io.briefkit.ByteRuns page, int[] starts, int[] ends) {
    }

    /**
     * The page {@code last}, written by {@code shell}'s output settings with the list of
     * {@code were}, with the items of {@code are} in place of those that differ, each told to
     * {@code edit}, and where its items now are; null, with nothing told, unless there are as
     * many of each and the page
     * holds one list of that many items. {@code known} is where the items of {@code last} are,
     * if a splice made it (else null, and they are looked for). An item holds no list of its
     * own, and a tag's characters in its text are written as references, so the page's tags
     * alone tell where each item is.
     */
    Items splice(io.briefkit.ByteRuns last, Items known, Document shell, List<Mention> were, List<Mention> are,
            io.briefkit.PageEdit.Recorder edit) {
        if (were.size() != are.size() || were.isEmpty()) {
            return null;
        }
        Items items = known != null && known.page() == last && known.starts().length == were.size() ? known
                : items(last, were.size());
        if (items == null) {
            return null;
        }
        int[] starts = items.starts();
        int[] ends = items.ends();
        Element holder = new Document("").outputSettings(shell.outputSettings().clone()).appendElement("ol");
        Map<Integer, String> made = new java.util.TreeMap<>();
        Map<Integer, byte[]> bytes = new HashMap<>();
        for (int i = 0; i < were.size(); i++) {
            if (!were.get(i).equals(are.get(i))) {
                holder.empty();
                item(holder, are.get(i));
                made.put(i, holder.child(0).outerHtml());
                bytes.put(i, made.get(i).getBytes(StandardCharsets.UTF_8));
            }
        }
        // The page as last written, but for the changed items, is shared rather than copied: it can be megabytes long.
        io.briefkit.ByteRuns.Builder out = new io.briefkit.ByteRuns.Builder();
        int[] newStarts = new int[starts.length];
        int[] newEnds = new int[ends.length];
        int shift = 0;
        for (int i = 0; i < starts.length; i++) {
            newStarts[i] = starts[i] + shift;
            if (bytes.containsKey(i)) {
                shift += bytes.get(i).length - (ends[i] - starts[i]);
            }
            newEnds[i] = ends[i] + shift;
        }
        int from = 0;
        for (Map.Entry<Integer, String> item : made.entrySet()) {
            int i = item.getKey();
            out.add(last, from, starts[i]).add(bytes.get(i));
            edit.replace(starts[i], ends[i], item.getValue());
            from = ends[i];
        }
        out.add(last, from, last.length());
        return new Items(out.build(), newStarts, newEnds);
    }

    /** Where the {@code count} items of the one list of {@code page} are; null if it does not hold one such list. */
    private static Items items(io.briefkit.ByteRuns runs, int count) {
        byte[] page = runs.toArray();
        int list = find(page, LIST, 0);
        if (list < 0) {
            return null;
        }
        // One pass through the page, a tag at a time: the items, then the rest, which holds no other such list.
        int[] starts = new int[count];
        int[] ends = new int[count];
        int at = list + LIST.length;
        for (int i = 0; i < count; i++) {
            if (!at(page, OPEN, at)) {
                return null;
            }
            starts[i] = at;
            int tag = at + OPEN.length;
            while ((tag = find(page, (byte) '<', tag)) >= 0 && !at(page, CLOSE, tag)) {
                tag++;
            }
            if (tag < 0) {
                return null;
            }
            ends[i] = tag + CLOSE.length;
            at = ends[i];
        }
        if (!at(page, END, at) || find(page, LIST, at) >= 0) {
            return null;
        }
        return new Items(runs, starts, ends);
    }

    /** Where {@code what} is first in {@code bytes} from {@code from}; -1 if nowhere. */
    private static int find(byte[] bytes, byte what, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == what) {
                return i;
            }
        }
        return -1;
    }

    /** Where {@code what} is first in {@code bytes} from {@code from}; -1 if nowhere. */
    private static int find(byte[] bytes, byte[] what, int from) {
        for (int i = Math.max(from, 0); i <= bytes.length - what.length; i++) {
            if (bytes[i] == what[0] && at(bytes, what, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean at(byte[] bytes, byte[] what, int i) {
        return i >= 0 && i + what.length <= bytes.length
                && java.util.Arrays.equals(bytes, i, i + what.length, what, 0, what.length);
    }
}
