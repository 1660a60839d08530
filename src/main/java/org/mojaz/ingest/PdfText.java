package org.mojaz.ingest;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text layer of a PDF, with Apache PDFBox. Scanned PDFs have none: that is an {@link ExtractionException}. */
public final class PdfText {
    private static final int MAX_PAGES = 200;

    private PdfText() {
    }

    public static boolean looksLikePdf(byte[] bytes, String fileName, String mimeType) {
        boolean magic = bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F';
        return magic || "application/pdf".equalsIgnoreCase(mimeType)
                || (fileName != null && fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf"));
    }

    /** Paragraphs of the PDF's text, separated by blank lines. */
    public static String extract(byte[] bytes) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setEndPage(Math.min(doc.getNumberOfPages(), MAX_PAGES));
            stripper.setParagraphEnd("\n\n");
            String text = stripper.getText(doc);
            if (text.isBlank()) {
                throw new ExtractionException(ExtractionFailure.TOO_SHORT);
            }
            return text;
        } catch (IOException e) {
            throw new FetchException(FetchException.Reason.UNSUPPORTED_TYPE, "That PDF could not be opened.", e);
        }
    }
}
