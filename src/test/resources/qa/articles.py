# Our own test articles for `mojaz eval qa` (written for Mojaz; events and people are invented).
# make_qa_set.py turns them and the questions into qa-set.jsonl.
AR = {}
EN = {}

AR["ar-manoeuvres"] = ("مناورات عسكرية مشتركة بين الجزائر وتونس قرب الحدود", """انطلقت يوم الأحد 8 سبتمبر 2026 مناورات عسكرية مشتركة بين الجزائر وتونس في ولاية تبسة، بمشاركة نحو 3200 جندي من البلدين.

وتستمر المناورات حتى 19 سبتمبر، وفق بيان لوزارة الدفاع الوطني الجزائرية.

وقال اللواء كمال بن عيسى، قائد المناورات، إن التمرين يهدف إلى تعزيز التنسيق في مكافحة التهريب عبر الحدود.

وتجري التدريبات على بعد 40 كيلومترا من الحدود التونسية، في منطقة جبلية وعرة.

وتشارك في التمرين 45 مدرعة وست طائرات مروحية، إضافة إلى وحدات من الدرك والحرس الوطني.

ومن المقرر أن يحضر وزير الدفاع التونسي المرحلة الختامية في مدينة الكاف.""")

AR["ar-desalination"] = ("المغرب يطلق أكبر محطة لتحلية مياه البحر في الدار البيضاء", """أعلن المكتب الوطني للكهرباء والماء الصالح للشرب يوم الثلاثاء عن إطلاق أشغال محطة لتحلية مياه البحر جنوب الدار البيضاء.

وستبلغ الطاقة الإنتاجية للمحطة 300 مليون متر مكعب سنويا، ما يجعلها الأكبر في إفريقيا.

وتقدر كلفة المشروع بنحو 6.5 مليار درهم، ويموله تحالف من بنوك مغربية وأجنبية.

وقالت المديرة العامة للمكتب، سعاد الإدريسي، إن المحطة ستزود نحو 7.5 مليون نسمة بمياه الشرب.

ومن المنتظر أن تدخل المحطة الخدمة في يونيو 2028، بعد أشغال تستمر ثلاثين شهرا.

ويعاني المغرب من جفاف متواصل منذ ست سنوات، تراجعت خلاله نسبة ملء السدود إلى 23 في المئة.""")

AR["ar-suez"] = ("ارتفاع إيرادات قناة السويس في النصف الأول من العام", """أعلنت هيئة قناة السويس أن إيرادات القناة ارتفعت بنسبة 12 في المئة خلال النصف الأول من عام 2026.

وبلغت الإيرادات 4.1 مليار دولار، مقابل 3.66 مليار دولار في الفترة نفسها من العام الماضي.

وقال رئيس الهيئة الفريق عادل منصور إن عدد السفن العابرة بلغ 11 ألف سفينة خلال ستة أشهر.

وأرجع منصور هذا التحسن إلى عودة خطوط الملاحة الكبرى إلى البحر الأحمر بعد فترة من الاضطرابات.

وتخطط الهيئة لتوسيع القطاع الجنوبي من القناة بطول 10 كيلومترات قبل نهاية 2027.

وتعد القناة من أهم مصادر العملة الصعبة في مصر إلى جانب السياحة وتحويلات العاملين في الخارج.""")

AR["ar-elections"] = ("الانتخابات البلدية في تونس: نسبة المشاركة 38.5 في المئة", """أعلنت الهيئة العليا المستقلة للانتخابات في تونس أن نسبة المشاركة في الانتخابات البلدية بلغت 38.5 في المئة.

وجرت الانتخابات يوم الأحد 14 ديسمبر في 350 بلدية، وتنافس فيها أكثر من 7 آلاف مرشح.

وقال رئيس الهيئة منير الحمامي إن النتائج النهائية ستعلن يوم 20 ديسمبر بعد النظر في الطعون.

وسجلت ولاية صفاقس أعلى نسبة مشاركة بـ 46 في المئة، فيما سجلت العاصمة أدنى نسبة.

وشارك في مراقبة الاقتراع نحو 2500 ملاحظ محلي ودولي.

وكانت آخر انتخابات بلدية قد جرت في تونس عام 2018.""")

AR["ar-water-jordan"] = ("الأردن يوقع اتفاق تمويل مشروع الناقل الوطني للمياه", """وقعت الحكومة الأردنية في عمان يوم الأربعاء اتفاق تمويل مشروع الناقل الوطني للمياه مع تحالف من المانحين الدوليين.

ويهدف المشروع إلى نقل 300 مليون متر مكعب من المياه المحلاة سنويا من العقبة إلى عمان.

ويبلغ طول خط الأنابيب نحو 450 كيلومترا، وتقدر كلفته الإجمالية بنحو 2.1 مليار دولار.

وقال وزير المياه والري رائد الخصاونة إن المشروع سيغطي احتياجات الشرب حتى عام 2040.

ومن المتوقع أن يبدأ ضخ المياه في عام 2029.

ويعد الأردن من أفقر دول العالم في الموارد المائية.""")

AR["ar-libya-oil"] = ("إنتاج ليبيا من النفط يبلغ أعلى مستوى منذ عشر سنوات", """أعلنت المؤسسة الوطنية للنفط في ليبيا أن إنتاج البلاد من النفط الخام بلغ 1.4 مليون برميل يوميا.

وهذا أعلى مستوى للإنتاج منذ عشر سنوات، بحسب بيان المؤسسة الصادر في طرابلس يوم الاثنين.

وأوضح رئيس المؤسسة فرج بوخطوة أن عودة حقل الشرارة إلى العمل أضافت نحو 250 ألف برميل يوميا.

وتسعى المؤسسة إلى رفع الإنتاج إلى مليوني برميل يوميا بحلول عام 2030.

وتعتمد ليبيا على النفط في أكثر من 90 في المئة من إيراداتها العامة.""")

AR["ar-book-fair"] = ("افتتاح معرض الرياض الدولي للكتاب بمشاركة 2000 دار نشر", """افتتح في الرياض يوم الخميس 2 أكتوبر معرض الرياض الدولي للكتاب بمشاركة أكثر من 2000 دار نشر من 32 دولة.

ويستمر المعرض عشرة أيام، ويحل المغرب ضيف شرف على دورته هذا العام.

وقال رئيس هيئة الأدب والنشر خالد العتيبي إن المعرض يتوقع أكثر من مليون زائر.

ويتضمن البرنامج الثقافي 200 ندوة وأمسية شعرية وورشة عمل للأطفال.

وتقام فعاليات المعرض في حرم جامعة الملك سعود شمال المدينة.""")

AR["ar-beirut-port"] = ("بدء إعادة إعمار مرفأ بيروت بتمويل فرنسي", """بدأت يوم الجمعة أعمال إعادة إعمار الأرصفة المتضررة في مرفأ بيروت بتمويل من الوكالة الفرنسية للتنمية.

وتبلغ قيمة المرحلة الأولى من الأشغال 80 مليون يورو، وتستغرق 18 شهرا.

وقال مدير المرفأ عمر عيتاني إن المرفأ سيستعيد قدرته الكاملة على مناولة الحاويات بحلول عام 2028.

وتشمل الأشغال بناء صوامع جديدة للحبوب بسعة 120 ألف طن.

ويعد مرفأ بيروت المنفذ البحري الرئيسي للبنان، إذ تمر عبره نحو 70 في المئة من واردات البلاد.""")

EN["en-rail"] = ("Morocco extends high-speed line to Marrakech", """Morocco has begun work on extending its high-speed rail line from Kenitra to Marrakech, the national railway company ONCF said on Monday.

The new section will be 430 kilometres long and will cut the journey from Tangier to Marrakech to under three hours.

The project is expected to cost 75 billion dirhams, financed largely by loans from Gulf funds.

ONCF director general Rachid Alaoui said the line should open to passengers in 2029, ahead of the World Cup the following year.

Trains on the line will run at speeds of up to 350 kilometres per hour.

About 12,000 workers will be employed on the construction sites at the peak of the works.""")

EN["en-gas"] = ("Algeria agrees to raise gas exports to Italy", """Algeria's state energy company Sonatrach signed an agreement in Rome on 3 March to raise gas exports to Italy through the Transmed pipeline.

Under the deal, annual deliveries will rise to 25 billion cubic metres by 2027, up from 21 billion last year.

Sonatrach chief executive Samir Hadjadj said the company would invest 4 billion dollars in new fields in the Hassi R'Mel region.

Italy has become Algeria's largest gas customer since European buyers cut purchases from Russia.

The Transmed pipeline runs 2,475 kilometres from Algeria through Tunisia and under the Mediterranean to Sicily.""")

EN["en-olive"] = ("Tunisia posts record olive oil exports", """Tunisia exported a record 280,000 tonnes of olive oil in the season that ended in October, the agriculture ministry said.

Export revenue reached 5.2 billion dinars, a rise of 18 percent on the previous season.

Spain remained the largest buyer, taking about 40 percent of the volume, followed by Italy and the United States.

Most of the crop comes from groves around Sfax, where harvest workers were paid an average of 45 dinars a day.

Farmers' union leader Habib Trabelsi warned that water shortages could cut next year's harvest by a third.""")

EN["en-museum"] = ("Grand Egyptian Museum draws 2.3 million visitors", """The Grand Egyptian Museum near the Giza pyramids welcomed 2.3 million visitors in its first six months, the tourism ministry said on Sunday.

Foreign tourists made up about 70 percent of visitors, with the largest groups coming from Germany, Italy and China.

Museum director Layla Farouk said the Tutankhamun galleries were the most visited, drawing 15,000 people on busy days.

An adult ticket for foreign visitors costs 1,200 Egyptian pounds.

The museum, which cost about 1 billion dollars to build, holds more than 50,000 artefacts.""")

EN["en-solar"] = ("Jordan opens 200-megawatt solar plant in Ma'an", """Jordan opened a 200-megawatt solar power plant in the southern governorate of Ma'an on Tuesday.

The plant was built by Sunbelt Energy and financed with a 150 million dollar loan from the European Bank for Reconstruction and Development.

Energy minister Hala Zawati said the plant would supply electricity to about 160,000 homes.

Renewable sources now provide 27 percent of Jordan's electricity, up from 3 percent a decade ago.

The government aims to raise that share to 50 percent by 2030.""")

EN["en-wheat"] = ("Iraq expects record wheat harvest", """Iraq expects a record wheat harvest of 5.8 million tonnes this year, the agriculture ministry in Baghdad said on Thursday.

Good rains in the north and new irrigation systems in Diyala and Wasit helped lift yields.

Agriculture minister Abbas al-Jubouri said the country would not need to import wheat for the second year running.

The state pays farmers 850,000 dinars per tonne of wheat delivered to government silos.

Silos in Nineveh province alone received more than 1.2 million tonnes.""")
