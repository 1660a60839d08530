package org.mojaz.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mojaz.text.ArabicNormalizer;

/**
 * Arabic names: the trained {@link ArabicNameModel} where the jar ships one (the rules below then serve as its
 * features, see {@link Combination}), else rules. With no capital letters to help, the rules read dictionary
 * names through proclitics (والجزائر, بالمغرب, للأمم المتحدة), nisba adjectives, organisation and place cue nouns (حزب، وزارة، مدينة...), people after
 * titles (الرئيس، وزير الخارجية الأمريكي...) or starting with a known given name, and the document's name memory.
 */
public final class ArabicNameTagger {
    private static final int MAX_NAME = 4;
    private static final String CLUBS = "clubs-ar.tsv";

    private final Gazetteer gazetteer;
    private final ArabicNameModel model;
    private final Combination combination;
    private final OrganisationNames organisations = new OrganisationNames();
    private final NameLexicon lexicon = NameLexicon.shared();
    private final ArabicWordStats news = ArabicWordStats.shared();

    /** How the trained model and the rules share the work (chosen by measurement on a held-out split). */
    public enum Combination {
        /** Rules only (no model). */
        RULES,
        /** The model's spans only. */
        MODEL,
        /** The model's spans, plus single words remembered from the model's earlier names in the document. */
        MODEL_MEMORY,
        /** The model's spans, plus every rule span that does not overlap one. */
        MODEL_RULES,
        /** The model's spans, plus names from our dictionary (not nisba adjectives) that do not overlap one. */
        MODEL_KNOWN
    }

    /** Rules only. */
    ArabicNameTagger(Gazetteer gazetteer) {
        this(gazetteer, null, Combination.RULES);
    }

    ArabicNameTagger(Gazetteer gazetteer, ArabicNameModel model, Combination combination) {
        this.gazetteer = gazetteer;
        this.model = model;
        this.combination = model == null ? Combination.RULES : combination;
    }

    /** One sentence being tagged: its tokens' normalised cores and clitic readings. */
    private record Words(String[] tokens, String[] cores, List<List<String>> stems) {
        static Words of(String[] tokens) {
            String[] cores = new String[tokens.length];
            List<List<String>> stems = new ArrayList<>(tokens.length);
            for (int i = 0; i < tokens.length; i++) {
                cores[i] = ArabicWords.core(tokens[i]);
                stems.add(ArabicWords.stems(cores[i]));
            }
            return new Words(tokens, cores, stems);
        }

        int size() {
            return tokens.length;
        }

        /** The reading of token i without clitics (its last stem). */
        String bare(int i) {
            List<String> s = stems.get(i);
            return s.get(s.size() - 1);
        }

        /** Token i is letters only (no digits or marks inside). */
        boolean letters(int i) {
            return cores[i].chars().allMatch(Character::isLetter);
        }

        boolean nameWord(int i) {
            return i < tokens.length && !ArabicWords.notName(cores[i]) && !ArabicWords.notName(bare(i))
                    && !ArabicWords.PERSON_TITLES.contains(bare(i));
        }
    }

    List<Span> tag(String[] tokens, NameMemory memory) {
        Words w = Words.of(tokens);
        List<Span> learnt = combination == Combination.RULES ? List.of()
                : quotedAfterCue(w, withCues(w, model.find(tokens)));
        List<Span> spans = new ArrayList<>();
        int next = 0;
        int i = 0;
        while (i < w.size()) {
            while (next < learnt.size() && learnt.get(next).end() <= i) {
                next++;
            }
            Span ahead = next < learnt.size() ? learnt.get(next) : null;
            Optional<Span> span = ahead != null && ahead.start() == i
                    ? Optional.of(fromModels(w, ahead, learnt))
                    : ruleAt(w, i, memory).filter(r -> ahead == null || r.end() <= ahead.start());
            if (span.isPresent()) {
                Span found = span.get();
                Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
                if (last != null && found.start() < last.end()) { // a team's name taking in the word before it
                    if (last.start() >= found.start()) {
                        spans.remove(spans.size() - 1); // ستيوا, a place alone, is the first word of the team
                    } else {
                        found = new Span(last.end(), found.end(), found.type(), null, false);
                    }
                }
                spans.add(found);
                boolean remember = found.type() == EntityType.PERSON ? found.known() != null || found.length() >= 2
                        : found.length() == 1 && found.known() != null;
                if (remember) {
                    memory.remember(memorable(keys(w, found)), found);
                }
                i = found.end();
            } else {
                i++;
            }
        }
        return spans;
    }

    /**
     * A name the models voted for, as the reader gets it: with its dictionary entry or the longer dictionary name it
     * starts, retyped as the team, company, club or paper it is, through its لل complement, as the person a dictionary
     * club's given name opens, and with the names of a club named by a common word.
     */
    private Span fromModels(Words w, Span voted, List<Span> learnt) {
        Span span = withKnown(w, voted, learnt);
        span = clubOrPaper(w, teamOrCompany(w, span));
        span = withComplement(w, span, learnt);
        span = givenNameOfPerson(w, span, learnt);
        return namedClub(w, span);
    }

    private Optional<Span> ruleAt(Words w, int i, NameMemory memory) {
        return switch (combination) {
            case MODEL -> nisbaAt(w, i).or(() -> w.cores[i].isEmpty() ? Optional.empty() : sureName(w, i));
            case MODEL_MEMORY -> w.cores[i].isEmpty() ? Optional.empty() : remembered(w, i, memory);
            case MODEL_KNOWN -> w.cores[i].isEmpty() ? Optional.empty() : known(w, i);
            default -> spanAt(w, i, memory);
        };
    }

    /**
     * A learnt span with the dictionary entry that spells it, if any (for both names); a country keeps the
     * dictionary's type (المغرب is a place even as the subject of a verb). A longer dictionary place or organisation at
     * the same word wins over a learnt span that stops short of it.
     */
    private Span withKnown(Words w, Span span, List<Span> learnt) {
        Optional<Span> longer = known(w, span.start()).filter(k -> k.end() > span.end());
        Optional<Span> longerPlace = longer.filter(k -> k.length() >= 2 && k.type() == EntityType.PLACE)
                .filter(k -> span.type() == EntityType.PERSON || learntEndsAt(learnt, k.end()));
        if (longerPlace.isPresent()) {
            return longerPlace.get(); // سوس ماسة where the model saw only the person سوس
        }
        Optional<Span> longerOrganisation = longer.filter(k -> k.type() == EntityType.ORGANIZATION
                && span.type() == EntityType.ORGANIZATION);
        if (longerOrganisation.isPresent()) {
            return longerOrganisation.get(); // البنك الأفريقي للتنمية where the model stopped at البنك الأفريقي
        }
        StringBuilder rest = new StringBuilder();
        for (int j = span.start() + 1; j < span.end(); j++) {
            rest.append(' ').append(w.cores[j]);
        }
        for (String stem : w.stems.get(span.start())) {
            Optional<KnownName> k = gazetteer.find(stem + rest).filter(n -> !n.givenName());
            if (k.isPresent()) {
                boolean placeNotPerson = k.get().type() == EntityType.PLACE && span.type() == EntityType.PERSON
                        && span.length() >= 2;
                EntityType type = gazetteer.isCountry(k.get()) || placeNotPerson ? k.get().type() : span.type();
                return new Span(span.start(), span.end(), type, k.get(), false);
            }
        }
        return afterRegionCue(w, span) ? new Span(span.start(), span.end(), EntityType.PLACE, null, false) : span;
    }

    /**
     * A name the model found, of whatever type, that the words around it make a team or a company: a team of a
     * results line, the name before its country in brackets (ليل ( فرنسا ) - ميلان ( إيطاليا ) 1 - 0), with the words
     * without the article before it (ايك اثينا); a name without the article right after a paper, channel or company
     * noun (شبكة أوربيت), which the corpus always marks as the organisation (not after الفريق, the rank); a name with
     * an English company word after its first (فيتش ريتنغز).
     */
    private Span teamOrCompany(Words w, Span span) {
        if (countryInBrackets(w, span.end()) && resultsLine(w)) {
            return new Span(clubStart(w, span.start()), span.end(), EntityType.ORGANIZATION, null, false);
        }
        if (span.type() == EntityType.ORGANIZATION) {
            return span;
        }
        boolean afterCue = span.start() > 0 && !w.cores[span.start() - 1].startsWith("ال")
                && ArabicWords.anyIn(w.stems.get(span.start() - 1), ArabicWords.NAMED_ORG_CUES)
                && !w.cores[span.start()].startsWith("ال")
                && !country(span);
        boolean companyWord = java.util.stream.IntStream.range(span.start() + 1, span.end())
                .anyMatch(j -> ArabicWords.COMPANY_WORDS.contains(w.cores[j]));
        return afterCue || companyWord
                ? new Span(span.start(), span.end(), EntityType.ORGANIZATION, span.known(), false) : span;
    }

    /**
     * A place the model found that names a club or a paper, as the news writes them: a place without the article
     * followed by a masculine country nisba (هامبورغ الألماني, ليون الفرنسي: the team; the town takes the feminine,
     * مدينة ليون الفرنسية, and a region with the article, الجولان السوري, stays a place), or a place that alone fills
     * quotation marks and is no country (« الشرق الأوسط »: the daily). Chosen on the development folds: ORG F1
     * +0.7, all names +0.3 (mean of four).
     */
    private Span clubOrPaper(Words w, Span span) {
        if (span.type() != EntityType.PLACE || span.end() >= w.size()) {
            return span;
        }
        boolean club = !w.bare(span.start()).startsWith("ال") && masculineNisba(w, span.end())
                && (span.start() == 0 || !DIRECTIONS.contains(w.bare(span.start() - 1)));
        boolean quoted = !country(span) && span.start() > 0 && QUOTES_OPEN.contains(w.tokens[span.start() - 1])
                && QUOTES_CLOSE.contains(w.tokens[span.end()]);
        return club || quoted ? new Span(span.start(), span.end(), EntityType.ORGANIZATION, span.known(), false) : span;
    }

    /**
     * صحيفة " السفير ", شركة « جيلي »: the words a paper, channel, agency or company noun puts in quotation marks
     * name it, whatever the model made of them (a person, a common word, nothing).
     */
    private List<Span> quotedAfterCue(Words w, List<Span> spans) {
        List<Span> out = new ArrayList<>(spans);
        for (int i = 0; i + 3 < w.size(); i++) {
            if (!ArabicWords.anyIn(w.stems.get(i), ArabicWords.QUOTED_ORG_CUES)
                    || !QUOTES_OPEN.contains(w.tokens[i + 1])) {
                continue;
            }
            int close = i + 2;
            while (close < w.size() && close - i - 2 < QUOTED_WORDS && !QUOTES_CLOSE.contains(w.tokens[close])) {
                close++;
            }
            if (close == i + 2 || close >= w.size() || !QUOTES_CLOSE.contains(w.tokens[close])) {
                continue;
            }
            Span quoted = new Span(i + 2, close, EntityType.ORGANIZATION, null, false);
            out.removeIf(s -> s.start() < quoted.end() && quoted.start() < s.end());
            out.add(quoted);
        }
        out.sort(java.util.Comparator.comparingInt(Span::start));
        return out;
    }

    /** The most words a quoted paper or company name is read to have. */
    private static final int QUOTED_WORDS = 4;

    /**
     * An organisation the model ended at a general adjective (الوكالة الدولية، المنظمة العالمية) goes on through the
     * لل complement that names what it is for, and that complement's adjectives: الوكالة الدولية للطاقة الذرية.
     */
    private Span withComplement(Words w, Span span, List<Span> learnt) {
        int e = span.end();
        if (span.type() != EntityType.ORGANIZATION || span.length() != 2 || e >= w.size()
                || !w.bare(span.start()).startsWith("ال")
                || !ArabicWords.anyIn(w.stems.get(span.start()), ArabicWords.ORG_CUES)
                || !GENERAL_ADJECTIVES.contains(w.cores[e - 1]) || !w.cores[e].startsWith("لل") || !w.nameWord(e)
                || known(w, e).isPresent()) {
            return span;
        }
        int end = e + 1;
        while (end < w.size() && end - e <= 2 && continuesOrganisation(w, end)
                && gazetteer.nisba(w.bare(end)).isEmpty()) {
            end++;
        }
        int last = end;
        if (learnt.stream().anyMatch(l -> l.start() >= e && l.start() < last)) {
            return span;
        }
        return new Span(span.start(), end, span.type(), span.known(), false);
    }

    /** Adjectives that say how far a body reaches, not what it does: the name goes on after them. */
    private static final Set<String> GENERAL_ADJECTIVES = Set.of("الوطني", "الوطنيه", "الدولي", "الدوليه", "العالمي",
            "العالميه", "العام", "العامه");

    /**
     * A line of match results, "ليل ( فرنسا ) - ميلان ( إيطاليا ) 1 - 0": a team's name and its country in brackets
     * before a score.
     */
    private boolean resultsLine(Words w) {
        boolean bracketed = false;
        boolean score = false;
        for (int i = 0; i + 2 < w.size(); i++) {
            bracketed |= countryInBrackets(w, i);
            score |= scoreAt(w, i);
        }
        return bracketed && score;
    }

    /** The span is a dictionary country. */
    private boolean country(Span span) {
        return span.known() != null && gazetteer.isCountry(span.known());
    }

    /** Tokens i to i+2 are "(", a country, ")". */
    private boolean countryInBrackets(Words w, int i) {
        return i + 2 < w.size() && w.tokens[i].equals("(") && w.tokens[i + 2].equals(")")
                && gazetteer.find(w.cores[i + 1]).filter(gazetteer::isCountry).isPresent();
    }

    private static boolean scoreAt(Words w, int i) {
        return goals(w.tokens[i]) && w.tokens[i + 1].equals("-") && goals(w.tokens[i + 2]);
    }

    private static boolean goals(String token) {
        return token.equals("صفر")
                || !token.isEmpty() && token.length() <= 2 && token.chars().allMatch(Character::isDigit);
    }

    /** The first word of a team's name ending at a found name: the words without the article before it (ايك اثينا). */
    private static int clubStart(Words w, int start) {
        int s = start;
        while (s > 0 && start - s < 2 && w.nameWord(s - 1) && !w.bare(s - 1).startsWith("ال")
                && w.letters(s - 1)) {
            s--;
        }
        return s;
    }

    /** شمال أفريقيا الروماني: the adjective goes with the direction noun, the place stays a place. */
    private static final Set<String> DIRECTIONS = Set.of("شمال", "جنوب", "شرق", "غرب", "وسط");

    private static final Set<String> QUOTES_OPEN = Set.of("«", "\"", "“");
    private static final Set<String> QUOTES_CLOSE = Set.of("»", "\"", "”");

    /** درعة | تافيلالت: a model span ends where the dictionary's longer place ends. */
    private static boolean learntEndsAt(List<Span> learnt, int end) {
        return learnt.stream().anyMatch(s -> s.end() == end);
    }

    /** A name the model calls a person right after a town or region noun (جهة سوس ماسة) is that place. */
    private static boolean afterRegionCue(Words w, Span span) {
        return span.type() == EntityType.PERSON && regionNounBefore(w, span.start());
    }

    /** Token i comes right after a town or region noun (مدينة، جهة، مدن). */
    private static boolean regionNounBefore(Words w, int i) {
        return i > 0 && ArabicWords.anyIn(w.stems.get(i - 1), ArabicWords.REGION_CUES);
    }

    /**
     * وزارة الفلاحة: an organisation the model found right after its cue noun takes the cue in when the whole
     * reads as a known kind of organisation (the corpus often leaves the cue out, so only then).
     */
    private List<Span> withCues(Words w, List<Span> spans) {
        List<Span> out = new ArrayList<>(spans.size());
        int free = 0;
        for (Span s : spans) {
            boolean cue = s.type() == EntityType.ORGANIZATION && s.start() > free
                    && ArabicWords.anyIn(w.stems.get(s.start() - 1), ArabicWords.ORG_CUES)
                    && organisations.english(List.of(w.tokens).subList(s.start() - 1, s.end())).isPresent();
            Span fixed = cue ? new Span(s.start() - 1, s.end(), s.type(), s.known(), false) : s;
            if (s.length() == 1 && ArabicWords.anyIn(w.stems.get(s.start()), ArabicWords.ORG_CUES)) {
                fixed = organisation(w, s.start()).orElse(s); // حزب alone is no name: حزب التجمع الوطني
            }
            if (s.type() == EntityType.PERSON && s.length() >= 2
                    && ArabicWords.anyIn(w.stems.get(s.start()), ArabicWords.REGION_CUES)) {
                fixed = new Span(s.start() + 1, s.end(), EntityType.PLACE, null, false); // ولاية بشار is no person
            }
            if (fixed.start() >= free) {
                out.add(fixed);
                free = fixed.end();
            }
        }
        return out;
    }

    /** Prepositions a place often follows: with one of them, a one-word dictionary place is listed (في بشار). */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("في", "من", "إلى", "الى", "وفي", "ومن", "وإلى");

    /** من جهة أخرى, من جهة ثانية: "on the other hand", no region. */
    private static final Set<String> ON_THE_OTHER_HAND = Set.of("من", "ومن");

    /**
     * Where the model sees no name: a place of two words or more from our dictionary (درعة تافيلالت) or of one word
     * after a town or region noun or a preposition of place (مدينة بشار، في بشار), a Wikidata town of one or two words
     * after a town or region noun (مدن تزنيت وتارودانت، مدينة عين مليلة), or an organisation whose cue noun and words
     * read as a known kind of organisation (وزارة الفلاحة).
     */
    private Optional<Span> sureName(Words w, int i) {
        Optional<Span> place = known(w, i).filter(k -> k.type() == EntityType.PLACE
                && (k.length() >= 2 || afterRegionCue(w, i) || i > 0 && PLACE_PREPOSITIONS.contains(w.tokens[i - 1])));
        if (place.isPresent()) {
            return place;
        }
        Optional<KnownName> club = clubInMatch(w, i);
        if (club.isPresent()) {
            return Optional.of(new Span(i, i + 1, EntityType.ORGANIZATION, club.get(), false)); // فوزه على النصر
        }
        int town = listedTown(w, i);
        if (town > 0 && (afterRegionCue(w, i)
                || w.cores[i].startsWith("و") && afterRegionCue(w, i - 1) && listedTown(w, i - 1) == 1)) {
            return Optional.of(new Span(i, i + town, EntityType.PLACE, null, false));
        }
        if (w.nameWord(i) && w.letters(i) && countryInBrackets(w, i + 1)
                && resultsLine(w)) {
            return Optional.of(new Span(clubStart(w, i), i + 1, EntityType.ORGANIZATION, null, false)); // ليل ( فرنسا )
        }
        if (clubWord(w, i) && masculineNisba(w, i + 1)
                && (i + 2 >= w.size() || w.stems.get(i + 2).stream().noneMatch(lexicon::personWord))) {
            return Optional.of(new Span(i, i + 1, EntityType.ORGANIZATION, null, false)); // بنفيكا البرتغالي
        }
        return organisation(w, i)
                .filter(o -> organisations.english(List.of(w.tokens).subList(o.start(), o.end())).isPresent());
    }

    /**
     * Clubs of the Arab leagues whose names are also common words (النصر "victory", الاتفاق "the agreement"), by
     * their normalised Arabic: an organisation only inside a match report, see {@link #clubInMatch}.
     */
    private static final Map<String, KnownName> COMMON_WORD_CLUBS = commonWordClubs();
    /** Words of a match report; two of them make a sentence one. */
    private static final Set<String> SPORTS_WORDS = ArabicWords.normalised("""
            مباراة المباراة مباراته لقاء اللقاء الدوري دوري كأس الكأس هدف هدفا هدفين أهداف الأهداف الشوط شوط
            الفريق فريق لاعب اللاعب لاعبي اللاعبين مدرب المدرب تعادل التعادل فاز فوز بفوز الفوز تغلب خسر خسارة
            الخسارة المنتخب بطولة البطولة النادي الملعب ملعب استاد ركلة مرمى المرمى الحارس جزاء التأهل نقطة
            نقاط النقاط الجولة المسابقة ذهاب إياب مهاجم المهاجم الهجوم الدفاع""");
    /** Words a side's name follows in a match report (فوزه على, تعادل مع, حارس, جماهير). */
    private static final Set<String> MATCH_BEFORE = ArabicWords.normalised("""
            على أمام مع ضد فريق لقاء مباراة مواجهة ضيفه مضيفه حارس مرمى لاعب مدرب جماهير شباك دفاع هجوم""");

    /**
     * The club token i names when it is a club whose name is a common word (النصر, الاتفاق, العربي), read as one only
     * in a match report and where a side stands: before its country's masculine adjective (الاتفاق السعودي), after a
     * word such as على / أمام / مع / حارس, or before a score. الاتحاد is left out: in a match report it is most often
     * the football federation.
     */
    private Optional<KnownName> clubInMatch(Words w, int i) {
        Optional<KnownName> club = commonWordClub(w, i);
        if (club.isEmpty() || !matchReport(w, i)) {
            return Optional.empty();
        }
        boolean side = masculineNisba(w, i + 1) || i > 0 && ArabicWords.anyIn(w.stems.get(i - 1), MATCH_BEFORE)
                || i + 1 < w.size() && !w.cores[i + 1].isEmpty() && Character.isDigit(w.cores[i + 1].charAt(0));
        return side ? club : Optional.empty();
    }

    /**
     * A one-word organisation of the models that is such a club in a match report (فريق النصر) gets the club's
     * names, as the same club found by {@link #clubInMatch} does, so that the list holds it once.
     */
    private Span namedClub(Words w, Span span) {
        if (span.type() != EntityType.ORGANIZATION || span.length() != 1 || span.known() != null) {
            return span;
        }
        return commonWordClub(w, span.start()).filter(k -> matchReport(w, span.start())) // the lookup before the scan
                .map(k -> new Span(span.start(), span.end(), span.type(), k, false)).orElse(span);
    }

    /**
     * A one-word organisation of our dictionary that is also a given name (ميلان, the club) before a word of people's
     * names that no model found and the news seldom uses (ميلان كونديرا; not ليون صفر, "Lyon nil") is that person's
     * name: the writer, not the club.
     */
    private Span givenNameOfPerson(Words w, Span span, List<Span> learnt) {
        int next = span.end();
        if (span.type() != EntityType.ORGANIZATION || span.length() != 1 || span.known() == null
                || next >= w.size() || w.stems.get(span.start()).stream().noneMatch(lexicon::personWord)
                || !w.nameWord(next) || !w.letters(next) || w.cores[next].startsWith("ال")
                || w.stems.get(next).stream().noneMatch(lexicon::personWord) || commonInNews(w.cores[next])
                || learnt.stream().anyMatch(l -> l.start() <= next && next < l.end())) {
            return span;
        }
        return new Span(span.start(), next + 1, EntityType.PERSON, null, false);
    }

    /** log2 of how often a word must occur in the unlabeled news to be a common word there (32 times). */
    private static final int COMMON_WORD_FREQUENCY = 5;

    /** The word is a common word of the unlabeled news (صفر "zero", 220 times; كونديرا not at all). */
    private boolean commonInNews(String word) {
        ArabicWordStats.Stat stat = news.of(word);
        return stat != null && stat.frequency() >= COMMON_WORD_FREQUENCY;
    }

    private static Optional<KnownName> commonWordClub(Words w, int i) {
        return w.letters(i)
                ? w.stems.get(i).stream().map(COMMON_WORD_CLUBS::get).filter(Objects::nonNull).findFirst()
                : Optional.empty();
    }

    /** The sentence has two match-report words besides token i. */
    private static boolean matchReport(Words w, int i) {
        int sports = 0;
        for (int j = 0; j < w.size() && sports < 2; j++) {
            if (j != i && ArabicWords.anyIn(w.stems.get(j), SPORTS_WORDS)) {
                sports++;
            }
        }
        return sports >= 2;
    }

    private static Map<String, KnownName> commonWordClubs() {
        Map<String, KnownName> clubs = new HashMap<>();
        try (InputStream in = ArabicNameTagger.class.getResourceAsStream(CLUBS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + CLUBS);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cols = line.split("\t");
                    clubs.put(ArabicNormalizer.normalize(cols[0]),
                            new KnownName(EntityType.ORGANIZATION, cols[1], cols[0], false));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(clubs);
    }

    /** Token i is a definite masculine adjective of a country (الفرنسي, not الفرنسية). */
    private boolean masculineNisba(Words w, int i) {
        if (i >= w.size()) {
            return false;
        }
        String b = w.bare(i);
        return b.startsWith("ال") && b.endsWith("ي") && gazetteer.nisba(b).isPresent();
    }

    /**
     * Token i could be a club's own word (بنفيكا, ستيوا): a name word without the article, neither a person-name
     * token nor a frequent word of the news.
     */
    private boolean clubWord(Words w, int i) {
        if (!w.nameWord(i) || w.bare(i).startsWith("ال") || !w.letters(i)) {
            return false;
        }
        String key = w.bare(i); // without the article, as the news statistics key their words
        ArabicWordStats.Stat stat = news.of(key);
        return !lexicon.personWord(key) && (stat == null || stat.frequency() < CLUB_WORD_FREQUENCY)
                && !withPronoun(key);
    }

    /** A common noun with a possessive pronoun (فريقه, نظيرها, ركبته): the noun alone is a word of the news. */
    private boolean withPronoun(String word) {
        for (String suffix : List.of("ها", "هم", "ه")) {
            if (word.endsWith(suffix) && word.length() > suffix.length() + 1) {
                String noun = word.substring(0, word.length() - suffix.length());
                String feminine = noun.endsWith("ت") ? noun.substring(0, noun.length() - 1) + "ه" : noun;
                if (news.of(noun) != null || news.of(feminine) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** log2 of a news count: a club's own word (بنفيكا) is seldom written; chosen on the development folds. */
    private static final int CLUB_WORD_FREQUENCY = 8;

    /** Token i follows a town or region noun, not in من جهة ثانية "on the other hand". */
    private static boolean afterRegionCue(Words w, int i) {
        return regionNounBefore(w, i) && !(i > 1 && w.bare(i - 1).equals("جهه") && ON_THE_OTHER_HAND.contains(w.cores[i - 2]));
    }

    /**
     * The words of the Wikidata town at token i: two (عين البيضاء), one (تزنيت) unless it opens a longer name (منطقة
     * البحر الميت), or none. The list holds كان and اليوم too, so it is read only after a town noun.
     */
    private int listedTown(Words w, int i) {
        if (!w.nameWord(i)) {
            return 0;
        }
        if (i + 1 < w.size() && w.nameWord(i + 1)
                && w.stems.get(i).stream().anyMatch(s -> lexicon.placeWord(s + " " + w.cores[i + 1]))) {
            return 2;
        }
        boolean continues = w.bare(i).startsWith("ال") && i + 1 < w.size() && w.cores[i + 1].startsWith("ال")
                && w.nameWord(i + 1) && gazetteer.nisba(w.cores[i + 1]).isEmpty();
        return !continues && w.stems.get(i).stream().anyMatch(lexicon::placeWord) ? 1 : 0;
    }

    /** A nisba adjective (الجزائرية → Algeria): listed for the reader, never scored as a name. */
    private Optional<Span> nisbaAt(Words w, int i) {
        for (String stem : w.stems.get(i)) {
            Optional<KnownName> nisba = w.cores[i].isEmpty() ? Optional.empty() : gazetteer.nisba(stem);
            if (nisba.isPresent()) {
                return Optional.of(new Span(i, i + 1, EntityType.PLACE, nisba.get(), true));
            }
        }
        return Optional.empty();
    }

    private Optional<Span> spanAt(Words w, int i, NameMemory memory) {
        if (w.cores[i].isEmpty()) {
            return Optional.empty();
        }
        Optional<Span> known = known(w, i);
        if (known.isPresent()) {
            return known;
        }
        for (String stem : w.stems.get(i)) {
            Optional<KnownName> nisba = gazetteer.nisba(stem);
            if (nisba.isPresent()) {
                return Optional.of(new Span(i, i + 1, EntityType.PLACE, nisba.get(), true));
            }
        }
        Optional<Span> afterNisba = i > 0 && w.cores[i - 1].startsWith("ال") && gazetteer.nisba(w.cores[i - 1]).isPresent()
                ? nameAfterNisba(w, i, memory) : Optional.empty();
        if (afterNisba.isPresent()) {
            return afterNisba;
        }
        return latinName(w, i)
                .or(() -> organisation(w, i))
                .or(() -> namedAfterCue(w, i))
                .or(() -> place(w, i))
                .or(() -> titledPerson(w, i, memory))
                .or(() -> givenNamePerson(w, i, memory))
                .or(() -> spokenOrTitledAfter(w, i, memory))
                .or(() -> remembered(w, i, memory));
    }

    /** The longest dictionary name starting at token i, read through the first token's clitics. */
    private Optional<Span> known(Words w, int i) {
        for (int end = Math.min(w.size(), i + Gazetteer.MAX_TOKENS); end > i; end--) {
            StringBuilder rest = new StringBuilder();
            for (int j = i + 1; j < end; j++) {
                rest.append(' ').append(w.cores[j]);
            }
            for (String stem : w.stems.get(i)) {
                Optional<KnownName> k = gazetteer.find(stem + rest);
                if (k.isPresent() && !k.get().givenName()) {
                    return Optional.of(new Span(i, end, k.get().type(), k.get(), false));
                }
            }
        }
        return Optional.empty();
    }

    /** IBM, Dell: a capitalised word in Latin script inside Arabic text is most often a company or brand. */
    private Optional<Span> latinName(Words w, int i) {
        String t = w.tokens[i];
        int at = t.length() > 1 && (t.charAt(0) == 'و' || t.charAt(0) == 'ب' || t.charAt(0) == 'ل') ? 1 : 0;
        if (!Character.isUpperCase(t.charAt(at)) || !Character.isLetter(t.charAt(at))) {
            return Optional.empty();
        }
        int end = i + 1;
        while (end < w.size() && !w.tokens[end].isEmpty() && Character.isUpperCase(w.tokens[end].charAt(0))) {
            end++;
        }
        return Optional.of(new Span(i, end, EntityType.ORGANIZATION, null, false));
    }

    /** صحيفة لوموند: the foreign name after a media or company cue noun (the cue is not part of it). */
    private Optional<Span> namedAfterCue(Words w, int i) {
        if (!ArabicWords.anyIn(w.stems.get(i), ArabicWords.NAMED_ORG_CUES)) {
            return Optional.empty();
        }
        int end = i + 1;
        while (end < w.size() && end - i <= 3 && w.nameWord(end) && !w.cores[end].startsWith("ال")
                && !w.cores[end].startsWith("و") && gazetteer.nisba(w.cores[end]).isEmpty()) {
            end++;
        }
        return end > i + 1 ? Optional.of(new Span(i + 1, end, EntityType.ORGANIZATION, null, false)) : Optional.empty();
    }

    /** Token i is a definite word that goes on an organisation's name (not السابق, not an ordinal). */
    private static boolean continuesOrganisation(Words w, int i) {
        return w.nameWord(i) && w.cores[i].startsWith("ال") && !ArabicWords.NOT_IN_ORG.contains(w.cores[i])
                && !ArabicWords.ORDINALS.contains(w.cores[i]);
    }

    /** حزب الاستقلال, وزارة الفلاحة: a cue noun and the definite words after it. */
    private Optional<Span> organisation(Words w, int i) {
        if (!ArabicWords.anyIn(w.stems.get(i), ArabicWords.ORG_CUES)) {
            return Optional.empty();
        }
        int end = i + 1;
        while (end < w.size() && end - i <= 3 && continuesOrganisation(w, end)
                || end < w.size() && end == i + 1 && known(w, end).isPresent()) {
            Optional<Span> inner = known(w, end);
            end = inner.isPresent() ? inner.get().end() : end + 1;
        }
        if (end == i + 1 && i + 1 < w.size() && ArabicWords.TITLE_FILLERS.contains(w.cores[i + 1])) {
            end = i + 2;
        }
        if (w.bare(i).startsWith("ال") && onlyNisbas(w, i + 1, end)) {
            return Optional.empty();
        }
        return end > i + 1 ? Optional.of(new Span(i, end, EntityType.ORGANIZATION, null, false)) : Optional.empty();
    }

    /** الوكالة الفرنسية: a definite cue with only nisba adjectives after it points back, it does not name. */
    private boolean onlyNisbas(Words w, int from, int end) {
        for (int j = from; j < end; j++) {
            if (gazetteer.nisba(w.cores[j]).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** مدينة وجدة: the name after a place cue noun (the cue itself is not part of the name). */
    private Optional<Span> place(Words w, int i) {
        if (!ArabicWords.anyIn(w.stems.get(i), ArabicWords.PLACE_CUES) || !w.nameWord(i + 1)) {
            return Optional.empty();
        }
        Optional<Span> known = known(w, i + 1);
        if (known.isPresent()) {
            return known;
        }
        if (gazetteer.nisba(w.cores[i + 1]).isPresent() || ArabicWords.TITLE_FILLERS.contains(w.cores[i + 1])) {
            return Optional.empty();
        }
        return Optional.of(new Span(i + 1, i + 2, EntityType.PLACE, null, false));
    }

    /** الرئيس الأمريكي جورج بوش: skip the title, its portfolio and nisba words, then read the name. */
    private Optional<Span> titledPerson(Words w, int i, NameMemory memory) {
        if (!ArabicWords.anyIn(w.stems.get(i), ArabicWords.PERSON_TITLES)) {
            return Optional.empty();
        }
        int s = i + 1;
        while (s < w.size() && s - i <= 4 && filler(w, s)) {
            s++;
        }
        Optional<Span> known = s < w.size() ? known(w, s) : Optional.empty();
        if (known.isPresent()) {
            return known.filter(k -> k.type() == EntityType.PERSON);
        }
        if (!w.nameWord(s) || gazetteer.find(w.bare(s)).filter(k -> !k.givenName()).isPresent()
                || w.cores[s].startsWith("ال") && !givenName(w, s)) {
            return Optional.empty();
        }
        return Optional.of(new Span(s, nameEnd(w, s, memory), EntityType.PERSON, null, false));
    }

    private boolean filler(Words w, int s) {
        String c = w.stems.get(s).size() > 1 && w.cores[s].startsWith("و") ? w.stems.get(s).get(1) : w.cores[s];
        return ArabicWords.TITLE_FILLERS.contains(c) || ArabicWords.PERSON_TITLES.contains(c)
                || gazetteer.nisba(c).isPresent() || c.startsWith("لل") && gazetteer.find("ال" + c.substring(2)).isPresent()
                || c.startsWith("ل") && gazetteer.find(c.substring(1)).isPresent();
    }

    /** محمد بن راشد, أسامة بن لادن: a person starting with a known given name. */
    private Optional<Span> givenNamePerson(Words w, int i, NameMemory memory) {
        boolean kunya = (w.bare(i).equals("ابو") || w.bare(i).equals("ام")) && w.nameWord(i + 1);
        if (!givenName(w, i) && !kunya) {
            return Optional.empty();
        }
        int end = nameEnd(w, i, memory);
        return end - i >= 2 ? Optional.of(new Span(i, end, EntityType.PERSON, null, false)) : Optional.empty();
    }

    private boolean givenName(Words w, int i) {
        if (w.tokens[i].endsWith("ى") && !w.tokens[i].endsWith("موسى") && !w.tokens[i].endsWith("عيسى")) {
            return false;
        }
        if (w.bare(i).equals("علي") && (i + 1 >= w.size() || w.cores[i + 1].startsWith("ال") || !w.nameWord(i + 1))) {
            return false;
        }
        for (String stem : w.stems.get(i)) {
            if (gazetteer.find(stem).filter(KnownName::givenName).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** وقال بوريطة / بوريطة وزير الخارجية: a bare word after a speech verb or before an office in apposition. */
    private Optional<Span> spokenOrTitledAfter(Words w, int i, NameMemory memory) {
        if (!w.nameWord(i) || w.cores[i].startsWith("ال") || ArabicWords.cliticWithArticle(w.cores[i])
                || w.cores[i].startsWith("و") || gazetteer.find(w.bare(i)).isPresent()) {
            return Optional.empty();
        }
        boolean spoken = i > 0 && ArabicWords.SPEECH_VERBS.contains(w.cores[i - 1]);
        int end = nameEnd(w, i, memory);
        for (int k = i + 1; k < end && !spoken; k++) {
            if (givenName(w, k)) {
                return Optional.empty();
            }
        }
        boolean titled = end < w.size() && ArabicWords.APPOSITION_TITLES.contains(w.cores[end]);
        return spoken || titled ? Optional.of(new Span(i, end, EntityType.PERSON, null, false)) : Optional.empty();
    }

    /** الإسباني رافائيل نادال: two bare name words after a definite nisba used as a noun. */
    private Optional<Span> nameAfterNisba(Words w, int i, NameMemory memory) {
        if (!w.nameWord(i) || w.cores[i].startsWith("ال") || w.cores[i].startsWith("و")
                || gazetteer.find(w.bare(i)).isPresent() || ArabicWords.SPEECH_VERBS.contains(w.cores[i])
                || ArabicWords.looksOrdinary(w.cores[i]) && !givenName(w, i)) {
            return Optional.empty();
        }
        int end = nameEnd(w, i, memory);
        return end - i >= 2 ? Optional.of(new Span(i, end, EntityType.PERSON, null, false)) : Optional.empty();
    }

    /** A single word met earlier as part of a person's name, or as a place or organisation. */
    private Optional<Span> remembered(Words w, int i, NameMemory memory) {
        for (String stem : w.stems.get(i)) {
            Optional<EntityType> type = memory.typeOf(stem);
            if (type.isPresent() && w.nameWord(i)) {
                int end = type.get() == EntityType.PERSON ? rememberedEnd(w, i, memory) : i + 1;
                return Optional.of(new Span(i, end, type.get(), null, false));
            }
        }
        return Optional.empty();
    }

    private int rememberedEnd(Words w, int i, NameMemory memory) {
        int end = i + 1;
        while (end < w.size() && end - i < MAX_NAME && memory.typeOf(w.cores[end]).filter(t -> t == EntityType.PERSON).isPresent()) {
            end++;
        }
        return end;
    }

    /**
     * Where a name that starts at s ends: the word after a link (بن، أبو، آل، عبد), given names, ordinals after a
     * name, words known from earlier mentions, and one free word right after the first (عزيز أخنوش).
     */
    private int nameEnd(Words w, int s, NameMemory memory) {
        int end = s + 1;
        boolean given = givenName(w, s);
        while (end < w.size() && end - s < MAX_NAME && !w.cores[end].isEmpty() && !endsSentence(w.tokens[end - 1])) {
            String c = w.cores[end];
            boolean afterLink = ArabicWords.NAME_LINKS.contains(w.cores[end - 1]);
            if (afterLink && ArabicNormalizer.isArabicLetter(c.charAt(0))
                    || ArabicWords.NAME_LINKS.contains(c) && w.nameWord(end + 1)
                    || givenName(w, end) && !c.startsWith("و")
                    || ArabicWords.ORDINALS.contains(c)
                    || memory.typeOf(c).filter(t -> t == EntityType.PERSON).isPresent()) {
                end++;
            } else if (end == s + 1 && freeNameWord(w, end, given)) {
                end++;
            } else {
                break;
            }
        }
        return end;
    }

    private boolean freeNameWord(Words w, int i, boolean afterGivenName) {
        String c = w.cores[i];
        return (afterGivenName || !c.startsWith("ال")) && w.nameWord(i) && !w.tokens[i].endsWith("ى")
                && !ArabicWords.cliticWithArticle(c) && !c.startsWith("و") && gazetteer.nisba(c).isEmpty()
                && !ArabicWords.TITLE_FILLERS.contains(c) && gazetteer.find(c).isEmpty()
                && !ArabicWords.SPEECH_VERBS.contains(c);
    }

    private static boolean endsSentence(String token) {
        char last = token.charAt(token.length() - 1);
        return !Character.isLetterOrDigit(last);
    }

    /** Keys worth remembering: not links, ordinals, office words or function words. */
    private static String[] memorable(String[] keys) {
        return java.util.Arrays.stream(keys)
                .filter(k -> !ArabicWords.notName(k) && !ArabicWords.NAME_LINKS.contains(k)
                        && !ArabicWords.ORDINALS.contains(k) && !ArabicWords.TITLE_FILLERS.contains(k)
                        && !ArabicWords.PERSON_TITLES.contains(k))
                .toArray(String[]::new);
    }

    private static String[] keys(Words w, Span span) {
        String[] keys = new String[span.length()];
        for (int i = span.start(); i < span.end(); i++) {
            keys[i - span.start()] = i == span.start() ? w.bare(i) : w.cores[i];
        }
        return keys;
    }
}
