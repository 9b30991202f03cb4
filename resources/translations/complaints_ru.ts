<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>ComplaintHistoryModel</name>
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
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>Новый срок</translation>
    </message>
</context>
<context>
    <name>ComplaintTableModel</name>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Срок ответа</translation>
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
        <source>Made</source>
        <translation>Подана</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Ill-treatment</source>
        <translation>Жестокое обращение</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>⚠ overdue since %1</source>
        <translation>⚠ просрочено с %1</translation>
    </message>
    <message>
        <source>%1 (answered late)</source>
        <translation>%1 (ответ с опозданием)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>received</source>
        <translation>поступила</translation>
    </message>
    <message>
        <source>taken up</source>
        <translation>принята к рассмотрению</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>дан ответ</translation>
    </message>
    <message>
        <source>prosecutor</source>
        <translation>прокурор</translation>
    </message>
    <message>
        <source>Ombudsman</source>
        <translation>Уполномоченный по правам человека</translation>
    </message>
    <message>
        <source>national preventive mechanism</source>
        <translation>национальный превентивный механизм</translation>
    </message>
    <message>
        <source>another body</source>
        <translation>другой орган</translation>
    </message>
    <message>
        <source>deadline moved</source>
        <translation>срок перенесён</translation>
    </message>
</context>
<context>
    <name>ComplaintsView</name>
    <message>
        <source>Complaints</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <source>Show &amp;answered</source>
        <translation>Показать &amp;отвеченные</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>&amp;Take up…</source>
        <translation>&amp;Принять к рассмотрению…</translation>
    </message>
    <message>
        <source>A&amp;nswer…</source>
        <translation>О&amp;тветить…</translation>
    </message>
    <message>
        <source>Move the &amp;deadline…</source>
        <translation>Перенести сро&amp;к…</translation>
    </message>
    <message>
        <source>What was done about the selected complaint</source>
        <translation>Что сделано по выбранной жалобе</translation>
    </message>
    <message>
        <source>Refresh the complaints</source>
        <translation>Обновление жалоб</translation>
    </message>
    <message>
        <source>Comment (optional):</source>
        <translation>Комментарий (необязательно):</translation>
    </message>
    <message>
        <source>Take up the complaint</source>
        <translation>Принять жалобу к рассмотрению</translation>
    </message>
    <message>
        <source>The answer given to the complainant (required):</source>
        <translation>Ответ, данный заявителю (обязательно):</translation>
    </message>
    <message>
        <source>Answer the complaint</source>
        <translation>Ответ на жалобу</translation>
    </message>
    <message>
        <source>Move the deadline for the answer</source>
        <translation>Перенос срока ответа</translation>
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
        <translation>Угроза преследования</translation>
    </message>
    <message>
        <source>People flagged at risk of reprisal (confidential: never shown to a facility&apos;s staff)</source>
        <translation>Лица, отмеченные как находящиеся под угрозой преследования (конфиденциально: сотрудникам учреждения не показывается)</translation>
    </message>
    <message>
        <source>People flagged at risk of reprisal</source>
        <translation>Лица, отмеченные как находящиеся под угрозой преследования</translation>
    </message>
    <message>
        <source>Flag a person</source>
        <translation>Отметить лицо</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>name or identity document</source>
        <translation>ФИО или документ, удостоверяющий личность</translation>
    </message>
    <message>
        <source>Fin&amp;d</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Лицо:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Основание:</translation>
    </message>
    <message>
        <source>F&amp;lag at risk of reprisal</source>
        <translation>О&amp;тметить угрозу преследования</translation>
    </message>
    <message>
        <source>birth date unknown</source>
        <translation>дата рождения неизвестна</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>Nobody found.</source>
        <translation>Никто не найден.</translation>
    </message>
    <message>
        <source>%1 is flagged at risk of reprisal.</source>
        <translation>%1: отмечена угроза преследования.</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>&amp;New deadline:</source>
        <translation>&amp;Новый срок:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Почему:</translation>
    </message>
</context>
<context>
    <name>FlagTableModel</name>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Отмечено</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
</TS>
