<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AccountDialog</name>
    <message>
        <source>None ticked: every facility (prosecutors and monitors of the whole country).</source>
        <translation>Ештеңе белгіленбесе — барлық мекемелер (бүкіл елдің прокурорлары мен бақылаушылары).</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Пайдаланушы аты</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Толық аты-жөні</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Рөлі</translation>
    </message>
    <message>
        <source>Faci&amp;lities</source>
        <translation>&amp;Мекемелер</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Құпиясөз</translation>
    </message>
    <message>
        <source>Re&amp;peat password</source>
        <translation>Құпиясөзді &amp;қайталаңыз</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Жаңа есептік жазба</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>%1 есептік жазбасы</translation>
    </message>
    <message>
        <source>The password and its repetition differ.</source>
        <translation>Құпиясөз бен оның қайталауы сәйкес келмейді.</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <source>Duty officer</source>
        <translation>Кезекші</translation>
    </message>
    <message>
        <source>Investigator</source>
        <translation>Тергеуші</translation>
    </message>
    <message>
        <source>Medical staff</source>
        <translation>Медицина қызметкері</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Прокурор</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Бақылаушы</translation>
    </message>
    <message>
        <source>Registrar (imports)</source>
        <translation>Тіркеуші (импорт)</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Толық аты-жөні</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Мекемелер</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Соңғы кіру</translation>
    </message>
    <message>
        <source>all facilities</source>
        <translation>барлық мекемелер</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ешқашан</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>өшірілген</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <source>, must change password</source>
        <translation>, құпиясөзді ауыстыруы керек</translation>
    </message>
    <message>
        <source>Accounts are never deleted: disable the account of someone who leaves. Every change is recorded in the register&apos;s chain.</source>
        <translation>Есептік жазбалар ешқашан жойылмайды: жұмыстан кеткен қызметкердің жазбасын өшіріңіз. Әрбір өзгеріс тізілімнің тізбегіне жазылады.</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Жаңа есептік жазба…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Есептік жазбалар</translation>
    </message>
    <message>
        <source>Change r&amp;ole and facilities…</source>
        <translation>&amp;Рөлі мен мекемелерін өзгерту…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>&amp;Құпиясөзді қайта орнату…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>Ө&amp;шіру</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Қо&amp;су</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Detention Register: first start</source>
        <translation>Ұсталғандар тізілімі: алғашқы іске қосу</translation>
    </message>
    <message>
        <source>This register has no accounts yet</source>
        <translation>Бұл тізілімде әлі есептік жазбалар жоқ</translation>
    </message>
    <message>
        <source>Create the first administrator now. The administrator then adds the facilities and the accounts of everyone who works with the register.</source>
        <translation>Алғашқы әкімшіні қазір жасаңыз. Содан кейін әкімші мекемелерді және тізіліммен жұмыс істейтіндердің бәрінің есептік жазбаларын қосады.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Пайдаланушы аты</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Толық аты-жөні</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Құпиясөз</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>Құпиясөзді &amp;қайталаңыз</translation>
    </message>
    <message>
        <source>At least %1 characters; not a common password and not the username.</source>
        <translation>Кемінде %1 таңба; кең таралған құпиясөз де, пайдаланушы аты да болмауы керек.</translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation>Әкімшіні &amp;жасау</translation>
    </message>
    <message>
        <source>The password and its repetition differ.</source>
        <translation>Құпиясөз бен оның қайталауы сәйкес келмейді.</translation>
    </message>
    <message>
        <source>Add the first facility</source>
        <translation>Алғашқы мекемені қосыңыз</translation>
    </message>
</context>
<context>
    <name>PasswordChangeDialog</name>
    <message>
        <source>Change password</source>
        <translation>Құпиясөзді өзгерту</translation>
    </message>
    <message>
        <source>An administrator has reset your password. Choose your own before you continue.</source>
        <translation>Әкімші құпиясөзіңізді қайта орнатты. Жалғастырмас бұрын өз құпиясөзіңізді таңдаңыз.</translation>
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
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset the password of %1</source>
        <translation>%1 құпиясөзін қайта орнату</translation>
    </message>
    <message>
        <source>Give the new password to %1 in person. It must be changed at the next sign-in.</source>
        <translation>Жаңа құпиясөзді %1 пайдаланушысына жеке өзі беріңіз. Оны келесі кіруде ауыстыру керек.</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Жаңа құпиясөз</translation>
    </message>
    <message>
        <source>Re&amp;peat password</source>
        <translation>Құпиясөзді &amp;қайталаңыз</translation>
    </message>
    <message>
        <source>The password and its repetition differ.</source>
        <translation>Құпиясөз бен оның қайталауы сәйкес келмейді.</translation>
    </message>
</context>
<context>
    <name>SessionControls</name>
    <message>
        <source>C&amp;hange my password…</source>
        <translation>Құпиясөзімді &amp;ауыстыру…</translation>
    </message>
    <message>
        <source>&amp;Lock the station</source>
        <translation>Жұмыс орнын б&amp;ұғаттау</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Жүйеден &amp;шығу</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the detention register</source>
        <translation>Ұсталғандар тізіліміне кіру</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
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
        <source>Too many failed attempts. Sign-in for this account is locked until %1.</source>
        <translation>Сәтсіз әрекеттер тым көп. Бұл есептік жазбаға кіру %1 дейін бұғатталды.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Пайдаланушы аты немесе құпиясөз қате.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Detention Register is locked</source>
        <translation>Ұсталғандар тізілімі бұғатталды</translation>
    </message>
    <message>
        <source>The station was left idle and has been locked. %1, enter your password to continue where you left off.</source>
        <translation>Жұмыс орны ұзақ уақыт қолданылмай бұғатталды. %1, тоқтаған жерден жалғастыру үшін құпиясөзіңізді енгізіңіз.</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Құпиясөз</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Бұғаттан &amp;шығару</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Шығу</translation>
    </message>
</context>
</TS>
