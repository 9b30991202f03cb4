<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Detention Register</source>
        <translation>О программе «Реестр задержанных»</translation>
    </message>
    <message>
        <source>Detention Register</source>
        <translation>Реестр задержанных</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>The register of people deprived of their liberty, with the legal time limits of each custody counted live.</source>
        <translation>Реестр лиц, лишённых свободы, с отсчётом процессуальных сроков каждого задержания в реальном времени.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or any later version (%1). It comes with no warranty.</source>
        <translation>Свободная программа под лицензией GNU General Public License версии 3 или любой более поздней версии (%1). Предоставляется без каких-либо гарантий.</translation>
    </message>
    <message>
        <source>Source code: %1</source>
        <translation>Исходный код: %1</translation>
    </message>
</context>
<context>
    <name>AlarmBanner</name>
    <message>
        <source>ALARM: %1</source>
        <translation>ТРЕВОГА: %1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Detention Register</source>
        <translation>Реестр задержанных</translation>
    </message>
    <message>
        <source>The register could not be opened.

%1</source>
        <translation>Не удалось открыть реестр.

%1</translation>
    </message>
    <message>
        <source>An unexpected error occurred. Check that what you were doing was recorded before you continue.

The details could not be written to a log file.</source>
        <translation>Произошла непредвиденная ошибка. Прежде чем продолжить, проверьте, записано ли то, что вы делали.

Подробности не удалось записать в журнал.</translation>
    </message>
    <message>
        <source>An unexpected error occurred. Check that what you were doing was recorded before you continue.

The details were written to:
%1
Give this file to your administrator.</source>
        <translation>Произошла непредвиденная ошибка. Прежде чем продолжить, проверьте, записано ли то, что вы делали.

Подробности записаны в файл:
%1
Передайте этот файл администратору.</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Something went wrong that the register did not expect (%1). The details are in the log.</source>
        <translation>Произошло то, чего реестр не ожидал (%1). Подробности записаны в журнал.</translation>
    </message>
    <message>
        <source>%1 did not succeed.

%2</source>
        <translation>%1: не выполнено.

%2</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>AGE UNKNOWN</source>
        <translation>ВОЗРАСТ НЕИЗВЕСТЕН</translation>
    </message>
    <message>
        <source>MINOR</source>
        <translation>НЕСОВЕРШЕННОЛЕТНИЙ</translation>
    </message>
    <message>
        <source>FOREIGN</source>
        <translation>ИНОСТРАНЕЦ</translation>
    </message>
    <message>
        <source>AGE UNKNOWN ~%1</source>
        <translation>ВОЗРАСТ НЕИЗВЕСТЕН ~%1</translation>
    </message>
    <message>
        <source>Vulnerabilities: %1</source>
        <translation>Уязвимость: %1</translation>
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
        <source>Cell</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>In custody for</source>
        <translation>Под стражей</translation>
    </message>
    <message>
        <source>Legal clocks</source>
        <translation>Процессуальные сроки</translation>
    </message>
    <message>
        <source>Custody No. %1</source>
        <translation>Задержание № %1</translation>
    </message>
    <message>
        <source>in transit</source>
        <translation>в пути</translation>
    </message>
    <message>
        <source>Apprehended %1</source>
        <translation>Задержан %1</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Внимание</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message numerus="yes">
        <source>%n in custody</source>
        <translation>
            <numerusform>%n под стражей</numerusform>
            <numerusform>%n под стражей</numerusform>
            <numerusform>%n под стражей</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>&amp;Учреждение:</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>Все учреждения</translation>
    </message>
    <message numerus="yes">
        <source>Showing only the %n people just registered</source>
        <translation>
            <numerusform>Показан только %n человек, зарегистрированный сейчас</numerusform>
            <numerusform>Показаны только %n человека, зарегистрированные сейчас</numerusform>
            <numerusform>Показаны только %n человек, зарегистрированных сейчас</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name, document or custody No. (Ctrl+F)</source>
        <translation>Фильтр по имени, документу или № задержания (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter the board</source>
        <translation>Фильтр табло</translation>
    </message>
    <message>
        <source>Age unknown only</source>
        <translation>Только с неизвестным возрастом</translation>
    </message>
    <message>
        <source>People whose birth date is not established: establish their identity first</source>
        <translation>Люди, чья дата рождения не установлена: сначала установите их личность</translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation>Показать всех</translation>
    </message>
    <message>
        <source>Custodies held</source>
        <translation>Содержащиеся под стражей</translation>
    </message>
</context>
<context>
    <name>ClockChips</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 сут %2 ч</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>осталось %1</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>нарушено</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>просрочено на %1</translation>
    </message>
    <message>
        <source>%1
Due: %2</source>
        <translation>%1
Срок: %2</translation>
    </message>
</context>
<context>
    <name>FacilityDialog</name>
    <message>
        <source>Police station</source>
        <translation>Отдел полиции</translation>
    </message>
    <message>
        <source>Temporary detention facility (IVS)</source>
        <translation>Изолятор временного содержания (ИВС)</translation>
    </message>
    <message>
        <source>Pre-trial detention centre (SIZO)</source>
        <translation>Следственный изолятор (СИЗО)</translation>
    </message>
    <message>
        <source>Special holding centre</source>
        <translation>Специальный приёмник</translation>
    </message>
    <message>
        <source>Reception and distribution centre</source>
        <translation>Приёмник-распределитель</translation>
    </message>
    <message>
        <source>National Security Committee facility</source>
        <translation>Учреждение КНБ</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Больница</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Транспортное средство</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Add a facility</source>
        <translation>Добавить учреждение</translation>
    </message>
    <message>
        <source>e.g. IVS-ALM-01, as in the national facility list</source>
        <translation>например, IVS-ALM-01, как в национальном перечне учреждений</translation>
    </message>
    <message>
        <source>Yes, an official place of detention</source>
        <translation>Да, официальное место содержания под стражей</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>Not a designated place: every custody held here raises an alert (irregular place of detention).</source>
        <translation>Не официальное место содержания: каждое задержание здесь вызывает оповещение (ненадлежащее место содержания).</translation>
    </message>
    <message>
        <source>An IANA time zone; another one may be typed, e.g. Europe/Moscow</source>
        <translation>Часовой пояс IANA; можно ввести другой, например Europe/Moscow</translation>
    </message>
    <message>
        <source>Facility &amp;id</source>
        <translation>&amp;Идентификатор учреждения</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Designated place of detention</source>
        <translation>&amp;Официальное место содержания</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Часовой пояс</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Регион</translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation>Ве&amp;домство</translation>
    </message>
    <message>
        <source>Addr&amp;ess</source>
        <translation>Адре&amp;с</translation>
    </message>
    <message>
        <source>Tele&amp;phone</source>
        <translation>Теле&amp;фон</translation>
    </message>
    <message>
        <source>Say whether this is a designated place of detention.</source>
        <translation>Укажите, является ли это официальным местом содержания.</translation>
    </message>
    <message>
        <source>Not a known IANA time zone; choose one of the list or type e.g. Asia/Almaty.</source>
        <translation>Неизвестный часовой пояс IANA; выберите из списка или введите, например, Asia/Almaty.</translation>
    </message>
    <message>
        <source>A facility with this id is already in the register.</source>
        <translation>Учреждение с таким идентификатором уже есть в реестре.</translation>
    </message>
</context>
<context>
    <name>FirstStepsPanel</name>
    <message>
        <source>The register is empty</source>
        <translation>Реестр пуст</translation>
    </message>
    <message>
        <source>1. Ask an administrator to add your facility to the register.</source>
        <translation>1. Попросите администратора добавить ваше учреждение в реестр.</translation>
    </message>
    <message>
        <source>2. Record the first person brought in: New intake (Ctrl+N).</source>
        <translation>2. Внесите первого доставленного: Новое поступление (Ctrl+N).</translation>
    </message>
    <message>
        <source>To try the application first, open a separate demo register: “detention-register --db sqlite:///demo.db demo”, then “detention-register --db sqlite:///demo.db gui”.</source>
        <translation>Чтобы сначала опробовать программу, откройте отдельный демо-реестр: «detention-register --db sqlite:///demo.db demo», затем «detention-register --db sqlite:///demo.db gui».</translation>
    </message>
    <message>
        <source>&amp;New intake…</source>
        <translation>&amp;Новое поступление…</translation>
    </message>
    <message>
        <source>1. Add your facilities one by one below, or import the facility list you received: on this station, run “detention-register import FILE” (JSON Lines).</source>
        <translation>1. Добавьте учреждения по одному кнопкой ниже или импортируйте полученный список учреждений: на этой станции выполните «detention-register import ФАЙЛ» (JSON Lines).</translation>
    </message>
    <message>
        <source>Add a &amp;facility…</source>
        <translation>Добавить &amp;учреждение…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>duty officer</source>
        <translation>дежурный</translation>
    </message>
    <message>
        <source>investigator</source>
        <translation>следователь</translation>
    </message>
    <message>
        <source>medical staff</source>
        <translation>медработник</translation>
    </message>
    <message>
        <source>prosecutor</source>
        <translation>прокурор</translation>
    </message>
    <message>
        <source>monitor</source>
        <translation>наблюдатель</translation>
    </message>
    <message>
        <source>registrar</source>
        <translation>регистратор</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>whereabouts desk</source>
        <translation>справочная служба</translation>
    </message>
    <message>
        <source>station operator</source>
        <translation>оператор станции</translation>
    </message>
    <message>
        <source>Refresh the board</source>
        <translation>Обновление табло</translation>
    </message>
    <message>
        <source>Select the people on the board first (Shift or Ctrl with a click, or Shift with the arrows).</source>
        <translation>Сначала выберите людей на табло (щелчок с Shift или Ctrl, либо Shift со стрелками).</translation>
    </message>
    <message>
        <source>Save the timeline as PDF</source>
        <translation>Сохранить хронологию в PDF</translation>
    </message>
    <message>
        <source>Timeline of custody %1 written to %2</source>
        <translation>Хронология задержания %1 записана в %2</translation>
    </message>
    <message>
        <source>Judge the board again</source>
        <translation>Повторная оценка табло</translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation>Проверка цепочки</translation>
    </message>
    <message>
        <source>Checking the chain: %1 of %2 records…</source>
        <translation>Проверка цепочки: %1 из %2 записей…</translation>
    </message>
    <message numerus="yes">
        <source>The rule profile has changed: %n custodies judged again</source>
        <translation>
            <numerusform>Правила изменились: заново оценено %n содержание под стражей</numerusform>
            <numerusform>Правила изменились: заново оценено %n содержания под стражей</numerusform>
            <numerusform>Правила изменились: заново оценено %n содержаний под стражей</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain: not checked yet</source>
        <translation>Цепочка: ещё не проверена</translation>
    </message>
    <message>
        <source>Chain: %1 records, %2 of them verified</source>
        <translation>Цепочка: записей %1, из них проверено %2</translation>
    </message>
    <message>
        <source>Chain verified: %1 records</source>
        <translation>Цепочка проверена: записей %1</translation>
    </message>
    <message>
        <source>CHAIN BROKEN: %1</source>
        <translation>ЦЕПОЧКА НАРУШЕНА: %1</translation>
    </message>
    <message>
        <source>Detention Register</source>
        <translation>Реестр задержанных</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Реестр</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <source>&amp;New intake…</source>
        <translation>&amp;Новое поступление…</translation>
    </message>
    <message>
        <source>&amp;Mass intake…</source>
        <translation>&amp;Массовое поступление…</translation>
    </message>
    <message>
        <source>&amp;Group action for the selected people…</source>
        <translation>&amp;Групповое действие для выбранных…</translation>
    </message>
    <message>
        <source>&amp;Print timeline…</source>
        <translation>&amp;Печать хронологии…</translation>
    </message>
    <message>
        <source>&amp;Filter the board</source>
        <translation>&amp;Фильтр табло</translation>
    </message>
    <message>
        <source>&amp;Search the register</source>
        <translation>&amp;Поиск по реестру</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>Проверить &amp;цепочку</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>&amp;Тёмная тема</translation>
    </message>
    <message>
        <source>&amp;About Detention Register</source>
        <translation>&amp;О программе «Реестр задержанных»</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>Custody board</source>
        <translation>Табло задержанных</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Оповещения</translation>
    </message>
    <message>
        <source>Whereabouts</source>
        <translation>Местонахождение</translation>
    </message>
    <message>
        <source>Who is held</source>
        <translation>Кто содержится</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <source>Register: %1</source>
        <translation>Реестр: %1</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Пользователь: %1 (%2)</translation>
    </message>
    <message>
        <source>Add a &amp;facility…</source>
        <translation>Добавить &amp;учреждение…</translation>
    </message>
    <message>
        <source>Facility %1 added to the register</source>
        <translation>Учреждение %1 добавлено в реестр</translation>
    </message>
    <message>
        <source>Checking the chain…</source>
        <translation>Проверка цепочки…</translation>
    </message>
    <message>
        <source>Chain not checked: %1</source>
        <translation>Цепочка не проверена: %1</translation>
    </message>
    <message>
        <source>Record an &amp;event…</source>
        <translation>Вн&amp;ести событие…</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <source>Writing %1…</source>
        <translation>Запись %1…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Custody No.</source>
        <translation>№ задержания</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Apprehended</source>
        <translation>Задержан</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>released %1</source>
        <translation>освобождён %1</translation>
    </message>
    <message>
        <source>in custody</source>
        <translation>под стражей</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message numerus="yes">
        <source>%n custodies found</source>
        <translation>
            <numerusform>Найдено задержаний: %n</numerusform>
            <numerusform>Найдено задержаний: %n</numerusform>
            <numerusform>Найдено задержаний: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Name, document or custody No.:</source>
        <translation>&amp;Имя, документ или № задержания:</translation>
    </message>
    <message>
        <source>e.g. Петров, N1234567 or a custody No.</source>
        <translation>например, Петров, N1234567 или № задержания</translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>&amp;Учреждение:</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>Все учреждения</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>Everyone, held or released</source>
        <translation>Все: содержащиеся и освобождённые</translation>
    </message>
    <message>
        <source>In custody now</source>
        <translation>Сейчас под стражей</translation>
    </message>
    <message>
        <source>Apprehended from</source>
        <translation>Задержаны с</translation>
    </message>
    <message>
        <source>until</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Minors only</source>
        <translation>Только несовершеннолетние</translation>
    </message>
    <message>
        <source>Foreign nationals only</source>
        <translation>Только иностранцы</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>Apprehended until</source>
        <translation>Задержаны по</translation>
    </message>
    <message>
        <source>Custodies found</source>
        <translation>Найденные задержания</translation>
    </message>
</context>
<context>
    <name>TimeAxis</name>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message>
        <source>%1
Arrived: %2</source>
        <translation>%1
Доставлен: %2</translation>
    </message>
    <message>
        <source>%1
Started: %2
Due: %3
Status: %4</source>
        <translation>%1
Начало: %2
Срок: %3
Статус: %4</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Time (local)</source>
        <translation>Время (местное)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Recorded by, when</source>
        <translation>Кем и когда внесено</translation>
    </message>
    <message>
        <source>originally %1</source>
        <translation>первоначально %1</translation>
    </message>
    <message>
        <source>CORRECTED</source>
        <translation>ИСПРАВЛЕНО</translation>
    </message>
    <message>
        <source>LATE ENTRY: recorded %1 after the event</source>
        <translation>ПОЗДНЯЯ ЗАПИСЬ: внесена через %1 после события</translation>
    </message>
    <message>
        <source>(originally: %1)</source>
        <translation>(первоначально: %1)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Исполнено</translation>
    </message>
    <message>
        <source>There is no custody %1 in the register.</source>
        <translation>В реестре нет задержания %1.</translation>
    </message>
    <message>
        <source>&amp;Correct selected event…</source>
        <translation>&amp;Исправить выбранное событие…</translation>
    </message>
    <message>
        <source>MINOR</source>
        <translation>НЕСОВЕРШЕННОЛЕТНИЙ</translation>
    </message>
    <message>
        <source>FOREIGN NATIONAL</source>
        <translation>ИНОСТРАНЕЦ</translation>
    </message>
    <message>
        <source>Custody No. %1</source>
        <translation>Задержание № %1</translation>
    </message>
    <message>
        <source>Age at apprehension: %1</source>
        <translation>Возраст при задержании: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>unknown (estimated ~%1)</source>
        <translation>неизвестен (предположительно ~%1)</translation>
    </message>
    <message>
        <source>Citizenship: %1</source>
        <translation>Гражданство: %1</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Языки: %1</translation>
    </message>
    <message>
        <source>Vulnerabilities: %1</source>
        <translation>Уязвимость: %1</translation>
    </message>
    <message>
        <source>Apprehended: %1</source>
        <translation>Задержан: %1</translation>
    </message>
    <message>
        <source>Released: %1</source>
        <translation>Освобождён: %1</translation>
    </message>
    <message>
        <source>Now at: %1</source>
        <translation>Сейчас: %1</translation>
    </message>
    <message>
        <source>Now: in transit</source>
        <translation>Сейчас: в пути</translation>
    </message>
    <message>
        <source>Record an &amp;event…</source>
        <translation>Вн&amp;ести событие…</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Legal clocks</source>
        <translation>Процессуальные сроки</translation>
    </message>
</context>
<context>
    <name>VerifyEvidenceDialog</name>
    <message>
        <source>Verify a printout or an export</source>
        <translation>Проверить распечатку или выгрузку</translation>
    </message>
    <message>
        <source>Scan the QR code of a printed timeline into the box below (a scanner types it in), or type its text; or open a one-custody export file. The check uses the register&apos;s proofs and what this desk has witnessed, never the register&apos;s word. A long timeline carries several numbered codes: scan every one of them, in any order.</source>
        <translation>Отсканируйте QR-код распечатанной хронологии в поле ниже (сканер вводит его как текст) или введите его текст вручную; или откройте файл выгрузки одного задержания. Проверка опирается на доказательства реестра и на то, что засвидетельствовало это рабочее место, а не на слово реестра. Длинная хронология несёт несколько пронумерованных кодов: отсканируйте каждый из них в любом порядке.</translation>
    </message>
    <message>
        <source>The QR code&apos;s text: the register&apos;s signed checkpoint and the list of printed records</source>
        <translation>Текст QR-кода: подписанная контрольная точка реестра и список напечатанных записей</translation>
    </message>
    <message>
        <source>Check the QR text</source>
        <translation>Проверить текст QR-кода</translation>
    </message>
    <message>
        <source>Open an export file…</source>
        <translation>Открыть файл выгрузки…</translation>
    </message>
    <message>
        <source>Open an export file</source>
        <translation>Открыть файл выгрузки</translation>
    </message>
    <message>
        <source>Exports (*.jsonl *.json *.txt);;All files (*)</source>
        <translation>Выгрузки (*.jsonl *.json *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>It is not signed by this register&apos;s key: it was not printed or exported from this register, or its code or header was altered.</source>
        <translation>Это не подписано ключом этого реестра: документ напечатан или выгружен не из этого реестра, либо его код или заголовок изменены.</translation>
    </message>
    <message>
        <source>It does not match the register:</source>
        <translation>Не совпадает с реестром:</translation>
    </message>
    <message>
        <source>Intact and part of the register as witnessed on %1.</source>
        <translation>Не изменено и входит в реестр, каким он был засвидетельствован %1.</translation>
    </message>
    <message>
        <source>Intact: every record matches its hash and the chain links them.</source>
        <translation>Не изменено: каждая запись совпадает со своим хешем, и цепочка их связывает.</translation>
    </message>
    <message>
        <source>Custody %1, %2 records, checkpoint of %3 entries.</source>
        <translation>Задержание %1, записей: %2, контрольная точка на %3 записей.</translation>
    </message>
</context>
<context>
    <name>Witness</name>
    <message>
        <source>event</source>
        <translation>событие</translation>
    </message>
    <message>
        <source>custody</source>
        <translation>задержание</translation>
    </message>
    <message>
        <source>person</source>
        <translation>лицо</translation>
    </message>
    <message>
        <source>facility</source>
        <translation>учреждение</translation>
    </message>
    <message>
        <source>The register now signs its checkpoints with a key this desk never saw it use (at %1 entries): it may have been rebuilt from a copy.</source>
        <translation>Реестр теперь подписывает контрольные точки ключом, которым он при этом рабочем месте никогда не пользовался (на %1 записях): возможно, его пересобрали из копии.</translation>
    </message>
    <message>
        <source>The register&apos;s history is no longer an extension of what this desk saw: its first %1 entries, seen on %2, are not the history it shows now (%3 entries). Someone changed, removed or re-hashed records the register had.</source>
        <translation>История реестра больше не продолжает то, что видело это рабочее место: его первые %1 записей, увиденные %2, не совпадают с историей, которую он показывает сейчас (%3 записей). Кто-то изменил, удалил или пересчитал хеши записей, которые были в реестре.</translation>
    </message>
    <message>
        <source>Its first %1 entries still agree with what this desk saw.</source>
        <translation>Его первые %1 записей по-прежнему совпадают с тем, что видело это рабочее место.</translation>
    </message>
    <message>
        <source>This is not the text of a printed timeline&apos;s QR code: %1.</source>
        <translation>Это не текст QR-кода распечатанной хронологии: %1.</translation>
    </message>
    <message>
        <source>The file is not an export of the register: %1.</source>
        <translation>Файл не является выгрузкой реестра: %1.</translation>
    </message>
    <message>
        <source>The register holds %1 %2 (chain No. %3) of this custody, which the printout does not list.</source>
        <translation>В реестре есть %1 %2 (№ %3 в цепочке) этого задержания, которого нет в распечатке.</translation>
    </message>
    <message>
        <source>Chain No. %1 of the printout is no longer in the register.</source>
        <translation>Записи № %1 в цепочке из распечатки больше нет в реестре.</translation>
    </message>
    <message>
        <source>Chain No. %1 (%2 %3) is not the record the printout shows (hash %4…): it was changed after printing.</source>
        <translation>№ %1 в цепочке (%2 %3) — не та запись, что в распечатке (хеш %4…): её изменили после печати.</translation>
    </message>
    <message>
        <source>Chain No. %1 (%2 %3) no longer carries the printed hash (%4…): a record before it was changed, or this one was.</source>
        <translation>№ %1 в цепочке (%2 %3) больше не имеет напечатанного хеша (%4…): изменена запись перед ней или она сама.</translation>
    </message>
    <message>
        <source>Verify a printout or an export…</source>
        <translation>Проверить распечатку или выгрузку…</translation>
    </message>
    <message>
        <source>Check the register against what this desk witnessed</source>
        <translation>Сверить реестр с тем, что засвидетельствовало это рабочее место</translation>
    </message>
    <message>
        <source>The register&apos;s history was rewritten</source>
        <translation>История реестра переписана</translation>
    </message>
    <message>
        <source>The register&apos;s own chain check may still say it is intact: whoever rewrites history recomputes every hash. Do not rely on the register&apos;s records up to that size. Keep this computer&apos;s witness file, %1, and report this to the prosecutor&apos;s office and the national preventive mechanism.</source>
        <translation>Собственная проверка цепочки реестра может по-прежнему показывать, что она цела: тот, кто переписывает историю, пересчитывает все хеши. Не полагайтесь на записи реестра до этого размера. Сохраните файл свидетеля на этом компьютере (%1) и сообщите об этом в прокуратуру и национальный превентивный механизм.</translation>
    </message>
</context>
</TS>
