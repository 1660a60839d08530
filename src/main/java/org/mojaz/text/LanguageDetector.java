package org.mojaz.text;

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
    /** Characters sampled: enough for a stable guess, cheap on long articles. */
    private static final int SAMPLE_CHARS = 3000;

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
     * with Persian or Urdu; those use letters Arabic does not (پ چ ژ گ ک ی ٹ ڈ ں ے), so their absence decides.
     */
    private static Language fallbackByScript(String sample, String iso3) {
        if (!iso3.equals("pes") && !iso3.equals("urd") && !iso3.equals("fas") && !iso3.equals("prs")) {
            return Language.OTHER;
        }
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if ("پچژگکیٹڈںے".indexOf(c) >= 0) {
                return Language.OTHER;
            }
        }
        return Language.ARABIC;
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
