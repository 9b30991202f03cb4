<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>AlertHistoryModel</name>
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
        <source>Comment</source>
        <translation>Түсініктеме</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Кімге жіберілді</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Шығыс нөмірі</translation>
    </message>
</context>
<context>
    <name>AlertInbox</name>
    <message>
        <source>open</source>
        <translation>ашық</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>жұмысқа алынды</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>жіберілді</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>жабылды</translation>
    </message>
    <message>
        <source>reopened: the breach goes on</source>
        <translation>қайта ашылды: бұзушылық жалғасуда</translation>
    </message>
    <message>
        <source>escalated: review deadline passed</source>
        <translation>жоғарыға жіберілді: қарау мерзімі өтті</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>тапсырылды</translation>
    </message>
    <message>
        <source>note</source>
        <translation>жазба</translation>
    </message>
    <message>
        <source>Facilit&amp;y:</source>
        <translation>&amp;Мекеме:</translation>
    </message>
    <message>
        <source>Opened more than:</source>
        <translation>Ашылғанына кемінде:</translation>
    </message>
    <message>
        <source> h ago</source>
        <translation> сағ болды</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>кез келген уақытта</translation>
    </message>
    <message>
        <source>&amp;Minors</source>
        <translation>Кәмелетке т&amp;олмағандар</translation>
    </message>
    <message>
        <source>F&amp;oreign nationals</source>
        <translation>&amp;Шетелдіктер</translation>
    </message>
    <message>
        <source>Show c&amp;losed</source>
        <translation>&amp;Жабылғандарды көрсету</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>Жа&amp;ңарту</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>Жұмысқа а&amp;лу…</translation>
    </message>
    <message>
        <source>Re&amp;fer…</source>
        <translation>Жі&amp;беру…</translation>
    </message>
    <message>
        <source>&amp;Close…</source>
        <translation>Жаб&amp;у…</translation>
    </message>
    <message>
        <source>A&amp;ssign…</source>
        <translation>Та&amp;псыру…</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>Жа&amp;зба…</translation>
    </message>
    <message>
        <source>Case f&amp;ile…</source>
        <translation>&amp;Іс…</translation>
    </message>
    <message>
        <source>Save the custody&apos;s timeline, verifiable export, alert history and complaints as one archive to hand over</source>
        <translation>Ұстау хронологиясын, тексерілетін экспортты, ескертулер тарихын және шағымдарды тапсыруға бір мұрағат етіп сақтау</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>Кү&amp;йі:</translation>
    </message>
    <message>
        <source>Review &amp;deadline passed</source>
        <translation>&amp;Қарау мерзімі өтті</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Кез келгенге</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Кез келген күй</translation>
    </message>
    <message>
        <source>History of the selected alert</source>
        <translation>Таңдалған ескертудің тарихы</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>Барлық мекемелер</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>Барлық ережелер</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Refresh the alerts</source>
        <translation>Ескертулерді жаңарту</translation>
    </message>
    <message>
        <source>Since the last refresh: %1 new, %2 no longer a problem, %3 changed</source>
        <translation>Соңғы жаңартудан бері: жаңа %1, енді бұзушылық емес %2, өзгерген %3</translation>
    </message>
    <message>
        <source>Nothing changed since the last refresh</source>
        <translation>Соңғы жаңартудан бері ештеңе өзгерген жоқ</translation>
    </message>
    <message>
        <source>Acknowledge the alert</source>
        <translation>Ескертуді жұмысқа алу</translation>
    </message>
    <message>
        <source>Comment (optional):</source>
        <translation>Түсініктеме (міндетті емес):</translation>
    </message>
    <message>
        <source>Close the alert</source>
        <translation>Ескертуді жабу</translation>
    </message>
    <message>
        <source>Why is the alert closed? (required)</source>
        <translation>Ескерту неге жабылады? (міндетті)</translation>
    </message>
    <message>
        <source>Assign the alert</source>
        <translation>Ескертуді тапсыру</translation>
    </message>
    <message>
        <source>Note on the alert</source>
        <translation>Ескертуге жазба</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Жазба:</translation>
    </message>
    <message>
        <source>Case file of custody %1</source>
        <translation>%1 ұстауы бойынша іс</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip мұрағаттары (*.zip)</translation>
    </message>
    <message>
        <source>Case file saved to %1</source>
        <translation>Іс сақталды: %1</translation>
    </message>
    <message>
        <source>%1: %2, %3 (%4)</source>
        <translation>%1: %2, %3 (%4)</translation>
    </message>
    <message>
        <source>R&amp;ule:</source>
        <translation>&amp;Ереже:</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Ескертулер</translation>
    </message>
    <message>
        <source>Assi&amp;gned to:</source>
        <translation>Кімге тапсыр&amp;ылды:</translation>
    </message>
</context>
<context>
    <name>AlertTableModel</name>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Ереже</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Бұзушылық</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Ұсталуда</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Тұлға</translation>
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
        <source>Recorded by</source>
        <translation>Кім енгізді</translation>
    </message>
    <message>
        <source>Became a problem</source>
        <translation>Бұзушылық басталды</translation>
    </message>
    <message>
        <source>Open for</source>
        <translation>Ашық тұрғаны</translation>
    </message>
    <message>
        <source>Minor / foreign</source>
        <translation>Кәмелетке толмаған / шетелдік</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Кімге тапсырылды</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Қарау мерзімі</translation>
    </message>
    <message>
        <source>Nobody has acknowledged it within %1 min.</source>
        <translation>Оны ешкім %1 минут ішінде жұмысқа алмады.</translation>
    </message>
    <message>
        <source>⚠ %1, not acknowledged in time</source>
        <translation>⚠ %1, уақытында жұмысқа алынбаған</translation>
    </message>
    <message>
        <source>held</source>
        <translation>ұсталуда</translation>
    </message>
    <message>
        <source>released</source>
        <translation>босатылған</translation>
    </message>
    <message>
        <source>⚠ escalated (due %1)</source>
        <translation>⚠ жоғарыға жіберілді (мерзімі %1)</translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>жеткізілмеген</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>кәмелетке толмаған</translation>
    </message>
    <message>
        <source>foreign</source>
        <translation>шетелдік</translation>
    </message>
    <message>
        <source>met late by %1</source>
        <translation>%1 кешігіп орындалды</translation>
    </message>
    <message>
        <source>allegation of ill-treatment: to investigate</source>
        <translation>қатыгездік туралы мәлімет: тексеру керек</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>көрсеткіш</translation>
    </message>
    <message>
        <source>breached, still going on: %1</source>
        <translation>бұзылған, әлі жалғасуда: %1</translation>
    </message>
    <message>
        <source>breached, ended: %1</source>
        <translation>бұзылған, тоқтаған: %1</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Prosecutor:</source>
        <translation>&amp;Прокурор:</translation>
    </message>
    <message>
        <source>&amp;Supervising prosecutor:</source>
        <translation>&amp;Қадағалаушы прокурор:</translation>
    </message>
</context>
<context>
    <name>HandoverModel</name>
    <message>
        <source>Location</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <source>Due in the next 12 h</source>
        <translation>Алдағы 12 сағаттағы мерзімдер</translation>
    </message>
    <message>
        <source>Checks missed</source>
        <translation>Өткізілген тексерулер</translation>
    </message>
    <message>
        <source>Property held</source>
        <translation>Сақтаудағы мүлік</translation>
    </message>
</context>
<context>
    <name>HandoverView</name>
    <message>
        <source>Shift handover</source>
        <translation>Ауысымды тапсыру</translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>&amp;Мекеме:</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>&amp;Уақыты:</translation>
    </message>
    <message>
        <source>&amp;Outgoing officer:</source>
        <translation>Та&amp;псырушы:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Ескертпелер:</translation>
    </message>
    <message>
        <source>R&amp;ead the handover</source>
        <translation>Тапсыруды &amp;оқу</translation>
    </message>
    <message>
        <source>&amp;Print PDF…</source>
        <translation>PDF-ке &amp;басып шығару…</translation>
    </message>
    <message>
        <source>&amp;Sign as the incoming officer</source>
        <translation>&amp;Қабылдаушы ретінде қол қою</translation>
    </message>
    <message>
        <source>People held at the handover</source>
        <translation>Ауысымды тапсыру кезінде ұсталғандар</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) held at %1 on %2.</source>
        <translation>
            <numerusform>«%1» мекемесінде %2 кезінде %n адам ұсталуда.</numerusform>
            <numerusform>«%1» мекемесінде %2 кезінде %n адам ұсталуда.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the shift handover</source>
        <translation>Ауысымды тапсыруды сақтау</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <source>The name or the notes changed: read the handover again, then sign.</source>
        <translation>Аты немесе ескертпелер өзгерді: тапсыруды қайта оқып, содан кейін қол қойыңыз.</translation>
    </message>
    <message>
        <source>Signed in the register by %1 at %2.</source>
        <translation>Тізілімде қол қойылды: %1, %2.</translation>
    </message>
</context>
<context>
    <name>HeldListModel</name>
    <message>
        <source>Location</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Ұстау</translation>
    </message>
    <message>
        <source>Apprehended</source>
        <translation>Ұсталды</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Бұзушылықтар</translation>
    </message>
</context>
<context>
    <name>HeldListView</name>
    <message>
        <source>&amp;Facility:</source>
        <translation>&amp;Мекеме:</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>&amp;Уақыты:</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Қазір</translation>
    </message>
    <message>
        <source>&amp;Show who was there</source>
        <translation>Онда кім болғанын кө&amp;рсету</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Т&amp;ілі:</translation>
    </message>
    <message>
        <source>&amp;Print PDF…</source>
        <translation>PDF-ке &amp;басып шығару…</translation>
    </message>
    <message>
        <source>Who is held</source>
        <translation>Кім ұсталуда</translation>
    </message>
    <message>
        <source>Choose a facility and an instant, then show who the register placed there.</source>
        <translation>Мекеме мен уақытты таңдап, тізілім бойынша онда кім болғанын көрсетіңіз.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) at %1 on %2</source>
        <translation>
            <numerusform>«%1» мекемесінде %2 кезінде %n адам</numerusform>
            <numerusform>«%1» мекемесінде %2 кезінде %n адам</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the held list</source>
        <translation>Ұсталғандар тізімін сақтау</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <source>People held</source>
        <translation>Ұсталғандар</translation>
    </message>
</context>
<context>
    <name>InjuryRegisterModel</name>
    <message>
        <source>Examined</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Ұстау</translation>
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
        <source>Occasion</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Injuries charted</source>
        <translation>Сызбадағы жарақаттар</translation>
    </message>
    <message>
        <source>Prosecutor told</source>
        <translation>Прокурорға хабарланды</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Ұсталуда</translation>
    </message>
    <message>
        <source>not charted</source>
        <translation>сызба жоқ</translation>
    </message>
    <message>
        <source>NOT TOLD</source>
        <translation>ХАБАРЛАНБАДЫ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>released</source>
        <translation>босатылған</translation>
    </message>
</context>
<context>
    <name>InjuryRegisterView</name>
    <message>
        <source>Injury register</source>
        <translation>Дене жарақаттарының журналы</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Т&amp;ілі:</translation>
    </message>
    <message>
        <source>&amp;Medical report…</source>
        <translation>&amp;Медициналық анықтама…</translation>
    </message>
    <message numerus="yes">
        <source>%n examination(s) found injuries; the prosecutor was not told of %1.</source>
        <translation>
            <numerusform>%n тексеру жарақат анықтады; прокурорға хабарланбағаны: %1.</numerusform>
            <numerusform>%n тексеру жарақат анықтады; прокурорға хабарланбағаны: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the medical report</source>
        <translation>Медициналық анықтаманы сақтау</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сақталды: %1</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <source>Refer the alert</source>
        <translation>Ескертуді жіберу</translation>
    </message>
    <message>
        <source>&amp;To whom:</source>
        <translation>&amp;Кімге:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Шығыс нөмірі:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Түсініктеме:</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Oversight report for a period</source>
        <translation>Кезеңдегі қадағалау есебі</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Басы:</translation>
    </message>
    <message>
        <source>&amp;To (inclusive):</source>
        <translation>&amp;Соңы (қоса алғанда):</translation>
    </message>
    <message>
        <source>F&amp;acilities:</source>
        <translation>&amp;Мекемелер:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Т&amp;ілі:</translation>
    </message>
    <message>
        <source>Report as &amp;PDF…</source>
        <translation>Есеп &amp;PDF…</translation>
    </message>
    <message>
        <source>Figures as &amp;CSV…</source>
        <translation>Деректер &amp;CSV…</translation>
    </message>
    <message>
        <source>One custody</source>
        <translation>Бір ұстау</translation>
    </message>
    <message>
        <source>C&amp;ustody:</source>
        <translation>&amp;Ұстау:</translation>
    </message>
    <message>
        <source>custody id, e.g. C-1</source>
        <translation>ұстау нөмірі, мысалы C-1</translation>
    </message>
    <message>
        <source>Lan&amp;guage of the timeline:</source>
        <translation>&amp;Хронология тілі:</translation>
    </message>
    <message>
        <source>Cop&amp;y for the detainee or the lawyer…</source>
        <translation>Ұсталған адамға немесе қорғаушыға кө&amp;шірме…</translation>
    </message>
    <message>
        <source>Pr&amp;operty receipt…</source>
        <translation>Мүлік туралы &amp;қолхат…</translation>
    </message>
    <message>
        <source>Save the oversight report</source>
        <translation>Қадағалау есебін сақтау</translation>
    </message>
    <message>
        <source>Save the oversight figures</source>
        <translation>Есеп деректерін сақтау</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>No such custody in the register.</source>
        <translation>Тізілімде мұндай ұстау жоқ.</translation>
    </message>
    <message>
        <source>%1; understands: %2</source>
        <translation>%1; түсінетін тілдері: %2</translation>
    </message>
    <message>
        <source>Save the timeline</source>
        <translation>Хронологияны сақтау</translation>
    </message>
    <message>
        <source>There is no rights notice in %1: it was printed in %2, which the detainee also understands.</source>
        <translation>«%1» тілінде құқықтар туралы жадынама жоқ: ол ұсталған адам да түсінетін «%2» тілінде басылды.</translation>
    </message>
    <message>
        <source>Save the rights notice</source>
        <translation>Құқықтар туралы жадынаманы сақтау</translation>
    </message>
    <message>
        <source>Save the property receipt</source>
        <translation>Мүлік туралы қолхатты сақтау</translation>
    </message>
    <message>
        <source>There is no printout in a language the detainee understands (%1): print it in another language and have it interpreted.</source>
        <translation>Ұсталған адам түсінетін тілде (%1) құжат жоқ: оны басқа тілде басып шығарып, аудармашы арқылы түсіндіріңіз.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Сақталмады: %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <source>Print the t&amp;imeline…</source>
        <translation>Хронологияны басып ш&amp;ығару…</translation>
    </message>
    <message>
        <source>Rights &amp;notice…</source>
        <translation>Құқықтар туралы &amp;жадынама…</translation>
    </message>
</context>
<context>
    <name>WhereaboutsView</name>
    <message>
        <source>born ?</source>
        <translation>туған жылы ?</translation>
    </message>
    <message>
        <source>Save the answer</source>
        <translation>Жауапты сақтау</translation>
    </message>
    <message>
        <source>The apprehension is recorded and is in the prosecutors&apos; alerts now.</source>
        <translation>Ұстау туралы хабарлама тіркелді және прокурордың ескертулерінде тұр.</translation>
    </message>
    <message>
        <source>Reported %1 by %2 (%3), %4</source>
        <translation>Хабарланды %1: %2 (%3), %4</translation>
    </message>
    <message>
        <source>custody %1, %2</source>
        <translation>ұстау %1, %2</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>тіркелмеген</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 сағ %2 мин</translation>
    </message>
    <message>
        <source>Who is asking</source>
        <translation>Кім сұрап отыр</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Аты-ж&amp;өні:</translation>
    </message>
    <message>
        <source>Re&amp;lation:</source>
        <translation>Ту&amp;ыстығы:</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>Байла&amp;ныс:</translation>
    </message>
    <message>
        <source>Answer &amp;in:</source>
        <translation>Жа&amp;уап тілі:</translation>
    </message>
    <message>
        <source>e.g. mother, lawyer, neighbour</source>
        <translation>мысалы, анасы, адвокаты, көршісі</translation>
    </message>
    <message>
        <source>telephone or address</source>
        <translation>телефоны не мекенжайы</translation>
    </message>
    <message>
        <source>Whom are they looking for</source>
        <translation>Кімді іздейді</translation>
    </message>
    <message>
        <source>Name or &amp;document:</source>
        <translation>Аты-жөні не &amp;құжаты:</translation>
    </message>
    <message>
        <source>any spelling: Қасымов, Касымов, Kasymov; or a document number</source>
        <translation>кез келген жазылуы: Қасымов, Касымов, Kasymov; не құжат нөмірі</translation>
    </message>
    <message>
        <source>&amp;Born:</source>
        <translation>Ту&amp;ған күні:</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <source>&amp;Answer about the selected person</source>
        <translation>Таңдалған адам туралы &amp;жауап беру</translation>
    </message>
    <message>
        <source>Not in the re&amp;gister</source>
        <translation>Тізі&amp;лімде жоқ</translation>
    </message>
    <message>
        <source>More people match than are listed. Add the birth date or more of the name before answering that the person is not in the register.</source>
        <translation>Көрсетілгеннен көп адам сәйкес келеді. Адам тізілімде жоқ деп жауап бермес бұрын туған күнін немесе атын толығырақ жазыңыз.</translation>
    </message>
    <message>
        <source>Report an apprehension the register does not know</source>
        <translation>Тізілімге белгісіз ұстау туралы хабарлама</translation>
    </message>
    <message>
        <source>Person taken:</source>
        <translation>Кім ұсталды:</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>Туған күні:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Құжаты:</translation>
    </message>
    <message>
        <source>Taken where:</source>
        <translation>Қай жерде ұсталды:</translation>
    </message>
    <message>
        <source>Taken when:</source>
        <translation>Қашан ұсталды:</translation>
    </message>
    <message>
        <source>Record the rep&amp;ort</source>
        <translation>&amp;Хабарламаны тіркеу</translation>
    </message>
    <message>
        <source>Answer to read out or send</source>
        <translation>Оқып беруге не жіберуге арналған жауап</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Кө&amp;шіру</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>Reported apprehensions</source>
        <translation>Ұстаулар туралы хабарламалар</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Taken (reported)</source>
        <translation>Ұсталды (хабарлама бойынша)</translation>
    </message>
    <message>
        <source>Registered as</source>
        <translation>Тіркелгені</translation>
    </message>
    <message>
        <source>Registered late by</source>
        <translation>Тіркеудің кешігуі</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Табылған адамдар</translation>
    </message>
</context>
<context>
    <name>WhereaboutsWindow</name>
    <message>
        <source>Detention Register — whereabouts desk</source>
        <translation>Ұсталғандар тізілімі — орналасқан жері туралы анықтама қызметі</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Жүйеге кірген: %1</translation>
    </message>
</context>
</TS>
