<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>GroupActionDialog</name>
    <message numerus="yes">
        <source>%n person(s) chosen: one event for each, all or none</source>
        <translation>
            <numerusform>%n person chosen: one event for each, all or none</numerusform>
            <numerusform>%n people chosen: one event for each, all or none</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MassIntakeDialog</name>
    <message numerus="yes">
        <source>%n person(s) to register</source>
        <translation>
            <numerusform>%n person to register</numerusform>
            <numerusform>%n people to register</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MassIntakeSummary</name>
    <message numerus="yes">
        <source>%n custody(ies) registered. The board shows only them until you choose Show everyone.</source>
        <translation>
            <numerusform>%n custody registered. The board shows only it until you choose Show everyone.</numerusform>
            <numerusform>%n custodies registered. The board shows only them until you choose Show everyone.</numerusform>
        </translation>
    </message>
</context>
</TS>
