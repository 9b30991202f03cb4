<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>UserGuide</name>
    <message>
        <source>&amp;User guide</source>
        <translation>Пайдаланушы &amp;нұсқаулығы</translation>
    </message>
    <message>
        <source>Detention Register: user guide</source>
        <translation>Ұсталғандар тізілімі: пайдаланушы нұсқаулығы</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Пайдаланушы нұсқаулығы</translation>
    </message>
</context>
</TS>
