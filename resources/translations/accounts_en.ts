<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>PasswordChangeDialog</name>
    <message>
        <location filename="../../ui/desktop/account_dialogs.py" line="44"/>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/account_dialogs.py" line="45"/>
        <source>&amp;Current password</source>
        <translation>&amp;Current password</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/account_dialogs.py" line="46"/>
        <source>&amp;New password</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/account_dialogs.py" line="47"/>
        <source>&amp;Repeat new password</source>
        <translation>&amp;Repeat new password</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/account_dialogs.py" line="48"/>
        <source>C&amp;hange</source>
        <translation>C&amp;hange</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/account_dialogs.py" line="77"/>
        <source>The new password and its repetition differ.</source>
        <translation>The new password and its repetition differ.</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/account_dialogs.py" line="78"/>
        <source>A password has at least %1 characters.</source>
        <translation>A password has at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/account_dialogs.py" line="79"/>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/account_dialogs.py" line="80"/>
        <source>Too many failed attempts. Try again later.</source>
        <translation>Too many failed attempts. Try again later.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/desktop/login.py" line="64"/>
        <source>Sign in to the detention register</source>
        <translation>Sign in to the detention register</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/login.py" line="65"/>
        <source>&amp;Username</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/login.py" line="66"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/login.py" line="67"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/login.py" line="68"/>
        <source>Demo register: sign in as %1 with the password “%2”.</source>
        <translation>Demo register: sign in as %1 with the password “%2”.</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/login.py" line="92"/>
        <source>This register has no accounts yet. Create the first administrator with “detention-register init --admin USERNAME”.</source>
        <translation>This register has no accounts yet. Create the first administrator with “detention-register init --admin USERNAME”.</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/login.py" line="98"/>
        <source>Too many failed attempts. Sign-in for this account is locked until %1.</source>
        <translation>Too many failed attempts. Sign-in for this account is locked until %1.</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/login.py" line="101"/>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>This account is disabled. Ask the administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/login.py" line="103"/>
        <source>Wrong username or password.</source>
        <translation>Wrong username or password.</translation>
    </message>
</context>
</TS>
