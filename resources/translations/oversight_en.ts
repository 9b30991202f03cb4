<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</TS>
