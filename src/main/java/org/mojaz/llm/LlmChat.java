package org.mojaz.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.mojaz.llm.ModelUnavailableException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One configured chat model: sends our messages, returns the answer text and token counts. Every LangChain4j
 * exception is translated here into {@link ModelUnavailableException}; a {@link CircuitBreaker} stops calls to a
 * model that keeps failing. Build one with {@link LlmModels#chat}.
 *
 * <p>The HTTP clients' own time-outs stop waiting for the response headers, not for a body that trickles or stops;
 * so every call runs on a daemon thread of this chat and is abandoned (and interrupted, which cancels the request)
 * when {@code llm.timeout} has passed, whatever the provider.
 */
public final class LlmChat {
    private static final Logger LOG = LoggerFactory.getLogger(LlmChat.class);

    private final ChatModel model;
    private final String provider;
    private final String modelName;
    private final CircuitBreaker breaker;
    private final Duration timeout;
    private final ExecutorService calls;
    private final Set<Reason> configErrorsTold = ConcurrentHashMap.newKeySet();
    /** Set once an OpenAI-compatible server refused the JSON-schema response format with 400 (DeepSeek, some Groq models). */
    private volatile boolean schemaRefused;

    LlmChat(ChatModel model, String provider, String modelName, CircuitBreaker breaker, Duration timeout) {
        this.model = model;
        this.provider = provider;
        this.modelName = modelName;
        this.breaker = breaker;
        this.timeout = timeout;
        this.calls = Executors.newCachedThreadPool(daemonThreads());
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "llm-call-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** {@code llm:<provider>/<model>}, the engine name stored with each Digest. */
    public String engine() {
        return "llm:" + provider + "/" + modelName;
    }

    /**
     * Sends the conversation and returns the answer.
     *
     * @throws ModelUnavailableException on time-out, 429, 5xx, connection failure, refusal, or an open breaker
     */
    public LlmReply chat(List<LlmMessage> messages, ResponseShape shape) {
        if (!breaker.allowCall()) {
            throw new ModelUnavailableException(Reason.BREAKER_OPEN, "circuit breaker open");
        }
        long start = System.nanoTime();
        try {
            ChatResponse response = withDeadline(() -> send(messages, shape));
            breaker.recordSuccess();
            LOG.debug("llm call engine={} ms={}", engine(), (System.nanoTime() - start) / 1_000_000);
            return reply(response);
        } catch (RuntimeException e) {
            ModelUnavailableException translated = LlmErrors.translate(e);
            if (translated.reason().isOutage()) {
                breaker.recordFailure();
            } else if (translated.reason().isConfigurationError()) {
                breaker.recordNeutral();
                tellOperatorOnce(translated.reason());
            } else {
                breaker.recordSuccess();
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (translated.reason().isConfigurationError()) {
                LOG.debug("llm call failed engine={} reason={} ms={}", engine(), translated.reason(), ms);
            } else {
                LOG.warn("llm call failed engine={} reason={} ms={}", engine(), translated.reason(), ms);
            }
            throw translated;
        }
    }

    /** A bad key or an unknown model is the operator's to fix: said once per kind at ERROR, naming the setting. */
    private void tellOperatorOnce(Reason reason) {
        if (!configErrorsTold.add(reason)) {
            return;
        }
        if (reason == Reason.BAD_KEY) {
            LOG.error("llm configuration error engine={}: the model service refused the API key (401/403); set a valid"
                    + " key for llm.provider={} in the environment variable MOJAZ_LLM_API_KEY. Until then the"
                    + " extractive engine answers.", engine(), provider);
        } else {
            LOG.error("llm configuration error engine={}: the model service does not know the model (404); check"
                    + " llm.model (MOJAZ_LLM_MODEL) and llm.base-url (MOJAZ_LLM_BASE_URL). Until then the extractive"
                    + " engine answers.", engine());
        }
    }

    /**
     * Runs the whole call (headers and body, and the retry without the schema) on a call thread and waits at most
     * {@code llm.timeout}; past it the call is interrupted and a time-out is reported.
     */
    private ChatResponse withDeadline(Callable<ChatResponse> call) {
        Future<ChatResponse> future = calls.submit(call);
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ModelUnavailableException(Reason.TIMEOUT,
                    "no complete answer within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ModelUnavailableException(Reason.TIMEOUT, "interrupted while waiting");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * Sends the request; when the server answers 400 to a JSON-schema request, it is asked once more without the
     * schema (the prompt itself demands the JSON) and the schema is not sent again.
     */
    private ChatResponse send(List<LlmMessage> messages, ResponseShape shape) {
        ResponseFormat format = schemaRefused ? null : responseFormat(shape);
        try {
            return model.chat(request(messages, format));
        } catch (RuntimeException e) {
            if (format == null || !LlmErrors.isBadRequest(e)) {
                throw e;
            }
            schemaRefused = true;
            LOG.info("model server refused the JSON response format; asking without it engine={}", engine());
            return model.chat(request(messages, null));
        }
    }

    private static ChatRequest request(List<LlmMessage> messages, ResponseFormat format) {
        ChatRequest.Builder b = ChatRequest.builder().messages(toLangChain(messages));
        if (format != null) {
            b.responseFormat(format);
        }
        return b.build();
    }

    private ResponseFormat responseFormat(ResponseShape shape) {
        if (shape != ResponseShape.DIGEST_JSON) {
            return null;
        }
        switch (provider) {
            case "openai-compatible":
                return DigestSchema.responseFormat();
            case "gemini":
                return ResponseFormat.JSON;
            default:
                return null;
        }
    }

    private static List<ChatMessage> toLangChain(List<LlmMessage> messages) {
        List<ChatMessage> out = new ArrayList<>(messages.size());
        for (LlmMessage m : messages) {
            switch (m.role()) {
                case SYSTEM -> out.add(SystemMessage.from(m.text()));
                case USER -> out.add(UserMessage.from(m.text()));
                case ASSISTANT -> out.add(AiMessage.from(m.text()));
                default -> throw new IllegalArgumentException("unknown role " + m.role());
            }
        }
        return out;
    }

    private static LlmReply reply(ChatResponse response) {
        String text = response.aiMessage() == null ? "" : response.aiMessage().text();
        TokenUsage usage = response.tokenUsage();
        if (usage == null) {
            return new LlmReply(text, null, null);
        }
        return new LlmReply(text, usage.inputTokenCount(), usage.outputTokenCount());
    }
}
