package org.mojaz.text;

import org.mojaz.core.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells Arabic, English and other languages apart with OpenNLP's langdetect model (103 languages).
 * Thread-safe: the model is shared and a detector is made per thread.
 */
public final class LanguageDetector {
    private static final String MODEL = "/langdetect-183.bin";
    /** Characters sampled: enough for a stable guess on news prose, cheap on long articles. */
    private static final int SAMPLE_CHARS = 1200;
    /** Letters that Persian, Urdu and Pashto use and Arabic does not. */
    private static final String NON_ARABIC_LETTERS = "پچژگکیٹڈںےۀہ";

    private final ThreadLocal<LanguageDetectorME> detector =
            ThreadLocal.withInitial(() -> new LanguageDetectorME(ModelHolder.MODEL));

    /**
     * Cheap: the 10 MB model is read once per process, on the first detection, so runs that never detect
     * (a refused link) never pay for it. The model is immutable and shared.
     */
    public LanguageDetector() {
    }

    private static final class ModelHolder {
        static final LanguageDetectorModel MODEL = loadModel();
    }

    public Language detect(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (sample.isBlank()) {
            return Language.OTHER;
        }
        if (isArabicScript(sample)) {
            return Language.ARABIC;
        }
        String iso3 = detector.get().predictLanguage(sample).getLang();
        switch (iso3) {
            case "ara":
            case "arz":
            case "ary":
                return Language.ARABIC;
            case "eng":
                return Language.ENGLISH;
            default:
                return fallbackByScript(sample, iso3);
        }
    }

    /**
     * The model confuses short Arabic texts written with many Latin names, and Maghrebi/Egyptian variants,
     * with Persian or Urdu; those use letters Arabic does not ({@link #NON_ARABIC_LETTERS}), so their absence decides.
     */
    private static Language fallbackByScript(String sample, String iso3) {
        if (!iso3.equals("pes") && !iso3.equals("urd") && !iso3.equals("fas") && !iso3.equals("prs")) {
            return Language.OTHER;
        }
        return hasNonArabicLetter(sample) ? Language.OTHER : Language.ARABIC;
    }

    private static boolean hasNonArabicLetter(String sample) {
        for (int i = 0; i < sample.length(); i++) {
            if (NON_ARABIC_LETTERS.indexOf(sample.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Mostly Arabic letters and none that only Persian or Urdu use: Arabic, without asking the model (which costs
     * more than the rest of reading a page). Mixed or Latin text goes to the model.
     */
    static boolean isArabicScript(String sample) {
        if (hasNonArabicLetter(sample)) {
            return false;
        }
        int arabic = 0;
        int letters = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (ArabicNormalizer.isArabicLetter(c)) {
                    arabic++;
                }
            }
        }
        return letters >= 20 && arabic >= 0.8 * letters;
    }

    private static LanguageDetectorModel loadModel() {
        try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("Language model " + MODEL + " is missing from the classpath");
            }
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the language model", e);
        }
    }
}
