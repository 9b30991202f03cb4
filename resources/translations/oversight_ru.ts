<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AlertHistoryModel</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Кому направлено</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Исходящий номер</translation>
    </message>
</context>
<context>
    <name>AlertInbox</name>
    <message>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>принят в работу</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>направлен</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <source>reopened: the breach goes on</source>
        <translation>вновь открыто: нарушение продолжается</translation>
    </message>
    <message>
        <source>escalated: review deadline passed</source>
        <translation>передано вышестоящему: срок рассмотрения истёк</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>поручено</translation>
    </message>
    <message>
        <source>note</source>
        <translation>заметка</translation>
    </message>
    <message>
        <source>Facilit&amp;y:</source>
        <translation>Учре&amp;ждение:</translation>
    </message>
    <message>
        <source>Opened more than:</source>
        <translation>Открыт более:</translation>
    </message>
    <message>
        <source> h ago</source>
        <translation> ч назад</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>когда угодно</translation>
    </message>
    <message>
        <source>&amp;Minors</source>
        <translation>&amp;Несовершеннолетние</translation>
    </message>
    <message>
        <source>F&amp;oreign nationals</source>
        <translation>&amp;Иностранцы</translation>
    </message>
    <message>
        <source>Show c&amp;losed</source>
        <translation>Показать за&amp;крытые</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>Прин&amp;ять в работу…</translation>
    </message>
    <message>
        <source>Re&amp;fer…</source>
        <translation>Н&amp;аправить…</translation>
    </message>
    <message>
        <source>&amp;Close…</source>
        <translation>&amp;Закрыть…</translation>
    </message>
    <message>
        <source>A&amp;ssign…</source>
        <translation>&amp;Поручить…</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>За&amp;метка…</translation>
    </message>
    <message>
        <source>Case f&amp;ile…</source>
        <translation>&amp;Дело…</translation>
    </message>
    <message>
        <source>Save the custody&apos;s timeline, verifiable export, alert history and complaints as one archive to hand over</source>
        <translation>Сохранить хронологию задержания, проверяемую выгрузку, историю оповещений и жалобы одним архивом для передачи</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>Сос&amp;тояние:</translation>
    </message>
    <message>
        <source>Review &amp;deadline passed</source>
        <translation>Срок рассмотрения ист&amp;ёк</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Кому угодно</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Любое состояние</translation>
    </message>
    <message>
        <source>History of the selected alert</source>
        <translation>История выбранного сигнала</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>Все учреждения</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>Все правила</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Refresh the alerts</source>
        <translation>Обновление оповещений</translation>
    </message>
    <message>
        <source>Since the last refresh: %1 new, %2 no longer a problem, %3 changed</source>
        <translation>С прошлого обновления: новых %1, больше не нарушение %2, изменилось %3</translation>
    </message>
    <message>
        <source>Nothing changed since the last refresh</source>
        <translation>С прошлого обновления ничего не изменилось</translation>
    </message>
    <message>
        <source>Acknowledge the alert</source>
        <translation>Принять сигнал в работу</translation>
    </message>
    <message>
        <source>Comment (optional):</source>
        <translation>Комментарий (необязательно):</translation>
    </message>
    <message>
        <source>Close the alert</source>
        <translation>Закрыть сигнал</translation>
    </message>
    <message>
        <source>Why is the alert closed? (required)</source>
        <translation>Почему сигнал закрывается? (обязательно)</translation>
    </message>
    <message>
        <source>Assign the alert</source>
        <translation>Поручить оповещение</translation>
    </message>
    <message>
        <source>Note on the alert</source>
        <translation>Заметка к оповещению</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Заметка:</translation>
    </message>
    <message>
        <source>Case file of custody %1</source>
        <translation>Дело по задержанию %1</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Архивы zip (*.zip)</translation>
    </message>
    <message>
        <source>Case file saved to %1</source>
        <translation>Дело сохранено: %1</translation>
    </message>
    <message>
        <source>%1: %2, %3 (%4)</source>
        <translation>%1: %2, %3 (%4)</translation>
    </message>
    <message>
        <source>R&amp;ule:</source>
        <translation>Прави&amp;ло:</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Оповещения</translation>
    </message>
    <message>
        <source>Assi&amp;gned to:</source>
        <translation>Пор&amp;учено:</translation>
    </message>
</context>
<context>
    <name>AlertTableModel</name>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Нарушение</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Содержится</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Задержание</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Кем внесено</translation>
    </message>
    <message>
        <source>Became a problem</source>
        <translation>Нарушение с</translation>
    </message>
    <message>
        <source>Open for</source>
        <translation>Открыт уже</translation>
    </message>
    <message>
        <source>Minor / foreign</source>
        <translation>Несоверш. / иностр.</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Поручено</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Рассмотреть до</translation>
    </message>
    <message>
        <source>Nobody has acknowledged it within %1 min.</source>
        <translation>Никто не принял его в работу в течение %1 мин.</translation>
    </message>
    <message>
        <source>⚠ %1, not acknowledged in time</source>
        <translation>⚠ %1, не принято в работу вовремя</translation>
    </message>
    <message>
        <source>held</source>
        <translation>содержится</translation>
    </message>
    <message>
        <source>released</source>
        <translation>освобождён</translation>
    </message>
    <message>
        <source>⚠ escalated (due %1)</source>
        <translation>⚠ передано вышестоящему (срок %1)</translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>не доставлен</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>несовершеннолетний</translation>
    </message>
    <message>
        <source>foreign</source>
        <translation>иностранец</translation>
    </message>
    <message>
        <source>met late by %1</source>
        <translation>выполнено с опозданием на %1</translation>
    </message>
    <message>
        <source>allegation of ill-treatment: to investigate</source>
        <translation>сведения о жестоком обращении: проверить</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>индикатор</translation>
    </message>
    <message>
        <source>breached, still going on: %1</source>
        <translation>нарушено и продолжается: %1</translation>
    </message>
    <message>
        <source>breached, ended: %1</source>
        <translation>нарушено, прекратилось: %1</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
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
        <translation>&amp;Надзирающий прокурор:</translation>
    </message>
</context>
<context>
    <name>HandoverModel</name>
    <message>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <source>Due in the next 12 h</source>
        <translation>Сроки в ближайшие 12 ч</translation>
    </message>
    <message>
        <source>Checks missed</source>
        <translation>Пропущено проверок</translation>
    </message>
    <message>
        <source>Property held</source>
        <translation>Имущество на хранении</translation>
    </message>
</context>
<context>
    <name>HandoverView</name>
    <message>
        <source>Shift handover</source>
        <translation>Передача смены</translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>&amp;Учреждение:</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>&amp;На момент:</translation>
    </message>
    <message>
        <source>&amp;Outgoing officer:</source>
        <translation>С&amp;дающий смену:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Замечания:</translation>
    </message>
    <message>
        <source>R&amp;ead the handover</source>
        <translation>Прочи&amp;тать передачу смены</translation>
    </message>
    <message>
        <source>&amp;Print PDF…</source>
        <translation>П&amp;ечать в PDF…</translation>
    </message>
    <message>
        <source>&amp;Sign as the incoming officer</source>
        <translation>&amp;Подписать как принимающий смену</translation>
    </message>
    <message>
        <source>People held at the handover</source>
        <translation>Содержащиеся лица на момент передачи смены</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) held at %1 on %2.</source>
        <translation>
            <numerusform>%n человек содержится в «%1» на %2.</numerusform>
            <numerusform>%n человека содержатся в «%1» на %2.</numerusform>
            <numerusform>%n человек содержатся в «%1» на %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the shift handover</source>
        <translation>Сохранить передачу смены</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>The name or the notes changed: read the handover again, then sign.</source>
        <translation>Имя или замечания изменились: прочитайте передачу смены заново, затем подпишите.</translation>
    </message>
    <message>
        <source>Signed in the register by %1 at %2.</source>
        <translation>Подписано в реестре: %1, %2.</translation>
    </message>
</context>
<context>
    <name>HeldListModel</name>
    <message>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Задержание</translation>
    </message>
    <message>
        <source>Apprehended</source>
        <translation>Задержан</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Нарушения</translation>
    </message>
</context>
<context>
    <name>HeldListView</name>
    <message>
        <source>&amp;Facility:</source>
        <translation>&amp;Учреждение:</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>&amp;На момент:</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>Се&amp;йчас</translation>
    </message>
    <message>
        <source>&amp;Show who was there</source>
        <translation>П&amp;оказать, кто там был</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Print PDF…</source>
        <translation>&amp;Печать в PDF…</translation>
    </message>
    <message>
        <source>Who is held</source>
        <translation>Кто содержится</translation>
    </message>
    <message>
        <source>Choose a facility and an instant, then show who the register placed there.</source>
        <translation>Выберите учреждение и момент времени и покажите, кто там находился по данным реестра.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) at %1 on %2</source>
        <translation>
            <numerusform>%n человек в «%1» на %2</numerusform>
            <numerusform>%n человека в «%1» на %2</numerusform>
            <numerusform>%n человек в «%1» на %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the held list</source>
        <translation>Сохранить список содержащихся</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>People held</source>
        <translation>Содержащиеся</translation>
    </message>
</context>
<context>
    <name>InjuryRegisterModel</name>
    <message>
        <source>Examined</source>
        <translation>Осмотр</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Задержание</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Повод</translation>
    </message>
    <message>
        <source>Injuries charted</source>
        <translation>Повреждений на схеме</translation>
    </message>
    <message>
        <source>Prosecutor told</source>
        <translation>Сообщено прокурору</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Содержится</translation>
    </message>
    <message>
        <source>not charted</source>
        <translation>нет схемы</translation>
    </message>
    <message>
        <source>NOT TOLD</source>
        <translation>НЕ СООБЩЕНО</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>released</source>
        <translation>освобождён</translation>
    </message>
</context>
<context>
    <name>InjuryRegisterView</name>
    <message>
        <source>Injury register</source>
        <translation>Журнал телесных повреждений</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Medical report…</source>
        <translation>&amp;Медицинская справка…</translation>
    </message>
    <message numerus="yes">
        <source>%n examination(s) found injuries; the prosecutor was not told of %1.</source>
        <translation>
            <numerusform>%n осмотр выявил повреждения; прокурору не сообщено о %1.</numerusform>
            <numerusform>%n осмотра выявили повреждения; прокурору не сообщено о %1.</numerusform>
            <numerusform>%n осмотров выявили повреждения; прокурору не сообщено о %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the medical report</source>
        <translation>Сохранить медицинскую справку</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено: %1</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <source>Refer the alert</source>
        <translation>Направить сигнал</translation>
    </message>
    <message>
        <source>&amp;To whom:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Исходящий номер:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>К&amp;омментарий:</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Oversight report for a period</source>
        <translation>Надзорный отчёт за период</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;От:</translation>
    </message>
    <message>
        <source>&amp;To (inclusive):</source>
        <translation>&amp;По (включительно):</translation>
    </message>
    <message>
        <source>F&amp;acilities:</source>
        <translation>&amp;Учреждения:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Report as &amp;PDF…</source>
        <translation>Отчёт в &amp;PDF…</translation>
    </message>
    <message>
        <source>Figures as &amp;CSV…</source>
        <translation>Данные в &amp;CSV…</translation>
    </message>
    <message>
        <source>One custody</source>
        <translation>Одно задержание</translation>
    </message>
    <message>
        <source>C&amp;ustody:</source>
        <translation>&amp;Задержание:</translation>
    </message>
    <message>
        <source>custody id, e.g. C-1</source>
        <translation>номер задержания, например C-1</translation>
    </message>
    <message>
        <source>Lan&amp;guage of the timeline:</source>
        <translation>Язык &amp;хронологии:</translation>
    </message>
    <message>
        <source>Cop&amp;y for the detainee or the lawyer…</source>
        <translation>&amp;Копия для задержанного или защитника…</translation>
    </message>
    <message>
        <source>Pr&amp;operty receipt…</source>
        <translation>Расписка об &amp;имуществе…</translation>
    </message>
    <message>
        <source>Save the oversight report</source>
        <translation>Сохранить надзорный отчёт</translation>
    </message>
    <message>
        <source>Save the oversight figures</source>
        <translation>Сохранить данные отчёта</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>No such custody in the register.</source>
        <translation>В реестре нет такого задержания.</translation>
    </message>
    <message>
        <source>%1; understands: %2</source>
        <translation>%1; понимает языки: %2</translation>
    </message>
    <message>
        <source>Save the timeline</source>
        <translation>Сохранить хронологию</translation>
    </message>
    <message>
        <source>There is no rights notice in %1: it was printed in %2, which the detainee also understands.</source>
        <translation>Памятки о правах на языке «%1» нет: она напечатана на языке «%2», который задержанный тоже понимает.</translation>
    </message>
    <message>
        <source>Save the rights notice</source>
        <translation>Сохранить памятку о правах</translation>
    </message>
    <message>
        <source>Save the property receipt</source>
        <translation>Сохранить расписку об имуществе</translation>
    </message>
    <message>
        <source>There is no printout in a language the detainee understands (%1): print it in another language and have it interpreted.</source>
        <translation>Документа на языке, понятном задержанному (%1), нет: распечатайте его на другом языке и обеспечьте перевод.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Print the t&amp;imeline…</source>
        <translation>Печать хро&amp;нологии…</translation>
    </message>
    <message>
        <source>Rights &amp;notice…</source>
        <translation>Памя&amp;тка о правах…</translation>
    </message>
</context>
<context>
    <name>WhereaboutsView</name>
    <message>
        <source>born ?</source>
        <translation>г. р. ?</translation>
    </message>
    <message>
        <source>Save the answer</source>
        <translation>Сохранить ответ</translation>
    </message>
    <message>
        <source>The apprehension is recorded and is in the prosecutors&apos; alerts now.</source>
        <translation>Сообщение о задержании зарегистрировано и уже находится в оповещениях прокурора.</translation>
    </message>
    <message>
        <source>Reported %1 by %2 (%3), %4</source>
        <translation>Сообщено %1: %2 (%3), %4</translation>
    </message>
    <message>
        <source>custody %1, %2</source>
        <translation>содержание %1, %2</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>не зарегистрировано</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>Who is asking</source>
        <translation>Кто обращается</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>Re&amp;lation:</source>
        <translation>Ке&amp;м приходится:</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>Конт&amp;акт:</translation>
    </message>
    <message>
        <source>Answer &amp;in:</source>
        <translation>&amp;Язык ответа:</translation>
    </message>
    <message>
        <source>e.g. mother, lawyer, neighbour</source>
        <translation>например, мать, адвокат, сосед</translation>
    </message>
    <message>
        <source>telephone or address</source>
        <translation>телефон или адрес</translation>
    </message>
    <message>
        <source>Whom are they looking for</source>
        <translation>Кого ищут</translation>
    </message>
    <message>
        <source>Name or &amp;document:</source>
        <translation>ФИО или &amp;документ:</translation>
    </message>
    <message>
        <source>any spelling: Қасымов, Касымов, Kasymov; or a document number</source>
        <translation>любое написание: Қасымов, Касымов, Kasymov; или номер документа</translation>
    </message>
    <message>
        <source>&amp;Born:</source>
        <translation>Дата ро&amp;ждения:</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>&amp;Answer about the selected person</source>
        <translation>&amp;Ответить о выбранном лице</translation>
    </message>
    <message>
        <source>Not in the re&amp;gister</source>
        <translation>Нет в ре&amp;естре</translation>
    </message>
    <message>
        <source>More people match than are listed. Add the birth date or more of the name before answering that the person is not in the register.</source>
        <translation>Совпадений больше, чем показано. Прежде чем ответить, что человека нет в реестре, укажите дату рождения или имя полнее.</translation>
    </message>
    <message>
        <source>Report an apprehension the register does not know</source>
        <translation>Сообщение о задержании, не известном реестру</translation>
    </message>
    <message>
        <source>Person taken:</source>
        <translation>Кого задержали:</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>Дата рождения:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <source>Taken where:</source>
        <translation>Где задержали:</translation>
    </message>
    <message>
        <source>Taken when:</source>
        <translation>Когда задержали:</translation>
    </message>
    <message>
        <source>Record the rep&amp;ort</source>
        <translation>Зарегистрировать соо&amp;бщение</translation>
    </message>
    <message>
        <source>Answer to read out or send</source>
        <translation>Ответ, чтобы зачитать или отправить</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Reported apprehensions</source>
        <translation>Сообщения о задержаниях</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Taken (reported)</source>
        <translation>Задержан (по сообщению)</translation>
    </message>
    <message>
        <source>Registered as</source>
        <translation>Зарегистрировано как</translation>
    </message>
    <message>
        <source>Registered late by</source>
        <translation>Опоздание регистрации</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Найденные лица</translation>
    </message>
</context>
<context>
    <name>WhereaboutsWindow</name>
    <message>
        <source>Detention Register — whereabouts desk</source>
        <translation>Реестр задержанных — справочная служба о местонахождении</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Вход выполнен: %1</translation>
    </message>
</context>
</TS>
