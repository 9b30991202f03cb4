<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>HandoverView</name>
    <message numerus="yes">
        <source>%n person(s) held at %1 on %2.</source>
        <translation>
            <numerusform>%n person held at %1 on %2.</numerusform>
            <numerusform>%n people held at %1 on %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeldListView</name>
    <message numerus="yes">
        <source>%n person(s) at %1 on %2</source>
        <translation>
            <numerusform>%n person at %1 on %2</numerusform>
            <numerusform>%n people at %1 on %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InjuryRegisterView</name>
    <message numerus="yes">
        <source>%n examination(s) found injuries; the prosecutor was not told of %1.</source>
        <translation>
            <numerusform>%n examination found injuries; the prosecutor was not told of %1.</numerusform>
            <numerusform>%n examinations found injuries; the prosecutor was not told of %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
