package org.mojaz.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** English cue words and spelling tests the English tagger uses. */
final class EnglishWords {
    private EnglishWords() {
    }

    private static final Set<String> TITLES = words(
            "president", "minister", "prime", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "lord",
            "king", "queen", "prince", "princess", "pope", "general", "gen.", "gen", "col.", "colonel", "captain",
            "capt.", "sen.", "senator", "rep.", "representative", "governor", "gov.", "judge", "justice",
            "chancellor", "secretary", "secretary-general", "ambassador", "chairman", "chairwoman", "ceo",
            "director", "coach", "commissioner", "spokesman", "spokeswoman", "deputy", "vice", "sheikh", "emir",
            "ayatollah", "rev.", "father", "bishop", "archbishop", "cardinal", "lieutenant", "lt.", "sgt.",
            "sergeant", "mayor", "premier", "speaker", "foreign", "defence", "defense", "finance",
            "interior", "trade", "economy", "economics", "agriculture", "health", "justice", "labour", "labor",
            "chief", "executive", "officer", "envoy", "mediator", "striker", "midfielder", "goalkeeper", "defender",
            "manager", "leader", "opposition", "former", "veteran", "champion", "dictator", "commander", "adm.",
            "admiral", "marshal", "crown", "vice-president", "analyst", "economist", "mme", "herr", "dame",
            "prosecutor", "attorney", "archaeologist", "professor", "prof.", "prof", "detective", "inspector",
            "superintendent", "constable", "lawyer", "actor", "actress", "singer", "rapper", "author", "novelist",
            "historian", "scientist", "researcher", "presenter", "broadcaster", "comedian", "journalist",
            "correspondent", "frenchman", "englishman", "irishman", "scotsman", "welshman", "dutchman",
            "frenchwoman", "englishwoman", "chancellor", "baroness", "baron", "duke", "duchess", "earl", "countess",
            "mp", "mep", "msp", "mla", "mr.", "winger", "forward", "batsman", "bowler", "jockey", "trainer",
            "skipper", "captain", "boss", "owner", "founder", "co-founder", "president-elect", "candidate",
            "nominee", "spokesperson", "superstar", "star", "legend", "uncle", "aunt", "brother", "sister", "miss",
            "editor", "editor-at-large", "reporter", "producer", "tory", "det", "det.", "supt", "supt.", "insp",
            "cllr", "councillor", "councilman", "councilwoman", "congressman", "congresswoman", "assemblyman",
            "officer", "pc", "chairperson", "brigadier", "coroner", "engineer", "corporal", "sheriff", "commodore",
            "major-general", "lieutenant-general", "lt.-gen.", "maj.", "maj.-gen.", "brig.", "cpl.", "pte.", "pvt.", "sgt", "premier", "secretary-general", "director-general", "md");

    private static final Set<String> ORG_WORDS = words(
            "inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "ltd", "ltd.", "plc", "llc", "ag", "sa",
            "nv", "bv", "gmbh", "group", "bank", "university", "party", "council", "agency", "association",
            "federation", "union", "committee", "commission", "ministry", "department", "institute", "airlines",
            "airways", "motors", "industries", "holdings", "fund", "club", "fc", "board", "bureau", "office",
            "court", "assembly", "parliament", "congress", "army", "navy", "police", "exchange", "times", "news",
            "post", "journal", "television", "tv", "radio", "press", "corporation", "company", "communications",
            "systems", "technologies", "petroleum", "oil", "energy", "telecom", "securities", "capital", "partners",
            "brothers", "church", "college", "school", "academy", "foundation", "society", "organisation",
            "organization", "movement", "front", "alliance", "league", "senate", "cabinet", "government", "forces",
            "united", "rovers", "wanderers", "athletic", "athletico", "city", "town", "county", "albion", "hotspur",
            "villa", "forest", "olympique", "sporting", "dynamo", "spartak", "real", "inter", "ac", "ajax",
            "chamber", "authority", "service", "services", "trust", "network", "airline", "pharmaceuticals",
            "electric", "steel", "mining", "resources", "investments", "insurance", "financial", "reserve",
            "brigade", "brigades", "guard", "command", "mission", "tribunal", "studios", "studio", "auctions",
            "records", "pictures", "entertainment", "labs", "laboratories", "hospital", "clinic", "institution",
            "railroad", "railway", "railways", "hotel", "mall", "works", "corps", "orchestra", "choir", "ensemble",
            "magazine", "newspaper", "gazette", "herald", "tribune", "broadcasting", "productions", "publishing",
            "publishers", "associates", "properties", "theatre", "theater", "museum", "library",
            "centre", "center", "hall", "band", "brewery", "motor", "mills", "cooperative", "consortium",
            "directorate", "secretariat", "observatory", "seminary", "polytechnic", "conservatory", "division",
            "regiment", "battalion", "squadron", "wing", "fleet", "force", "command", "guards", "legion", "militia", "scouts");

    private static final Set<String> CLUB_TEAM_ENDS = words("city", "town", "county", "united", "cup");

    private static final Set<String> LOC_WORDS = words(
            "river", "lake", "mountains", "mount", "mt", "mt.", "island", "islands", "province", "valley",
            "street", "avenue", "square", "bridge", "gulf", "bay", "sea", "ocean", "peninsula", "desert", "coast",
            "strait", "canal", "region", "district", "hills", "heights", "airport", "port", "state", "republic",
            "kingdom", "emirate", "territory", "territories", "north", "south", "east", "west", "central", "upper",
            "lower", "new", "san", "santa", "st", "st.", "fort", "cape", "beach", "springs", "falls", "park",
            "palace", "med", "resort", "coliseum", "colosseum", "stadium", "arena", "castle", "cathedral", "mosque",
            "harbour", "harbor", "terminal", "tower", "oasis", "dam", "brook", "creek", "junction", "cave", "caves",
            "empire", "plain", "plains", "plateau", "glacier", "volcano", "reef", "lagoon", "forest", "woods",
            "county", "parish", "borough", "shire", "road", "lane", "boulevard", "highway", "motorway", "channel",
            "pass", "canyon", "gorge", "basin", "delta", "marsh", "estuary", "isles", "archipelago", "atoll",
            "governorate", "prefecture", "oblast", "krai", "canton", "department", "reservoir", "pond", "dock",
            "docks", "pier", "wharf", "quay", "gym", "playfield", "coulee", "station", "gardens", "garden", "heath",
            "moor", "downs", "common", "fields", "square", "plaza", "crossing", "pass", "ridge", "peak", "glen",
            "loch", "fjord", "cove", "inlet", "sound", "point", "headland", "island", "manor", "abbey", "chapel",
            "temple", "shrine", "monastery", "fortress", "citadel", "wall", "gate", "prison", "jail", "mine");

    private static final Set<String> OF_HEADS = words(
            "bank", "university", "ministry", "department", "republic", "kingdom", "gulf", "bay", "isle", "sea",
            "cape", "council", "institute", "association", "federation", "union", "party", "church", "court",
            "house", "board", "chamber", "office", "commission", "organisation", "organization", "league",
            "school", "college", "museum", "academy", "society", "province", "state", "city", "strait", "duke",
            "prince", "queen", "king", "bishop", "archbishop", "secretary", "minister", "sea", "states", "isle",
            "islands", "federation", "confederation", "chamber", "army", "museum", "port", "district", "county",
            "mount", "lake", "river", "straits", "united", "union", "hall", "institution", "school", "centre", "tour",
            "center", "friends", "bureau", "office", "agency", "authority", "corps", "order", "knights");

    private static final Set<String> JOINERS = words(
            "de", "du", "van", "von", "der", "den", "la", "le", "&", "bin", "ibn", "al", "el", "da", "di", "dos",
            "del", "y", "ben");

    private static final Set<String> NOT_NAMES = words(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "i", "the", "a",
            "an", "he", "she", "it", "we", "they", "you", "his", "her", "its", "our", "their", "this", "that",
            "these", "those", "there", "here", "but", "and", "or", "if", "when", "while", "after", "before",
            "in", "on", "at", "for", "with", "from", "by", "to", "of", "as", "no", "not", "yes", "mr", "mrs",
            "ms", "no-one", "someone", "anyone", "everyone", "nobody", "god", "internet", "web", "net", "am", "pm", "a.m.", "p.m.", "ok", "tv", "gmt", "est");

    /** Nationality words and capitalised common nouns of news tables: not names in themselves. */
    private static final Set<String> NOT_NAMES_EITHER = words(
            "american", "americans", "british", "english", "french", "german", "germans", "italian", "italians",
            "spanish", "dutch", "swiss", "swedish", "norwegian", "danish", "finnish", "polish", "czech", "slovak",
            "hungarian", "romanian", "bulgarian", "greek", "turkish", "russian", "russians", "ukrainian",
            "serbian", "serb", "serbs", "croatian", "croat", "croats", "bosnian", "muslim", "muslims", "albanian",
            "austrian", "belgian", "irish", "scottish", "welsh", "portuguese", "brazilian", "argentine",
            "mexican", "canadian", "australian", "chinese", "japanese", "korean", "indian", "pakistani", "afghan",
            "iranian", "iraqi", "syrian", "lebanese", "israeli", "israelis", "palestinian", "palestinians",
            "jordanian", "egyptian", "saudi", "kuwaiti", "libyan", "algerian", "moroccan", "tunisian",
            "african", "european", "asian", "arab", "arabs", "western", "eastern", "islamic", "christian",
            "catholic", "jewish", "jews", "kurdish", "kurds", "shi'ite", "sunni", "nigerian", "kenyan",
            "zairean", "rwandan", "burundian", "hutu", "tutsi", "chilean", "colombian", "peruvian", "venezuelan",
            "cuban", "thai", "vietnamese", "indonesian", "malaysian", "filipino", "taiwanese", "yugoslav",
            "soviet", "sri", "new", "standings", "cup", "date", "year", "week", "ago", "extras", "men", "women",
            "squad", "champions", "world", "choice", "total", "division", "conference", "round", "final",
            "results", "scores", "index", "attendance", "halftime", "half-time", "scorers", "teams", "played",
            "note", "notes", "source", "sources", "government", "state", "parliament", "league", "group", "day",
            "league", "premier", "series", "open", "grand", "prix", "championship", "championships", "olympic",
            "olympics", "games", "tournament", "club", "stage", "pool", "bonds", "stocks", "shares", "prices",
            "market", "markets", "treasury", "average", "dow", "nasdaq", "wall", "street", "moody", "moody's",
            "christmas", "easter", "ramadan", "tel", "fax", "newsroom", "desk", "office", "court", "association",
            "union", "trading", "mines", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "nation", "hockey", "defenders", "midfielders", "forwards", "goalkeepers",
            "africans", "koreans", "liberian", "swede", "swedes", "dane", "danes", "briton", "britons", "spaniard", "spaniards", "nobel", "sun", "corn", "wheat", "soybeans", "gold", "silver", "oil",
            "airways", "airlines", "bank", "university", "ministry", "party", "council", "committee", "commission",
            "agency", "federation", "department", "police", "army", "navy", "senate", "congress", "cabinet");

    private static final Set<String> COMMON_AT_START = words(
            "police", "officials", "analysts", "traders", "dealers", "sources", "shares", "prices", "results",
            "the", "however", "meanwhile", "also", "earlier", "later", "both", "only", "all", "some", "many",
            "most", "other", "others", "several", "such", "each", "every", "another", "one", "two", "three",
            "four", "five", "six", "seven", "eight", "nine", "ten", "first", "second", "third", "last",
            "next", "new", "total", "net", "revenue", "profit", "sales", "born", "according", "despite", "although",
            "during", "under", "since", "until", "following", "including", "unlike", "like", "among", "elsewhere",
            "nevertheless", "instead", "overall", "today", "yesterday", "tomorrow", "tonight", "now", "then",
            "still", "yet", "even", "just", "perhaps", "maybe", "indeed", "finally", "here", "there", "what", "why",
            "how", "who", "where", "which", "whatever", "please", "thanks", "welcome", "sorry", "well", "so");

    static final Set<String> SAYING = words(
            "said", "says", "told", "added", "wrote", "stated", "explained", "insisted", "argued", "denied",
            "confirmed", "announced", "noted", "asked", "replied", "warned", "urged", "admitted", "claimed");

    private static final Set<String> PLACE_PREPS = words(
            "in", "at", "from", "near", "into", "across", "outside", "inside", "throughout", "towards",
            "toward", "via", "northern", "southern", "eastern", "western", "central", "to");

    private static final Set<String> OPENERS = words(".", "!", "?", ":", ";", "\"", "``", "''", "(", "--", "-", "'",
            "\u2018", "\u201c", "\u2014", "\u2013");

    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** Words of sports reports: a sentence with one of them (or a score such as 2-1) speaks of a match. */
    private static final Set<String> SPORTS_WORDS = words(
            "beat", "beats", "beaten", "defeated", "thrashed", "crushed", "routed", "edged",
            "scored", "scores", "goal", "goals", "match", "matches", "striker", "midfielder", "defender", "goalkeeper",
            "coach", "captain", "innings", "wicket", "wickets", "inning", "homer", "pitcher", "quarterback",
            "touchdown", "penalty", "semifinal", "semi-final", "quarter-final", "quarterfinal", "qualifier", "fixture",
            "halftime", "half-time", "squad", "standings", "tabulate", "soccer", "football", "cricket", "rugby",
            "baseball", "basketball", "hockey", "playoff", "playoffs", "batting", "bowling", "bowled",
            "relegation", "promoted", "champions", "league", "division",
            "visitors", "hosts", "hat-trick", "equaliser", "equalizer", "winger",
            "stadium", "sacked", "unbeaten", "rugby", "nba", "nfl", "nhl",
            "puck", "overs", "batsman", "bowler", "club", "cup");

    /** Sports whose names open a headline such as "SOCCER - LEEDS BEAT CHELSEA" (upper-cased there). */
    private static final Set<String> TEAM_SPORTS = words(
            "soccer", "football", "cricket", "rugby", "baseball", "basketball", "hockey", "ice", "volleyball",
            "handball", "polo", "nfl", "nba", "nhl", "league", "union");
    private static final Set<String> SOLO_SPORTS = words(
            "tennis", "golf", "athletics", "cycling", "boxing", "motor", "racing", "motorcycling", "skiing", "alpine",
            "swimming", "squash", "snooker", "badminton", "rowing", "sailing", "yachting", "judo", "wrestling",
            "gymnastics", "chess", "darts", "triathlon", "marathon", "equestrianism", "horse", "speed", "skating",
            "figure", "nordic", "biathlon", "table", "formula", "one", "rallying", "weightlifting", "fencing");

    private static final java.util.regex.Pattern MATCH_SCORE = java.util.regex.Pattern.compile("\\d{1,3}-\\d{1,3}");

    /** Whether the sentence reads as a sports report: a score ("2-1") or a word of matches and teams. */
    static boolean sports(String[] tokens) {
        return sportsNear(tokens, 0, tokens.length, tokens.length);
    }

    /** How near a name a sports word must be for the name to be read as a team. */
    static final int SPORTS_WINDOW = 8;

    /** Whether a score or a word of sports lies within {@code window} tokens of {@code [s, end)}. */
    static boolean sportsNear(String[] tokens, int s, int end, int window) {
        for (int i = Math.max(0, s - window); i < Math.min(tokens.length, end + window); i++) {
            String t = tokens[i];
            if (SPORTS_WORDS.contains(lower(t)) || MATCH_SCORE.matcher(t).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The kind of sports headline ("SOCCER - LEEDS BEAT CHELSEA", "TENNIS - KOVAC BEATS LINDQVIST"): where its
     * words start after the dash, negative for a sport of teams, positive for a sport of single players, 0 when the
     * sentence opens on no sport name.
     */
    static int sportsHeadline(String[] tokens) {
        boolean team = false;
        boolean solo = false;
        int i = 0;
        for (; i < tokens.length && i < 3; i++) {
            String w = lower(tokens[i]);
            if (TEAM_SPORTS.contains(w)) {
                team = true;
            } else if (SOLO_SPORTS.contains(w)) {
                solo = true;
            } else {
                break;
            }
        }
        if (i == 0 || i + 1 >= tokens.length || !tokens[i].equals("-") || !(team || solo)) {
            return 0;
        }
        return team ? -(i + 1) : i + 1;
    }

    /** Verbs of sports headlines, upper-cased there: the words before and after them are the sides. */
    private static final Set<String> HEADLINE_VERBS = words(
            "beat", "beats", "win", "wins", "won", "lead", "leads", "take", "takes", "hold", "holds", "held", "sign",
            "signs", "draw", "draws", "drew", "lose", "loses", "lost", "crush", "crushes", "thrash", "thrashes",
            "edge", "edges", "stun", "stuns", "upset", "upsets", "sink", "sinks", "rout", "routs", "down", "downs",
            "reach", "reaches", "set", "sets", "name", "names", "keep", "keeps", "quit", "quits", "sack", "sacks",
            "join", "joins", "retire", "retires", "says", "say", "advance", "advances", "go", "goes", "move",
            "moves", "claim", "claims", "oust", "ousts", "shock", "shocks", "hit", "hits", "stay", "stays", "hope",
            "hopes", "face", "faces", "get", "gets", "make", "makes", "extend", "extends", "earn", "earns", "seal",
            "seals", "clinch", "clinches", "retain", "retains", "top", "tops", "overcome", "overcomes", "fined",
            "banned", "out", "back", "and", "v", "vs", "v.", "vs.", "to", "in", "at", "for", "by", "on", "with",
            "over", "after", "of", "is", "are", "wins", "a", "the", "as", "into", "through", "up", "named", "share",
            "shares", "shared");

    /** A headline word that is a verb or small word of the headline, not a name. */
    static boolean headlineWord(String t) {
        return HEADLINE_VERBS.contains(lower(t));
    }

    private static final java.util.regex.Pattern SCORE = java.util.regex.Pattern.compile("\\d+(-\\d+)?");

    /** True when the token after a name is a score or a count, as in results tables ("Barcelona 2"). */
    static boolean followedByScore(String[] tokens, int end) {
        return end < tokens.length && SCORE.matcher(tokens[end]).matches();
    }

    /**
     * Whether a results line or a standings row goes on at {@code end}: a score, another name and its score ("Arsenal 1
     * Newcastle 1"), or a row of numbers ("Leeds 4 3 1 0 9 3 10"); not "Milepost 13 : high fill".
     */
    static boolean resultsLine(String[] tokens, int end) {
        if (!followedByScore(tokens, end)) {
            return false;
        }
        if (end + 1 < tokens.length && SCORE.matcher(tokens[end + 1]).matches()) {
            return true;
        }
        for (int i = end + 1; i < tokens.length && i <= end + 4; i++) {
            if (!capitalised(tokens[i])) {
                return i > end + 1 && SCORE.matcher(tokens[i]).matches();
            }
        }
        return false;
    }

    /** "Werder Bremen 2 Hansa Rostock 1": a name between scores, or a score then another name, is a team. */
    private static boolean matchResult(String[] tokens, int s, int end) {
        boolean scoreBefore = s > 0 && SCORE.matcher(tokens[s - 1]).matches();
        boolean nameAfter = end + 1 < tokens.length && capitalised(tokens[end + 1]);
        return scoreBefore || nameAfter;
    }

    static boolean capitalised(String t) {
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(0);
        if (Character.isUpperCase(c)) {
            return true;
        }
        int dash = t.indexOf('-');
        return (t.startsWith("al-") || t.startsWith("el-")) && dash + 1 < t.length()
                && Character.isUpperCase(t.charAt(dash + 1));
    }

    static boolean mostlyUpperCase(String[] tokens) {
        int letters = 0;
        int upper = 0;
        for (String t : tokens) {
            if (t.chars().anyMatch(Character::isLetter)) {
                letters++;
                if (t.equals(t.toUpperCase(Locale.ROOT))) {
                    upper++;
                }
            }
        }
        return letters >= 2 && upper * 10 >= letters * 8;
    }

    private static final java.util.regex.Pattern CONTRACTION = java.util.regex.Pattern.compile("I['\u2019](m|ve|ll|d)");

    private static final java.util.regex.Pattern COMPOUND = java.util.regex.Pattern.compile(
            ".+-(born|based|run|led|backed|trained|owned|made|bred|funded|controlled|style|era|language|speaking|"
                    + "held|occupied|allied|linked|inspired|bound|wide|registered|listed|designed|built)");

    static boolean notName(String t) {
        String w = lower(t);
        return NOT_NAMES.contains(w) || t.length() == 1 || CONTRACTION.matcher(t).matches() || COMPOUND.matcher(w).matches();
    }

    private static final java.util.regex.Pattern COMMON_OPENER = java.util.regex.Pattern.compile(
            ".{3,}(ly|ers|ors|ists|ists|ants|ents|ings|ions|ness|ment|ments|ities|ed)");

    /** "Unhappily", "Jurors", "Archaeologists" opening a sentence: an adverb or a plural common noun. */
    static boolean commonOpener(String t) {
        return COMMON_OPENER.matcher(lower(t)).matches();
    }

    private static final Set<String> EVENT_ENDS = words(
            "cup", "war", "wars", "awards", "award", "festival", "marathon", "championship", "championships", "games",
            "olympics", "prize", "trophy", "tournament", "stakes", "chase", "classic", "derby", "grand", "prix",
            "expo", "summit", "conference", "revolution", "uprising", "crisis", "massacre", "battle", "treaty",
            "accord", "accords", "agreement", "act", "bill", "protocol", "doctrine", "plan", "fair", "show", "week",
            "tour", "rally", "race", "series", "open", "bowl", "final", "finals", "day", "eve", "era", "age", "ages");

    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile(
            "\\d+(st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|"
                    + "Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|Nineteenth|Twentieth|[IVX]{2,5}");

    /** "65th", "Fourth", "VIII": the number of a unit ("Fourth Air Force", "VIII Fighter Command"). */
    static boolean ordinal(String t) {
        return ORDINAL.matcher(t).matches();
    }

    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("[IVX]{1,4}");

    /** "Challenge Cup", "Cold War", "War II", "Taste Awards", "Patriot Act": the name of an event, a law or a prize. */
    static boolean eventEnd(String[] tokens, int s, int end) {
        boolean numbered = end - s >= 2 && ROMAN.matcher(tokens[end - 1]).matches() && EVENT_ENDS.contains(lower(tokens[end - 2]));
        return numbered || end - s >= 2 && EVENT_ENDS.contains(lower(tokens[end - 1]))
                || end - s >= 1 && end + 1 < tokens.length && lower(tokens[end]).equals("of") && lower(tokens[s]).equals("battle")
                || end - s >= 3 && lower(tokens[s]).equals("tour") && lower(tokens[s + 1]).equals("of"); // Tour of Spain
    }

    private static final java.util.regex.Pattern PLURAL_ACRONYM = java.util.regex.Pattern.compile("\\p{Lu}{2,}s");

    /** "MPs", "GPs", "CEOs": the plural of an acronym is a common noun (members of parliament), not a name. */
    static boolean pluralAcronym(String t) {
        return PLURAL_ACRONYM.matcher(t).matches();
    }

    /** A word that is not a name alone but may be part of one (French, Cup, Street...). */
    static boolean notNameAlone(String t) {
        return NOT_NAMES_EITHER.contains(lower(t));
    }

    /** "Institute", "Church", "Street" alone: a cue word standing for a name given earlier, not a name itself. */
    static boolean cueWordAlone(String t) {
        String w = lower(t);
        return ORG_WORDS.contains(w) && !CLUB_TEAM_ENDS.contains(w) || LOC_WORDS.contains(w);
    }

    private static final java.util.regex.Pattern NATIONALITY = java.util.regex.Pattern.compile(".+(an|ans|ese|ish|ic|i|is)|swedes?|danes?|britons?|spaniards?");

    /** "South African", "Scottish-South African": a nationality word ends the phrase, an adjective not a name. */
    static boolean nationalityPhrase(String[] tokens, int s, int end) {
        String last = tokens[end - 1];
        int dash = last.lastIndexOf('-');
        String tail = dash >= 0 ? last.substring(dash + 1) : last;
        return notNameAlone(tail) && NATIONALITY.matcher(lower(tail)).matches();
    }

    static boolean title(String t) {
        return TITLES.contains(lower(t));
    }

    static boolean opensSentence(String previous) {
        return OPENERS.contains(previous);
    }

    static boolean commonAtStart(String t) {
        return COMMON_AT_START.contains(lower(t));
    }

    /** Whether {@code tokens[at]} (a small word) may join the capitalised words before it to the next one. */
    static boolean joinsName(String[] tokens, int start, int at) {
        String w = lower(tokens[at]);
        if (JOINERS.contains(w)) {
            return true;
        }
        return w.equals("of") && OF_HEADS.contains(lower(tokens[at - 1]));
    }

    /** PERSON, ORGANIZATION or PLACE from cue words inside the chunk, if any. */
    static Optional<EntityType> cueType(String[] tokens, int s, int end) {
        String last = lower(tokens[end - 1]);
        for (int i = s; i < end; i++) {
            String w = lower(tokens[i]);
            if (ORG_WORDS.contains(w) && !(CLUB_TEAM_ENDS.contains(w) && i < end - 1)) {
                if (!(end - s == 1 && CLUB_TEAM_ENDS.contains(w))) {
                    return Optional.of(EntityType.ORGANIZATION);
                }
            }
        }
        if (LOC_WORDS.contains(last) || (end - s > 1 && LOC_WORDS.contains(lower(tokens[s])))) {
            return Optional.of(EntityType.PLACE);
        }
        String only = tokens[s];
        if (end - s == 1 && only.length() >= 7 && lower(only).endsWith("bank")) {
            return Optional.of(EntityType.ORGANIZATION); // Bundesbank, Rabobank
        }
        if (end - s == 1 && only.length() >= 2 && only.length() <= 6 && only.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '&')) {
            return Optional.of(EntityType.ORGANIZATION);
        }
        return Optional.empty();
    }

    private static final Set<String> PLACE_NOUNS = words(
            "city", "town", "village", "province", "region", "district", "state", "capital", "county", "island",
            "port", "suburb", "governorate", "prefecture", "municipality", "neighbourhood", "neighborhood");

    /** The type the surrounding words suggest; a name of several words defaults to a person, one word to nothing. */
    static Optional<EntityType> contextType(String[] tokens, int s, int end) {
        String next = end < tokens.length ? lower(tokens[end]) : "";
        String previous = s > 0 ? lower(tokens[s - 1]) : "";
        boolean placeOf = previous.equals("of") && s > 1 && PLACE_NOUNS.contains(lower(tokens[s - 2]));
        if (placeOf || PLACE_NOUNS.contains(next) && end < tokens.length && !capitalised(tokens[end])) {
            return Optional.of(EntityType.PLACE);
        }
        if (SAYING.contains(next) && end - s >= 2) {
            return Optional.of(EntityType.PERSON);
        }
        boolean source = previous.equals("to") && s > 1 && lower(tokens[s - 2]).equals("according");
        if (PLACE_PREPS.contains(previous) && !source) { // "according to Pulse": a source, not a place
            return Optional.of(end - s >= 2 && !previous.equals("in") ? EntityType.PERSON : EntityType.PLACE);
        }
        if (followedByScore(tokens, end) && (end - s == 1 || matchResult(tokens, s, end))) {
            return Optional.of(EntityType.ORGANIZATION);
        }
        return end - s >= 2 ? Optional.of(EntityType.PERSON) : Optional.empty();
    }

    private static final java.util.regex.Pattern ORG_SHAPE = java.util.regex.Pattern.compile(
            ".*\\d.*|.*\\p{Ll}\\p{Lu}.*|\\p{Lu}{2,}.*");

    /** MTV2, MySpace, EZ2DJ: digits or inner capitals mark a brand or an organisation. */
    static boolean organisationShape(String t) {
        return t.chars().anyMatch(Character::isLetter) && ORG_SHAPE.matcher(t).matches();
    }

    /** How many Wikidata person names use this word (given name or surname), 0 when none or fewer than 2. */
    static int personWordCount(String t) {
        return PersonWords.COUNTS.getOrDefault(lower(t), 0);
    }

    /** The English person-name words of {@code person-words-en.tsv} (see NOTICE), loaded on first use. */
    private static final class PersonWords {
        static final java.util.Map<String, Integer> COUNTS = load();

        private static java.util.Map<String, Integer> load() {
            java.util.Map<String, Integer> counts = new java.util.HashMap<>();
            try (java.io.InputStream in = EnglishWords.class.getResourceAsStream("person-words-en.tsv")) {
                if (in == null) {
                    throw new IllegalStateException("missing resource person-words-en.tsv");
                }
                java.io.BufferedReader reader = new java.io.BufferedReader(
                        new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    int tab = line.indexOf('\t');
                    if (tab > 0 && !line.startsWith("#")) {
                        counts.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1).strip()));
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return java.util.Map.copyOf(counts);
        }
    }

    /** Whether the name is in our English list of regions, states, islands, rivers and seas ({@code places-en.txt}). */
    static boolean listedPlace(String name) {
        return PlaceNames.NAMES.contains(lower(name));
    }

    /** Whether the name is in our English list of organisations without a cue word ({@code organisations-en.txt}). */
    static boolean listedOrganisation(String name) {
        return OrganisationList.NAMES.contains(lower(name));
    }

    private static final class OrganisationList {
        static final Set<String> NAMES = lines("organisations-en.txt");
    }

    /** The lines of one of our word lists, lower-cased, without blank lines and # comments. */
    private static Set<String> lines(String resource) {
        try (InputStream in = EnglishWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> lower(l.strip()))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class PlaceNames {
        static final Set<String> NAMES = lines("places-en.txt");
    }

    /** Kinds of organisation a name is put after: "the magazine Pulse", "search engine Yandex", "club Wasps". */
    private static final Set<String> ORG_KINDS = words(
            "club", "team", "side", "company", "firm", "group", "maker", "carrier", "airline", "bank", "agency",
            "newspaper", "daily", "weekly", "magazine", "tabloid", "broadcaster", "channel", "network", "website",
            "engine", "platform", "app", "brand", "retailer", "chain", "charity", "party", "insurer", "lender",
            "manufacturer", "operator", "giant", "conglomerate", "publisher", "label", "band", "outfit", "watchdog",
            "regulator", "startup", "start-up", "supermarket", "automaker", "carmaker", "broker", "brokerage",
            "developer", "utility", "miner", "producer", "refiner", "distributor", "subsidiary", "unit", "rival",
            "rivals", "consortium", "organisation", "organization", "movement", "militia");

    /** Nouns after a name that belong to an organisation: "Petra news agency", "Labour spokesman", "Westfield chairman". */
    private static final Set<String> ORG_MEMBERS = words(
            "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "official", "officials",
            "executive", "executives", "director", "directors", "shareholders", "shares", "stock", "board",
            "management", "agency", "newspaper", "team", "club", "party", "group", "company", "subsidiary", "unit",
            "employees", "workers", "staff", "spokespeople", "lawmakers", "mps", "delegates", "chief", "boss",
            "striker", "midfielder", "defender", "goalkeeper", "coach", "captain", "winger", "manager", "squad",
            "headquarters");

    /** Before a company: "shares in Hoechst", "a stake in Carlow", "the takeover of Westfield". */
    private static final Set<String> COMPANY_BEFORE = words(
            "shares", "stake", "stakes", "takeover", "acquisition", "shareholders", "rating");

    /**
     * Whether the words around tokens {@code [s, end)} say it is an organisation: a kind of organisation before it
     * ("the magazine Pulse"), a member or part of one after it ("Labour spokesman", "Petra news agency"), a stake or
     * shares before it ("shares in Hoechst").
     */
    static boolean organisationContext(String[] tokens, int s, int end) {
        String previous = s > 0 ? lower(tokens[s - 1]) : "";
        if (ORG_KINDS.contains(previous) && !capitalised(tokens[s - 1])) {
            return true;
        }
        if ((previous.equals("in") || previous.equals("of")) && s > 1 && COMPANY_BEFORE.contains(lower(tokens[s - 2]))) {
            return true;
        }
        if (end >= tokens.length || capitalised(tokens[end])) {
            return false;
        }
        String next = lower(tokens[end]);
        return ORG_MEMBERS.contains(next) || next.equals("news") && end + 1 < tokens.length
                && lower(tokens[end + 1]).matches("agency|service|channel|network|website");
    }

    /** Whether the word is a cue word of organisations (Airways, Plc, Bank, Party...). */
    static boolean organisationWord(String t) {
        return ORG_WORDS.contains(lower(t));
    }

    private static final Set<String> QUOTES = words("\"", "``", "''", "'", "\u201c", "\u201d", "\u2018", "\u2019");

    private static final Set<String> TITLE_SMALL_WORDS = words(
            "a", "an", "the", "of", "in", "on", "to", "for", "and", "or", "at", "by", "with", "from", "is", "it",
            "my", "your", "me", "you", "i", "we", "no", "not", "be", "all", "into", "up", "out", "vs", "vs.");

    /**
     * Whether tokens {@code [s, end)} lie inside a short quoted title ("A Beautiful Lie", "The Kill", "Sisters of
     * Heresy"): the title of a song, book or film, not a person, place or organisation. Quoted speech is longer or
     * has lower-case words other than small ones.
     */
    static boolean insideQuotedTitle(String[] tokens, int s, int end) {
        int open = s - 1;
        while (open >= 0 && s - open <= 6 && !QUOTES.contains(tokens[open])) {
            open--;
        }
        int close = end;
        while (close < tokens.length && close - end <= 6 && !QUOTES.contains(tokens[close])) {
            close++;
        }
        if (open < 0 || close >= tokens.length || !QUOTES.contains(tokens[open]) || !QUOTES.contains(tokens[close])
                || close - open - 1 > 8) {
            return false;
        }
        for (int i = open + 1; i < close; i++) {
            String t = tokens[i];
            boolean word = t.chars().anyMatch(Character::isLetter);
            if (word && !capitalised(t) && !TITLE_SMALL_WORDS.contains(lower(t))) {
                return false;
            }
        }
        return true;
    }

    private static String lower(String t) {
        return t.toLowerCase(Locale.ROOT);
    }
}
