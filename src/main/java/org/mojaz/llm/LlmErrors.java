package org.mojaz.llm;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import org.mojaz.llm.ModelUnavailableException.Reason;

/**
 * Maps what LangChain4j and the JDK HTTP client throw to our reasons. The original exception is NOT kept as the
 * cause: provider error bodies may echo request data, and our messages must never carry keys or URLs.
 */
final class LlmErrors {
    private LlmErrors() {
    }

    static ModelUnavailableException translate(Throwable e) {
        if (e instanceof ModelUnavailableException m) {
            return m;
        }
        Reason reason = reason(e);
        return new ModelUnavailableException(reason, "model call failed (" + e.getClass().getSimpleName() + ")");
    }

    static Reason reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Reason r = direct(t);
            if (r != null) {
                return r;
            }
        }
        return Reason.SERVER_ERROR;
    }

    /** True when the server answered 400 Bad Request (the request itself, not the service, was the problem). */
    static boolean isBadRequest(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpException h) {
                return h.statusCode() == 400;
            }
        }
        return false;
    }

    private static Reason direct(Throwable t) {
        if (t instanceof HttpConnectTimeoutException || t instanceof ConnectException
                || t instanceof UnknownHostException || t instanceof NoRouteToHostException
                || t instanceof UnresolvedAddressException || t instanceof UnresolvedModelServerException) {
            return Reason.CONNECTION;
        }
        if (t instanceof HttpTimeoutException || t instanceof SocketTimeoutException
                || t instanceof java.util.concurrent.TimeoutException
                || t instanceof dev.langchain4j.exception.TimeoutException) {
            return Reason.TIMEOUT;
        }
        if (t instanceof RateLimitException) {
            return Reason.RATE_LIMITED;
        }
        if (t instanceof InternalServerException) {
            return Reason.SERVER_ERROR;
        }
        if (t instanceof AuthenticationException) {
            return Reason.BAD_KEY;
        }
        if (t instanceof ModelNotFoundException) {
            return Reason.UNKNOWN_MODEL;
        }
        if (t instanceof HttpException h) {
            return byStatus(h.statusCode());
        }
        return null;
    }

    private static Reason byStatus(int status) {
        if (status == 429) {
            return Reason.RATE_LIMITED;
        }
        if (status == 408) {
            return Reason.TIMEOUT;
        }
        if (status == 401 || status == 403) {
            return Reason.BAD_KEY;
        }
        if (status == 404) {
            return Reason.UNKNOWN_MODEL;
        }
        return status >= 500 ? Reason.SERVER_ERROR : Reason.REJECTED;
    }
}
