<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>ApprehensionForm</name>
    <message>
        <source>There is no video recording</source>
        <translation>Бейнежазба жоқ</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <source>Enter the video reference, or tick &apos;There is no video recording&apos;.</source>
        <translation>Бейнежазбаның нөмірін енгізіңіз немесе «Бейнежазба жоқ» деп белгілеңіз.</translation>
    </message>
    <message>
        <source>Say why there is no video recording.</source>
        <translation>Бейнежазбаның неге жоқ екенін жазыңыз.</translation>
    </message>
</context>
<context>
    <name>ApprehensionPage</name>
    <message>
        <source>Apprehension</source>
        <translation>Нақты ұстау</translation>
    </message>
    <message>
        <source>The actual moment of apprehension, on the local clock of the place — not the time of arrival or of this entry.</source>
        <translation>Ұсталған жердің жергілікті уақыты бойынша нақты ұстау сәті — жеткізу уақыты да, осы жазба уақыты да емес.</translation>
    </message>
</context>
<context>
    <name>ArrivalPage</name>
    <message>
        <source>Arrival, rights and placement</source>
        <translation>Жеткізу, құқықтар және орналастыру</translation>
    </message>
    <message>
        <source>Times are read on the clock of the facility of arrival. Untick what has not happened yet; record it later as an event.</source>
        <translation>Уақыт жеткізілген мекеменің сағаты бойынша көрсетіледі. Әлі болмаған нәрседен белгіні алып тастаңыз; оны кейін оқиға ретінде енгізіңіз.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <source>Rights explained now</source>
        <translation>Құқықтар қазір түсіндірілді</translation>
    </message>
    <message>
        <source>Placed in a cell or room now</source>
        <translation>Қазір камераға немесе бөлмеге орналастырылды</translation>
    </message>
    <message>
        <source>Dependants and emergency contact asked now</source>
        <translation>Асырауындағылар және шұғыл байланыс қазір анықталды</translation>
    </message>
</context>
<context>
    <name>ClocksPage</name>
    <message>
        <source>Registered: clocks started</source>
        <translation>Тіркелді: басталған мерзімдер</translation>
    </message>
    <message>
        <source>The legal time limits the register now counts for this custody.</source>
        <translation>Тізілім осы ұстау үшін енді есептейтін заңдық мерзімдер.</translation>
    </message>
    <message>
        <source>Clocks started</source>
        <translation>Басталған мерзімдер</translation>
    </message>
    <message>
        <source>%1 is registered in custody %2.</source>
        <translation>%1 %2 ұстауында тіркелді.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct an event</source>
        <translation>Оқиғаны түзету</translation>
    </message>
    <message>
        <source>The event should read:</source>
        <translation>Оқиға былай жазылуы тиіс:</translation>
    </message>
    <message>
        <source>Why the record was wrong, and how the truth is known</source>
        <translation>Жазба неге қате болды және шындық қайдан белгілі</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Түзету себебі</translation>
    </message>
    <message>
        <source>As first recorded (this stays in the register):</source>
        <translation>Бастапқыда жазылғаны (тізілімде сақталады):</translation>
    </message>
    <message>
        <source>Recorded by %1 at %2</source>
        <translation>Енгізген: %1, %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Record an event</source>
        <translation>Оқиғаны енгізу</translation>
    </message>
    <message>
        <source>E&amp;vent:</source>
        <translation>&amp;Оқиға:</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* міндетті</translation>
    </message>
    <message>
        <source>There is no custody %1 in the register.</source>
        <translation>Тізілімде %1 ұстауы жоқ.</translation>
    </message>
    <message>
        <source>%1 — custody %2</source>
        <translation>%1 — %2 ұстауы</translation>
    </message>
    <message>
        <source>not at a facility</source>
        <translation>мекемеде емес</translation>
    </message>
</context>
<context>
    <name>EventFieldsForm</name>
    <message>
        <source>— not stated —</source>
        <translation>— көрсетілмеген —</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Рұқсат етілмейді: %1</translation>
    </message>
</context>
<context>
    <name>GroupActionDialog</name>
    <message>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <source>Custody No.</source>
        <translation>Ұстау №</translation>
    </message>
    <message>
        <source>Now at</source>
        <translation>Қазір қайда</translation>
    </message>
    <message>
        <source>Group action</source>
        <translation>Топтық әрекет</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>People of the group</source>
        <translation>Топтағы адамдар</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) chosen: one event for each, all or none</source>
        <translation>
            <numerusform>%n адам таңдалды: әрқайсысына бір оқиға, бәрі не ешқайсысы</numerusform>
            <numerusform>%n адам таңдалды: әрқайсысына бір оқиға, бәрі не ешқайсысы</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 if not as for all</source>
        <translation>%1, барлығындағыдай болмаса</translation>
    </message>
    <message>
        <source>as for all</source>
        <translation>барлығындағыдай</translation>
    </message>
    <message>
        <source>Choose at least one person on the board.</source>
        <translation>Тақтадан кемінде бір адамды таңдаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… және тағы %n</numerusform>
            <numerusform>… және тағы %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <source>New custody</source>
        <translation>Жаңа ұстау</translation>
    </message>
    <message>
        <source>Custody of %1, born %2</source>
        <translation>Ұстау: %1, туған күні %2</translation>
    </message>
    <message>
        <source>Custody of %1, birth date unknown</source>
        <translation>Ұстау: %1, туған күні белгісіз</translation>
    </message>
    <message>
        <source>a new person</source>
        <translation>жаңа адам</translation>
    </message>
    <message>
        <source>already in the register (%1)</source>
        <translation>тізілімде бар (%1)</translation>
    </message>
    <message>
        <source>Nothing was registered. Correct these fields, then register again:</source>
        <translation>Ештеңе тіркелмеді. Мына өрістерді түзетіп, қайта тіркеңіз:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>• %1 — %2: %3</source>
        <translation>• %1 — %2: %3</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
</context>
<context>
    <name>ItemListEdit</name>
    <message>
        <source>Add item</source>
        <translation>Зат қосу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Kazakh</source>
        <translation>қазақ тілі</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>орыс тілі</translation>
    </message>
    <message>
        <source>English</source>
        <translation>ағылшын тілі</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>өзбек тілі</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation>қырғыз тілі</translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation>тәжік тілі</translation>
    </message>
    <message>
        <source>Turkmen</source>
        <translation>түрікмен тілі</translation>
    </message>
    <message>
        <source>Uyghur</source>
        <translation>ұйғыр тілі</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>әзірбайжан тілі</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>түрік тілі</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>қытай тілі</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>украин тілі</translation>
    </message>
    <message>
        <source>German</source>
        <translation>неміс тілі</translation>
    </message>
</context>
<context>
    <name>LocalDateTimeEdit</name>
    <message>
        <source>Time given</source>
        <translation>Уақыт көрсетілген</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Уақыт белдеуі</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Қазір</translation>
    </message>
    <message>
        <source>Set the current time (Ctrl+Shift+N)</source>
        <translation>Ағымдағы уақытты қою (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Set the current time</source>
        <translation>Ағымдағы уақытты қою</translation>
    </message>
    <message>
        <source>%1: time given</source>
        <translation>%1: уақыты көрсетілген</translation>
    </message>
    <message>
        <source>%1: time zone</source>
        <translation>%1: уақыт белдеуі</translation>
    </message>
    <message>
        <source>not entered yet</source>
        <translation>әлі енгізілмеген</translation>
    </message>
</context>
<context>
    <name>MassIntakeDialog</name>
    <message>
        <source>Mass intake</source>
        <translation>Жаппай ұстау</translation>
    </message>
    <message>
        <source>Apprehension, shared by the whole group</source>
        <translation>Ұстау — бүкіл топқа ортақ</translation>
    </message>
    <message>
        <source>Arrival, shared by the whole group</source>
        <translation>Жеткізу — бүкіл топқа ортақ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Т.А.Ә.</translation>
    </message>
    <message>
        <source>Born or age</source>
        <translation>Туған күні немесе жасы</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>People of the group</source>
        <translation>Топтағы адамдар</translation>
    </message>
    <message>
        <source>Remove selected row</source>
        <translation>Таңдалған жолды жою</translation>
    </message>
    <message>
        <source>Register everyone (Ctrl+Enter)</source>
        <translation>Барлығын тіркеу (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Next person — Enter adds the row</source>
        <translation>Келесі адам — Enter жолды қосады</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or age</source>
        <translation>ЖЖЖЖ-АА-КК немесе жасы</translation>
    </message>
    <message>
        <source>KZ… empty if unknown</source>
        <translation>KZ… белгісіз болса, бос</translation>
    </message>
    <message>
        <source>kk ru</source>
        <translation>kk ru</translation>
    </message>
    <message>
        <source>Add at least one person.</source>
        <translation>Кемінде бір адамды қосыңыз.</translation>
    </message>
    <message>
        <source>Enter the actual time of apprehension.</source>
        <translation>Нақты ұстау уақытын енгізіңіз.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD or DD.MM.YYYY) or an age</source>
        <translation>«%1» — күн (ЖЖЖЖ-АА-КК немесе КК.АА.ЖЖЖЖ) те, жас та емес</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>%1-жол (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) to register</source>
        <translation>
            <numerusform>Тіркеуге %n адам</numerusform>
            <numerusform>Тіркеуге %n адам</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MassIntakeSummary</name>
    <message>
        <source>Mass intake registered</source>
        <translation>Жаппай ұстау тіркелді</translation>
    </message>
    <message numerus="yes">
        <source>%n custody(ies) registered. The board shows only them until you choose Show everyone.</source>
        <translation>
            <numerusform>%n ұстау тіркелді. «Барлығын көрсету» басылғанша тақта тек соларды көрсетеді.</numerusform>
            <numerusform>%n ұстау тіркелді. «Барлығын көрсету» басылғанша тақта тек соларды көрсетеді.</numerusform>
        </translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Custody No.</source>
        <translation>Ұстау №</translation>
    </message>
    <message>
        <source>Group action for these people…</source>
        <translation>Осы адамдарға топтық әрекет…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>NamesakeBox</name>
    <message>
        <source>This person may already be in the register</source>
        <translation>Бұл адам тізілімде бұрыннан болуы мүмкін</translation>
    </message>
    <message>
        <source>Compare before going on: a custody opened for the wrong person follows them for years.</source>
        <translation>Жалғастырмас бұрын салыстырыңыз: басқа адамға ашылған ұстау оның соңынан жылдар бойы қалады.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Held before</source>
        <translation>Бұрын ұсталған</translation>
    </message>
    <message>
        <source>It is the selected person: open the custody for them</source>
        <translation>Бұл таңдалған адам: ұстауды соған ашу</translation>
    </message>
    <message>
        <source>None of them: this is a different person</source>
        <translation>Олардың ешқайсысы емес: бұл басқа адам</translation>
    </message>
    <message>
        <source>Being registered</source>
        <translation>Тіркелуде</translation>
    </message>
    <message>
        <source>In the register</source>
        <translation>Тізілімде</translation>
    </message>
    <message>
        <source>born ?</source>
        <translation>туған күні ?</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Known</source>
        <translation>Белгілі</translation>
    </message>
    <message>
        <source>%1: known</source>
        <translation>%1: белгілі</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <source>Search by name or identity document first; register a new person only if nobody matches.</source>
        <translation>Алдымен аты-жөні немесе құжаты бойынша іздеңіз; ешкім табылмаса ғана жаңа тұлғаны тіркеңіз.</translation>
    </message>
    <message>
        <source>Name or document number, then Enter</source>
        <translation>Аты-жөні немесе құжат нөмірі, содан кейін Enter</translation>
    </message>
    <message>
        <source>Find the person</source>
        <translation>Адамды іздеу</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Табылған адамдар</translation>
    </message>
    <message>
        <source>The person selected above</source>
        <translation>Жоғарыда таңдалған тұлға</translation>
    </message>
    <message>
        <source>A new person</source>
        <translation>Жаңа тұлға</translation>
    </message>
    <message>
        <source>— no estimate —</source>
        <translation>— болжам жоқ —</translation>
    </message>
    <message>
        <source>Only when the birth date is unknown: an estimate is kept as such, and the person is still treated as possibly a minor.</source>
        <translation>Туған күні белгісіз болғанда ғана: болжам болжам ретінде сақталады, ал адам бұрынғыша кәмелетке толмаған болуы мүмкін деп есептеледі.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <source>KZ, RU, UZ… or &apos;stateless&apos;; empty when unknown</source>
        <translation>KZ, RU, UZ… немесе &apos;stateless&apos; (азаматтығы жоқ); белгісіз болса, бос</translation>
    </message>
    <message>
        <source>kk ru</source>
        <translation>kk ru</translation>
    </message>
    <message>
        <source>— not stated —</source>
        <translation>— көрсетілмеген —</translation>
    </message>
    <message>
        <source>separate with ;</source>
        <translation>; белгісімен бөліңіз</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Т.А.Ә.</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>Аудармашы қажет</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Осалдығы (ерекше қажеттіліктер)</translation>
    </message>
    <message>
        <source>born ?</source>
        <translation>туған күні ?</translation>
    </message>
</context>
<context>
    <name>TextListEdit</name>
    <message>
        <source>Type a name and press Enter</source>
        <translation>Аты-жөнін енгізіп, Enter басыңыз</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>%1: added</source>
        <translation>%1: қосылғандар</translation>
    </message>
</context>
</TS>
