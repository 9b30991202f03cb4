<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>App</name>
        <message>
            <source>Detention Register</source>
            <translation>Detention Register</translation>
        </message>
        <message>
            <source>The register could not be opened.

%1</source>
            <translation>The register could not be opened.

%1</translation>
        </message>
        <message>
            <source>An unexpected error occurred. Check that what you were doing was recorded before you continue.

The details were written to:
%1
Give this file to your administrator.</source>
            <translation>An unexpected error occurred. Check that what you were doing was recorded before you continue.

The details were written to:
%1
Give this file to your administrator.</translation>
        </message>
        <message>
            <source>An unexpected error occurred. Check that what you were doing was recorded before you continue.

The details could not be written to a log file.</source>
            <translation>An unexpected error occurred. Check that what you were doing was recorded before you continue.

The details could not be written to a log file.</translation>
        </message>
    </context>
    <context>
        <name>BoardModel</name>
        <message>
            <source>MINOR</source>
            <translation>MINOR</translation>
        </message>
        <message>
            <source>FOREIGN</source>
            <translation>FOREIGN</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Facility</source>
            <translation>Facility</translation>
        </message>
        <message>
            <source>Cell</source>
            <translation>Cell</translation>
        </message>
        <message>
            <source>In custody for</source>
            <translation>In custody for</translation>
        </message>
        <message>
            <source>Legal clocks</source>
            <translation>Legal clocks</translation>
        </message>
        <message>
            <source>Custody No. %1</source>
            <translation>Custody No. %1</translation>
        </message>
        <message>
            <source>in transit</source>
            <translation>in transit</translation>
        </message>
        <message>
            <source>Apprehended %1</source>
            <translation>Apprehended %1</translation>
        </message>
        <message>
            <source>Attention</source>
            <translation>Attention</translation>
        </message>
    </context>
    <context>
        <name>BoardView</name>
        <message numerus="yes">
            <source>%n in custody</source>
            <translation>
                <numerusform>%n in custody</numerusform>
                <numerusform>%n in custody</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Facility:</source>
            <translation>&amp;Facility:</translation>
        </message>
        <message>
            <source>All facilities</source>
            <translation>All facilities</translation>
        </message>
        <message>
            <source>Filter by name, document or custody No. (Ctrl+F)</source>
            <translation>Filter by name, document or custody No. (Ctrl+F)</translation>
        </message>
        <message>
            <source>Filter the board</source>
            <translation>Filter the board</translation>
        </message>
    </context>
    <context>
        <name>ClockChips</name>
        <message>
            <source>Delivery</source>
            <translation>Delivery</translation>
        </message>
        <message>
            <source>Arrest record</source>
            <translation>Arrest record</translation>
        </message>
        <message>
            <source>Rights</source>
            <translation>Rights</translation>
        </message>
        <message>
            <source>Court or release</source>
            <translation>Court or release</translation>
        </message>
        <message>
            <source>Relatives</source>
            <translation>Relatives</translation>
        </message>
        <message>
            <source>Parents</source>
            <translation>Parents</translation>
        </message>
        <message>
            <source>Consulate</source>
            <translation>Consulate</translation>
        </message>
        <message>
            <source>Prosecutor</source>
            <translation>Prosecutor</translation>
        </message>
        <message>
            <source>Medical</source>
            <translation>Medical</translation>
        </message>
        <message>
            <source>Re-screening</source>
            <translation>Re-screening</translation>
        </message>
        <message>
            <source>Injury report</source>
            <translation>Injury report</translation>
        </message>
        <message>
            <source>Lawyer</source>
            <translation>Lawyer</translation>
        </message>
        <message>
            <source>Minor questioned</source>
            <translation>Minor questioned</translation>
        </message>
        <message>
            <source>Exam privacy</source>
            <translation>Exam privacy</translation>
        </message>
        <message>
            <source>Irregular place</source>
            <translation>Irregular place</translation>
        </message>
        <message>
            <source>%1 d %2 h</source>
            <translation>%1 d %2 h</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>%1 left</source>
            <translation>%1 left</translation>
        </message>
        <message>
            <source>breached</source>
            <translation>breached</translation>
        </message>
        <message>
            <source>%1 overdue</source>
            <translation>%1 overdue</translation>
        </message>
        <message>
            <source>%1
Due: %2</source>
            <translation>%1
Due: %2</translation>
        </message>
        <message>
            <source>Late entry</source>
            <translation>Late entry</translation>
        </message>
        <message>
            <source>No video</source>
            <translation>No video</translation>
        </message>
        <message>
            <source>Age unknown</source>
            <translation>Age unknown</translation>
        </message>
        <message>
            <source>Citizenship unknown</source>
            <translation>Citizenship unknown</translation>
        </message>
    </context>
    <context>
        <name>FacilityDialog</name>
        <message>
            <source>Police station</source>
            <translation>Police station</translation>
        </message>
        <message>
            <source>Temporary detention facility (IVS)</source>
            <translation>Temporary detention facility (IVS)</translation>
        </message>
        <message>
            <source>Pre-trial detention centre (SIZO)</source>
            <translation>Pre-trial detention centre (SIZO)</translation>
        </message>
        <message>
            <source>Special holding centre</source>
            <translation>Special holding centre</translation>
        </message>
        <message>
            <source>Reception and distribution centre</source>
            <translation>Reception and distribution centre</translation>
        </message>
        <message>
            <source>National Security Committee facility</source>
            <translation>National Security Committee facility</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>Hospital</translation>
        </message>
        <message>
            <source>Court</source>
            <translation>Court</translation>
        </message>
        <message>
            <source>Vehicle</source>
            <translation>Vehicle</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Add a facility</source>
            <translation>Add a facility</translation>
        </message>
        <message>
            <source>e.g. IVS-ALM-01, as in the national facility list</source>
            <translation>e.g. IVS-ALM-01, as in the national facility list</translation>
        </message>
        <message>
            <source>Yes, an official place of detention</source>
            <translation>Yes, an official place of detention</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— choose —</translation>
        </message>
        <message>
            <source>Not a designated place: every custody held here raises an alert (irregular place of detention).</source>
            <translation>Not a designated place: every custody held here raises an alert (irregular place of detention).</translation>
        </message>
        <message>
            <source>An IANA time zone; another one may be typed, e.g. Europe/Moscow</source>
            <translation>An IANA time zone; another one may be typed, e.g. Europe/Moscow</translation>
        </message>
        <message>
            <source>Facility &amp;id</source>
            <translation>Facility &amp;id</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Kind</translation>
        </message>
        <message>
            <source>&amp;Designated place of detention</source>
            <translation>&amp;Designated place of detention</translation>
        </message>
        <message>
            <source>&amp;Time zone</source>
            <translation>&amp;Time zone</translation>
        </message>
        <message>
            <source>&amp;Region</source>
            <translation>&amp;Region</translation>
        </message>
        <message>
            <source>&amp;Agency</source>
            <translation>&amp;Agency</translation>
        </message>
        <message>
            <source>Say whether this is a designated place of detention.</source>
            <translation>Say whether this is a designated place of detention.</translation>
        </message>
        <message>
            <source>Not a known IANA time zone; choose one of the list or type e.g. Asia/Almaty.</source>
            <translation>Not a known IANA time zone; choose one of the list or type e.g. Asia/Almaty.</translation>
        </message>
        <message>
            <source>A facility with this id is already in the register.</source>
            <translation>A facility with this id is already in the register.</translation>
        </message>
        <message>
            <source>Not allowed: %1</source>
            <translation>Not allowed: %1</translation>
        </message>
    </context>
    <context>
        <name>FirstStepsPanel</name>
        <message>
            <source>The register is empty</source>
            <translation>The register is empty</translation>
        </message>
        <message>
            <source>1. Ask an administrator to add your facility to the register.</source>
            <translation>1. Ask an administrator to add your facility to the register.</translation>
        </message>
        <message>
            <source>2. Record the first person brought in: New intake (Ctrl+N).</source>
            <translation>2. Record the first person brought in: New intake (Ctrl+N).</translation>
        </message>
        <message>
            <source>To try the application first, open a separate demo register: “detention-register --db sqlite:///demo.db demo”, then “detention-register --db sqlite:///demo.db gui”.</source>
            <translation>To try the application first, open a separate demo register: “detention-register --db sqlite:///demo.db demo”, then “detention-register --db sqlite:///demo.db gui”.</translation>
        </message>
        <message>
            <source>&amp;New intake…</source>
            <translation>&amp;New intake…</translation>
        </message>
        <message>
            <source>1. Add your facilities one by one below, or import the facility list you received: on this station, run “detention-register import FILE” (JSON Lines).</source>
            <translation>1. Add your facilities one by one below, or import the facility list you received: on this station, run “detention-register import FILE” (JSON Lines).</translation>
        </message>
        <message>
            <source>Add a &amp;facility…</source>
            <translation>Add a &amp;facility…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>duty officer</source>
            <translation>duty officer</translation>
        </message>
        <message>
            <source>investigator</source>
            <translation>investigator</translation>
        </message>
        <message>
            <source>medical staff</source>
            <translation>medical staff</translation>
        </message>
        <message>
            <source>prosecutor</source>
            <translation>prosecutor</translation>
        </message>
        <message>
            <source>monitor</source>
            <translation>monitor</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation>administrator</translation>
        </message>
        <message>
            <source>station operator</source>
            <translation>station operator</translation>
        </message>
        <message>
            <source>Save the timeline as PDF</source>
            <translation>Save the timeline as PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>The timeline could not be written: %1</source>
            <translation>The timeline could not be written: %1</translation>
        </message>
        <message>
            <source>Timeline of custody %1 written to %2</source>
            <translation>Timeline of custody %1 written to %2</translation>
        </message>
        <message numerus="yes">
            <source>The rule profile has changed: %n custodies judged again</source>
            <translation>
                <numerusform>The rule profile has changed: %n custody judged again</numerusform>
                <numerusform>The rule profile has changed: %n custodies judged again</numerusform>
            </translation>
        </message>
        <message>
            <source>Detention Register

The register of people deprived of their liberty, with the legal time limits of each custody counted live.</source>
            <translation>Detention Register

The register of people deprived of their liberty, with the legal time limits of each custody counted live.</translation>
        </message>
        <message>
            <source>Chain: not checked yet</source>
            <translation>Chain: not checked yet</translation>
        </message>
        <message>
            <source>Chain verified: %1 records</source>
            <translation>Chain verified: %1 records</translation>
        </message>
        <message>
            <source>CHAIN BROKEN: %1</source>
            <translation>CHAIN BROKEN: %1</translation>
        </message>
        <message>
            <source>Detention Register</source>
            <translation>Detention Register</translation>
        </message>
        <message>
            <source>&amp;Register</source>
            <translation>&amp;Register</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Main toolbar</translation>
        </message>
        <message>
            <source>&amp;New intake…</source>
            <translation>&amp;New intake…</translation>
        </message>
        <message>
            <source>&amp;Mass intake…</source>
            <translation>&amp;Mass intake…</translation>
        </message>
        <message>
            <source>&amp;Print timeline…</source>
            <translation>&amp;Print timeline…</translation>
        </message>
        <message>
            <source>&amp;Filter the board</source>
            <translation>&amp;Filter the board</translation>
        </message>
        <message>
            <source>&amp;Search the register</source>
            <translation>&amp;Search the register</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>&amp;Verify the chain</source>
            <translation>&amp;Verify the chain</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Dark theme</source>
            <translation>&amp;Dark theme</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>&amp;About</translation>
        </message>
        <message>
            <source>Custody board</source>
            <translation>Custody board</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Alerts</source>
            <translation>Alerts</translation>
        </message>
        <message>
            <source>Who is held</source>
            <translation>Who is held</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Register: %1</source>
            <translation>Register: %1</translation>
        </message>
        <message>
            <source>Signed in: %1 (%2)</source>
            <translation>Signed in: %1 (%2)</translation>
        </message>
        <message>
            <source>Add a &amp;facility…</source>
            <translation>Add a &amp;facility…</translation>
        </message>
        <message>
            <source>Facility %1 added to the register</source>
            <translation>Facility %1 added to the register</translation>
        </message>
        <message>
            <source>Checking the chain…</source>
            <translation>Checking the chain…</translation>
        </message>
        <message>
            <source>Chain not checked: %1</source>
            <translation>Chain not checked: %1</translation>
        </message>
    </context>
    <context>
        <name>SearchModel</name>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Custody No.</source>
            <translation>Custody No.</translation>
        </message>
        <message>
            <source>Facility</source>
            <translation>Facility</translation>
        </message>
        <message>
            <source>Apprehended</source>
            <translation>Apprehended</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>released %1</source>
            <translation>released %1</translation>
        </message>
        <message>
            <source>in custody</source>
            <translation>in custody</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
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
        <message>
            <source>&amp;Name, document or custody No.:</source>
            <translation>&amp;Name, document or custody No.:</translation>
        </message>
        <message>
            <source>e.g. Петров, N1234567 or a custody No.</source>
            <translation>e.g. Петров, N1234567 or a custody No.</translation>
        </message>
        <message>
            <source>&amp;Facility:</source>
            <translation>&amp;Facility:</translation>
        </message>
        <message>
            <source>All facilities</source>
            <translation>All facilities</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>S&amp;tatus:</translation>
        </message>
        <message>
            <source>Everyone, held or released</source>
            <translation>Everyone, held or released</translation>
        </message>
        <message>
            <source>In custody now</source>
            <translation>In custody now</translation>
        </message>
        <message>
            <source>Apprehended from</source>
            <translation>Apprehended from</translation>
        </message>
        <message>
            <source>until</source>
            <translation>until</translation>
        </message>
        <message>
            <source>Minors only</source>
            <translation>Minors only</translation>
        </message>
        <message>
            <source>Foreign nationals only</source>
            <translation>Foreign nationals only</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Search</translation>
        </message>
    </context>
    <context>
        <name>TimeAxis</name>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Events</translation>
        </message>
        <message>
            <source>now</source>
            <translation>now</translation>
        </message>
        <message>
            <source>%1
Started: %2
Due: %3
Status: %4</source>
            <translation>%1
Started: %2
Due: %3
Status: %4</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <source>Time (local)</source>
            <translation>Time (local)</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Recorded by, when</source>
            <translation>Recorded by, when</translation>
        </message>
        <message>
            <source>originally %1</source>
            <translation>originally %1</translation>
        </message>
        <message>
            <source>CORRECTED</source>
            <translation>CORRECTED</translation>
        </message>
        <message>
            <source>LATE ENTRY: recorded %1 after the event</source>
            <translation>LATE ENTRY: recorded %1 after the event</translation>
        </message>
        <message>
            <source>(originally: %1)</source>
            <translation>(originally: %1)</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Rule</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Met</translation>
        </message>
        <message>
            <source>There is no custody %1 in the register.</source>
            <translation>There is no custody %1 in the register.</translation>
        </message>
        <message>
            <source>&amp;Record event…</source>
            <translation>&amp;Record event…</translation>
        </message>
        <message>
            <source>&amp;Correct selected event…</source>
            <translation>&amp;Correct selected event…</translation>
        </message>
        <message>
            <source>MINOR</source>
            <translation>MINOR</translation>
        </message>
        <message>
            <source>FOREIGN NATIONAL</source>
            <translation>FOREIGN NATIONAL</translation>
        </message>
        <message>
            <source>Custody No. %1</source>
            <translation>Custody No. %1</translation>
        </message>
        <message>
            <source>Age at apprehension: %1</source>
            <translation>Age at apprehension: %1</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>Citizenship: %1</source>
            <translation>Citizenship: %1</translation>
        </message>
        <message>
            <source>Languages: %1</source>
            <translation>Languages: %1</translation>
        </message>
        <message>
            <source>Apprehended: %1</source>
            <translation>Apprehended: %1</translation>
        </message>
        <message>
            <source>Released: %1</source>
            <translation>Released: %1</translation>
        </message>
        <message>
            <source>Now at: %1</source>
            <translation>Now at: %1</translation>
        </message>
        <message>
            <source>Now: in transit</source>
            <translation>Now: in transit</translation>
        </message>
    </context>
</TS>
