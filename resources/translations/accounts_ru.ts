<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>PasswordChangeDialog</name>
    <message>
        <source>Change password</source>
        <translation>Смена пароля</translation>
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
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the detention register</source>
        <translation>Вход в реестр задержанных</translation>
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
        <source>This register has no accounts yet. Create the first administrator with “detention-register init --admin USERNAME”.</source>
        <translation>В реестре ещё нет учётных записей. Создайте первого администратора командой «detention-register init --admin ИМЯ».</translation>
    </message>
    <message>
        <source>Too many failed attempts. Sign-in for this account is locked until %1.</source>
        <translation>Слишком много неудачных попыток. Вход для этой учётной записи заблокирован до %1.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>Эта учётная запись отключена. Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
</context>
</TS>
