<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ApprehensionForm</name>
    <message>
        <location filename="../../ui/desktop/intake.py" line="198"/>
        <source>There is no video recording</source>
        <translation>Видеозапись отсутствует</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="201"/>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="215"/>
        <source>Enter the video reference, or tick &apos;There is no video recording&apos;.</source>
        <translation>Укажите номер видеозаписи или отметьте «Видеозапись отсутствует».</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="222"/>
        <source>Say why there is no video recording.</source>
        <translation>Укажите, почему нет видеозаписи.</translation>
    </message>
</context>
<context>
    <name>ApprehensionPage</name>
    <message>
        <location filename="../../ui/desktop/intake.py" line="237"/>
        <source>Apprehension</source>
        <translation>Фактическое задержание</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="238"/>
        <source>The actual moment of apprehension, on the local clock of the place — not the time of arrival or of this entry.</source>
        <translation>Фактический момент задержания по местному времени места задержания — не время доставления и не время этой записи.</translation>
    </message>
</context>
<context>
    <name>ArrivalPage</name>
    <message>
        <location filename="../../ui/desktop/intake.py" line="261"/>
        <source>Arrival, rights and placement</source>
        <translation>Доставление, права и размещение</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="262"/>
        <source>Times are read on the clock of the facility of arrival. Untick what has not happened yet; record it later as an event.</source>
        <translation>Время указывается по часам учреждения, куда доставлен. Снимите отметку с того, чего ещё не было; внесите это позже как событие.</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="265"/>
        <source>Register</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="273"/>
        <source>Rights explained now</source>
        <translation>Права разъяснены сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="278"/>
        <source>Placed in a cell or room now</source>
        <translation>Размещён в камере или помещении сейчас</translation>
    </message>
</context>
<context>
    <name>ClocksPage</name>
    <message>
        <location filename="../../ui/desktop/intake.py" line="309"/>
        <source>Registered: clocks started</source>
        <translation>Зарегистрировано: запущенные сроки</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="310"/>
        <source>The legal time limits the register now counts for this custody.</source>
        <translation>Процессуальные сроки, которые реестр теперь отсчитывает для этого задержания.</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="329"/>
        <source>%1 is registered in custody %2.</source>
        <translation>%1 зарегистрирован(а) в задержании %2.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/desktop/correction.py" line="46"/>
        <source>Correct an event</source>
        <translation>Исправление события</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/correction.py" line="61"/>
        <source>The event should read:</source>
        <translation>Событие должно быть записано так:</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/correction.py" line="64"/>
        <source>Why the record was wrong, and how the truth is known</source>
        <translation>Почему запись была неверной и откуда известно, как было на самом деле</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/correction.py" line="66"/>
        <source>Reason for the correction</source>
        <translation>Основание исправления</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/correction.py" line="79"/>
        <source>As first recorded (this stays in the register):</source>
        <translation>Как было записано первоначально (остаётся в реестре):</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/correction.py" line="84"/>
        <source>Recorded by %1 at %2</source>
        <translation>Внесено: %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/correction.py" line="93"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/correction.py" line="93"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/correction.py" line="117"/>
        <source>Not allowed: %1</source>
        <translation>Не разрешено: %1</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../ui/desktop/event_form.py" line="156"/>
        <source>Record an event</source>
        <translation>Внести событие</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/event_form.py" line="162"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/event_form.py" line="166"/>
        <source>* required</source>
        <translation>* обязательно</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/event_form.py" line="175"/>
        <source>There is no custody %1 in the register.</source>
        <translation>В реестре нет задержания %1.</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/event_form.py" line="190"/>
        <source>%1 — custody %2</source>
        <translation>%1 — задержание %2</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/event_form.py" line="225"/>
        <source>Not allowed: %1</source>
        <translation>Не разрешено: %1</translation>
    </message>
</context>
<context>
    <name>EventFieldsForm</name>
    <message>
        <location filename="../../ui/desktop/event_form.py" line="108"/>
        <source>— not stated —</source>
        <translation>— не указано —</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/event_form.py" line="111"/>
        <location filename="../../ui/desktop/event_form.py" line="130"/>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../ui/desktop/fields.py" line="30"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="31"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="32"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="431"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="432"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <location filename="../../ui/desktop/intake.py" line="352"/>
        <source>New custody</source>
        <translation>Новое задержание</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="379"/>
        <source>Not allowed: %1</source>
        <translation>Не разрешено: %1</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../ui/desktop/fields.py" line="36"/>
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="37"/>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="38"/>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="39"/>
        <source>Uzbek</source>
        <translation>узбекский</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="40"/>
        <source>Kyrgyz</source>
        <translation>киргизский</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="41"/>
        <source>Tajik</source>
        <translation>таджикский</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="42"/>
        <source>Turkmen</source>
        <translation>туркменский</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="43"/>
        <source>Uyghur</source>
        <translation>уйгурский</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="44"/>
        <source>Azerbaijani</source>
        <translation>азербайджанский</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="45"/>
        <source>Turkish</source>
        <translation>турецкий</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="46"/>
        <source>Chinese</source>
        <translation>китайский</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="47"/>
        <source>Ukrainian</source>
        <translation>украинский</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="48"/>
        <source>German</source>
        <translation>немецкий</translation>
    </message>
</context>
<context>
    <name>LocalDateTimeEdit</name>
    <message>
        <location filename="../../ui/desktop/fields.py" line="249"/>
        <source>Time given</source>
        <translation>Время указано</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="261"/>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="266"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="267"/>
        <source>Set the current time (Ctrl+Shift+N)</source>
        <translation>Подставить текущее время (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="268"/>
        <source>Set the current time</source>
        <translation>Подставить текущее время</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="329"/>
        <source>not entered yet</source>
        <translation>ещё не указано</translation>
    </message>
</context>
<context>
    <name>MassIntakeDialog</name>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="71"/>
        <source>Mass intake</source>
        <translation>Массовое задержание</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="75"/>
        <source>Apprehension, shared by the whole group</source>
        <translation>Задержание — общее для всей группы</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="78"/>
        <source>Arrival, shared by the whole group</source>
        <translation>Доставление — общее для всей группы</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="86"/>
        <location filename="../../ui/desktop/mass_intake.py" line="118"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="86"/>
        <source>Born or age</source>
        <translation>Дата рождения или возраст</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="86"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="96"/>
        <source>Remove selected row</source>
        <translation>Удалить выбранную строку</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="97"/>
        <source>Register everyone (Ctrl+Enter)</source>
        <translation>Зарегистрировать всех (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="98"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="115"/>
        <source>Next person — Enter adds the row</source>
        <translation>Следующий человек — Enter добавляет строку</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="120"/>
        <source>YYYY-MM-DD or age</source>
        <translation>ГГГГ-ММ-ДД или возраст</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="124"/>
        <source>KZ… empty if unknown</source>
        <translation>KZ… пусто, если неизвестно</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="126"/>
        <source>kk ru</source>
        <translation>kk ru</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="177"/>
        <source>Add at least one person.</source>
        <translation>Добавьте хотя бы одного человека.</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="180"/>
        <source>Enter the actual time of apprehension.</source>
        <translation>Укажите фактическое время задержания.</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="217"/>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD or DD.MM.YYYY) or an age</source>
        <translation>«%1» — не дата (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ) и не возраст</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="245"/>
        <source>Not allowed: %1</source>
        <translation>Не разрешено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="268"/>
        <source>Row %1 (%2): %3</source>
        <translation>Строка %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/desktop/mass_intake.py" line="280"/>
        <source>%n person(s) to register</source>
        <translation>
            <numerusform>%n человек к регистрации</numerusform>
            <numerusform>%n человека к регистрации</numerusform>
            <numerusform>%n человек к регистрации</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../ui/desktop/fields.py" line="351"/>
        <source>Known</source>
        <translation>Известна</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../ui/desktop/intake.py" line="82"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="83"/>
        <source>Search by name or identity document first; register a new person only if nobody matches.</source>
        <translation>Сначала найдите по имени или документу; регистрируйте новое лицо, только если никто не найден.</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="87"/>
        <source>Name or document number, then Enter</source>
        <translation>Имя или номер документа, затем Enter</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="92"/>
        <source>The person selected above</source>
        <translation>Лицо, выбранное выше</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="93"/>
        <source>A new person</source>
        <translation>Новое лицо</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="104"/>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="106"/>
        <source>KZ, RU, UZ… or &apos;stateless&apos;; empty when unknown</source>
        <translation>KZ, RU, UZ… или &apos;stateless&apos; (без гражданства); пусто, если неизвестно</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="108"/>
        <source>kk ru</source>
        <translation>kk ru</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="109"/>
        <source>— not stated —</source>
        <translation>— не указано —</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="112"/>
        <source>separate with ;</source>
        <translation>разделяйте знаком ;</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="114"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="116"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="119"/>
        <source>Needs an interpreter</source>
        <translation>Нужен переводчик</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="121"/>
        <source>Vulnerabilities</source>
        <translation>Уязвимость (особые нужды)</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="141"/>
        <source>born ?</source>
        <translation>дата рождения ?</translation>
    </message>
</context>
<context>
    <name>TextListEdit</name>
    <message>
        <location filename="../../ui/desktop/fields.py" line="383"/>
        <source>Type a name and press Enter</source>
        <translation>Введите имя и нажмите Enter</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="384"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="386"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
</TS>
