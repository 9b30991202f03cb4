<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BoardView</name>
    <message numerus="yes">
        <source>Showing only the %n people just registered</source>
        <translation>
            <numerusform>Showing only the %n person just registered</numerusform>
            <numerusform>Showing only the %n people just registered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in custody</source>
        <translation>
            <numerusform>%n in custody</numerusform>
            <numerusform>%n in custody</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>The rule profile has changed: %n custodies judged again</source>
        <translation>
            <numerusform>The rule profile has changed: %n custody judged again</numerusform>
            <numerusform>The rule profile has changed: %n custodies judged again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message numerus="yes">
        <source>%n custodies found</source>
        <translation>
            <numerusform>%n custody found</numerusform>
            <numerusform>%n custodies found</numerusform>
        </translation>
    </message>
</context>
</TS>
