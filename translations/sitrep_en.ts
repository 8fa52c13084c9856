<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ChartTableAccessible</name>
    <message numerus="yes">
        <location filename="../ui/common/chartaccessible.cpp" line="+115"/>
        <source>A table of the chart&apos;s data: %n rows.</source>
        <translation>
            <numerusform>A table of the chart&apos;s data: %n row.</numerusform>
            <numerusform>A table of the chart&apos;s data: %n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message numerus="yes">
        <location filename="../app/ctl/importcommands.cpp" line="+145"/>
        <source>Imported %n on-call schedule(s): %1.</source>
        <translation>
            <numerusform>Imported %n on-call schedule: %1.</numerusform>
            <numerusform>Imported %n on-call schedules: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessagingCommands</name>
    <message numerus="yes">
        <location filename="../app/ctl/messagingcommands.cpp" line="+186"/>
        <source>Update posted on incident #%1; %n message(s) waiting in the outbox (sitrepctl outbox flush, or watch, delivers them).</source>
        <translation>
            <numerusform>Update posted on incident #%1; %n message waiting in the outbox (sitrepctl outbox flush, or watch, delivers it).</numerusform>
            <numerusform>Update posted on incident #%1; %n messages waiting in the outbox (sitrepctl outbox flush, or watch, delivers them).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitoringCommands</name>
    <message numerus="yes">
        <location filename="../app/ctl/monitoringcommands.cpp" line="+496"/>
        <source>Watching %n endpoint(s); stop with Ctrl+C or SIGTERM.</source>
        <translation>
            <numerusform>Watching %n endpoint; stop with Ctrl+C or SIGTERM.</numerusform>
            <numerusform>Watching %n endpoints; stop with Ctrl+C or SIGTERM.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OnCallCommands</name>
    <message numerus="yes">
        <location filename="../app/ctl/oncallcommands.cpp" line="+146"/>
        <source>%1 (%2, %3): %4; %n gap(s) in the next 30 days
</source>
        <translation>
            <numerusform>%1 (%2, %3): %4; %n gap in the next 30 days
</numerusform>
            <numerusform>%1 (%2, %3): %4; %n gaps in the next 30 days
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OnCallImportReport</name>
    <message numerus="yes">
        <location filename="../models/services/oncallimport.cpp" line="+50"/>
        <source>Schedule &quot;%1&quot; (%2): %n layer(s), %3, %4.
</source>
        <translation>
            <numerusform>Schedule &quot;%1&quot; (%2): %n layer, %3, %4.
</numerusform>
            <numerusform>Schedule &quot;%1&quot; (%2): %n layers, %3, %4.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n override(s)</source>
        <translation>
            <numerusform>%n override</numerusform>
            <numerusform>%n overrides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>  %n difference(s) from %1&apos;s own shifts from %2:
</source>
        <translation>
            <numerusform>  %n difference from %1&apos;s own shifts from %2:
</numerusform>
            <numerusform>  %n differences from %1&apos;s own shifts from %2:
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyError</name>
    <message numerus="yes">
        <location filename="../models/sync/replyerror.cpp" line="+47"/>
        <source>the reply from %1 breaks off after %n bytes, in the middle of its JSON (the connection closed early, or the server cut it short)</source>
        <translation>
            <numerusform>the reply from %1 breaks off after %n byte, in the middle of its JSON (the connection closed early, or the server cut it short)</numerusform>
            <numerusform>the reply from %1 breaks off after %n bytes, in the middle of its JSON (the connection closed early, or the server cut it short)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SloCommands</name>
    <message numerus="yes">
        <location filename="../app/ctl/slocommands.cpp" line="+267"/>
        <source>Wrote the rules of %n SLO(s) to %1.</source>
        <translation>
            <numerusform>Wrote the rules of %n SLO to %1.</numerusform>
            <numerusform>Wrote the rules of %n SLOs to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusPageHtml</name>
    <message numerus="yes">
        <location filename="../models/domain/statuspagehtml.cpp" line="+141"/>
        <source>%1: %2, %n minute(s) of impact — %3</source>
        <translation>
            <numerusform>%1: %2, %n minute of impact — %3</numerusform>
            <numerusform>%1: %2, %n minutes of impact — %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>No impact in the last %n day(s).</source>
        <translation>
            <numerusform>No impact in the last %n day.</numerusform>
            <numerusform>No impact in the last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 % uptime over the last %n day(s)</source>
        <translation>
            <numerusform>%1 % uptime over the last %n day</numerusform>
            <numerusform>%1 % uptime over the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>No incidents in the last %n day(s).</source>
        <translation>
            <numerusform>No incidents in the last %n day.</numerusform>
            <numerusform>No incidents in the last %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamCommands</name>
    <message numerus="yes">
        <location filename="../app/ctl/teamcommands.cpp" line="+120"/>
        <source>%n incident(s) of this console&apos;s history will go to the team with the next sitrepctl team sync.</source>
        <translation>
            <numerusform>%n incident of this console&apos;s history will go to the team with the next sitrepctl team sync.</numerusform>
            <numerusform>%n incidents of this console&apos;s history will go to the team with the next sitrepctl team sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+96"/>
        <source>Pulled up to change %1; %n change(s) waiting to be pushed.</source>
        <translation>
            <numerusform>Pulled up to change %1; %n change waiting to be pushed.</numerusform>
            <numerusform>Pulled up to change %1; %n changes waiting to be pushed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>Not in step with the team after %1 s: %2; %n change(s) waiting.</source>
        <translation>
            <numerusform>Not in step with the team after %1 s: %2; %n change waiting.</numerusform>
            <numerusform>Not in step with the team after %1 s: %2; %n changes waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Pulled up to change %1 from a standby, which takes no changes: %n change(s) made here wait for the primary.</source>
        <translation>
            <numerusform>Pulled up to change %1 from a standby, which takes no changes: %n change made here waits for the primary.</numerusform>
            <numerusform>Pulled up to change %1 from a standby, which takes no changes: %n changes made here wait for the primary.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamPresence</name>
    <message numerus="yes">
        <location filename="../models/domain/teampresence.cpp" line="+71"/>
        <source>%1 is writing an update…</source>
        <translation>
            <numerusform>%1 is writing an update…</numerusform>
            <numerusform>%1 are writing an update…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitrep::AlertsView</name>
    <message numerus="yes">
        <location filename="../ui/alerts/alertsview.cpp" line="+227"/>
        <source>this rule would give %n incident(s) instead of %1</source>
        <translation>
            <numerusform>this rule would give %n incident instead of %1</numerusform>
            <numerusform>this rule would give %n incidents instead of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Silence %n alert group(s)</source>
        <translation>
            <numerusform>Silence %n alert group</numerusform>
            <numerusform>Silence %n alert groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitrep::ConflictCopiesPanel</name>
    <message numerus="yes">
        <location filename="../ui/settings/conflictcopiespanel.cpp" line="+89"/>
        <source>%n shared document(s) were written on two consoles at the same time. The later one won; the other is kept as a copy until you choose.</source>
        <translation>
            <numerusform>%n shared document was written on two consoles at the same time. The later one won; the other is kept as a copy until you choose.</numerusform>
            <numerusform>%n shared documents were written on two consoles at the same time. The later one won each time; the other is kept as a copy until you choose.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitrep::DetectionRulesPage</name>
    <message numerus="yes">
        <location filename="../ui/settings/detectionrulespage.cpp" line="+121"/>
        <source>%n rule(s) would fire now; nothing was declared.</source>
        <translation>
            <numerusform>%n rule would fire now; nothing was declared.</numerusform>
            <numerusform>%n rules would fire now; nothing was declared.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitrep::ImportReportDialog</name>
    <message numerus="yes">
        <location filename="../ui/oncall/importreportdialog.cpp" line="+45"/>
        <source>Import %n schedule(s)</source>
        <translation>
            <numerusform>Import %n schedule</numerusform>
            <numerusform>Import %n schedules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitrep::IncidentAlertsPanel</name>
    <message numerus="yes">
        <location filename="../ui/incident/incidentalertspanel.cpp" line="+56"/>
        <source>%n alert(s) grouped by %1</source>
        <translation>
            <numerusform>%n alert grouped by %1</numerusform>
            <numerusform>%n alerts grouped by %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitrep::IncidentNotifications</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow/incidentnotifications.cpp" line="+26"/>
        <source>%n status updates overdue</source>
        <translation>
            <numerusform>%n status update overdue</numerusform>
            <numerusform>%n status updates overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitrep::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+179"/>
        <source>%1 of %n incident(s) shown</source>
        <translation>
            <numerusform>%1 of %n incident shown</numerusform>
            <numerusform>%1 of %n incidents shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitrep::OnCallView</name>
    <message numerus="yes">
        <location filename="../ui/oncall/oncallview.cpp" line="+475"/>
        <source>%n gap(s) with nobody on call:&lt;br&gt;%1</source>
        <translation>
            <numerusform>%n gap with nobody on call:&lt;br&gt;%1</numerusform>
            <numerusform>%n gaps with nobody on call:&lt;br&gt;%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitrep::ProviderApi</name>
    <message numerus="yes">
        <location filename="../models/sync/providerapi.cpp" line="+53"/>
        <source>%1 limits how often it is asked (HTTP 429 on %2) and asks to wait %n second(s); try the import again later.</source>
        <translation>
            <numerusform>%1 limits how often it is asked (HTTP 429 on %2) and asks to wait %n second; try the import again later.</numerusform>
            <numerusform>%1 limits how often it is asked (HTTP 429 on %2) and asks to wait %n seconds; try the import again later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>no answer within %n second</numerusform>
            <numerusform>no answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitrep::ScheduleImports</name>
    <message numerus="yes">
        <location filename="../ui/oncall/scheduleimports.cpp" line="+74"/>
        <source>Imported %n on-call schedule(s): %1.</source>
        <translation>
            <numerusform>Imported %n on-call schedule: %1.</numerusform>
            <numerusform>Imported %n on-call schedules: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitrep::TeamPage</name>
    <message numerus="yes">
        <location filename="../ui/settings/teampage.cpp" line="+209"/>
        <source>%n incident(s) of this console&apos;s history go to the team now.</source>
        <translation>
            <numerusform>%n incident of this console&apos;s history goes to the team now.</numerusform>
            <numerusform>%n incidents of this console&apos;s history go to the team now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitrep::TeamStatusLabel</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow/teamstatuslabel.cpp" line="+35"/>
        <source>%1 · %n conflict copy(ies) to settle</source>
        <translation>
            <numerusform>%1 · %n conflict copy to settle</numerusform>
            <numerusform>%1 · %n conflict copies to settle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Team: standby, polling every %1 s · %n change(s) waiting</source>
        <translation>
            <numerusform>Team: standby, polling every %1 s · %n change waiting</numerusform>
            <numerusform>Team: standby, polling every %1 s · %n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Team: live · %n change(s) waiting</source>
        <translation>
            <numerusform>Team: live · %n change waiting</numerusform>
            <numerusform>Team: live · %n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Team: read-only (the server is newer; %n change(s) kept)</source>
        <translation>
            <numerusform>Team: read-only (the server is newer; %n change kept)</numerusform>
            <numerusform>Team: read-only (the server is newer; %n changes kept)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Team: offline since %1 · %n change(s) waiting</source>
        <translation>
            <numerusform>Team: offline since %1 · %n change waiting</numerusform>
            <numerusform>Team: offline since %1 · %n changes waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitrep::TeamSync</name>
    <message numerus="yes">
        <location filename="../models/services/teamsync.cpp" line="+71"/>
        <source>the team server has not answered for %n s</source>
        <translation>
            <numerusform>the team server has not answered for %n s</numerusform>
            <numerusform>the team server has not answered for %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitrep::TrayStatus</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow/traystatus.cpp" line="+34"/>
        <source>%n SEV-1/SEV-2 open</source>
        <translation>
            <numerusform>%n SEV-1/SEV-2 open</numerusform>
            <numerusform>%n SEV-1/SEV-2 open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n update(s) overdue</source>
        <translation>
            <numerusform>%n update overdue</numerusform>
            <numerusform>%n updates overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitrep::UpdateReminder</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow/updatereminder.cpp" line="+54"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
