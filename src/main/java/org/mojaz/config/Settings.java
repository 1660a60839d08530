package org.mojaz.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every setting of Mojaz, typed and checked. Built once at start-up by {@link #from}. */
public record Settings(
        Path databasePath,
        Fetch fetch,
        Input input,
        int extractMinWords,
        Summary summary,
        Llm llm,
        Path promptsDir,
        Telegram telegram,
        ZoneId defaultZone,
        LocalTime briefingTime,
        Qa qa,
        Secrets secrets,
        Briefings briefings) {

    /**
     * Daily briefings and feeds.
     *
     * @param topN             stories per briefing
     * @param grace            a briefing missed during downtime is still sent this long after its time, else skipped
     * @param tick             how often the scheduler looks for due briefings
     * @param claimLease       how long a claimed delivery stays claimed before another process may take it over
     * @param maxAttempts      sends tried for one briefing before it is recorded as failed
     * @param retryBackoff     wait before the second try, doubled for each further one
     * @param senders          briefings composed and sent at once (the transport's limiter paces them)
     * @param feedPollInterval how often followed feeds are read (conditional GET)
     * @param maxFeedsPerChat  feeds one chat may follow
     * @param maxEntitiesPerChat entities one chat may follow
     */
    public record Briefings(int topN, Duration grace, Duration tick, Duration claimLease, int maxAttempts,
                            Duration retryBackoff, int senders, Duration feedPollInterval, int maxFeedsPerChat,
                            int maxEntitiesPerChat) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);

    /** Safe-fetching limits. */
    public record Fetch(Duration connectTimeout, Duration readTimeout, Duration callTimeout, long maxBodyBytes,
                        int maxRedirects, String userAgent, boolean allowPrivateAddresses,
                        List<String> allowedNetworks) {
    }

    /** Limits on local files and pasted text. */
    public record Input(long maxFileBytes, int maxTextChars) {
    }

    /** Summary length. */
    public record Summary(int words, int moreSentences) {
    }

    /** LLM provider and cost control. */
    public record Llm(String provider, String model, String baseUrl, Duration timeout, double temperature,
                      int maxOutputTokens, int inputTokenBudget, int dailyCallsPerChat, int dailyCallsGlobal,
                      int breakerFailures, Duration breakerCooldown) {
        public boolean enabled() {
            return !provider.equals("none");
        }
    }

    /**
     * Questions about a chat's articles.
     *
     * @param window      how far back a question searches the chat's articles (the article replied to is always in)
     * @param memoryTurns earlier questions kept for follow-ups (0 = none)
     * @param minCoverage share of the question a passage must cover to be given as an extractive answer
     */
    public record Qa(Duration window, int memoryTurns, double minCoverage) {
    }

    /** Telegram transport. */
    public record Telegram(String baseUrl, List<Long> allowedUsers, int maxLinksPerMessage, int linksPerMinute,
                           String channelMode, Duration placeholderAfter) {
    }

    /** Secrets, read from the environment only. {@link #toString()} never shows them. */
    public record Secrets(String telegramToken, String llmApiKey) {
        @Override
        public String toString() {
            return "Secrets[telegramToken=" + mask(telegramToken) + ", llmApiKey=" + mask(llmApiKey) + "]";
        }

        private static String mask(String s) {
            return s == null || s.isEmpty() ? "unset" : "set";
        }
    }

    public static Settings from(ConfigSource source, Map<String, String> env) {
        Values v = new Values(source);
        Settings s = new Settings(
                Path.of(v.nonEmpty("database.path")),
                new Fetch(v.duration("fetch.connect-timeout"), v.duration("fetch.read-timeout"),
                        v.duration("fetch.call-timeout"), v.size("fetch.max-body-bytes"),
                        v.integer("fetch.max-redirects", 0, 20), v.headerValue("fetch.user-agent"),
                        v.bool("fetch.allow-private-addresses"), cidrs(v)),
                new Input(v.size("input.max-file-bytes"), v.integer("input.max-text-chars", 1000, 10_000_000)),
                v.integer("extract.min-words", 1, 10_000),
                new Summary(v.integer("summary.words", 10, 1000), v.integer("summary.more-sentences", 1, 30)),
                llm(v),
                promptsDir(v, source),
                new Telegram(v.httpUrl("telegram.base-url", false, "https://api.telegram.org"), v.longs("telegram.allowed-users"),
                        v.integer("telegram.max-links-per-message", 1, 50), v.integer("telegram.links-per-minute", 1, 1000),
                        v.oneOf("telegram.channel-mode", "reply", "discussion", "off"),
                        v.duration("telegram.placeholder-after", Duration.ZERO)),
                v.zone("timezone.default"),
                v.time("briefing.default-time"),
                new Qa(java.time.Duration.ofDays(v.integer("qa.window-days", 1, 3650)), v.integer("qa.memory-turns", 0, 20), v.decimal("qa.min-coverage", 0.05, 1)),
                new Secrets(blankToNull(env.get("TELEGRAM_BOT_TOKEN")), blankToNull(env.get("MOJAZ_LLM_API_KEY"))),
                new Briefings(v.integer("briefing.top-n", 1, 20), v.duration("briefing.grace"),
                        v.duration("briefing.tick"), v.duration("briefing.claim-lease"),
                        v.integer("briefing.max-attempts", 1, 20), v.duration("briefing.retry-backoff"),
                        v.integer("briefing.senders", 1, 64), v.duration("feeds.poll-interval"),
                        v.integer("feeds.max-per-chat", 1, 1000), v.integer("briefing.max-entities-per-chat", 1, 1000)));
        s.checkLlmComplete();
        ConfigWarnings.of(s, source.keys(), env).forEach(w -> LOG.warn("config: {}", w));
        return s;
    }

    private static Llm llm(Values v) {
        return new Llm(v.oneOf("llm.provider", "none", "openai-compatible", "anthropic", "gemini"),
                v.string("llm.model"), v.httpUrl("llm.base-url", true, "http://localhost:11434/v1"), v.duration("llm.timeout"),
                v.decimal("llm.temperature", 0, 2), v.integer("llm.max-output-tokens", 64, 100_000),
                v.integer("llm.input-token-budget", 256, 1_000_000), v.integer("llm.daily-calls-per-chat", 0, 1_000_000),
                v.integer("llm.daily-calls-global", 0, 100_000_000), v.integer("llm.breaker-failures", 1, 100),
                v.duration("llm.breaker-cooldown"));
    }

    private static List<String> cidrs(Values v) {
        List<String> list = v.list("fetch.allowed-networks");
        for (String c : list) {
            if (!Cidrs.valid(c)) {
                throw Values.bad("fetch.allowed-networks", c, "comma-separated CIDR ranges such as 10.20.0.0/16 or"
                        + " fd00:1234::/48 (IPv4 parts 0 to 255, prefix up to /32; IPv6 prefix up to /128)");
            }
        }
        return list;
    }

    /**
     * The prompt folder. The default ({@code ./prompts}) may be missing (the jar carries the same templates); a folder
     * set by the operator must exist, or edits would silently go unread.
     */
    private static Path promptsDir(Values v, ConfigSource source) {
        String value = v.nonEmpty("prompts.dir");
        Path dir = Path.of(value);
        boolean chosen = !value.equals(source.defaultValue("prompts.dir"));
        if ((chosen || Files.exists(dir)) && !Files.isDirectory(dir)) {
            throw Values.bad("prompts.dir", value, "an existing folder holding the prompt templates (summarize.txt,"
                    + " summarize-user.txt, summarize-repair.txt), such as ./prompts");
        }
        return dir;
    }

    private void checkLlmComplete() {
        if (llm.enabled() && llm.model().isEmpty()) {
            throw new ConfigException("llm.provider is " + llm.provider() + " but llm.model (MOJAZ_LLM_MODEL) is empty:"
                    + " name the model, e.g. gpt-4o-mini, llama3.1:8b, claude-3-5-haiku-latest or gemini-2.0-flash.");
        }
        if (llm.provider().equals("openai-compatible") && llm.baseUrl().isEmpty() && secrets.llmApiKey() == null) {
            throw new ConfigException("llm.provider is openai-compatible with no llm.base-url and no MOJAZ_LLM_API_KEY:"
                    + " set the base URL of a local server (http://localhost:11434/v1 for Ollama) or the API key.");
        }
        if ((llm.provider().equals("anthropic") || llm.provider().equals("gemini")) && secrets.llmApiKey() == null) {
            throw new ConfigException("llm.provider is " + llm.provider() + " but MOJAZ_LLM_API_KEY is not set.");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
