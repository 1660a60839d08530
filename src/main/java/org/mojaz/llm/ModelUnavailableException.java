package org.mojaz.llm;

/**
 * The model gave no usable answer; the caller falls back to the extractive engine and shows {@link #userReason()}.
 * Messages never carry the API key, request URLs or article text.
 */
public final class ModelUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the model could not be used, with the short reason a user sees. */
    public enum Reason {
        TIMEOUT("the model timed out", "انتهت مهلة النموذج", "timeout", true),
        RATE_LIMITED("the model is rate-limited right now", "النموذج مقيد بحد الطلبات الآن", "rate_limited", true),
        SERVER_ERROR("the model service had an error", "حدث خطأ في خدمة النموذج", "error", true),
        CONNECTION("the model could not be reached", "تعذر الوصول إلى النموذج", "error", true),
        REJECTED("the model service refused the request", "رفضت خدمة النموذج الطلب", "error", true),
        /** 401 or 403: the key is wrong or lacks access. An operator's error, not an outage. */
        BAD_KEY("the model service refused our key", "رفضت خدمة النموذج مفتاحنا", "error", false),
        /** 404: the model (or the base URL) does not exist there. An operator's error, not an outage. */
        UNKNOWN_MODEL("the configured model was not found", "لم يعثر على النموذج المضبوط", "error", false),
        INVALID_OUTPUT("the model's answer could not be used", "تعذر استعمال جواب النموذج", "invalid", false),
        OVER_BUDGET("daily model budget reached", "بلغت حصة النموذج اليومية حدها", "over_budget", false),
        BREAKER_OPEN("the model is paused after repeated failures", "النموذج موقوف مؤقتا بعد إخفاقات متكررة", "skipped", false);

        private final String userReason;
        private final String userReasonAr;
        private final String outcome;
        private final boolean outage;

        Reason(String userReason, String userReasonAr, String outcome, boolean outage) {
            this.userReason = userReason;
            this.userReasonAr = userReasonAr;
            this.outcome = outcome;
            this.outage = outage;
        }

        /** Short English reason for the user ("the model timed out"). */
        public String userReason() {
            return userReason;
        }

        /** The same reason in Arabic, for the Arabic half of the reply. */
        public String userReasonAr() {
            return userReasonAr;
        }

        /** Both, as the notice a bilingual reply shows: English · Arabic. */
        public String notice() {
            return userReason + " · " + userReasonAr;
        }

        /** The outcome word stored in {@code llm_calls}: timeout | rate_limited | error | invalid. */
        public String outcome() {
            return outcome;
        }

        /** True when the service itself failed (counts towards the circuit breaker). */
        public boolean isOutage() {
            return outage;
        }

        /** True when the settings are wrong (key, model): the operator must fix them; retrying will not help. */
        public boolean isConfigurationError() {
            return this == BAD_KEY || this == UNKNOWN_MODEL;
        }
    }

    private final Reason reason;

    public ModelUnavailableException(Reason reason, String detail) {
        super(reason.name() + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public String userReason() {
        return reason.userReason();
    }
}
