<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>ComplaintHistoryModel</name>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>Жаңа мерзім</translation>
    </message>
</context>
<context>
    <name>ComplaintTableModel</name>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Жауап мерзімі</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Ұстау</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Ill-treatment</source>
        <translation>Қатыгездік</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <source>⚠ overdue since %1</source>
        <translation>⚠ %1 бастап мерзімі өткен</translation>
    </message>
    <message>
        <source>%1 (answered late)</source>
        <translation>%1 (жауап кешігіп берілді)</translation>
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
    <name>Complaints</name>
    <message>
        <source>received</source>
        <translation>келіп түсті</translation>
    </message>
    <message>
        <source>taken up</source>
        <translation>қарауға алынды</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>жауап берілді</translation>
    </message>
    <message>
        <source>prosecutor</source>
        <translation>прокурор</translation>
    </message>
    <message>
        <source>Ombudsman</source>
        <translation>Адам құқықтары жөніндегі уәкіл</translation>
    </message>
    <message>
        <source>national preventive mechanism</source>
        <translation>ұлттық алдын алу тетігі</translation>
    </message>
    <message>
        <source>another body</source>
        <translation>басқа орган</translation>
    </message>
    <message>
        <source>deadline moved</source>
        <translation>мерзім ауыстырылды</translation>
    </message>
</context>
<context>
    <name>ComplaintsView</name>
    <message>
        <source>Complaints</source>
        <translation>Шағымдар</translation>
    </message>
    <message>
        <source>Show &amp;answered</source>
        <translation>Жауап берілгендерді к&amp;өрсету</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>Жаңа&amp;рту</translation>
    </message>
    <message>
        <source>&amp;Take up…</source>
        <translation>&amp;Қарауға алу…</translation>
    </message>
    <message>
        <source>A&amp;nswer…</source>
        <translation>Жауап &amp;беру…</translation>
    </message>
    <message>
        <source>Move the &amp;deadline…</source>
        <translation>&amp;Мерзімді ауыстыру…</translation>
    </message>
    <message>
        <source>What was done about the selected complaint</source>
        <translation>Таңдалған шағым бойынша не істелді</translation>
    </message>
    <message>
        <source>Refresh the complaints</source>
        <translation>Шағымдарды жаңарту</translation>
    </message>
    <message>
        <source>Comment (optional):</source>
        <translation>Түсініктеме (міндетті емес):</translation>
    </message>
    <message>
        <source>Take up the complaint</source>
        <translation>Шағымды қарауға алу</translation>
    </message>
    <message>
        <source>The answer given to the complainant (required):</source>
        <translation>Шағым берушіге берілген жауап (міндетті):</translation>
    </message>
    <message>
        <source>Answer the complaint</source>
        <translation>Шағымға жауап</translation>
    </message>
    <message>
        <source>Move the deadline for the answer</source>
        <translation>Жауап мерзімін ауыстыру</translation>
    </message>
    <message>
        <source>%1: %2, %3 (%4)</source>
        <translation>%1: %2, %3 (%4)</translation>
    </message>
</context>
<context>
    <name>ConfidentialFlagsView</name>
    <message>
        <source>Reprisal risk</source>
        <translation>Қудалау қаупі</translation>
    </message>
    <message>
        <source>People flagged at risk of reprisal (confidential: never shown to a facility&apos;s staff)</source>
        <translation>Қудалау қаупі бар деп белгіленген адамдар (құпия: мекеме қызметкерлеріне көрсетілмейді)</translation>
    </message>
    <message>
        <source>People flagged at risk of reprisal</source>
        <translation>Қудалау қаупі бар деп белгіленген адамдар</translation>
    </message>
    <message>
        <source>Flag a person</source>
        <translation>Адамды белгілеу</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>Таб&amp;у:</translation>
    </message>
    <message>
        <source>name or identity document</source>
        <translation>аты-жөні немесе жеке куәлік</translation>
    </message>
    <message>
        <source>Fin&amp;d</source>
        <translation>І&amp;здеу</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>А&amp;дам:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <source>F&amp;lag at risk of reprisal</source>
        <translation>Қудалау қаупін &amp;белгілеу</translation>
    </message>
    <message>
        <source>birth date unknown</source>
        <translation>туған күні белгісіз</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>Nobody found.</source>
        <translation>Ешкім табылмады.</translation>
    </message>
    <message>
        <source>%1 is flagged at risk of reprisal.</source>
        <translation>%1: қудалау қаупі белгіленді.</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>&amp;New deadline:</source>
        <translation>&amp;Жаңа мерзім:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Неге:</translation>
    </message>
</context>
<context>
    <name>FlagTableModel</name>
    <message>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Белгіленді</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
</TS>
