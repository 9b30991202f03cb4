<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>AlertHistoryModel</name>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="161"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="161"/>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="161"/>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="161"/>
        <source>Comment</source>
        <translation>Түсініктеме</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="161"/>
        <source>Referred to</source>
        <translation>Кімге жіберілді</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="162"/>
        <source>Reference</source>
        <translation>Шығыс нөмірі</translation>
    </message>
</context>
<context>
    <name>AlertInbox</name>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="36"/>
        <source>open</source>
        <translation>ашық</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="37"/>
        <location filename="../../ui/desktop/alerts.py" line="42"/>
        <source>acknowledged</source>
        <translation>жұмысқа алынды</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="38"/>
        <location filename="../../ui/desktop/alerts.py" line="43"/>
        <source>referred</source>
        <translation>жіберілді</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="39"/>
        <location filename="../../ui/desktop/alerts.py" line="44"/>
        <source>closed</source>
        <translation>жабылды</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="329"/>
        <source>&amp;Facility:</source>
        <translation>&amp;Мекеме:</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="330"/>
        <source>&amp;Rule:</source>
        <translation>&amp;Ереже:</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="331"/>
        <source>Opened more than:</source>
        <translation>Ашылғанына кемінде:</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="332"/>
        <source> h ago</source>
        <translation> сағ болды</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="333"/>
        <source>any time</source>
        <translation>кез келген уақытта</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="334"/>
        <source>&amp;Minors</source>
        <translation>&amp;Кәмелетке толмағандар</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="335"/>
        <source>F&amp;oreign nationals</source>
        <translation>&amp;Шетелдіктер</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="336"/>
        <source>Show c&amp;losed</source>
        <translation>&amp;Жабылғандарды көрсету</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="337"/>
        <source>R&amp;efresh</source>
        <translation>Жаң&amp;арту</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="338"/>
        <source>&amp;Acknowledge…</source>
        <translation>Жұмысқа &amp;алу…</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="339"/>
        <source>Re&amp;fer…</source>
        <translation>Жі&amp;беру…</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="340"/>
        <source>&amp;Close…</source>
        <translation>Жа&amp;бу…</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="341"/>
        <source>History of the selected alert</source>
        <translation>Таңдалған ескертудің тарихы</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="342"/>
        <source>All facilities</source>
        <translation>Барлық мекемелер</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="343"/>
        <source>All rules</source>
        <translation>Барлық ережелер</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="418"/>
        <source>Acknowledge the alert</source>
        <translation>Ескертуді жұмысқа алу</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="418"/>
        <source>Comment (optional):</source>
        <translation>Түсініктеме (міндетті емес):</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="429"/>
        <source>Close the alert</source>
        <translation>Ескертуді жабу</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="429"/>
        <source>Why is the alert closed? (required)</source>
        <translation>Ескерту неге жабылады? (міндетті)</translation>
    </message>
</context>
<context>
    <name>AlertTableModel</name>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="90"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="90"/>
        <source>Rule</source>
        <translation>Ереже</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="90"/>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="90"/>
        <source>Custody</source>
        <translation>Ұстау</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="90"/>
        <source>Facility</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="91"/>
        <source>Became a problem</source>
        <translation>Бұзушылық басталды</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="91"/>
        <source>Open for</source>
        <translation>Ашық тұрғаны</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="91"/>
        <source>Minor / foreign</source>
        <translation>Кәмелетке толмаған / шетелдік</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="104"/>
        <source>Nobody has acknowledged it within %1 min.</source>
        <translation>Оны ешкім %1 минут ішінде жұмысқа алмады.</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="128"/>
        <source>not delivered</source>
        <translation>жеткізілмеген</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="133"/>
        <source>minor</source>
        <translation>кәмелетке толмаған</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="133"/>
        <source>foreign</source>
        <translation>шетелдік</translation>
    </message>
</context>
<context>
    <name>HeldListModel</name>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="45"/>
        <source>Location</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="45"/>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="45"/>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="45"/>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="45"/>
        <source>Custody</source>
        <translation>Ұстау</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="46"/>
        <source>Apprehended</source>
        <translation>Ұсталды</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="46"/>
        <source>Problems</source>
        <translation>Бұзушылықтар</translation>
    </message>
</context>
<context>
    <name>HeldListView</name>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="125"/>
        <source>&amp;Facility:</source>
        <translation>&amp;Мекеме:</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="126"/>
        <source>&amp;At:</source>
        <translation>&amp;Уақыты:</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="127"/>
        <source>&amp;Now</source>
        <translation>&amp;Қазір</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="128"/>
        <source>&amp;Show who was there</source>
        <translation>Онда &amp;кім болғанын көрсету</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="129"/>
        <source>&amp;Language:</source>
        <translation>&amp;Тілі:</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="130"/>
        <source>&amp;Print PDF…</source>
        <translation>PDF-ке &amp;басып шығару…</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="186"/>
        <source>Choose a facility and an instant, then show who the register placed there.</source>
        <translation>Мекеме мен уақытты таңдап, тізілім бойынша онда кім болғанын көрсетіңіз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/desktop/held_list.py" line="188"/>
        <source>%n person(s) at %1 on %2</source>
        <translation>
            <numerusform>«%1» мекемесінде %2 кезінде %n адам</numerusform>
            <numerusform>«%1» мекемесінде %2 кезінде %n адам</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="201"/>
        <source>Save the held list</source>
        <translation>Ұсталғандар тізімін сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="201"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="205"/>
        <source>Saved to %1</source>
        <translation>Сақталды: %1</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="203"/>
        <source>Refer the alert</source>
        <translation>Ескертуді жіберу</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="211"/>
        <source>&amp;To whom:</source>
        <translation>&amp;Кімге:</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="212"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Шығыс нөмірі:</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="213"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Түсініктеме:</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/desktop/reports.py" line="151"/>
        <source>Oversight report for a period</source>
        <translation>Кезеңдегі қадағалау есебі</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="152"/>
        <source>&amp;From:</source>
        <translation>&amp;Басы:</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="153"/>
        <source>&amp;To (inclusive):</source>
        <translation>&amp;Соңы (қоса алғанда):</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="154"/>
        <source>F&amp;acilities:</source>
        <translation>&amp;Мекемелер:</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="155"/>
        <source>&amp;Language:</source>
        <translation>&amp;Тілі:</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="156"/>
        <source>Report as &amp;PDF…</source>
        <translation>Есеп &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="157"/>
        <source>Figures as &amp;CSV…</source>
        <translation>Деректер &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="158"/>
        <source>One custody</source>
        <translation>Бір ұстау</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="159"/>
        <source>C&amp;ustody:</source>
        <translation>&amp;Ұстау:</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="160"/>
        <source>custody id, e.g. C-1</source>
        <translation>ұстау нөмірі, мысалы C-1</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="161"/>
        <source>Lan&amp;guage of the timeline:</source>
        <translation>&amp;Хронология тілі:</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="162"/>
        <source>Print the &amp;timeline…</source>
        <translation>&amp;Хронологияны басып шығару…</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="163"/>
        <source>Cop&amp;y for the detainee or the lawyer…</source>
        <translation>Ұсталған адамға немесе қорғаушыға &amp;көшірме…</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="164"/>
        <source>&amp;Rights notice…</source>
        <translation>Құқықтар туралы &amp;жадынама…</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="185"/>
        <source>Save the oversight report</source>
        <translation>Қадағалау есебін сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="186"/>
        <location filename="../../ui/desktop/reports.py" line="250"/>
        <location filename="../../ui/desktop/reports.py" line="262"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="195"/>
        <source>Save the oversight figures</source>
        <translation>Есеп деректерін сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="196"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="224"/>
        <source>No such custody in the register.</source>
        <translation>Тізілімде мұндай ұстау жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="227"/>
        <source>%1; understands: %2</source>
        <translation>%1; түсінетін тілдері: %2</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="250"/>
        <source>Save the timeline</source>
        <translation>Хронологияны сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="261"/>
        <source>Save the rights notice</source>
        <translation>Құқықтар туралы жадынаманы сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="276"/>
        <source>There is no printout in a language the detainee understands (%1): print it in another language and have it interpreted.</source>
        <translation>Ұсталған адам түсінетін тілде (%1) құжат жоқ: оны басқа тілде басып шығарып, аудармашы арқылы түсіндіріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="290"/>
        <source>Not saved: %1</source>
        <translation>Сақталмады: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="292"/>
        <source>Saved to %1</source>
        <translation>Сақталды: %1</translation>
    </message>
</context>
</TS>
