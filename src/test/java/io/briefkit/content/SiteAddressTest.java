package io.briefkit.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.briefkit.Finding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteAddressTest {
    private static List<String> base(String value) {
        List<Finding> findings = new ArrayList<>();
        SiteAddress.baseUrl(value, findings);
        return findings.stream().map(Finding::toString).toList();
    }

    private static List<String> deploy(String value) {
        List<Finding> findings = new ArrayList<>();
        SiteAddress.checkDeployUrl(value, findings);
        return findings.stream().map(Finding::toString).toList();
    }

    @Test
    void aPublicAddressEndsWithASlash() {
        List<Finding> findings = new ArrayList<>();
        assertEquals("https://example.org/brief-636/", SiteAddress.baseUrl("https://example.org/brief-636/", findings));
        assertNull(SiteAddress.baseUrl("", findings));
        assertEquals(List.of(), findings);
    }

    @Test
    void malformedPublicAddressesNameThePropertyAndShowAnExample() {
        String example = "; for example -Dsite.baseurl=https://example.org/brief-636/";
        assertEquals(List.of("site.baseurl: \"example.org/brief\" is not a usable public address:"
                + " it must start with https:// or http://" + example), base("example.org/brief"));
        assertEquals(List.of("site.baseurl: \"https://example.org/brief\" is not a usable public address:"
                + " it must end with / (the folder the site is served from)" + example), base("https://example.org/brief"));
        assertEquals(List.of("site.baseurl: \"https://example.org/?x=1\" is not a usable public address:"
                + " it must not have a query or a fragment" + example), base("https://example.org/?x=1"));
    }

    @Test
    void deployAddresses() {
        assertEquals(List.of(), deploy("file:///var/www/brief-636"));
        assertEquals(List.of(), deploy("scm:git:file:///srv/git/site.git"));
        assertEquals(List.of("site.deploy.url: \"/var/www/brief\" is not a deploy address Maven can use;"
                + " for example -Dsite.deploy.url=file:///var/www/brief-636"), deploy("/var/www/brief"));
        assertEquals(List.of("site.deploy.url: no deploy address; for example -Dsite.deploy.url=file:///var/www/brief-636"
                + " or -Dsite.deploy.url=scm:git:file:///srv/git/site.git"), deploy(" "));
    }
}
