package org.mojaz.entity;

import com.ibm.icu.util.TimeZone;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.ULocale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.mojaz.text.ArabicNormalizer;

/**
 * Bilingual names keyed by their matching form: our curated list first, then CLDR country names and exemplar
 * cities (ICU) in Arabic and English. Arabic nisba adjectives (المغربية) are derived from the country names.
 * Immutable after construction, so one shared instance serves all threads.
 */
final class Gazetteer {
    static final int MAX_TOKENS = 6;
    private static final String RESOURCE = "gazetteer.tsv";
    private static final ULocale AR = ULocale.forLanguageTag("ar");

    private final Map<String, KnownName> names = new HashMap<>();
    private final Map<String, KnownName> nisbas = new HashMap<>();
    private final java.util.Set<KnownName> countries = new java.util.HashSet<>();

    private Gazetteer() {
        loadCurated(false);
        loadCountries();
        loadCities();
        loadCurated(true);
    }

    private static final class Holder {
        static final Gazetteer SHARED = new Gazetteer();
    }

    static Gazetteer shared() {
        return Holder.SHARED;
    }

    /** The matching form of a phrase: normalised Arabic, lower-case Latin, single spaces. */
    static String key(String phrase) {
        String n = ArabicNormalizer.normalize(phrase.strip());
        if (n.indexOf(' ') < 0 && n.indexOf('\t') < 0 && n.indexOf('\n') < 0) {
            return n;
        }
        return n.replaceAll("\\s+", " ");
    }

    /** The entry whose name or alias has this key (see {@link #key}). */
    Optional<KnownName> find(String key) {
        return Optional.ofNullable(names.get(key));
    }

    /** The country an Arabic nisba adjective refers to (المغربية, الجزائري, مصري...). */
    Optional<KnownName> nisba(String key) {
        return Optional.ofNullable(nisbas.get(key));
    }

    /** Whether the name is a country or territory (CLDR region). */
    boolean isCountry(KnownName name) {
        return countries.contains(name);
    }

    private void loadCurated(boolean nisbaLines) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#") && line.startsWith("NISBA") == nisbaLines) {
                    addLine(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void addLine(String[] cols) {
        if (cols[0].equals("NISBA")) {
            KnownName country = names.get(key(cols[1]));
            if (country == null) {
                throw new IllegalStateException("nisba line names an unknown country: " + cols[1]);
            }
            for (String form : cols[3].split("\\|")) {
                nisbas.putIfAbsent(key(form), country);
            }
            return;
        }
        boolean given = cols[0].equals("GIVEN");
        EntityType type = switch (cols[0]) {
            case "ORG" -> EntityType.ORGANIZATION;
            case "LOC" -> EntityType.PLACE;
            default -> EntityType.PERSON;
        };
        KnownName name = new KnownName(type, cols[1], cols[2], given);
        add(cols[1], name);
        add(cols[2], name);
        if (cols.length > 3 && !cols[3].isBlank()) {
            for (String alias : cols[3].split("\\|")) {
                add(alias, name);
            }
        }
    }

    private void loadCountries() {
        for (String code : ULocale.getISOCountries()) {
            ULocale region = new ULocale("", code);
            String en = region.getDisplayCountry(ULocale.ENGLISH);
            String ar = region.getDisplayCountry(AR);
            if (en.equals(code) || ar.equals(code)) {
                continue;
            }
            KnownName name = names.getOrDefault(key(en), new KnownName(EntityType.PLACE, en, ar, false));
            add(en, name);
            add(ar, name);
            addNisbas(name);
            countries.add(name);
        }
    }

    private void loadCities() {
        TimeZoneNames en = TimeZoneNames.getInstance(ULocale.ENGLISH);
        TimeZoneNames ar = TimeZoneNames.getInstance(AR);
        for (String id : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
            String nameEn = en.getExemplarLocationName(id);
            String nameAr = ar.getExemplarLocationName(id);
            if (nameEn != null && nameAr != null && !names.containsKey(key(nameEn))) {
                KnownName name = new KnownName(EntityType.PLACE, nameEn, nameAr, false);
                add(nameEn, name);
                add(nameAr, name);
            }
        }
    }

    /** المغرب → المغربي المغربية مغربي مغربية; سوريا → السوري; السعودية → السعودي. */
    private void addNisbas(KnownName country) {
        String stem = key(country.nameAr());
        if (stem.contains(" ")) {
            return;
        }
        if (stem.startsWith("ال")) {
            stem = stem.substring(2);
        }
        if (stem.endsWith("يا") && stem.length() > 3) {
            stem = stem.substring(0, stem.length() - 2);
        } else if (stem.endsWith("ا") || stem.endsWith("ه")) {
            stem = stem.substring(0, stem.length() - 1);
        }
        if (stem.length() < 2) {
            return;
        }
        for (String form : new String[] {stem + "ي", stem + "يه", "ال" + stem + "ي", "ال" + stem + "يه", stem + "يين", "ال" + stem + "يين", stem + "يون", "ال" + stem + "يون"}) {
            nisbas.putIfAbsent(form, country);
        }
    }

    private void add(String surface, KnownName name) {
        String k = key(surface);
        if (!k.isEmpty()) {
            names.putIfAbsent(k, name);
        }
    }
}
