package io.briefkit.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.briefkit.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorFileTest {
    @TempDir
    Path dir;

    private List<String> read(String yaml) throws IOException {
        Files.createDirectories(dir.resolve("glossary"));
        Files.writeString(dir.resolve(ActorFile.PATH), yaml);
        List<Finding> findings = new ArrayList<>();
        ActorFile.read(dir, findings);
        return findings.stream().map(Finding::toString).toList();
    }

    private static String actor(String id, String name, String aliases, String related) {
        return "- id: " + id + "\n  name: " + name + "\n  kind: armed group\n  description: A group.\n"
                + "  aliases: " + aliases + "\n  related: " + related + "\n";
    }

    @Test
    void wellFormedActors() throws IOException {
        Files.createDirectories(dir.resolve("glossary"));
        Files.writeString(dir.resolve(ActorFile.PATH), actor("is-k", "Islamic State Khorasan Province", "[IS-K, ISKP]", "[taliban]")
                + actor("taliban", "Taliban", "[]", "[]"));
        List<Finding> findings = new ArrayList<>();
        List<Actor> actors = ActorFile.read(dir, findings);
        assertEquals(List.of(), findings);
        assertEquals(new Actor("is-k", "Islamic State Khorasan Province", "armed group", "A group.", List.of("IS-K", "ISKP"),
                List.of("taliban"), 1), actors.get(0));
        assertEquals(List.of("Islamic State Khorasan Province", "IS-K", "ISKP"), actors.get(0).names());
    }

    @Test
    void aliasClaimedByTwoActors() throws IOException {
        assertEquals(List.of("glossary/actors.yaml:7: \"IS\" is claimed by isis and by is-k (line 1): a name belongs to one actor"),
                read(actor("is-k", "IS-K", "[IS]", "[]") + actor("isis", "Islamic State", "[IS]", "[]")));
    }

    @Test
    void aliasThatIsAnotherActorsName() throws IOException {
        assertEquals(List.of("glossary/actors.yaml:7: \"Taliban\" is claimed by ttp and by taliban (line 1): a name belongs to one actor"),
                read(actor("taliban", "Taliban", "[]", "[]") + actor("ttp", "TTP", "[Taliban]", "[]")));
    }

    @Test
    void relatedActorThatDoesNotExist() throws IOException {
        assertEquals(List.of("glossary/actors.yaml:1: is-k is related to \"daesh\", which is not an actor of the glossary"),
                read(actor("is-k", "IS-K", "[]", "[daesh]")));
    }

    @Test
    void entryWithoutDescription() throws IOException {
        assertEquals(List.of("glossary/actors.yaml:1: imu has no description"),
                read("- id: imu\n  name: IMU\n  kind: armed group\n"));
    }

    @Test
    void kindOutsideTheList() throws IOException {
        assertEquals(List.of("glossary/actors.yaml:1: imu: kind must be one of state, armed group, person, people, organisation,"
                + " initiative, place, not \"militia\""), read("- id: imu\n  name: IMU\n  kind: militia\n  description: A group.\n"));
    }

    @Test
    void idThatIsNotLowercaseAndHyphenated() throws IOException {
        assertEquals(List.of("glossary/actors.yaml:1: id must be lowercase words joined by hyphens, e.g. is-k, not \"IS K\""),
                read(actor("IS K", "IS-K", "[]", "[]")));
    }

    @Test
    void duplicateId() throws IOException {
        assertEquals(List.of("glossary/actors.yaml:7: duplicate id imu (first on line 1)"),
                read(actor("imu", "IMU", "[]", "[]") + actor("imu", "Islamic Movement of Uzbekistan", "[]", "[]")));
    }

    private static String withSources(String sources) {
        return "- id: etim\n  name: ETIM\n  kind: armed group\n  description: A group.\n  sources:\n" + sources;
    }

    @Test
    void sourcesAreTheBriefsNotesOrOutsideSourcesEachForAFact() throws IOException {
        Files.createDirectories(dir.resolve("glossary"));
        Files.writeString(dir.resolve(ActorFile.PATH), withSources("    - for: the delisting\n      title: US drops ETIM\n"
                + "      publisher: A Paper\n      date: 2020-11\n      url: https://example.org/etim\n"
                + "    - for: the claim of 2022\n      note: 59\n"));
        List<Finding> findings = new ArrayList<>();
        List<Actor> actors = ActorFile.read(dir, findings);
        assertEquals(List.of(), findings);
        assertEquals(List.of(new DescriptionSource("the delisting", 0, "US drops ETIM", "A Paper", "2020-11",
                "https://example.org/etim", 6), new DescriptionSource("the claim of 2022", 59, "", "", "", "", 11)),
                actors.get(0).sources());
    }

    @Test
    void aSourceWithABadDateOrAddressIsReportedOnItsLine() throws IOException {
        assertEquals(List.of("glossary/actors.yaml:6: etim: a source url must be an address starting with https://,"
                + " not \"example.org\"", "glossary/actors.yaml:6: etim: a source date must be written like 2020, 2020-11"
                + " or 2020-11-05, not \"5 Nov 2020\""),
                read(withSources("    - for: the delisting\n      title: T\n      publisher: P\n      date: 5 Nov 2020\n"
                        + "      url: example.org\n")));
    }

    @Test
    void aSourceMustSayWhatItSupportsAndBeOneThingOrTheOther() throws IOException {
        assertEquals(List.of("glossary/actors.yaml:6: etim: a source does not say which fact it supports (for:)",
                "glossary/actors.yaml:6: etim: a source names both a note of the brief and an outside source: give one of them",
                "glossary/actors.yaml:9: etim: a source gives neither a note of the brief (note:) nor an outside source's"
                        + " title, publisher and url"),
                read(withSources("    - note: 3\n      title: T\n      url: https://example.org\n"
                        + "    - for: a fact\n      title: T\n")));
    }

    @Test
    void aSourceCitingANoteTheBriefDoesNotHaveIsReported() throws IOException {
        Files.createDirectories(dir.resolve("glossary"));
        Files.writeString(dir.resolve(ActorFile.PATH), withSources("    - for: the claim\n      note: 95\n"));
        List<Finding> findings = new ArrayList<>();
        List<Actor> actors = ActorFile.read(dir, findings);
        DescriptionSources.checkNotes(actors, java.util.Set.of(1, 2, 3), findings);
        assertEquals(List.of("glossary/actors.yaml:6: etim: a source cites note 95, which is not one of the brief's notes"),
                findings.stream().map(Finding::toString).toList());
    }

    @Test
    void aHeadwordMustBeTheNameOrAnAlias() throws IOException {
        assertEquals(List.of("glossary/actors.yaml:1: is-k: headword \"ISIS-K\" must be its name or one of its aliases"),
                read("- id: is-k\n  name: Islamic State Khorasan Province\n  headword: ISIS-K\n  kind: armed group\n"
                        + "  description: A group.\n  aliases: [IS-K]\n"));
    }
}
