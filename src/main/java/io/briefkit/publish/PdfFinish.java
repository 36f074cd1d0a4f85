package io.briefkit.publish;

import io.briefkit.Fingerprint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * What the PDF needs after rendering: the same bytes from the same sources (its dates fixed,
 * its identifier made from its content rather than the clock), and a description on every
 * link annotation, which PDF/UA asks for and OpenHTMLtoPDF gives only the link's tag.
 */
final class PdfFinish {
    private PdfFinish() {
    }

    static void apply(PDDocument document, Instant modified, String source) throws IOException {
        Calendar date = Calendar.getInstance(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
        date.setTimeInMillis(modified.toEpochMilli());
        document.getDocumentInformation().setCreationDate(date);
        document.getDocumentInformation().setModificationDate(date);
        PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        if (metadata != null) {
            metadata.importXMPMetadata(fixedDates(new String(metadata.toByteArray(), StandardCharsets.UTF_8), modified)
                    .getBytes(StandardCharsets.UTF_8));
        }
        PDStructureTreeRoot structure = document.getDocumentCatalog().getStructureTreeRoot();
        if (structure != null) {
            describeLinks(structure.getKids());
        }
        byte[] id = Arrays.copyOf(Fingerprint.raw(source), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().setDocumentID(ids);
    }

    /**
     * The XMP packet with its dates replaced by {@code modified}. Edited as text: a round trip
     * through an XMP parser drops the namespace declarations of the PDF/A extension schema.
     */
    static String fixedDates(String xmp, Instant modified) {
        String iso = modified.atOffset(ZoneOffset.UTC).toString();
        String dates = "<rdf:Description xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" rdf:about=\"\">"
                + "<xmp:CreateDate>" + iso + "</xmp:CreateDate><xmp:ModifyDate>" + iso + "</xmp:ModifyDate>"
                + "<xmp:MetadataDate>" + iso + "</xmp:MetadataDate></rdf:Description>";
        return xmp.replaceAll("\\s*<xmp:(CreateDate|ModifyDate|MetadataDate)>[^<]*</xmp:\\1>", "")
                .replace("</rdf:RDF>", dates + "</rdf:RDF>");
    }

    private static void describeLinks(List<Object> kids) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                if ("Link".equals(element.getStructureType())) {
                    String description = element.getAlternateDescription();
                    for (Object part : element.getKids()) {
                        if (part instanceof PDObjectReference reference
                                && reference.getReferencedObject() instanceof PDAnnotation annotation
                                && annotation.getContents() == null) {
                            annotation.setContents(description == null || description.isBlank() ? "Link" : description);
                        }
                    }
                }
                describeLinks(element.getKids());
            }
        }
    }
}
