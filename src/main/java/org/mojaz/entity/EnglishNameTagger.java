package org.mojaz.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.ThreadSafePOSTaggerME;

/**
 * English names: runs of capitalised proper nouns (OpenNLP UD part-of-speech tags), minus leading titles,
 * typed by the gazetteer, then cue words, then context and the document's name memory.
 */
final class EnglishNameTagger {
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final ThreadSafePOSTaggerME pos;
    private final Gazetteer gazetteer;

    EnglishNameTagger(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        try (InputStream in = EnglishNameTagger.class.getResourceAsStream(POS_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("missing part-of-speech model " + POS_MODEL);
            }
            this.pos = new ThreadSafePOSTaggerME(new POSModel(new java.io.ByteArrayInputStream(greedy(in))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The model package with its beam size set to 1: greedy decoding tags about three times faster, and we only
     * need to tell proper nouns from the rest.
     */
    private static byte[] greedy(InputStream model) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(model);
                java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(bytes)) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals("manifest.properties")) {
                    content = new String(content, java.nio.charset.StandardCharsets.UTF_8)
                            .replaceAll("BeamSize=\\d+", "BeamSize=1").getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** Universal part-of-speech tags of the sentence (also features of the trained {@link EnglishNameModel}). */
    String[] partsOfSpeech(String[] tokens) {
        return tokens.length == 0 ? new String[0] : pos.tag(tokens);
    }

    List<Span> tag(String[] tokens, NameMemory memory) {
        if (tokens.length == 0) {
            return List.of();
        }
        boolean shouting = EnglishWords.mostlyUpperCase(tokens);
        int headline = shouting ? EnglishWords.sportsHeadline(tokens) : 0;
        if (headline != 0) {
            return sportsHeadline(tokens, Math.abs(headline), headline < 0);
        }
        String[] tags = shouting ? null : pos.tag(tokens);
        List<Span> spans = new ArrayList<>();
        List<Span> guesses = new ArrayList<>();
        int i = dateline(tokens).map(d -> {
            spans.add(d);
            memory.remember(keys(tokens, d.start(), d.end()), d);
            return d.end();
        }).orElse(0);
        while (i < tokens.length) {
            int player = shouting ? 0 : playerEnd(tokens, i);
            if (player > i) { // "M. Atherton c Lara b Ambrose 23", "( Marsden 12 , 67 )", "Scorers : Ferri 23"
                spans.add(new Span(i, player, EntityType.PERSON, null, false));
                i = player;
                continue;
            }
            if (shouting && headlineSpeaker(tokens, i)) { // "KOHL WARNS ON BUDGET", "YELTSIN SAYS ..."
                spans.add(new Span(i, i + 1, EntityType.PERSON, null, false));
                i++;
                continue;
            }
            int known = EnglishWords.capitalised(tokens[i]) ? knownEnd(tokens, i) : 0;
            int chunk = shouting ? teamEnd(tokens, i) : chunkEnd(tokens, tags, i);
            int listed = EnglishWords.capitalised(tokens[i]) ? listedEnd(tokens, i) : 0;
            if (shouting && listed == 0 && known == 0 && EnglishWords.listedOrganisation(tokens[i])) {
                listed = i + 1; // "BUNDESBANK", "RENAULT" in a headline: the list reads capitals too
            }
            boolean club = listed > Math.max(known, chunk); // "Sheffield Wednesday", "Dundee United": a club, not the city
            if (club) {
                known = listed;
                chunk = listed;
            }
            List<Span> found = club ? List.of(new Span(i, listed, EntityType.ORGANIZATION, null, false))
                    : known >= chunk && known > i
                    ? known(tokens, i, known).stream().toList()
                    : chunk > i ? chunkToSpans(tokens, tags, i, chunk, shouting, memory, guesses) : List.of();
            for (Span span : found) {
                if (!foreignPhrase(tokens, span)) {
                    spans.add(span);
                    if (!guesses.contains(span)) {
                        memory.remember(keys(tokens, span.start(), span.end()), span);
                    }
                }
            }
            i = Math.max(i + 1, Math.max(known, chunk));
        }
        return spans;
    }

    private static final java.util.regex.Pattern GERMAN_NOUN = java.util.regex.Pattern.compile(".{3,}(ierung|ungen|keit|schaft)");

    /** "Die Digitalisierung der Verwaltung": a German phrase quoted in English text, capitalised nouns and all. */
    private static boolean foreignPhrase(String[] tokens, Span span) {
        if (span.known() != null) {
            return false;
        }
        boolean article = tokens[span.start()].equals("Die") || tokens[span.start()].equals("Das");
        for (int i = span.start(); i < span.end(); i++) {
            if (GERMAN_NOUN.matcher(tokens[i]).matches() || article && i > span.start() && tokens[i].endsWith("ung")) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("(\\p{Lu}\\.){1,3}");

    /**
     * Whether the span is a person named in a compact sports format (initials, a scores or bowling list, the brackets
     * after a team's score, a cricket dismissal, a squad list): the format names people only, so a combination with a
     * learnt model should keep it as the rules found it.
     */
    boolean compactFormatPerson(String[] tokens, Span span) {
        return span.type() == EntityType.PERSON && playerEnd(tokens, span.start()) == span.end();
    }

    /** Verbs of a headline in capitals that have a person as their subject: "KOHL WARNS", "LEBED TO MEET". */
    private static final Set<String> HEADLINE_SPEAKING = Set.of("says", "warns", "urges", "to", "meets", "calls",
            "accuses", "denies", "vows", "resigns", "rejects", "backs", "asks", "appeals", "threatens", "promises",
            "quits", "'s", "slams", "attacks", "defends", "pledges", "visits", "wants", "hopes");

    /**
     * A headline in capitals opening on one word that is a surname of our person-name list, not a word of our
     * other lists, before a verb of speaking or acting: "KOHL WARNS ON BUDGET", "YELTSIN SAYS".
     */
    private boolean headlineSpeaker(String[] tokens, int i) {
        if (i != 0 && !tokens[i - 1].equals("-") || i + 1 >= tokens.length
                || !HEADLINE_SPEAKING.contains(tokens[i + 1].toLowerCase(Locale.ROOT))) {
            return false;
        }
        String t = tokens[i];
        return t.length() > 2 && t.chars().allMatch(Character::isLetter) && EnglishWords.personWordCount(t) >= SURNAME_MIN
                && knownEnd(tokens, i) == 0 && !EnglishWords.listedOrganisation(t) && !EnglishWords.listedPlace(t)
                && !EnglishWords.notNameAlone(t) && !EnglishWords.notName(t) && !EnglishWords.title(t)
                && !EnglishWords.organisationWord(t) && !EnglishWords.commonAtStart(t);
    }

    /** A figure of a scores list: a minute (23), a bowling analysis (18-4-45-2). */
    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("\\d{1,3}(-\\d{1,3}){0,3}");

    /** Heads of lines that list players with their figures: "Scorers : Ferri 23 , Marsden 45". */
    private static final Set<String> PLAYER_LISTS = Set.of("scorers", "scorer", "goalscorers", "bowling", "bowlers");

    /** Marks of a cricket dismissal: "c Lara b Ambrose", "st Browne b Adams", "lbw b Walsh". */
    private static final Set<String> DISMISSAL = Set.of("c", "b", "st", "lbw");

    /**
     * Where a person named in a compact sports format starts at {@code i} ends, or 0: initials and a surname
     * ("M. Atherton", "A.J. Kovacs"), a player with his minutes or figures in a list of scorers or bowlers or in the
     * brackets after a team's score ("Leeds 2 ( Marsden 12 , 67 )"), a cricket dismissal ("c Lara b Ambrose 23").
     * These formats name people only, so they win over a place of the same name (Lara).
     */
    private int playerEnd(String[] tokens, int i) {
        if (INITIALS.matcher(tokens[i]).matches() && i + 1 < tokens.length && gazetteer.find(key(tokens, i, i + 1)).isEmpty()) {
            int first = i + 1;
            while (first < tokens.length && first - i < 3 && INITIALS.matcher(tokens[first]).matches()) {
                first++; // "P. W. Botha"
            }
            int end = first;
            while (end < tokens.length && end - first < 2 && playerWord(tokens[end])) {
                end++;
            }
            return end > first && (end == tokens.length || !EnglishWords.capitalised(tokens[end])) ? end : 0;
        }
        if (!playerWord(tokens[i])) {
            return 0;
        }
        int end = i + 1;
        String previous = i > 0 ? tokens[i - 1] : "";
        String next = end < tokens.length ? tokens[end] : "";
        boolean figure = FIGURE.matcher(next).matches();
        if (DISMISSAL.contains(previous) && !previous.equals("lbw") && (figure || next.equals("b")) && endsOnFigure(tokens)) {
            return end;
        }
        if (i == 0 && (DISMISSAL.contains(next) || next.equals("run") || next.equals("not")) && endsOnFigure(tokens)) {
            return end; // "Atherton c Lara b Ambrose 23", "Crawley run out 31"
        }
        if (figure && (afterPlayerListHead(tokens, i) || insideScoreBrackets(tokens, i))) {
            return end;
        }
        return squadLine(tokens, i) ? squadMemberEnd(tokens, i) : 0;
    }

    /** Heads of a squad or team list: "Squad : Goalkeepers - Seaman , Flowers ; Defenders - Neville". */
    private static final Set<String> SQUAD_HEADS = Set.of("squad", "team", "goalkeepers", "defenders", "midfielders",
            "forwards", "strikers", "backs", "substitutes", "subs", "lineup", "line-up");

    /** Separators of the names of a squad list. */
    private static final Set<String> SQUAD_SEPARATORS = Set.of(",", ";", ":", "-", "(", ")", "and");

    /** Whether the line opens on a squad head and a colon ("Squad :", "England team :"). */
    private static boolean squadLine(String[] tokens, int i) {
        for (int j = 0; j < 3 && j + 1 < tokens.length && j + 1 < i; j++) {
            if (SQUAD_HEADS.contains(tokens[j].toLowerCase(Locale.ROOT)) && tokens[j + 1].equals(":")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A member of a squad list: one to three name words standing between separators ("- Seaman ,", ", Southgate ,"),
     * not a head of the list itself (Defenders) nor a country; returns where it ends, or 0.
     */
    private int squadMemberEnd(String[] tokens, int i) {
        if (!SQUAD_SEPARATORS.contains(tokens[i - 1]) || SQUAD_HEADS.contains(tokens[i].toLowerCase(Locale.ROOT))) {
            return 0;
        }
        int end = i;
        while (end < tokens.length && end - i < 3 && playerWord(tokens[end])
                && !SQUAD_HEADS.contains(tokens[end].toLowerCase(Locale.ROOT))) {
            end++;
        }
        boolean bounded = end > i && (end == tokens.length || SQUAD_SEPARATORS.contains(tokens[end]));
        return bounded && !place(tokens, i, end) ? end : 0;
    }

    private static boolean endsOnFigure(String[] tokens) {
        return FIGURE.matcher(tokens[tokens.length - 1]).matches();
    }

    /** A capitalised word that may be a player's name: letters, no month, title, cue word or listed organisation. */
    private static boolean playerWord(String t) {
        return EnglishWords.capitalised(t) && t.length() > 1 && t.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'')
                && !EnglishWords.notName(t) && !EnglishWords.notNameAlone(t)
                && !EnglishWords.cueWordAlone(t) && !EnglishWords.organisationWord(t) && !EnglishWords.listedOrganisation(t)
                && !EnglishWords.commonAtStart(t);
    }

    /** "Scorers : Ferri 23 , Marsden 45", "Bowling : Ambrose 18-4-45-2": the line opens on a head of a players list. */
    private static boolean afterPlayerListHead(String[] tokens, int i) {
        for (int j = 0; j < i - 1 && j < 3; j++) {
            if (PLAYER_LISTS.contains(tokens[j].toLowerCase(Locale.ROOT)) && tokens[j + 1].equals(":")) {
                return true;
            }
        }
        return false;
    }

    /** "Leeds 2 ( Marsden 12 , 67 )": inside brackets that open after a team and its score. */
    private static boolean insideScoreBrackets(String[] tokens, int i) {
        for (int j = i - 1; j >= 2; j--) {
            if (tokens[j].equals(")")) {
                return false;
            }
            if (tokens[j].equals("(")) {
                return tokens[j - 1].matches("\\d{1,2}") && EnglishWords.capitalised(tokens[j - 2]);
            }
        }
        return false;
    }

    /** Where the longest name of two or three words from our organisation list starting at {@code start} ends, or 0. */
    private static int listedEnd(String[] tokens, int start) {
        for (int end = Math.min(tokens.length, start + 3); end > start + 1; end--) {
            if (EnglishWords.listedOrganisation(String.join(" ", Arrays.copyOfRange(tokens, start, end)))) {
                return end;
            }
        }
        return 0;
    }

    /**
     * The end of the longest dictionary name (a given name alone excluded) opening at {@code start}, or 0; in an
     * all-capitals headline only these and remembered names count.
     */
    int knownEnd(String[] tokens, int start) {
        for (int end = Math.min(tokens.length, start + Gazetteer.MAX_TOKENS); end > start; end--) {
            Optional<KnownName> k = gazetteer.find(key(tokens, start, end));
            if (k.isPresent() && !k.get().givenName()) {
                return end;
            }
        }
        return 0;
    }

    private static final java.util.regex.Pattern DATELINE_END = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\(|,|-|--");

    /** "RABAT 2026-09-14", "VAIL (Reuters) -": capitals opening a story name the place it was filed from. */
    private Optional<Span> dateline(String[] tokens) {
        int end = 0;
        while (end < tokens.length && end < 3 && tokens[end].length() > 1
                && tokens[end].chars().allMatch(c -> Character.isUpperCase(c) || c == '-' || c == '.')) {
            end++;
        }
        if (end == 0 || end >= tokens.length || !DATELINE_END.matcher(tokens[end]).matches()
                || tokens[end].equals(",") && end + 1 < tokens.length && !EnglishWords.capitalised(tokens[end + 1])) {
            return Optional.empty();
        }
        Optional<KnownName> k = gazetteer.find(key(tokens, 0, end));
        if (tokens[end].equals("-") && k.isEmpty() && !EnglishWords.listedPlace(String.join(" ", Arrays.copyOfRange(tokens, 0, end)))) {
            return Optional.empty(); // "SOCCER -", "RUGBY UNION -": a headline's topic; "VAIL (Reuters) -" has its bracket
        }
        if (k.isPresent() && k.get().type() != EntityType.PLACE || tokens.length - end > 6 && !tokens[end].matches("\\d.*|\\(")) {
            return Optional.empty();
        }
        return Optional.of(new Span(0, end, EntityType.PLACE, k.orElse(null), false));
    }

    /** After these words of a sports headline comes a side: "LEEDS BEAT CHELSEA", "HELD AT HOME BY BARI". */
    private static final Set<String> BEFORE_SIDE = Set.of("beat", "beats", "down", "downs", "edge", "edges", "stun",
            "stuns", "crush", "crushes", "thrash", "thrashes", "rout", "routs", "sink", "sinks", "oust", "ousts", "upset",
            "upsets", "shock", "shocks", "hold", "holds", "overcome", "overcomes", "by", "v", "vs", "v.", "vs.",
            "against", "over", "and", "with", "-", ",");

    /** Nouns of headlines that are no side: "RESULTS", "SCOREBOARD"; a name before them is a competition. */
    private static final Set<String> HEADLINE_NOUNS = Set.of("results", "scoreboard", "standings", "summaries",
            "summary", "squad", "team", "top", "game", "match", "title", "lead", "record", "medal", "gold", "silver",
            "bronze", "stage", "pole", "centre", "center", "home", "away", "win", "draw", "tie", "test", "semifinal",
            "semifinals", "quarterfinal", "quarterfinals", "fixtures", "table", "tables", "scorers", "leaders",
            "qualifier", "qualifiers", "deal", "contract", "coach", "manager", "captain", "injury", "doubt", "ban",
            "fine", "debut", "return", "bid", "hopes", "move", "transfer", "players", "player", "side", "glory",
            "career", "season", "start", "victory", "defeat", "goal", "goals", "runs", "wickets", "innings", "rain",
            "lineup", "line-up", "metres", "meters", "race", "round", "first", "second", "third", "world", "best");

    /**
     * "SOCCER - LEEDS BEAT CHELSEA", "TENNIS - KOVAC BEATS LINDQVIST IN NEW YORK": a sports headline in capitals names
     * its sides first and after a verb of beating; a known place elsewhere (after "IN") is where it happened. A side
     * in our lists keeps its type (a city stands for its club); an unknown side is a player in a sport of single
     * players, and in a sport of teams a team unless it reads as a surname.
     */
    private List<Span> sportsHeadline(String[] tokens, int from, boolean teams) {
        List<Span> spans = new ArrayList<>();
        int i = from;
        while (i < tokens.length) {
            int end = i;
            while (end < tokens.length && end - i < 4 && tokens[end].chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '.')
                    && tokens[end].chars().anyMatch(Character::isLetter) && !EnglishWords.headlineWord(tokens[end])
                    && !HEADLINE_NOUNS.contains(tokens[end].toLowerCase(Locale.ROOT)) && !EnglishWords.notName(tokens[end])) {
                end++;
            }
            if (end == i) {
                i++;
                continue;
            }
            String before = i > 0 ? tokens[i - 1].toLowerCase(Locale.ROOT) : "";
            boolean side = BEFORE_SIDE.contains(before) && !(end < tokens.length
                    && HEADLINE_NOUNS.contains(tokens[end].toLowerCase(Locale.ROOT)) && !tokens[end].equalsIgnoreCase("top"));
            Optional<Span> known = known(tokens, i, end);
            if (known.isPresent()) {
                spans.add(known.get());
            } else if (EnglishWords.listedOrganisation(String.join(" ", Arrays.copyOfRange(tokens, i, end)))) {
                spans.add(new Span(i, end, EntityType.ORGANIZATION, null, false));
            } else if (side && !EnglishWords.notNameAlone(tokens[end - 1])) {
                boolean person = !teams || end - i == 1 && EnglishWords.personWordCount(tokens[i]) >= SURNAME_MIN
                        && !tokens[i].endsWith("S");
                spans.add(new Span(i, end, person ? EntityType.PERSON : EntityType.ORGANIZATION, null, false));
            }
            i = end;
        }
        return spans;
    }

    /** In a capitals-only results line, words right before a score are a team: "TAMPA BAY 75 62". */
    private int teamEnd(String[] tokens, int start) {
        int end = start;
        while (end < tokens.length && end - start < 4 && tokens[end].chars().allMatch(Character::isLetter)
                && !EnglishWords.notName(tokens[end])) {
            end++;
        }
        return end > start && EnglishWords.followedByScore(tokens, end) ? end : 0;
    }

    private int chunkEnd(String[] tokens, String[] tags, int start) {
        if (!nameLike(tokens, tags, start)) {
            return 0;
        }
        int end = start + 1;
        while (end < tokens.length) {
            if (nameLike(tokens, tags, end)) {
                end++;
            } else if (end + 1 < tokens.length && EnglishWords.joinsName(tokens, start, end)
                    && nameLike(tokens, tags, end + 1)) {
                end += 2;
            } else if (end + 2 < tokens.length && EnglishWords.joinsName(tokens, start, end)
                    && EnglishWords.joinsName(tokens, start, end + 1) && nameLike(tokens, tags, end + 2)) {
                end += 3; // "Jan van der Berg", "Juan de la Cruz"
            } else if (end - start <= 2 && tokens[end].equals("and") && !organisationAhead(tokens, start)
                    && !EnglishWords.notNameAlone(tokens[end - 1])
                    && andOrganisation(tokens, tags, end + 1) > 0) { // not "Phoenix Academy and Lakeside Academy"
                end = andOrganisation(tokens, tags, end + 1); // "England and Wales Cricket Board"
            } else {
                break;
            }
        }
        return end;
    }

    /** Where a name after "and" ends when it ends on a cue word of organisations (Wales Cricket Board), or 0. */
    private int andOrganisation(String[] tokens, String[] tags, int from) {
        int end = from;
        while (end < tokens.length && end - from < 4 && nameLike(tokens, tags, end)) {
            end++;
        }
        return end - from >= 2 && EnglishWords.organisationWord(tokens[end - 1]) ? end : 0;
    }

    private boolean nameLike(String[] tokens, String[] tags, int i) {
        String t = tokens[i];
        if (!EnglishWords.capitalised(t) || EnglishWords.notName(t)) {
            return false;
        }
        boolean atStart = i == 0 || EnglishWords.opensSentence(tokens[i - 1]);
        if ("PROPN".equals(tags[i])) {
            return !atStart || gazetteer.find(key(tokens, i, i + 1)).isPresent() || !EnglishWords.commonAtStart(t);
        }
        if (atStart) { // "Arsenal 1 Newcastle 1": a results line opens on a team; "British Airways Plc said"
            return gazetteer.find(key(tokens, i, i + 1)).isPresent() || EnglishWords.listedPlace(t)
                    || personAfter(tokens, i + 1) && !EnglishWords.commonAtStart(t) && !EnglishWords.commonOpener(t)
                    || countryAfterName(tokens, i) // "2 - Ilse Brandt ( Germany ) beat"
                    || EnglishWords.nationalityPhrase(tokens, i, i + 1) && organisationAhead(tokens, i + 1)
                    || EnglishWords.listedOrganisation(t) || t.chars().allMatch(Character::isLetter) && resultsAfter(tokens, i + 1);
        }
        if (!"ADJ".equals(tags[i]) || gazetteer.find(key(tokens, i, i + 1)).isPresent()
                || EnglishWords.organisationContext(tokens, i, i + 1)) {
            return true;
        }
        for (int j = i + 1; j < tokens.length && j <= i + 3 && EnglishWords.capitalised(tokens[j]); j++) {
            if ("PROPN".equals(tags[j]) || EnglishWords.organisationWord(tokens[j])) {
                return true; // "American Civil Liberties Union", "British Airways": adjectives opening a proper name
            }
        }
        return false;
    }

    /** "Real Sociedad 4 3 1 0": whether a results line or standings row goes on after the capitalised words from {@code from}. */
    private static boolean resultsAfter(String[] tokens, int from) {
        int j = from;
        while (j < tokens.length && j < from + 2 && EnglishWords.capitalised(tokens[j]) && tokens[j].chars().allMatch(Character::isLetter)) {
            j++;
        }
        return EnglishWords.resultsLine(tokens, j);
    }

    /** Whether the capitalised words from {@code from} on (three at most) hold a cue word of organisations. */
    private static boolean organisationAhead(String[] tokens, int from) {
        for (int j = from; j < tokens.length && j < from + 3 && EnglishWords.capitalised(tokens[j]); j++) {
            if (EnglishWords.organisationWord(tokens[j])) {
                return true;
            }
        }
        return false;
    }

    private List<Span> chunkToSpans(String[] tokens, String[] tags, int start, int end, boolean shouting, NameMemory memory,
            List<Span> guesses) {
        if (shouting) {
            return List.of(new Span(start, end, EntityType.ORGANIZATION, null, false));
        }
        int s = start;
        boolean titled = start > 0 && EnglishWords.title(tokens[start - 1]);
        if (EnglishWords.cueType(tokens, start, end).filter(t -> t == EntityType.ORGANIZATION).isEmpty()) {
            while (s < end && (EnglishWords.title(tokens[s]) || EnglishWords.notNameAlone(tokens[s]))
                    && !(end - s == 1 && EnglishWords.listedOrganisation(tokens[s])) && !(s + 1 < end && EnglishWords.capitalised(tokens[s + 1]) && knownEnd(tokens, s) > s + 1)) {
                titled |= EnglishWords.title(tokens[s]);
                s++;
            }
        }
        while (s < end && (tokens[s].equals("of") || tokens[s].equals("&"))) {
            s++;
        }
        if (s == end - 1 && s > start && EnglishWords.cueType(tokens, start, end).isPresent() && !titled) {
            s = start; // "Easter Road": the words before a cue word are part of the name
        }
        if (s == end || (end - s == 1 && (EnglishWords.notNameAlone(tokens[s]) || EnglishWords.pluralAcronym(tokens[s])))) {
            return List.of(); // "French", "MPs"
        }
        int inner = innerTitle(tokens, s, end);
        if (inner > 0) { // "Police Commissioner Anthony Batts", "U.S. Attorney Nadine Pellegrini"
            List<Span> out = new ArrayList<>();
            int head = s;
            while (head < inner && !EnglishWords.title(tokens[head])) {
                head++;
            }
            if (head > s) {
                int a = s;
                int b = head;
                known(tokens, a, b).or(() -> EnglishWords.cueType(tokens, a, b)
                        .filter(t -> t == EntityType.ORGANIZATION && b - a >= 2)
                        .map(t -> new Span(a, b, t, null, false))).ifPresent(out::add);
            }
            out.add(known(tokens, inner, end).orElse(new Span(inner, end, EntityType.PERSON, null, false)));
            return out;
        }
        boolean opener = start == 0 || EnglishWords.opensSentence(tokens[start - 1]);
        if (end - s == 1 && opener && memory.typeOf(Gazetteer.key(tokens[s])).isEmpty()
                && gazetteer.find(key(tokens, s, end)).isEmpty() && EnglishWords.commonOpener(tokens[s])) {
            return List.of(); // "Unhappily, ...", "Jurors heard ..."
        }
        if (!latin(tokens[s]) || end - s == 1 && s > 0 && tokens[s - 1].matches("\\d*[.#]\\d*")
                && tokens[s].chars().allMatch(Character::isUpperCase)) {
            return List.of(); // a Greek or Cyrillic original in brackets; "3.60 ERA": a unit after a figure
        }
        if (gazetteer.find(key(tokens, s, end)).isEmpty() && (end - s == 1 && EnglishWords.cueWordAlone(tokens[s])
                && !EnglishWords.listedOrganisation(tokens[s])
                || EnglishWords.nationalityPhrase(tokens, s, end))) {
            return List.of(); // "the Institute", "South African"
        }
        if (EnglishWords.eventEnd(tokens, s, end) && gazetteer.find(key(tokens, s, end)).isEmpty()) {
            return List.of(new Span(s, end, EntityType.EVENT, null, false));
        }
        if (s == start && s > 0 && EnglishWords.ordinal(tokens[s - 1])
                && EnglishWords.cueType(tokens, s, end).filter(t -> t == EntityType.ORGANIZATION).isPresent()) {
            s--; // "Fourth Air Force", "65th Air Division"
        }
        int from = s;
        Optional<Span> whole = known(tokens, from, end);
        if (whole.isPresent()) {
            return List.of(whole.get());
        }
        if (EnglishWords.insideQuotedTitle(tokens, from, end)) {
            return List.of(); // "A Beautiful Lie": the title of a work
        }
        int split = mergedNamesSplit(tokens, from, end);
        if (split > 0) {
            return List.of(new Span(from, split, EntityType.PERSON, null, false), new Span(split, end, EntityType.PERSON, null, false));
        }
        String[] keys = keys(tokens, from, end);
        EntityType type = decide(tokens, from, end, keys, titled, memory);
        if (type == null && end - from == 1 && from > 0 && tokens[from - 1].equalsIgnoreCase("the")
                && teamWord(tokens[from])) {
            return List.of(new Span(from, end, EntityType.ORGANIZATION, null, false)); // "the Bruins", "the Falcons"
        }
        if (type == null && guessedPerson(tokens, tags, from, end)) {
            Span guess = new Span(from, end, EntityType.PERSON, null, false);
            guesses.add(guess); // a guess is listed, not remembered: the next mention needs its own evidence
            return List.of(guess);
        }
        return type == null ? List.of() : List.of(new Span(from, end, type, null, false));
    }

    /** Where the person starts after a title inside the chunk ("SBS Managing Director Michael Ebeid"), or 0. */
    private static int innerTitle(String[] tokens, int s, int end) {
        for (int i = end - 2; i > s; i--) {
            if (EnglishWords.title(tokens[i]) && !EnglishWords.title(tokens[i + 1])) {
                int first = tokens[i + 1].equals("of") && i + 3 < end ? i + 3 : i + 1; // "Secretary of State Helen Marsh"
                boolean allNames = true;
                for (int j = first; j < end; j++) {
                    allNames &= !EnglishWords.title(tokens[j]);
                }
                return allNames && end - first <= 3 ? first : 0;
            }
        }
        return 0;
    }

    private static boolean latin(String token) {
        return token.codePoints().filter(Character::isLetter)
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    /** A word used in at least this many person names counts as evidence of a person. */
    static final int PERSON_WORD_MIN = 20;
    /** A single unknown word used in at least this many person names is taken for a surname. */
    static final int SURNAME_MIN = 3;

    private static boolean personWord(String token) {
        return EnglishWords.personWordCount(token) >= PERSON_WORD_MIN;
    }

    /**
     * "Rhett Butler Hattie McDaniel" (a cast list with its commas lost): four words that are all words of person
     * names are two people of two words each. Returns where the second one starts, or 0.
     */
    private int mergedNamesSplit(String[] tokens, int s, int end) {
        if (end - s != 4) {
            return 0;
        }
        for (int i = s; i < end; i++) {
            if (EnglishWords.personWordCount(tokens[i]) == 0 || !Character.isUpperCase(tokens[i].charAt(0))
                    || gazetteer.find(key(tokens, i, i + 1)).filter(k -> !k.givenName()).isPresent()) {
                return 0;
            }
        }
        return EnglishWords.cueType(tokens, s, end).isEmpty() ? s + 2 : 0;
    }

    /** A dictionary name; a city before a score is a sports club ("Chicago 3 Boston 2"), a country stays a place. */
    private Optional<Span> known(String[] tokens, int s, int end) {
        return gazetteer.find(key(tokens, s, end))
                .filter(k -> !k.givenName())
                .map(k -> new Span(s, end, clubOrPlace(k, tokens, s, end), k, false));
    }

    private EntityType clubOrPlace(KnownName k, String[] tokens, int s, int end) {
        boolean club = k.type() == EntityType.PLACE && !gazetteer.isCountry(k) && !NATIONS.contains(key(tokens, s, end))
                && (EnglishWords.followedByScore(tokens, end) || sportsTeam(tokens, s, end)
                        || end - s == 1 && EnglishWords.organisationContext(tokens, s, end));
        return club ? EntityType.ORGANIZATION : k.type();
    }

    /** Nations and continents field national sides, which keep the place's name and type ("England beat Pakistan"). */
    private static final Set<String> NATIONS = Set.of("england", "scotland", "wales", "northern ireland", "ireland",
            "africa", "asia", "europe", "oceania", "america", "north america", "south america", "latin america",
            "world", "rest of the world");

    /** Before a place named as where something happens, not who plays: "lost 2-1 in Florence". */
    private static final Set<String> VENUE_WORDS = Set.of("in", "near", "of", "outside", "inside", "across", "around",
            "throughout", "to", "into", "via", "northern", "southern", "eastern", "western", "central");

    /**
     * A city or region that is not a nation, in a sentence of a sports report, stands for its team: "Leeds beat
     * Chelsea", "Dortmund captain Stefan Reuter", "signed from Auckland"; after "in" it is still the place.
     */
    private boolean sportsTeam(String[] tokens, int s, int end) {
        if (!EnglishWords.sportsNear(tokens, s, end, EnglishWords.SPORTS_WINDOW) || NATIONS.contains(key(tokens, s, end))) {
            return false;
        }
        String previous = s > 0 ? tokens[s - 1].toLowerCase(Locale.ROOT) : "";
        if (previous.equals(",") || previous.equals("and")) { // "in Ottawa and Halifax", "Kingston , Ontario"
            int j = s - 2;
            while (j >= 0 && EnglishWords.capitalised(tokens[j])) {
                j--;
            }
            if (j < s - 2 && (previous.equals(",") && place(tokens, j + 1, s - 1)
                    || j >= 0 && VENUE_WORDS.contains(tokens[j].toLowerCase(Locale.ROOT)))) {
                return false;
            }
        }
        boolean placeAfter = end + 1 < tokens.length && tokens[end].equals(",")
                && EnglishWords.capitalised(tokens[end + 1]) && place(tokens, end + 1, end + 2);
        return !VENUE_WORDS.contains(previous) && !placeAfter;
    }

    /** Whether tokens {@code [s, end)} name a place in one of our lists. */
    private boolean place(String[] tokens, int s, int end) {
        String surface = String.join(" ", Arrays.copyOfRange(tokens, s, end));
        return gazetteer.find(key(tokens, s, end)).filter(n -> n.type() == EntityType.PLACE).isPresent()
                || EnglishWords.listedPlace(surface) || NameLexicon.shared().placeInArabic(surface).isPresent();
    }

    /** The type of an unknown name, or null when there is too little evidence to list it. */
    private EntityType decide(String[] tokens, int s, int end, String[] keys, boolean titled, NameMemory memory) {
        Optional<KnownName> whole = gazetteer.find(String.join(" ", keys));
        if (whole.isPresent() && !whole.get().givenName()) {
            return whole.get().type();
        }
        if (titled) {
            return EntityType.PERSON;
        }
        if (keys.length == 2 && personWord(tokens[s]) && personWord(tokens[s + 1])
                && !EnglishWords.title(tokens[s]) && gazetteer.find(keys[0]).isEmpty()) {
            return EntityType.PERSON; // Tony Hall, Harry Wood: a given name and a surname that is also a cue word
        }
        boolean score = EnglishWords.followedByScore(tokens, end);
        if (keys.length >= 2 && teamName(tokens, s, end)) {
            return EntityType.ORGANIZATION; // Chicago Bulls, St. Louis Eagles: a place and a plural is a team
        }
        String surface = String.join(" ", java.util.Arrays.copyOfRange(tokens, s, end));
        if (EnglishWords.listedOrganisation(surface) || EnglishWords.organisationContext(tokens, s, end)) {
            return EntityType.ORGANIZATION; // Reuters, Konami, Juventus: the organisation list; "the magazine Pulse"
        }
        if (NameLexicon.shared().placeInArabic(surface).isPresent() || EnglishWords.listedPlace(surface)) {
            return score || sportsTeam(tokens, s, end) ? EntityType.ORGANIZATION : EntityType.PLACE; // Algeciras, Atlantic City: the place lists
        }
        Optional<EntityType> cue = EnglishWords.cueType(tokens, s, end);
        if (cue.isPresent()) {
            return cue.get();
        }
        if (keys.length > 1 && personName(tokens, s, end)) {
            return EntityType.PERSON;
        }
        if (keys.length > 1 && containsPlace(keys)) {
            return EntityType.ORGANIZATION;
        }
        if (keys.length == 1) {
            Optional<EntityType> remembered = memory.typeOf(keys[0]);
            if (remembered.isPresent()) {
                return remembered.get();
            }
        }
        if (gazetteer.find(keys[0]).filter(KnownName::givenName).isPresent()) {
            return EntityType.PERSON;
        }
        Optional<EntityType> byContext = EnglishWords.contextType(tokens, s, end);
        if (byContext.isEmpty()) { // one word and no evidence: a surname, a brand, or not listed
            boolean opener = s == 0 || EnglishWords.opensSentence(tokens[s - 1]);
            int uses = EnglishWords.personWordCount(tokens[s]);
            if (!score && uses >= (opener ? PERSON_WORD_MIN : SURNAME_MIN)) {
                return EntityType.PERSON; // a surname; opening a sentence it must be a common one ("Davis had")
            }
            return EnglishWords.organisationShape(tokens[s]) ? EntityType.ORGANIZATION : null;
        }
        if (keys.length > 1 && byContext.get() == EntityType.PERSON && !personEvidence(tokens, s, end)) {
            return EntityType.ORGANIZATION; // Drakelow Shadow Factory, Ashes Test: no sign of a person
        }
        return byContext.get();
    }

    /** Endings of common nouns, adverbs and plurals ("Scouting", "Construction", "Christians"): not taken for a surname. */
    private static final java.util.regex.Pattern COMMON_SHAPE = java.util.regex.Pattern.compile(
            ".+(ing|ly|ion|ions|ies|ism|ity|ians|ists|ers|ment|ments|ness|ship|ts|ks|es|ds)");

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "its", "their", "our");

    /** Opening a sentence, a short word before a verb is as often a common noun ("Rain moved"): only longer ones. */
    private static final int OPENER_MIN_LENGTH = 6;

    /** "said Bobick": a name after these is the speaker ("told Pulse" is not: the one told may be anything). */
    private static final Set<String> SAID = Set.of("said", "says", "added", "wrote", "explained", "insisted");

    /** After these a name is someone met: "met Maskhadov on Monday" (not "met Hamas leaders"). */
    private static final Set<String> MET = Set.of("met", "meet", "meets", "phoned", "telephoned");

    /** "Senescence is scientific jargon": a sentence that opens on a word and "is" defines a thing. */
    private static final Set<String> DEFINITION = Set.of("is", "are");

    /** After these the verb that follows belongs to the noun before them: "Supporters of Kelvindale gathered". */
    private static final Set<String> PREPOSITIONS = Set.of(
            "of", "in", "on", "at", "from", "to", "for", "with", "into", "across", "near", "over", "under", "about");

    /**
     * One unknown word with nothing else to go on is listed as a person when it acts like one: "Belgrano ordered",
     * "Carder 's family", "said Bobick", "Smith , 34 ,". Opening a sentence it must be tagged a proper noun.
     */
    private static boolean guessedPerson(String[] tokens, String[] tags, int s, int end) {
        boolean opener = s == 0 || EnglishWords.opensSentence(tokens[s - 1]);
        return end - s == 1 && !EnglishWords.followedByScore(tokens, end)
                && (!opener || tags != null && "PROPN".equals(tags[s]) || personAfter(tokens, end))
                && actsLikePerson(tokens, tags, s, end);
    }

    /** Verbs of speaking that only people do ("Kohl told parliament", "Date said"). */
    private static final Set<String> TOLD = Set.of("told", "said", "says", "tells", "added", "insisted", "admitted");

    /**
     * What only a person's name is followed by, so that even a word opening a sentence is one: "Kohl 's government",
     * "Kohl told", "Farrow , who has", "Lebed , the security chief ,".
     */
    private static boolean personAfter(String[] tokens, int end) {
        if (end >= tokens.length) {
            return false;
        }
        String next = tokens[end];
        if (next.equals("'s") || next.equals("\u2019s") || TOLD.contains(next)) {
            return true;
        }
        if (!next.equals(",") || end + 1 >= tokens.length) {
            return false;
        }
        String after = tokens[end + 1].toLowerCase(Locale.ROOT);
        if (after.equals("who")) {
            return true;
        }
        if (after.equals("the") || after.equals("a") || after.equals("an")) { // ", the security chief ,"
            for (int j = end + 2; j < tokens.length && j <= end + 5; j++) {
                if (tokens[j].equals(",")) {
                    return j > end + 2 && EnglishWords.title(tokens[j - 1]) && !EnglishWords.capitalised(tokens[j - 1]);
                }
            }
        }
        return false;
    }

    private static boolean actsLikePerson(String[] tokens, String[] tags, int s, int end) {
        String previous = s > 0 ? tokens[s - 1].toLowerCase(Locale.ROOT) : "";
        if (DETERMINERS.contains(previous) || EnglishWords.ordinal(tokens[Math.max(0, s - 1)]) || COMMON_SHAPE.matcher(tokens[s]).matches() || EnglishWords.organisationShape(tokens[s])) {
            return false;
        }
        if (SAID.contains(previous) || personAfter(tokens, end)) {
            return true;
        }
        if (MET.contains(previous) && tags != null && end < tokens.length && !"NOUN".equals(tags[end]) && !"PROPN".equals(tags[end])) {
            return true; // "Lebed met Maskhadov on Monday"
        }
        if (end >= tokens.length) {
            return false;
        }
        String next = tokens[end];
        if (next.equals("'s") || next.equals("\u2019s")) {
            return true;
        }
        if (next.equals(",") && end + 2 < tokens.length && tokens[end + 1].matches("\\d{1,2}") && tokens[end + 2].equals(",")) {
            return true;
        }
        boolean verb = tags != null && ("VERB".equals(tags[end]) || "AUX".equals(tags[end]));
        boolean opener = s == 0 || EnglishWords.opensSentence(tokens[s - 1]);
        boolean gerund = next.endsWith("ing"); // "Hourglass training": a name before a noun, not someone doing
        return verb && !gerund && !PREPOSITIONS.contains(previous)
                && (!opener || tokens[s].length() >= OPENER_MIN_LENGTH && !DEFINITION.contains(next.toLowerCase(Locale.ROOT)));
    }

    private static final java.util.regex.Pattern INITIAL = java.util.regex.Pattern.compile("(\\p{Lu}\\.){1,3}");

    /**
     * Some sign that a name of several words is a person's: a name word at either end, an initial, a verb of saying,
     * a nationality before it ("Kenyan Josphat Kiprono"), a country in brackets after it ("Retief Goosen ( South
     * Africa ) 71 67", as results lines give a player's nation).
     */
    private boolean personEvidence(String[] tokens, int s, int end) {
        if (s > 0 && EnglishWords.nationalityPhrase(tokens, s - 1, s)) {
            return true;
        }
        return countryInBrackets(tokens, end) || staticPersonEvidence(tokens, s, end);
    }

    /** "( South Africa )" at {@code at}: the nation results lines give after a player's name. */
    private boolean countryInBrackets(String[] tokens, int at) {
        if (at + 2 >= tokens.length || !tokens[at].equals("(")) {
            return false;
        }
        int close = at + 1;
        while (close < tokens.length && close - at <= 4 && !tokens[close].equals(")")) {
            close++;
        }
        return close < tokens.length && close > at + 1 && tokens[close].equals(")")
                && (place(tokens, at + 1, close) || tokens[at + 1].equals("U.S."));
    }

    /** Whether two or three capitalised words from {@code i} are followed by a nation in brackets. */
    private boolean countryAfterName(String[] tokens, int i) {
        int j = i + 1;
        while (j < tokens.length && j < i + 3 && playerWord(tokens[j])) {
            j++;
        }
        return j > i + 1 && playerWord(tokens[i]) && countryInBrackets(tokens, j);
    }

    private static boolean staticPersonEvidence(String[] tokens, int s, int end) {
        for (int i = s; i < end - 1; i++) {
            if (INITIAL.matcher(tokens[i]).matches()) {
                return true;
            }
        }
        String next = end < tokens.length ? tokens[end].toLowerCase(Locale.ROOT) : "";
        return EnglishWords.personWordCount(tokens[s]) > 0 || EnglishWords.personWordCount(tokens[end - 1]) >= 5
                || EnglishWords.SAYING.contains(next);
    }

    /** Chad Edward Gaudin, Peter Reading: a common given name and one more word, or more words with another name word. */
    private static boolean personName(String[] tokens, int s, int end) {
        boolean other = end - s == 2 || EnglishWords.personWordCount(tokens[end - 1]) > 0;
        for (int i = s + 1; i < end - 1; i++) {
            other |= personWord(tokens[i]);
        }
        return personWord(tokens[s]) && other;
    }

    private static final java.util.regex.Pattern TEAM_PLURAL = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+[^s]s|\\d+[sS]");

    /** "Bruins", "Falcons", "67s": a capitalised plural that is no person's name, nationality or common noun. */
    private static boolean teamWord(String t) {
        return TEAM_PLURAL.matcher(t).matches() && EnglishWords.personWordCount(t) == 0 && !EnglishWords.notNameAlone(t)
                && !EnglishWords.cueWordAlone(t) && !COMMON_SHAPE.matcher(t).matches();
    }

    /** A known place followed by one capitalised plural ("Chicago Bulls", "Ottawa 67s"): a sports team. */
    boolean teamName(String[] tokens, int s, int end) {
        String last = tokens[end - 1];
        if (!TEAM_PLURAL.matcher(last).matches() || EnglishWords.personWordCount(last) > 0 || EnglishWords.notNameAlone(last)
                || EnglishWords.cueWordAlone(last)) {
            return false;
        }
        String place = String.join(" ", java.util.Arrays.copyOfRange(tokens, s, end - 1));
        Optional<KnownName> k = gazetteer.find(key(tokens, s, end - 1));
        return k.filter(n -> n.type() == EntityType.PLACE).isPresent() || EnglishWords.listedPlace(place)
                || NameLexicon.shared().placeInArabic(place).isPresent();
    }

    /** Werder Bremen, Maccabi Tel Aviv, London Newsroom: an unknown name built on a place is an organisation. */
    private boolean containsPlace(String[] keys) {
        for (int from = 0; from < keys.length; from++) {
            for (int to = from + 1; to <= keys.length; to++) {
                boolean part = to - from < keys.length;
                Optional<KnownName> k = part ? gazetteer.find(String.join(" ", java.util.Arrays.copyOfRange(keys, from, to)))
                        : Optional.empty();
                if (k.isPresent() && k.get().type() == EntityType.PLACE) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String[] keys(String[] tokens, int s, int end) {
        String[] keys = new String[end - s];
        for (int i = s; i < end; i++) {
            keys[i - s] = Gazetteer.key(tokens[i]);
        }
        return keys;
    }

    /** The dictionary key of tokens {@code [s, end)}. */
    static String key(String[] tokens, int s, int end) {
        return String.join(" ", keys(tokens, s, end)).toLowerCase(Locale.ROOT);
    }
}
