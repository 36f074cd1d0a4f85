package io.briefkit.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.briefkit.Finding;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorLinkScannerTest {
    @Test
    void unknownActorInAnExplicitLinkIsReportedAtItsLine() {
        ContentFile file = new ContentFile("content/threats.md", List.of("title=T", "~~~~~~", "",
                "Also called [Daesh](actor:is-k), not [us](actor:none),", "nor [ISIS](actor:isis)."), Map.of());
        assertEquals(List.of("content/threats.md:5: link to unknown actor \"isis\": use an id from glossary/actors.yaml,"
                + " or actor:none to keep the words unlinked"),
                ActorLinkScanner.check(List.of(file), Set.of("is-k")).stream().map(Finding::toString).toList());
    }
}
