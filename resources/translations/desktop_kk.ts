<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Detention Register</source>
        <translation>«Ұсталғандар тізілімі» бағдарламасы туралы</translation>
    </message>
    <message>
        <source>Detention Register</source>
        <translation>Ұсталғандар тізілімі</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Нұсқа %1</translation>
    </message>
    <message>
        <source>The register of people deprived of their liberty, with the legal time limits of each custody counted live.</source>
        <translation>Бостандығынан айырылған адамдардың тізілімі: әр ұстаудың заңдық мерзімдері нақты уақытта есептеледі.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or any later version (%1). It comes with no warranty.</source>
        <translation>GNU General Public License лицензиясының 3-нұсқасы немесе кез келген кейінгі нұсқасы (%1) бойынша еркін бағдарлама. Ешқандай кепілдіксіз беріледі.</translation>
    </message>
    <message>
        <source>Source code: %1</source>
        <translation>Бастапқы код: %1</translation>
    </message>
</context>
<context>
    <name>AlarmBanner</name>
    <message>
        <source>ALARM: %1</source>
        <translation>ДАБЫЛ: %1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Detention Register</source>
        <translation>Ұсталғандар тізілімі</translation>
    </message>
    <message>
        <source>The register could not be opened.

%1</source>
        <translation>Тізілімді ашу мүмкін болмады.

%1</translation>
    </message>
    <message>
        <source>An unexpected error occurred. Check that what you were doing was recorded before you continue.

The details could not be written to a log file.</source>
        <translation>Күтпеген қате орын алды. Жалғастырмас бұрын, істеп жатқан ісіңіздің тіркелгенін тексеріңіз.

Толығырақ мәліметті журналға жазу мүмкін болмады.</translation>
    </message>
    <message>
        <source>An unexpected error occurred. Check that what you were doing was recorded before you continue.

The details were written to:
%1
Give this file to your administrator.</source>
        <translation>Күтпеген қате орын алды. Жалғастырмас бұрын, істеп жатқан ісіңіздің тіркелгенін тексеріңіз.

Толығырақ мәлімет мына файлға жазылды:
%1
Бұл файлды әкімшіге беріңіз.</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Something went wrong that the register did not expect (%1). The details are in the log.</source>
        <translation>Тізілім күтпеген жағдай орын алды (%1). Толығырақ журналда жазылған.</translation>
    </message>
    <message>
        <source>%1 did not succeed.

%2</source>
        <translation>%1: орындалмады.

%2</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>AGE UNKNOWN</source>
        <translation>ЖАСЫ БЕЛГІСІЗ</translation>
    </message>
    <message>
        <source>MINOR</source>
        <translation>КӘМЕЛЕТКЕ ТОЛМАҒАН</translation>
    </message>
    <message>
        <source>FOREIGN</source>
        <translation>ШЕТЕЛДІК</translation>
    </message>
    <message>
        <source>AGE UNKNOWN ~%1</source>
        <translation>ЖАСЫ БЕЛГІСІЗ ~%1</translation>
    </message>
    <message>
        <source>Vulnerabilities: %1</source>
        <translation>Осалдығы: %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>In custody for</source>
        <translation>Ұстауда болғаны</translation>
    </message>
    <message>
        <source>Legal clocks</source>
        <translation>Заңдық мерзімдер</translation>
    </message>
    <message>
        <source>Custody No. %1</source>
        <translation>Ұстау № %1</translation>
    </message>
    <message>
        <source>in transit</source>
        <translation>жолда</translation>
    </message>
    <message>
        <source>Apprehended %1</source>
        <translation>Ұсталды: %1</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Назар</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message numerus="yes">
        <source>%n in custody</source>
        <translation>
            <numerusform>%n адам ұстауда</numerusform>
            <numerusform>%n адам ұстауда</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>&amp;Мекеме:</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>Барлық мекемелер</translation>
    </message>
    <message numerus="yes">
        <source>Showing only the %n people just registered</source>
        <translation>
            <numerusform>Жаңа ғана тіркелген %n адам ғана көрсетілген</numerusform>
            <numerusform>Жаңа ғана тіркелген %n адам ғана көрсетілген</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name, document or custody No. (Ctrl+F)</source>
        <translation>Аты, құжаты немесе ұстау нөмірі бойынша сүзу (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter the board</source>
        <translation>Тақтаны сүзу</translation>
    </message>
    <message>
        <source>Age unknown only</source>
        <translation>Жасы белгісіздер ғана</translation>
    </message>
    <message>
        <source>People whose birth date is not established: establish their identity first</source>
        <translation>Туған күні анықталмаған адамдар: алдымен олардың жеке басын анықтаңыз</translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation>Барлығын көрсету</translation>
    </message>
    <message>
        <source>Custodies held</source>
        <translation>Ұсталғандар</translation>
    </message>
</context>
<context>
    <name>ClockChips</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 тәул %2 сағ</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 сағ %2 мин</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 қалды</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>бұзылды</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 кешікті</translation>
    </message>
    <message>
        <source>%1
Due: %2</source>
        <translation>%1
Мерзімі: %2</translation>
    </message>
</context>
<context>
    <name>FacilityDialog</name>
    <message>
        <source>Police station</source>
        <translation>Полиция бөлімі</translation>
    </message>
    <message>
        <source>Temporary detention facility (IVS)</source>
        <translation>Уақытша ұстау изоляторы (УҰИ)</translation>
    </message>
    <message>
        <source>Pre-trial detention centre (SIZO)</source>
        <translation>Тергеу изоляторы (ТИ)</translation>
    </message>
    <message>
        <source>Special holding centre</source>
        <translation>Арнаулы қабылдау орны</translation>
    </message>
    <message>
        <source>Reception and distribution centre</source>
        <translation>Қабылдау-тарату орны</translation>
    </message>
    <message>
        <source>National Security Committee facility</source>
        <translation>ҰҚК мекемесі</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Аурухана</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Көлік құралы</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>Add a facility</source>
        <translation>Мекеме қосу</translation>
    </message>
    <message>
        <source>e.g. IVS-ALM-01, as in the national facility list</source>
        <translation>мысалы, IVS-ALM-01, ұлттық мекемелер тізіміндегідей</translation>
    </message>
    <message>
        <source>Yes, an official place of detention</source>
        <translation>Иә, ресми ұстау орны</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <source>Not a designated place: every custody held here raises an alert (irregular place of detention).</source>
        <translation>Ресми ұстау орны емес: мұнда ұсталған әрбір адам туралы ескерту шығады (тиісті емес ұстау орны).</translation>
    </message>
    <message>
        <source>An IANA time zone; another one may be typed, e.g. Europe/Moscow</source>
        <translation>IANA уақыт белдеуі; басқасын да енгізуге болады, мысалы Europe/Moscow</translation>
    </message>
    <message>
        <source>Facility &amp;id</source>
        <translation>Мекеме &amp;идентификаторы</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Атауы</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Түрі</translation>
    </message>
    <message>
        <source>&amp;Designated place of detention</source>
        <translation>&amp;Ресми ұстау орны</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Уақыт белдеуі</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Өңір</translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation>&amp;Ведомство</translation>
    </message>
    <message>
        <source>Addr&amp;ess</source>
        <translation>&amp;Мекенжайы</translation>
    </message>
    <message>
        <source>Tele&amp;phone</source>
        <translation>Теле&amp;фоны</translation>
    </message>
    <message>
        <source>Say whether this is a designated place of detention.</source>
        <translation>Бұл ресми ұстау орны ма, жоқ па — көрсетіңіз.</translation>
    </message>
    <message>
        <source>Not a known IANA time zone; choose one of the list or type e.g. Asia/Almaty.</source>
        <translation>Белгісіз IANA уақыт белдеуі; тізімнен таңдаңыз немесе, мысалы, Asia/Almaty деп енгізіңіз.</translation>
    </message>
    <message>
        <source>A facility with this id is already in the register.</source>
        <translation>Мұндай идентификаторы бар мекеме тізілімде бұрыннан бар.</translation>
    </message>
</context>
<context>
    <name>FirstStepsPanel</name>
    <message>
        <source>The register is empty</source>
        <translation>Тізілім бос</translation>
    </message>
    <message>
        <source>1. Ask an administrator to add your facility to the register.</source>
        <translation>1. Әкімшіден мекемеңізді тізілімге қосуды сұраңыз.</translation>
    </message>
    <message>
        <source>2. Record the first person brought in: New intake (Ctrl+N).</source>
        <translation>2. Алғашқы жеткізілген адамды тіркеңіз: Жаңа қабылдау (Ctrl+N).</translation>
    </message>
    <message>
        <source>To try the application first, open a separate demo register: “detention-register --db sqlite:///demo.db demo”, then “detention-register --db sqlite:///demo.db gui”.</source>
        <translation>Бағдарламаны алдымен байқап көру үшін бөлек демо тізілімді ашыңыз: «detention-register --db sqlite:///demo.db demo», содан кейін «detention-register --db sqlite:///demo.db gui».</translation>
    </message>
    <message>
        <source>&amp;New intake…</source>
        <translation>&amp;Жаңа қабылдау…</translation>
    </message>
    <message>
        <source>1. Add your facilities one by one below, or import the facility list you received: on this station, run “detention-register import FILE” (JSON Lines).</source>
        <translation>1. Мекемелерді төмендегі батырмамен бір-бірден қосыңыз немесе алған мекемелер тізімін импорттаңыз: осы станцияда «detention-register import ФАЙЛ» командасын орындаңыз (JSON Lines).</translation>
    </message>
    <message>
        <source>Add a &amp;facility…</source>
        <translation>&amp;Мекеме қосу…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>duty officer</source>
        <translation>кезекші</translation>
    </message>
    <message>
        <source>investigator</source>
        <translation>тергеуші</translation>
    </message>
    <message>
        <source>medical staff</source>
        <translation>медицина қызметкері</translation>
    </message>
    <message>
        <source>prosecutor</source>
        <translation>прокурор</translation>
    </message>
    <message>
        <source>monitor</source>
        <translation>бақылаушы</translation>
    </message>
    <message>
        <source>registrar</source>
        <translation>тіркеуші</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>әкімші</translation>
    </message>
    <message>
        <source>whereabouts desk</source>
        <translation>анықтама қызметі</translation>
    </message>
    <message>
        <source>station operator</source>
        <translation>станция операторы</translation>
    </message>
    <message>
        <source>Refresh the board</source>
        <translation>Тақтаны жаңарту</translation>
    </message>
    <message>
        <source>Select the people on the board first (Shift or Ctrl with a click, or Shift with the arrows).</source>
        <translation>Алдымен тақтадан адамдарды таңдаңыз (Shift не Ctrl басып тұрып шерту, не Shift пен көрсеткілер).</translation>
    </message>
    <message>
        <source>Save the timeline as PDF</source>
        <translation>Хронологияны PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>Timeline of custody %1 written to %2</source>
        <translation>%1 ұстау хронологиясы %2 файлына жазылды</translation>
    </message>
    <message>
        <source>Judge the board again</source>
        <translation>Тақтаны қайта бағалау</translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation>Тізбекті тексеру</translation>
    </message>
    <message>
        <source>Checking the chain: %1 of %2 records…</source>
        <translation>Тізбек тексерілуде: %2 жазбаның %1…</translation>
    </message>
    <message numerus="yes">
        <source>The rule profile has changed: %n custodies judged again</source>
        <translation>
            <numerusform>Ережелер өзгерді: %n ұстау қайта бағаланды</numerusform>
            <numerusform>Ережелер өзгерді: %n ұстау қайта бағаланды</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain: not checked yet</source>
        <translation>Тізбек: әлі тексерілмеді</translation>
    </message>
    <message>
        <source>Chain: %1 records, %2 of them verified</source>
        <translation>Тізбек: %1 жазба, оның %2 тексерілді</translation>
    </message>
    <message>
        <source>Chain verified: %1 records</source>
        <translation>Тізбек тексерілді: %1 жазба</translation>
    </message>
    <message>
        <source>CHAIN BROKEN: %1</source>
        <translation>ТІЗБЕК БҰЗЫЛДЫ: %1</translation>
    </message>
    <message>
        <source>Detention Register</source>
        <translation>Ұсталғандар тізілімі</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Тізілім</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Негізгі құралдар тақтасы</translation>
    </message>
    <message>
        <source>&amp;New intake…</source>
        <translation>&amp;Жаңа қабылдау…</translation>
    </message>
    <message>
        <source>&amp;Mass intake…</source>
        <translation>Жапп&amp;ай қабылдау…</translation>
    </message>
    <message>
        <source>&amp;Group action for the selected people…</source>
        <translation>Таңдалғандарға топтық ә&amp;рекет…</translation>
    </message>
    <message>
        <source>&amp;Print timeline…</source>
        <translation>Хронологияны &amp;басып шығару…</translation>
    </message>
    <message>
        <source>&amp;Filter the board</source>
        <translation>Тақтаны &amp;сүзу</translation>
    </message>
    <message>
        <source>&amp;Search the register</source>
        <translation>Тізілімнен &amp;іздеу</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>Тізбекті &amp;тексеру</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ба&amp;ғдарламаны жабу</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>&amp;Қараңғы тақырып</translation>
    </message>
    <message>
        <source>&amp;About Detention Register</source>
        <translation>«Ұсталғандар тізілімі» &amp;туралы</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt туралы</translation>
    </message>
    <message>
        <source>Custody board</source>
        <translation>Ұсталғандар тақтасы</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Ескертулер</translation>
    </message>
    <message>
        <source>Whereabouts</source>
        <translation>Орналасқан жері</translation>
    </message>
    <message>
        <source>Who is held</source>
        <translation>Кім ұсталуда</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Есептік жазбалар</translation>
    </message>
    <message>
        <source>Register: %1</source>
        <translation>Тізілім: %1</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Пайдаланушы: %1 (%2)</translation>
    </message>
    <message>
        <source>Add a &amp;facility…</source>
        <translation>&amp;Мекеме қосу…</translation>
    </message>
    <message>
        <source>Facility %1 added to the register</source>
        <translation>%1 мекемесі тізілімге қосылды</translation>
    </message>
    <message>
        <source>Checking the chain…</source>
        <translation>Тізбек тексерілуде…</translation>
    </message>
    <message>
        <source>Chain not checked: %1</source>
        <translation>Тізбек тексерілмеді: %1</translation>
    </message>
    <message>
        <source>Record an &amp;event…</source>
        <translation>Оқиғаны &amp;енгізу…</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <source>Writing %1…</source>
        <translation>%1 жазылуда…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <source>Custody No.</source>
        <translation>Ұстау №</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <source>Apprehended</source>
        <translation>Ұсталған уақыты</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>released %1</source>
        <translation>босатылды %1</translation>
    </message>
    <message>
        <source>in custody</source>
        <translation>ұстауда</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message numerus="yes">
        <source>%n custodies found</source>
        <translation>
            <numerusform>%n ұстау табылды</numerusform>
            <numerusform>%n ұстау табылды</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Name, document or custody No.:</source>
        <translation>Аты, &amp;құжаты немесе ұстау №:</translation>
    </message>
    <message>
        <source>e.g. Петров, N1234567 or a custody No.</source>
        <translation>мысалы, Петров, N1234567 немесе ұстау №</translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>&amp;Мекеме:</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>Барлық мекемелер</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>К&amp;үйі:</translation>
    </message>
    <message>
        <source>Everyone, held or released</source>
        <translation>Барлығы: ұсталғандар мен босатылғандар</translation>
    </message>
    <message>
        <source>In custody now</source>
        <translation>Қазір ұстауда</translation>
    </message>
    <message>
        <source>Apprehended from</source>
        <translation>Ұсталған күні, бастап</translation>
    </message>
    <message>
        <source>until</source>
        <translation>дейін</translation>
    </message>
    <message>
        <source>Minors only</source>
        <translation>Тек кәмелетке толмағандар</translation>
    </message>
    <message>
        <source>Foreign nationals only</source>
        <translation>Тек шетел азаматтары</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <source>Apprehended until</source>
        <translation>Ұсталған күні, дейін</translation>
    </message>
    <message>
        <source>Custodies found</source>
        <translation>Табылған ұстаулар</translation>
    </message>
</context>
<context>
    <name>TimeAxis</name>
    <message>
        <source>Where</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <source>now</source>
        <translation>қазір</translation>
    </message>
    <message>
        <source>%1
Arrived: %2</source>
        <translation>%1
Жеткізілді: %2</translation>
    </message>
    <message>
        <source>%1
Started: %2
Due: %3
Status: %4</source>
        <translation>%1
Басталды: %2
Мерзімі: %3
Күйі: %4</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Time (local)</source>
        <translation>Уақыты (жергілікті)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Мәліметтер</translation>
    </message>
    <message>
        <source>Recorded by, when</source>
        <translation>Кім, қашан енгізді</translation>
    </message>
    <message>
        <source>originally %1</source>
        <translation>бастапқыда %1</translation>
    </message>
    <message>
        <source>CORRECTED</source>
        <translation>ТҮЗЕТІЛДІ</translation>
    </message>
    <message>
        <source>LATE ENTRY: recorded %1 after the event</source>
        <translation>КЕШ ЕНГІЗІЛГЕН ЖАЗБА: оқиғадан %1 кейін енгізілді</translation>
    </message>
    <message>
        <source>(originally: %1)</source>
        <translation>(бастапқыда: %1)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Ереже</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>There is no custody %1 in the register.</source>
        <translation>Тізілімде %1 ұстауы жоқ.</translation>
    </message>
    <message>
        <source>&amp;Correct selected event…</source>
        <translation>Таңдалған оқиғаны тү&amp;зету…</translation>
    </message>
    <message>
        <source>MINOR</source>
        <translation>КӘМЕЛЕТКЕ ТОЛМАҒАН</translation>
    </message>
    <message>
        <source>FOREIGN NATIONAL</source>
        <translation>ШЕТЕЛ АЗАМАТЫ</translation>
    </message>
    <message>
        <source>Custody No. %1</source>
        <translation>Ұстау № %1</translation>
    </message>
    <message>
        <source>Age at apprehension: %1</source>
        <translation>Ұсталған кездегі жасы: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <source>unknown (estimated ~%1)</source>
        <translation>белгісіз (болжаммен ~%1)</translation>
    </message>
    <message>
        <source>Citizenship: %1</source>
        <translation>Азаматтығы: %1</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Тілдері: %1</translation>
    </message>
    <message>
        <source>Vulnerabilities: %1</source>
        <translation>Осалдығы: %1</translation>
    </message>
    <message>
        <source>Apprehended: %1</source>
        <translation>Ұсталды: %1</translation>
    </message>
    <message>
        <source>Released: %1</source>
        <translation>Босатылды: %1</translation>
    </message>
    <message>
        <source>Now at: %1</source>
        <translation>Қазір: %1</translation>
    </message>
    <message>
        <source>Now: in transit</source>
        <translation>Қазір: жолда</translation>
    </message>
    <message>
        <source>Record an &amp;event…</source>
        <translation>Оқиғаны &amp;енгізу…</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <source>Legal clocks</source>
        <translation>Заңдық мерзімдер</translation>
    </message>
</context>
<context>
    <name>VerifyEvidenceDialog</name>
    <message>
        <source>Verify a printout or an export</source>
        <translation>Басылымды немесе экспортты тексеру</translation>
    </message>
    <message>
        <source>Scan the QR code of a printed timeline into the box below (a scanner types it in), or type its text; or open a one-custody export file. The check uses the register&apos;s proofs and what this desk has witnessed, never the register&apos;s word. A long timeline carries several numbered codes: scan every one of them, in any order.</source>
        <translation>Басып шығарылған хронологияның QR-кодын төмендегі өріске сканерлеңіз (сканер оны мәтін ретінде енгізеді) немесе мәтінін қолмен теріңіз; не бір ұстаудың экспорт файлын ашыңыз. Тексеру тізілімнің сөзіне емес, оның дәлелдеріне және осы жұмыс орны куә болған деректерге сүйенеді. Ұзын хронологияда бірнеше нөмірленген код болады: олардың әрқайсысын кез келген ретпен сканерлеңіз.</translation>
    </message>
    <message>
        <source>The QR code&apos;s text: the register&apos;s signed checkpoint and the list of printed records</source>
        <translation>QR-код мәтіні: тізілімнің қол қойылған бақылау нүктесі және басылған жазбалар тізімі</translation>
    </message>
    <message>
        <source>Check the QR text</source>
        <translation>QR мәтінін тексеру</translation>
    </message>
    <message>
        <source>Open an export file…</source>
        <translation>Экспорт файлын ашу…</translation>
    </message>
    <message>
        <source>Open an export file</source>
        <translation>Экспорт файлын ашу</translation>
    </message>
    <message>
        <source>Exports (*.jsonl *.json *.txt);;All files (*)</source>
        <translation>Экспорттар (*.jsonl *.json *.txt);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <source>It is not signed by this register&apos;s key: it was not printed or exported from this register, or its code or header was altered.</source>
        <translation>Бұған осы тізілімнің кілтімен қол қойылмаған: құжат осы тізілімнен басылмаған не экспортталмаған, немесе оның коды не тақырыбы өзгертілген.</translation>
    </message>
    <message>
        <source>It does not match the register:</source>
        <translation>Тізілімге сәйкес келмейді:</translation>
    </message>
    <message>
        <source>Intact and part of the register as witnessed on %1.</source>
        <translation>Өзгертілмеген және %1 куәландырылған тізілімнің бөлігі.</translation>
    </message>
    <message>
        <source>Intact: every record matches its hash and the chain links them.</source>
        <translation>Өзгертілмеген: әр жазба өз хэшіне сәйкес, тізбек оларды байланыстырады.</translation>
    </message>
    <message>
        <source>Custody %1, %2 records, checkpoint of %3 entries.</source>
        <translation>Ұстау %1, жазбалар саны: %2, бақылау нүктесі: %3 жазба.</translation>
    </message>
</context>
<context>
    <name>Witness</name>
    <message>
        <source>event</source>
        <translation>оқиға</translation>
    </message>
    <message>
        <source>custody</source>
        <translation>ұстау</translation>
    </message>
    <message>
        <source>person</source>
        <translation>тұлға</translation>
    </message>
    <message>
        <source>facility</source>
        <translation>мекеме</translation>
    </message>
    <message>
        <source>The register now signs its checkpoints with a key this desk never saw it use (at %1 entries): it may have been rebuilt from a copy.</source>
        <translation>Тізілім енді бақылау нүктелеріне осы жұмыс орны бұрын ешқашан көрмеген кілтпен қол қояды (%1 жазбада): ол көшірмеден қайта құрылған болуы мүмкін.</translation>
    </message>
    <message>
        <source>The register&apos;s history is no longer an extension of what this desk saw: its first %1 entries, seen on %2, are not the history it shows now (%3 entries). Someone changed, removed or re-hashed records the register had.</source>
        <translation>Тізілім тарихы енді осы жұмыс орны көргеннің жалғасы емес: оның %2 көрілген алғашқы %1 жазбасы қазір көрсетіп отырған тарихымен (%3 жазба) сәйкес келмейді. Біреу тізілімдегі жазбаларды өзгерткен, жойған немесе хэштерін қайта есептеген.</translation>
    </message>
    <message>
        <source>Its first %1 entries still agree with what this desk saw.</source>
        <translation>Оның алғашқы %1 жазбасы осы жұмыс орны көргенмен әлі де сәйкес келеді.</translation>
    </message>
    <message>
        <source>This is not the text of a printed timeline&apos;s QR code: %1.</source>
        <translation>Бұл басып шығарылған хронологияның QR-коды мәтіні емес: %1.</translation>
    </message>
    <message>
        <source>The file is not an export of the register: %1.</source>
        <translation>Файл тізілімнің экспорты емес: %1.</translation>
    </message>
    <message>
        <source>The register holds %1 %2 (chain No. %3) of this custody, which the printout does not list.</source>
        <translation>Тізілімде осы ұстаудың %1 %2 (тізбектегі № %3) жазбасы бар, ол басылымда жоқ.</translation>
    </message>
    <message>
        <source>Chain No. %1 of the printout is no longer in the register.</source>
        <translation>Басылымдағы тізбектің № %1 жазбасы енді тізілімде жоқ.</translation>
    </message>
    <message>
        <source>Chain No. %1 (%2 %3) is not the record the printout shows (hash %4…): it was changed after printing.</source>
        <translation>Тізбектегі № %1 (%2 %3) басылымдағы жазба емес (хэш %4…): ол басып шығарылғаннан кейін өзгертілген.</translation>
    </message>
    <message>
        <source>Chain No. %1 (%2 %3) no longer carries the printed hash (%4…): a record before it was changed, or this one was.</source>
        <translation>Тізбектегі № %1 (%2 %3) енді басылған хэшті алып жүрмейді (%4…): одан бұрынғы жазба немесе оның өзі өзгертілген.</translation>
    </message>
    <message>
        <source>Verify a printout or an export…</source>
        <translation>Басылымды немесе экспортты тексеру…</translation>
    </message>
    <message>
        <source>Check the register against what this desk witnessed</source>
        <translation>Тізілімді осы жұмыс орны куә болған деректермен салыстыру</translation>
    </message>
    <message>
        <source>The register&apos;s history was rewritten</source>
        <translation>Тізілім тарихы қайта жазылған</translation>
    </message>
    <message>
        <source>The register&apos;s own chain check may still say it is intact: whoever rewrites history recomputes every hash. Do not rely on the register&apos;s records up to that size. Keep this computer&apos;s witness file, %1, and report this to the prosecutor&apos;s office and the national preventive mechanism.</source>
        <translation>Тізілімнің өз тізбегін тексеруі оны әлі де бүтін деп көрсетуі мүмкін: тарихты қайта жазған адам барлық хэштерді қайта есептейді. Тізілімнің осы көлемге дейінгі жазбаларына сенбеңіз. Осы компьютердегі куә файлын (%1) сақтаңыз және бұл туралы прокуратураға және ұлттық алдын алу тетігіне хабарлаңыз.</translation>
    </message>
</context>
</TS>
