<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AlertHistoryModel</name>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="161"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="161"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="161"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="161"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="161"/>
        <source>Referred to</source>
        <translation>Кому направлено</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="162"/>
        <source>Reference</source>
        <translation>Исходящий номер</translation>
    </message>
</context>
<context>
    <name>AlertInbox</name>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="36"/>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="37"/>
        <location filename="../../ui/desktop/alerts.py" line="42"/>
        <source>acknowledged</source>
        <translation>принят в работу</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="38"/>
        <location filename="../../ui/desktop/alerts.py" line="43"/>
        <source>referred</source>
        <translation>направлен</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="39"/>
        <location filename="../../ui/desktop/alerts.py" line="44"/>
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="329"/>
        <source>&amp;Facility:</source>
        <translation>&amp;Учреждение:</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="330"/>
        <source>&amp;Rule:</source>
        <translation>&amp;Правило:</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="331"/>
        <source>Opened more than:</source>
        <translation>Открыт более:</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="332"/>
        <source> h ago</source>
        <translation> ч назад</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="333"/>
        <source>any time</source>
        <translation>когда угодно</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="334"/>
        <source>&amp;Minors</source>
        <translation>&amp;Несовершеннолетние</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="335"/>
        <source>F&amp;oreign nationals</source>
        <translation>&amp;Иностранцы</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="336"/>
        <source>Show c&amp;losed</source>
        <translation>Показать за&amp;крытые</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="337"/>
        <source>R&amp;efresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="338"/>
        <source>&amp;Acknowledge…</source>
        <translation>Принять в &amp;работу…</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="339"/>
        <source>Re&amp;fer…</source>
        <translation>&amp;Направить…</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="340"/>
        <source>&amp;Close…</source>
        <translation>&amp;Закрыть…</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="341"/>
        <source>History of the selected alert</source>
        <translation>История выбранного сигнала</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="342"/>
        <source>All facilities</source>
        <translation>Все учреждения</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="343"/>
        <source>All rules</source>
        <translation>Все правила</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="418"/>
        <source>Acknowledge the alert</source>
        <translation>Принять сигнал в работу</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="418"/>
        <source>Comment (optional):</source>
        <translation>Комментарий (необязательно):</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="429"/>
        <source>Close the alert</source>
        <translation>Закрыть сигнал</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="429"/>
        <source>Why is the alert closed? (required)</source>
        <translation>Почему сигнал закрывается? (обязательно)</translation>
    </message>
</context>
<context>
    <name>AlertTableModel</name>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="90"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="90"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="90"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="90"/>
        <source>Custody</source>
        <translation>Задержание</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="90"/>
        <source>Facility</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="91"/>
        <source>Became a problem</source>
        <translation>Нарушение с</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="91"/>
        <source>Open for</source>
        <translation>Открыт уже</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="91"/>
        <source>Minor / foreign</source>
        <translation>Несоверш. / иностр.</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="104"/>
        <source>Nobody has acknowledged it within %1 min.</source>
        <translation>Никто не принял его в работу в течение %1 мин.</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="128"/>
        <source>not delivered</source>
        <translation>не доставлен</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="133"/>
        <source>minor</source>
        <translation>несовершеннолетний</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="133"/>
        <source>foreign</source>
        <translation>иностранец</translation>
    </message>
</context>
<context>
    <name>HeldListModel</name>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="45"/>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="45"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="45"/>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="45"/>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="45"/>
        <source>Custody</source>
        <translation>Задержание</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="46"/>
        <source>Apprehended</source>
        <translation>Задержан</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="46"/>
        <source>Problems</source>
        <translation>Нарушения</translation>
    </message>
</context>
<context>
    <name>HeldListView</name>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="125"/>
        <source>&amp;Facility:</source>
        <translation>&amp;Учреждение:</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="126"/>
        <source>&amp;At:</source>
        <translation>&amp;На момент:</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="127"/>
        <source>&amp;Now</source>
        <translation>&amp;Сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="128"/>
        <source>&amp;Show who was there</source>
        <translation>&amp;Показать, кто там был</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="129"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="130"/>
        <source>&amp;Print PDF…</source>
        <translation>&amp;Печать в PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="186"/>
        <source>Choose a facility and an instant, then show who the register placed there.</source>
        <translation>Выберите учреждение и момент времени и покажите, кто там находился по данным реестра.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/desktop/held_list.py" line="188"/>
        <source>%n person(s) at %1 on %2</source>
        <translation>
            <numerusform>%n человек в «%1» на %2</numerusform>
            <numerusform>%n человека в «%1» на %2</numerusform>
            <numerusform>%n человек в «%1» на %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="201"/>
        <source>Save the held list</source>
        <translation>Сохранить список содержащихся</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="201"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="205"/>
        <source>Saved to %1</source>
        <translation>Сохранено: %1</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="203"/>
        <source>Refer the alert</source>
        <translation>Направить сигнал</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="211"/>
        <source>&amp;To whom:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="212"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Исходящий номер:</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="213"/>
        <source>&amp;Comment:</source>
        <translation>К&amp;омментарий:</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/desktop/reports.py" line="151"/>
        <source>Oversight report for a period</source>
        <translation>Надзорный отчёт за период</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="152"/>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="153"/>
        <source>&amp;To (inclusive):</source>
        <translation>&amp;По (включительно):</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="154"/>
        <source>F&amp;acilities:</source>
        <translation>&amp;Учреждения:</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="155"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="156"/>
        <source>Report as &amp;PDF…</source>
        <translation>Отчёт в &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="157"/>
        <source>Figures as &amp;CSV…</source>
        <translation>Данные в &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="158"/>
        <source>One custody</source>
        <translation>Одно задержание</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="159"/>
        <source>C&amp;ustody:</source>
        <translation>&amp;Задержание:</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="160"/>
        <source>custody id, e.g. C-1</source>
        <translation>номер задержания, например C-1</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="161"/>
        <source>Lan&amp;guage of the timeline:</source>
        <translation>&amp;Язык хронологии:</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="162"/>
        <source>Print the &amp;timeline…</source>
        <translation>Печать &amp;хронологии…</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="163"/>
        <source>Cop&amp;y for the detainee or the lawyer…</source>
        <translation>&amp;Копия для задержанного или защитника…</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="164"/>
        <source>&amp;Rights notice…</source>
        <translation>&amp;Памятка о правах…</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="185"/>
        <source>Save the oversight report</source>
        <translation>Сохранить надзорный отчёт</translation>
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
        <translation>Сохранить данные отчёта</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="196"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="224"/>
        <source>No such custody in the register.</source>
        <translation>В реестре нет такого задержания.</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="227"/>
        <source>%1; understands: %2</source>
        <translation>%1; понимает языки: %2</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="250"/>
        <source>Save the timeline</source>
        <translation>Сохранить хронологию</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="261"/>
        <source>Save the rights notice</source>
        <translation>Сохранить памятку о правах</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="276"/>
        <source>There is no printout in a language the detainee understands (%1): print it in another language and have it interpreted.</source>
        <translation>Документа на языке, понятном задержанному (%1), нет: распечатайте его на другом языке и обеспечьте перевод.</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="290"/>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="292"/>
        <source>Saved to %1</source>
        <translation>Сохранено: %1</translation>
    </message>
</context>
</TS>
