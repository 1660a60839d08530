package org.mojaz.summary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.mojaz.entity.EntityExtractor;
import org.mojaz.core.Article;
import org.mojaz.core.Language;
import org.mojaz.text.SentenceSplitter;
import org.mojaz.text.Tokenizer;

/**
 * The engine that runs without a model: picks whole sentences of the article, in their original order, by directed
 * centrality and a lead prior ({@link CentralityRanker}) under a word budget with redundancy control
 * ({@link BudgetSelector}). The title and dateline-only lines are never picked; a leading dateline
 * ("CAIRO (Reuters) -") is dropped from the first sentence. Only the article's own language gets a summary; the
 * other brief is an honest note, in that language, that a language model is needed. Thread-safe.
 */
public final class ExtractiveSummarizer implements Summarizer {
    public static final String ENGINE = "extractive";
    static final String NOTE_AR_FOR_ENGLISH =
            "الملخص العربي لمقال بالإنجليزية يحتاج إلى نموذج لغوي (LLM) غير متاح الآن؛ هذا المحرك يقتبس جمل المقال فقط ولا يترجم.";
    static final String NOTE_EN_FOR_ARABIC =
            "An English summary of an Arabic article needs a language model (LLM), which is not available now; "
                    + "this engine only quotes the article's own sentences and does not translate.";
    static final String NOTE_AR_OTHER =
            "المقال ليس بالعربية ولا بالإنجليزية؛ تلخيصه يحتاج إلى نموذج لغوي (LLM) غير متاح الآن.";
    static final String NOTE_EN_OTHER =
            "The article is in neither Arabic nor English; summarising it needs a language model (LLM), "
                    + "which is not available now.";
    static final String NOTE_AR_EMPTY = "لا يحتوي المقال على جمل يمكن اقتباسها بعد العنوان.";
    static final String NOTE_EN_EMPTY = "The article has no sentences to quote besides its title.";
    private static final Pattern DATELINE_PREFIX = Pattern.compile(
            "^(?:\\(\\s*[\\p{L} .]{2,30}\\s*\\)\\s*(?:--|[-—–:])\\s*"
                    + "|[\\p{Lu}\\p{IsArabic}][\\p{L}\\p{M} .,'’–—-]{1,40}?\\s*\\(\\s*[\\p{L} .]{2,30}\\s*\\)\\s*(?:--|[-—–:])\\s*"
                    + "|\\p{Lu}[\\p{Lu} ,.'’]{1,40}\\s*(?:--|[-—–:])\\s+)");

    /**
     * Tuning of the engine.
     *
     * @param wordBudget         words in the short summary (whole sentences only)
     * @param keyPointCount      sentences in the longer "more" view ({@link Brief#keyPoints})
     * @param keyPointWordBudget words allowed in the "more" view
     * @param threshold          PacSum edge threshold, fraction of the similarity range (0 keeps all edges)
     * @param backwardWeight     weight of edges to earlier sentences (forward edges weigh 1)
     * @param positionWeight     share of the lead prior in the score, 0..1
     * @param positionDecay      exponent of the prior 1 / (1 + i)^decay
     * @param redundancy         MMR penalty on similarity to sentences already picked
     */
    public record Options(int wordBudget, int keyPointCount, int keyPointWordBudget, double threshold,
            double backwardWeight, double positionWeight, double positionDecay, double redundancy) {

        public Options {
            if (wordBudget < 1 || keyPointCount < 1 || keyPointWordBudget < 1) {
                throw new IllegalArgumentException("wordBudget, keyPointCount and keyPointWordBudget must be positive");
            }
            if (positionWeight < 0 || positionWeight > 1) {
                throw new IllegalArgumentException("positionWeight must be within 0..1");
            }
        }

        public static Options defaults() {
            // One set for both languages, chosen on a small grid with `mojaz eval summarize` over EASC and the
            // English news set: forward edges only (PacSum's directed centrality), no edge threshold, lead prior
            // 1/sqrt(1+i) with weight 0.6, MMR penalty 0.3; 60 words short, 5 sentences / 160 words "more".
            return new Options(60, 5, 160, 0.0, 0.0, 0.6, 0.5, 0.3);
        }

        public Options withWordBudget(int words) {
            return new Options(words, keyPointCount, keyPointWordBudget, threshold, backwardWeight, positionWeight,
                    positionDecay, redundancy);
        }
    }

    private final EntityExtractor entities;
    private final Options options;
    private final SentenceSplitter splitter;
    private final Tokenizer tokenizer;
    private final CentralityRanker ranker;

    public ExtractiveSummarizer(EntityExtractor entities) {
        this(entities, Options.defaults(), new SentenceSplitter(), new Tokenizer());
    }

    public ExtractiveSummarizer(EntityExtractor entities, Options options, SentenceSplitter splitter,
            Tokenizer tokenizer) {
        if (entities == null || options == null || splitter == null || tokenizer == null) {
            throw new IllegalArgumentException("entities, options, splitter and tokenizer must not be null");
        }
        this.entities = entities;
        this.options = options;
        this.splitter = splitter;
        this.tokenizer = tokenizer;
        this.ranker = new CentralityRanker(options.threshold(), options.backwardWeight(), options.positionWeight(),
                options.positionDecay());
    }

    @Override
    public Digest summarize(Article whole) {
        if (whole == null) {
            throw new IllegalArgumentException("article must not be null");
        }
        Article article = InputLimits.capped(whole);
        Language language = article.language();
        Brief arabic;
        Brief english;
        if (language == Language.ARABIC) {
            arabic = brief(article, language);
            english = Brief.unavailable(Language.ENGLISH, NOTE_EN_FOR_ARABIC);
        } else if (language == Language.ENGLISH) {
            arabic = Brief.unavailable(Language.ARABIC, NOTE_AR_FOR_ENGLISH);
            english = brief(article, language);
        } else {
            arabic = Brief.unavailable(Language.ARABIC, NOTE_AR_OTHER);
            english = Brief.unavailable(Language.ENGLISH, NOTE_EN_OTHER);
        }
        return new Digest(article.contentHash(), arabic, english, entities.extract(article.text(), language),
                ENGINE, "-", null);
    }

    /** The brief in the article's own language (Arabic or English), without entities or the other-language note. */
    public Brief brief(Article article) {
        if (article.language() == Language.OTHER) {
            return Brief.unavailable(Language.ENGLISH, NOTE_EN_OTHER);
        }
        return brief(article, article.language());
    }

    private Brief brief(Article article, Language language) {
        Ranked ranked = rankCandidates(article.title(), InputLimits.capped(article.text()), language);
        List<String> summary = ranked.pick(options.wordBudget(), Integer.MAX_VALUE, options.redundancy());
        if (summary.isEmpty()) {
            return Brief.unavailable(language, language == Language.ARABIC ? NOTE_AR_EMPTY : NOTE_EN_EMPTY);
        }
        List<String> keyPoints = ranked.pick(options.keyPointWordBudget(), options.keyPointCount(),
                options.redundancy());
        return new Brief(language, String.join(" ", summary), keyPoints, true);
    }

    /**
     * The summary sentences of a body, in original order, at most {@code wordBudget} words in total (unless not
     * even one sentence fits) and at most {@code maxSentences} sentences.
     */
    public List<String> extract(String title, String body, Language language, int wordBudget, int maxSentences) {
        return rankCandidates(title, InputLimits.capped(body), language).pick(wordBudget, maxSentences,
                options.redundancy());
    }

    /** Ranks already split sentences as they are (for evaluation, where all systems share one split). */
    public Ranked rank(List<String> all, Language language) {
        List<String> sentences = InputLimits.firstSentences(all);
        List<List<String>> terms = new ArrayList<>(sentences.size());
        for (String s : sentences) {
            terms.add(tokenizer.terms(s, language));
        }
        return ranked(sentences, terms);
    }

    private Ranked ranked(List<String> sentences, List<List<String>> terms) {
        SentenceGraph graph = SentenceGraph.of(terms);
        return new Ranked(sentences, graph, ranker.scores(graph));
    }

    /**
     * Ranks the sentences that may be picked: title repeats and dateline-only lines removed, leading dateline cut;
     * at most {@link InputLimits#MAX_SENTENCES} of them, from a body already cut to {@link InputLimits#MAX_CHARS}.
     */
    private Ranked rankCandidates(String title, String body, Language language) {
        Set<String> titleTerms = new HashSet<>(tokenizer.terms(title == null ? "" : title, language));
        List<String> sentences = new ArrayList<>();
        List<List<String>> terms = new ArrayList<>();
        for (String s : splitter.split(body, language)) {
            if (sentences.size() == InputLimits.MAX_SENTENCES) {
                break;
            }
            String sentence = sentences.isEmpty() ? DATELINE_PREFIX.matcher(s).replaceFirst("") : s;
            if (sentence.isBlank() || isDatelineOnly(sentence.strip())) {
                continue;
            }
            List<String> sentenceTerms = tokenizer.terms(sentence, language);
            if (!repeatsTitle(sentenceTerms, titleTerms)) {
                sentences.add(sentence);
                terms.add(sentenceTerms);
            }
        }
        return ranked(sentences, terms);
    }

    /** A short line without a closing mark that holds a date or starts with a byline ("By", "بقلم", "كتب"). */
    static boolean isDatelineOnly(String line) {
        char last = line.charAt(line.length() - 1);
        if (".؟?!\"»”".indexOf(last) >= 0 || SentenceSplitter.wordCount(line) > 8) {
            return false;
        }
        String lower = line.toLowerCase(java.util.Locale.ROOT);
        return lower.chars().anyMatch(Character::isDigit) || lower.startsWith("by ") || lower.startsWith("بقلم")
                || lower.startsWith("كتب ");
    }

    private static boolean repeatsTitle(List<String> sentenceTerms, Set<String> titleTerms) {
        if (titleTerms.isEmpty()) {
            return false;
        }
        Set<String> terms = new HashSet<>(sentenceTerms);
        if (terms.isEmpty()) {
            return false;
        }
        int shared = 0;
        for (String t : terms) {
            if (titleTerms.contains(t)) {
                shared++;
            }
        }
        return shared >= 0.8 * terms.size() && shared >= 0.8 * titleTerms.size();
    }

    /** Sentences with their similarity graph and scores; picks summaries of any budget from one ranking. */
    public static final class Ranked {
        private final List<String> sentences;
        private final SentenceGraph graph;
        private final double[] scores;
        private final int[] wordCounts;

        Ranked(List<String> sentences, SentenceGraph graph, double[] scores) {
            this.sentences = List.copyOf(sentences);
            this.graph = graph;
            this.scores = scores;
            this.wordCounts = new int[sentences.size()];
            for (int i = 0; i < wordCounts.length; i++) {
                wordCounts[i] = SentenceSplitter.wordCount(sentences.get(i));
            }
        }

        public List<String> pick(int wordBudget, int maxSentences, double redundancy) {
            List<String> out = new ArrayList<>();
            for (int i : BudgetSelector.select(scores, graph, wordCounts, wordBudget, maxSentences, redundancy)) {
                out.add(sentences.get(i));
            }
            return out;
        }

        public SentenceGraph graph() {
            return graph;
        }
    }
}
