<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AlertHistoryModel</name>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="161"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="161"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="161"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="161"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="161"/>
        <source>Referred to</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="162"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
</context>
<context>
    <name>AlertInbox</name>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="36"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="37"/>
        <location filename="../../ui/desktop/alerts.py" line="42"/>
        <source>acknowledged</source>
        <translation>acknowledged</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="38"/>
        <location filename="../../ui/desktop/alerts.py" line="43"/>
        <source>referred</source>
        <translation>referred</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="39"/>
        <location filename="../../ui/desktop/alerts.py" line="44"/>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="329"/>
        <source>&amp;Facility:</source>
        <translation>&amp;Facility:</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="330"/>
        <source>&amp;Rule:</source>
        <translation>&amp;Rule:</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="331"/>
        <source>Opened more than:</source>
        <translation>Opened more than:</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="332"/>
        <source> h ago</source>
        <translation> h ago</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="333"/>
        <source>any time</source>
        <translation>any time</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="334"/>
        <source>&amp;Minors</source>
        <translation>&amp;Minors</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="335"/>
        <source>F&amp;oreign nationals</source>
        <translation>F&amp;oreign nationals</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="336"/>
        <source>Show c&amp;losed</source>
        <translation>Show c&amp;losed</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="337"/>
        <source>R&amp;efresh</source>
        <translation>R&amp;efresh</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="338"/>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Acknowledge…</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="339"/>
        <source>Re&amp;fer…</source>
        <translation>Re&amp;fer…</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="340"/>
        <source>&amp;Close…</source>
        <translation>&amp;Close…</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="341"/>
        <source>History of the selected alert</source>
        <translation>History of the selected alert</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="342"/>
        <source>All facilities</source>
        <translation>All facilities</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="343"/>
        <source>All rules</source>
        <translation>All rules</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="418"/>
        <source>Acknowledge the alert</source>
        <translation>Acknowledge the alert</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="418"/>
        <source>Comment (optional):</source>
        <translation>Comment (optional):</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="429"/>
        <source>Close the alert</source>
        <translation>Close the alert</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="429"/>
        <source>Why is the alert closed? (required)</source>
        <translation>Why is the alert closed? (required)</translation>
    </message>
</context>
<context>
    <name>AlertTableModel</name>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="90"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="90"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="90"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="90"/>
        <source>Custody</source>
        <translation>Custody</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="90"/>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="91"/>
        <source>Became a problem</source>
        <translation>Became a problem</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="91"/>
        <source>Open for</source>
        <translation>Open for</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="91"/>
        <source>Minor / foreign</source>
        <translation>Minor / foreign</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="104"/>
        <source>Nobody has acknowledged it within %1 min.</source>
        <translation>Nobody has acknowledged it within %1 min.</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="128"/>
        <source>not delivered</source>
        <translation>not delivered</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="133"/>
        <source>minor</source>
        <translation>minor</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="133"/>
        <source>foreign</source>
        <translation>foreign</translation>
    </message>
</context>
<context>
    <name>HeldListModel</name>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="45"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="45"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="45"/>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="45"/>
        <source>Citizenship</source>
        <translation>Citizenship</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="45"/>
        <source>Custody</source>
        <translation>Custody</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="46"/>
        <source>Apprehended</source>
        <translation>Apprehended</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="46"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
</context>
<context>
    <name>HeldListView</name>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="125"/>
        <source>&amp;Facility:</source>
        <translation>&amp;Facility:</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="126"/>
        <source>&amp;At:</source>
        <translation>&amp;At:</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="127"/>
        <source>&amp;Now</source>
        <translation>&amp;Now</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="128"/>
        <source>&amp;Show who was there</source>
        <translation>&amp;Show who was there</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="129"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="130"/>
        <source>&amp;Print PDF…</source>
        <translation>&amp;Print PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="186"/>
        <source>Choose a facility and an instant, then show who the register placed there.</source>
        <translation>Choose a facility and an instant, then show who the register placed there.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/desktop/held_list.py" line="188"/>
        <source>%n person(s) at %1 on %2</source>
        <translation>
            <numerusform>%n person at %1 on %2</numerusform>
            <numerusform>%n people at %1 on %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="201"/>
        <source>Save the held list</source>
        <translation>Save the held list</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="201"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/held_list.py" line="205"/>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="203"/>
        <source>Refer the alert</source>
        <translation>Refer the alert</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="211"/>
        <source>&amp;To whom:</source>
        <translation>&amp;To whom:</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="212"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/alerts.py" line="213"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Comment:</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/desktop/reports.py" line="151"/>
        <source>Oversight report for a period</source>
        <translation>Oversight report for a period</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="152"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="153"/>
        <source>&amp;To (inclusive):</source>
        <translation>&amp;To (inclusive):</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="154"/>
        <source>F&amp;acilities:</source>
        <translation>F&amp;acilities:</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="155"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="156"/>
        <source>Report as &amp;PDF…</source>
        <translation>Report as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="157"/>
        <source>Figures as &amp;CSV…</source>
        <translation>Figures as &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="158"/>
        <source>One custody</source>
        <translation>One custody</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="159"/>
        <source>C&amp;ustody:</source>
        <translation>C&amp;ustody:</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="160"/>
        <source>custody id, e.g. C-1</source>
        <translation>custody id, e.g. C-1</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="161"/>
        <source>Lan&amp;guage of the timeline:</source>
        <translation>Lan&amp;guage of the timeline:</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="162"/>
        <source>Print the &amp;timeline…</source>
        <translation>Print the &amp;timeline…</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="163"/>
        <source>Cop&amp;y for the detainee or the lawyer…</source>
        <translation>Cop&amp;y for the detainee or the lawyer…</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="164"/>
        <source>&amp;Rights notice…</source>
        <translation>&amp;Rights notice…</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="185"/>
        <source>Save the oversight report</source>
        <translation>Save the oversight report</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="186"/>
        <location filename="../../ui/desktop/reports.py" line="250"/>
        <location filename="../../ui/desktop/reports.py" line="262"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="195"/>
        <source>Save the oversight figures</source>
        <translation>Save the oversight figures</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="196"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="224"/>
        <source>No such custody in the register.</source>
        <translation>No such custody in the register.</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="227"/>
        <source>%1; understands: %2</source>
        <translation>%1; understands: %2</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="250"/>
        <source>Save the timeline</source>
        <translation>Save the timeline</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="261"/>
        <source>Save the rights notice</source>
        <translation>Save the rights notice</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="276"/>
        <source>There is no printout in a language the detainee understands (%1): print it in another language and have it interpreted.</source>
        <translation>There is no printout in a language the detainee understands (%1): print it in another language and have it interpreted.</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="290"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/reports.py" line="292"/>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
</context>
</TS>
