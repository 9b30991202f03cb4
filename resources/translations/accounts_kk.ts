<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>PasswordChangeDialog</name>
    <message>
        <source>Change password</source>
        <translation>Құпиясөзді өзгерту</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Ағымдағы құпиясөз</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Жаңа құпиясөз</translation>
    </message>
    <message>
        <source>&amp;Repeat new password</source>
        <translation>Жаңа құпиясөзді &amp;қайталаңыз</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>Ө&amp;згерту</translation>
    </message>
    <message>
        <source>The new password and its repetition differ.</source>
        <translation>Жаңа құпиясөз бен оның қайталануы сәйкес емес.</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>Құпиясөзде кемінде %1 таңба болуы керек.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Ағымдағы құпиясөз қате.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again later.</source>
        <translation>Сәтсіз әрекеттер тым көп. Кейінірек қайталаңыз.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the detention register</source>
        <translation>Ұсталғандар тізіліміне кіру</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Пайдаланушы аты</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Құпиясөз</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Кіру</translation>
    </message>
    <message>
        <source>Demo register: sign in as %1 with the password “%2”.</source>
        <translation>Демонстрациялық тізілім: %1 ретінде «%2» құпиясөзімен кіріңіз.</translation>
    </message>
    <message>
        <source>This register has no accounts yet. Create the first administrator with “detention-register init --admin USERNAME”.</source>
        <translation>Тізілімде әлі есептік жазба жоқ. Бірінші әкімшіні «detention-register init --admin АТЫ» командасымен жасаңыз.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Sign-in for this account is locked until %1.</source>
        <translation>Сәтсіз әрекеттер тым көп. Бұл есептік жазбаға кіру %1 дейін бұғатталды.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>Бұл есептік жазба өшірілген. Әкімшіге хабарласыңыз.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Пайдаланушы аты немесе құпиясөз қате.</translation>
    </message>
</context>
</TS>
