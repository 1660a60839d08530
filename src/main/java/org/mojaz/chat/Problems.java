package org.mojaz.chat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mojaz.ingest.ExtractionException;
import org.mojaz.ingest.ExtractionFailure;
import org.mojaz.ingest.FetchException;

/**
 * Why a link, text or file could not be read, in the chat's interface language. The reading code words its
 * messages in English for the user; an Arabic chat gets the same news in Arabic, by the kind of failure (with the
 * site's HTTP status when there was one), never an English sentence inside an Arabic reply.
 */
public final class Problems {
    private static final Pattern STATUS = Pattern.compile("\\((\\d{3})\\)");

    private Problems() {
    }

    /** The reason as one escaped line of Telegram HTML, laid out in the interface language's direction. */
    static String html(RuntimeException e, String ui) {
        return "ar".equals(ui) ? Html.arabic(detail(e, ui)) : Html.escape(detail(e, ui));
    }

    /**
     * Why a feed could not be followed, as one escaped line of Telegram HTML in the interface language: a page or
     * file that is no RSS or Atom feed (or a malformed one) is said as such; other failures as for any link.
     */
    public static String feedHtml(FetchException e, String ui) {
        if ("ar".equals(ui) && e.reason() == FetchException.Reason.UNSUPPORTED_TYPE) {
            return Html.arabic("لم أجد في هذا العنوان موجز RSS أو Atom أستطيع قراءته.");
        }
        return html(e, ui);
    }

    static String detail(RuntimeException e, String ui) {
        if (!"ar".equals(ui)) {
            return e.getMessage();
        }
        if (e instanceof ExtractionException x) {
            return arabic(x.failure());
        }
        if (e instanceof FetchException f) {
            return arabic(f);
        }
        return "حدث خطأ أثناء القراءة.";
    }

    private static String arabic(ExtractionFailure failure) {
        String paste = " الصق نص المقال وسأوجزه.";
        return switch (failure) {
            case PAYWALL -> "هذا المقال خلف جدار اشتراك، فلم أرَ إلا مقدمته." + paste;
            case COOKIE_WALL -> "لم تُظهر الصفحة إلا نافذة الموافقة على ملفات تعريف الارتباط." + paste;
            case JAVASCRIPT_ONLY -> "تحتاج الصفحة إلى JavaScript لتعرض نصها، وأنا لا أشغّله." + paste;
            case LOGIN_REQUIRED -> "تطلب الصفحة تسجيل الدخول قبل أن تعرض المقال." + paste;
            case TOO_SHORT -> "وجدت في الصفحة نصًا أقصر من أن يُوجز." + paste;
            case NOT_AN_ARTICLE -> "لا تبدو هذه الصفحة مقالًا (لم أجد فيها نصًا رئيسيًا)." + paste;
            case TOO_COMPLEX -> "الصفحة متداخلة أو معقدة أكثر من أن أقرأها في وقت معقول." + paste;
        };
    }

    private static String arabic(FetchException e) {
        return switch (e.reason()) {
            case REFUSED -> "لا أفتح هذا العنوان: أقرأ روابط http:// و https:// إلى مواقع عامة فقط.";
            case HTTP_STATUS -> httpStatus(e.getMessage());
            case UNSUPPORTED_TYPE -> "هذه ليست صفحة ولا ملفًا أستطيع قراءته.";
            case TOO_LARGE -> "الصفحة أو الملف أكبر مما أقرأ.";
            case NETWORK -> "لم أستطع الوصول إلى الموقع. حاول مرة أخرى لاحقًا.";
            case EMPTY -> "كانت الصفحة فارغة.";
            case TOO_MANY_REDIRECTS -> "حوّل الرابط إلى عناوين أخرى مرات كثيرة.";
        };
    }

    private static String httpStatus(String message) {
        Matcher m = STATUS.matcher(message == null ? "" : message);
        if (!m.find()) {
            return "ردّ الموقع بما لا أستطيع متابعته.";
        }
        int status = Integer.parseInt(m.group(1));
        String code = " (" + status + ")";
        if (status == 404 || status == 410) {
            return "لم أجد الصفحة" + code + ".";
        }
        if (status == 401 || status == 403 || status == 407) {
            return "رفض الموقع الوصول إلى الصفحة" + code + ".";
        }
        if (status == 429) {
            return "يرفض الموقع الطلبات الآن" + code + ". حاول لاحقًا.";
        }
        return status >= 500 ? "حدث خطأ في الموقع" + code + ". حاول لاحقًا." : "رفض الموقع الطلب" + code + ".";
    }
}
