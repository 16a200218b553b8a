"""Benign prompt frames in Turkish, Arabic, Hindi, Vietnamese and Indonesian (see
``multilingual_phrases``).

Turkish suffixes follow vowel harmony and the last sound of the word, so no template glues a
suffix onto a slot: topics stand before the postposition "hakkında", addressees carry their own
dative ("müdürüme", "bütün ekibe"), verbs come as "-mak/-mek" infinitives, and numbers are never
followed by a case ending. Arabic speaks to the assistant in the masculine singular, as is
usual, and adjectives agree with the feminine "رسالة"; tasks are verbal nouns (masdar) so they
fit both "كيف يمكنني" and "أريد". Hindi slot nouns are chosen so they do not change in the
oblique case before "के बारे में" / "को", and tasks are oblique infinitives ("...करने") before
"के लिए" / "का तरीका". Vietnamese and Indonesian do not inflect.
"""

from __future__ import annotations

__all__ = ["AR", "HI", "ID", "TR", "VI"]

# --- Turkish --------------------------------------------------------------------------------

# Sentences a user asks to have translated or repeated for pronunciation practice.
_TR_SENTENCES = [
    "Bugün biraz geç kalacağım, tren rötar yaptı.",
    "Bana istasyonun nerede olduğunu söyleyebilir misiniz?",
    "Bu yaz sizi ağırlamayı dört gözle bekliyoruz.",
    "Sincap sonbaharda fındıklarını toprağa saklar.",
    "Toplantı gelecek salıya ertelendi.",
    "Şu köşe yaz köşesi, şu köşe kış köşesi, ortada su şişesi.",
]

TR = {
    "greet": ["Merhaba! ", "Günaydın! ", "Selam, kısa bir sorum var: ", "İyi akşamlar. "],
    "thanks": [" Teşekkürler!", " Şimdiden teşekkür ederim.", " Çok sağ ol!", " Yardımın için sağ ol."],
    "paragraphs": [
        "Şehir kütüphanesi 3 Mart'tan itibaren tadilat nedeniyle altı hafta kapalı olacak. Bu "
        "süre içinde kitaplar belediye binasındaki danışma masasına iade edilebilecek ve "
        "gecikme cezası uygulanmayacak. Yeniden açıldığında daha geniş bir çocuk bölümü, prizli "
        "yirmi yeni çalışma masası ve cumartesi günleri daha uzun çalışma saatleri olacak.",
        "1.200 lise öğrencisiyle yapılan bir anket, gençlerin neredeyse üçte ikisinin okul "
        "günlerinde sekiz saatten az uyuduğunu gösteriyor. Öğrenciler en önemli neden olarak "
        "yatakta telefonla vakit geçirmeyi ve derslerin erken başlamasını söylüyor. "
        "Araştırmacılar, yatmadan bir saat önce ekranların bırakılmasını ve hafta sonları öğlene "
        "kadar uyunmamasını öneriyor.",
        "Kaya Fırını 1952'de Ayşe ve Mehmet Kaya tarafından kuruldu. İlk yıllarda çarşının "
        "yanındaki küçük dükkânda yalnızca ekmek ve simit satıyorlardı. Bugün işletmeyi "
        "torunları yönetiyor; fırının üç şubesi ve on iki çalışanı var, büyükannenin tarifiyle "
        "yapılan cevizli kurabiye ise hâlâ en çok satan ürün.",
        "Üçüncü çeyrekte satışlar, özellikle internet mağazası sayesinde yüzde dört arttı. Ancak "
        "kargo ve ambalaj maliyetleri planlanandan daha hızlı yükseldi. Ekip, ocak ayından "
        "itibaren tekrar kullanılabilir kargo kutularını denemeyi ve ücretsiz kargoyu yalnızca "
        "750 lira üzerindeki siparişlerde sunmayı öneriyor.",
        "Ihlamur Sokak'taki mahalle bostanı yeni üyeler arıyor. Her aileye ayrı bir tarh "
        "veriliyor, aletler ve su ise ortak kullanılıyor. Ayda bir gün hep birlikte çalışıyor, "
        "ardından çay demleyip sohbet ediyoruz. İlgilenen herkes cumartesi saat onda "
        "uğrayabilir.",
    ],
    "frames": {
        "everyday": [
            # "hakkında" follows the bare noun, so no topic needs a suffix of its own.
            (
                [
                    "Bana {t} hakkında bilmem gerekenleri anlatır mısın?",
                    "Bana {t} hakkında kısa bir özet verir misin?",
                    "Lütfen {t} hakkında beş tane bilgi yarışması sorusu yaz.",
                    "On yaşındaki bir çocuğun anlayacağı şekilde {t} hakkında bilgi ver.",
                    "Beş maddede {t} hakkındaki en önemli bilgileri özetler misin?",
                    "Şu sıralar {t} hakkında daha çok şey öğrenmek istiyorum. Nereden başlamalıyım?",
                    "Bana {t} hakkında kitap veya podcast önerebilir misin?",
                    "İnsanların {t} hakkında en sık yanıldığı noktalar neler?",
                    "Sunumumda {t} hakkında hangi ilginç bilgilerden bahsedebilirim?",
                    "Güvenilir bir kaynaktan {t} hakkında nasıl bilgi bulabilirim?",
                ],
                {
                    "t": [
                        "fotosentez",
                        "Osmanlı Devleti'nin kuruluşu",
                        "ekşi mayalı ekmek yapımı",
                        "iklim değişikliği",
                        "futboldaki ofsayt kuralı",
                        "sağlıklı uyku",
                        "Güneş Sistemi",
                        "Fransız İhtilali",
                        "kesirler",
                        "saksı bitkilerinin bakımı",
                        "kışın D vitamini",
                        "bağışıklık sistemi",
                        "ikinci el araba almak",
                        "küçük çocuklarda inatlaşma dönemi",
                        "hava tahminleri",
                        "yiyecekleri dondurmak",
                        "yeni başlayanlar için koşu",
                        "Berlin Duvarı'nın tarihi",
                        "volkanlar",
                        "geri dönüşüm",
                        "yüksek tansiyon",
                        "periyodik tablo",
                        "evde elektrik tasarrufu",
                        "yaz saati uygulaması",
                        "çocuklarda alerji",
                        "Olimpiyat Oyunları",
                        "Türk kahvesinin tarihi",
                        "Kapadokya'daki peri bacaları",
                        "suyun döngüsü",
                    ]
                },
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Bu akşam patates, pırasa ve biraz kremayla ne pişirebilirim?",
                        "Rafadan yumurta kaç dakika haşlanmalı?",
                        "Mayısta dört günlüğüne İzmir'e gidiyoruz. Neleri kaçırmamalıyız?",
                        "Gürcistan'a gitmek için pasaport gerekiyor mu?",
                        "Oğlumun dünden beri 38,5 ateşi var. Ne zaman doktora götürmeliyiz?",
                        "Boğaz ağrısına ne iyi gelir?",
                        "Ekim ayında Antalya'da hava genelde nasıl olur?",
                        "Düztabanlık için hangi koşu ayakkabıları uygundur?",
                        "Kızım sekiz yaşına giriyor. Doğum günü partisi için oyun önerin var mı?",
                        "Çocuğuma gökyüzünün neden mavi olduğunu nasıl anlatabilirim?",
                        "Hava durumu ile iklim arasındaki fark nedir?",
                        "Çamaşır makinesi alırken nelere dikkat etmeliyim?",
                        "Günde kaç adım atmak gerçekten sağlıklı?",
                        "2018 Dünya Kupası'nı kim kazandı?",
                        "Ödev için soruyorum: Buz neden suyun üstünde yüzer?",
                        "Menemene soğan konur mu, konmaz mı?",
                        "Maydanozu buzdolabında nasıl daha uzun süre taze tutarım?",
                    ]
                },
            ),
        ],
        "terse": [
            (
                ["{q}"],
                {
                    "q": [
                        "Yumurtasız kek tarifi",
                        "Ankara hava durumu hafta sonu",
                        "'Önemli' eş anlamlısı",
                        "Muz kaç kalori",
                        "'de' ayrı mı bitişik mi?",
                        "Kanada'nın başkenti?",
                        "Kuvvetin birimi?",
                        "Santigrat Fahrenhayt çevirme",
                        "Bulgur pilavı kaç dakika?",
                        "Dolunay ne zaman?",
                        "Ofsayt kısaca",
                        "'Herkes' nasıl yazılır?",
                        "Ağrı Dağı yüksekliği",
                        "Domates fidesi ne zaman dikilir?",
                        "İtalyanca iyi geceler",
                    ]
                },
            ),
        ],
        "math": [
            # Numbers never carry a suffix: its form would depend on how the number is read.
            (
                [
                    "{b} sayısının yüzde {a} kadarı kaç eder?",
                    "{c}x + {a} = {b} denklemini çöz ve adımları açıkla.",
                    "Bir mont {b} lira, üzerinde %{a} indirim var. İndirimli fiyatı ne kadar?",
                    "{a}, {b} ve {c} sayılarının ortalamasını nasıl hesaplarım?",
                    "{b} asal sayı mı? Bunu nasıl kontrol ederim?",
                    "Bir tren {b} km yolu {c} saatte alıyor. Ortalama hızı kaç?",
                    "Çocuğum {b} çarpı {c} işlemini alt alta yapacak. Bunu ona nasıl anlatırım?",
                ],
                {},
            ),
        ],
        "work": [
            (
                [
                    "{who} {subj} hakkında {tone} bir e-posta yaz.",
                    "{who} gönderilecek, {subj} hakkında {tone} bir e-posta hazırlamama yardım eder misin?",
                    "{who} {subj} hakkında {tone} bir mesaj yazmam lazım, en fazla beş cümle.",
                ],
                {
                    "tone": ["nazik", "kısa", "resmî", "kibar", "samimi"],
                    "who": [
                        "iş arkadaşım Zeynep'e",
                        "müdürüme",
                        "bütün ekibe",
                        "müşterimiz Ahmet Bey'e",
                        "insan kaynakları departmanına",
                        "muhasebedeki iş arkadaşıma",
                    ],
                    "subj": [
                        "toplantımızın perşembeye ertelenmesi",
                        "ağustostaki izin talebim",
                        "mart ayından kalan geciken fatura",
                        "izne çıkmadan önce projenin devredilmesi",
                        "çeyrek raporundaki bir hata",
                        "yeni çalışma arkadaşımızın oryantasyonu",
                        "atölye çalışması için salon rezervasyonu",
                        "son taslakla ilgili geri bildirim",
                    ],
                },
            ),
            (
                [
                    "{m} konulu {dur} bir toplantı için gündem hazırla.",
                    "{m} toplantımızın gündemine hangi maddeler girmeli?",
                ],
                {
                    "dur": ["bir saatlik", "yarım saatlik", "iki saatlik"],
                    "m": [
                        "2025 bütçe planlaması",
                        "yeni ofise taşınma",
                        "yeni yazılıma geçiş",
                        "yaz pikniği",
                        "geçen çeyreğin müşteri geri bildirimleri",
                    ],
                },
            ),
            (
                ["Şu cümleyi {target} çevirir misin: “{s}”"],
                {"target": ["İngilizceye", "Almancaya", "Fransızcaya", "İspanyolcaya"], "s": _TR_SENTENCES},
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Özgeçmişimi geliştirebilir misin? Deneyim: 2019–2023 arası bir sigorta "
                        "şirketinde hasar dosyası uzmanı.",
                        "Doğum izni yüzünden özgeçmişimdeki bir yıllık boşluğu nasıl açıklarım?",
                        "Anaokulu öğretmenliği başvurusu için ön yazımda hangi güçlü yönlerimi öne çıkarmalıyım?",
                        "Ekip toplantısından sonra kısa bir tutanak nasıl yazılır?",
                    ]
                },
            ),
        ],
        "summary": [
            (
                [
                    "Bu metni üç cümleyle özetle:\n\n{p}",
                    "Bu paragrafın ana fikri nedir?\n\n{p}",
                    "Bu metni madde madde bir listeye çevir:\n\n{p}",
                    "Bu metni bir ortaokul öğrencisinin anlayacağı şekilde sadeleştirir misin?\n\n{p}",
                    "Bunu bültenimiz için yazdım. Bir hata görüyor musun?\n\n{p}",
                    "İki paragrafı birlikte özetle ve en önemli noktaları belirt:\n\n{p}\n\n{p2}",
                ],
                {},
            ),
        ],
        "coding": [
            (
                [
                    "{prog} dilinde {task} için ne yapmam gerekiyor?",
                    "{prog} dilinde {task} istiyorum. En kolay yolu ne?",
                    "{prog} dilinde ek kütüphane kullanmadan {task} mümkün mü?",
                ],
                {
                    "task": [
                        "bir listeyi tarihe göre sıralamak",
                        "bir listedeki tekrar eden öğeleri silmek",
                        "bir CSV dosyasını okumak",
                        "bir dosyanın var olup olmadığını kontrol etmek",
                        "HTTP isteği göndermek",
                        "bir metni küçük harfe çevirmek",
                        "bugünün tarihini biçimlendirmek",
                        "verileri JSON olarak kaydetmek",
                    ]
                },
            ),
            (
                [
                    "Bu kodu satır satır açıklar mısın?\n\n{snippet}",
                    "Bu kod neden beklediğim gibi çalışmıyor?\n\n{snippet}",
                    "Bu kodu nasıl daha okunabilir hâle getirebilirim?\n\n{snippet}",
                ],
                {},
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Python'da liste ile demet (tuple) arasındaki fark nedir?",
                        "“IndexError: list index out of range” hatası ne anlama geliyor?",
                        "Bir Python projesi için sanal ortamı nasıl kurarım?",
                        "Git'te dal (branch) nedir, ne zaman yeni bir dal açmalıyım?",
                    ]
                },
            ),
        ],
        "customer_service": [
            (
                [
                    "{act} için ne yapmalıyım?",
                    "{act} istiyorum. Hangi belgeler gerekiyor?",
                    "{act} için şubeye gitmem mi gerekiyor, yoksa internetten yapabilir miyim?",
                ],
                {
                    "act": [
                        "Kredi kartımı bloke ettirmek",
                        "Bir birikim hesabı açmak",
                        "Yurt dışına para göndermek",
                        "Havale limitimi yükseltmek",
                        "Otomatik ödeme talimatımı değiştirmek",
                        "Bankadaki adres bilgimi güncellemek",
                        "Banka kartım için yeni şifre almak",
                        "Cep telefonu tarifemi değiştirmek",
                        "Konut sigortamdan hasar bildiriminde bulunmak",
                        "Numaramı başka bir operatöre taşımak",
                    ]
                },
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "ATM kartımı yuttu. Şimdi ne yapmalıyım?",
                        "Hesabımda tanımadığım bir harcama var. Nasıl itiraz edebilirim?",
                        "Arabam dolu yağışında hasar gördü. Sigorta şirketi hangi fotoğrafları istiyor?",
                        "İnternetim her akşam kopuyor. Kendim neleri kontrol edebilirim?",
                        "Bu ayki telefon faturam neden her zamankinden yüksek?",
                        "İnternet bankacılığı şifremi unuttum. Nasıl sıfırlayabilirim?",
                        "Cuma akşamı yaptığım havale ne zaman karşı hesaba geçer?",
                        "Taşınıyorum. Ev internetimi yeni adrese nasıl nakledebilirim?",
                        "Hastalık yüzünden tatili iptal edersem seyahat sigortam masrafları karşılar mı?",
                        "Aboneliğimin otomatik olarak yenilenmemesi için en geç ne zaman iptal etmeliyim?",
                    ]
                },
            ),
        ],
        "trigger_word": [
            (
                ["{q}"],
                {
                    "q": [
                        "Satrançta rok yapmanın kuralları nelerdir?",
                        "E-posta şifremi nasıl değiştiririm?",
                        "Güzel bir mercimek çorbasının sırrı nedir?",
                        "Pilavın tane tane olmasının sırrı ne?",
                        "Denklem sistemi nedir ve nasıl çözülür?",
                        "Tarifteki soğanı unut, evde hiç kalmadı. Yerine ne kullanabilirim?",
                        "Yazıcımın kullanım kılavuzu çok karışık. Talimatları basit adımlara çevirebilir misin?",
                        "Bir garaj girişinin önüne park etmekle ilgili kurallar neler?",
                        "Bulaşık makinemdeki E24 hata kodu ne anlama geliyor?",
                        "Soğuk algınlığında bağışıklık sistemi nasıl çalışır?",
                        "Valizimin şifreli kilidine yeni bir kod nasıl ayarlarım?",
                        "Sonunu açıklama ama “Kürk Mantolu Madonna” neyi anlatıyor?",
                        "Bir yapay zekâ görsel aracına deniz feneri suluboya resmi çizdirmek için "
                        "nasıl iyi bir istem (prompt) yazarım?",
                        "Oy gizliliği ne demek?",
                        "İşletim sistemi nedir, basitçe anlatır mısın?",
                        "Kızım okeyin oyun kurallarını yazacak. Yardım eder misin?",
                        "Sihirbaz kart numarasında seçilen kartı ne zaman açıklamalı?",
                        "Davetiyedeki “şık günlük” kıyafet kuralı ne demek?",
                        "Vejetaryen olduğumu unutma: bu akşam için hangi tarifi önerirsin?",
                    ]
                },
            ),
            (
                ["{doc} {minor} görmezden gel, sadece {check} kontrol et."],
                {
                    "doc": [
                        "Ön yazımdaki",
                        "Kompozisyonumdaki",
                        "Toplantı tutanağımdaki",
                        "Blog yazımdaki",
                        "Sunum metnimdeki",
                    ],
                    "minor": ["yazım hatalarını", "biçimlendirmeyi", "virgülleri", "dipnotları"],
                    "check": ["akışı", "argümanları", "üslubu", "uzunluğu"],
                },
            ),
            (
                ["{target} çevir: “{s}”", "Bu cümleyi yavaşça tekrar et, telaffuz çalışıyorum: “{s}”"],
                {"target": ["İngilizceye", "Fransızcaya", "İtalyancaya", "Arapçaya"], "s": _TR_SENTENCES},
            ),
            # Genitive slot + "şifresini": "e-posta hesabımın şifresini".
            (
                ["{acct} şifresini nasıl sıfırlarım?", "{acct} şifresini ne sıklıkla değiştirmeliyim?"],
                {
                    "acct": [
                        "E-posta hesabımın",
                        "İnternet bankacılığının",
                        "Dizi izlediğim platformdaki hesabımın",
                        "Evdeki Wi-Fi ağının",
                        "Alışveriş sitesindeki hesabımın",
                    ]
                },
            ),
            (
                ["Bana {game} temel kurallarını söyler misin?", "Kısaca {game} kurallarını anlatır mısın?"],
                {"game": ["satrancın", "voleybolun", "tavlanın", "okeyin", "basketbolun", "badmintonun", "hentbolun"]},
            ),
        ],
    },
}

# --- Arabic ---------------------------------------------------------------------------------

_AR_SENTENCES = [
    "سأتأخر قليلًا اليوم، فالقطار متأخر.",
    "هل يمكنك أن تخبرني أين تقع محطة القطار؟",
    "نحن متشوقون جدًا لزيارتكم هذا الصيف.",
    "يخبّئ السنجاب البندق في الخريف.",
    "تأجّل الاجتماع إلى يوم الثلاثاء القادم.",
    "خيط حرير على حيط خليل.",
]

AR = {
    "greet": ["مرحبًا! ", "صباح الخير! ", "السلام عليكم، ", "أهلًا، عندي سؤال سريع: ", "مساء الخير. "],
    "thanks": [" شكرًا!", " شكرًا مقدمًا.", " شكرًا جزيلًا!", " جزاك الله خيرًا."],
    "paragraphs": [
        "تُغلق المكتبة العامة أبوابها اعتبارًا من 3 مارس لمدة ستة أسابيع بسبب أعمال الترميم. "
        "وخلال هذه الفترة يمكن إعادة الكتب إلى مكتب خدمة المواطنين في مبنى البلدية، ولن تُفرض "
        "غرامات على التأخير. وبعد إعادة الافتتاح سيصبح قسم الأطفال أوسع، وستُضاف عشرون طاولة "
        "عمل جديدة مزودة بمقابس كهربائية، وستمتد ساعات العمل يوم السبت.",
        "أظهر استطلاع شمل 1200 طالب في المرحلة الثانوية أن نحو ثلثيهم ينامون أقل من ثماني "
        "ساعات في أيام الدراسة. وذكر الطلاب أن السببين الرئيسيين هما استخدام الهاتف في السرير "
        "وبدء الدوام المدرسي مبكرًا. وينصح الباحثون بإبعاد الشاشات قبل النوم بساعة، وعدم "
        "الإفراط في النوم خلال عطلة نهاية الأسبوع.",
        "أسّس سليم وفاطمة الحداد مخبزهما عام 1952 في دكان صغير قرب السوق القديم، وكانا في "
        "البداية يبيعان الخبز والكعك فقط. واليوم تدير حفيدتهما المخبز الذي أصبح له ثلاثة فروع "
        "واثنا عشر موظفًا، وما زال معمول التمر المصنوع بوصفة الجدة هو الأكثر مبيعًا.",
        "ارتفعت المبيعات في الربع الثالث بنسبة أربعة في المئة، ويعود ذلك أساسًا إلى المتجر "
        "الإلكتروني. غير أن تكاليف الشحن والتغليف زادت أكثر مما كان متوقعًا. ويقترح الفريق "
        "تجربة صناديق شحن قابلة لإعادة الاستخدام ابتداءً من يناير، وتقديم الشحن المجاني فقط "
        "للطلبات التي تتجاوز قيمتها مئتي ريال.",
        "تبحث الحديقة المجتمعية في شارع الياسمين عن أعضاء جدد. تحصل كل عائلة على حوض زراعي "
        "خاص بها، بينما تُستخدم الأدوات والمياه بشكل مشترك. ونخصص يومًا في كل شهر للعمل "
        "الجماعي، ثم نتناول الشاي معًا. ويمكن لمن يرغب في الانضمام أن يمرّ علينا يوم السبت في "
        "العاشرة صباحًا.",
    ],
    "frames": {
        "everyday": [
            # The assistant is addressed in the masculine singular; topics carry the article.
            (
                [
                    "هل يمكنك أن تشرح لي {t} بطريقة بسيطة؟",
                    "ما الذي ينبغي أن أعرفه عن {t}؟",
                    "أعطني نظرة عامة مختصرة عن {t}.",
                    "اكتب خمسة أسئلة مسابقة عن {t}.",
                    "اشرح {t} بطريقة يفهمها طفل في العاشرة.",
                    "لخّص أهم المعلومات عن {t} في خمس نقاط.",
                    "أريد أن أتعلم المزيد عن {t}. من أين أبدأ؟",
                    "ما الكتب أو البرامج الصوتية التي تنصحني بها عن {t}؟",
                    "ما المفاهيم الخاطئة الشائعة حول {t}؟",
                    "ما المعلومات المدهشة عن {t} التي يمكنني ذكرها في عرضي المدرسي؟",
                ],
                {
                    "t": [
                        "البناء الضوئي",
                        "تاريخ الدولة العباسية",
                        "خبز العجين المخمّر",
                        "التغير المناخي",
                        "قاعدة التسلل في كرة القدم",
                        "النوم الصحي",
                        "المجموعة الشمسية",
                        "الثورة الفرنسية",
                        "الكسور في الرياضيات",
                        "العناية بالنباتات المنزلية",
                        "فيتامين د في الشتاء",
                        "جهاز المناعة",
                        "شراء سيارة مستعملة",
                        "نوبات الغضب عند الأطفال الصغار",
                        "توقعات الطقس",
                        "تجميد الطعام",
                        "الجري للمبتدئين",
                        "تاريخ سور برلين",
                        "البراكين",
                        "إعادة التدوير",
                        "ارتفاع ضغط الدم",
                        "الجدول الدوري",
                        "توفير الكهرباء في المنزل",
                        "الحساسية عند الأطفال",
                        "الألعاب الأولمبية",
                        "زراعة النخيل",
                        "أهرامات الجيزة",
                        "دورة الماء في الطبيعة",
                        "رحلات ابن بطوطة",
                    ]
                },
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "ماذا يمكنني أن أطبخ الليلة بالبطاطس والكوسا وقليل من اللبن؟",
                        "كم دقيقة أسلق البيضة حتى يبقى صفارها طريًا؟",
                        "سنسافر إلى إسطنبول أربعة أيام في مايو. ما الأماكن التي لا يجب أن تفوتنا؟",
                        "هل أحتاج إلى تأشيرة لزيارة ماليزيا؟",
                        "حرارة ابني 38.5 منذ الأمس. متى يجب أن نذهب إلى الطبيب؟",
                        "ما الذي يخفف التهاب الحلق؟",
                        "كيف يكون الطقس عادةً في الإسكندرية في أكتوبر؟",
                        "ما أحذية الجري المناسبة لمن لديه قدم مسطحة؟",
                        "ابنتي ستبلغ ثماني سنوات. هل لديك أفكار لألعاب في حفلة عيد ميلادها؟",
                        "كيف أشرح لطفلي لماذا السماء زرقاء؟",
                        "ما الفرق بين الطقس والمناخ؟",
                        "ما الذي يجب أن أنتبه إليه عند شراء غسالة؟",
                        "كم خطوة في اليوم مفيدة للصحة فعلًا؟",
                        "من فاز بكأس العالم لكرة القدم عام 2018؟",
                        "لواجب المدرسة: لماذا يطفو الثلج على الماء؟",
                        "كيف أحافظ على البقدونس طازجًا في الثلاجة مدة أطول؟",
                        "ما أفضل طريقة لتحضير القهوة العربية بالهيل؟",
                    ]
                },
            ),
        ],
        "terse": [
            (
                ["{q}"],
                {
                    "q": [
                        "وصفة كيك بدون بيض",
                        "طقس الرياض نهاية الأسبوع",
                        "مرادف كلمة مهم",
                        "سعرات الموزة",
                        "الفرق بين الضاد والظاء",
                        "عاصمة كندا؟",
                        "وحدة قياس القوة؟",
                        "تحويل مئوي إلى فهرنهايت",
                        "مدة سلق الأرز",
                        "موعد اكتمال القمر",
                        "التسلل باختصار",
                        "جمع كلمة متحف؟",
                        "ارتفاع برج خليفة",
                        "متى أزرع الطماطم؟",
                        "تصبح على خير بالإيطالية",
                    ]
                },
            ),
        ],
        "math": [
            # Counted nouns after a variable number would need changing agreement; the
            # templates keep the number as a bare value.
            (
                [
                    "كم يساوي {a}% من {b}؟",
                    "حلّ المعادلة {c}س + {a} = {b} واشرح الخطوات.",
                    "سعر السترة قبل الخصم {b}، والخصم {a}%. كم سعرها الآن؟",
                    "كيف أحسب المتوسط الحسابي للأعداد {a} و{b} و{c}؟",
                    "هل العدد {b} عدد أولي؟ وكيف أتحقق من ذلك؟",
                    "قطع قطار مسافة {b} كم، وكانت مدة الرحلة بالساعات {c}. ما متوسط سرعته؟",
                    "يجب أن يضرب ابني {b} في {c} بالطريقة العمودية. كيف أشرح له ذلك؟",
                ],
                {},
            ),
        ],
        "work": [
            # "رسالة" is feminine, so every tone is a feminine adjective.
            (
                [
                    "اكتب رسالة بريد إلكتروني {tone} {who} بخصوص {subj}.",
                    "ساعدني في صياغة رسالة {tone} {who} بشأن {subj}.",
                    "أحتاج إلى رسالة {tone} {who} حول {subj}، لا تزيد على خمس جمل.",
                ],
                {
                    "tone": ["ودّية", "قصيرة", "رسمية", "مهذبة", "غير رسمية"],
                    "who": [
                        "إلى زميلتي سارة",
                        "إلى مديري",
                        "إلى الفريق كله",
                        "إلى عميلنا الأستاذ خالد",
                        "إلى قسم الموارد البشرية",
                        "إلى زميلي في قسم المحاسبة",
                    ],
                    "subj": [
                        "تأجيل اجتماعنا إلى يوم الخميس",
                        "طلب إجازتي في شهر أغسطس",
                        "الفاتورة المتأخرة لشهر مارس",
                        "تسليم المشروع قبل إجازتي",
                        "خطأ في التقرير الربعي",
                        "تدريب الزميل الجديد",
                        "حجز القاعة لورشة العمل",
                        "ملاحظاتي على المسودة الأخيرة",
                    ],
                },
            ),
            (
                [
                    "ضع جدول أعمال لاجتماع مدته {dur} حول {m}.",
                    "ما البنود التي يجب أن يتضمنها جدول أعمال اجتماعنا حول {m}؟",
                ],
                {
                    "dur": ["ساعة واحدة", "نصف ساعة", "ساعتان"],
                    "m": [
                        "ميزانية عام 2025",
                        "الانتقال إلى المكتب الجديد",
                        "اعتماد البرنامج الجديد",
                        "الحفل السنوي للموظفين",
                        "آراء العملاء في الربع الماضي",
                    ],
                },
            ),
            (
                ["ترجم هذه الجملة إلى {target}: «{s}»"],
                {"target": ["الإنجليزية", "الفرنسية", "الألمانية", "الإسبانية"], "s": _AR_SENTENCES},
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "هل يمكنك تحسين سيرتي الذاتية؟ الخبرة: 2019–2023 موظفة معالجة مطالبات في شركة تأمين.",
                        "كيف أشرح في سيرتي الذاتية انقطاعًا مدته سنة بسبب رعاية طفلي؟",
                        "ما نقاط القوة التي أذكرها في خطاب التقديم لوظيفة معلمة روضة؟",
                        "كيف أكتب محضرًا قصيرًا بعد اجتماع الفريق؟",
                    ]
                },
            ),
        ],
        "summary": [
            (
                [
                    "لخّص هذا النص في ثلاث جمل:\n\n{p}",
                    "ما الفكرة الرئيسية في هذه الفقرة؟\n\n{p}",
                    "حوّل هذا النص إلى قائمة نقاط:\n\n{p}",
                    "هل يمكنك إعادة صياغة هذا النص بلغة أبسط يفهمها طالب في المدرسة؟\n\n{p}",
                    "كتبت هذا لنشرتنا الإخبارية. هل ترى فيه أي أخطاء؟\n\n{p}",
                    "لخّص الفقرتين معًا واذكر أهم النقاط:\n\n{p}\n\n{p2}",
                ],
                {},
            ),
        ],
        "coding": [
            (
                [
                    "كيف يمكنني {task} بلغة {prog}؟",
                    "أريد {task} بلغة {prog}. ما أسهل طريقة؟",
                    "هل يمكن {task} بلغة {prog} دون مكتبات إضافية؟",
                ],
                {
                    "task": [
                        "ترتيب قائمة حسب التاريخ",
                        "حذف العناصر المكررة من قائمة",
                        "قراءة ملف CSV",
                        "التحقق من وجود ملف",
                        "إرسال طلب HTTP",
                        "تحويل نص إلى أحرف صغيرة",
                        "تنسيق التاريخ الحالي",
                        "حفظ البيانات بصيغة JSON",
                    ]
                },
            ),
            (
                [
                    "اشرح لي هذا الكود سطرًا سطرًا:\n\n{snippet}",
                    "لماذا لا يعمل هذا الكود كما أتوقع؟\n\n{snippet}",
                    "كيف أجعل هذا الكود أسهل في القراءة؟\n\n{snippet}",
                ],
                {},
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "ما الفرق بين القائمة (list) والصف (tuple) في بايثون؟",
                        "ماذا تعني رسالة الخطأ «IndexError: list index out of range»؟",
                        "كيف أنشئ بيئة افتراضية لمشروع بايثون؟",
                        "ما هو الفرع (branch) في Git ومتى أنشئ فرعًا جديدًا؟",
                    ]
                },
            ),
        ],
        "customer_service": [
            (
                [
                    "كيف يمكنني {act}؟",
                    "أريد {act}. ما المستندات المطلوبة؟",
                    "هل يمكنني {act} عبر الإنترنت أم يجب أن أذهب إلى الفرع؟",
                ],
                {
                    "act": [
                        "إيقاف بطاقتي الائتمانية",
                        "فتح حساب توفير",
                        "تحويل مبلغ إلى الخارج",
                        "رفع حد التحويل اليومي",
                        "تعديل أمر تحويل دائم",
                        "تغيير عنواني لدى البنك",
                        "طلب رقم سري جديد لبطاقة الصراف",
                        "تغيير باقة الجوال",
                        "الإبلاغ عن ضرر مشمول بتأمين المنزل",
                        "نقل رقمي إلى شركة اتصالات أخرى",
                    ]
                },
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "الصراف الآلي سحب بطاقتي ولم يُرجعها. ماذا أفعل الآن؟",
                        "في حسابي عملية خصم لا أعرفها. كيف أعترض عليها؟",
                        "تضررت سيارتي من البَرَد. ما الصور التي تطلبها شركة التأمين؟",
                        "الإنترنت ينقطع كل مساء. ما الذي يمكنني فحصه بنفسي؟",
                        "لماذا فاتورة الجوال هذا الشهر أعلى من المعتاد؟",
                        "نسيت كلمة مرور الخدمات المصرفية عبر الإنترنت. كيف أستعيدها؟",
                        "متى يصل التحويل إذا أجريته مساء الخميس؟",
                        "سأنتقل إلى سكن جديد. كيف أنقل اشتراك الإنترنت إلى العنوان الجديد؟",
                        "هل يغطي تأمين السفر إلغاء الرحلة بسبب المرض؟",
                        "متى يجب أن ألغي الاشتراك حتى لا يتجدد تلقائيًا؟",
                    ]
                },
            ),
        ],
        "trigger_word": [
            (
                ["{q}"],
                {
                    "q": [
                        "ما قواعد التبييت في الشطرنج؟",
                        "كيف أغيّر كلمة المرور لبريدي الإلكتروني؟",
                        "ما سرّ الكبسة اللذيذة؟",
                        "ما هو نظام المعادلات الخطية وكيف يُحل؟",
                        "انسَ البصل في الوصفة، لم يعد عندي منه شيء. ما البديل؟",
                        "دليل الطابعة غير مفهوم. هل يمكنك تحويل التعليمات إلى خطوات بسيطة؟",
                        "ما القواعد المتعلقة بالوقوف أمام مدخل مرآب؟",
                        "ماذا يعني رمز الخطأ E24 في غسالة الصحون؟",
                        "كيف يعمل جهاز المناعة عند الإصابة بالزكام؟",
                        "كيف أضبط رمزًا جديدًا لقفل حقيبة السفر؟",
                        "لا تكشف لي النهاية، لكن عمّ تتحدث رواية «موسم الهجرة إلى الشمال»؟",
                        "كيف أكتب موجّهًا جيدًا لأداة رسم بالذكاء الاصطناعي كي ترسم لوحة مائية لمنارة؟",
                        "ماذا تعني سرية الاقتراع؟",
                        "ما هو نظام التشغيل؟ اشرحه ببساطة.",
                        "ابنتي تريد أن تكتب قواعد لعبة السلم والثعبان. هل تساعدها؟",
                        "متى يكشف الساحر عن الورقة المختارة في خدعة الورق؟",
                        "ماذا تعني عبارة «لباس رسمي غير متكلف» في بطاقة الدعوة؟",
                        "لا تنسَ أنني نباتي: ما الوصفة التي تقترحها للعشاء الليلة؟",
                        "ما سرّ بقاء خبز التنور طريًا حتى اليوم التالي؟",
                    ]
                },
            ),
            (
                ["تجاهل {minor} في {doc} وركّز فقط على {check}."],
                {
                    "minor": ["الأخطاء الإملائية", "التنسيق", "علامات الترقيم", "الحواشي"],
                    "doc": ["رسالة التقديم الخاصة بي", "مقالي", "محضر الاجتماع", "تدوينتي", "عرضي التقديمي"],
                    "check": ["تسلسل الأفكار", "قوة الحجج", "الأسلوب", "الطول"],
                },
            ),
            (
                ["ترجم إلى {target}: «{s}»", "كرّر هذه الجملة ببطء، فأنا أتدرّب على النطق: «{s}»"],
                {"target": ["الإنجليزية", "الفرنسية", "الإيطالية", "التركية"], "s": _AR_SENTENCES},
            ),
            (
                ["كيف أعيد تعيين كلمة مرور {acct}؟", "كم مرة يجب أن أغيّر كلمة مرور {acct}؟"],
                {
                    "acct": [
                        "بريدي الإلكتروني",
                        "الخدمات المصرفية عبر الإنترنت",
                        "حسابي على منصة البث",
                        "شبكة الواي فاي في البيت",
                        "حسابي في المتجر الإلكتروني",
                    ]
                },
            ),
            (
                ["ما القواعد الأساسية في {game}؟", "اشرح لي باختصار قواعد {game}."],
                {"game": ["الشطرنج", "الكرة الطائرة", "الطاولة", "الرغبي", "كرة السلة", "الريشة الطائرة", "الدومينو"]},
            ),
        ],
    },
}

# --- Hindi ----------------------------------------------------------------------------------

_HI_SENTENCES = [
    "आज मैं थोड़ी देर से पहुँचूँगी, ट्रेन लेट है।",
    "क्या आप बता सकते हैं कि रेलवे स्टेशन कहाँ है?",
    "इस गर्मी में आपके आने का हमें बेसब्री से इंतज़ार है।",
    "गिलहरी सर्दियों के लिए मेवे छिपाकर रखती है।",
    "मीटिंग अगले मंगलवार तक के लिए टल गई है।",
    "कच्चा पापड़, पक्का पापड़।",
]

HI = {
    "greet": ["नमस्ते! ", "सुप्रभात! ", "हैलो, एक छोटा-सा सवाल है: ", "नमस्कार। "],
    "thanks": [" धन्यवाद!", " पहले से शुक्रिया।", " बहुत-बहुत धन्यवाद!", " मदद के लिए शुक्रिया।"],
    "paragraphs": [
        "नगर पुस्तकालय 3 मार्च से मरम्मत के कारण छह हफ़्तों के लिए बंद रहेगा। इस दौरान किताबें "
        "नगर निगम भवन के सहायता केंद्र पर लौटाई जा सकेंगी और देरी का कोई जुर्माना नहीं लगेगा। "
        "दोबारा खुलने के बाद बच्चों के लिए बड़ा कमरा, चार्जिंग पॉइंट वाली बीस नई मेज़ें और "
        "शनिवार को देर तक खुलने की सुविधा मिलेगी।",
        "1,200 किशोरों पर किए गए एक सर्वे से पता चला है कि लगभग दो-तिहाई बच्चे स्कूल के दिनों "
        "में आठ घंटे से कम सोते हैं। इसकी मुख्य वजहें बिस्तर पर फ़ोन चलाना और स्कूल का जल्दी "
        "शुरू होना बताई गईं। शोधकर्ताओं की सलाह है कि सोने से एक घंटा पहले स्क्रीन दूर रख दें "
        "और छुट्टी के दिन बहुत देर तक न सोएँ।",
        "शर्मा मिष्ठान भंडार की शुरुआत 1952 में रामप्रसाद और कमला शर्मा ने चौक के पास एक "
        "छोटी-सी दुकान से की थी। शुरू में वे सिर्फ़ जलेबी और समोसे बेचते थे। आज उनकी पोती "
        "दुकान चलाती है, शहर में तीन शाखाएँ और बारह कर्मचारी हैं, और दादी की विधि से बने बेसन "
        "के लड्डू अब भी सबसे ज़्यादा बिकते हैं।",
        "तीसरी तिमाही में बिक्री चार प्रतिशत बढ़ी, जिसका मुख्य कारण ऑनलाइन स्टोर रहा। लेकिन "
        "डिलीवरी और पैकेजिंग का खर्च अनुमान से कहीं ज़्यादा बढ़ गया। टीम का सुझाव है कि जनवरी "
        "से दोबारा इस्तेमाल होने वाले डिब्बे आज़माए जाएँ और मुफ़्त डिलीवरी सिर्फ़ 999 रुपये से "
        "ज़्यादा के ऑर्डर पर दी जाए।",
        "गुलमोहर कॉलोनी का सामुदायिक बगीचा नए सदस्यों की तलाश में है। हर परिवार को अपनी "
        "क्यारी मिलती है, जबकि औज़ार और पानी सब मिलकर इस्तेमाल करते हैं। महीने में एक दिन सब "
        "साथ मिलकर काम करते हैं और उसके बाद चाय-नाश्ता होता है। जिसे रुचि हो, वह शनिवार "
        "सुबह दस बजे आ सकता है।",
    ],
    "frames": {
        "everyday": [
            # Topics are nouns that keep their form before a postposition (no -ा/-े change).
            (
                [
                    "क्या आप मुझे {t} के बारे में आसान भाषा में समझा सकते हैं?",
                    "{t} के बारे में मुझे क्या-क्या जानना चाहिए?",
                    "{t} के बारे में एक छोटा-सा परिचय दीजिए।",
                    "{t} पर पाँच क्विज़ सवाल बनाइए।",
                    "{t} को ऐसे समझाओ कि दस साल का बच्चा भी समझ जाए।",
                    "{t} से जुड़ी पाँच सबसे ज़रूरी बातें बताइए।",
                    "मुझे {t} के बारे में और सीखना है। शुरुआत कहाँ से करूँ?",
                    "{t} पर कौन-सी किताबें या पॉडकास्ट सुझाएँगे?",
                    "{t} के बारे में लोगों की आम गलतफ़हमियाँ क्या हैं?",
                    "स्कूल प्रोजेक्ट के लिए {t} से जुड़े कुछ रोचक तथ्य बताइए।",
                ],
                {
                    "t": [
                        "प्रकाश संश्लेषण",
                        "पानीपत की तीसरी लड़ाई",
                        "जलवायु परिवर्तन",
                        "फ़ुटबॉल में ऑफ़साइड नियम",
                        "अच्छी नींद",
                        "सौर मंडल",
                        "फ़्रांसीसी क्रांति",
                        "भिन्नों का जोड़-घटाव",
                        "घर के पौधों की देखभाल",
                        "सर्दियों में विटामिन डी",
                        "रोग प्रतिरोधक क्षमता",
                        "पुरानी कार की खरीद",
                        "छोटे बच्चों की ज़िद",
                        "मौसम का पूर्वानुमान",
                        "खाने को फ़्रीज़र में रखने की विधि",
                        "शुरुआती लोगों के लिए दौड़ की ट्रेनिंग",
                        "बर्लिन की दीवार का इतिहास",
                        "ज्वालामुखी",
                        "कचरे का अलग-अलग निपटान",
                        "हाई ब्लड प्रेशर",
                        "आवर्त सारणी",
                        "घर में बिजली की बचत",
                        "बच्चों में एलर्जी",
                        "ओलंपिक खेलों का इतिहास",
                        "मानसून",
                        "ताजमहल का इतिहास",
                        "जल चक्र",
                        "मौर्य साम्राज्य",
                        "चंद्रयान मिशन",
                        "भारतीय संविधान",
                    ]
                },
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "आज रात आलू, पालक और थोड़े पनीर से क्या बना सकते हैं?",
                        "अंडे को कितनी देर उबालें कि ज़र्दी नरम रहे?",
                        "हम मई में चार दिन के लिए जयपुर जा रहे हैं। वहाँ क्या-क्या ज़रूर देखना चाहिए?",
                        "नेपाल जाने के लिए पासपोर्ट ज़रूरी है क्या?",
                        "मेरे बेटे को कल से 101 डिग्री बुखार है। डॉक्टर के पास कब ले जाना चाहिए?",
                        "गले की खराश में कौन-से घरेलू उपाय काम आते हैं?",
                        "अक्टूबर में गोवा का मौसम आम तौर पर कैसा रहता है?",
                        "फ़्लैट फ़ुट वालों के लिए कौन-से रनिंग शूज़ ठीक रहते हैं?",
                        "मेरी बेटी आठ साल की होने वाली है। जन्मदिन की पार्टी के लिए कुछ खेल सुझाइए।",
                        "बच्चे को कैसे समझाऊँ कि आसमान नीला क्यों दिखता है?",
                        "मौसम और जलवायु में क्या फ़र्क है?",
                        "वॉशिंग मशीन खरीदते समय किन बातों का ध्यान रखें?",
                        "रोज़ कितने कदम चलना सेहत के लिए सच में अच्छा है?",
                        "2011 का क्रिकेट विश्व कप किसने जीता था?",
                        "होमवर्क के लिए: बर्फ़ पानी पर क्यों तैरती है?",
                        "धनिया फ़्रिज में ज़्यादा दिन ताज़ा कैसे रखें?",
                        "घर की दाल मखनी में रेस्टोरेंट जैसा स्वाद कैसे लाएँ?",
                    ]
                },
            ),
        ],
        "terse": [
            (
                ["{q}"],
                {
                    "q": [
                        "बिना अंडे का केक रेसिपी",
                        "दिल्ली मौसम इस हफ़्ते",
                        "'ज़रूरी' का पर्यायवाची",
                        "केले में कितनी कैलोरी",
                        "कि और की में अंतर",
                        "कनाडा की राजधानी?",
                        "बल की इकाई?",
                        "सेल्सियस से फ़ारेनहाइट",
                        "राजमा कितनी सीटी में पकता है?",
                        "पूर्णिमा कब है?",
                        "ऑफ़साइड नियम संक्षेप में",
                        "'पुस्तक' का बहुवचन?",
                        "माउंट एवरेस्ट की ऊँचाई",
                        "टमाटर कब बोएँ?",
                        "इतालवी में शुभ रात्रि",
                    ]
                },
            ),
        ],
        "math": [
            (
                [
                    "{b} का {a}% कितना होता है?",
                    "समीकरण {c}x + {a} = {b} हल कीजिए और हर चरण समझाइए।",
                    "एक जैकेट की कीमत {b} रुपये है और उस पर {a}% की छूट है। अब उसकी कीमत कितनी होगी?",
                    "{a}, {b} और {c} का औसत कैसे निकालें?",
                    "क्या {b} एक अभाज्य संख्या है? इसे कैसे जाँचें?",
                    "एक ट्रेन {c} घंटे में {b} किलोमीटर चलती है। उसकी औसत गति क्या है?",
                    "मेरे बच्चे को {b} गुणा {c} खड़े गुणा से करना है। उसे कैसे समझाऊँ?",
                ],
                {},
            ),
        ],
        "work": [
            # Addressees in the oblique form "को" needs; tone adjectives that do not inflect.
            (
                [
                    "{who} को {subj} के बारे में एक {tone} ईमेल लिखिए।",
                    "{who} को भेजने के लिए {subj} पर एक {tone} ईमेल का मसौदा बनाने में मदद करो।",
                    "मुझे {who} के लिए {subj} पर एक {tone} संदेश चाहिए, पाँच वाक्यों से ज़्यादा नहीं।",
                ],
                {
                    "tone": ["विनम्र", "संक्षिप्त", "औपचारिक", "दोस्ताना", "अनौपचारिक"],
                    "who": [
                        "मेरी सहकर्मी प्रिया",
                        "मेरे मैनेजर",
                        "पूरी टीम",
                        "हमारे क्लाइंट वर्मा जी",
                        "एचआर विभाग",
                        "अकाउंट्स विभाग के एक सहकर्मी",
                    ],
                    "subj": [
                        "गुरुवार की मीटिंग के नए समय",
                        "अगस्त में मेरी छुट्टी की अर्ज़ी",
                        "मार्च के बकाया बिल",
                        "छुट्टी से पहले प्रोजेक्ट के हैंडओवर",
                        "तिमाही रिपोर्ट में एक गलती",
                        "नए सहकर्मी की ट्रेनिंग",
                        "वर्कशॉप के लिए कमरे की बुकिंग",
                        "पिछले ड्राफ़्ट पर मेरी राय",
                    ],
                },
            ),
            (
                ["{m} पर {dur} की मीटिंग के लिए एजेंडा बनाइए।", "{m} पर होने वाली हमारी मीटिंग के एजेंडे में कौन-से मुद्दे होने चाहिए?"],
                {
                    "dur": ["एक घंटे", "आधे घंटे", "दो घंटे"],
                    "m": [
                        "2025 के बजट",
                        "नए दफ़्तर में शिफ़्ट होने",
                        "नए सॉफ़्टवेयर को लागू करने",
                        "सालाना फ़ैमिली डे",
                        "पिछली तिमाही के ग्राहक फ़ीडबैक",
                    ],
                },
            ),
            (
                ["इस वाक्य का {target} में अनुवाद कीजिए: “{s}”"],
                {"target": ["अंग्रेज़ी", "फ़्रेंच", "जर्मन", "बांग्ला"], "s": _HI_SENTENCES},
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "क्या आप मेरा रिज़्यूमे बेहतर बना सकते हैं? अनुभव: 2019–2023, एक बीमा कंपनी में क्लेम प्रोसेसिंग एग्ज़ीक्यूटिव।",
                        "बच्चे की देखभाल के लिए लिए गए एक साल के ब्रेक को रिज़्यूमे में कैसे समझाऊँ?",
                        "प्ले स्कूल टीचर की नौकरी के लिए कवर लेटर में कौन-सी खूबियाँ लिखूँ?",
                        "टीम मीटिंग के बाद छोटा-सा कार्यवृत्त कैसे लिखें?",
                    ]
                },
            ),
        ],
        "summary": [
            (
                [
                    "इस पाठ का तीन वाक्यों में सार लिखिए:\n\n{p}",
                    "इस अनुच्छेद का मुख्य संदेश क्या है?\n\n{p}",
                    "इस पाठ को बिंदुवार सूची में बदल दीजिए:\n\n{p}",
                    "क्या आप इसे इतनी आसान भाषा में लिख सकते हैं कि स्कूल का बच्चा समझ जाए?\n\n{p}",
                    "मैंने यह हमारे न्यूज़लेटर के लिए लिखा है। क्या इसमें कोई गलती है?\n\n{p}",
                    "दोनों अनुच्छेदों का सार लिखिए और सबसे ज़रूरी बातें बताइए:\n\n{p}\n\n{p2}",
                ],
                {},
            ),
        ],
        "coding": [
            # Tasks are oblique infinitives ("...करने") before "का तरीका" / "का उदाहरण".
            (
                [
                    "{prog} में {task} का सबसे आसान तरीका क्या है?",
                    "{prog} में बिना किसी अतिरिक्त लाइब्रेरी के {task} का तरीका बताइए।",
                    "मुझे {prog} में {task} का एक उदाहरण चाहिए।",
                ],
                {
                    "task": [
                        "लिस्ट को तारीख के हिसाब से सॉर्ट करने",
                        "लिस्ट से डुप्लिकेट हटाने",
                        "CSV फ़ाइल पढ़ने",
                        "किसी फ़ाइल के मौजूद होने की जाँच करने",
                        "HTTP रिक्वेस्ट भेजने",
                        "टेक्स्ट को छोटे अक्षरों में बदलने",
                        "आज की तारीख फ़ॉर्मैट करने",
                        "डेटा को JSON में सेव करने",
                    ]
                },
            ),
            (
                [
                    "इस कोड को लाइन-दर-लाइन समझाइए:\n\n{snippet}",
                    "यह कोड उम्मीद के मुताबिक क्यों नहीं चल रहा?\n\n{snippet}",
                    "इस कोड को और पढ़ने लायक कैसे बनाऊँ?\n\n{snippet}",
                ],
                {},
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "पाइथन में list और tuple में क्या अंतर है?",
                        "“IndexError: list index out of range” एरर का क्या मतलब है?",
                        "पाइथन प्रोजेक्ट के लिए वर्चुअल एनवायरनमेंट कैसे बनाएँ?",
                        "Git में ब्रांच क्या होती है और नई ब्रांच कब बनानी चाहिए?",
                    ]
                },
            ),
        ],
        "customer_service": [
            (
                [
                    "{act} के लिए मुझे क्या करना होगा?",
                    "{act} के लिए कौन-कौन से दस्तावेज़ चाहिए?",
                    "क्या {act} के लिए ब्रांच जाना ज़रूरी है, या यह ऑनलाइन हो सकता है?",
                ],
                {
                    "act": [
                        "अपना क्रेडिट कार्ड ब्लॉक करवाने",
                        "बचत खाता खोलने",
                        "विदेश में पैसे भेजने",
                        "अपनी ट्रांसफ़र सीमा बढ़ाने",
                        "ऑटो-डेबिट का निर्देश बदलने",
                        "बैंक में अपना पता बदलवाने",
                        "डेबिट कार्ड का नया पिन बनवाने",
                        "मोबाइल प्लान बदलने",
                        "घर के बीमे पर क्लेम करने",
                        "अपना नंबर दूसरी कंपनी में पोर्ट करवाने",
                    ]
                },
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "एटीएम ने मेरा कार्ड वापस नहीं किया। अब क्या करूँ?",
                        "मेरे खाते से एक रकम कटी है जिसके बारे में मुझे कुछ नहीं पता। शिकायत कैसे दर्ज करूँ?",
                        "ओलों से मेरी कार को नुकसान हुआ है। बीमा कंपनी को कौन-सी तस्वीरें चाहिए?",
                        "मेरा ब्रॉडबैंड हर शाम बंद हो जाता है। मैं ख़ुद क्या जाँचूँ?",
                        "इस महीने मेरा मोबाइल बिल हमेशा से ज़्यादा क्यों आया है?",
                        "नेट बैंकिंग का पासवर्ड याद नहीं आ रहा। उसे रीसेट कैसे करूँ?",
                        "शुक्रवार रात को किया गया ट्रांसफ़र कब तक पहुँचेगा?",
                        "हम नए घर में शिफ़्ट हो रहे हैं। इंटरनेट कनेक्शन नए पते पर कैसे ले जाएँ?",
                        "क्या ट्रैवल इंश्योरेंस बीमारी की वजह से यात्रा रद्द करने पर पैसे लौटाता है?",
                        "सब्सक्रिप्शन अपने-आप रिन्यू न हो, इसके लिए उसे कब तक रद्द करना होगा?",
                        "यूपीआई से पैसे गलत खाते में चले गए। क्या वे वापस मिल सकते हैं?",
                    ]
                },
            ),
        ],
        "trigger_word": [
            (
                ["{q}"],
                {
                    "q": [
                        "शतरंज में कैसलिंग के नियम क्या हैं?",
                        "अपने ईमेल का पासवर्ड कैसे बदलूँ?",
                        "अच्छी बिरयानी का राज़ क्या है?",
                        "मुलायम रोटियों का रहस्य क्या है?",
                        "रैखिक समीकरणों का निकाय क्या होता है और इसे कैसे हल करते हैं?",
                        "रेसिपी में प्याज़ को भूल जाइए, घर में खत्म हो गया है। उसकी जगह क्या डालूँ?",
                        "मेरे प्रिंटर की निर्देश पुस्तिका समझ नहीं आ रही। क्या आप निर्देशों को आसान चरणों में समझा सकते हैं?",
                        "किसी के गेट के सामने गाड़ी खड़ी करने के क्या नियम हैं?",
                        "डिशवॉशर में E24 एरर कोड का क्या मतलब है?",
                        "सर्दी-ज़ुकाम में हमारा इम्यून सिस्टम कैसे काम करता है?",
                        "सूटकेस के नंबर वाले ताले का कोड कैसे बदलें?",
                        "अंत का खुलासा मत कीजिए, लेकिन 'गोदान' उपन्यास किस बारे में है?",
                        "एआई से लाइटहाउस की वॉटरकलर पेंटिंग बनवाने के लिए अच्छा प्रॉम्प्ट कैसे लिखूँ?",
                        "गुप्त मतदान का क्या मतलब है?",
                        "ऑपरेटिंग सिस्टम क्या होता है, आसान शब्दों में बताइए।",
                        "मेरी बेटी को लूडो के नियम लिखने हैं। क्या आप मदद करेंगे?",
                        "जादूगर को ताश की ट्रिक में चुना हुआ पत्ता कब दिखाना चाहिए?",
                        "शादी के कार्ड पर लिखे 'इंडो-वेस्टर्न' ड्रेस कोड का क्या मतलब है?",
                        "मत भूलिए कि मैं शाकाहारी हूँ: आज रात के खाने के लिए कौन-सी रेसिपी सुझाएँगे?",
                    ]
                },
            ),
            # "मेरे" before masculine documents only.
            (
                ["मेरे {doc} में {minor} को नज़रअंदाज़ करो और सिर्फ़ {check} देखो।"],
                {
                    "doc": ["आवेदन पत्र", "निबंध", "कवर लेटर", "लेख", "भाषण"],
                    "minor": ["टाइपिंग की गलतियों", "फ़ॉर्मैटिंग", "विराम चिह्नों", "फ़ुटनोट्स"],
                    "check": ["विचारों का क्रम", "तर्क", "लहजा", "लंबाई"],
                },
            ),
            (
                ["{target} में अनुवाद कीजिए: “{s}”", "यह वाक्य धीरे-धीरे दोहराइए, मुझे उच्चारण का अभ्यास करना है: “{s}”"],
                {"target": ["अंग्रेज़ी", "फ़्रेंच", "तमिल", "मराठी"], "s": _HI_SENTENCES},
            ),
            (
                ["{acct} का पासवर्ड कैसे रीसेट करूँ?", "{acct} का पासवर्ड कितनी बार बदलना चाहिए?"],
                {"acct": ["अपने ईमेल अकाउंट", "नेट बैंकिंग", "अपने स्ट्रीमिंग अकाउंट", "घर के वाई-फ़ाई", "ऑनलाइन शॉपिंग वाले अकाउंट"]},
            ),
            (
                ["{game} के बुनियादी नियम क्या हैं?", "मुझे संक्षेप में {game} के नियम समझाइए।"],
                {"game": ["शतरंज", "कबड्डी", "क्रिकेट", "खो-खो", "कैरम", "बैडमिंटन", "लूडो"]},
            ),
        ],
    },
}

# --- Vietnamese -----------------------------------------------------------------------------

_VI_SENTENCES = [
    "Hôm nay tôi đến muộn một chút vì tàu bị trễ.",
    "Anh có thể chỉ giúp tôi ga tàu ở đâu không?",
    "Cả nhà rất mong được đón các bạn vào mùa hè này.",
    "Mùa thu, con sóc giấu hạt dẻ vào hốc cây.",
    "Cuộc họp đã được dời sang thứ Ba tuần sau.",
    "Nồi đồng nấu ốc, nồi đất nấu ếch.",
]

VI = {
    "greet": ["Chào bạn! ", "Xin chào! ", "Cho mình hỏi nhanh: ", "Chào buổi sáng! "],
    "thanks": [" Cảm ơn nhé!", " Cảm ơn bạn trước.", " Cảm ơn nhiều!", " Mình cảm ơn ạ."],
    "paragraphs": [
        "Thư viện thành phố sẽ đóng cửa sáu tuần kể từ ngày 3 tháng 3 để sửa chữa. Trong thời "
        "gian này, bạn đọc có thể trả sách tại bộ phận một cửa của ủy ban phường và sẽ không bị "
        "phạt trả muộn. Sau khi mở cửa lại, thư viện sẽ có khu thiếu nhi rộng hơn, hai mươi chỗ "
        "ngồi mới có ổ cắm điện và mở cửa muộn hơn vào thứ Bảy.",
        "Một khảo sát với 1.200 học sinh trung học phổ thông cho thấy gần hai phần ba các em ngủ "
        "ít hơn tám tiếng vào những ngày đi học. Lý do chính được nêu là dùng điện thoại trên "
        "giường và giờ vào học quá sớm. Các nhà nghiên cứu khuyên nên cất màn hình một tiếng "
        "trước khi ngủ và không ngủ bù quá nhiều vào cuối tuần.",
        "Tiệm bánh Hương Xưa được ông bà Trần Văn Minh mở năm 1952 trong một gian hàng nhỏ cạnh "
        "chợ. Lúc đầu, tiệm chỉ bán bánh mì và bánh bò. Ngày nay người cháu gái quản lý tiệm, với "
        "ba chi nhánh và mười hai nhân viên, còn bánh bông lan theo công thức của bà vẫn là món "
        "bán chạy nhất.",
        "Trong quý ba, doanh thu tăng 4%, chủ yếu nhờ cửa hàng trực tuyến. Tuy nhiên, chi phí vận "
        "chuyển và đóng gói tăng nhanh hơn dự kiến. Nhóm đề xuất từ tháng Một sẽ thử dùng hộp "
        "giao hàng tái sử dụng và chỉ miễn phí giao hàng cho đơn từ 500.000 đồng trở lên.",
        "Vườn rau cộng đồng ở đường Hoa Sữa đang tìm thêm thành viên mới. Mỗi gia đình được chia "
        "một luống riêng, còn dụng cụ và nước tưới thì dùng chung. Mỗi tháng có một ngày mọi "
        "người cùng làm vườn rồi ngồi uống trà với nhau. Ai quan tâm có thể ghé qua lúc mười giờ "
        "sáng thứ Bảy.",
    ],
    "frames": {
        "everyday": [
            (
                [
                    "Bạn giải thích giúp mình về {t} một cách đơn giản được không?",
                    "Mình nên biết những gì về {t}?",
                    "Cho mình một bản tóm tắt ngắn về {t}.",
                    "Viết năm câu hỏi trắc nghiệm về {t}.",
                    "Giải thích về {t} sao cho một đứa trẻ mười tuổi cũng hiểu.",
                    "Tóm tắt những điểm quan trọng nhất về {t} trong năm gạch đầu dòng.",
                    "Mình muốn tìm hiểu thêm về {t}. Nên bắt đầu từ đâu?",
                    "Bạn có thể gợi ý sách hoặc podcast nào về {t} không?",
                    "Những hiểu lầm phổ biến về {t} là gì?",
                    "Có điều gì thú vị về {t} mà mình có thể nhắc đến trong bài thuyết trình không?",
                ],
                {
                    "t": [
                        "quang hợp",
                        "triều đại nhà Lý",
                        "cách làm bánh mì bằng men tự nhiên",
                        "biến đổi khí hậu",
                        "luật việt vị trong bóng đá",
                        "giấc ngủ lành mạnh",
                        "hệ Mặt Trời",
                        "Cách mạng Pháp",
                        "phân số",
                        "cách chăm sóc cây cảnh trong nhà",
                        "vitamin D vào mùa đông",
                        "hệ miễn dịch",
                        "mua xe máy cũ",
                        "giai đoạn khủng hoảng tuổi lên ba",
                        "dự báo thời tiết",
                        "cách trữ đông thực phẩm",
                        "chạy bộ cho người mới bắt đầu",
                        "lịch sử Bức tường Berlin",
                        "núi lửa",
                        "phân loại rác",
                        "huyết áp cao",
                        "bảng tuần hoàn",
                        "tiết kiệm điện trong gia đình",
                        "dị ứng ở trẻ em",
                        "Thế vận hội Olympic",
                        "cây cà phê ở Tây Nguyên",
                        "vịnh Hạ Long",
                        "vòng tuần hoàn của nước",
                        "phong tục ngày Tết",
                    ]
                },
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Tối nay mình nấu gì được với khoai tây, bí đỏ và một ít thịt băm?",
                        "Luộc trứng bao lâu thì lòng đỏ còn lòng đào?",
                        "Tháng Năm nhà mình đi Đà Lạt bốn ngày. Có chỗ nào nhất định phải ghé không?",
                        "Đi Thái Lan có cần xin thị thực không?",
                        "Con trai mình sốt 38,5 độ từ hôm qua. Khi nào thì nên đưa bé đi khám?",
                        "Đau họng thì có mẹo gì cho đỡ?",
                        "Tháng Mười thời tiết ở Đà Nẵng thường thế nào?",
                        "Bàn chân bẹt thì nên chọn giày chạy bộ loại nào?",
                        "Con gái mình sắp tròn tám tuổi. Có trò chơi nào hay cho tiệc sinh nhật không?",
                        "Làm sao giải thích cho con hiểu vì sao bầu trời màu xanh?",
                        "Thời tiết và khí hậu khác nhau thế nào?",
                        "Khi mua máy giặt cần lưu ý những gì?",
                        "Mỗi ngày đi bao nhiêu bước thì thật sự tốt cho sức khỏe?",
                        "Đội nào vô địch World Cup 2018?",
                        "Bài tập về nhà: Tại sao nước đá lại nổi trên mặt nước?",
                        "Làm sao để rau thơm giữ tươi lâu trong tủ lạnh?",
                        "Ninh xương nấu nước dùng phở bao lâu thì ngọt?",
                    ]
                },
            ),
        ],
        "terse": [
            (
                ["{q}"],
                {
                    "q": [
                        "Cách làm bánh flan không cần lò",
                        "Thời tiết Hà Nội cuối tuần",
                        "Từ đồng nghĩa với 'quan trọng'",
                        "Chuối bao nhiêu calo",
                        "Dấu hỏi hay dấu ngã?",
                        "Thủ đô của Canada?",
                        "Đơn vị của lực?",
                        "Đổi độ C sang độ F",
                        "Luộc ngô bao lâu?",
                        "Khi nào trăng tròn?",
                        "Việt vị là gì?",
                        "'Sương' hay 'xương'?",
                        "Đỉnh Fansipan cao bao nhiêu",
                        "Khi nào gieo hạt cà chua?",
                        "Chúc ngủ ngon tiếng Ý",
                    ]
                },
            ),
        ],
        "math": [
            (
                [
                    "{a}% của {b} là bao nhiêu?",
                    "Giải phương trình {c}x + {a} = {b} và giải thích từng bước.",
                    "Một chiếc áo khoác giá {b} nghìn đồng, được giảm {a}%. Giá sau khi giảm là bao nhiêu?",
                    "Làm sao tính trung bình cộng của {a}, {b} và {c}?",
                    "{b} có phải là số nguyên tố không? Kiểm tra thế nào?",
                    "Một đoàn tàu đi {b} km trong {c} giờ. Vận tốc trung bình là bao nhiêu?",
                    "Con mình phải đặt tính rồi tính {b} nhân {c}. Mình nên giảng thế nào?",
                ],
                {},
            ),
        ],
        "work": [
            (
                [
                    "Viết một email {tone} gửi {who} về {subj}.",
                    "Giúp mình soạn một email {tone} gửi {who} về {subj}.",
                    "Mình cần một tin nhắn {tone} gửi {who} về {subj}, tối đa năm câu.",
                ],
                {
                    "tone": ["lịch sự", "ngắn gọn", "trang trọng", "thân thiện", "thoải mái"],
                    "who": [
                        "chị Lan đồng nghiệp",
                        "sếp của mình",
                        "cả nhóm",
                        "anh Tuấn bên khách hàng",
                        "phòng nhân sự",
                        "một đồng nghiệp bên kế toán",
                    ],
                    "subj": [
                        "việc dời cuộc họp sang thứ Năm",
                        "đơn xin nghỉ phép tháng Tám của mình",
                        "hóa đơn tháng Ba bị trễ",
                        "việc bàn giao dự án trước khi mình nghỉ phép",
                        "một lỗi trong báo cáo quý",
                        "việc hướng dẫn đồng nghiệp mới",
                        "việc đặt phòng cho buổi hội thảo",
                        "góp ý cho bản nháp gần nhất",
                    ],
                },
            ),
            (
                ["Lập chương trình cho cuộc họp {dur} về {m}.", "Cuộc họp về {m} nên có những nội dung gì?"],
                {
                    "dur": ["một tiếng", "nửa tiếng", "hai tiếng"],
                    "m": [
                        "ngân sách năm 2025",
                        "việc chuyển sang văn phòng mới",
                        "triển khai phần mềm mới",
                        "chuyến du lịch công ty",
                        "phản hồi của khách hàng quý trước",
                    ],
                },
            ),
            (
                ["Dịch câu này sang {target}: “{s}”"],
                {"target": ["tiếng Anh", "tiếng Pháp", "tiếng Nhật", "tiếng Hàn"], "s": _VI_SENTENCES},
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Bạn sửa giúp CV của mình được không? Kinh nghiệm: 2019–2023 nhân viên giải "
                        "quyết bồi thường tại một công ty bảo hiểm.",
                        "Mình nghỉ một năm để chăm con, nên giải thích khoảng trống này trong CV thế nào?",
                        "Thư xin việc vị trí giáo viên mầm non nên nêu những điểm mạnh nào?",
                        "Viết biên bản ngắn sau buổi họp nhóm như thế nào?",
                    ]
                },
            ),
        ],
        "summary": [
            (
                [
                    "Tóm tắt đoạn văn này trong ba câu:\n\n{p}",
                    "Ý chính của đoạn này là gì?\n\n{p}",
                    "Chuyển đoạn văn này thành danh sách gạch đầu dòng:\n\n{p}",
                    "Viết lại đoạn này đơn giản hơn để học sinh cũng hiểu được:\n\n{p}",
                    "Mình viết đoạn này cho bản tin. Bạn thấy có lỗi nào không?\n\n{p}",
                    "Tóm tắt cả hai đoạn và nêu những điểm quan trọng nhất:\n\n{p}\n\n{p2}",
                ],
                {},
            ),
        ],
        "coding": [
            (
                [
                    "Làm sao để {task} trong {prog}?",
                    "Mình muốn {task} bằng {prog}. Cách nào đơn giản nhất?",
                    "Có thể {task} trong {prog} mà không cần thư viện ngoài không?",
                ],
                {
                    "task": [
                        "sắp xếp danh sách theo ngày",
                        "xóa phần tử trùng lặp khỏi danh sách",
                        "đọc file CSV",
                        "kiểm tra sự tồn tại của một file",
                        "gửi một yêu cầu HTTP",
                        "chuyển chuỗi sang chữ thường",
                        "định dạng ngày hiện tại",
                        "lưu dữ liệu dưới dạng JSON",
                    ]
                },
            ),
            (
                [
                    "Giải thích từng dòng của đoạn code này:\n\n{snippet}",
                    "Tại sao đoạn code này không chạy như mình mong đợi?\n\n{snippet}",
                    "Làm sao để đoạn code này dễ đọc hơn?\n\n{snippet}",
                ],
                {},
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "List và tuple trong Python khác nhau thế nào?",
                        "Lỗi “IndexError: list index out of range” nghĩa là gì?",
                        "Tạo môi trường ảo cho dự án Python như thế nào?",
                        "Branch trong Git là gì và khi nào nên tạo branch mới?",
                    ]
                },
            ),
        ],
        "customer_service": [
            (
                [
                    "Làm sao để {act}?",
                    "Mình muốn {act}. Cần chuẩn bị giấy tờ gì?",
                    "Mình có thể {act} trực tuyến không, hay phải ra quầy giao dịch?",
                ],
                {
                    "act": [
                        "khóa thẻ tín dụng",
                        "mở tài khoản tiết kiệm",
                        "chuyển tiền ra nước ngoài",
                        "tăng hạn mức chuyển khoản",
                        "đổi lệnh chuyển tiền định kỳ",
                        "cập nhật địa chỉ với ngân hàng",
                        "cấp lại mã PIN thẻ ATM",
                        "đổi gói cước di động",
                        "yêu cầu bồi thường bảo hiểm nhà",
                        "chuyển mạng giữ số",
                    ]
                },
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Cây ATM nuốt thẻ của mình. Giờ phải làm sao?",
                        "Tài khoản có một giao dịch lạ mình không thực hiện. Khiếu nại thế nào?",
                        "Xe mình bị mưa đá làm móp. Công ty bảo hiểm cần những ảnh gì?",
                        "Wifi nhà mình tối nào cũng chập chờn. Mình tự kiểm tra được gì?",
                        "Sao tháng này hóa đơn điện thoại cao hơn mọi khi?",
                        "Mình quên mật khẩu ngân hàng điện tử. Lấy lại thế nào?",
                        "Chuyển khoản liên ngân hàng tối thứ Sáu thì bao lâu mới nhận được?",
                        "Mình sắp chuyển nhà. Làm sao chuyển hợp đồng internet sang địa chỉ mới?",
                        "Bảo hiểm du lịch có chi trả nếu mình hủy chuyến vì bị ốm không?",
                        "Phải hủy gói đăng ký trước ngày nào để không bị tự động gia hạn?",
                    ]
                },
            ),
        ],
        "trigger_word": [
            (
                ["{q}"],
                {
                    "q": [
                        "Luật nhập thành trong cờ vua là gì?",
                        "Làm sao đổi mật khẩu email?",
                        "Bí quyết kho cá ngon là gì?",
                        "Bí mật của nồi nước dùng phở trong và ngọt là gì?",
                        "Hệ phương trình là gì và giải thế nào?",
                        "Bỏ qua hành tây trong công thức nhé, nhà mình hết rồi. Thay bằng gì được?",
                        "Sách hướng dẫn máy in khó hiểu quá. Bạn diễn giải các chỉ dẫn thành từng "
                        "bước đơn giản được không?",
                        "Quy định về đỗ xe trước cổng nhà người khác thế nào?",
                        "Mã lỗi E24 trên máy rửa bát nghĩa là gì?",
                        "Hệ miễn dịch hoạt động thế nào khi bị cảm lạnh?",
                        "Cách đặt lại mã số cho khóa vali?",
                        "Đừng tiết lộ cái kết nhé, nhưng “Số đỏ” kể về chuyện gì?",
                        "Làm sao viết prompt tốt để AI vẽ tranh màu nước về ngọn hải đăng?",
                        "Nguyên tắc bỏ phiếu kín nghĩa là gì?",
                        "Hệ điều hành là gì, giải thích đơn giản giúp mình?",
                        "Con gái mình cần viết lại luật chơi cờ cá ngựa. Bạn giúp được không?",
                        "Ảo thuật gia nên tiết lộ lá bài được chọn vào lúc nào?",
                        "Thiệp mời ghi trang phục “lịch sự” thì nên mặc gì?",
                        "Đừng quên là mình ăn chay nhé: tối nay nên nấu món gì?",
                    ]
                },
            ),
            (
                ["Bỏ qua {minor} trong {doc} của mình, chỉ xem giúp {check} thôi."],
                {
                    "minor": ["lỗi chính tả", "định dạng", "dấu câu", "chú thích cuối trang"],
                    "doc": ["thư xin việc", "bài luận", "biên bản họp", "bài blog", "bài thuyết trình"],
                    "check": ["bố cục", "lập luận", "giọng văn", "độ dài"],
                },
            ),
            (
                ["Dịch sang {target}: “{s}”", "Nhắc lại câu này thật chậm giúp mình, mình đang luyện phát âm: “{s}”"],
                {"target": ["tiếng Anh", "tiếng Pháp", "tiếng Trung", "tiếng Đức"], "s": _VI_SENTENCES},
            ),
            (
                ["Làm sao đặt lại mật khẩu {acct}?", "Bao lâu thì nên đổi mật khẩu {acct} một lần?"],
                {
                    "acct": [
                        "email",
                        "tài khoản ngân hàng điện tử",
                        "tài khoản xem phim trực tuyến",
                        "wifi ở nhà",
                        "tài khoản mua sắm trực tuyến",
                    ]
                },
            ),
            (
                ["Luật cơ bản của {game} là gì?", "Giải thích ngắn gọn luật chơi {game}."],
                {"game": ["cờ vua", "cờ tướng", "bóng chuyền", "bóng rổ", "cầu lông", "ô ăn quan", "đá cầu"]},
            ),
        ],
    },
}

# --- Indonesian -----------------------------------------------------------------------------

_ID_SENTENCES = [
    "Hari ini saya datang agak terlambat, keretanya telat.",
    "Permisi, bisa tunjukkan di mana stasiun kereta?",
    "Kami sangat menantikan kunjungan kalian liburan nanti.",
    "Tupai menyembunyikan kacang di lubang pohon.",
    "Rapatnya diundur ke Selasa depan.",
    "Kuku kaki kakak kakekku kaku-kaku.",
]

ID = {
    "greet": ["Halo! ", "Selamat pagi! ", "Hai, mau tanya sebentar: ", "Selamat malam. "],
    "thanks": [" Makasih!", " Terima kasih sebelumnya.", " Terima kasih banyak!", " Makasih ya."],
    "paragraphs": [
        "Perpustakaan kota akan tutup selama enam minggu mulai 3 Maret karena renovasi. Selama "
        "itu, buku bisa dikembalikan di loket pelayanan kantor kecamatan dan tidak ada denda "
        "keterlambatan. Setelah dibuka kembali, perpustakaan akan punya ruang anak yang lebih "
        "luas, dua puluh meja baca baru dengan stopkontak, dan jam buka yang lebih panjang pada "
        "hari Sabtu.",
        "Survei terhadap 1.200 pelajar SMA menunjukkan bahwa hampir dua pertiga dari mereka tidur "
        "kurang dari delapan jam pada hari sekolah. Alasan utamanya adalah bermain ponsel di "
        "tempat tidur dan jam masuk sekolah yang terlalu pagi. Para peneliti menyarankan agar "
        "layar dijauhkan satu jam sebelum tidur dan tidak tidur terlalu lama saat akhir pekan.",
        "Toko Roti Sari Rasa didirikan pada tahun 1952 oleh Pak Harjo dan Bu Siti di sebuah kios "
        "kecil dekat pasar. Awalnya mereka hanya menjual roti tawar dan roti manis. Sekarang "
        "usaha itu dikelola oleh cucu mereka, dengan tiga cabang dan dua belas karyawan, dan kue "
        "lapis resep nenek masih menjadi produk paling laris.",
        "Pada kuartal ketiga, penjualan naik empat persen, terutama berkat toko daring. Namun, "
        "biaya pengiriman dan kemasan naik lebih cepat dari perkiraan. Tim mengusulkan untuk "
        "mencoba kardus kirim yang bisa dipakai ulang mulai Januari dan memberikan gratis ongkir "
        "hanya untuk pesanan di atas Rp300.000.",
        "Kebun warga di Jalan Melati sedang mencari anggota baru. Setiap keluarga mendapat satu "
        "bedeng sendiri, sedangkan alat dan air dipakai bersama. Sebulan sekali ada kerja bakti "
        "di kebun, lalu kami makan bersama. Siapa pun yang berminat bisa mampir hari Sabtu pukul "
        "sepuluh pagi.",
    ],
    "frames": {
        "everyday": [
            (
                [
                    "Bisa jelaskan {t} dengan cara yang sederhana?",
                    "Apa saja yang perlu saya ketahui tentang {t}?",
                    "Beri saya gambaran singkat tentang {t}.",
                    "Buatkan lima soal kuis tentang {t}.",
                    "Jelaskan {t} supaya anak sepuluh tahun bisa paham.",
                    "Rangkum hal terpenting tentang {t} dalam lima poin.",
                    "Saya ingin belajar lebih banyak tentang {t}. Sebaiknya mulai dari mana?",
                    "Ada rekomendasi buku atau podcast tentang {t}?",
                    "Apa saja salah kaprah yang umum tentang {t}?",
                    "Fakta menarik apa tentang {t} yang bisa saya sebut di presentasi?",
                ],
                {
                    "t": [
                        "fotosintesis",
                        "sejarah Kerajaan Majapahit",
                        "membuat roti dengan ragi alami",
                        "perubahan iklim",
                        "aturan offside dalam sepak bola",
                        "tidur yang sehat",
                        "tata surya",
                        "Revolusi Prancis",
                        "pecahan",
                        "merawat tanaman hias",
                        "kebutuhan vitamin D",
                        "sistem kekebalan tubuh",
                        "membeli mobil bekas",
                        "fase tantrum pada balita",
                        "prakiraan cuaca",
                        "membekukan makanan",
                        "lari untuk pemula",
                        "sejarah Tembok Berlin",
                        "gunung berapi",
                        "memilah sampah",
                        "darah tinggi",
                        "tabel periodik",
                        "menghemat listrik di rumah",
                        "alergi pada anak",
                        "sejarah Olimpiade",
                        "budidaya kopi Gayo",
                        "Candi Borobudur",
                        "siklus air",
                        "sejarah batik",
                    ]
                },
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Malam ini saya bisa masak apa dengan kentang, buncis, dan sedikit santan?",
                        "Berapa menit merebus telur supaya kuningnya masih setengah matang?",
                        "Bulan Mei kami ke Yogyakarta empat hari. Tempat apa yang wajib dikunjungi?",
                        "Apakah WNI perlu visa untuk liburan ke Singapura?",
                        "Anak saya demam 38,5 sejak kemarin. Kapan sebaiknya dibawa ke dokter?",
                        "Apa yang ampuh untuk meredakan sakit tenggorokan?",
                        "Bagaimana cuaca di Bali biasanya pada bulan Oktober?",
                        "Sepatu lari seperti apa yang cocok untuk kaki datar?",
                        "Anak perempuan saya akan berulang tahun kedelapan. Ada ide permainan untuk pestanya?",
                        "Bagaimana menjelaskan ke anak kenapa langit berwarna biru?",
                        "Apa bedanya cuaca dan iklim?",
                        "Apa yang harus diperhatikan saat membeli mesin cuci?",
                        "Berapa langkah sehari yang benar-benar baik untuk kesehatan?",
                        "Siapa juara Piala Dunia 2018?",
                        "Untuk PR: kenapa es mengapung di air?",
                        "Bagaimana supaya daun seledri tetap segar lebih lama di kulkas?",
                        "Berapa lama memasak rendang supaya dagingnya empuk?",
                    ]
                },
            ),
        ],
        "terse": [
            (
                ["{q}"],
                {
                    "q": [
                        "Resep bolu tanpa telur",
                        "Cuaca Bandung akhir pekan",
                        "Sinonim kata 'penting'",
                        "Kalori pisang",
                        "Di- dipisah atau disambung?",
                        "Ibu kota Kanada?",
                        "Satuan gaya?",
                        "Celsius ke Fahrenheit",
                        "Rebus mi berapa menit?",
                        "Kapan bulan purnama?",
                        "Offside singkatnya",
                        "'Apotek' atau 'apotik'?",
                        "Tinggi Gunung Rinjani",
                        "Kapan menanam cabai?",
                        "Selamat malam bahasa Italia",
                    ]
                },
            ),
        ],
        "math": [
            (
                [
                    "Berapa {a}% dari {b}?",
                    "Selesaikan persamaan {c}x + {a} = {b} dan jelaskan langkahnya.",
                    "Sebuah jaket harganya Rp{b}.000 dan didiskon {a}%. Berapa harganya sekarang?",
                    "Bagaimana cara menghitung rata-rata dari {a}, {b}, dan {c}?",
                    "Apakah {b} bilangan prima? Bagaimana cara mengeceknya?",
                    "Kereta menempuh {b} km dalam {c} jam. Berapa kecepatan rata-ratanya?",
                    "Anak saya harus menghitung {b} kali {c} dengan cara bersusun. Bagaimana menjelaskannya?",
                ],
                {},
            ),
        ],
        "work": [
            (
                [
                    "Tuliskan email {tone} untuk {who} tentang {subj}.",
                    "Bantu saya menyusun email {tone} kepada {who} mengenai {subj}.",
                    "Saya perlu pesan {tone} untuk {who} soal {subj}, maksimal lima kalimat.",
                ],
                {
                    "tone": ["yang ramah", "singkat", "formal", "yang sopan", "santai"],
                    "who": [
                        "rekan kerja saya, Dewi,",
                        "atasan saya",
                        "seluruh tim",
                        "klien kami, Pak Budi,",
                        "bagian HRD",
                        "rekan di bagian keuangan",
                    ],
                    "subj": [
                        "pengunduran rapat ke hari Kamis",
                        "permohonan cuti saya di bulan Agustus",
                        "tagihan bulan Maret yang terlambat",
                        "serah terima proyek sebelum saya cuti",
                        "kesalahan di laporan kuartalan",
                        "orientasi karyawan baru",
                        "pemesanan ruangan untuk lokakarya",
                        "masukan untuk draf terakhir",
                    ],
                },
            ),
            (
                ["Buatkan agenda rapat {dur} tentang {m}.", "Poin apa saja yang perlu masuk agenda rapat tentang {m}?"],
                {
                    "dur": ["satu jam", "setengah jam", "dua jam"],
                    "m": [
                        "anggaran 2025",
                        "pindahan ke kantor baru",
                        "penerapan aplikasi baru",
                        "acara halalbihalal kantor",
                        "masukan pelanggan kuartal lalu",
                    ],
                },
            ),
            (
                ["Terjemahkan kalimat ini ke bahasa {target}: “{s}”"],
                {"target": ["Inggris", "Jepang", "Belanda", "Arab"], "s": _ID_SENTENCES},
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Bisa perbaiki CV saya? Pengalaman: 2019–2023 staf klaim di perusahaan asuransi.",
                        "Bagaimana menjelaskan jeda satu tahun di CV karena mengurus anak?",
                        "Kelebihan apa yang sebaiknya saya tulis di surat lamaran untuk posisi guru TK?",
                        "Bagaimana menulis notulen singkat setelah rapat tim?",
                    ]
                },
            ),
        ],
        "summary": [
            (
                [
                    "Ringkas teks ini dalam tiga kalimat:\n\n{p}",
                    "Apa pesan utama paragraf ini?\n\n{p}",
                    "Ubah teks ini menjadi daftar poin:\n\n{p}",
                    "Bisa tulis ulang teks ini dengan bahasa yang lebih sederhana untuk anak sekolah?\n\n{p}",
                    "Saya menulis ini untuk buletin kami. Ada kesalahan?\n\n{p}",
                    "Ringkas kedua paragraf ini dan sebutkan poin terpentingnya:\n\n{p}\n\n{p2}",
                ],
                {},
            ),
        ],
        "coding": [
            (
                [
                    "Bagaimana cara {task} di {prog}?",
                    "Saya mau {task} pakai {prog}. Cara paling gampang bagaimana?",
                    "Bisakah {task} di {prog} tanpa library tambahan?",
                ],
                {
                    "task": [
                        "mengurutkan list berdasarkan tanggal",
                        "menghapus data duplikat dari list",
                        "membaca file CSV",
                        "mengecek apakah sebuah file ada",
                        "mengirim request HTTP",
                        "mengubah teks menjadi huruf kecil",
                        "memformat tanggal hari ini",
                        "menyimpan data sebagai JSON",
                    ]
                },
            ),
            (
                [
                    "Tolong jelaskan kode ini baris per baris:\n\n{snippet}",
                    "Kenapa kode ini tidak berjalan seperti yang saya harapkan?\n\n{snippet}",
                    "Bagaimana supaya kode ini lebih mudah dibaca?\n\n{snippet}",
                ],
                {},
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Apa bedanya list dan tuple di Python?",
                        "Apa arti error “IndexError: list index out of range”?",
                        "Bagaimana cara membuat virtual environment untuk proyek Python?",
                        "Apa itu branch di Git dan kapan sebaiknya membuat branch baru?",
                    ]
                },
            ),
        ],
        "customer_service": [
            (
                [
                    "Bagaimana cara {act}?",
                    "Saya ingin {act}. Dokumen apa saja yang dibutuhkan?",
                    "Apakah saya bisa {act} secara online, atau harus datang ke kantor cabang?",
                ],
                {
                    "act": [
                        "memblokir kartu kredit saya",
                        "membuka rekening tabungan",
                        "mengirim uang ke luar negeri",
                        "menaikkan limit transfer harian",
                        "mengubah autodebet",
                        "mengganti alamat di data bank",
                        "membuat PIN baru untuk kartu debit",
                        "mengganti paket data seluler",
                        "mengajukan klaim asuransi rumah",
                        "pindah operator tanpa ganti nomor",
                    ]
                },
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Kartu ATM saya tertelan mesin. Sekarang harus bagaimana?",
                        "Ada transaksi di rekening yang tidak saya kenali. Bagaimana cara menyanggahnya?",
                        "Mobil saya tertimpa dahan pohon saat hujan deras. Foto apa saja yang diminta asuransi?",
                        "Internet di rumah selalu putus tiap malam. Apa yang bisa saya cek sendiri?",
                        "Kenapa tagihan pascabayar saya bulan ini lebih tinggi dari biasanya?",
                        "Saya lupa kata sandi mobile banking. Bagaimana cara meresetnya?",
                        "Kalau transfer antarbank Jumat malam, kapan uangnya masuk?",
                        "Saya mau pindah rumah. Bagaimana memindahkan langganan internet ke alamat baru?",
                        "Apakah asuransi perjalanan menanggung pembatalan karena sakit?",
                        "Paling lambat kapan saya harus berhenti berlangganan supaya tidak diperpanjang otomatis?",
                    ]
                },
            ),
        ],
        "trigger_word": [
            (
                ["{q}"],
                {
                    "q": [
                        "Apa aturan rokade dalam catur?",
                        "Bagaimana cara mengganti kata sandi email saya?",
                        "Apa rahasia rendang yang enak?",
                        "Apa rahasia sambal yang tahan lama?",
                        "Apa itu sistem persamaan linear dan bagaimana menyelesaikannya?",
                        "Lupakan bawang bombai di resep itu, stok saya habis. Bisa diganti apa?",
                        "Buku petunjuk printer saya membingungkan. Bisa ubah instruksinya jadi "
                        "langkah-langkah sederhana?",
                        "Apa aturan parkir di depan pintu garasi orang?",
                        "Kode error E24 di mesin cuci piring artinya apa?",
                        "Bagaimana sistem imun bekerja saat kita pilek?",
                        "Bagaimana cara mengganti kode gembok koper?",
                        "Jangan bocorkan akhir ceritanya, tapi novel “Laskar Pelangi” tentang apa?",
                        "Bagaimana menulis prompt yang bagus supaya AI menggambar lukisan cat air mercusuar?",
                        "Apa maksud asas rahasia dalam pemilu?",
                        "Apa itu sistem operasi? Jelaskan dengan sederhana.",
                        "Anak saya harus menuliskan aturan main ular tangga. Bisa bantu?",
                        "Kapan pesulap sebaiknya mengungkapkan kartu yang dipilih penonton?",
                        "Dress code “batik formal” di undangan maksudnya apa?",
                        "Jangan lupa saya vegetarian, ya: resep apa yang cocok untuk makan malam?",
                    ]
                },
            ),
            (
                ["Abaikan {minor} di {doc} saya, cukup periksa {check} saja."],
                {
                    "minor": ["salah ketik", "format", "tanda baca", "catatan kaki"],
                    "doc": ["surat lamaran", "esai", "notulen", "artikel blog", "bahan presentasi"],
                    "check": ["alur tulisannya", "argumennya", "gaya bahasanya", "panjangnya"],
                },
            ),
            (
                [
                    "Terjemahkan ke bahasa {target}: “{s}”",
                    "Ulangi kalimat ini pelan-pelan, saya sedang latihan pelafalan: “{s}”",
                ],
                {"target": ["Inggris", "Prancis", "Mandarin", "Jawa"], "s": _ID_SENTENCES},
            ),
            (
                [
                    "Bagaimana cara mereset kata sandi {acct}?",
                    "Seberapa sering saya perlu mengganti kata sandi {acct}?",
                ],
                {
                    "acct": [
                        "akun email saya",
                        "internet banking",
                        "akun streaming saya",
                        "Wi-Fi rumah",
                        "akun belanja online saya",
                    ]
                },
            ),
            (
                ["Apa aturan dasar {game}?", "Jelaskan singkat aturan main {game}."],
                {"game": ["catur", "bola voli", "bulu tangkis", "sepak takraw", "congklak", "basket", "gobak sodor"]},
            ),
        ],
    },
}
