package io.briefkit.build;

import io.briefkit.content.Actor;
import io.briefkit.content.ContentFile;
import io.briefkit.content.Correction;
import io.briefkit.content.Endnote;
import io.briefkit.content.Source;
import io.briefkit.link.ActorText;
import io.briefkit.link.NoteText;
import java.util.List;
import java.util.Map;

/**
 * What a build read from the project before baking it, each file read and checked.
 *
 * @param files       the content files, with their headers
 * @param settings    the brief's settings, from {@code jbake.properties}
 * @param sourceStyle the citation style of the sources page
 * @param notes       the endnotes, as written
 * @param noteTexts   the endnotes with their Markdown as HTML, by number
 * @param actors      the actors of the glossary, as written
 * @param actorTexts  the actors with their descriptions as HTML
 * @param corrections the editors' corrections of the author
 * @param sources     the records of the notes' sources
 */
record ProjectData(List<ContentFile> files, BriefSettings settings, String sourceStyle, List<Endnote> notes,
        Map<Integer, NoteText> noteTexts, List<Actor> actors, List<ActorText> actorTexts,
        List<Correction> corrections, List<Source> sources) {
}
