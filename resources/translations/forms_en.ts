<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApprehensionForm</name>
    <message>
        <location filename="../../ui/desktop/intake.py" line="198"/>
        <source>There is no video recording</source>
        <translation>There is no video recording</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="201"/>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="215"/>
        <source>Enter the video reference, or tick &apos;There is no video recording&apos;.</source>
        <translation>Enter the video reference, or tick &apos;There is no video recording&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="222"/>
        <source>Say why there is no video recording.</source>
        <translation>Say why there is no video recording.</translation>
    </message>
</context>
<context>
    <name>ApprehensionPage</name>
    <message>
        <location filename="../../ui/desktop/intake.py" line="237"/>
        <source>Apprehension</source>
        <translation>Apprehension</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="238"/>
        <source>The actual moment of apprehension, on the local clock of the place — not the time of arrival or of this entry.</source>
        <translation>The actual moment of apprehension, on the local clock of the place — not the time of arrival or of this entry.</translation>
    </message>
</context>
<context>
    <name>ArrivalPage</name>
    <message>
        <location filename="../../ui/desktop/intake.py" line="261"/>
        <source>Arrival, rights and placement</source>
        <translation>Arrival, rights and placement</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="262"/>
        <source>Times are read on the clock of the facility of arrival. Untick what has not happened yet; record it later as an event.</source>
        <translation>Times are read on the clock of the facility of arrival. Untick what has not happened yet; record it later as an event.</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="265"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="273"/>
        <source>Rights explained now</source>
        <translation>Rights explained now</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="278"/>
        <source>Placed in a cell or room now</source>
        <translation>Placed in a cell or room now</translation>
    </message>
</context>
<context>
    <name>ClocksPage</name>
    <message>
        <location filename="../../ui/desktop/intake.py" line="309"/>
        <source>Registered: clocks started</source>
        <translation>Registered: clocks started</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="310"/>
        <source>The legal time limits the register now counts for this custody.</source>
        <translation>The legal time limits the register now counts for this custody.</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="329"/>
        <source>%1 is registered in custody %2.</source>
        <translation>%1 is registered in custody %2.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/desktop/correction.py" line="46"/>
        <source>Correct an event</source>
        <translation>Correct an event</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/correction.py" line="61"/>
        <source>The event should read:</source>
        <translation>The event should read:</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/correction.py" line="64"/>
        <source>Why the record was wrong, and how the truth is known</source>
        <translation>Why the record was wrong, and how the truth is known</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/correction.py" line="66"/>
        <source>Reason for the correction</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/correction.py" line="79"/>
        <source>As first recorded (this stays in the register):</source>
        <translation>As first recorded (this stays in the register):</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/correction.py" line="84"/>
        <source>Recorded by %1 at %2</source>
        <translation>Recorded by %1 at %2</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/correction.py" line="93"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/correction.py" line="93"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/correction.py" line="117"/>
        <source>Not allowed: %1</source>
        <translation>Not allowed: %1</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../ui/desktop/event_form.py" line="156"/>
        <source>Record an event</source>
        <translation>Record an event</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/event_form.py" line="162"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/event_form.py" line="166"/>
        <source>* required</source>
        <translation>* required</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/event_form.py" line="175"/>
        <source>There is no custody %1 in the register.</source>
        <translation>There is no custody %1 in the register.</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/event_form.py" line="190"/>
        <source>%1 — custody %2</source>
        <translation>%1 — custody %2</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/event_form.py" line="225"/>
        <source>Not allowed: %1</source>
        <translation>Not allowed: %1</translation>
    </message>
</context>
<context>
    <name>EventFieldsForm</name>
    <message>
        <location filename="../../ui/desktop/event_form.py" line="108"/>
        <source>— not stated —</source>
        <translation>— not stated —</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/event_form.py" line="111"/>
        <location filename="../../ui/desktop/event_form.py" line="130"/>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../ui/desktop/fields.py" line="30"/>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="31"/>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="32"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="431"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="432"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <location filename="../../ui/desktop/intake.py" line="352"/>
        <source>New custody</source>
        <translation>New custody</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="379"/>
        <source>Not allowed: %1</source>
        <translation>Not allowed: %1</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../ui/desktop/fields.py" line="36"/>
        <source>Kazakh</source>
        <translation>Kazakh</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="37"/>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="38"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="39"/>
        <source>Uzbek</source>
        <translation>Uzbek</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="40"/>
        <source>Kyrgyz</source>
        <translation>Kyrgyz</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="41"/>
        <source>Tajik</source>
        <translation>Tajik</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="42"/>
        <source>Turkmen</source>
        <translation>Turkmen</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="43"/>
        <source>Uyghur</source>
        <translation>Uyghur</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="44"/>
        <source>Azerbaijani</source>
        <translation>Azerbaijani</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="45"/>
        <source>Turkish</source>
        <translation>Turkish</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="46"/>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="47"/>
        <source>Ukrainian</source>
        <translation>Ukrainian</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="48"/>
        <source>German</source>
        <translation>German</translation>
    </message>
</context>
<context>
    <name>LocalDateTimeEdit</name>
    <message>
        <location filename="../../ui/desktop/fields.py" line="249"/>
        <source>Time given</source>
        <translation>Time given</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="261"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="266"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="267"/>
        <source>Set the current time (Ctrl+Shift+N)</source>
        <translation>Set the current time (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="268"/>
        <source>Set the current time</source>
        <translation>Set the current time</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="329"/>
        <source>not entered yet</source>
        <translation>not entered yet</translation>
    </message>
</context>
<context>
    <name>MassIntakeDialog</name>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="71"/>
        <source>Mass intake</source>
        <translation>Mass intake</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="75"/>
        <source>Apprehension, shared by the whole group</source>
        <translation>Apprehension, shared by the whole group</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="78"/>
        <source>Arrival, shared by the whole group</source>
        <translation>Arrival, shared by the whole group</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="86"/>
        <location filename="../../ui/desktop/mass_intake.py" line="118"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="86"/>
        <source>Born or age</source>
        <translation>Born or age</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="86"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="96"/>
        <source>Remove selected row</source>
        <translation>Remove selected row</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="97"/>
        <source>Register everyone (Ctrl+Enter)</source>
        <translation>Register everyone (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="98"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="115"/>
        <source>Next person — Enter adds the row</source>
        <translation>Next person — Enter adds the row</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="120"/>
        <source>YYYY-MM-DD or age</source>
        <translation>YYYY-MM-DD or age</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="124"/>
        <source>KZ… empty if unknown</source>
        <translation>KZ… empty if unknown</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="126"/>
        <source>kk ru</source>
        <translation>kk ru</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="177"/>
        <source>Add at least one person.</source>
        <translation>Add at least one person.</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="180"/>
        <source>Enter the actual time of apprehension.</source>
        <translation>Enter the actual time of apprehension.</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="217"/>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD or DD.MM.YYYY) or an age</source>
        <translation>&apos;%1&apos; is not a date (YYYY-MM-DD or DD.MM.YYYY) or an age</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="245"/>
        <source>Not allowed: %1</source>
        <translation>Not allowed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/mass_intake.py" line="268"/>
        <source>Row %1 (%2): %3</source>
        <translation>Row %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/desktop/mass_intake.py" line="280"/>
        <source>%n person(s) to register</source>
        <translation>
            <numerusform>%n person to register</numerusform>
            <numerusform>%n people to register</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../ui/desktop/fields.py" line="351"/>
        <source>Known</source>
        <translation>Known</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../ui/desktop/intake.py" line="82"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="83"/>
        <source>Search by name or identity document first; register a new person only if nobody matches.</source>
        <translation>Search by name or identity document first; register a new person only if nobody matches.</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="87"/>
        <source>Name or document number, then Enter</source>
        <translation>Name or document number, then Enter</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="92"/>
        <source>The person selected above</source>
        <translation>The person selected above</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="93"/>
        <source>A new person</source>
        <translation>A new person</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="104"/>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="106"/>
        <source>KZ, RU, UZ… or &apos;stateless&apos;; empty when unknown</source>
        <translation>KZ, RU, UZ… or &apos;stateless&apos;; empty when unknown</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="108"/>
        <source>kk ru</source>
        <translation>kk ru</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="109"/>
        <source>— not stated —</source>
        <translation>— not stated —</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="112"/>
        <source>separate with ;</source>
        <translation>separate with ;</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="114"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="116"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="119"/>
        <source>Needs an interpreter</source>
        <translation>Needs an interpreter</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="121"/>
        <source>Vulnerabilities</source>
        <translation>Vulnerabilities</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/intake.py" line="141"/>
        <source>born ?</source>
        <translation>born ?</translation>
    </message>
</context>
<context>
    <name>TextListEdit</name>
    <message>
        <location filename="../../ui/desktop/fields.py" line="383"/>
        <source>Type a name and press Enter</source>
        <translation>Type a name and press Enter</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="384"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/fields.py" line="386"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
</TS>
