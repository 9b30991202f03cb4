<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ApprehensionForm</name>
    <message>
        <source>There is no video recording</source>
        <translation>Видеозапись отсутствует</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>Enter the video reference, or tick &apos;There is no video recording&apos;.</source>
        <translation>Укажите номер видеозаписи или отметьте «Видеозапись отсутствует».</translation>
    </message>
    <message>
        <source>Say why there is no video recording.</source>
        <translation>Укажите, почему нет видеозаписи.</translation>
    </message>
</context>
<context>
    <name>ApprehensionPage</name>
    <message>
        <source>Apprehension</source>
        <translation>Фактическое задержание</translation>
    </message>
    <message>
        <source>The actual moment of apprehension, on the local clock of the place — not the time of arrival or of this entry.</source>
        <translation>Фактический момент задержания по местному времени места задержания — не время доставления и не время этой записи.</translation>
    </message>
</context>
<context>
    <name>ArrivalPage</name>
    <message>
        <source>Arrival, rights and placement</source>
        <translation>Доставление, права и размещение</translation>
    </message>
    <message>
        <source>Times are read on the clock of the facility of arrival. Untick what has not happened yet; record it later as an event.</source>
        <translation>Время указывается по часам учреждения, куда доставлен. Снимите отметку с того, чего ещё не было; внесите это позже как событие.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <source>Rights explained now</source>
        <translation>Права разъяснены сейчас</translation>
    </message>
    <message>
        <source>Placed in a cell or room now</source>
        <translation>Размещён в камере или помещении сейчас</translation>
    </message>
    <message>
        <source>Dependants and emergency contact asked now</source>
        <translation>Иждивенцы и контакт для экстренной связи выяснены сейчас</translation>
    </message>
</context>
<context>
    <name>ClocksPage</name>
    <message>
        <source>Registered: clocks started</source>
        <translation>Зарегистрировано: запущенные сроки</translation>
    </message>
    <message>
        <source>The legal time limits the register now counts for this custody.</source>
        <translation>Процессуальные сроки, которые реестр теперь отсчитывает для этого задержания.</translation>
    </message>
    <message>
        <source>Clocks started</source>
        <translation>Запущенные сроки</translation>
    </message>
    <message>
        <source>%1 is registered in custody %2.</source>
        <translation>%1 зарегистрирован(а) в задержании %2.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct an event</source>
        <translation>Исправление события</translation>
    </message>
    <message>
        <source>The event should read:</source>
        <translation>Событие должно быть записано так:</translation>
    </message>
    <message>
        <source>Why the record was wrong, and how the truth is known</source>
        <translation>Почему запись была неверной и откуда известно, как было на самом деле</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Причина исправления</translation>
    </message>
    <message>
        <source>As first recorded (this stays in the register):</source>
        <translation>Как было записано первоначально (остаётся в реестре):</translation>
    </message>
    <message>
        <source>Recorded by %1 at %2</source>
        <translation>Внесено: %1, %2</translation>
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
    <name>EventDialog</name>
    <message>
        <source>Record an event</source>
        <translation>Внести событие</translation>
    </message>
    <message>
        <source>E&amp;vent:</source>
        <translation>&amp;Событие:</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* обязательно</translation>
    </message>
    <message>
        <source>There is no custody %1 in the register.</source>
        <translation>В реестре нет задержания %1.</translation>
    </message>
    <message>
        <source>%1 — custody %2</source>
        <translation>%1 — задержание %2</translation>
    </message>
    <message>
        <source>not at a facility</source>
        <translation>не в учреждении</translation>
    </message>
</context>
<context>
    <name>EventFieldsForm</name>
    <message>
        <source>— not stated —</source>
        <translation>— не указано —</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
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
        <translation>женский</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Не разрешено: %1</translation>
    </message>
</context>
<context>
    <name>GroupActionDialog</name>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Custody No.</source>
        <translation>№ задержания</translation>
    </message>
    <message>
        <source>Now at</source>
        <translation>Сейчас находится</translation>
    </message>
    <message>
        <source>Group action</source>
        <translation>Групповое действие</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>People of the group</source>
        <translation>Лица группы</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) chosen: one event for each, all or none</source>
        <translation>
            <numerusform>Выбран %n человек: по событию на каждого, все или ни одного</numerusform>
            <numerusform>Выбрано %n человека: по событию на каждого, все или ни одного</numerusform>
            <numerusform>Выбрано %n человек: по событию на каждого, все или ни одного</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 if not as for all</source>
        <translation>%1, если не как у всех</translation>
    </message>
    <message>
        <source>as for all</source>
        <translation>как у всех</translation>
    </message>
    <message>
        <source>Choose at least one person on the board.</source>
        <translation>Выберите на табло хотя бы одного человека.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <source>New custody</source>
        <translation>Новое задержание</translation>
    </message>
    <message>
        <source>Custody of %1, born %2</source>
        <translation>Задержание: %1, дата рождения %2</translation>
    </message>
    <message>
        <source>Custody of %1, birth date unknown</source>
        <translation>Задержание: %1, дата рождения неизвестна</translation>
    </message>
    <message>
        <source>a new person</source>
        <translation>новый человек</translation>
    </message>
    <message>
        <source>already in the register (%1)</source>
        <translation>уже в реестре (%1)</translation>
    </message>
    <message>
        <source>Nothing was registered. Correct these fields, then register again:</source>
        <translation>Ничего не зарегистрировано. Исправьте эти поля и зарегистрируйте снова:</translation>
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
        <translation>Добавить предмет</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>узбекский</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation>киргизский</translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation>таджикский</translation>
    </message>
    <message>
        <source>Turkmen</source>
        <translation>туркменский</translation>
    </message>
    <message>
        <source>Uyghur</source>
        <translation>уйгурский</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>азербайджанский</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>турецкий</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>китайский</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>украинский</translation>
    </message>
    <message>
        <source>German</source>
        <translation>немецкий</translation>
    </message>
</context>
<context>
    <name>LocalDateTimeEdit</name>
    <message>
        <source>Time given</source>
        <translation>Время указано</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Set the current time (Ctrl+Shift+N)</source>
        <translation>Подставить текущее время (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Set the current time</source>
        <translation>Подставить текущее время</translation>
    </message>
    <message>
        <source>%1: time given</source>
        <translation>%1: время указано</translation>
    </message>
    <message>
        <source>%1: time zone</source>
        <translation>%1: часовой пояс</translation>
    </message>
    <message>
        <source>not entered yet</source>
        <translation>ещё не указано</translation>
    </message>
</context>
<context>
    <name>MassIntakeDialog</name>
    <message>
        <source>Mass intake</source>
        <translation>Массовое задержание</translation>
    </message>
    <message>
        <source>Apprehension, shared by the whole group</source>
        <translation>Задержание — общее для всей группы</translation>
    </message>
    <message>
        <source>Arrival, shared by the whole group</source>
        <translation>Доставление — общее для всей группы</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Born or age</source>
        <translation>Дата рождения или возраст</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>People of the group</source>
        <translation>Лица группы</translation>
    </message>
    <message>
        <source>Remove selected row</source>
        <translation>Удалить выбранную строку</translation>
    </message>
    <message>
        <source>Register everyone (Ctrl+Enter)</source>
        <translation>Зарегистрировать всех (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Next person — Enter adds the row</source>
        <translation>Следующий человек — Enter добавляет строку</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or age</source>
        <translation>ГГГГ-ММ-ДД или возраст</translation>
    </message>
    <message>
        <source>KZ… empty if unknown</source>
        <translation>KZ… пусто, если неизвестно</translation>
    </message>
    <message>
        <source>kk ru</source>
        <translation>kk ru</translation>
    </message>
    <message>
        <source>Add at least one person.</source>
        <translation>Добавьте хотя бы одного человека.</translation>
    </message>
    <message>
        <source>Enter the actual time of apprehension.</source>
        <translation>Укажите фактическое время задержания.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD or DD.MM.YYYY) or an age</source>
        <translation>«%1» — не дата (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ) и не возраст</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>Строка %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) to register</source>
        <translation>
            <numerusform>%n человек к регистрации</numerusform>
            <numerusform>%n человека к регистрации</numerusform>
            <numerusform>%n человек к регистрации</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MassIntakeSummary</name>
    <message>
        <source>Mass intake registered</source>
        <translation>Массовое задержание зарегистрировано</translation>
    </message>
    <message numerus="yes">
        <source>%n custody(ies) registered. The board shows only them until you choose Show everyone.</source>
        <translation>
            <numerusform>Зарегистрировано %n задержание. Табло показывает только его, пока вы не нажмёте «Показать всех».</numerusform>
            <numerusform>Зарегистрировано %n задержания. Табло показывает только их, пока вы не нажмёте «Показать всех».</numerusform>
            <numerusform>Зарегистрировано %n задержаний. Табло показывает только их, пока вы не нажмёте «Показать всех».</numerusform>
        </translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Custody No.</source>
        <translation>№ задержания</translation>
    </message>
    <message>
        <source>Group action for these people…</source>
        <translation>Групповое действие для этих людей…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>NamesakeBox</name>
    <message>
        <source>This person may already be in the register</source>
        <translation>Этот человек, возможно, уже есть в реестре</translation>
    </message>
    <message>
        <source>Compare before going on: a custody opened for the wrong person follows them for years.</source>
        <translation>Сравните, прежде чем продолжить: задержание, открытое не на того человека, преследует его годами.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Held before</source>
        <translation>Содержался ранее</translation>
    </message>
    <message>
        <source>It is the selected person: open the custody for them</source>
        <translation>Это выбранный человек: открыть задержание на него</translation>
    </message>
    <message>
        <source>None of them: this is a different person</source>
        <translation>Никто из них: это другой человек</translation>
    </message>
    <message>
        <source>Being registered</source>
        <translation>Регистрируется</translation>
    </message>
    <message>
        <source>In the register</source>
        <translation>В реестре</translation>
    </message>
    <message>
        <source>born ?</source>
        <translation>дата рождения ?</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Known</source>
        <translation>Известна</translation>
    </message>
    <message>
        <source>%1: known</source>
        <translation>%1: известна</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Search by name or identity document first; register a new person only if nobody matches.</source>
        <translation>Сначала найдите по имени или документу; регистрируйте новое лицо, только если никто не найден.</translation>
    </message>
    <message>
        <source>Name or document number, then Enter</source>
        <translation>Имя или номер документа, затем Enter</translation>
    </message>
    <message>
        <source>Find the person</source>
        <translation>Поиск лица</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Найденные лица</translation>
    </message>
    <message>
        <source>The person selected above</source>
        <translation>Лицо, выбранное выше</translation>
    </message>
    <message>
        <source>A new person</source>
        <translation>Новое лицо</translation>
    </message>
    <message>
        <source>— no estimate —</source>
        <translation>— без оценки —</translation>
    </message>
    <message>
        <source>Only when the birth date is unknown: an estimate is kept as such, and the person is still treated as possibly a minor.</source>
        <translation>Только если дата рождения неизвестна: оценка хранится как оценка, а человек по-прежнему считается возможно несовершеннолетним.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>KZ, RU, UZ… or &apos;stateless&apos;; empty when unknown</source>
        <translation>KZ, RU, UZ… или &apos;stateless&apos; (без гражданства); пусто, если неизвестно</translation>
    </message>
    <message>
        <source>kk ru</source>
        <translation>kk ru</translation>
    </message>
    <message>
        <source>— not stated —</source>
        <translation>— не указано —</translation>
    </message>
    <message>
        <source>separate with ;</source>
        <translation>разделяйте знаком ;</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>Нужен переводчик</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Уязвимость (особые нужды)</translation>
    </message>
    <message>
        <source>born ?</source>
        <translation>дата рождения ?</translation>
    </message>
</context>
<context>
    <name>TextListEdit</name>
    <message>
        <source>Type a name and press Enter</source>
        <translation>Введите имя и нажмите Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>%1: added</source>
        <translation>%1: добавленные</translation>
    </message>
</context>
</TS>
