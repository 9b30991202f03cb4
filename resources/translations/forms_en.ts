<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</TS>
