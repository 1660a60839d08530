package org.mojaz.chat;

/** Every interface sentence in English and Arabic. Placeholders are {@link String#format} arguments. */
enum Say {
    WELCOME("Hello! Send me a news link, a document (HTML, text or PDF) or paste an article, and I will brief it"
            + " in Arabic and English. /help lists what I can do.",
            "أهلًا! أرسل لي رابط خبر أو ملفًا (HTML أو نص أو PDF) أو الصق نص مقال، وسأرسل لك موجزًا بالعربية"
            + " والإنجليزية. اكتب /help لمعرفة ما أستطيع فعله."),
    HELP_TITLE("What I can do", "ما أستطيع فعله"),
    HELP_BODY("Send a link (up to %d per message), forward a post, paste an article or send a document and I"
            + " reply with a brief. Reply to a brief to ask about it.",
            "أرسل رابطًا (حتى %d في الرسالة الواحدة) أو أعد توجيه منشور أو الصق مقالًا أو أرسل ملفًا، وسأرد"
            + " بموجز. رُدّ على موجز لتسأل عنه."),
    READING("⏳ reading…", "⏳ جارٍ القراءة…"),
    QUESTION_HINT("Questions about your articles are coming soon. For now, send a link, a document or paste a"
            + " longer text (at least %d characters) and I will brief it.",
            "الإجابة عن الأسئلة حول مقالاتك قادمة قريبًا. أرسل الآن رابطًا أو ملفًا أو الصق نصًا أطول"
            + " (%d حرفًا على الأقل) وسأوجزه."),
    QUESTION_ABOUT("Questions about “%s” are coming soon; use the buttons under the brief for more.",
            "الأسئلة حول «%s» قادمة قريبًا؛ استخدم الأزرار تحت الموجز للمزيد."),
    TOO_MANY_LINKS("I briefed the first %d links; send the other %d in another message.",
            "أوجزت أول %d روابط؛ أرسل الـ %d الباقية في رسالة أخرى."),
    SLOW_DOWN("You have sent many links in the last minute. Please wait a little and send them again.",
            "أرسلت روابط كثيرة خلال الدقيقة الماضية. انتظر قليلًا ثم أرسلها مجددًا."),
    CANNOT_READ("I could not read %s.", "لم أستطع قراءة %s."),
    CANNOT_SUMMARIZE("I read %s but could not summarize it. Please try again later.",
            "قرأت %s لكن لم أستطع تلخيصه. حاول مرة أخرى لاحقًا."),
    TEXT_TOO_LONG("That message is longer than %d characters; send a shorter piece.",
            "الرسالة أطول من %d حرف؛ أرسل جزءًا أقصر."),
    FILE_TOO_LARGE("The file is larger than %d MB.", "الملف أكبر من %d ميغابايت."),
    FILE_UNSUPPORTED("I can read HTML, plain text and PDF files only.",
            "أستطيع قراءة ملفات HTML والنص العادي وPDF فقط."),
    PDF_NO_TEXT("That PDF has no text I can read (it may be scanned images).",
            "لا يحتوي ملف PDF هذا على نص أستطيع قراءته (ربما صور ممسوحة)."),
    NOT_ALLOWED("Sorry, this bot is private.", "عذرًا، هذا البوت خاص."),
    UNKNOWN_COMMAND("I do not know /%s.", "لا أعرف الأمر /%s."),
    LANG_USAGE("Use /lang ar, /lang en or /lang both.", "استخدم /lang ar أو /lang en أو /lang both."),
    LANG_SET("Done: I will show %s.", "تم: سأعرض %s."),
    LANG_AR("Arabic summaries", "الملخصات العربية"),
    LANG_EN("English summaries", "الملخصات الإنجليزية"),
    LANG_BOTH("Arabic and English summaries", "الملخصات العربية والإنجليزية"),
    LENGTH_USAGE("Use /length short or /length long.", "استخدم /length short أو /length long."),
    LENGTH_SET_SHORT("Done: briefs will be short.", "تم: ستكون الموجزات قصيرة."),
    LENGTH_SET_LONG("Done: briefs will show the key points.", "تم: ستعرض الموجزات النقاط الرئيسية."),
    RECENT_TITLE("Your recent articles", "مقالاتك الأخيرة"),
    RECENT_EMPTY("You have not sent any articles yet.", "لم ترسل أي مقال بعد."),
    FORGET_ASK("Delete everything I stored for this chat (articles, settings, briefings)? This cannot be undone.",
            "هل أحذف كل ما خزّنته لهذه المحادثة (المقالات والإعدادات والموجزات)؟ لا يمكن التراجع عن ذلك."),
    FORGET_YES("Yes, delete / نعم، احذف", "Yes, delete / نعم، احذف"),
    FORGET_NO("Cancel / إلغاء", "Cancel / إلغاء"),
    FORGET_DONE("Deleted. I no longer hold anything for this chat (%d articles removed).",
            "تم الحذف. لم أعد أحتفظ بأي شيء لهذه المحادثة (حُذف %d مقال)."),
    FORGET_CANCELLED("Nothing was deleted.", "لم يُحذف شيء."),
    PRIVACY("I store, for this chat only: the articles you send (text, title, link) and their briefs, your settings"
            + " (/lang, /length, briefing time) and, briefly, the incoming messages until they are answered. I keep"
            + " them until you use /forget, which deletes all of it at once. Nothing is shared with other chats;"
            + " when an AI model is configured, article text is sent to it to write the brief.",
            "أخزّن لهذه المحادثة فقط: المقالات التي ترسلها (النص والعنوان والرابط) وموجزاتها، وإعداداتك (/lang"
            + " و/length ووقت الموجز)، والرسائل الواردة مؤقتًا حتى أرد عليها. أحتفظ بها حتى تستخدم /forget الذي"
            + " يحذفها كلها دفعة واحدة. لا يُشارك شيء مع محادثات أخرى؛ وعند إعداد نموذج ذكاء اصطناعي يُرسل إليه"
            + " نص المقال لكتابة الموجز."),
    BRIEFING_SOON("Daily briefings are coming soon.", "الموجزات اليومية قادمة قريبًا."),
    ARABIC("Arabic", "العربية"),
    ENGLISH("English", "الإنجليزية"),
    ENGINE("engine", "المحرك"),
    KEY_POINTS("Key points", "النقاط الرئيسية"),
    ENTITIES("Entities", "الكيانات"),
    NO_ENTITIES("No names, places or figures found.", "لم أجد أسماء أو أماكن أو أرقامًا."),
    GONE("That brief is no longer stored; send the link again.", "لم يعد هذا الموجز محفوظًا؛ أرسل الرابط مجددًا.");

    private final String en;
    private final String ar;

    Say(String en, String ar) {
        this.en = en;
        this.ar = ar;
    }

    String in(String ui, Object... args) {
        String template = "ar".equals(ui) ? ar : en;
        return args.length == 0 ? template : String.format(java.util.Locale.ROOT, template, args);
    }

    /** Both languages, English first: for text shown before the chat has a language. */
    String both(Object... args) {
        return in("en", args) + "\n" + in("ar", args);
    }
}
