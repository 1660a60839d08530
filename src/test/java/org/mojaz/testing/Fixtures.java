package org.mojaz.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Our own short test articles: HTML pages, pasted text and a PDF made on the fly. */
public final class Fixtures {
    public static final List<String> PARAGRAPHS = List.of(
            "The city council of Amman approved a new plan on Monday to plant trees along the main roads of the city.",
            "Samira Haddad, who leads the council, said the plan would cost 5 million dinars over three years.",
            "Residents will be able to ask for a tree outside their home through a new website next month.",
            "The council said it would report on progress every six months and publish the accounts online.");

    private Fixtures() {
    }

    /** An article page; the title is used raw, so tests can put characters that need escaping in it. */
    public static String html(String title) {
        StringBuilder body = new StringBuilder();
        for (String p : PARAGRAPHS) {
            body.append("<p>").append(p).append("</p>\n");
        }
        body.append("<p>").append(escapeForHtml(about(title))).append("</p>\n");
        return "<!doctype html><html><head><title>" + escapeForHtml(title) + "</title></head><body><article>"
                + body + "</article></body></html>";
    }

    public static byte[] htmlBytes(String title) {
        return html(title).getBytes(StandardCharsets.UTF_8);
    }

    /** Pasted text: a title line and the paragraphs. */
    public static String pasted(String title) {
        return title + "\n\n" + String.join("\n\n", PARAGRAPHS) + "\n\n" + about(title);
    }

    /** A one-page PDF with the paragraphs as lines of text. */
    public static byte[] pdf() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                content.setLeading(14);
                content.newLineAtOffset(40, 740);
                for (String p : PARAGRAPHS) {
                    content.showText(p);
                    content.newLine();
                    content.newLine();
                }
                content.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sentence that makes each fixture's body, and so its content hash, its own. */
    private static String about(String title) {
        return "This report is filed under the heading " + title + " for our readers.";
    }

    private static String escapeForHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
