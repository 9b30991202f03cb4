<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>ApprehensionForm</name>
    <message>
        <location filename="../../ui/desktop/intake.py" line="198"/>
        <source>There is no video recording</source>
        <translation>Бейнежазба жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="201"/>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="215"/>
        <source>Enter the video reference, or tick &apos;There is no video recording&apos;.</source>
        <translation>Бейнежазбаның нөмірін енгізіңіз немесе «Бейнежазба жоқ» деп белгілеңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="222"/>
        <source>Say why there is no video recording.</source>
        <translation>Бейнежазбаның неге жоқ екенін жазыңыз.</translation>
    </message>
</context>
<context>
    <name>ApprehensionPage</name>
    <message>
        <location filename="../../ui/desktop/intake.py" line="237"/>
        <source>Apprehension</source>
        <translation>Нақты ұстау</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="238"/>
        <source>The actual moment of apprehension, on the local clock of the place — not the time of arrival or of this entry.</source>
        <translation>Ұсталған жердің жергілікті уақыты бойынша нақты ұстау сәті — жеткізу уақыты да, осы жазба уақыты да емес.</translation>
    </message>
</context>
<context>
    <name>ArrivalPage</name>
    <message>
        <location filename="../../ui/desktop/intake.py" line="261"/>
        <source>Arrival, rights and placement</source>
        <translation>Жеткізу, құқықтар және орналастыру</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="262"/>
        <source>Times are read on the clock of the facility of arrival. Untick what has not happened yet; record it later as an event.</source>
        <translation>Уақыт жеткізілген мекеменің сағаты бойынша көрсетіледі. Әлі болмаған нәрседен белгіні алып тастаңыз; оны кейін оқиға ретінде енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="265"/>
        <source>Register</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="273"/>
        <source>Rights explained now</source>
        <translation>Құқықтар қазір түсіндірілді</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="278"/>
        <source>Placed in a cell or room now</source>
        <translation>Қазір камераға немесе бөлмеге орналастырылды</translation>
    </message>
</context>
<context>
    <name>ClocksPage</name>
    <message>
        <location filename="../../ui/desktop/intake.py" line="309"/>
        <source>Registered: clocks started</source>
        <translation>Тіркелді: басталған мерзімдер</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="310"/>
        <source>The legal time limits the register now counts for this custody.</source>
        <translation>Тізілім осы ұстау үшін енді есептейтін заңдық мерзімдер.</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="329"/>
        <source>%1 is registered in custody %2.</source>
        <translation>%1 %2 ұстауында тіркелді.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/desktop/correction.py" line="46"/>
        <source>Correct an event</source>
        <translation>Оқиғаны түзету</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/correction.py" line="61"/>
        <source>The event should read:</source>
        <translation>Оқиға былай жазылуы тиіс:</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/correction.py" line="64"/>
        <source>Why the record was wrong, and how the truth is known</source>
        <translation>Жазба неге қате болды және шындық қайдан белгілі</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/correction.py" line="66"/>
        <source>Reason for the correction</source>
        <translation>Түзету негізі</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/correction.py" line="79"/>
        <source>As first recorded (this stays in the register):</source>
        <translation>Бастапқыда жазылғаны (тізілімде сақталады):</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/correction.py" line="84"/>
        <source>Recorded by %1 at %2</source>
        <translation>Енгізген: %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/correction.py" line="93"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/correction.py" line="93"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/correction.py" line="117"/>
        <source>Not allowed: %1</source>
        <translation>Рұқсат етілмейді: %1</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../ui/desktop/event_form.py" line="156"/>
        <source>Record an event</source>
        <translation>Оқиғаны енгізу</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/event_form.py" line="162"/>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/event_form.py" line="166"/>
        <source>* required</source>
        <translation>* міндетті</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/event_form.py" line="175"/>
        <source>There is no custody %1 in the register.</source>
        <translation>Тізілімде %1 ұстауы жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/event_form.py" line="190"/>
        <source>%1 — custody %2</source>
        <translation>%1 — %2 ұстауы</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/event_form.py" line="225"/>
        <source>Not allowed: %1</source>
        <translation>Рұқсат етілмейді: %1</translation>
    </message>
</context>
<context>
    <name>EventFieldsForm</name>
    <message>
        <location filename="../../ui/desktop/event_form.py" line="108"/>
        <source>— not stated —</source>
        <translation>— көрсетілмеген —</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/event_form.py" line="111"/>
        <location filename="../../ui/desktop/event_form.py" line="130"/>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../ui/desktop/fields.py" line="30"/>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="31"/>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="32"/>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="431"/>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="432"/>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <location filename="../../ui/desktop/intake.py" line="352"/>
        <source>New custody</source>
        <translation>Жаңа ұстау</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="379"/>
        <source>Not allowed: %1</source>
        <translation>Рұқсат етілмейді: %1</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../ui/desktop/fields.py" line="36"/>
        <source>Kazakh</source>
        <translation>қазақ тілі</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="37"/>
        <source>Russian</source>
        <translation>орыс тілі</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="38"/>
        <source>English</source>
        <translation>ағылшын тілі</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="39"/>
        <source>Uzbek</source>
        <translation>өзбек тілі</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="40"/>
        <source>Kyrgyz</source>
        <translation>қырғыз тілі</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="41"/>
        <source>Tajik</source>
        <translation>тәжік тілі</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="42"/>
        <source>Turkmen</source>
        <translation>түрікмен тілі</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="43"/>
        <source>Uyghur</source>
        <translation>ұйғыр тілі</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="44"/>
        <source>Azerbaijani</source>
        <translation>әзірбайжан тілі</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="45"/>
        <source>Turkish</source>
        <translation>түрік тілі</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="46"/>
        <source>Chinese</source>
        <translation>қытай тілі</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="47"/>
        <source>Ukrainian</source>
        <translation>украин тілі</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="48"/>
        <source>German</source>
        <translation>неміс тілі</translation>
    </message>
</context>
<context>
    <name>LocalDateTimeEdit</name>
    <message>
        <location filename="../../ui/desktop/fields.py" line="249"/>
        <source>Time given</source>
        <translation>Уақыт көрсетілген</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="261"/>
        <source>Time zone</source>
        <translation>Уақыт белдеуі</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="266"/>
        <source>Now</source>
        <translation>Қазір</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="267"/>
        <source>Set the current time (Ctrl+Shift+N)</source>
        <translation>Ағымдағы уақытты қою (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="268"/>
        <source>Set the current time</source>
        <translation>Ағымдағы уақытты қою</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="329"/>
        <source>not entered yet</source>
        <translation>әлі енгізілмеген</translation>
    </message>
</context>
<context>
    <name>MassIntakeDialog</name>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="71"/>
        <source>Mass intake</source>
        <translation>Жаппай ұстау</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="75"/>
        <source>Apprehension, shared by the whole group</source>
        <translation>Ұстау — бүкіл топқа ортақ</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="78"/>
        <source>Arrival, shared by the whole group</source>
        <translation>Жеткізу — бүкіл топқа ортақ</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="86"/>
        <location filename="../../ui/desktop/mass_intake.py" line="118"/>
        <source>Full name</source>
        <translation>Т.А.Ә.</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="86"/>
        <source>Born or age</source>
        <translation>Туған күні немесе жасы</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="86"/>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="96"/>
        <source>Remove selected row</source>
        <translation>Таңдалған жолды жою</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="97"/>
        <source>Register everyone (Ctrl+Enter)</source>
        <translation>Барлығын тіркеу (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="98"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="115"/>
        <source>Next person — Enter adds the row</source>
        <translation>Келесі адам — Enter жолды қосады</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="120"/>
        <source>YYYY-MM-DD or age</source>
        <translation>ЖЖЖЖ-АА-КК немесе жасы</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="124"/>
        <source>KZ… empty if unknown</source>
        <translation>KZ… белгісіз болса, бос</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="126"/>
        <source>kk ru</source>
        <translation>kk ru</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="177"/>
        <source>Add at least one person.</source>
        <translation>Кемінде бір адамды қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="180"/>
        <source>Enter the actual time of apprehension.</source>
        <translation>Нақты ұстау уақытын енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="217"/>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD or DD.MM.YYYY) or an age</source>
        <translation>«%1» — күн (ЖЖЖЖ-АА-КК немесе КК.АА.ЖЖЖЖ) те, жас та емес</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="245"/>
        <source>Not allowed: %1</source>
        <translation>Рұқсат етілмейді: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="268"/>
        <source>Row %1 (%2): %3</source>
        <translation>%1-жол (%2): %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/desktop/mass_intake.py" line="280"/>
        <source>%n person(s) to register</source>
        <translation>
            <numerusform>Тіркеуге %n адам</numerusform>
            <numerusform>Тіркеуге %n адам</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../ui/desktop/fields.py" line="351"/>
        <source>Known</source>
        <translation>Белгілі</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../ui/desktop/intake.py" line="82"/>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="83"/>
        <source>Search by name or identity document first; register a new person only if nobody matches.</source>
        <translation>Алдымен аты-жөні немесе құжаты бойынша іздеңіз; ешкім табылмаса ғана жаңа тұлғаны тіркеңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="87"/>
        <source>Name or document number, then Enter</source>
        <translation>Аты-жөні немесе құжат нөмірі, содан кейін Enter</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="92"/>
        <source>The person selected above</source>
        <translation>Жоғарыда таңдалған тұлға</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="93"/>
        <source>A new person</source>
        <translation>Жаңа тұлға</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="104"/>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="106"/>
        <source>KZ, RU, UZ… or &apos;stateless&apos;; empty when unknown</source>
        <translation>KZ, RU, UZ… немесе &apos;stateless&apos; (азаматтығы жоқ); белгісіз болса, бос</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="108"/>
        <source>kk ru</source>
        <translation>kk ru</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="109"/>
        <source>— not stated —</source>
        <translation>— көрсетілмеген —</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="112"/>
        <source>separate with ;</source>
        <translation>; белгісімен бөліңіз</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="114"/>
        <source>Full name</source>
        <translation>Т.А.Ә.</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="116"/>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="119"/>
        <source>Needs an interpreter</source>
        <translation>Аудармашы қажет</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="121"/>
        <source>Vulnerabilities</source>
        <translation>Осалдығы (ерекше қажеттіліктер)</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="141"/>
        <source>born ?</source>
        <translation>туған күні ?</translation>
    </message>
</context>
<context>
    <name>TextListEdit</name>
    <message>
        <location filename="../../ui/desktop/fields.py" line="383"/>
        <source>Type a name and press Enter</source>
        <translation>Аты-жөнін енгізіп, Enter басыңыз</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="384"/>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="386"/>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
</context>
</TS>
