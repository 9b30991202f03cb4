<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AccountDialog</name>
    <message>
        <source>None ticked: every facility (prosecutors and monitors of the whole country).</source>
        <translation>Ничего не отмечено — все учреждения (прокуроры и наблюдатели по всей стране).</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;ФИО</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Роль</translation>
    </message>
    <message>
        <source>Faci&amp;lities</source>
        <translation>&amp;Учреждения</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>Re&amp;peat password</source>
        <translation>&amp;Повторите пароль</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Новая учётная запись</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Учётная запись %1</translation>
    </message>
    <message>
        <source>The password and its repetition differ.</source>
        <translation>Пароль и его повтор не совпадают.</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <source>Duty officer</source>
        <translation>Дежурный</translation>
    </message>
    <message>
        <source>Investigator</source>
        <translation>Следователь</translation>
    </message>
    <message>
        <source>Medical staff</source>
        <translation>Медработник</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Прокурор</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Registrar (imports)</source>
        <translation>Регистратор (импорт)</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Учреждения</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Последний вход</translation>
    </message>
    <message>
        <source>all facilities</source>
        <translation>все учреждения</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>отключена</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>, must change password</source>
        <translation>, должен сменить пароль</translation>
    </message>
    <message>
        <source>Accounts are never deleted: disable the account of someone who leaves. Every change is recorded in the register&apos;s chain.</source>
        <translation>Учётные записи никогда не удаляются: отключите запись уволившегося сотрудника. Каждое изменение вносится в цепочку реестра.</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Новая учётная запись…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <source>Change r&amp;ole and facilities…</source>
        <translation>Из&amp;менить роль и учреждения…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Сбросить &amp;пароль…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Вк&amp;лючить</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Detention Register: first start</source>
        <translation>Реестр задержанных: первый запуск</translation>
    </message>
    <message>
        <source>This register has no accounts yet</source>
        <translation>В этом реестре ещё нет учётных записей</translation>
    </message>
    <message>
        <source>Create the first administrator now. The administrator then adds the facilities and the accounts of everyone who works with the register.</source>
        <translation>Создайте сейчас первого администратора. Затем администратор добавит учреждения и учётные записи всех, кто работает с реестром.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;ФИО</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>&amp;Повторите пароль</translation>
    </message>
    <message>
        <source>At least %1 characters; not a common password and not the username.</source>
        <translation>Не менее %1 символов; не распространённый пароль и не имя пользователя.</translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation>&amp;Создать администратора</translation>
    </message>
    <message>
        <source>The password and its repetition differ.</source>
        <translation>Пароль и его повтор не совпадают.</translation>
    </message>
    <message>
        <source>Add the first facility</source>
        <translation>Добавьте первое учреждение</translation>
    </message>
</context>
<context>
    <name>PasswordChangeDialog</name>
    <message>
        <source>Change password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <source>An administrator has reset your password. Choose your own before you continue.</source>
        <translation>Администратор сбросил ваш пароль. Прежде чем продолжить, задайте свой.</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Текущий пароль</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Новый пароль</translation>
    </message>
    <message>
        <source>&amp;Repeat new password</source>
        <translation>&amp;Повторите новый пароль</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <source>The new password and its repetition differ.</source>
        <translation>Новый пароль и его повтор не совпадают.</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>Пароль должен содержать не менее %1 символов.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Текущий пароль неверен.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again later.</source>
        <translation>Слишком много неудачных попыток. Повторите позже.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset the password of %1</source>
        <translation>Сброс пароля: %1</translation>
    </message>
    <message>
        <source>Give the new password to %1 in person. It must be changed at the next sign-in.</source>
        <translation>Передайте новый пароль пользователю %1 лично. Его нужно будет сменить при следующем входе.</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Новый пароль</translation>
    </message>
    <message>
        <source>Re&amp;peat password</source>
        <translation>&amp;Повторите пароль</translation>
    </message>
    <message>
        <source>The password and its repetition differ.</source>
        <translation>Пароль и его повтор не совпадают.</translation>
    </message>
</context>
<context>
    <name>SessionControls</name>
    <message>
        <source>C&amp;hange my password…</source>
        <translation>С&amp;менить мой пароль…</translation>
    </message>
    <message>
        <source>&amp;Lock the station</source>
        <translation>&amp;Заблокировать рабочее место</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Выйти</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the detention register</source>
        <translation>Вход в реестр задержанных</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>Demo register: sign in as %1 with the password “%2”.</source>
        <translation>Демонстрационный реестр: войдите как %1 с паролем «%2».</translation>
    </message>
    <message>
        <source>Too many failed attempts. Sign-in for this account is locked until %1.</source>
        <translation>Слишком много неудачных попыток. Вход для этой учётной записи заблокирован до %1.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Detention Register is locked</source>
        <translation>Реестр задержанных заблокирован</translation>
    </message>
    <message>
        <source>The station was left idle and has been locked. %1, enter your password to continue where you left off.</source>
        <translation>Рабочее место долго простаивало и заблокировано. %1, введите пароль, чтобы продолжить с того же места.</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Выйти</translation>
    </message>
</context>
</TS>
