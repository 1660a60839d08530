#!/usr/bin/env python3
# Writes qa-set.jsonl (our own questions over our own articles in articles.py). Run from this folder:
#   python3 make_qa_set.py > qa-set.jsonl
import json
from articles import AR, EN

ALL = {**AR, **EN}
# scope "article": the question replies to the brief of the first article; "chat": all articles are the chat's
# (saved in this order, the last is the latest).
A = "article"
C = "chat"
Q = [
    # ---- Arabic questions on Arabic articles ----
    (["ar-manoeuvres"], "متى تنتهي المناورات؟", ["19 سبتمبر"], A),
    (["ar-manoeuvres"], "كم عدد الجنود المشاركين في المناورات؟", ["3200"], A),
    (["ar-manoeuvres"], "من هو قائد المناورات؟", ["كمال بن عيسى"], A),
    (["ar-manoeuvres"], "كم تبعد التدريبات عن الحدود التونسية؟", ["40 كيلومترا"], A),
    (["ar-manoeuvres"], "أين تجري المرحلة الختامية؟", ["الكاف"], A),
    (["ar-suez", "ar-manoeuvres"], "ما هو هدف التمرين العسكري؟", ["مكافحة التهريب"], C),
    (["ar-desalination"], "كم تبلغ الطاقة الإنتاجية للمحطة؟", ["300 مليون متر مكعب"], A),
    (["ar-desalination"], "كم كلفة محطة التحلية؟", ["6.5 مليار درهم"], A),
    (["ar-desalination"], "متى تدخل المحطة الخدمة؟", ["يونيو 2028"], A),
    (["ar-desalination"], "من هي المديرة العامة للمكتب الوطني للكهرباء والماء؟", ["سعاد الإدريسي"], A),
    (["ar-elections", "ar-desalination"], "ما هي نسبة ملء السدود في المغرب؟", ["23 في المئة"], C),
    (["ar-book-fair", "ar-desalination"], "كم نسمة ستزودهم محطة الدار البيضاء بالماء؟", ["7.5 مليون"], C),
    (["ar-suez"], "بكم ارتفعت إيرادات قناة السويس؟", ["12 في المئة"], A),
    (["ar-suez"], "كم بلغت إيرادات القناة في النصف الأول؟", ["4.1 مليار دولار"], A),
    (["ar-suez"], "من هو رئيس هيئة قناة السويس؟", ["عادل منصور"], A),
    (["ar-libya-oil", "ar-suez"], "كم عدد السفن التي عبرت القناة خلال ستة أشهر؟", ["11 ألف سفينة"], C),
    (["ar-suez", "ar-water-jordan"], "ما طول توسعة القطاع الجنوبي من قناة السويس؟", ["10 كيلومترات"], C),
    (["ar-elections"], "كم بلغت نسبة المشاركة في الانتخابات البلدية؟", ["38.5"], A),
    (["ar-elections"], "متى تعلن النتائج النهائية للانتخابات؟", ["20 ديسمبر"], A),
    (["ar-elections"], "أي ولاية سجلت أعلى نسبة مشاركة؟", ["صفاقس"], A),
    (["ar-manoeuvres", "ar-elections"], "كم عدد الملاحظين الذين راقبوا الاقتراع؟", ["2500"], C),
    (["ar-elections"], "متى جرت آخر انتخابات بلدية في تونس؟", ["2018"], A),
    (["ar-water-jordan"], "ما طول خط أنابيب الناقل الوطني للمياه؟", ["450 كيلومترا"], A),
    (["ar-water-jordan"], "كم تبلغ كلفة مشروع الناقل الوطني؟", ["2.1 مليار دولار"], A),
    (["ar-water-jordan"], "من هو وزير المياه والري الأردني؟", ["رائد الخصاونة"], A),
    (["ar-book-fair", "ar-water-jordan"], "متى يبدأ ضخ المياه من العقبة إلى عمان؟", ["2029"], C),
    (["ar-libya-oil"], "كم يبلغ إنتاج ليبيا من النفط يوميا؟", ["1.4 مليون برميل"], A),
    (["ar-libya-oil"], "كم أضاف حقل الشرارة إلى الإنتاج؟", ["250 ألف برميل"], A),
    (["ar-beirut-port", "ar-libya-oil"], "من هو رئيس المؤسسة الوطنية للنفط في ليبيا؟", ["فرج بوخطوة"], C),
    (["ar-book-fair"], "كم دار نشر تشارك في معرض الرياض للكتاب؟", ["2000 دار نشر"], A),
    (["ar-book-fair"], "ما هي الدولة ضيف شرف المعرض؟", ["المغرب"], A),
    (["ar-book-fair"], "أين تقام فعاليات المعرض؟", ["جامعة الملك سعود"], A),
    (["ar-beirut-port"], "كم تبلغ قيمة المرحلة الأولى من أشغال مرفأ بيروت؟", ["80 مليون يورو"], A),
    (["ar-beirut-port"], "ما سعة صوامع الحبوب الجديدة؟", ["120 ألف طن"], A),
    (["ar-desalination", "ar-beirut-port"], "من هو مدير مرفأ بيروت؟", ["عمر عيتاني"], C),
    # ---- English questions on English articles ----
    (["en-rail"], "How long is the new high-speed section?", ["430 kilometres"], A),
    (["en-rail"], "How much will the rail project cost?", ["75 billion dirhams"], A),
    (["en-rail"], "When should the line open to passengers?", ["2029"], A),
    (["en-rail"], "Who is the director general of ONCF?", ["Rachid Alaoui"], A),
    (["en-gas", "en-rail"], "How fast will trains run on the Marrakech line?", ["350 kilometres per hour"], C),
    (["en-gas"], "Where was the gas agreement signed?", ["Rome"], A),
    (["en-gas"], "How much gas will Algeria deliver to Italy each year by 2027?", ["25 billion cubic metres"], A),
    (["en-gas"], "Who is the chief executive of Sonatrach?", ["Samir Hadjadj"], A),
    (["en-olive", "en-gas"], "How long is the Transmed pipeline?", ["2,475 kilometres"], C),
    (["en-olive"], "How many tonnes of olive oil did Tunisia export?", ["280,000 tonnes"], A),
    (["en-olive"], "Which country was the largest buyer of Tunisian olive oil?", ["Spain"], A),
    (["en-olive"], "How much were harvest workers paid a day?", ["45 dinars"], A),
    (["en-museum", "en-olive"], "What did the farmers' union leader warn about?", ["water shortages"], C),
    (["en-museum"], "How many visitors did the Grand Egyptian Museum receive in six months?", ["2.3 million"], A),
    (["en-museum"], "Who is the museum director?", ["Layla Farouk"], A),
    (["en-museum"], "How much does an adult ticket cost for foreign visitors?", ["1,200 Egyptian pounds"], A),
    (["en-solar", "en-museum"], "How many artefacts does the Grand Egyptian Museum hold?", ["50,000"], C),
    (["en-solar"], "Who built the Ma'an solar plant?", ["Sunbelt Energy"], A),
    (["en-solar"], "How many homes will the solar plant supply?", ["160,000 homes"], A),
    (["en-wheat", "en-solar"], "What share of Jordan's electricity comes from renewable sources?", ["27 percent"], C),
    (["en-wheat"], "How big is Iraq's expected wheat harvest?", ["5.8 million tonnes"], A),
    (["en-wheat"], "How much does the state pay farmers per tonne of wheat?", ["850,000 dinars"], A),
    (["en-rail", "en-wheat"], "Who is Iraq's agriculture minister?", ["Abbas al-Jubouri"], C),
    # ---- English questions on Arabic articles ----
    (["ar-manoeuvres"], "How many soldiers from Algeria and Tunisia take part in the exercises?", ["3200"], A),
    (["ar-manoeuvres"], "When did the exercises between Algeria and Tunisia begin?", ["8 سبتمبر"], A),
    (["ar-desalination"], "When will the Casablanca plant enter service?", ["يونيو 2028"], A),
    (["ar-desalination"], "How much will the plant in Casablanca cost in dirhams?", ["6.5 مليار درهم"], A),
    (["ar-suez"], "How much revenue did the Suez Canal earn in dollars in the first half of 2026?", ["4.1 مليار دولار"], A),
    (["ar-elections"], "When were the municipal elections in Tunisia held?", ["14 ديسمبر"], A),
    (["ar-water-jordan"], "How much will the water conveyance project from Aqaba to Amman cost in dollars?", ["2.1 مليار دولار"], A),
    (["ar-libya-oil"], "How much oil does Libya produce per day, in barrels?", ["1.4 مليون برميل"], A),
    (["ar-book-fair"], "How many publishers from how many countries take part in the Riyadh book fair?", ["2000 دار نشر"], A),
    (["ar-beirut-port"], "How much is the first phase of the Beirut port works worth in euros?", ["80 مليون يورو"], A),
    (["ar-elections", "ar-libya-oil"], "What will Libya's oil production be by 2030?", ["مليوني برميل"], C),
    # ---- Arabic questions on English articles ----
    (["en-rail"], "متى يفتح خط القطار الفائق السرعة إلى مراكش؟", ["2029"], A),
    (["en-rail"], "كم كلفة مشروع القطار إلى مراكش بالدرهم؟", ["75 billion dirhams"], A),
    (["en-gas"], "أين وقعت الجزائر اتفاق الغاز مع إيطاليا؟", ["Rome"], A),
    (["en-gas"], "كم ستستثمر سوناطراك بالدولار في حقول جديدة؟", ["4 billion dollars"], A),
    (["en-olive"], "كم طنا من زيت الزيتون صدرت تونس؟", ["280,000 tonnes"], A),
    (["en-olive"], "ما حصة إسبانيا من صادرات زيت الزيتون التونسي؟", ["40 percent"], A),
    (["en-museum"], "كم زائرا استقبل المتحف المصري الكبير قرب الجيزة؟", ["2.3 million"], A),
    (["en-solar"], "كم تبلغ قدرة محطة الطاقة الشمسية في الأردن؟", ["200-megawatt"], A),
    (["en-solar"], "متى يريد الأردن رفع حصة الطاقة المتجددة إلى 50 في المئة؟", ["2030"], A),
    (["en-wheat"], "كم يبلغ محصول القمح المتوقع في العراق بالطن؟", ["5.8 million tonnes"], A),
    (["en-rail", "en-wheat"], "كم طنا استقبلت صوامع محافظة نينوى في العراق؟", ["1.2 million tonnes"], C),
    # ---- questions the articles do not answer ----
    (["ar-manoeuvres"], "كم يبلغ عدد سكان مدينة الكاف؟", None, A),
    (["ar-desalination"], "من هو رئيس الحكومة المغربية؟", None, A),
    (["ar-suez"], "كم عدد السياح الذين زاروا مصر هذا العام؟", None, A),
    (["ar-elections", "ar-book-fair"], "من فاز برئاسة بلدية صفاقس؟", None, C),
    (["ar-libya-oil"], "ما هو سعر برميل النفط الليبي في الأسواق؟", None, A),
    (["ar-beirut-port", "ar-water-jordan"], "متى وقع انفجار مرفأ بيروت؟", None, C),
    (["en-rail"], "How many stations will the new line have?", None, A),
    (["en-gas"], "What is the price of Algerian gas per cubic metre?", None, A),
    (["en-museum", "en-olive"], "When did the museum first open its doors?", None, C),
    (["en-wheat"], "Who is the prime minister of Iraq?", None, A),
    (["en-solar", "en-wheat"], "How much rice did Iraq import last year?", None, C),
    (["ar-water-jordan"], "Who is the king of Jordan?", None, A),
    (["en-olive"], "من هو رئيس الحكومة التونسية؟", None, A),
]


def article(key):
    title, text = ALL[key]
    return {"id": key, "title": title, "text": text, "lang": "ar" if key in AR else "en"}


for i, (keys, question, expected, scope) in enumerate(Q, 1):
    item = {"id": "q%03d" % i, "articles": [article(k) for k in keys], "question": question, "scope": scope}
    if expected is None:
        item["unanswerable"] = True
    else:
        item["answer_contains"] = expected
    print(json.dumps(item, ensure_ascii=False))
