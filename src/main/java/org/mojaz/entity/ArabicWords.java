package org.mojaz.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mojaz.text.ArabicNormalizer;

/** Arabic cue words, function words and clitic handling for the Arabic tagger; all in normalised form. */
final class ArabicWords {
    private ArabicWords() {
    }

    static Set<String> normalised(String words) {
        Set<String> out = new HashSet<>();
        for (String w : words.split("\\s+")) {
            if (!w.isBlank()) {
                out.add(ArabicNormalizer.normalize(w));
            }
        }
        return Set.copyOf(out);
    }

    static final Set<String> PERSON_TITLES = normalised("""
            الرئيس رئيس رئيسة الملك ملك الملكة الأمير أمير الأميرة الشيخ الشيخة السيد السيدة الدكتور الدكتورة د
            المستشار المستشارة الجنرال العقيد اللواء العميد المشير النائب النائبة القاضي المتحدث الناطق
            الأمين المدير المديرة المدرب اللاعب اللاعبة الفنان الفنانة الكاتب الكاتبة الشاعر الشاعرة المطرب
            المطربة الممثل الممثلة الزعيم القائد الإمام البابا الأستاذ الأستاذة المهندس الصحفي الصحافي المراسل
            المبعوث السفير السفيرة الوزير الوزيرة وزير وزيرة المرشد الحاج المخرج المغني المغنية الروائي نائب
            زعيم قائد مساعد مستشار المفوض مفوض الأسقف البطريرك الكاردينال المفتي العاهل ولي السلطان الخليفة
            الجنرال الرقيب النقيب الملازم القس الحاخام المحامي المحامية الباحث الخبير المحلل المؤرخ الفيلسوف
            المفكر المؤلف الناشط الناشطة المعارض المدعي القيادي الداعية""");

    /** Words that may sit between a title and the name: portfolios, "former", adjectives of office. */
    static final Set<String> TITLE_FILLERS = normalised("""
            الخارجية الداخلية الدفاع المالية الاقتصاد العدل الصحة التعليم التربية الإعلام الثقافة الزراعة
            الفلاحة النفط الطاقة السياحة التجارة الصناعة العمل النقل الإسكان الاتصالات البيئة الشباب الرياضة
            الأوقاف الشؤون الخارجيه الدولة شؤون العام العامة السابق السابقة الأسبق الحالي المقبل الجديد الجديدة
            الأول الوزراء الحكومة باسم الجمهورية المخلوع الراحل الأعلى التنفيذي الإقليمي الفني الوطني الوطنية
            المنتخب الفرنسي الدولي العسكري الروحي الأعلى المساعد للشؤون لشؤون ولي العهد وزراء البرلمان المجلس""");

    /** Definite words that end an organisation's name rather than continue it. */
    static final Set<String> NOT_IN_ORG = normalised("السابق السابقة الأسبق الحالي الجديد الجديدة المقبل الماضي الذي التي");

    static final Set<String> ORG_CUES = normalised("""
            منظمة حزب حركة جماعة جبهة وزارة جامعة شركة بنك مصرف مجلس هيئة وكالة اتحاد جمعية مؤسسة لجنة صندوق
            نادي مركز معهد صحيفة جريدة مجلة قناة إذاعة محكمة تنظيم كتائب سرايا منتدى ائتلاف تحالف نقابة بورصة
            مجموعة أكاديمية مستشفى فرقة المنظمة الحزب الحركة الجماعة الجبهة الوزارة الجامعة الشركة البنك المصرف
            مجلس المجلس الهيئة الوكالة الاتحاد الجمعية المؤسسة اللجنة الصندوق النادي المعهد صحيفة
            الصحيفة الجريدة المجلة القناة الإذاعة المحكمة التنظيم""");

    /** Cue nouns usually followed by a foreign or brand name that is the organisation: صحيفة لوموند. */
    static final Set<String> NAMED_ORG_CUES = normalised(
            "صحيفة جريدة مجلة شركة وكالة قناة شبكة إذاعة مجموعة نادي فريق بنك مصرف");

    /**
     * English words of company, paper and team names as Arabic writes them (فيتش ريتنغز، مانشستر يونايتد): after
     * the first word of a name, they make it an organisation.
     */
    static final Set<String> COMPANY_WORDS = normalised("""
            انترناشيونال انترناشونال إنترناشيونال إنترناشونال انتيرناسيونال انترناسيونال كورب كوربوريشن
            هولدينغ هولدنغ هولدينج غروب جروب موتورز موتور ايرلاينز إيرلاينز ايرويز إيرويز تكنولوجي تكنولوجيز
            سيستمز كابيتال تايمز بوست ريتنغز ريتينغز يونايتد سبيرز ووتش تيليكوم تليكوم بتروليوم إنيرجي انيرجي
            فاينانشال فايننشال ميديا نيوز بنك إلكترونيكس الكترونيكس الكترونكس""");

    /** Nouns of papers, channels, agencies and companies whose name the news often puts in quotation marks. */
    static final Set<String> QUOTED_ORG_CUES = normalised(
            "صحيفة جريدة مجلة قناة شبكة إذاعة وكالة شركة مؤسسة موقع مجموعة");

    static final Set<String> PLACE_CUES = normalised("""
            مدينة ولاية منطقة محافظة إقليم قرية بلدة العاصمة عاصمة جزيرة نهر قضاء مخيم حي بلدية مقاطعة شارع
            ميناء مطار ضاحية جبل بحيرة بحر خليج واحة دولة جمهورية إمارة""");

    /**
     * Nouns before the name of a town or region (جهة سوس ماسة, ولاية تيزي وزو): the name after one is a place, however
     * much it looks like a person's given name and surname.
     */
    static final Set<String> REGION_CUES = normalised("""
            مدينة ولاية منطقة محافظة إقليم جهة بلدة قرية مقاطعة بلدية عاصمة العاصمة مدن""");

    /** Verbs that in verb-first order are often followed by the speaker's name: وقال بوريطة. */
    static final Set<String> SPEECH_VERBS = normalised("""
            قال وقال قالت أكد وأكد أضاف وأضاف أعلن وأعلن أوضح وأوضح صرح وصرح ذكر وذكر أشار وأشار اعتبر
            واعتبر رأى ورأى دعا ودعا طالب وطالب نفى ونفى أفاد وأفاد كشف وكشف يقول ويقول اعترف واعترف حذر
            وحذر شدد وشدد تابع وتابع زار وزار التقى والتقى استقبل واستقبل فاز وفاز سجل وسجل أحرز وأحرز
            أبلغ وأبلغ أكدت أضافت وأضافت أعلنت وأعلنت قالت وقالت أوضحت اتهم واتهم هاجم وهاجم انتقد وانتقد""");

    /** Offices that follow a name in apposition: بوريطة وزير الخارجية. */
    static final Set<String> APPOSITION_TITLES = normalised("""
            وزير رئيس نائب مدير زعيم مستشار سفير قائد مساعد المتحدث الناطق الأمين مبعوث مندوب ممثل رئيسة
            وزيرة مديرة""");

    static final Set<String> NAME_LINKS = normalised("بن ابن بنت أبو أبي أبا عبد آل ولد");

    static final Set<String> ORDINALS = normalised("الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر");

    /** Function words and frequent verbs and nouns that never start or continue a name. */
    static final Set<String> NOT_NAME = normalised("""
            في من إلى الى على عن مع أن إن أنه إنه كان كانت يكون تكون هذا هذه ذلك تلك الذي التي الذين اللذين
            اللتين ما ماذا لا لم لن قد و ف ثم أو أم بل لكن لكنه حتى إذا إذ كما بعد قبل عند عندما حين حيث بين
            خلال منذ ضد حول دون غير كل بعض أي هو هي هم هن نحن أنا أنت له لها لهم به بها بهم منه منها فيه فيها
            عليه عليها إليه إليها وقد وقال وأكد وأضاف قال قالت أكد أكدت أضاف أضافت أعلن أعلنت أشار أشارت
            أوضح أوضحت ذكر ذكرت يقول تقول يذكر اليوم أمس غدا العام عام الماضي المقبل الحالي أيضا فقط جدا
            مساء صباح يوم أول آخر الذي ليس ليست هناك هنا الآن وفق وفقا نحو لدى لدي أمام وراء تحت فوق داخل
            خارج إلا سوى جميع عدة عدد بشأن إزاء أثناء لقد ولا وفي ومن وإلى وعلى وعن ومع وأن وإن وهو وهي وكان
            التي والتي الذي والذي الرئيس رئيس الحكومة الدولة السلطات المسؤول المسؤولين مصدر مصادر بيان
            تصريح تصريحات السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة يناير فبراير مارس أبريل
            مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر ألف مليون مليار دولار دينار درهم يورو جنيه ريال
            أحد واحد إحدى اثنين اثنان ثلاثة أربعة خمسة عشرة مئة مائة بأن بان لأن رغم ورغم سعر أسعار نسبة
            أنها إنها أنهم إنهم أننا إننا أنني إنني لأنه لأنها كأن وأنه وأنها يجب ينبغي يمكن تقدم رفض قبيل
            صحيفة لصحيفة فريق دولة إدارة مقابلة لقاء هجمات سيارة قصر مجلس ثاني ثالث تحمل اعادة إعادة
            فيما هل كانا كانوا أنا وأنا فأنا أحدهما إحداهما عموما جديدة جديد سبل متن
            مسؤول مسؤولون مسؤولين متحدث شهود سكان مراسل خبراء خبير محللون محلل مصادر مصدر دبلوماسيون مراقبون
            بسبب أيضا إنه لكن وزير وزيرة مدير زعيم نائب سفير قائد مساعد مستشار المتحدث الناطق الأمين
            شخص أشخاص قتيل قتلى جريح جرحى الأمن الشرطة الجيش القوات قوات أمن حكومة""");

    /**
     * A word that, with no dictionary support, is more likely an ordinary word than a name: imperfect verbs
     * (يقبلون، يعتزم), words behind the preposition ل (لبحث، لإجراء), accusative adverbs (عموما).
     */
    static boolean looksOrdinary(String core) {
        return core.length() > 2 && (core.startsWith("ي") || core.startsWith("ل") || core.endsWith("ون") || core.endsWith("وا")
                || core.endsWith("ا") && core.length() > 4 && !core.endsWith("يا"));
    }

    static boolean notName(String normalisedCore) {
        return NOT_NAME.contains(normalisedCore) || normalisedCore.length() < 2
                || !ArabicNormalizer.isArabicLetter(normalisedCore.charAt(0));
    }

    /** The token without surrounding punctuation (،؛:."!؟ and quotes), normalised for matching. */
    static String core(String token) {
        int s = 0;
        int e = token.length();
        while (s < e && !Character.isLetterOrDigit(token.charAt(s))) {
            s++;
        }
        while (e > s && !Character.isLetterOrDigit(token.charAt(e - 1))) {
            e--;
        }
        return ArabicNormalizer.normalize(token.substring(s, e));
    }

    /**
     * The token and its readings without proclitics, longest first: والجزائر → والجزائر, الجزائر;
     * بالمغرب → المغرب; للأمم → الامم; وبواشنطن → واشنطن.
     */
    static List<String> stems(String core) {
        List<String> out = new ArrayList<>(4);
        out.add(core);
        String w = core;
        if ((w.startsWith("و") || w.startsWith("ف")) && w.length() > 3) {
            w = w.substring(1);
            out.add(w);
        }
        if (w.startsWith("لل") && w.length() > 4) {
            out.add("ال" + w.substring(2));
        } else if ((w.startsWith("ب") || w.startsWith("ل") || w.startsWith("ك")) && w.length() > 3) {
            out.add(w.substring(1));
        }
        return out;
    }

    /** True for a word carrying a conjunction or preposition clitic before the article (والحكومة, بالمدينة). */
    static boolean cliticWithArticle(String core) {
        return core.length() > 4 && (core.startsWith("وال") || core.startsWith("بال") || core.startsWith("لل")
                || core.startsWith("فال") || core.startsWith("كال"));
    }

    static boolean anyIn(List<String> stems, Set<String> words) {
        for (String s : stems) {
            if (words.contains(s)) {
                return true;
            }
        }
        return false;
    }
}
