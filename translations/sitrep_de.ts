<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionItemColumns</name>
    <message>
        <location filename="../models/itemmodels/actionitemcolumns.cpp" line="+38"/>
        <source>Overdue: due %1 and not done</source>
        <translation>Überfällig: fällig am %1 und nicht erledigt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>In Progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Action</source>
        <comment>postmortem action item</comment>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due date</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
</context>
<context>
    <name>AlertStore</name>
    <message>
        <location filename="../models/storage/alertstore.cpp" line="+235"/>
        <source>Could not read the cached alerts: %1</source>
        <translation>Die zwischengespeicherten Alarme konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read the cached alerts</source>
        <translation>Die zwischengespeicherten Alarme konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not read the alerts of incident #%1</source>
        <translation>Die Alarme von Vorfall #%1 konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Could not save alert %1</source>
        <translation>Alarm %1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Could not save alert %1: %2</source>
        <translation>Alarm %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Could not save alert %1: its row is gone</source>
        <translation>Alarm %1 konnte nicht gespeichert werden: seine Zeile ist verschwunden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not move %1 alerts</source>
        <translation>%1 Alarme konnten nicht verschoben werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not read how often the alerts were written</source>
        <translation>Es konnte nicht gelesen werden, wie oft die Alarme geschrieben wurden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database has lost its count of the alerts&apos; writes.</source>
        <translation>Der Datenbank fehlt ihre Zählung der Schreibvorgänge in den Alarmen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not read alert group %1</source>
        <translation>Alarmgruppe %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not read the alert groups</source>
        <translation>Die Alarmgruppen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not save alert group %1</source>
        <translation>Alarmgruppe %1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not read the silences</source>
        <translation>Die Stummschaltungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not save silence %1</source>
        <translation>Stummschaltung %1 konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>AlertmanagerAlerts</name>
    <message>
        <location filename="../models/sync/alertmanageralerts.cpp" line="+135"/>
        <source>the reply is not valid JSON (at byte %1: %2).</source>
        <translation>die Antwort ist kein gültiges JSON (bei Byte %1: %2).</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>the reply is not a list of alerts.</source>
        <translation>die Antwort ist keine Liste von Alarmen.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>alert %1: %2</source>
        <translation>Alarm %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not an object.</source>
        <translation>ist kein Objekt.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>has no fingerprint.</source>
        <translation>hat keinen Fingerprint.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>labels must be an object of strings.</source>
        <translation>labels muss ein Objekt aus Zeichenketten sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>annotations must be an object of strings.</source>
        <translation>annotations muss ein Objekt aus Zeichenketten sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>startsAt is not a time.</source>
        <translation>startsAt ist keine Zeitangabe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status.state must be active, suppressed or unprocessed.</source>
        <translation>status.state muss active, suppressed oder unprocessed sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>status.silencedBy and status.inhibitedBy must be lists.</source>
        <translation>status.silencedBy und status.inhibitedBy müssen Listen sein.</translation>
    </message>
</context>
<context>
    <name>AnnouncementText</name>
    <message>
        <location filename="../models/domain/announcement.cpp" line="+92"/>
        <source>Update on %1:
%2</source>
        <translation>Neuigkeiten zu %1:
%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✅ Resolved: %1

Duration: %2
Resolution: %3</source>
        <translation>✅ Behoben: %1

Dauer: %2
Behebung: %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+75"/>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+75"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+74"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+72"/>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commander</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+68"/>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Next update</source>
        <translation>Nächstes Update</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>We are investigating problems with %1.</source>
        <translation>Wir untersuchen Probleme mit %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This incident has been resolved. %1</source>
        <translation>Dieser Vorfall ist behoben. %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Sitrep test message</source>
        <translation>Sitrep-Testnachricht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This channel is set up: Sitrep can post here.</source>
        <translation>Dieser Kanal ist eingerichtet: Sitrep kann hier posten.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>%1 Resolved: %2</source>
        <translation>%1 behoben: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Update: %2</source>
        <translation>%1 Statusmeldung: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>none (resolved)</source>
        <translation>keine (behoben)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incident: %1
Severity: %2
Status: %3
Started: %4
Duration: %5

Current Status:
%6

Impact:
- Affected Users: %7
- Services Impacted: %8

Next Update: %9
</source>
        <translation>Vorfall: %1
Schweregrad: %2
Status: %3
Beginn: %4
Dauer: %5

Aktueller Stand:
%6

Auswirkung:
- Betroffene Nutzer: %7
- Betroffene Dienste: %8

Nächste Meldung: %9
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current Status</source>
        <translation>Aktueller Stand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Affected Users: %1</source>
        <translation>Betroffene Nutzer: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services Impacted: %1</source>
        <translation>Betroffene Dienste: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next Update:</source>
        <translation>Nächste Meldung:</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>👀 Acknowledged by %1: %2 %3</source>
        <translation>👀 Bestätigt von %1: %2 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>📟 Page for %1: %2 %3
%4</source>
        <translation>📟 Alarmierung für %1: %2 %3
%4</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../app/common/appcontext.cpp" line="+181"/>
        <source>%1: alerts/severity_map: &quot;%2&quot; is not LABEL=SEV-N; the default mapping is in force.</source>
        <translation>%1: alerts/severity_map: „%2“ ist nicht LABEL=SEV-N; es gilt die Standardzuordnung.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 The seed&apos;s detection rules are in force.</source>
        <translation>%1 Es gelten die Standard-Erkennungsregeln.</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <location filename="../app/ctl/backupcommands.cpp" line="+17"/>
        <source>backup takes at most one file name.</source>
        <translation>backup nimmt höchstens einen Dateinamen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backed up to %1.</source>
        <translation>Gesichert nach %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>restore needs the backup file to restore.</source>
        <translation>restore braucht die Sicherungsdatei, die wiederhergestellt werden soll.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restored %1.</source>
        <translation>%1 wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The previous database was kept at %1.</source>
        <translation>Die bisherige Datenbank wurde unter %1 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>ChannelRules</name>
    <message>
        <location filename="../models/domain/channel.cpp" line="+133"/>
        <source>A channel needs a name.</source>
        <translation>Ein Kanal braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A channel name has no spaces or slashes: &quot;%1&quot;.</source>
        <translation>Ein Kanalname enthält keine Leerzeichen oder Schrägstriche: „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A slack-api channel needs the Slack channel to post in (--set channel=C0123ABCD or channel=#incidents).</source>
        <translation>Ein slack-api-Kanal braucht den Slack-Kanal, in dem gepostet wird (--set channel=C0123ABCD oder channel=#incidents).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Slack API URL must use https (http only to this machine): %1</source>
        <translation>Die Slack-API-URL muss https verwenden (http nur zu diesem Rechner): %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The timeout must be between 1 s and 5 min.</source>
        <translation>Die Zeitüberschreitung muss zwischen 1 s und 5 min liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A channel that hears no severity would never be used; leave severities unset for its role&apos;s defaults.</source>
        <translation>Ein Kanal, der keinen Schweregrad hört, würde nie benutzt; lassen Sie severities weg, um die Vorgaben seiner Rolle zu nutzen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Give the bot token (xoxb-…) on standard input.</source>
        <translation>Geben Sie das Bot-Token (xoxb-…) über die Standardeingabe an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the webhook URL on standard input.</source>
        <translation>Geben Sie die Webhook-URL über die Standardeingabe an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The webhook URL must use https (http only to this machine).</source>
        <translation>Die Webhook-URL muss https verwenden (http nur zu diesem Rechner).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Settings are KEY=VALUE, not &quot;%1&quot;.</source>
        <translation>Einstellungen sind SCHLÜSSEL=WERT, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>role must be chat, status-page, executive-email, paging or other, not &quot;%1&quot;.</source>
        <translation>role muss chat, status-page, executive-email, paging oder other sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>severities is a list such as SEV-1,SEV-2, not &quot;%1&quot;.</source>
        <translation>severities ist eine Liste wie SEV-1,SEV-2, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>timeout must be a duration such as 10s, not &quot;%1&quot;.</source>
        <translation>timeout muss eine Dauer wie 10s sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>A statuspage channel needs the page&apos;s id (--set page_id=...).</source>
        <translation>Ein statuspage-Kanal braucht die Kennung der Seite (--set page_id=...).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Statuspage API URL must use https (http only to this machine): %1</source>
        <translation>Die Statuspage-API-URL muss https verwenden (http nur zu diesem Rechner): %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An email channel needs its server as smtp://host:587 (STARTTLS) or smtps://host:465 (--set smtp_url=...).</source>
        <translation>Ein E-Mail-Kanal braucht seinen Server als smtp://host:587 (STARTTLS) oder smtps://host:465 (--set smtp_url=...).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mail leaves this machine only over TLS: tls=none is for a server on this machine.</source>
        <translation>E-Mail verlässt diesen Rechner nur über TLS: tls=none gilt nur für einen Server auf diesem Rechner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An email channel needs the sender&apos;s address (--set from=...).</source>
        <translation>Ein E-Mail-Kanal braucht die Absenderadresse (--set from=...).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An email channel needs at least one recipient (--set to=a@example.com,b@example.com).</source>
        <translation>Ein E-Mail-Kanal braucht mindestens einen Empfänger (--set to=a@example.com,b@example.com).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Give the mail account&apos;s password on standard input.</source>
        <translation>Geben Sie das Passwort des Mailkontos über die Standardeingabe an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the Statuspage API key on standard input.</source>
        <translation>Geben Sie den Statuspage-API-Schlüssel über die Standardeingabe an.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give the URL to PUT the page to on standard input, or a folder (--set folder=...).</source>
        <translation>Geben Sie die URL, an die die Seite per PUT geht, über die Standardeingabe an, oder einen Ordner (--set folder=...).</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>components is a list such as checkout:abc123,search:def456, not &quot;%1&quot;.</source>
        <translation>components ist eine Liste wie checkout:abc123,search:def456, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>component_status is a list such as SEV-3:partial_outage (statuses: %1), not &quot;%2&quot;.</source>
        <translation>component_status ist eine Liste wie SEV-3:partial_outage (Zustände: %1), nicht „%2“.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>tls must be required or none, not &quot;%1&quot;.</source>
        <translation>tls muss required oder none sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>incident_channels must be true or false, not &quot;%1&quot;.</source>
        <translation>incident_channels muss true oder false sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown setting &quot;%1&quot; (known: role, channel, api_url, template, severities, timeout, page_id, components, component_status, smtp_url, from, to, username, tls, ca_file, folder, incident_channels).</source>
        <translation>Unbekannte Einstellung „%1“ (bekannt: role, channel, api_url, template, severities, timeout, page_id, components, component_status, smtp_url, from, to, username, tls, ca_file, folder, incident_channels).</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>A %1 channel pages people: give it --set role=paging.</source>
        <translation>Ein %1-Kanal alarmiert Personen: geben Sie ihm --set role=paging.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PagerDuty Events API URL must use https (http only to this machine): %1</source>
        <translation>Die URL der PagerDuty Events API muss https verwenden (http nur zu diesem Rechner): %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Give GoAlert&apos;s generic incoming URL, with its token, on standard input.</source>
        <translation>Geben Sie die generische Eingangs-URL von GoAlert mit ihrem Token auf der Standardeingabe an.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Give the PagerDuty integration&apos;s routing key on standard input (and, on a second line, a REST API token to read acknowledgements back).</source>
        <translation>Geben Sie den Routing-Schlüssel der PagerDuty-Integration auf der Standardeingabe an (und in einer zweiten Zeile ein REST-API-Token, um Bestätigungen zurückzulesen).</translation>
    </message>
</context>
<context>
    <name>ChannelStore</name>
    <message>
        <location filename="../models/storage/channelstore.cpp" line="+112"/>
        <source>Could not read the channels</source>
        <translation>Die Kanäle konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not read channel %1</source>
        <translation>Kanal %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not save channel %1</source>
        <translation>Kanal %1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not remove channel %1</source>
        <translation>Kanal %1 konnte nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>ChartTableAccessible</name>
    <message numerus="yes">
        <location filename="../ui/common/chartaccessible.cpp" line="+115"/>
        <source>A table of the chart&apos;s data: %n rows.</source>
        <translation>
            <numerusform>Eine Tabelle der Daten des Diagramms: %n Zeile.</numerusform>
            <numerusform>Eine Tabelle der Daten des Diagramms: %n Zeilen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../models/services/checklistservice.cpp" line="+24"/>
        <source>Immediate actions</source>
        <translation>Sofortmaßnahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge incident in PagerDuty</source>
        <translation>Vorfall in PagerDuty bestätigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join incident Zoom/Slack channel</source>
        <translation>Dem Zoom-/Slack-Kanal des Vorfalls beitreten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign incident commander</source>
        <translation>Vorfallsleitung bestimmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assess severity and impact</source>
        <translation>Schweregrad und Auswirkungen einschätzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begin status page updates</source>
        <translation>Statusseite aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial investigation</source>
        <translation>Erste Untersuchung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check recent deployments</source>
        <translation>Letzte Deployments prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review error logs</source>
        <translation>Fehlerprotokolle durchsehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Examine monitoring dashboards</source>
        <translation>Monitoring-Dashboards prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identify affected systems</source>
        <translation>Betroffene Systeme ermitteln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Determine root cause hypothesis</source>
        <translation>Hypothese zur Ursache aufstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mitigation</source>
        <translation>Eindämmung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implement immediate fix (if known)</source>
        <translation>Sofortkorrektur umsetzen (falls bekannt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rollback recent changes (if applicable)</source>
        <translation>Letzte Änderungen zurücknehmen (falls zutreffend)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale resources (if capacity issue)</source>
        <translation>Ressourcen skalieren (bei Kapazitätsproblemen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable circuit breakers</source>
        <translation>Circuit Breaker aktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route traffic away from affected systems</source>
        <translation>Verkehr von betroffenen Systemen umleiten</translation>
    </message>
</context>
<context>
    <name>ChecklistCommands</name>
    <message>
        <location filename="../app/ctl/checklistcommands.cpp" line="+30"/>
        <source>checklist show needs one incident number.</source>
        <translation>checklist show braucht eine Vorfallsnummer.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>done %1 by %2</source>
        <translation>erledigt %1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OVERDUE since %1</source>
        <translation>ÜBERFÄLLIG seit %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>checklist tick needs an incident number and an item (its number or key).</source>
        <translation>checklist tick braucht eine Vorfallsnummer und einen Punkt (Nummer oder Schlüssel).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ticked &quot;%1&quot; on incident #%2.</source>
        <translation>„%1“ bei Vorfall #%2 abgehakt.</translation>
    </message>
</context>
<context>
    <name>ChecklistParser</name>
    <message>
        <location filename="../models/domain/checklist.cpp" line="+50"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not valid JSON at character %1: %2</source>
        <translation>kein gültiges JSON bei Zeichen %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;phases&quot; must be a non-empty list.</source>
        <translation>„phases“ muss eine nicht leere Liste sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>every phase needs a &quot;name&quot;.</source>
        <translation>jede Phase braucht einen „name“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>phase &quot;%1&quot;: &quot;from&quot; and &quot;to&quot; must be durations like &quot;5m&quot;, with &quot;to&quot; not before &quot;from&quot;.</source>
        <translation>Phase „%1“: „from“ und „to“ müssen Dauern wie „5m“ sein, „to“ nicht vor „from“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>phase &quot;%1&quot; has no items.</source>
        <translation>Phase „%1“ hat keine Punkte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>phase &quot;%1&quot;: every item needs a &quot;key&quot; and a &quot;text&quot;.</source>
        <translation>Phase „%1“: jeder Punkt braucht „key“ und „text“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the item key &quot;%1&quot; is used twice.</source>
        <translation>der Schlüssel „%1“ wird zweimal verwendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>item &quot;%1&quot;: &quot;due&quot; must be a duration like &quot;5m&quot;.</source>
        <translation>Punkt „%1“: „due“ muss eine Dauer wie „5m“ sein.</translation>
    </message>
</context>
<context>
    <name>ChecklistStore</name>
    <message>
        <location filename="../models/storage/checkliststore.cpp" line="+20"/>
        <source>Could not read the checklist of incident #%1</source>
        <translation>Die Checkliste von Vorfall #%1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not tick the checklist of incident #%1</source>
        <translation>Die Checkliste von Vorfall #%1 konnte nicht abgehakt werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not change the checklist of incident #%1</source>
        <translation>Die Checkliste von Vorfall #%1 konnte nicht geändert werden</translation>
    </message>
</context>
<context>
    <name>ConfigDocument</name>
    <message>
        <location filename="../models/services/configdocument.cpp" line="+72"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not remove %1 to go back to the defaults.</source>
        <translation>%1 konnte nicht entfernt werden, um zu den Voreinstellungen zurückzukehren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>CtlCommands</name>
    <message>
        <location filename="../app/ctl/ctlhelpers.h" line="+44"/>
        <source>Print JSON for machines.</source>
        <translation>JSON für Maschinen ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ctlregistry.cpp" line="+54"/>
        <source>unknown command &quot;%1&quot;; see sitrepctl --help.</source>
        <translation>unbekannter Befehl „%1“; siehe sitrepctl --help.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>unknown %1 command &quot;%2&quot;; use %3.</source>
        <translation>unbekannter %1-Befehl „%2“; verwenden Sie %3.</translation>
    </message>
    <message>
        <location filename="../app/ctl/monitoringcommands.cpp" line="+85"/>
        <source>%1: %2 alerts, %3 new, %4 resolved, %5 changed; incidents opened: %6</source>
        <translation>%1: %2 Alarme, %3 neu, %4 beendet, %5 geändert; eröffnete Vorfälle: %6</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/ctl/slocommands.cpp" line="+71"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/ctl/ctlregistry.cpp" line="-56"/>
        <source>could not set up signal handling.</source>
        <translation>Signalbehandlung konnte nicht eingerichtet werden.</translation>
    </message>
    <message>
        <location filename="../app/ctl/monitoringcommands.cpp" line="-53"/>
        <source>There is no endpoint named %1.</source>
        <translation>Es gibt keinen Endpunkt namens %1.</translation>
    </message>
    <message>
        <location filename="../app/ctl/detectioncommands.cpp" line="+38"/>
        <source>RULE</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>THRESHOLD</source>
        <translation>SCHWELLE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pending: held %1 of %2</source>
        <translation>ausstehend: %1 von %2 erfüllt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>quiet</source>
        <translation>ruhig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FIRED: opened incident #%1</source>
        <translation>AUSGELÖST: Vorfall #%1 eröffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FIRED: incident #%1 is still open</source>
        <translation>AUSGELÖST: Vorfall #%1 ist noch offen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>A Prometheus to ask, by URL.</source>
        <translation>Ein Prometheus, per URL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A configured Prometheus endpoint.</source>
        <translation>Ein eingerichteter Prometheus-Endpunkt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rules file (default: the configured one).</source>
        <translation>Die Regeldatei (Standard: die eingerichtete).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evaluate at this time instead of now.</source>
        <translation>Zu dieser Zeit statt jetzt auswerten.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ctlhelpers.h" line="+72"/>
        <source>--at must be an ISO 8601 time such as 2026-03-09T02:10:00Z, not &quot;%1&quot;.</source>
        <translation>--at muss eine ISO-8601-Zeit wie 2026-03-09T02:10:00Z sein, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/ctl/monitoringcommands.cpp" line="+3"/>
        <source>%1 needs a %2 endpoint; %3 is a %4.</source>
        <translation>%1 braucht einen %2-Endpunkt; %3 ist ein %4.</translation>
    </message>
    <message>
        <location filename="../app/ctl/slocommands.cpp" line="-50"/>
        <source>no traffic</source>
        <translation>kein Verkehr</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>PAGE</source>
        <translation>PAGE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>budget gone in %1 h at the last hour&apos;s rate</source>
        <translation>Budget in %1 h aufgebraucht beim Tempo der letzten Stunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not burning faster than it refills</source>
        <translation>verbraucht nicht schneller, als es nachwächst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2): target %3 over %4
</source>
        <translation>%1 (%2): Ziel %3 über %4
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  SLI %1, error ratio %2, %3 of %4 events bad
</source>
        <translation>  SLI %1, Fehlerquote %2, %3 von %4 Ereignissen fehlerhaft
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  budget %1 min: %2 consumed, %3 remaining
</source>
        <translation>  Budget %1 min: %2 verbraucht, %3 übrig
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  burn rates %1
</source>
        <translation>  Verbrauchsraten %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  alert %1; %2
</source>
        <translation>  Alarm %1; %2
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  minutes of the window without data: %1
</source>
        <translation>  Minuten des Fensters ohne Daten: %1
</translation>
    </message>
    <message>
        <location filename="../app/ctl/metricscommands.cpp" line="+17"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Incidents that started %1 – %2%3: %4 (%5 open)
</source>
        <translation>Incidents mit Beginn %1 – %2%3: %4 (%5 offen)
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, service %1</source>
        <translation>, Dienst %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SEVERITY</source>
        <translation>SCHWEREGRAD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COUNT</source>
        <translation>ANZAHL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MTTR</source>
        <translation>MTTR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MTTA</source>
        <translation>MTTA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RESPONSE IN SLA</source>
        <translation>REAKTION IM SLA</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 % of %2</source>
        <translation>%1 % von %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MTTD: automated %1, manual %2. MTTA: %3 (%4 not acknowledged).
</source>
        <translation>MTTD: automatisch %1, manuell %2. MTTA: %3 (%4 nicht bestätigt).
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat incidents: %1 (%2 %).
</source>
        <translation>Wiederholte Incidents: %1 (%2 %).
</translation>
    </message>
    <message>
        <location filename="../app/ctl/oncallcommands.cpp" line="+54"/>
        <source>--%1 must be a date such as 2026-03-01, not &quot;%2&quot;.</source>
        <translation>--%1 muss ein Datum wie 2026-03-01 sein, nicht „%2“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--from must be before --to.</source>
        <translation>--from muss vor --to liegen.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ctlhelpers.h" line="-67"/>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/oncallcommands.cpp" line="-28"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 – %2  %3 (secondary: %4)%5</source>
        <translation>%1 – %2  %3 (Zweitbereitschaft: %4)%5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  [override]</source>
        <translation>  [Vertretung]</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--%1 is needed.</source>
        <translation>--%1 wird gebraucht.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The schedule&apos;s name.</source>
        <translation>Der Name des Dienstplans.</translation>
    </message>
    <message>
        <location filename="../app/ctl/escalationcommands.cpp" line="+126"/>
        <source>BREACHED</source>
        <translation>VERLETZT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>met</source>
        <translation>eingehalten</translation>
    </message>
</context>
<context>
    <name>CtlSession</name>
    <message>
        <location filename="../app/ctl/ctlsession.cpp" line="+70"/>
        <source>Stopped.</source>
        <translation>Beendet.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../models/storage/database.cpp" line="+79"/>
        <source>it does not start like an SQLite database</source>
        <translation>sie beginnt nicht wie eine SQLite-Datenbank</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is an SQLite database, but not one of Sitrep&apos;s. Sitrep has left it untouched.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber keine von Sitrep. Sitrep hat sie unverändert gelassen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was written by a newer version of Sitrep (schema version %2; this version understands up to %3). Sitrep has left it untouched; update Sitrep to open it.</source>
        <translation>%1 wurde von einer neueren Sitrep-Version geschrieben (Schemaversion %2; diese Version versteht bis %3). Sitrep hat sie unverändert gelassen; aktualisieren Sie Sitrep, um sie zu öffnen.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>row %1 of %2 points to a missing row of %3</source>
        <translation>Zeile %1 von %2 verweist auf eine fehlende Zeile von %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is locked by another program. Close the other program, or wait until it has finished, and try again.</source>
        <translation>%1 ist von einem anderen Programm gesperrt. Schließen Sie das andere Programm oder warten Sie, bis es fertig ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+217"/>
        <location line="+4"/>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>%1 is damaged or is not a database file (%2). Sitrep has left it untouched; restore a backup with &quot;sitrepctl restore&quot;.</source>
        <translation>%1 ist beschädigt oder keine Datenbankdatei (%2). Sitrep hat sie unverändert gelassen; stellen Sie eine Sicherung mit „sitrepctl restore“ wieder her.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is being opened or upgraded by another program that has not finished in 30 seconds; try again when it has.</source>
        <translation>%1 wird gerade von einem anderen Programm geöffnet oder aktualisiert, das nach 30 Sekunden noch nicht fertig ist; versuchen Sie es erneut, sobald es fertig ist.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Could not copy %1 aside before upgrading it, so it was not upgraded</source>
        <translation>%1 konnte vor der Aktualisierung nicht beiseitekopiert werden, daher wurde sie nicht aktualisiert</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not open %1 for reading</source>
        <translation>%1 konnte nicht zum Lesen geöffnet werden</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a Sitrep database.</source>
        <translation>%1 ist keine Sitrep-Datenbank.</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <location filename="../models/storage/databasebackup.cpp" line="+82"/>
        <source>%1 already exists; choose another file name.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no database at %1 to back up.</source>
        <translation>Unter %1 gibt es keine Datenbank, die gesichert werden könnte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not create the folder for %1.</source>
        <translation>Der Ordner für %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Could not copy %1 beside the database; nothing was restored.</source>
        <translation>%1 konnte nicht neben die Datenbank kopiert werden; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not copy %1 aside; nothing was restored.</source>
        <translation>%1 konnte nicht beiseitekopiert werden; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not put %1 in place; the current database is unchanged.</source>
        <translation>%1 konnte nicht an ihren Platz gebracht werden; die aktuelle Datenbank ist unverändert.</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Could not write the backup %1</source>
        <translation>Die Sicherung %1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+4"/>
        <source>Not restoring: %1</source>
        <translation>Keine Wiederherstellung: %1</translation>
    </message>
</context>
<context>
    <name>DetectionCommands</name>
    <message>
        <location filename="../app/ctl/detectioncommands.cpp" line="+30"/>
        <source>Evaluate once and exit.</source>
        <translation>Einmal auswerten und beenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>detect needs either --prometheus or --endpoint.</source>
        <translation>detect braucht entweder --prometheus oder --endpoint.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--at needs --once: a loop always evaluates now.</source>
        <translation>--at braucht --once: eine Schleife wertet immer jetzt aus.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>verify needs one incident number.</source>
        <translation>verify braucht eine Vorfallsnummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verify takes --prometheus or --endpoint, not both.</source>
        <translation>verify nimmt --prometheus oder --endpoint, nicht beides.</translation>
    </message>
</context>
<context>
    <name>DetectionRules</name>
    <message>
        <location filename="../models/domain/detectionrule.cpp" line="+15"/>
        <source>NaN</source>
        <translation>NaN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+Inf</source>
        <translation>+Inf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>-Inf</source>
        <translation>-Inf</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the query returned no value.</source>
        <translation>%1: die Abfrage lieferte keinen Wert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the query returned %2.</source>
        <translation>%1: die Abfrage lieferte %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the expected query returned no value (no history a week back?).</source>
        <translation>%1: die Vergleichsabfrage lieferte keinen Wert (keine Daten von vor einer Woche?).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the expected query returned %2.</source>
        <translation>%1: die Vergleichsabfrage lieferte %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the expected value is zero, so no share of it can be compared.</source>
        <translation>%1: der Vergleichswert ist null, daher lässt sich kein Anteil davon vergleichen.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1: the query returned %2 series; aggregate it to one (with sum, max, ...).</source>
        <translation>%1: die Abfrage lieferte %2 Reihen; fassen Sie sie zu einer zusammen (mit sum, max, ...).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the expected query returned %2 series; aggregate it to one.</source>
        <translation>%1: die Erwartungsabfrage lieferte %2 Reihen; fassen Sie sie zu einer zusammen.</translation>
    </message>
</context>
<context>
    <name>DetectionRulesFile</name>
    <message>
        <location filename="../models/services/detectionrulesfile.cpp" line="+31"/>
        <source>every entry must be a mapping.</source>
        <translation>jeder Eintrag muss eine Zuordnung sein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be text, not %1.</source>
        <translation>muss Text sein, nicht %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown field (known: %1).</source>
        <translation>unbekanntes Feld (bekannt: %1).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>every rule needs a name.</source>
        <translation>jede Regel braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs a query.</source>
        <translation>%1 braucht eine Abfrage.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be &quot;&gt;&quot; or &quot;&lt;&quot;, not &quot;%1&quot;.</source>
        <translation>muss „&gt;“ oder „&lt;“ sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>threshold_ratio needs an expected query.</source>
        <translation>threshold_ratio braucht eine Vergleichsabfrage (expected).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with an expected query, give threshold_ratio.</source>
        <translation>mit einer Vergleichsabfrage geben Sie threshold_ratio an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs %2.</source>
        <translation>%1 braucht %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a number.</source>
        <translation>muss eine Zahl sein.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 needs a title.</source>
        <translation>%1 braucht einen Titel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be SEV-1, SEV-2, SEV-3 or SEV-4.</source>
        <translation>muss SEV-1, SEV-2, SEV-3 oder SEV-4 sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+58"/>
        <source>must be a list.</source>
        <translation>muss eine Liste sein.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>every entry must be a service&apos;s name, not %1.</source>
        <translation>jeder Eintrag muss der Name eines Dienstes sein, nicht %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a duration such as 2m.</source>
        <translation>muss eine Dauer wie 2m sein.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the file must hold a mapping with rules:, verify: and monitoring_window:.</source>
        <translation>die Datei muss eine Zuordnung mit rules:, verify: und monitoring_window: enthalten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown section (known: rules, verify, monitoring_window).</source>
        <translation>unbekannter Abschnitt (bekannt: rules, verify, monitoring_window).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>must be a duration such as 15m.</source>
        <translation>muss eine Dauer wie 15m sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>must be true or false.</source>
        <translation>muss true oder false sein.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Cannot read the rules file %1: %2</source>
        <translation>Die Regeldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>DetectionStore</name>
    <message>
        <location filename="../models/storage/detectionstore.cpp" line="+85"/>
        <source>Could not read the detections of rule %1</source>
        <translation>Die Erkennungen der Regel %1 konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not record the detection by rule %1</source>
        <translation>Die Erkennung durch Regel %1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not read the detections of incident #%1</source>
        <translation>Die Erkennungen von Vorfall #%1 konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not read the resolution checks of incident #%1</source>
        <translation>Die Behebungsprüfungen von Vorfall #%1 konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Could not save the resolution checks of incident #%1</source>
        <translation>Die Behebungsprüfungen von Vorfall #%1 konnten nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>EndpointHealth</name>
    <message>
        <location filename="../models/domain/endpoint.cpp" line="+115"/>
        <source>not polled yet</source>
        <translation>noch nicht abgefragt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stale since %1</source>
        <translation>veraltet seit %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>failing since %1: %2</source>
        <translation>gestört seit %1: %2</translation>
    </message>
</context>
<context>
    <name>EndpointRules</name>
    <message>
        <location line="-71"/>
        <source>The name &quot;%1&quot; must be 1 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>Der Name „%1“ muss aus 1 bis 64 Buchstaben, Ziffern, Punkten, Binde- oder Unterstrichen bestehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The URL &quot;%1&quot; must be an http:// or https:// address.</source>
        <translation>Die URL „%1“ muss eine http://- oder https://-Adresse sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Basic authentication needs a username (username=...).</source>
        <translation>Basic-Authentifizierung braucht einen Benutzernamen (username=...).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The poll interval must be at least 1 second.</source>
        <translation>Das Abfrageintervall muss mindestens 1 Sekunde betragen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request timeout must be between 1 second and 5 minutes.</source>
        <translation>Das Zeitlimit einer Anfrage muss zwischen 1 Sekunde und 5 Minuten liegen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a setting; write KEY=VALUE.</source>
        <translation>„%1“ ist keine Einstellung; schreiben Sie SCHLÜSSEL=WERT.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>auth must be none, basic or bearer, not &quot;%1&quot;.</source>
        <translation>auth muss none, basic oder bearer sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 must be a duration such as 15s or 1m, not &quot;%2&quot;.</source>
        <translation>%1 muss eine Dauer wie 15s oder 1m sein, nicht „%2“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown setting &quot;%1&quot;; known: auth, username, ca_file, poll_interval, timeout.</source>
        <translation>Unbekannte Einstellung „%1“; bekannt: auth, username, ca_file, poll_interval, timeout.</translation>
    </message>
</context>
<context>
    <name>EndpointStore</name>
    <message>
        <location filename="../models/storage/endpointstore.cpp" line="+39"/>
        <source>Could not read the endpoints</source>
        <translation>Die Endpunkte konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+46"/>
        <source>Could not read endpoint %1</source>
        <translation>Endpunkt %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Could not save endpoint %1</source>
        <translation>Endpunkt %1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not remove endpoint %1</source>
        <translation>Endpunkt %1 konnte nicht entfernt werden</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not save the health of endpoint %1</source>
        <translation>Der Zustand von Endpunkt %1 konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>EscalationCommands</name>
    <message>
        <location filename="../app/ctl/escalationcommands.cpp" line="-91"/>
        <source>ack needs one incident number.</source>
        <translation>ack braucht eine Vorfallsnummer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acknowledged incident #%1; its escalation stopped.</source>
        <translation>Vorfall #%1 bestätigt; seine Eskalation wurde angehalten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>escalation show needs one incident number.</source>
        <translation>escalation show braucht eine Vorfallsnummer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Incident #%1 has no escalation (no on-call schedule pages for it).</source>
        <translation>Vorfall #%1 hat keine Eskalation (kein Dienstplan alarmiert für ihn).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Incident #%1, schedule %2: %3 since %4</source>
        <translation>Vorfall #%1, Dienstplan %2: %3 seit %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nobody on call, passed on</source>
        <translation>niemand in Bereitschaft, weitergegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  next: %1 at %2</source>
        <translation>  als Nächstes: %1 um %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Acknowledge by %1: %2 (%3)</source>
        <translation>Bestätigen bis %1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>acknowledged %1</source>
        <translation>bestätigt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not acknowledged</source>
        <translation>nicht bestätigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Respond by %1: %2 (%3)</source>
        <translation>Reagieren bis %1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>responded %1</source>
        <translation>reagiert %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no response yet</source>
        <translation>noch keine Reaktion</translation>
    </message>
</context>
<context>
    <name>EscalationRules</name>
    <message>
        <location filename="../models/domain/escalation.cpp" line="+101"/>
        <source>level %1 (%2)</source>
        <translation>Stufe %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>level %1 (%2), round %3</source>
        <translation>Stufe %1 (%2), Runde %3</translation>
    </message>
</context>
<context>
    <name>EscalationStore</name>
    <message>
        <location filename="../models/storage/escalationstore.cpp" line="+63"/>
        <source>Could not start the escalation of incident #%1</source>
        <translation>Die Eskalation von Vorfall #%1 konnte nicht gestartet werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+20"/>
        <source>Could not read the escalations</source>
        <translation>Die Eskalationen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Could not record a page of incident #%1</source>
        <translation>Eine Alarmierung zu Vorfall #%1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not end the escalation of incident #%1</source>
        <translation>Die Eskalation von Vorfall #%1 konnte nicht beendet werden</translation>
    </message>
</context>
<context>
    <name>FileWriting</name>
    <message>
        <location filename="../ui/common/filewriting.cpp" line="+11"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>HandoffChecklist</name>
    <message>
        <location filename="../models/domain/handoffchecklist.cpp" line="+9"/>
        <source>Review recent incidents</source>
        <translation>Aktuelle Vorfälle durchsehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test pager/alerting system</source>
        <translation>Pager/Alarmierung testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ensure laptop charged and accessible</source>
        <translation>Laptop geladen und griffbereit halten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review runbooks and documentation</source>
        <translation>Runbooks und Dokumentation durchsehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check access to all systems</source>
        <translation>Zugang zu allen Systemen prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up remote access if traveling</source>
        <translation>Fernzugang einrichten, falls unterwegs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledge alerts within 5 minutes</source>
        <translation>Alarme innerhalb von 5 Minuten bestätigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respond to incidents within 15 minutes</source>
        <translation>Innerhalb von 15 Minuten auf Vorfälle reagieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep laptop nearby 24/7</source>
        <translation>Laptop rund um die Uhr in der Nähe haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay in cellular coverage</source>
        <translation>Im Mobilfunkempfang bleiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit alcohol consumption</source>
        <translation>Alkohol einschränken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update runbooks with learnings</source>
        <translation>Runbooks mit Erkenntnissen aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand off open incidents</source>
        <translation>Offene Vorfälle übergeben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document any new issues discovered</source>
        <translation>Neu entdeckte Probleme dokumentieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update runbooks</source>
        <translation>Runbooks aktualisieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provide feedback on alerting</source>
        <translation>Rückmeldung zur Alarmierung geben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take time off to recover</source>
        <translation>Freizeit zur Erholung nehmen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Before your on-call week</source>
        <translation>Vor Ihrer Bereitschaftswoche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>During on-call</source>
        <translation>Während der Bereitschaft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After on-call</source>
        <translation>Nach der Bereitschaft</translation>
    </message>
</context>
<context>
    <name>HandoffStore</name>
    <message>
        <location filename="../models/storage/handoffstore.cpp" line="+22"/>
        <source>Could not read the on-call checklist</source>
        <translation>Die Bereitschafts-Checkliste konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not save the on-call checklist</source>
        <translation>Die Bereitschafts-Checkliste konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read the handoff note</source>
        <translation>Die Übergabenotiz konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not save the handoff note</source>
        <translation>Die Übergabenotiz konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>HttpVerdict</name>
    <message>
        <location filename="../models/sync/httpverdict.cpp" line="+35"/>
        <source>no answer in time</source>
        <translation>keine Antwort in der Zeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HTTP 429: rate limited%1</source>
        <translation>HTTP 429: Ratenbegrenzung%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, retry after %1 s</source>
        <translation>, erneut nach %1 s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (will not heal by retrying: check the channel&apos;s settings)</source>
        <translation>%1 (Wiederholen hilft nicht: prüfen Sie die Einstellungen des Kanals)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>HTTP %1, then the reply broke off: %2</source>
        <translation>HTTP %1, dann brach die Antwort ab: %2</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+24"/>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <location filename="../app/ctl/importcommands.cpp" line="+34"/>
        <source>Print the report and save nothing.</source>
        <translation>Den Bericht ausgeben und nichts speichern.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Refuse the import when a schedule differs from the provider&apos;s own shifts or could not be compared.</source>
        <translation>Den Import ablehnen, wenn ein Dienstplan von den eigenen Schichten des Anbieters abweicht oder nicht verglichen werden konnte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read from the provider&apos;s REST API at this URL (e.g. https://api.eu.opsgenie.com) instead of files.</source>
        <translation>Aus der REST-API des Anbieters unter dieser URL lesen (z. B. https://api.eu.opsgenie.com) statt aus Dateien.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read from the provider&apos;s REST API with the key piped to standard input.</source>
        <translation>Aus der REST-API des Anbieters lesen, mit dem über die Standardeingabe übergebenen Schlüssel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the key in the keychain for the next import.</source>
        <translation>Den Schlüssel für den nächsten Import im Schlüsselbund behalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import only this schedule of the API&apos;s (repeatable).</source>
        <translation>Nur diesen Dienstplan der API importieren (wiederholbar).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 takes the files saved from the provider&apos;s REST API, or reads the API itself with --secret-stdin (and --api-url), not both.</source>
        <translation>%1 nimmt die aus der REST-API des Anbieters gespeicherten Dateien oder liest die API selbst mit --secret-stdin (und --api-url), nicht beides.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--api-url needs a URL such as https://api.opsgenie.com.</source>
        <translation>--api-url braucht eine URL wie https://api.opsgenie.com.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>could not read standard input.</source>
        <translation>Die Standardeingabe konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The key is kept in the keychain.</source>
        <translation>Der Schlüssel wird im Schlüsselbund behalten.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing imported: --strict and the schedules are not the same as %1&apos;s own shifts.</source>
        <translation>Nichts importiert: --strict ist gesetzt, und die Dienstpläne stimmen nicht mit den eigenen Schichten von %1 überein.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing saved (--dry-run).</source>
        <translation>Nichts gespeichert (--dry-run).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported %n on-call schedule(s): %1.</source>
        <translation>
            <numerusform>%n Bereitschaftsplan importiert: %1.</numerusform>
            <numerusform>%n Bereitschaftspläne importiert: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentCommands</name>
    <message>
        <location filename="../app/ctl/incidentcommands.cpp" line="+26"/>
        <source>open, resolved or all (default: open).</source>
        <translation>open, resolved oder all (Standard: open).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>incidents list takes no words, only options.</source>
        <translation>incidents list nimmt keine Wörter, nur Optionen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--status must be open, resolved or all, not &quot;%1&quot;.</source>
        <translation>--status muss open, resolved oder all sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SEV</source>
        <translation>SEV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTED</source>
        <translation>BEGINN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COMMANDER</source>
        <translation>LEITUNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The incident.</source>
        <translation>Der Vorfall.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>incidents show needs one incident number.</source>
        <translation>incidents show braucht eine Vorfallsnummer.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Status:     %1</source>
        <translation>Status:     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commander:  %1</source>
        <translation>Leitung:    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services:   %1</source>
        <translation>Dienste:    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started:    %1</source>
        <translation>Beginn:     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved:   %1</source>
        <translation>Gelöst:     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline:</source>
        <translation>Zeitleiste:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What is wrong.</source>
        <translation>Was ist kaputt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>SEV-1 to SEV-4.</source>
        <translation>SEV-1 bis SEV-4.</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>An affected service; repeat for several.</source>
        <translation>Ein betroffener Dienst; für mehrere wiederholen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The incident commander.</source>
        <translation>Die Einsatzleitung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who is affected, and how.</source>
        <translation>Wer ist betroffen, und wie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unexpected &quot;%1&quot;; quote a title with spaces.</source>
        <translation>unerwartetes „%1“; setzen Sie einen Titel mit Leerzeichen in Anführungszeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>incidents declare needs --title.</source>
        <translation>incidents declare braucht --title.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+51"/>
        <source>--severity must be SEV-1, SEV-2, SEV-3 or SEV-4.</source>
        <translation>--severity muss SEV-1, SEV-2, SEV-3 oder SEV-4 sein.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Declared incident %1.</source>
        <translation>Vorfall %1 ausgerufen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>investigating, identified or monitoring.</source>
        <translation>investigating, identified oder monitoring.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new incident commander.</source>
        <translation>Die neue Einsatzleitung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>incidents update needs one incident number.</source>
        <translation>incidents update braucht eine Vorfallsnummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say what to change: --status, --severity or --commander.</source>
        <translation>geben Sie an, was sich ändern soll: --status, --severity oder --commander.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--status must be investigating, identified or monitoring, not &quot;%1&quot;.</source>
        <translation>--status muss investigating, identified oder monitoring sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Updated incident #%1.</source>
        <translation>Vorfall #%1 aktualisiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What fixed it.</source>
        <translation>Was es behoben hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it happened.</source>
        <translation>Warum es passiert ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolve before the resolution checks are verified, for this reason.</source>
        <translation>Aus diesem Grund beheben, bevor die Behebungsprüfungen bestätigt sind.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>incidents resolve needs one incident number.</source>
        <translation>incidents resolve braucht eine Vorfallsnummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incidents resolve needs --resolution: say what fixed it.</source>
        <translation>incidents resolve braucht --resolution: sagen Sie, was es behoben hat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resolved incident #%1.</source>
        <translation>Vorfall #%1 gelöst.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why it is open again.</source>
        <translation>Warum er wieder offen ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>incidents reopen needs one incident number.</source>
        <translation>incidents reopen braucht eine Vorfallsnummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incidents reopen needs --reason.</source>
        <translation>incidents reopen braucht --reason.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reopened incident #%1.</source>
        <translation>Vorfall #%1 wieder eröffnet.</translation>
    </message>
</context>
<context>
    <name>IncidentDraftRules</name>
    <message>
        <location filename="../models/domain/incidentdraft.cpp" line="+10"/>
        <source>Give the incident a title.</source>
        <translation>Geben Sie dem Vorfall einen Titel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The title is %1 characters long; keep it to %2.</source>
        <translation>Der Titel ist %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Affected users cannot be negative.</source>
        <translation>Betroffene Nutzer können nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Affected users cannot be more than %L1.</source>
        <translation>Es können nicht mehr als %L1 Nutzer betroffen sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue impact cannot be negative.</source>
        <translation>Umsatzauswirkung kann nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The incident cannot start in the future.</source>
        <translation>Der Vorfall kann nicht in der Zukunft beginnen.</translation>
    </message>
</context>
<context>
    <name>IncidentRole</name>
    <message>
        <location filename="../models/domain/incidentrole.cpp" line="+33"/>
        <source>Incident commander</source>
        <translation>Vorfallsleitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scribe</source>
        <translation>Protokollführung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Communications lead</source>
        <translation>Kommunikationsleitung</translation>
    </message>
</context>
<context>
    <name>IncidentService</name>
    <message>
        <location filename="../models/services/declaration.cpp" line="+47"/>
        <source>Declared %1: %2</source>
        <translation>%1 ausgerufen: %2</translation>
    </message>
</context>
<context>
    <name>IncidentStatus</name>
    <message>
        <location filename="../models/domain/incidentstatus.cpp" line="+44"/>
        <source>Investigating</source>
        <translation>Untersuchung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identified</source>
        <translation>Identifiziert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monitoring</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
</context>
<context>
    <name>IncidentStore</name>
    <message>
        <location filename="../models/storage/incidentstore.cpp" line="+306"/>
        <source>Could not save the new incident</source>
        <translation>Der neue Vorfall konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not save incident #%1</source>
        <translation>Vorfall #%1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incident #%1 does not exist.</source>
        <translation>Vorfall #%1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+14"/>
        <source>Could not read incident #%1</source>
        <translation>Vorfall #%1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no incident #%1.</source>
        <translation>Es gibt keinen Vorfall #%1.</translation>
    </message>
    <message>
        <location line="-110"/>
        <location line="+5"/>
        <location line="+114"/>
        <location line="+14"/>
        <location line="+14"/>
        <location line="+27"/>
        <location line="+147"/>
        <source>Could not read the incidents</source>
        <translation>Die Vorfälle konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Could not save the team&apos;s number #%1</source>
        <translation>Die Teamnummer #%1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+8"/>
        <source>Could not count the incidents</source>
        <translation>Die Vorfälle konnten nicht gezählt werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not start this file over</source>
        <translation>Diese Datei konnte nicht neu begonnen werden</translation>
    </message>
    <message>
        <location line="-283"/>
        <source>Could not read the incidents: %1</source>
        <translation>Die Vorfälle konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <location filename="../models/domain/lifecycle.cpp" line="+10"/>
        <source>Resolving an incident needs a resolution: say what fixed it.</source>
        <translation>Zum Lösen eines Vorfalls braucht es eine Lösung: sagen Sie, was ihn behoben hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopening a resolved incident needs a reason.</source>
        <translation>Zum Wiedereröffnen eines gelösten Vorfalls braucht es einen Grund.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The incident&apos;s status is already %1.</source>
        <translation>Der Vorfall hat bereits den Status „%1“.</translation>
    </message>
</context>
<context>
    <name>MattermostApi</name>
    <message>
        <location filename="../models/sync/mattermostapi.cpp" line="+19"/>
        <source>Incident Details</source>
        <translation>Vorfalldetails</translation>
    </message>
</context>
<context>
    <name>MessagingCommands</name>
    <message>
        <location filename="../app/ctl/messagingcommands.cpp" line="+66"/>
        <source>A setting: role, channel, api_url, template, severities, timeout.</source>
        <translation>Eine Einstellung: role, channel, api_url, template, severities, timeout.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the webhook URL or bot token from standard input into the keychain.</source>
        <translation>Die Webhook-URL oder das Bot-Token von der Standardeingabe in den Schlüsselbund lesen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>channel add needs a kind (slack-webhook, slack-api, mattermost, teams, webhook, statuspage, smtp or static-page) and a name.</source>
        <translation>channel add braucht eine Art (slack-webhook, slack-api, mattermost, teams, webhook, statuspage, smtp oder static-page) und einen Namen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>channel add needs --secret-stdin: pipe the webhook URL, token, API key or password in, so it never appears on a command line.</source>
        <translation>channel add braucht --secret-stdin: leiten Sie die Webhook-URL, das Token, den API-Schlüssel oder das Passwort ein, damit es nie auf einer Kommandozeile erscheint.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>could not read standard input.</source>
        <translation>die Standardeingabe konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channel %1 saved.</source>
        <translation>Kanal %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>channel test needs the channel&apos;s name.</source>
        <translation>channel test braucht den Namen des Kanals.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: delivered (%2).</source>
        <translation>%1: zugestellt (%2).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>channel remove needs the channel&apos;s name.</source>
        <translation>channel remove braucht den Namen des Kanals.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channel %1 removed.</source>
        <translation>Kanal %1 entfernt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>investigating, identified, monitoring or resolved.</source>
        <translation>investigating, identified, monitoring oder resolved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What stakeholders read.</source>
        <translation>Was die Beteiligten lesen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>update needs one incident number.</source>
        <translation>update braucht eine Vorfallsnummer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>update needs --status investigating, identified, monitoring or resolved.</source>
        <translation>update braucht --status investigating, identified, monitoring oder resolved.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Update posted on incident #%1; %n message(s) waiting in the outbox (sitrepctl outbox flush, or watch, delivers them).</source>
        <translation>
            <numerusform>Meldung zu Vorfall #%1 veröffentlicht; %n Nachricht wartet im Postausgang (sitrepctl outbox flush oder watch stellt sie zu).</numerusform>
            <numerusform>Meldung zu Vorfall #%1 veröffentlicht; %n Nachrichten warten im Postausgang (sitrepctl outbox flush oder watch stellt sie zu).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Also wait for retries due within this many seconds.</source>
        <translation>Auch auf Wiederholungen warten, die innerhalb so vieler Sekunden fällig werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--timeout is a number of seconds.</source>
        <translation>--timeout ist eine Anzahl Sekunden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 delivered, %2 failed, %3 still pending.</source>
        <translation>%1 zugestellt, %2 fehlgeschlagen, %3 noch ausstehend.</translation>
    </message>
</context>
<context>
    <name>MetricsCommands</name>
    <message>
        <location filename="../app/ctl/metricscommands.cpp" line="+12"/>
        <source>The first day (default: 30 days before --to).</source>
        <translation>Der erste Tag (Standard: 30 Tage vor --to).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The end, not included (default: now).</source>
        <translation>Das Ende, ausschließlich (Standard: jetzt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only incidents of this service.</source>
        <translation>Nur Incidents dieses Dienstes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>metrics takes no words, only options.</source>
        <translation>metrics nimmt keine Wörter, nur Optionen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1 must be a date such as 2026-03-01, not &quot;%2&quot;.</source>
        <translation>--%1 muss ein Datum wie 2026-03-01 sein, nicht „%2“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--from must be before --to.</source>
        <translation>--from muss vor --to liegen.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../models/storage/migrations.cpp" line="+568"/>
        <source>Could not upgrade the database to schema version %1</source>
        <translation>Die Datenbank konnte nicht auf Schemaversion %1 aktualisiert werden</translation>
    </message>
</context>
<context>
    <name>MonitoringCommands</name>
    <message>
        <location filename="../app/ctl/monitoringcommands.cpp" line="+58"/>
        <source>The base URL.</source>
        <translation>Die Basis-URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A setting: auth, username, ca_file, poll_interval, timeout.</source>
        <translation>Eine Einstellung: auth, username, ca_file, poll_interval, timeout.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the token or password from standard input into the keychain.</source>
        <translation>Token oder Passwort von der Standardeingabe in den Schlüsselbund lesen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>endpoint add needs a kind (alertmanager or prometheus) and a name.</source>
        <translation>endpoint add braucht eine Art (alertmanager oder prometheus) und einen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>endpoint add needs --url.</source>
        <translation>endpoint add braucht --url.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>could not read standard input.</source>
        <translation>die Standardeingabe konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>endpoint %1 uses %2 authentication: pass its secret with --secret-stdin.</source>
        <translation>Endpunkt %1 nutzt %2-Authentifizierung: übergeben Sie das Geheimnis mit --secret-stdin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Endpoint %1 saved.</source>
        <translation>Endpunkt %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>endpoint remove needs the endpoint&apos;s name.</source>
        <translation>endpoint remove braucht den Namen des Endpunkts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Endpoint %1 removed.</source>
        <translation>Endpunkt %1 entfernt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An Alertmanager to read once.</source>
        <translation>Ein Alertmanager, der einmal gelesen wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A configured endpoint.</source>
        <translation>Ein eingerichteter Endpunkt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poll once and exit.</source>
        <translation>Einmal abfragen und beenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sync alertmanager needs either --url or --endpoint.</source>
        <translation>sync alertmanager braucht entweder --url oder --endpoint.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The incident.</source>
        <translation>Der Vorfall.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long, such as 2h.</source>
        <translation>Wie lange, etwa 2h.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why.</source>
        <translation>Warum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End a silence.</source>
        <translation>Eine Stummschaltung beenden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Silence %1 expired.</source>
        <translation>Stummschaltung %1 beendet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>silence needs --incident with an incident number.</source>
        <translation>silence braucht --incident mit einer Vorfallsnummer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>silence needs --duration, such as 30m or 2h.</source>
        <translation>silence braucht --duration, etwa 30m oder 2h.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>silence needs --comment saying why.</source>
        <translation>silence braucht --comment mit einer Begründung.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Incident #%1 has no firing alerts to silence.</source>
        <translation>Vorfall #%1 hat keine aktiven Alarme, die stummgeschaltet werden könnten.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Silenced %1 for %2 (silence %3).</source>
        <translation>%1 für %2 stummgeschaltet (Stummschaltung %3).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>nothing to watch: add an Alertmanager or a Prometheus with &quot;sitrepctl endpoint add alertmanager|prometheus NAME --url URL&quot;, a channel with &quot;sitrepctl channel add&quot; or an on-call schedule with &quot;sitrepctl oncall import FILE&quot;.</source>
        <translation>nichts zu beobachten: fügen Sie einen Alertmanager oder ein Prometheus mit „sitrepctl endpoint add alertmanager|prometheus NAME --url URL“, einen Kanal mit „sitrepctl channel add“ oder einen Dienstplan mit „sitrepctl oncall import DATEI“ hinzu.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+10"/>
        <source>%1: failed: %2</source>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (incident #%2)</source>
        <translation>%1 (Vorfall #%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 rules evaluated, %3 with problems; fired: %4</source>
        <translation>%1: %2 Regeln ausgewertet, %3 mit Problemen; ausgelöst: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>outbox %1 to %2: %3 (%4)</source>
        <translation>Postausgang %1 an %2: %3 (%4)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>incident #%1: %2</source>
        <translation>Vorfall #%1: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>connected to the team server</source>
        <translation>mit dem Team-Server verbunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team server out of reach: %1</source>
        <translation>Team-Server nicht erreichbar: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>following the team server %1 as %2</source>
        <translation>folgt dem Team-Server %1 als %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>backed up to %1</source>
        <translation>gesichert nach %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backup failed: %1</source>
        <translation>Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Watching %n endpoint(s); stop with Ctrl+C or SIGTERM.</source>
        <translation>
            <numerusform>Beobachte %n Endpunkt; beenden mit Strg+C oder SIGTERM.</numerusform>
            <numerusform>Beobachte %n Endpunkte; beenden mit Strg+C oder SIGTERM.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OnCallCalendar</name>
    <message>
        <location filename="../models/domain/oncallcalendar.cpp" line="+69"/>
        <source>%1: nobody on call</source>
        <translation>%1: niemand in Bereitschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on call: %2</source>
        <translation>%1 Bereitschaft: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>No secondary.</source>
        <translation>Keine Zweitbereitschaft.</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <source>Secondary: %1</source>
        <translation>Zweitbereitschaft: %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>On call (primary): %1</source>
        <translation>Bereitschaft (primär): %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On call (secondary): %1</source>
        <translation>Bereitschaft (sekundär): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Primary: %1</source>
        <translation>Primär: %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>On call (override): %1</source>
        <translation>Bereitschaft (Vertretung): %1</translation>
    </message>
</context>
<context>
    <name>OnCallCommands</name>
    <message>
        <location filename="../app/ctl/oncallcommands.cpp" line="+23"/>
        <source>oncall import takes one schedule file.</source>
        <translation>oncall import nimmt eine Dienstplan-Datei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported the on-call schedule %1.</source>
        <translation>Dienstplan %1 importiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>oncall export takes the schedule&apos;s name.</source>
        <translation>oncall export nimmt den Namen des Dienstplans.</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%1 (%2, %3): %4; %n gap(s) in the next 30 days
</source>
        <translation>
            <numerusform>%1 (%2, %3): %4; %n Lücke in den nächsten 30 Tagen
</numerusform>
            <numerusform>%1 (%2, %3): %4; %n Lücken in den nächsten 30 Tagen
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no team</source>
        <translation>kein Team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on call until %2</source>
        <translation>%1 in Bereitschaft bis %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nobody on call</source>
        <translation>niemand in Bereitschaft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No on-call schedules; import one with sitrepctl oncall import FILE.
</source>
        <translation>Keine Dienstpläne; importieren Sie einen mit sitrepctl oncall import DATEI.
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The time to ask about (default: now).</source>
        <translation>Der gefragte Zeitpunkt (Standard: jetzt).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+31"/>
        <location line="+33"/>
        <source>--schedule is needed.</source>
        <translation>--schedule wird gebraucht.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Nobody is on call then.</source>
        <translation>Dann ist niemand in Bereitschaft.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The start.</source>
        <translation>Der Anfang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <location line="+25"/>
        <source>The end, not included.</source>
        <translation>Das Ende, nicht eingeschlossen.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Only this person&apos;s shifts.</source>
        <translation>Nur die Schichten dieser Person.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>The first day.</source>
        <translation>Der erste Tag.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Could not write the calendar: %1</source>
        <translation>Der Kalender konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>PERSON</source>
        <translation>PERSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HOURS</source>
        <translation>STUNDEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIGHTS</source>
        <translation>NÄCHTE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WEEKENDS</source>
        <translation>WOCHENENDEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SECONDARY</source>
        <translation>VERTRETUNG</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Balance: %1 (1 is an even load).</source>
        <translation>Ausgewogenheit: %1 (1 ist eine gleiche Last).</translation>
    </message>
</context>
<context>
    <name>OnCallImportReport</name>
    <message>
        <location filename="../models/services/oncallimport.cpp" line="+13"/>
        <source>nobody</source>
        <translation>niemanden</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Schedule &quot;%1&quot; (%2): %n layer(s), %3, %4.
</source>
        <translation>
            <numerusform>Dienstplan „%1“ (%2): %n Ebene, %3, %4.
</numerusform>
            <numerusform>Dienstplan „%1“ (%2): %n Ebenen, %3, %4.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n override(s)</source>
        <translation>
            <numerusform>%n Vertretung</numerusform>
            <numerusform>%n Vertretungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Not compared: the files hold no shifts %1 computed for it.
</source>
        <translation>  Nicht verglichen: Die Dateien enthalten keine von %1 berechneten Schichten dafür.
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  Same as %1&apos;s own shifts from %2.
</source>
        <translation>  Gleich den eigenen Schichten von %1 von %2.
</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>  %n difference(s) from %1&apos;s own shifts from %2:
</source>
        <translation>
            <numerusform>  %n Abweichung von den eigenen Schichten von %1 von %2:
</numerusform>
            <numerusform>  %n Abweichungen von den eigenen Schichten von %1 von %2:
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>    %1 to %2: %3 has %4, Sitrep has %5.
</source>
        <translation>    %1 bis %2: Bei %3 hat %4 Bereitschaft, bei Sitrep %5.
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not carried over:
</source>
        <translation>Nicht übernommen:
</translation>
    </message>
</context>
<context>
    <name>OnCallSummary</name>
    <message>
        <location filename="../ui/oncall/oncallsummary.cpp" line="+12"/>
        <source>No schedule configured</source>
        <translation>Kein Bereitschaftsplan eingerichtet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: nobody on call</source>
        <translation>%1: niemand in Bereitschaft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2, handoff in %3</source>
        <translation>%1: %2, Übergabe in %3</translation>
    </message>
</context>
<context>
    <name>OpsgenieSchedules</name>
    <message>
        <location filename="../models/services/opsgenieschedules.cpp" line="+47"/>
        <source>missing: give Opsgenie&apos;s answers for schedules, their timelines and overrides, or escalations.</source>
        <translation>fehlt: Geben Sie Opsgenies Antworten zu Dienstplänen, ihren Zeitleisten und Vertretungen oder zu Eskalationen an.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The files hold no Opsgenie schedule: save each with GET /v2/schedules/{id}?expand=rotation.</source>
        <translation>Die Dateien enthalten keinen Opsgenie-Dienstplan: Speichern Sie jeden mit GET /v2/schedules/{id}?expand=rotation.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Notification rules, contact methods (phone numbers), heartbeat monitors and team routing rules: Sitrep pages through its own channels.</source>
        <translation>Benachrichtigungsregeln, Kontaktwege (Telefonnummern), Heartbeat-Monitore und Team-Routing-Regeln: Sitrep alarmiert über seine eigenen Kanäle.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>not an Opsgenie schedule, timeline, override or escalation.</source>
        <translation>kein Opsgenie-Dienstplan, keine Zeitleiste, Vertretung oder Eskalation.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: the %2 %3 is kept as a name (Sitrep pages people).</source>
        <translation>%1: %2 %3 wird als Name übernommen (Sitrep alarmiert Personen).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Schedule &quot;%1&quot; is disabled in Opsgenie; Sitrep imports it as any other.</source>
        <translation>Der Dienstplan „%1“ ist in Opsgenie deaktiviert; Sitrep importiert ihn wie jeden anderen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing: save the schedule with ?expand=rotation.</source>
        <translation>fehlt: Speichern Sie den Dienstplan mit ?expand=rotation.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>must be hourly, daily or weekly, not &quot;%1&quot;.</source>
        <translation>muss hourly, daily oder weekly sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a rotation needs at least one participant.</source>
        <translation>eine Rotation braucht mindestens eine teilnehmende Person.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotation &quot;%1&quot; of &quot;%2&quot;</source>
        <translation>Rotation „%1“ von „%2“</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>must be time-of-day or weekday-and-time-of-day, not &quot;%1&quot;.</source>
        <translation>muss time-of-day oder weekday-and-time-of-day sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>startDay and endDay must be days of the week (monday…).</source>
        <translation>startDay und endDay müssen Wochentage sein (monday …).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>names no imported schedule; import overrides with their schedule.</source>
        <translation>nennt keinen importierten Dienstplan; importieren Sie Vertretungen mit ihrem Dienstplan.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&quot;%1&quot; is not a rotation of &quot;%2&quot;.</source>
        <translation>„%1“ ist keine Rotation von „%2“.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>names no imported schedule; import the timeline with its schedule.</source>
        <translation>nennt keinen importierten Dienstplan; importieren Sie die Zeitleiste mit ihrem Dienstplan.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Escalation &quot;%1&quot;: it notifies none of the imported schedules.</source>
        <translation>Eskalation „%1“: Sie benachrichtigt keinen der importierten Dienstpläne.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Escalation &quot;%1&quot;, rule %2</source>
        <translation>Eskalation „%1“, Regel %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: &quot;if-not-closed&quot; (Sitrep stops escalating when someone acknowledges).</source>
        <translation>%1: „if-not-closed“ (Sitrep beendet die Eskalation, sobald jemand bestätigt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 %3 with notifyType %4 (Sitrep escalates to a person or the schedule&apos;s on-call person).</source>
        <translation>%1: %2 %3 mit notifyType %4 (Sitrep eskaliert an eine Person oder an die Bereitschaft des Dienstplans).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 beside %3 (a Sitrep level pages one target).</source>
        <translation>%1: %2 neben %3 (eine Stufe in Sitrep alarmiert ein Ziel).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Escalation &quot;%1&quot;: its first rule waits %2 minutes (Sitrep pages the first level when the incident is declared).</source>
        <translation>Eskalation „%1“: Ihre erste Regel wartet %2 Minuten (Sitrep alarmiert die erste Stufe, sobald der Vorfall ausgerufen ist).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Escalation &quot;%1&quot;: repeat.%2.</source>
        <translation>Eskalation „%1“: repeat.%2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Escalation &quot;%1&quot;: schedule &quot;%2&quot; already escalates by another.</source>
        <translation>Eskalation „%1“: Der Dienstplan „%2“ eskaliert bereits nach einer anderen.</translation>
    </message>
</context>
<context>
    <name>OutboxStore</name>
    <message>
        <location filename="../models/storage/outboxstore.cpp" line="+71"/>
        <source>Could not queue the message to %1</source>
        <translation>Die Nachricht an %1 konnte nicht eingereiht werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+12"/>
        <location line="+11"/>
        <location line="+12"/>
        <location line="+13"/>
        <location line="+92"/>
        <source>Could not read the outbox</source>
        <translation>Der Postausgang konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Could not update outbox message %1</source>
        <translation>Postausgangsnachricht %1 konnte nicht aktualisiert werden</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Could not update the outbox</source>
        <translation>Der Postausgang konnte nicht aktualisiert werden</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not save the Slack thread of incident #%1</source>
        <translation>Der Slack-Thread von Vorfall #%1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+14"/>
        <source>Could not read the incident&apos;s Slack channel</source>
        <translation>Der Slack-Kanal des Vorfalls konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not save the incident&apos;s Slack channel</source>
        <translation>Der Slack-Kanal des Vorfalls konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>OutboxTeamCopy</name>
    <message>
        <location filename="../models/storage/outboxteamcopy.cpp" line="+25"/>
        <location line="+75"/>
        <location line="+14"/>
        <source>Could not read the outbox</source>
        <translation>Der Postausgang konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+84"/>
        <source>Could not update the outbox</source>
        <translation>Der Postausgang konnte nicht aktualisiert werden</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Could not take message %1 from the team</source>
        <translation>Nachricht %1 konnte nicht vom Team übernommen werden</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Could not keep the team&apos;s message %1</source>
        <translation>Die Nachricht %1 des Teams konnte nicht behalten werden</translation>
    </message>
</context>
<context>
    <name>PagerDutySchedules</name>
    <message>
        <location filename="../models/services/pagerdutyschedules.cpp" line="+53"/>
        <source>not in the file: give PagerDuty&apos;s answers for schedules, escalation policies, users or overrides.</source>
        <translation>nicht in der Datei: Geben Sie PagerDutys Antworten zu Dienstplänen, Eskalationsrichtlinien, Benutzern oder Vertretungen an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is one page of a longer list (&quot;more&quot;: true); the pages after it were not given.</source>
        <translation>%1 ist eine Seite einer längeren Liste („more“: true); die folgenden Seiten wurden nicht angegeben.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The files hold no PagerDuty schedule: save each with GET /schedules/{id}?since=…&amp;until=….</source>
        <translation>Die Dateien enthalten keinen PagerDuty-Dienstplan: Speichern Sie jeden mit GET /schedules/{id}?since=…&amp;until=….</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>People&apos;s contact methods and notification rules: Sitrep pages through its own channels.</source>
        <translation>Kontaktwege und Benachrichtigungsregeln der Personen: Sitrep alarmiert über seine eigenen Kanäle.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The name of user %1 (not in the files: add the answer of GET /users).</source>
        <translation>Der Name des Benutzers %1 (nicht in den Dateien: Fügen Sie die Antwort von GET /users hinzu).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>missing: the list of schedules has no layers; save each schedule with GET /schedules/{id}.</source>
        <translation>fehlt: Die Liste der Dienstpläne enthält keine Ebenen; speichern Sie jeden Dienstplan mit GET /schedules/{id}.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>turns of %1 seconds are not whole hours, which Sitrep&apos;s rotations are.</source>
        <translation>Schichten von %1 Sekunden sind keine vollen Stunden, wie Sitreps Rotationen sie haben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a layer needs at least one user.</source>
        <translation>eine Ebene braucht mindestens einen Benutzer.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>must be daily_restriction or weekly_restriction, not &quot;%1&quot;.</source>
        <translation>muss daily_restriction oder weekly_restriction sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a whole minute as HH:MM:SS, not &quot;%1&quot;.</source>
        <translation>muss eine volle Minute als HH:MM:SS sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be whole minutes.</source>
        <translation>muss volle Minuten sein.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1: overrides do not say their schedule; import them with that schedule alone.</source>
        <translation>%1: Vertretungen nennen ihren Dienstplan nicht; importieren Sie sie nur mit diesem Dienstplan.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Escalation policy &quot;%1&quot;: it pages none of the imported schedules.</source>
        <translation>Eskalationsrichtlinie „%1“: Sie alarmiert keinen der importierten Dienstpläne.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Escalation policy &quot;%1&quot;: schedule &quot;%2&quot; already escalates by another policy.</source>
        <translation>Eskalationsrichtlinie „%1“: Der Dienstplan „%2“ eskaliert bereits nach einer anderen Richtlinie.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Escalation policy &quot;%1&quot;, rule %2: its target &quot;%3&quot; (Sitrep escalates within one schedule).</source>
        <translation>Eskalationsrichtlinie „%1“, Regel %2: ihr Ziel „%3“ (Sitrep eskaliert innerhalb eines Dienstplans).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Escalation policy &quot;%1&quot;, rule %2: %3 beside %4 (a Sitrep level pages one target).</source>
        <translation>Eskalationsrichtlinie „%1“, Regel %2: %3 neben %4 (eine Stufe in Sitrep alarmiert ein Ziel).</translation>
    </message>
</context>
<context>
    <name>PolicyLoader</name>
    <message>
        <location filename="../models/services/policyloader.cpp" line="+64"/>
        <source>Could not read %1 (%2); the default severity levels are in force.</source>
        <translation>%1 konnte nicht gelesen werden (%2); es gelten die Standard-Schweregrade.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 The default severity levels are in force.</source>
        <translation>%1 Es gelten die Standard-Schweregrade.</translation>
    </message>
</context>
<context>
    <name>PostmortemCommands</name>
    <message>
        <location filename="../app/ctl/postmortemcommands.cpp" line="+58"/>
        <source>postmortem show takes one incident id.</source>
        <translation>postmortem show nimmt eine Incident-ID.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>markdown or pdf</source>
        <translation>markdown oder pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a4 or letter, for the PDF.</source>
        <translation>a4 oder letter, für das PDF.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>postmortem export takes an incident id and --output FILE.</source>
        <translation>postmortem export nimmt eine Incident-ID und --output DATEI.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--format must be markdown or pdf, not &quot;%1&quot;.</source>
        <translation>--format muss markdown oder pdf sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--paper must be a4 or letter, not &quot;%1&quot;.</source>
        <translation>--paper muss a4 oder letter sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The incident it belongs to (default: the one with the postmortem&apos;s title).</source>
        <translation>Der Incident, zu dem es gehört (Standard: der mit dem Titel des Postmortems).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>postmortem import takes one file.</source>
        <translation>postmortem import nimmt eine Datei.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No single incident is titled &quot;%1&quot;; say which with --incident ID.</source>
        <translation>Kein einzelner Incident heißt „%1“; mit --incident ID angeben, welcher.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--incident must be an incident id.</source>
        <translation>--incident muss eine Incident-ID sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sitrepctl: not placed: %1</source>
        <translation>sitrepctl: nicht zugeordnet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported the postmortem of incident #%1</source>
        <translation>Postmortem von Incident #%1 importiert</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+2"/>
        <source>postmortem invite takes an incident id and --output FILE.</source>
        <translation>postmortem invite braucht eine Vorfallsnummer und --output DATEI.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The leads invited to every review, separated by commas.</source>
        <translation>Die zu jeder Besprechung eingeladenen Leitungen, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Only this person&apos;s.</source>
        <translation>Nur die dieser Person.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only those past their due date and not done.</source>
        <translation>Nur überfällige, nicht erledigte.</translation>
    </message>
</context>
<context>
    <name>PostmortemMarkdown</name>
    <message>
        <location filename="../models/domain/postmortemmarkdown.cpp" line="+116"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>PostmortemRules</name>
    <message>
        <location filename="../models/domain/postmortem.cpp" line="+61"/>
        <source>a summary</source>
        <translation>eine Zusammenfassung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the impact (users affected, revenue or services)</source>
        <translation>die Auswirkungen (betroffene Nutzer, Umsatz oder Dienste)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the root cause</source>
        <translation>die Ursache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the resolution</source>
        <translation>die Behebung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>at least one action item</source>
        <translation>mindestens eine Maßnahme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>action item %1</source>
        <translation>Maßnahme %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot;</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an owner for %1</source>
        <translation>eine verantwortliche Person für %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a due date for %1</source>
        <translation>ein Fälligkeitsdatum für %1</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>a time (HH:MM) for timeline entry %1</source>
        <translation>eine Uhrzeit (HH:MM) für Zeitleisteneintrag %1</translation>
    </message>
</context>
<context>
    <name>PostmortemStore</name>
    <message>
        <location filename="../models/storage/postmortemstore.cpp" line="+66"/>
        <source>Could not read the postmortem of incident #%1</source>
        <translation>Das Postmortem von Incident #%1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not save the postmortem of incident #%1</source>
        <translation>Das Postmortem von Incident #%1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+82"/>
        <source>Could not read the postmortems</source>
        <translation>Die Postmortems konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+21"/>
        <location line="+14"/>
        <source>Could not read the action items</source>
        <translation>Die Maßnahmen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not read the review leads</source>
        <translation>Die Leitungen für Besprechungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not save the review leads</source>
        <translation>Die Leitungen für Besprechungen konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>The postmortem of incident #%1 is damaged in the database and is left as it is; restore a backup (sitrepctl restore FILE) to get it back.</source>
        <translation>Die Nachbetrachtung von Vorfall #%1 ist in der Datenbank beschädigt und bleibt unverändert; stellen Sie eine Sicherung wieder her (sitrepctl restore DATEI), um sie zurückzubekommen.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../app/common/appcontext.cpp" line="+94"/>
        <source>%1: %2 = &quot;%3&quot; is not one of %4; the default is in force.</source>
        <translation>%1: %2 = „%3“ ist keiner der Werte %4; die Voreinstellung gilt.</translation>
    </message>
</context>
<context>
    <name>PromQueryReply</name>
    <message>
        <location filename="../models/sync/promqueryreply.cpp" line="+35"/>
        <source>a sample&apos;s time (%1) is not a time Prometheus gives.</source>
        <translation>die Zeit eines Messwerts (%1) ist keine Zeit, die Prometheus liefert.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the reply is not JSON (%1).</source>
        <translation>die Antwort ist kein JSON (%1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the server did not answer with success (status &quot;%1&quot;) and gave no reason.</source>
        <translation>der Server hat nicht mit Erfolg geantwortet (Status „%1“) und keinen Grund genannt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server refused the query: %1</source>
        <translation>der Server hat die Abfrage abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the reply&apos;s %1 result is malformed.</source>
        <translation>das %1-Ergebnis der Antwort ist fehlerhaft.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the reply says no resultType; a rule needs a vector, a matrix or a scalar.</source>
        <translation>die Antwort nennt keinen resultType; eine Regel braucht einen Vektor, eine Matrix oder einen Skalar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the query answered a %1; a rule needs a number.</source>
        <translation>die Abfrage lieferte ein %1; eine Regel braucht eine Zahl.</translation>
    </message>
</context>
<context>
    <name>ProviderFileReader</name>
    <message>
        <location filename="../models/services/providerfiles.cpp" line="+18"/>
        <source>%1&apos;s answer could not be read: %2</source>
        <translation>Die Antwort von %1 ließ sich nicht lesen: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: not an answer of %2&apos;s REST API (a JSON object).</source>
        <translation>%1: keine Antwort der REST-API von %2 (ein JSON-Objekt).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not an ISO 8601 date and time.</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit nach ISO 8601.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a whole number from %1 to %2, not &quot;%3&quot;.</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein, nicht „%3“.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a schedule needs a name.</source>
        <translation>ein Dienstplan braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not an IANA time zone.</source>
        <translation>„%1“ ist keine IANA-Zeitzone.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>hands off at a second past the minute; Sitrep&apos;s handoffs are whole minutes.</source>
        <translation>übergibt Sekunden nach der vollen Minute; Übergaben in Sitrep sind volle Minuten.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>must be after %1.</source>
        <translation>muss nach %1 liegen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an override needs a user and an end after its start.</source>
        <translation>eine Vertretung braucht einen Benutzer und ein Ende nach ihrem Beginn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The override of %1 in &quot;%2&quot; from %3: it lasts over 366 days; change the rotation instead.</source>
        <translation>Die Vertretung durch %1 in „%2“ ab %3: Sie dauert über 366 Tage; ändern Sie stattdessen die Rotation.</translation>
    </message>
</context>
<context>
    <name>PublicWording</name>
    <message>
        <location filename="../models/domain/publicstatus.cpp" line="+28"/>
        <source>Major outage</source>
        <translation>Schwerer Ausfall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partial outage</source>
        <translation>Teilausfall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Degraded performance</source>
        <translation>Eingeschränkte Leistung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Operational</source>
        <translation>In Betrieb</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All systems operational</source>
        <translation>Alle Systeme in Betrieb</translation>
    </message>
</context>
<context>
    <name>ReplyError</name>
    <message>
        <location filename="../models/sync/replyerror.cpp" line="+58"/>
        <source>connection refused by %1 (is it running?)</source>
        <translation>Verbindung von %1 abgelehnt (läuft er?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host not found: %1</source>
        <translation>Host nicht gefunden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 redirected more than %2 times (a redirect loop?)</source>
        <translation>%1 hat mehr als %2-mal weitergeleitet (eine Weiterleitungsschleife?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 redirected from https to http; Sitrep does not follow that</source>
        <translation>%1 hat von https auf http weitergeleitet; dem folgt Sitrep nicht</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>%1 closed the connection before its reply was complete</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die Antwort vollständig war</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>the reply from %1 breaks off after %n bytes, in the middle of its JSON (the connection closed early, or the server cut it short)</source>
        <translation>
            <numerusform>die Antwort von %1 bricht nach %n Byte mitten in ihrem JSON ab (die Verbindung wurde zu früh geschlossen, oder der Server hat sie gekürzt)</numerusform>
            <numerusform>die Antwort von %1 bricht nach %n Bytes mitten in ihrem JSON ab (die Verbindung wurde zu früh geschlossen, oder der Server hat sie gekürzt)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the reply from %1 could not be read or unpacked (a compressed body that grows out of all proportion is refused)</source>
        <translation>die Antwort von %1 konnte nicht gelesen oder entpackt werden (ein komprimierter Inhalt, der maßlos anwächst, wird abgelehnt)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>could not reach %1 (Qt gave no reason, error %2)</source>
        <translation>%1 nicht erreichbar (Qt nannte keinen Grund, Fehler %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not reach %1: %2</source>
        <translation>%1 nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>ResolutionChecks</name>
    <message>
        <location filename="../models/domain/resolutioncheck.cpp" line="+79"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 %3 %4 %5</source>
        <translation>%1 %2 %3 %4 %5</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not checked yet. Run the checks once the fix is in.</source>
        <translation>Noch nicht geprüft. Starten Sie die Prüfungen, sobald die Behebung greift.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The checks held through the monitoring window: resolve is offered.</source>
        <translation>Die Prüfungen hielten über das Beobachtungsfenster: Beheben ist möglich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The checks hold. Monitoring until %1 (%2 left); run them again then.</source>
        <translation>Die Prüfungen halten. Beobachtung bis %1 (noch %2); prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The monitoring window ended at %1: run the checks again to confirm.</source>
        <translation>Das Beobachtungsfenster endete um %1: prüfen Sie zur Bestätigung erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not every check holds yet, so the monitoring window has not started.</source>
        <translation>Noch halten nicht alle Prüfungen, daher hat das Beobachtungsfenster nicht begonnen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resolution checks hold (%1); monitoring until %2.</source>
        <translation>Behebungsprüfungen halten (%1); Beobachtung bis %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolution checks failed; the monitoring window starts again once they hold (%1).</source>
        <translation>Behebungsprüfungen fehlgeschlagen; das Beobachtungsfenster beginnt neu, sobald sie halten (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolution verified: the checks held through the monitoring window (%1).</source>
        <translation>Behebung bestätigt: die Prüfungen hielten über das Beobachtungsfenster (%1).</translation>
    </message>
</context>
<context>
    <name>RunbookLibrary</name>
    <message>
        <location filename="../models/services/runbooklibrary.cpp" line="+36"/>
        <source>Could not read the runbook %1 (%2).</source>
        <translation>Das Runbook %1 konnte nicht gelesen werden (%2).</translation>
    </message>
</context>
<context>
    <name>RunbookParser</name>
    <message>
        <location filename="../models/domain/runbook.cpp" line="+90"/>
        <source>%1: the header that starts with --- on line 1 is never closed.</source>
        <translation>%1: der Kopf, der in Zeile 1 mit --- beginnt, wird nie geschlossen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1:%2: unknown header line &quot;%3&quot; (known: services, alerts).</source>
        <translation>%1:%2: unbekannte Kopfzeile „%3“ (bekannt: services, alerts).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: a runbook starts with a title line &quot;# Runbook: ...&quot;.</source>
        <translation>%1: ein Runbook beginnt mit einer Titelzeile „# Runbook: ...“.</translation>
    </message>
</context>
<context>
    <name>ScheduleFile</name>
    <message>
        <location filename="../models/services/schedulefile.cpp" line="+40"/>
        <location line="+78"/>
        <source>must be a mapping.</source>
        <translation>muss eine Zuordnung sein.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>a schedule needs a name.</source>
        <translation>ein Dienstplan braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not an IANA time zone (such as Europe/Berlin).</source>
        <translation>„%1“ ist keine IANA-Zeitzone (wie Europe/Berlin).</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+20"/>
        <location line="+130"/>
        <location line="+46"/>
        <location line="+91"/>
        <source>must be a list.</source>
        <translation>muss eine Liste sein.</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>a schedule needs a rotation (or layers).</source>
        <translation>ein Dienstplan braucht eine Rotation (oder Ebenen).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be stacked (a higher layer wins) or cumulative (every layer is on call at once), not &quot;%1&quot;.</source>
        <translation>muss stacked (eine höhere Ebene gewinnt) oder cumulative (jede Ebene hat zugleich Bereitschaft) sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>not a field of on-call schedules.</source>
        <translation>kein Feld von Dienstplänen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a whole number of at least %1, not &quot;%2&quot;.</source>
        <translation>muss eine ganze Zahl von mindestens %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be at most %1, not %2.</source>
        <translation>darf höchstens %1 sein, nicht %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not an ISO 8601 date and time (such as 2026-04-05T00:00).</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit nach ISO 8601 (wie 2026-04-05T00:00).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must list at least one person.</source>
        <translation>muss mindestens eine Person nennen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a participant needs a name (or ~ for nobody).</source>
        <translation>eine Person der Rotation braucht einen Namen (oder ~ für niemanden).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is listed twice.</source>
        <translation>%1 steht zweimal in der Liste.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>give either rotation or rotations, not both.</source>
        <translation>entweder rotation oder rotations angeben, nicht beides.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a later version needs a later effective_from.</source>
        <translation>eine spätere Version braucht ein späteres effective_from.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+65"/>
        <location line="+94"/>
        <source>missing.</source>
        <translation>fehlt.</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>needs the first handoff day as a date (such as 2026-03-23).</source>
        <translation>braucht den ersten Übergabetag als Datum (wie 2026-03-23).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a shift length (N hours, N days or N weeks).</source>
        <translation>„%1“ ist keine Schichtlänge (N hours, N days oder N weeks).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a handoff (such as Monday 09:00, or 09:00).</source>
        <translation>„%1“ ist keine Übergabe (wie Monday 09:00 oder 09:00).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>must be next (the next participant) or none, not &quot;%1&quot;.</source>
        <translation>muss next (die nächste Person der Rotation) oder none sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be after effective_from.</source>
        <translation>muss nach effective_from liegen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>needs a time as HH:MM.</source>
        <translation>braucht eine Uhrzeit als HH:MM.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>needs a time as HH:MM, or a weekday and a time (Friday 17:00).</source>
        <translation>braucht eine Uhrzeit als HH:MM oder einen Wochentag mit Uhrzeit (Friday 17:00).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a window that ends on a weekday starts on one day: list exactly one.</source>
        <translation>ein Zeitfenster, das an einem Wochentag endet, beginnt an einem Tag: Nennen Sie genau einen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must list weekdays.</source>
        <translation>muss Wochentage nennen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a weekday.</source>
        <translation>„%1“ ist kein Wochentag.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>must be replace, add, remove or cover, not &quot;%1&quot;.</source>
        <translation>muss replace, add, remove oder cover sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a replace names whom it replaces.</source>
        <translation>ein replace nennt, wen es ersetzt.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>must list levels.</source>
        <translation>muss Stufen nennen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>needs primary, secondary or a person.</source>
        <translation>braucht primary, secondary oder eine Person.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missing: give the minutes before the next level is paged.</source>
        <translation>fehlt: Geben Sie die Minuten an, bis die nächste Stufe alarmiert wird.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: holds no on-call schedule.</source>
        <translation>%1: enthält keinen Dienstplan.</translation>
    </message>
</context>
<context>
    <name>ScheduleOverride</name>
    <message>
        <location filename="../models/domain/oncallschedule.cpp" line="+41"/>
        <source>An override must end after it starts.</source>
        <translation>Eine Vertretung muss nach ihrem Beginn enden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An override lasts at most 366 days; change the rotation for a longer absence.</source>
        <translation>Eine Vertretung dauert höchstens 366 Tage; ändern Sie für eine längere Abwesenheit die Rotation.</translation>
    </message>
</context>
<context>
    <name>ScheduleStore</name>
    <message>
        <location filename="../models/storage/schedulestore.cpp" line="+18"/>
        <source>Could not read the on-call schedules</source>
        <translation>Die Dienstpläne konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not save the on-call schedule %1</source>
        <translation>Der Dienstplan %1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not remove the on-call schedule %1</source>
        <translation>Der Dienstplan %1 konnte nicht entfernt werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not read what the calendar %1 published</source>
        <translation>Was der Kalender %1 veröffentlicht hat, konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Could not record what the calendar %1 published</source>
        <translation>Was der Kalender %1 veröffentlicht hat, konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>SeverityPolicy</name>
    <message>
        <location filename="../models/domain/severitypolicy.cpp" line="+10"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete service outage</source>
        <translation>Vollständiger Dienstausfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data loss or corruption</source>
        <translation>Datenverlust oder -beschädigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security breach</source>
        <translation>Sicherheitsverletzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue impact &gt;$10K/hour</source>
        <translation>Umsatzauswirkung &gt;10.000 $/Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Significant feature degradation</source>
        <translation>Erhebliche Funktionseinschränkung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affecting &gt;50% of users</source>
        <translation>Betrifft &gt;50 % der Nutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Performance severely degraded</source>
        <translation>Leistung stark beeinträchtigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue impact $1K-$10K/hour</source>
        <translation>Umsatzauswirkung 1.000–10.000 $/Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minor feature degradation</source>
        <translation>Geringe Funktionseinschränkung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affecting &lt;50% of users</source>
        <translation>Betrifft &lt;50 % der Nutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workaround available</source>
        <translation>Umgehung verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimal revenue impact</source>
        <translation>Minimale Umsatzauswirkung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cosmetic issues</source>
        <translation>Kosmetische Mängel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimal user impact</source>
        <translation>Minimale Auswirkung auf Nutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No revenue impact</source>
        <translation>Keine Umsatzauswirkung</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Immediate</source>
        <translation>Sofort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next business day</source>
        <translation>Nächster Werktag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt; 1 hour</source>
        <translation>&lt; 1 Stunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt; %1 hours</source>
        <translation>&lt; %1 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; %1 min</source>
        <translation>&lt; %1 Min.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every hour</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every %1 hours</source>
        <translation>Alle %1 Stunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every %1 minutes</source>
        <translation>Alle %1 Minuten</translation>
    </message>
</context>
<context>
    <name>SeverityPolicyParser</name>
    <message>
        <location filename="../models/domain/severitypolicyparser.cpp" line="+28"/>
        <source>the file must hold a JSON object.</source>
        <translation>die Datei muss ein JSON-Objekt enthalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a list of severity levels.</source>
        <translation>muss eine Liste von Schweregraden sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>every entry must be an object.</source>
        <translation>jeder Eintrag muss ein Objekt sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not one of SEV-1, SEV-2, SEV-3, SEV-4.</source>
        <translation>„%1“ ist keiner von SEV-1, SEV-2, SEV-3, SEV-4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is given twice.</source>
        <translation>%1 ist doppelt angegeben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has no %2.</source>
        <translation>%1 hat kein %2.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>must be a non-empty text.</source>
        <translation>muss ein nicht leerer Text sein.</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+5"/>
        <source>must be a list of texts.</source>
        <translation>muss eine Liste von Texten sein.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>&quot;%1&quot; is not &quot;immediate&quot;, &quot;next-business-day&quot; or a duration such as 15m or 1h.</source>
        <translation>„%1“ ist weder „immediate“ noch „next-business-day“ noch eine Dauer wie 15m oder 1h.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a duration of at least a minute, such as 30m, 1h or 1d.</source>
        <translation>„%1“ ist keine Dauer von mindestens einer Minute, etwa 30m, 1h oder 1d.</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1:%2: %3: %4</source>
        <translation>%1:%2: %3: %4</translation>
    </message>
</context>
<context>
    <name>SlackRooms</name>
    <message>
        <location filename="../models/services/slackrooms.cpp" line="+41"/>
        <source>incident #%1 is gone</source>
        <translation>Vorfall #%1 gibt es nicht mehr</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Not invited (no Slack account found): %1</source>
        <translation>Nicht eingeladen (kein Slack-Konto gefunden): %1</translation>
    </message>
</context>
<context>
    <name>SlackWebApi</name>
    <message>
        <location filename="../models/sync/slackwebapi.cpp" line="+66"/>
        <source>Slack&apos;s reply broke off: %1</source>
        <translation>Die Antwort von Slack brach ab: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the reply is not Slack&apos;s (no &quot;ok&quot; in it: %1); check the channel&apos;s API URL if this lasts</source>
        <translation>die Antwort stammt nicht von Slack (kein „ok“ darin: %1); prüfen Sie die API-URL des Kanals, falls das anhält</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Slack: %1</source>
        <translation>Slack: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slack: %1 (will not heal by retrying: check the token and the channel)</source>
        <translation>Slack: %1 (Wiederholen hilft nicht: prüfen Sie das Token und den Kanal)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the channel&apos;s URL is not https (http only to this machine)</source>
        <translation>die URL des Kanals ist nicht https (http nur zu diesem Rechner)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Slack had taken it before the timeout (ts %1)</source>
        <translation>Slack hatte sie vor der Zeitüberschreitung angenommen (ts %1)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Slack %1: %2</source>
        <translation>Slack %1: %2</translation>
    </message>
</context>
<context>
    <name>SloCalculation</name>
    <message>
        <location filename="../models/services/slocalculation.cpp" line="+26"/>
        <location line="+103"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>%1: the %2 query returns %3 series, one is needed (wrap it in sum()): %4</source>
        <translation>%1: die %2-Abfrage liefert %3 Reihen, eine wird gebraucht (mit sum() umschließen): %4</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>There is no SLO called %1.</source>
        <translation>Es gibt kein SLO namens %1.</translation>
    </message>
</context>
<context>
    <name>SloCommands</name>
    <message>
        <location filename="../app/ctl/slocommands.cpp" line="+14"/>
        <source>slo import takes one or more files.</source>
        <translation>slo import nimmt eine oder mehrere Dateien.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>imported %1 (%2, target %3)</source>
        <translation>%1 importiert (%2, Ziel %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sitrepctl: not used: %1</source>
        <translation>sitrepctl: nicht verwendet: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fewer events than this in a window give no burn rate (default 0).</source>
        <translation>Weniger Ereignisse in einem Fenster ergeben keine Verbrauchsrate (Standard 0).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>slo seed takes the service&apos;s name.</source>
        <translation>slo seed nimmt den Namen des Dienstes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--minimum-events must be a number of events, not &quot;%1&quot;.</source>
        <translation>--minimum-events muss eine Anzahl von Ereignissen sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>added %1: %2</source>
        <translation>%1 hinzugefügt: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+50"/>
        <location line="+35"/>
        <source>No SLOs yet: slo import FILE or slo seed SERVICE adds some.</source>
        <translation>Noch keine SLOs: slo import DATEI oder slo seed DIENST fügt welche hinzu.</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>A Prometheus to ask, by URL.</source>
        <translation>Ein Prometheus, per URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A configured Prometheus endpoint.</source>
        <translation>Ein eingerichteter Prometheus-Endpunkt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report at this time instead of now.</source>
        <translation>Zu diesem Zeitpunkt berichten statt jetzt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>slo report needs either --prometheus or --endpoint.</source>
        <translation>slo report braucht entweder --prometheus oder --endpoint.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Only this SLO (repeatable).</source>
        <translation>Nur dieses SLO (mehrfach angebbar).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>slo rules takes no arguments: name SLOs with --slo.</source>
        <translation>slo rules nimmt keine Argumente: SLOs werden mit --slo benannt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no SLO named &quot;%1&quot; (slo list shows them).</source>
        <translation>Es gibt kein SLO namens „%1“ (slo list zeigt sie).</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Wrote the rules of %n SLO(s) to %1.</source>
        <translation>
            <numerusform>Die Regeln von %n SLO nach %1 geschrieben.</numerusform>
            <numerusform>Die Regeln von %n SLOs nach %1 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SloDefaults</name>
    <message>
        <location filename="../models/domain/slo.cpp" line="+185"/>
        <source>99.9 % of requests succeed over 30 days</source>
        <translation>99,9 % der Anfragen gelingen über 30 Tage</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>99 % of requests answer within 500 ms</source>
        <translation>99 % der Anfragen antworten innerhalb von 500 ms</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>at most 0.1 % of requests fail</source>
        <translation>höchstens 0,1 % der Anfragen scheitern</translation>
    </message>
</context>
<context>
    <name>SloImport</name>
    <message>
        <location filename="../models/services/sloreaderopenslo.cpp" line="+15"/>
        <source>needs a metricSource.</source>
        <translation>braucht eine metricSource.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>only Prometheus sources are supported, not &quot;%1&quot;.</source>
        <translation>nur Prometheus-Quellen werden unterstützt, nicht „%1“.</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+15"/>
        <source>needs a PromQL query.</source>
        <translation>braucht eine PromQL-Abfrage.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>needs a source and a query.</source>
        <translation>braucht eine Quelle (source) und eine Abfrage (query).</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+168"/>
        <source>an SLO needs a name.</source>
        <translation>ein SLO braucht einen Namen.</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>a calendar window is one week, month, quarter or year (1w, 1M, 1Q, 1Y), not &quot;%1&quot;.</source>
        <translation>ein Kalenderfenster ist eine Woche, ein Monat, ein Quartal oder ein Jahr (1w, 1M, 1Q, 1Y), nicht „%1“.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>no SLI named &quot;%1&quot; (kind: SLI) in the files read; give its file too.</source>
        <translation>kein SLI namens „%1“ (kind: SLI) in den gelesenen Dateien; geben Sie auch seine Datei an.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>needs a ratio metric (good or bad, and total) or a threshold metric (one value compared with the objective&apos;s op and value).</source>
        <translation>braucht eine Verhältnismetrik (good oder bad, und total) oder eine Schwellenwertmetrik (ein Wert, verglichen mit op und value des Ziels).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a threshold metric needs op: lt, lte, gt or gte, not &quot;%1&quot;.</source>
        <translation>eine Schwellenwertmetrik braucht op: lt, lte, gt oder gte, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a threshold metric needs the value to compare with (0.3), not %1.</source>
        <translation>eine Schwellenwertmetrik braucht den Vergleichswert (0.3), nicht %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>must be Occurrences, Timeslices or RatioTimeslices, not &quot;%1&quot;.</source>
        <translation>muss Occurrences, Timeslices oder RatioTimeslices sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 needs a timeSliceWindow of whole minutes, at most the SLO&apos;s window (5m), not &quot;%2&quot;.</source>
        <translation>%1 braucht ein timeSliceWindow aus ganzen Minuten, höchstens so lang wie das Fenster des SLO (5m), nicht „%2“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Timeslices needs a timeSliceTarget above 0 and at most 1 (0.95), the share of good events that makes a slice good, not %1.</source>
        <translation>Timeslices braucht ein timeSliceTarget über 0 und höchstens 1 (0.95), den Anteil guter Ereignisse, der einen Zeitabschnitt gut macht, nicht %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>only Occurrences is supported, not &quot;%1&quot;.</source>
        <translation>nur Occurrences wird unterstützt, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>a calendar window is one week, month, quarter or year (count 1, unit Week, Month, Quarter or Year), not %1 %2.</source>
        <translation>ein Kalenderfenster ist eine Woche, ein Monat, ein Quartal oder ein Jahr (count 1, unit Week, Month, Quarter oder Year), nicht %1 %2.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&quot;%1&quot; is not an IANA time zone such as Europe/Berlin.</source>
        <translation>„%1“ ist keine IANA-Zeitzone wie Europe/Berlin.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a date and time such as 2026-01-01 00:00:00.</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit wie 2026-01-01 00:00:00.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>a rolling window must be a count of Second, Minute, Hour, Day or Week (30 Day), not &quot;%1 %2&quot;.</source>
        <translation>ein gleitendes Fenster muss eine Anzahl von Second, Minute, Hour, Day oder Week sein (30 Day), nicht „%1 %2“.</translation>
    </message>
    <message>
        <location filename="../models/services/sloreader.cpp" line="+31"/>
        <location filename="../models/services/sloreaderalertwindows.cpp" line="+12"/>
        <location filename="../models/services/sloreaderopenslo.cpp" line="-228"/>
        <location line="+163"/>
        <source>missing.</source>
        <translation>fehlt.</translation>
    </message>
    <message>
        <location filename="../models/services/sloreaderopenslo.cpp" line="-149"/>
        <location line="+190"/>
        <source>must be true or false.</source>
        <translation>muss true oder false sein.</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>must be a duration such as 30d, not &quot;%1&quot;.</source>
        <translation>muss eine Dauer wie 30d sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>only ratio metrics (good/bad/total) are supported.</source>
        <translation>nur Verhältnismetriken (good/bad/total) werden unterstützt.</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>needs total and exactly one of good or bad.</source>
        <translation>braucht total und genau eines von good oder bad.</translation>
    </message>
    <message>
        <location filename="../models/services/sloreadersloth.cpp" line="+39"/>
        <source>Sitrep alerts with the SRE Workbook&apos;s burn windows</source>
        <translation>Sitrep alarmiert mit den Burn-Fenstern des SRE Workbook</translation>
    </message>
    <message>
        <location filename="../models/services/sloreader.cpp" line="+7"/>
        <source>not an SLO Sitrep reads: OpenSLO (apiVersion openslo/v1 or openslo/v1alpha, kind SLO, SLI or Service) or Sloth (version prometheus/v1, or apiVersion sloth.slok.dev/v1, kind PrometheusServiceLevel).</source>
        <translation>kein SLO, das Sitrep liest: OpenSLO (apiVersion openslo/v1 oder openslo/v1alpha, kind SLO, SLI oder Service) oder Sloth (version prometheus/v1, oder apiVersion sloth.slok.dev/v1, kind PrometheusServiceLevel).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not used by Sitrep</source>
        <translation>von Sitrep nicht verwendet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2: %3 (%4)</source>
        <translation>%1:%2: %3 (%4)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>needs an objective with a target.</source>
        <translation>braucht ein Ziel (objective) mit target.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a number between 0 and 1 (0.999), not %1.</source>
        <translation>muss eine Zahl zwischen 0 und 1 sein (0.999), nicht %1.</translation>
    </message>
    <message>
        <location filename="../models/services/sloreadersloth.cpp" line="-7"/>
        <source>must be a percentage between 0 and 100 (99.9), not %1.</source>
        <translation>muss ein Prozentsatz zwischen 0 und 100 sein (99.9), nicht %1.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>every SLO needs a name.</source>
        <translation>jedes SLO braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 needs an objective (99.9).</source>
        <translation>%1 braucht ein objective (99.9).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>needs %1 and %2.</source>
        <translation>braucht %1 und %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>needs %1.</source>
        <translation>braucht %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sloth SLI plugins run inside Sloth and cannot be read here (plugin &quot;%1&quot;): write the queries it makes as events (%2, %3) or raw (%4).</source>
        <translation>Sloth-SLI-Plugins laufen in Sloth und können hier nicht gelesen werden (Plugin „%1“): schreiben Sie die Abfragen, die es erzeugt, als events (%2, %3) oder raw (%4).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>needs events (%1, %2) or raw (%3).</source>
        <translation>braucht events (%1, %2) oder raw (%3).</translation>
    </message>
    <message>
        <location filename="../models/services/sloimport.cpp" line="+41"/>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 holds no SLO.</source>
        <translation>%1 enthält kein SLO.</translation>
    </message>
    <message>
        <location filename="../models/services/sloreader.cpp" line="-11"/>
        <source>must be a number of events, not &quot;%1&quot;.</source>
        <translation>muss eine Anzahl von Ereignissen sein, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../models/services/sloreaderalertwindows.cpp" line="+7"/>
        <source>&quot;%1&quot; is not a period such as 30d.</source>
        <translation>„%1“ ist kein Zeitraum wie 30d.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already has alert windows (%2:%3).</source>
        <translation>%1 hat bereits Alarmfenster (%2:%3).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>missing: give errorBudgetPercent, shortWindow and longWindow.</source>
        <translation>fehlt: geben Sie errorBudgetPercent, shortWindow und longWindow an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>needs errorBudgetPercent above 0 and at most 100, and a shortWindow shorter than its longWindow, which is at most the period (%1).</source>
        <translation>braucht errorBudgetPercent über 0 und höchstens 100 sowie ein shortWindow, das kürzer ist als sein longWindow, das höchstens so lang ist wie der Zeitraum (%1).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1:%2: kind: AlertWindows (no SLO of period %3 in the files)</source>
        <translation>%1:%2: kind: AlertWindows (kein SLO mit dem Zeitraum %3 in den Dateien)</translation>
    </message>
</context>
<context>
    <name>SloStore</name>
    <message>
        <location filename="../models/storage/slostore.cpp" line="+96"/>
        <source>Could not read the SLOs</source>
        <translation>Die SLOs konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not read SLO %1</source>
        <translation>SLO %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+43"/>
        <source>Could not save SLO %1</source>
        <translation>SLO %1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not remove SLO %1</source>
        <translation>SLO %1 konnte nicht entfernt werden</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+14"/>
        <source>Could not store the events of SLO %1</source>
        <translation>Die Ereignisse von SLO %1 konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not read the events of SLO %1</source>
        <translation>Die Ereignisse von SLO %1 konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not read the events of SLO %1: the cached hour from %2 is damaged; fetching it again replaces it.</source>
        <translation>Die Ereignisse von SLO %1 konnten nicht gelesen werden: Die zwischengespeicherte Stunde ab %2 ist beschädigt; erneutes Abrufen ersetzt sie.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Could not forget old events of SLO %1</source>
        <translation>Alte Ereignisse von SLO %1 konnten nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>SpanText</name>
    <message>
        <location filename="../models/domain/durationtext.cpp" line="+58"/>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>SqlErrors</name>
    <message>
        <location filename="../models/storage/sqlerrors.cpp" line="+17"/>
        <source>%1: the database is busy or locked by another program (%2).</source>
        <translation>%1: die Datenbank ist belegt oder von einem anderen Programm gesperrt (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
</context>
<context>
    <name>StatusFeed</name>
    <message>
        <location filename="../models/domain/statusfeed.cpp" line="+66"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>StatusPageCommands</name>
    <message>
        <location filename="../app/ctl/statuspagecommands.cpp" line="+18"/>
        <source>Draw it with this channel&apos;s components and public wording.</source>
        <translation>Mit den Komponenten und der öffentlichen Wortwahl dieses Kanals zeichnen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>statuspage export needs the folder to write index.html to.</source>
        <translation>statuspage export braucht den Ordner, in den index.html geschrieben wird.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no channel named &quot;%1&quot; (see channel list).</source>
        <translation>Es gibt keinen Kanal namens „%1“ (siehe channel list).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Status page %1.</source>
        <translation>Statusseite %1.</translation>
    </message>
</context>
<context>
    <name>StatusPageHtml</name>
    <message>
        <location filename="../models/domain/statuspagehtml.cpp" line="+85"/>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscribe to the Atom feed</source>
        <translation>Atom-Feed abonnieren</translation>
    </message>
    <message>
        <location line="+23"/>
        <source> · Affects %1</source>
        <translation> · Betrifft %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · Resolved after %1</source>
        <translation> · Behoben nach %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: no incidents</source>
        <translation>%1: keine Vorfälle</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %2, %n minute(s) of impact — %3</source>
        <translation>
            <numerusform>%1: %2, %n Minute beeinträchtigt — %3</numerusform>
            <numerusform>%1: %2, %n Minuten beeinträchtigt — %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>No impact in the last %n day(s).</source>
        <translation>
            <numerusform>Keine Beeinträchtigung am letzten %n Tag.</numerusform>
            <numerusform>Keine Beeinträchtigung in den letzten %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days with impact: %1</source>
        <translation>Tage mit Beeinträchtigung: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 % uptime over the last %n day(s)</source>
        <translation>
            <numerusform>%1 % Verfügbarkeit am letzten %n Tag</numerusform>
            <numerusform>%1 % Verfügbarkeit in den letzten %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>No incidents in the last %n day(s).</source>
        <translation>
            <numerusform>Keine Vorfälle am letzten %n Tag.</numerusform>
            <numerusform>Keine Vorfälle in den letzten %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No incidents right now.</source>
        <translation>Derzeit keine Vorfälle.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current incidents</source>
        <translation>Aktuelle Vorfälle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past incidents</source>
        <translation>Frühere Vorfälle</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>← %1</source>
        <translation>← %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updates</source>
        <translation>Meldungen</translation>
    </message>
</context>
<context>
    <name>StatusPagePublisher</name>
    <message>
        <location filename="../models/services/statuspagepublisher.cpp" line="+21"/>
        <source>Service status</source>
        <translation>Dienststatus</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>written to %1</source>
        <translation>nach %1 geschrieben</translation>
    </message>
</context>
<context>
    <name>StatuspageApi</name>
    <message>
        <location filename="../models/sync/statuspageapi.cpp" line="+91"/>
        <source>HTTP 420: rate limited by Statuspage</source>
        <translation>HTTP 420: von Statuspage gedrosselt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1; the reply did not say the status page incident&apos;s id, so a later update opens a new incident</source>
        <translation>%1; die Antwort nannte die ID des Vorfalls auf der Statusseite nicht, daher eröffnet ein späteres Update einen neuen Vorfall</translation>
    </message>
</context>
<context>
    <name>TeamAliasStore</name>
    <message>
        <location filename="../models/storage/teamaliasstore.cpp" line="+23"/>
        <source>Could not move what incident #%1 was declared for</source>
        <translation>Was zu Vorfall #%1 geführt hat, konnte nicht übertragen werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not update the outbox</source>
        <translation>Der Postausgang konnte nicht aktualisiert werden</translation>
    </message>
</context>
<context>
    <name>TeamAliases</name>
    <message>
        <location filename="../models/services/teamaliases.cpp" line="+70"/>
        <source>Duplicate of %1: %2 was declared there first.</source>
        <translation>Duplikat von %1: %2 wurde dort zuerst ausgerufen.</translation>
    </message>
</context>
<context>
    <name>TeamApplier</name>
    <message>
        <location filename="../models/services/teamapplier.cpp" line="+141"/>
        <source>Could not apply a declaration from the team.</source>
        <translation>Eine Ausrufung aus dem Team konnte nicht übernommen werden.</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+45"/>
        <source>Could not apply a change from the team.</source>
        <translation>Eine Änderung aus dem Team konnte nicht übernommen werden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The team server refused %1&apos;s change to %2: %3 had resolved the incident, and reopening it needs a reason. It stays %4.</source>
        <translation>Der Team-Server hat die Änderung von %1 auf %2 abgelehnt: %3 hatte den Vorfall gelöst, und ein Wiedereröffnen braucht einen Grund. Er bleibt %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The team server refused %1&apos;s change to %2: resolving needs a resolution.</source>
        <translation>Der Team-Server hat die Änderung von %1 auf %2 abgelehnt: Zum Lösen gehört eine Lösung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The team server refused %1&apos;s change to %2 (%3).</source>
        <translation>Der Team-Server hat die Änderung von %1 auf %2 abgelehnt (%3).</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1: %2&apos;s %3 superseded by %4&apos;s %5</source>
        <translation>%1: %3 von %2 ersetzt durch %5 von %4</translation>
    </message>
</context>
<context>
    <name>TeamClaims</name>
    <message>
        <location filename="../models/storage/teamclaims.cpp" line="+18"/>
        <source>The team server did not answer the claim on %1 %2: %3</source>
        <translation>Der Team-Server hat den Anspruch auf %1 %2 nicht beantwortet: %3</translation>
    </message>
</context>
<context>
    <name>TeamCommands</name>
    <message>
        <location filename="../app/ctl/teamcommands.cpp" line="+24"/>
        <location line="+123"/>
        <source>The team server in %1 cannot be used: %2</source>
        <translation>Der Team-Server in %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>This console is in solo mode: join a team with sitrepctl team connect URL.</source>
        <translation>Diese Konsole arbeitet allein: Treten Sie einem Team mit sitrepctl team connect URL bei.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Read the database password from standard input into the keychain.</source>
        <translation>Das Datenbankpasswort von der Standardeingabe in den Schlüsselbund lesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bring this console&apos;s own history to the team (safe to run again).</source>
        <translation>Die eigene Geschichte dieser Konsole ins Team bringen (mehrfach ausführbar).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>team connect needs the server&apos;s URL: postgresql://user@host:port/database?sslmode=verify-full&amp;sslrootcert=FILE.</source>
        <translation>team connect braucht die URL des Servers: postgresql://benutzer@host:port/datenbank?sslmode=verify-full&amp;sslrootcert=DATEI.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>could not read standard input.</source>
        <translation>die Standardeingabe konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The keychain did not take the password: %1</source>
        <translation>Der Schlüsselbund hat das Passwort nicht angenommen: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The team server knows %1 but has given it no role: the team&apos;s owner grants one with sitrepctl team grant %1 --role responder.</source>
        <translation>Der Team-Server kennt %1, hat dieser Anmeldung aber keine Rolle gegeben: Die Eigentümerschaft des Teams vergibt eine mit sitrepctl team grant %1 --role responder.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This console&apos;s solo history is kept in %1; the console now starts from the team&apos;s state (join with --import-local to bring the history instead).</source>
        <translation>Der eigene Verlauf dieser Konsole bleibt in %1 erhalten; die Konsole beginnt jetzt mit dem Stand des Teams (mit --import-local beitreten, um den Verlauf stattdessen mitzubringen).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Joined the team server %1 as %2 (%3).</source>
        <translation>Dem Team-Server %1 als %2 (%3) beigetreten.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Team server %1 as %2 (%3): reachable, schema version %4.</source>
        <translation>Team-Server %1 als %2 (%3): erreichbar, Schema-Version %4.</translation>
    </message>
    <message numerus="yes">
        <location line="-92"/>
        <source>%n incident(s) of this console&apos;s history will go to the team with the next sitrepctl team sync.</source>
        <translation>
            <numerusform>%n Vorfall aus der Geschichte dieser Konsole geht mit dem nächsten sitrepctl team sync ans Team.</numerusform>
            <numerusform>%n Vorfälle aus der Geschichte dieser Konsole gehen mit dem nächsten sitrepctl team sync ans Team.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its schema is at version %1; this console needs %2: run sitrepctl team migrate (as the team&apos;s owner).</source>
        <translation>Sein Schema hat Version %1; diese Konsole braucht %2: Führen Sie sitrepctl team migrate aus (als Eigentümer des Teams).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This console is read-only: %1.</source>
        <translation>Diese Konsole ist schreibgeschützt: %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Solo mode: this console keeps its own file.</source>
        <translation>Allein: Diese Konsole führt ihre eigene Datei.</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>Pulled up to change %1; %n change(s) waiting to be pushed.</source>
        <translation>
            <numerusform>Bis Änderung %1 geholt; %n Änderung wartet auf Übertragung.</numerusform>
            <numerusform>Bis Änderung %1 geholt; %n Änderungen warten auf Übertragung.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is a standby: read-only, and this console&apos;s changes wait for the primary (a URL with several hosts and target_session_attrs=read-write finds it).</source>
        <translation>Er ist ein Standby: schreibgeschützt, und die Änderungen dieser Konsole warten auf den Primärserver (eine URL mit mehreren Hosts und target_session_attrs=read-write findet ihn).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Team server %1 as %2: not reachable: %3</source>
        <translation>Team-Server %1 als %2: nicht erreichbar: %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The team server&apos;s schema is at version %1.</source>
        <translation>Das Schema des Team-Servers hat Version %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give up after this many seconds (default 30).</source>
        <translation>Nach so vielen Sekunden aufgeben (Standard 30).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--timeout is a number of seconds from 1 to 3600.</source>
        <translation>--timeout ist eine Zahl von Sekunden zwischen 1 und 3600.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Not in step with the team after %1 s: %2; %n change(s) waiting.</source>
        <translation>
            <numerusform>Nach %1 s nicht im Gleichstand mit dem Team: %2; %n Änderung wartet.</numerusform>
            <numerusform>Nach %1 s nicht im Gleichstand mit dem Team: %2; %n Änderungen warten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Pulled up to change %1 from a standby, which takes no changes: %n change(s) made here wait for the primary.</source>
        <translation>
            <numerusform>Bis Änderung %1 von einem Standby geholt, der keine Änderungen annimmt: %n hier gemachte Änderung wartet auf den Primärserver.</numerusform>
            <numerusform>Bis Änderung %1 von einem Standby geholt, der keine Änderungen annimmt: %n hier gemachte Änderungen warten auf den Primärserver.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In step with the team: pulled up to change %1 from a standby (read-only), nothing waiting.</source>
        <translation>Im Gleichstand mit dem Team: bis Änderung %1 von einem Standby (nur lesend) geholt, nichts wartet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In step with the team: pulled up to change %1, nothing waiting.</source>
        <translation>Im Gleichstand mit dem Team: bis Änderung %1 geholt, nichts wartet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What the login may do: owner, responder or viewer.</source>
        <translation>Was die Anmeldung darf: owner, responder oder viewer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the login&apos;s new password from standard input (needed for a new login).</source>
        <translation>Das neue Passwort der Anmeldung von der Standardeingabe lesen (für eine neue Anmeldung nötig).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>team grant needs one login: sitrepctl team grant LOGIN --role owner|responder|viewer [--password-stdin].</source>
        <translation>team grant braucht genau eine Anmeldung: sitrepctl team grant LOGIN --role owner|responder|viewer [--password-stdin].</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--role is owner, responder or viewer.</source>
        <translation>--role ist owner, responder oder viewer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>could not read a password from standard input.</source>
        <translation>konnte kein Passwort von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is now a %2 on the team.</source>
        <translation>%1 hat im Team jetzt die Rolle %2.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No conflict copies to settle.</source>
        <translation>Keine Konfliktkopien zu klären.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s version of &quot;%2&quot;, written at the same time as the one kept (%3)</source>
        <translation>Version von %1 von „%2“, zur selben Zeit geschrieben wie die behaltene (%3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keep the document as the team has it and drop the conflict copy.</source>
        <translation>Das Dokument so behalten, wie das Team es hat, und die Konfliktkopie verwerfen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the conflict copy&apos;s version in the original&apos;s place, and drop the copy.</source>
        <translation>Die Version der Konfliktkopie an die Stelle des Originals setzen und die Kopie verwerfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which kind of document: schedule, channel or slo.</source>
        <translation>Welche Art von Dokument: schedule, channel oder slo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>team settle needs a conflict copy&apos;s name (see team conflicts) and either --keep-original or --use-copy.</source>
        <translation>team settle braucht den Namen einer Konfliktkopie (siehe team conflicts) und entweder --keep-original oder --use-copy.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Settled: the copy&apos;s version now stands in the original&apos;s place, and &quot;%1&quot; is gone.</source>
        <translation>Geklärt: die Version der Kopie steht jetzt an der Stelle des Originals, und „%1“ ist entfernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settled: the original stays as it is, and &quot;%1&quot; is gone.</source>
        <translation>Geklärt: das Original bleibt, wie es ist, und „%1“ ist entfernt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Solo mode again: this console keeps its own file.</source>
        <translation>Wieder allein: Diese Konsole führt ihre eigene Datei.</translation>
    </message>
</context>
<context>
    <name>TeamConflictCopies</name>
    <message>
        <location filename="../models/storage/teamconflictcopies.cpp" line="+27"/>
        <source>Could not keep the conflict copy &quot;%1&quot;</source>
        <translation>Die Konfliktkopie „%1“ konnte nicht aufbewahrt werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not settle the conflict copy &quot;%1&quot;</source>
        <translation>Die Konfliktkopie „%1“ konnte nicht geklärt werden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not read the conflict copies</source>
        <translation>Die Konfliktkopien konnten nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>TeamConnection</name>
    <message>
        <location filename="../models/sync/teamconnection.cpp" line="+16"/>
        <source>Qt&apos;s PostgreSQL driver is missing: install libqt6sql6-psql.</source>
        <translation>Qts PostgreSQL-Treiber fehlt: Installieren Sie libqt6sql6-psql.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The team server&apos;s name %1 was not found (DNS): %2</source>
        <translation>Der Name des Team-Servers %1 wurde nicht gefunden (DNS): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody answers at %1 (connection refused): is the team server running?</source>
        <translation>Unter %1 antwortet niemand (Verbindung abgelehnt): Läuft der Team-Server?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The team server at %1 did not answer in time.</source>
        <translation>Der Team-Server unter %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS: the team server&apos;s certificate could not be verified against the CA you gave (sslrootcert): %1</source>
        <translation>TLS: Das Zertifikat des Team-Servers ließ sich mit der angegebenen CA (sslrootcert) nicht prüfen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The team server refused the password for %1.</source>
        <translation>Der Team-Server hat das Passwort für %1 abgelehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The team server at %1 says: %2</source>
        <translation>Der Team-Server unter %1 meldet: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team server at %1: %2</source>
        <translation>Team-Server unter %1: %2</translation>
    </message>
</context>
<context>
    <name>TeamDocumentStore</name>
    <message>
        <location filename="../models/storage/teamdocumentstore.cpp" line="+71"/>
        <source>Could not read the columns of %1</source>
        <translation>Die Spalten von %1 konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+15"/>
        <source>Could not read %1</source>
        <translation>%1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not remove %1</source>
        <translation>%1 konnte nicht entfernt werden</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Could not save %1</source>
        <translation>%1 konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>TeamFields</name>
    <message>
        <location filename="../models/storage/teamfields.cpp" line="+62"/>
        <location line="+37"/>
        <source>Could not read what the team last wrote</source>
        <translation>Der letzte Stand des Teams konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+31"/>
        <source>Could not record what the team last wrote</source>
        <translation>Der letzte Stand des Teams konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not record an applied change</source>
        <translation>Eine übernommene Änderung konnte nicht vermerkt werden</translation>
    </message>
</context>
<context>
    <name>TeamIncidentFields</name>
    <message>
        <location filename="../models/domain/teamincidentfields.cpp" line="+217"/>
        <source>%1 in</source>
        <comment>a set member added</comment>
        <translation>%1 dabei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 out</source>
        <comment>a set member taken out</comment>
        <translation>%1 nicht mehr dabei</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident commander</source>
        <translation>Vorfallsleitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scribe</source>
        <translation>Protokollführung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communications lead</source>
        <translation>Kommunikationsleitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affected users</source>
        <translation>Betroffene Nutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue impact per hour</source>
        <translation>Umsatzauswirkung pro Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detection</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detection time</source>
        <translation>Erkennungszeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last update</source>
        <translation>Letzte Meldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responders</source>
        <translation>Helfende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
</context>
<context>
    <name>TeamLog</name>
    <message>
        <location filename="../models/storage/teamlog.cpp" line="+43"/>
        <source>The team server refused the changes: %1</source>
        <translation>Der Team-Server hat die Änderungen abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+24"/>
        <source>Could not read the team&apos;s changes: %1</source>
        <translation>Die Änderungen des Teams konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>TeamMembers</name>
    <message>
        <location filename="../models/storage/teammembers.cpp" line="+25"/>
        <location line="+5"/>
        <source>Could not ask the team server for this login&apos;s role: %1</source>
        <translation>Konnte den Team-Server nicht nach der Rolle dieser Anmeldung fragen: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The team server did not grant %1 the role %2: %3</source>
        <translation>Der Team-Server hat %1 die Rolle %2 nicht gegeben: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not list the team&apos;s logins: %1</source>
        <translation>Konnte die Anmeldungen des Teams nicht auflisten: %1</translation>
    </message>
</context>
<context>
    <name>TeamOutbox</name>
    <message>
        <location filename="../models/storage/teamoutbox.cpp" line="+74"/>
        <source>The team server refused the outbox&apos;s messages: %1</source>
        <translation>Der Team-Server hat die Nachrichten des Postausgangs abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The team server did not lease the outbox&apos;s channels: %1</source>
        <translation>Der Team-Server hat die Kanäle des Postausgangs nicht vergeben: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The team server did not take the outcome of message %1: %2</source>
        <translation>Der Team-Server hat das Ergebnis von Nachricht %1 nicht angenommen: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+27"/>
        <source>Could not read the team&apos;s outbox: %1</source>
        <translation>Der Postausgang des Teams konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>TeamPostmortemApplier</name>
    <message>
        <location filename="../models/services/teampostmortemapplier.cpp" line="+104"/>
        <source>Could not apply a postmortem change from the team.</source>
        <translation>Eine Postmortem-Änderung aus dem Team konnte nicht übernommen werden.</translation>
    </message>
</context>
<context>
    <name>TeamPostmortemFields</name>
    <message>
        <location filename="../models/domain/teampostmortemfields.cpp" line="+132"/>
        <source>Conflict copy: %1&apos;s version, written at the same time as the one above (%2). Keep what is needed and delete this copy.</source>
        <translation>Konfliktkopie: die Fassung von %1, gleichzeitig mit der obigen geschrieben (%2). Übernehmen Sie, was gebraucht wird, und löschen Sie diese Kopie.</translation>
    </message>
</context>
<context>
    <name>TeamPresence</name>
    <message>
        <location filename="../models/domain/teampresence.cpp" line="+67"/>
        <source>Also here: %1</source>
        <translation>Auch hier: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 is writing an update…</source>
        <translation>
            <numerusform>%1 schreibt ein Update…</numerusform>
            <numerusform>%1 schreiben ein Update…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamPresenceLog</name>
    <message>
        <location filename="../models/storage/teampresencelog.cpp" line="+17"/>
        <source>The team server did not take this console&apos;s presence: %1</source>
        <translation>Der Team-Server hat die Anwesenheit dieser Konsole nicht angenommen: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not read who else is here: %1</source>
        <translation>Konnte nicht lesen, wer sonst hier ist: %1</translation>
    </message>
</context>
<context>
    <name>TeamQueue</name>
    <message>
        <location filename="../models/storage/teamqueue.cpp" line="+48"/>
        <source>Could not queue a change for the team</source>
        <translation>Eine Änderung für das Team konnte nicht vorgemerkt werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+12"/>
        <source>Could not read the changes waiting for the team</source>
        <translation>Die auf das Team wartenden Änderungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not clear pushed changes</source>
        <translation>Übertragene Änderungen konnten nicht entfernt werden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not record the team&apos;s changes</source>
        <translation>Die Änderungen des Teams konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not read the team&apos;s changes</source>
        <translation>Die Änderungen des Teams konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Could not read the team state</source>
        <translation>Der Team-Zustand konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not save the team state</source>
        <translation>Der Team-Zustand konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>TeamRecorder</name>
    <message>
        <location filename="../models/services/teamrecorder.cpp" line="+70"/>
        <source>This console is read-only: %1. Changes made before wait in its queue.</source>
        <translation>Diese Konsole ist schreibgeschützt: %1. Zuvor gemachte Änderungen warten in ihrer Warteschlange.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>This console is in solo mode: there is no team to bring its history to.</source>
        <translation>Diese Konsole ist im Einzelmodus: es gibt kein Team, dem sie ihre Geschichte bringen könnte.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Could not record incident #%1 for the team.</source>
        <translation>Vorfall #%1 konnte nicht für das Team vermerkt werden.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Could not record timeline entry %1 for the team.</source>
        <translation>Zeitleisteneintrag %1 konnte nicht für das Team vermerkt werden.</translation>
    </message>
</context>
<context>
    <name>TeamRoles</name>
    <message>
        <location filename="../models/domain/teamrole.cpp" line="+36"/>
        <source>owner</source>
        <comment>team role</comment>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>responder</source>
        <comment>team role</comment>
        <translation>Einsatzkraft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>viewer</source>
        <comment>team role</comment>
        <translation>Beobachter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no role</source>
        <comment>team role</comment>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>signed in as a viewer</source>
        <translation>angemeldet als Beobachter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this login has no role on the team (the owner grants one with sitrepctl team grant)</source>
        <translation>diese Anmeldung hat keine Rolle im Team (die Eigentümerschaft vergibt eine mit sitrepctl team grant)</translation>
    </message>
</context>
<context>
    <name>TeamSchema</name>
    <message>
        <location filename="../models/storage/teamschema.cpp" line="+42"/>
        <location line="+12"/>
        <source>The team server refused the schema change: %1</source>
        <translation>Der Team-Server hat die Schemaänderung abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The team server did not say whether it is a standby: %1</source>
        <translation>Der Team-Server hat nicht gesagt, ob er ein Standby ist: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>Could not read the team server&apos;s schema: %1</source>
        <translation>Das Schema des Team-Servers konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not lock the team server&apos;s schema: %1</source>
        <translation>Das Schema des Team-Servers konnte nicht gesperrt werden: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The team server&apos;s schema is version %1, newer than this Sitrep understands (%2): update Sitrep.</source>
        <translation>Das Schema des Team-Servers hat Version %1, neuer als dieses Sitrep versteht (%2): Aktualisieren Sie Sitrep.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only the team&apos;s owner changes its schema; %1 is a %2.</source>
        <translation>Nur die Eigentümerschaft des Teams ändert sein Schema; %1 hat die Rolle %2.</translation>
    </message>
</context>
<context>
    <name>TeamTroubles</name>
    <message>
        <location filename="../models/storage/teamtroubles.cpp" line="+26"/>
        <source>The team server did not say which incidents are duplicates: %1</source>
        <translation>Der Teamserver hat nicht gesagt, welche Vorfälle Duplikate sind: %1</translation>
    </message>
</context>
<context>
    <name>TeamUrl</name>
    <message>
        <location filename="../models/domain/teamurl.cpp" line="+57"/>
        <source>&quot;%1&quot; lists a host that is not host[:port].</source>
        <translation>„%1“ nennt einen Host, der nicht die Form host[:port] hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a postgresql:// URL (postgresql://user@host:port/database?sslmode=verify-full&amp;sslrootcert=FILE).</source>
        <translation>„%1“ ist keine postgresql://-URL (postgresql://benutzer@host:port/datenbank?sslmode=verify-full&amp;sslrootcert=DATEI).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The URL holds a password: give it with --password-stdin instead, so it goes to the keychain and never into settings or logs.</source>
        <translation>Die URL enthält ein Passwort: Geben Sie es stattdessen mit --password-stdin an, damit es in den Schlüsselbund kommt und nie in Einstellungen oder Protokolle.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The URL needs a user, a host and a database: postgresql://user@host:port/database.</source>
        <translation>Die URL braucht einen Benutzer, einen Host und eine Datenbank: postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The URL&apos;s parameter &quot;%1&quot; is not one Sitrep passes on (%2).</source>
        <translation>Den Parameter „%1“ der URL gibt Sitrep nicht weiter (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A team server on another machine needs TLS with its certificate verified: add sslmode=verify-full (and sslrootcert=FILE for your CA).</source>
        <translation>Ein Team-Server auf einem anderen Rechner braucht TLS mit geprüftem Zertifikat: Ergänzen Sie sslmode=verify-full (und sslrootcert=DATEI für Ihre CA).</translation>
    </message>
</context>
<context>
    <name>TextFile</name>
    <message>
        <location filename="../models/domain/textfile.cpp" line="+10"/>
        <source>%1 is saved as UTF-32 text; save it as UTF-8.</source>
        <translation>%1 ist als UTF-32-Text gespeichert; speichern Sie die Datei als UTF-8.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is saved as UTF-16 text; save it as UTF-8.</source>
        <translation>%1 ist als UTF-16-Text gespeichert; speichern Sie die Datei als UTF-8.</translation>
    </message>
</context>
<context>
    <name>TextFileReader</name>
    <message>
        <location filename="../models/services/textfilereader.cpp" line="+13"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>TimelineCommands</name>
    <message>
        <location filename="../app/ctl/timelinecommands.cpp" line="+26"/>
        <source>note, action, decision or hypothesis.</source>
        <translation>note, action, decision oder hypothesis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened.</source>
        <translation>Was passiert ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When, in ISO 8601 (default: now).</source>
        <translation>Wann, in ISO 8601 (Standard: jetzt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark it as a key event.</source>
        <translation>Als Schlüsselereignis markieren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>timeline add needs one incident number.</source>
        <translation>timeline add braucht eine Vorfallsnummer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--kind must be note, action, decision or hypothesis.</source>
        <translation>--kind muss note, action, decision oder hypothesis sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timeline add needs --text.</source>
        <translation>timeline add braucht --text.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--at &quot;%1&quot; is not an ISO 8601 time such as 2024-01-15T14:23:00Z.</source>
        <translation>--at „%1“ ist keine ISO-8601-Zeit wie 2024-01-15T14:23:00Z.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Added to the timeline of incident #%1 at %2.</source>
        <translation>Zur Zeitleiste von Vorfall #%1 hinzugefügt, %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>markdown or json.</source>
        <translation>markdown oder json.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>timeline export needs one incident number.</source>
        <translation>timeline export braucht eine Vorfallsnummer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--format must be markdown or json.</source>
        <translation>--format muss markdown oder json sein.</translation>
    </message>
</context>
<context>
    <name>TimelineKind</name>
    <message>
        <location filename="../models/domain/timelineevent.cpp" line="+18"/>
        <source>Declared</source>
        <translation>Ausgerufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity changed</source>
        <translation>Schweregrad geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status changed</source>
        <translation>Status geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commander changed</source>
        <translation>Leitung gewechselt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details updated</source>
        <translation>Angaben aktualisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened</source>
        <translation>Wiedereröffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role assigned</source>
        <translation>Rolle vergeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status update posted</source>
        <translation>Statusmeldung veröffentlicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert fired</source>
        <translation>Alarm ausgelöst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert resolved</source>
        <translation>Alarm beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detection metrics</source>
        <translation>Erkennungsmetriken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action taken</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hypothesis</source>
        <translation>Hypothese</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Resolution check</source>
        <translation>Behebungsprüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
</context>
<context>
    <name>TimelineStore</name>
    <message>
        <location filename="../models/storage/timelinestore.cpp" line="+59"/>
        <source>Could not add to the timeline of incident #%1</source>
        <translation>Die Zeitleiste von Vorfall #%1 konnte nicht ergänzt werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not read the timeline of incident #%1</source>
        <translation>Die Zeitleiste von Vorfall #%1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not read the timelines</source>
        <translation>Die Zeitleisten konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not read timeline entry %1</source>
        <translation>Zeitleisteneintrag %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not save timeline entry %1</source>
        <translation>Zeitleisteneintrag %1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeline entry %1 does not exist.</source>
        <translation>Zeitleisteneintrag %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not keep the history of timeline entry %1</source>
        <translation>Der Verlauf von Zeitleisteneintrag %1 konnte nicht gesichert werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not read the history of timeline entry %1</source>
        <translation>Der Verlauf von Zeitleisteneintrag %1 konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>TlsProblem</name>
    <message>
        <location filename="../models/sync/tlsproblem.cpp" line="+73"/>
        <source>%1 does not speak TLS on this port: use http://, or the port that serves https.</source>
        <translation>%1 spricht auf diesem Port kein TLS: http:// verwenden oder den Port, der https anbietet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the TLS handshake with %1 failed: %2</source>
        <translation>der TLS-Handshake mit %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1&apos;s certificate (issued by &quot;%2&quot;) is not signed by a CA Sitrep trusts: set ca_file to that CA&apos;s certificate.</source>
        <translation>Das Zertifikat von %1 (ausgestellt von „%2“) ist von keiner CA signiert, der Sitrep vertraut: ca_file auf das Zertifikat dieser CA setzen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1&apos;s certificate expired on %2.</source>
        <translation>Das Zertifikat von %1 ist am %2 abgelaufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s certificate is not valid before %2.</source>
        <translation>Das Zertifikat von %1 gilt erst ab %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1&apos;s certificate is for %2, not for the host Sitrep connected to.</source>
        <translation>Das Zertifikat von %1 gilt für %2, nicht für den Host, mit dem Sitrep verbunden ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s certificate was refused: %2</source>
        <translation>Das Zertifikat von %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 serves https on this port: use https:// instead of http://.</source>
        <translation>%1 bietet auf diesem Port https an: https:// statt http:// verwenden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>ca_file %1 cannot be read: it does not exist or is not a readable file.</source>
        <translation>ca_file %1 kann nicht gelesen werden: Die Datei gibt es nicht oder sie ist nicht lesbar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ca_file %1 holds no PEM certificate.</source>
        <translation>ca_file %1 enthält kein PEM-Zertifikat.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <location filename="../models/storage/transaction.cpp" line="+79"/>
        <source>Could not start a transaction</source>
        <translation>Eine Transaktion konnte nicht begonnen werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not save the change</source>
        <translation>Die Änderung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Nothing can be saved to this database: %1</source>
        <translation>In dieser Datenbank kann nichts gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>UpdateTemplates</name>
    <message>
        <location filename="../models/domain/announcement.cpp" line="+116"/>
        <source>We are investigating reports of problems with %1. Next update by %2.</source>
        <translation>Wir untersuchen Meldungen über Probleme mit %1. Nächste Meldung bis %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We are seeing elevated errors on %1 and are working to find the cause. Next update by %2.</source>
        <translation>Wir sehen erhöhte Fehler bei %1 und suchen nach der Ursache. Nächste Meldung bis %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We have identified the cause of the problems with %1 and are working on a fix. Next update by %2.</source>
        <translation>Wir haben die Ursache der Probleme mit %1 gefunden und arbeiten an einer Behebung. Nächste Meldung bis %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A fix for %1 has been applied and we are monitoring the results. Next update by %2.</source>
        <translation>Eine Behebung für %1 ist eingespielt und wir beobachten die Ergebnisse. Nächste Meldung bis %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The problems with %1 have been resolved. Thank you for your patience.</source>
        <translation>Die Probleme mit %1 sind behoben. Danke für Ihre Geduld.</translation>
    </message>
</context>
<context>
    <name>YamlFields</name>
    <message>
        <location filename="../models/services/yamlfields.cpp" line="+66"/>
        <source>%1:%2: %3: %4</source>
        <translation>%1:%2: %3: %4</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a mapping</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1:%2: not valid YAML: a comma outside [ ] or { }.</source>
        <translation>%1:%2: kein gültiges YAML: ein Komma außerhalb von [ ] oder { }.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1:%2: not valid YAML from here on.</source>
        <translation>%1:%2: ab hier kein gültiges YAML.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1:%2: not valid YAML here: nested more than %3 levels deep.</source>
        <translation>%1:%2: hier kein gültiges YAML: mehr als %3 Ebenen tief verschachtelt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1:%2: not valid YAML: %3</source>
        <translation>%1:%2: kein gültiges YAML: %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+40"/>
        <source>Sitrep</source>
        <translation>Sitrep</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open live demo data: in a throwaway database, or written into a new file given with --db and kept.</source>
        <translation>Live-Demodaten öffnen: in einer Wegwerf-Datenbank, oder in eine neue, mit --db angegebene Datei geschrieben und behalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The view to show: board, workspace (the first incident&apos;s), alerts, slo, dashboard, oncall (a month), oncall-week, postmortem, actions, palette, settings, settings-rules or settings-policy.</source>
        <translation>Die anzuzeigende Ansicht: board, workspace (die des ersten Vorfalls), alerts, slo, dashboard, oncall (ein Monat), oncall-week, postmortem, actions, palette, settings, settings-rules oder settings-policy.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Incident command console.</source>
        <translation>Leitstand für Vorfälle.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The database file.</source>
        <translation>Die Datenbankdatei.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Draw in the desktop&apos;s colours (system, the default), or light or dark whatever the desktop uses.</source>
        <translation>In den Farben der Arbeitsumgebung zeichnen (system, die Voreinstellung), oder hell (light) oder dunkel (dark), gleich was die Arbeitsumgebung nutzt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Render the view to a PNG file and exit.</source>
        <translation>Die Ansicht als PNG-Datei speichern und beenden.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Unknown colour scheme &quot;%1&quot;; use system, light or dark.</source>
        <translation>Unbekanntes Farbschema „%1“; möglich sind system, light oder dark.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 already exists; --demo writes its data only into a new file.</source>
        <translation>%1 gibt es schon; --demo schreibt seine Daten nur in eine neue Datei.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source> (demo)</source>
        <translation> (Demo)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Backed up to %1</source>
        <translation>Gesichert nach %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The daily backup failed: %1</source>
        <translation>Die tägliche Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Solo mode: this console keeps its own file.</source>
        <translation>Einzelmodus: diese Konsole behält ihre eigene Datei.</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Unknown view &quot;%1&quot;; available: %2.</source>
        <translation>Unbekannte Ansicht „%1“; verfügbar: %2.</translation>
    </message>
</context>
<context>
    <name>sitrep::ActionItemsLabel</name>
    <message>
        <location filename="../ui/mainwindow/actionitemslabel.cpp" line="+27"/>
        <source>Action items: unknown</source>
        <translation>Maßnahmen: unbekannt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action items: %1 open, %2 overdue</source>
        <translation>Maßnahmen: %1 offen, %2 überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action items: %1 open</source>
        <translation>Maßnahmen: %1 offen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action items from postmortems not yet done (Ctrl+Shift+P)</source>
        <translation>Noch nicht erledigte Maßnahmen aus Nachbetrachtungen (Strg+Umschalt+P)</translation>
    </message>
</context>
<context>
    <name>sitrep::ActionTrackerModel</name>
    <message>
        <location filename="../models/itemmodels/actiontrackermodel.cpp" line="+130"/>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postmortem</source>
        <translation>Nachbetrachtung</translation>
    </message>
</context>
<context>
    <name>sitrep::AlertService</name>
    <message>
        <location filename="../models/services/alertingest.cpp" line="+41"/>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <location line="+368"/>
        <source>Could not open an incident for alert group %1: %2</source>
        <translation>Für Alarmgruppe %1 konnte kein Vorfall eröffnet werden: %2</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Alert firing: %1</source>
        <translation>Alarm aktiv: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 alerts firing: %2</source>
        <translation>%1 Alarme aktiv: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert resolved: %1</source>
        <translation>Alarm beendet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 alerts resolved: %2</source>
        <translation>%1 Alarme beendet: %2</translation>
    </message>
    <message>
        <location filename="../models/services/alertservice.cpp" line="+79"/>
        <source>Only some of the alerts were saved; the next poll saves the rest: %1</source>
        <translation>Nur ein Teil der Alarme wurde gespeichert; die nächste Abfrage speichert den Rest: %1</translation>
    </message>
    <message>
        <location line="+171"/>
        <location line="+49"/>
        <source>There is no alert %1 in the cache.</source>
        <translation>Alarm %1 ist nicht im Zwischenspeicher.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Alerts attached from the inbox: %1</source>
        <translation>Alarme aus dem Eingang zugeordnet: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Select the alerts to open an incident for.</source>
        <translation>Wählen Sie die Alarme, für die ein Vorfall eröffnet werden soll.</translation>
    </message>
</context>
<context>
    <name>sitrep::AlertTableModel</name>
    <message>
        <location filename="../models/itemmodels/alerttablemodel.cpp" line="+163"/>
        <source>%1 firing, %2 silenced or inhibited, %3 resolved</source>
        <translation>%1 aktiv, %2 stummgeschaltet oder unterdrückt, %3 beendet</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>resolved</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>silenced</source>
        <translation>stummgeschaltet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inhibited</source>
        <translation>unterdrückt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>firing</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1h %2m</source>
        <translation>%1h %2m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1m</source>
        <translation>%1m</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Silenced by %1</source>
        <translation>Stummgeschaltet durch %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inhibited by %1</source>
        <translation>Unterdrückt durch %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grouped as %1</source>
        <translation>Gruppiert als %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
</context>
<context>
    <name>sitrep::AlertmanagerClient</name>
    <message>
        <location filename="../models/sync/alertmanagerclient.cpp" line="+33"/>
        <source>%1 sent a malformed reply: %2</source>
        <translation>%1 hat eine fehlerhafte Antwort geschickt: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Alertmanager did not say which silence it created.</source>
        <translation>Alertmanager hat nicht gesagt, welche Stummschaltung er angelegt hat.</translation>
    </message>
</context>
<context>
    <name>sitrep::AlertsView</name>
    <message>
        <location filename="../ui/alerts/alertsview.cpp" line="+39"/>
        <source>Filter alerts by name, label, state or incident</source>
        <translation>Alarme nach Name, Label, Zustand oder Vorfall filtern</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Silence… (S)</source>
        <translation>Stummschalten… (S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach to incident… (A)</source>
        <translation>Vorfall zuordnen… (A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open incident (O)</source>
        <translation>Vorfall eröffnen (O)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Group alerts by labels</source>
        <translation>Alarme nach Labels gruppieren</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Try grouping by:</source>
        <translation>Gruppierung testen nach:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connect…</source>
        <translation>Verbinden …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an Alertmanager in Settings → Monitoring endpoints.</source>
        <translation>Einen Alertmanager unter Einstellungen → Monitoring-Endpunkte hinzufügen.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No alerts: the connected Alertmanager reports none firing.</source>
        <translation>Keine Alarme: Der verbundene Alertmanager meldet keine aktiven.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Select the alerts to silence.</source>
        <translation>Wählen Sie die Alarme, die stummgeschaltet werden sollen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why, for whoever sees the silence</source>
        <translation>Warum – für alle, die die Stummschaltung sehen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a duration such as 30m or 2h.</source>
        <translation>„%1“ ist keine Dauer wie 30m oder 2h.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Silenced %1</source>
        <translation>%1 stummgeschaltet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alerts attached to incident #%1</source>
        <translation>Alarme Vorfall #%1 zugeordnet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select the alerts to attach.</source>
        <translation>Wählen Sie die Alarme, die zugeordnet werden sollen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach alerts</source>
        <translation>Alarme zuordnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incident number:</source>
        <translation>Vorfallsnummer:</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>Use this rule</source>
        <translation>Diese Regel verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New alerts are grouped by these labels from now on; incidents already open keep their alerts.</source>
        <translation>Neue Alarme werden ab jetzt nach diesen Labels gruppiert; offene Vorfälle behalten ihre Alarme.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name at least one label to group by.</source>
        <translation>Nennen Sie mindestens ein Label für die Gruppierung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alerts are grouped by %1 from now on.</source>
        <translation>Alarme werden ab jetzt nach %1 gruppiert.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Expire silence (E)</source>
        <translation>Stummschaltung beenden (E)</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Filter alerts</source>
        <translation>Alarme filtern</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>No Alertmanager connected.
Connect one (here or with &quot;sitrepctl endpoint add alertmanager NAME --url URL&quot;): its alerts appear here, and each new group of firing alerts opens an incident.</source>
        <translation>Kein Alertmanager verbunden.
Verbinden Sie einen (hier oder mit „sitrepctl endpoint add alertmanager NAME --url URL“): Seine Alarme erscheinen hier, und jede neue Gruppe aktiver Alarme eröffnet einen Vorfall.</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>this rule would give %n incident(s) instead of %1</source>
        <translation>
            <numerusform>diese Regel ergäbe %n Vorfall statt %1</numerusform>
            <numerusform>diese Regel ergäbe %n Vorfälle statt %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Silence %n alert group(s)</source>
        <translation>
            <numerusform>%n Alarmgruppe stummschalten</numerusform>
            <numerusform>%n Alarmgruppen stummschalten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Select alerts silenced from Sitrep to expire their silences.</source>
        <translation>Wählen Sie von Sitrep stummgeschaltete Alarme, um ihre Stummschaltung zu beenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Silence %1 expired; the alerts fire again at the next poll.</source>
        <translation>Stummschaltung %1 beendet; die Alarme sind ab der nächsten Abfrage wieder aktiv.</translation>
    </message>
</context>
<context>
    <name>sitrep::BoardFilterBar</name>
    <message>
        <location filename="../ui/board/boardfilterbar.cpp" line="+21"/>
        <source>Search incidents</source>
        <translation>Incidents durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search title, commander, service or #id</source>
        <translation>Titel, Leitung, Dienst oder #Nr. suchen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show %1 incidents</source>
        <translation>%1-Vorfälle anzeigen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open incidents</source>
        <translation>Offene Vorfälle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved incidents</source>
        <translation>Gelöste Vorfälle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All incidents</source>
        <translation>Alle Vorfälle</translation>
    </message>
</context>
<context>
    <name>sitrep::BoardView</name>
    <message>
        <location filename="../ui/board/boardview.cpp" line="+26"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Reading the resolved incidents…</source>
        <translation>Die gelösten Vorfälle werden gelesen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No incidents yet.
Declare one with Incident → Declare incident… (Ctrl+N), or connect Alertmanager or Prometheus (sitrepctl endpoint add) and their alerts open incidents by themselves.</source>
        <translation>Noch keine Vorfälle.
Rufen Sie einen aus mit Vorfall → Vorfall ausrufen … (Strg+N), oder verbinden Sie Alertmanager oder Prometheus (sitrepctl endpoint add), dann eröffnen deren Alarme Vorfälle von selbst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No incidents match. Clear the search or widen the filters.</source>
        <translation>Keine Vorfälle passen. Leeren Sie die Suche oder erweitern Sie die Filter.</translation>
    </message>
</context>
<context>
    <name>sitrep::ChannelsPage</name>
    <message>
        <location filename="../ui/settings/channelspage.cpp" line="+36"/>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+48"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+47"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+49"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Updates heard for</source>
        <translation>Meldungen für</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send test</source>
        <translation>Test senden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Slack incoming webhook</source>
        <translation>Slack Incoming Webhook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slack Web API (bot token)</source>
        <translation>Slack Web API (Bot-Token)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mattermost incoming webhook</source>
        <translation>Mattermost Incoming Webhook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Teams incoming webhook</source>
        <translation>Microsoft Teams Incoming Webhook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generic JSON webhook</source>
        <translation>Allgemeiner JSON-Webhook</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status page</source>
        <translation>Statusseite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executive email</source>
        <translation>E-Mail an die Geschäftsleitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paging</source>
        <translation>Alarmierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Empty: the role&apos;s defaults (e.g. SEV-1, SEV-2)</source>
        <translation>Leer: die Vorgaben der Rolle (z. B. SEV-1, SEV-2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save channel</source>
        <translation>Kanal speichern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Webhook URL or token</source>
        <translation>Webhook-URL oder Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slack channel</source>
        <translation>Slack-Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severities</source>
        <translation>Schweregrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body template</source>
        <translation>Vorlage für den Inhalt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Declarations go to chat and status-page channels; updates to status pages, SEV-1/2 also to chat, SEV-1 also to executives; resolutions to all three.</source>
        <translation>Ausrufungen gehen an Chat- und Statusseiten-Kanäle; Meldungen an Statusseiten, SEV-1/2 auch in den Chat, SEV-1 auch an die Geschäftsleitung; Behebungen an alle drei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add or change a channel (the same name changes it):</source>
        <translation>Einen Kanal hinzufügen oder ändern (derselbe Name ändert ihn):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bot token (xoxb-…), kept in the keychain only</source>
        <translation>Bot-Token (xoxb-…), nur im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://… webhook URL, kept in the keychain only</source>
        <translation>https://…-Webhook-URL, nur im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Select the channel to test.</source>
        <translation>Wählen Sie den zu testenden Kanal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending a test message to %1…</source>
        <translation>Sende eine Testnachricht an %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 took the test message: %2</source>
        <translation>%1 hat die Testnachricht angenommen: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 did not take the test message: %2</source>
        <translation>%1 hat die Testnachricht nicht angenommen: %2</translation>
    </message>
</context>
<context>
    <name>sitrep::ChartLinesModel</name>
    <message>
        <location filename="../models/itemmodels/chartlinesmodel.cpp" line="+79"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>sitrep::ChatClient</name>
    <message>
        <location filename="../models/sync/chatclient.cpp" line="+70"/>
        <source>the channel&apos;s URL is not https (http only to this machine)</source>
        <translation>die URL des Kanals ist nicht https (http nur zu diesem Rechner)</translation>
    </message>
</context>
<context>
    <name>sitrep::ChecklistModel</name>
    <message>
        <location filename="../models/itemmodels/checklistmodel.cpp" line="+92"/>
        <source>%1 — done %2 UTC by %3</source>
        <translation>%1 — erledigt %2 UTC von %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — due %2 UTC</source>
        <translation>%1 — fällig %2 UTC</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Overdue: due %1 UTC</source>
        <translation>Überfällig: fällig %1 UTC</translation>
    </message>
</context>
<context>
    <name>sitrep::ChecklistService</name>
    <message>
        <location filename="../models/services/checklistservice.cpp" line="+61"/>
        <source>Could not read %1 (%2); the default checklists are in force.</source>
        <translation>%1 konnte nicht gelesen werden (%2); es gelten die Standard-Checklisten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 The default checklists are in force.</source>
        <translation>%1 Es gelten die Standard-Checklisten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no incident #%1.</source>
        <translation>Es gibt keinen Vorfall #%1.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The checklist has no item &quot;%1&quot;.</source>
        <translation>Die Checkliste hat keinen Punkt „%1“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is already ticked.</source>
        <translation>„%1“ ist schon abgehakt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not ticked.</source>
        <translation>„%1“ ist nicht abgehakt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not done after all: %1</source>
        <translation>Doch nicht erledigt: %1</translation>
    </message>
</context>
<context>
    <name>sitrep::CommandPalette</name>
    <message>
        <location filename="../ui/mainwindow/commandpalette.cpp" line="+36"/>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type an action, or an incident&apos;s number, title, service or commander</source>
        <translation>Aktion eingeben, oder Nummer, Titel, Dienst oder Incident-Commander eines Vorfalls</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Command palette search</source>
        <translation>Suche der Befehlspalette</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Matching actions and incidents</source>
        <translation>Passende Aktionen und Vorfälle</translation>
    </message>
</context>
<context>
    <name>sitrep::CommandPaletteModel</name>
    <message>
        <location filename="../models/itemmodels/commandpalettemodel.cpp" line="+119"/>
        <source>from the resolved history</source>
        <translation>aus den gelösten Vorfällen</translation>
    </message>
</context>
<context>
    <name>sitrep::ConflictCopiesModel</name>
    <message>
        <location filename="../models/itemmodels/conflictcopiesmodel.cpp" line="+31"/>
        <source>On-call schedule</source>
        <translation>Bereitschaftsplan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1&apos;s version of &quot;%2&quot;, written at the same time as the version the team kept. Keep the original to drop it, or use it to put it in the original&apos;s place.</source>
        <translation>Version von %1 von „%2“, zur selben Zeit geschrieben wie die Version, die das Team behalten hat. „Original behalten“ verwirft sie, „Diese Kopie verwenden“ setzt sie an die Stelle des Originals.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Conflict copy</source>
        <translation>Konfliktkopie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy of</source>
        <translation>Kopie von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written by</source>
        <translation>Geschrieben von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written at</source>
        <translation>Geschrieben am</translation>
    </message>
</context>
<context>
    <name>sitrep::ConflictCopiesPanel</name>
    <message>
        <location filename="../ui/settings/conflictcopiespanel.cpp" line="+24"/>
        <source>Keep the original</source>
        <translation>Original behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this copy</source>
        <translation>Diese Kopie verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Conflict copies to settle</source>
        <translation>Zu klärende Konfliktkopien</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The document stays as the team has it; the copy is removed.</source>
        <translation>Das Dokument bleibt, wie das Team es hat; die Kopie wird entfernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy&apos;s version replaces the original; the copy is removed.</source>
        <translation>Die Version der Kopie ersetzt das Original; die Kopie wird entfernt.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>None: every shared schedule, channel and SLO is settled.</source>
        <translation>Keine: jeder geteilte Bereitschaftsplan, Kanal und jedes SLO ist geklärt.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n shared document(s) were written on two consoles at the same time. The later one won; the other is kept as a copy until you choose.</source>
        <translation>
            <numerusform>%n geteiltes Dokument wurde auf zwei Konsolen zur selben Zeit geschrieben. Das spätere hat gewonnen; das andere bleibt als Kopie, bis Sie wählen.</numerusform>
            <numerusform>%n geteilte Dokumente wurden auf zwei Konsolen zur selben Zeit geschrieben. Das spätere hat jeweils gewonnen; das andere bleibt als Kopie, bis Sie wählen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitrep::ConflictCopyService</name>
    <message>
        <location filename="../models/services/conflictcopyservice.cpp" line="+35"/>
        <source>There is no conflict copy named &quot;%1&quot; to settle.</source>
        <translation>Es gibt keine Konfliktkopie namens „%1“ zu klären.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More than one kind of document has a conflict copy named &quot;%1&quot;: say which (schedule, channel or slo).</source>
        <translation>Mehrere Arten von Dokumenten haben eine Konfliktkopie namens „%1“: geben Sie an, welche (schedule, channel oder slo).</translation>
    </message>
</context>
<context>
    <name>sitrep::DashboardView</name>
    <message>
        <location filename="../ui/dashboard/dashboardview.cpp" line="+38"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+179"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Period from</source>
        <translation>Zeitraum von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period to</source>
        <translation>Zeitraum bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export PNG…</source>
        <translation>PNG exportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the dashboard</source>
        <translation>Dashboard exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the tables to a folder</source>
        <translation>Tabellen in einen Ordner exportieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service:</source>
        <translation>Dienst:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SLOs, worst first</source>
        <translation>SLOs, die schlechtesten zuerst</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started in the period; open ones are counted but left out of MTTR.</source>
        <translation>Im Zeitraum begonnen; offene werden gezählt, aber nicht in die MTTR eingerechnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MTTA</source>
        <translation>MTTA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean time to acknowledge: acknowledged − detected, over the acknowledged incidents.</source>
        <translation>Mittlere Zeit bis zur Bestätigung: bestätigt − erkannt, über die bestätigten Incidents.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MTTD</source>
        <translation>MTTD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean time to detect: detected − started, for automated and manual detection apart.</source>
        <translation>Mittlere Zeit bis zur Erkennung: erkannt − begonnen, getrennt für automatische und manuelle Erkennung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat rate</source>
        <translation>Wiederholungsrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents whose root cause (case and punctuation aside) an earlier incident had, as a share of all.</source>
        <translation>Incidents, deren Ursache (abgesehen von Groß-/Kleinschreibung und Satzzeichen) schon ein früherer Incident hatte, als Anteil an allen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On call now</source>
        <translation>Jetzt in Bereitschaft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who is paged first for a new incident.</source>
        <translation>Wer bei einem neuen Incident zuerst alarmiert wird.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Figures per severity</source>
        <translation>Kennzahlen je Schweregrad</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Incidents per week by severity</source>
        <translation>Incidents pro Woche nach Schweregrad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MTTR per severity: resolved − started (grey: the period before)</source>
        <translation>MTTR pro Schweregrad: gelöst − begonnen (grau: der Zeitraum davor)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MTTA and MTTD per week</source>
        <translation>MTTA und MTTD pro Woche</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>The period&apos;s start must be before its end.</source>
        <translation>Der Beginn des Zeitraums muss vor seinem Ende liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Computing…</source>
        <translation>Wird berechnet …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not compute the metrics: %1</source>
        <translation>Die Kennzahlen konnten nicht berechnet werden: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2 open)</source>
        <translation>%1 (%2 offen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 automated
%2 manual</source>
        <translation>%1 automatisch
%2 manuell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 % (%2 of %3)</source>
        <translation>%1 % (%2 von %3)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>sitrep::DeclareIncidentDialog</name>
    <message>
        <location filename="../ui/board/declareincidentdialog.cpp" line="+25"/>
        <source>Declare incident</source>
        <translation>Vorfall ausrufen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is broken, in a few words</source>
        <translation>Was ist kaputt, in wenigen Worten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>checkout, payments</source>
        <translation>checkout, payments</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who is affected, and how</source>
        <translation>Wer ist betroffen, und wie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> $/hour</source>
        <translation> $/Stunde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Severity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ser&amp;vices:</source>
        <translation>&amp;Dienste:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Commander:</source>
        <translation>&amp;Leitung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Impact:</source>
        <translation>&amp;Auswirkung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Affected users:</source>
        <translation>&amp;Betroffene Nutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revenue impact:</source>
        <translation>&amp;Umsatzauswirkung:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Declare</source>
        <translation>&amp;Ausrufen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Response: %1</source>
        <translation>Reaktion: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updates: %1</source>
        <translation>Updates: %1</translation>
    </message>
</context>
<context>
    <name>sitrep::DetectionRulesPage</name>
    <message>
        <location filename="../ui/settings/detectionrulespage.cpp" line="+25"/>
        <source>The rules that declare incidents from Prometheus, the checks that verify a resolution and the monitoring window after them, in the documented YAML format. Preview evaluates the rules as they stand in the editor, once, and declares nothing.</source>
        <translation>Die Regeln, die aus Prometheus Vorfälle ausrufen, die Prüfungen, die eine Behebung bestätigen, und das Beobachtungsfenster danach, im dokumentierten YAML-Format. Vorschau wertet die Regeln so aus, wie sie im Editor stehen, einmal, und ruft nichts aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluate the rules in the editor against the configured Prometheus now, without declaring anything.</source>
        <translation>Die Regeln im Editor jetzt gegen das eingerichtete Prometheus auswerten, ohne etwas auszurufen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview of the rules</source>
        <translation>Vorschau der Regeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Asking Prometheus…</source>
        <translation>Prometheus wird gefragt …</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>would fire</source>
        <translation>würde auslösen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quiet</source>
        <translation>ruhig</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n rule(s) would fire now; nothing was declared.</source>
        <translation>
            <numerusform>%n Regel würde jetzt auslösen; nichts wurde ausgerufen.</numerusform>
            <numerusform>%n Regeln würden jetzt auslösen; nichts wurde ausgerufen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitrep::Detector</name>
    <message>
        <location filename="../models/services/detector.cpp" line="+33"/>
        <source> for %1</source>
        <translation> für %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule %1 fired: %2 %3 %4%5.</source>
        <translation>Regel %1 ausgelöst: %2 %3 %4%5.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule %1 fired: %2 %3 %4 × expected %5 (= %6)%7.</source>
        <translation>Regel %1 ausgelöst: %2 %3 %4 × Erwartung %5 (= %6)%7.</translation>
    </message>
</context>
<context>
    <name>sitrep::DocumentPage</name>
    <message>
        <location filename="../ui/settings/documentpage.cpp" line="+33"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File contents</source>
        <translation>Dateiinhalt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the file again, dropping what was typed.</source>
        <translation>Die Datei neu lesen und das Getippte verwerfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset to &amp;defaults</source>
        <translation>&amp;Voreinstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put what Sitrep ships in the editor; Save removes your file.</source>
        <translation>Setzt das von Sitrep Mitgelieferte in den Editor; Speichern entfernt Ihre Datei.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Saved and in force.</source>
        <translation>Gespeichert und in Kraft.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
</context>
<context>
    <name>sitrep::EndpointClient</name>
    <message>
        <location filename="../models/sync/endpointclient.cpp" line="+182"/>
        <source>no reply from %1 within %2 s</source>
        <translation>keine Antwort von %1 innerhalb von %2 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the reply from %1 is larger than %2 MB</source>
        <translation>die Antwort von %1 ist größer als %2 MB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered HTTP %2 %3: %4</source>
        <translation>%1 antwortete HTTP %2 %3: %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 did not answer with JSON (content type &quot;%2&quot;)</source>
        <translation>%1 hat nicht mit JSON geantwortet (Inhaltstyp „%2“)</translation>
    </message>
</context>
<context>
    <name>sitrep::EndpointHealthLabel</name>
    <message>
        <location filename="../ui/mainwindow/endpointhealthlabel.cpp" line="+56"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>sitrep::EndpointLoop</name>
    <message>
        <location filename="../models/services/endpointloop.cpp" line="+25"/>
        <source>its secret could not be read: %1</source>
        <translation>sein Geheimnis konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>sitrep::EndpointsPage</name>
    <message>
        <location filename="../ui/settings/endpointspage.cpp" line="+26"/>
        <source>Monitoring endpoints</source>
        <translation>Monitoring-Endpunkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+54"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basic (username and password)</source>
        <translation>Basic (Benutzername und Passwort)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kept in the system keychain only</source>
        <translation>Wird nur im Schlüsselbund des Systems aufbewahrt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: a PEM file of extra CA certificates</source>
        <translation>Optional: eine PEM-Datei mit zusätzlichen CA-Zertifikaten</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save endpoint</source>
        <translation>Endpunkt speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token or password</source>
        <translation>Token oder Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poll every</source>
        <translation>Abfragen alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request timeout</source>
        <translation>Zeitlimit pro Anfrage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add or change an endpoint (the same name changes it):</source>
        <translation>Endpunkt hinzufügen oder ändern (derselbe Name ändert ihn):</translation>
    </message>
</context>
<context>
    <name>sitrep::EscalationPolicyDialog</name>
    <message>
        <location filename="../ui/oncall/escalationpolicydialog.cpp" line="+31"/>
        <source>Escalation policy of %1</source>
        <translation>Eskalationsrichtlinie von %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add level</source>
        <translation>Stufe hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove level</source>
        <translation>Stufe entfernen</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Repeat the levels</source>
        <translation>Stufen wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge within</source>
        <translation>Bestätigen innerhalb von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respond within</source>
        <translation>Reagieren innerhalb von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level 1 is paged when an incident is declared; each level waits its minutes for an acknowledgement before the next is paged. Incidents already escalating keep the policy they started with.</source>
        <translation>Stufe 1 wird alarmiert, wenn ein Vorfall ausgerufen wird; jede Stufe wartet ihre Minuten auf eine Bestätigung, bevor die nächste alarmiert wird. Bereits eskalierende Vorfälle behalten die Richtlinie, mit der sie begonnen haben.</translation>
    </message>
</context>
<context>
    <name>sitrep::EscalationPolicyModel</name>
    <message>
        <location filename="../models/itemmodels/escalationpolicymodel.cpp" line="+98"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pages (primary, secondary or a person)</source>
        <translation>Alarmiert (primary, secondary oder eine Person)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waits (min)</source>
        <translation>Wartet (min)</translation>
    </message>
</context>
<context>
    <name>sitrep::EscalationService</name>
    <message>
        <location filename="../models/services/escalationservice.cpp" line="+115"/>
        <source>Escalation started with %1&apos;s policy: acknowledge within %2 min, respond within %3 min.</source>
        <translation>Eskalation nach der Richtlinie von %1 gestartet: bestätigen innerhalb von %2 min, reagieren innerhalb von %3 min.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Escalation stopped: the incident was resolved.</source>
        <translation>Eskalation angehalten: der Vorfall wurde gelöst.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Escalation stopped: acknowledged by %1 after %2.</source>
        <translation>Eskalation angehalten: bestätigt von %1 nach %2.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Escalation exhausted: nobody acknowledged within %1.</source>
        <translation>Eskalation ausgeschöpft: niemand hat innerhalb von %1 bestätigt.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Nobody on call for %1; passed on to the next level.</source>
        <translation>Niemand in Bereitschaft für %1; an die nächste Stufe weitergegeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paged %1, %2.</source>
        <translation>%1 alarmiert, %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Paged at %1, %2. Acknowledge in the console or with sitrepctl ack %3.</source>
        <translation>Alarmiert um %1, %2. Bestätigen Sie in der Konsole oder mit sitrepctl ack %3.</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Acknowledgement expectation breached: nobody acknowledged within %1 min.</source>
        <translation>Erwartung an die Bestätigung verletzt: niemand hat innerhalb von %1 min bestätigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response expectation breached: nobody responded within %1 min.</source>
        <translation>Erwartung an die Reaktion verletzt: niemand hat innerhalb von %1 min reagiert.</translation>
    </message>
</context>
<context>
    <name>sitrep::GeneralPage</name>
    <message>
        <location filename="../ui/settings/generalpage.cpp" line="+23"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The commander of the incidents you declare, and the name on what you write. Empty: %1, as the system knows you. In a team, the team&apos;s login is used.</source>
        <translation>Der Incident Commander der Vorfälle, die Sie ausrufen, und der Name unter dem, was Sie schreiben. Leer: %1, wie das System Sie kennt. In einem Team gilt die Anmeldung des Teams.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Colour scheme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the desktop</source>
        <translation>Wie die Arbeitsumgebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The language changes when you close Settings.</source>
        <translation>Die Sprache wechselt, wenn Sie die Einstellungen schließen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour &amp;scheme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>sitrep::GetStartedPage</name>
    <message>
        <location filename="../ui/board/getstartedpage.cpp" line="+21"/>
        <source>Get started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No incidents yet. Connect what tells Sitrep about trouble and who hears about it, then declare a first incident — or look around the demo first.</source>
        <translation>Noch keine Vorfälle. Verbinden Sie, was Sitrep von Störungen erzählt und wer davon hört, und rufen Sie dann einen ersten Vorfall aus – oder sehen Sie sich zuerst die Demo an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect monitoring: Alertmanager&apos;s alerts and Prometheus&apos; detection rules open incidents by themselves.</source>
        <translation>Monitoring verbinden: Alarme aus Alertmanager und Erkennungsregeln gegen Prometheus eröffnen Vorfälle von selbst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect…</source>
        <translation>Verbinden …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a chat, status page, email or paging channel: declarations and updates go out there.</source>
        <translation>Einen Chat-, Statusseiten-, E-Mail- oder Alarmierungskanal hinzufügen: Ausrufungen und Updates gehen dorthin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add channel…</source>
        <translation>Kanal hinzufügen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import on-call schedules (Sitrep YAML, or from PagerDuty or Opsgenie): who is paged.</source>
        <translation>Bereitschaftspläne importieren (Sitrep-YAML oder aus PagerDuty oder Opsgenie): wer alarmiert wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import schedule…</source>
        <translation>Plan importieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import SLOs from OpenSLO or Sloth files: error budgets and burn.</source>
        <translation>SLOs aus OpenSLO- oder Sloth-Dateien importieren: Fehlerbudgets und Verbrauch.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import SLOs…</source>
        <translation>SLOs importieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join a team server: every console of the team shares its incidents.</source>
        <translation>Einem Team-Server beitreten: alle Konsolen des Teams teilen ihre Vorfälle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join team…</source>
        <translation>Team beitreten …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declare a first incident.</source>
        <translation>Einen ersten Vorfall ausrufen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Declare…</source>
        <translation>Ausrufen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the demo: a live war room on throwaway data, in a second window.</source>
        <translation>Die Demo öffnen: ein lebendiger Krisenraum auf Wegwerfdaten, in einem zweiten Fenster.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Could not start the demo.</source>
        <translation>Die Demo konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not done</source>
        <translation>offen</translation>
    </message>
</context>
<context>
    <name>sitrep::HandoffChecklistModel</name>
    <message>
        <location filename="../models/itemmodels/handoffchecklistmodel.cpp" line="+33"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>sitrep::HandoffService</name>
    <message>
        <location filename="../models/services/handoffservice.cpp" line="+71"/>
        <source>Write what the next person should know first.</source>
        <translation>Schreiben Sie zuerst, was die nächste Person wissen sollte.</translation>
    </message>
</context>
<context>
    <name>sitrep::ImportReportDialog</name>
    <message>
        <location filename="../ui/oncall/importreportdialog.cpp" line="+18"/>
        <source>Import from %1</source>
        <translation>Import aus %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every schedule has the same shifts as %1 computes.</source>
        <translation>Jeder Dienstplan hat dieselben Schichten, die %1 berechnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not every schedule was shown to have %1&apos;s shifts: read the differences below before you import.</source>
        <translation>Nicht für jeden Dienstplan ist gezeigt, dass er die Schichten von %1 hat: Lesen Sie die Abweichungen unten, bevor Sie importieren.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Import %n schedule(s)</source>
        <translation>
            <numerusform>%n Dienstplan importieren</numerusform>
            <numerusform>%n Dienstpläne importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitrep::IncidentAlertsPanel</name>
    <message>
        <location filename="../ui/incident/incidentalertspanel.cpp" line="+21"/>
        <source>Alerts of this incident</source>
        <translation>Alarme dieses Incidents</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No alerts: this incident was declared by hand.</source>
        <translation>Keine Alarme: dieser Vorfall wurde von Hand ausgerufen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>resolved %1</source>
        <translation>behoben %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>silenced</source>
        <translation>stummgeschaltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>firing since %1</source>
        <translation>aktiv seit %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fingerprint %1, from %2</source>
        <translation>Fingerprint %1, von %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n alert(s) grouped by %1</source>
        <translation>
            <numerusform>%n Alarm, gruppiert nach %1</numerusform>
            <numerusform>%n Alarme, gruppiert nach %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitrep::IncidentDetailPane</name>
    <message>
        <location filename="../ui/board/incidentdetailpane.cpp" line="+33"/>
        <source>Select an incident to see its details.</source>
        <translation>Wählen Sie einen Vorfall, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Severity:</source>
        <translation>Schweregrad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commander:</source>
        <translation>Leitung:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Resolve…</source>
        <translation>Lösen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen…</source>
        <translation>Wieder eröffnen …</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automated</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next update</source>
        <translation>Nächstes Update</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue since %1</source>
        <translation>überfällig seit %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <comment>who else has the incident open</comment>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Affected users</source>
        <translation>Betroffene Nutzer</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Reopen incident</source>
        <translation>Vorfall wieder eröffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is incident #%1 open again?</source>
        <translation>Warum ist Vorfall #%1 wieder offen?</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stops the paging and records who acknowledged, and when.</source>
        <translation>Hält die Alarmierung an und hält fest, wer wann bestätigt hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postmortem</source>
        <translation>Nachbetrachtung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write or read the incident&apos;s postmortem (Postmortems tab).</source>
        <translation>Die Nachbetrachtung des Vorfalls schreiben oder lesen (Reiter Nachbetrachtungen).</translation>
    </message>
</context>
<context>
    <name>sitrep::IncidentNotifications</name>
    <message>
        <location filename="../ui/mainwindow/incidentnotifications.cpp" line="+25"/>
        <source>Update overdue</source>
        <translation>Meldung überfällig</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n status updates overdue</source>
        <translation>
            <numerusform>%n Statusmeldung überfällig</numerusform>
            <numerusform>%n Statusmeldungen überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <location line="+26"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>You are paged for %1 — %2</source>
        <translation>Sie werden für %1 alarmiert — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Team server out of reach</source>
        <translation>Team-Server nicht erreichbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working from this console&apos;s copy; what you change is kept and goes to the team when the server is back. %1</source>
        <translation>Es wird mit der Kopie dieser Konsole gearbeitet; was Sie ändern, bleibt erhalten und geht an das Team, sobald der Server zurück ist. %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SEV-1 declared: %1 %2</source>
        <translation>SEV-1 ausgerufen: %1 %2</translation>
    </message>
</context>
<context>
    <name>sitrep::IncidentService</name>
    <message>
        <location filename="../models/services/incidentservice.cpp" line="+110"/>
        <location line="+340"/>
        <source>There is no incident #%1.</source>
        <translation>Es gibt keinen Vorfall #%1.</translation>
    </message>
    <message>
        <location line="-301"/>
        <source>Resolve incident #%1 with a resolution instead of setting its status.</source>
        <translation>Lösen Sie Vorfall #%1 mit einer Lösung, statt seinen Status zu setzen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incident #%1 is resolved; reopen it with a reason first.</source>
        <translation>Vorfall #%1 ist gelöst; eröffnen Sie ihn zuerst mit einem Grund wieder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status changed from %1 to %2</source>
        <translation>Status von %1 zu %2 geändert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Incident #%1 is already %2.</source>
        <translation>Vorfall #%1 ist bereits %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Severity changed from %1 to %2</source>
        <translation>Schweregrad von %1 zu %2 geändert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name the new incident commander.</source>
        <translation>Nennen Sie die neue Einsatzleitung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is already the incident commander.</source>
        <translation>%1 hat bereits die Einsatzleitung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident commander is now %1</source>
        <translation>Einsatzleitung ist jetzt %1</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Incident #%1 was already acknowledged.</source>
        <translation>Vorfall #%1 wurde bereits bestätigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acknowledged by %1</source>
        <translation>Bestätigt von %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+115"/>
        <source>Resolved: %1</source>
        <translation>Gelöst: %1</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Incident #%1 is not resolved, so it cannot be reopened.</source>
        <translation>Vorfall #%1 ist nicht gelöst und kann daher nicht wieder eröffnet werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reopened: %1</source>
        <translation>Wieder eröffnet: %1</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>Nobody is %1.</source>
        <translation>Niemand hat die Rolle %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is already %2.</source>
        <translation>%1 hat schon die Rolle %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 stepped down</source>
        <translation>%1 %2 hat die Rolle abgegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is now %2</source>
        <translation>%1 ist jetzt %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is now %2 (was %3)</source>
        <translation>%1 ist jetzt %2 (vorher %3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name the responder.</source>
        <translation>Nennen Sie die helfende Person.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is already responding.</source>
        <translation>%1 hilft schon mit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 joined as a responder</source>
        <translation>%1 hilft jetzt mit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not responding.</source>
        <translation>%1 hilft nicht mit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is %2: hand the role over first.</source>
        <translation>%1 ist %2: geben Sie die Rolle zuerst ab.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 left the responders</source>
        <translation>%1 hilft nicht mehr mit</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Write the update&apos;s message: it is what stakeholders read.</source>
        <translation>Schreiben Sie die Nachricht der Meldung: sie ist, was die Beteiligten lesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolve incident #%1 first (Resolve…): a resolution needs what fixed it, and the resolution is announced then.</source>
        <translation>Beheben Sie Vorfall #%1 zuerst (Beheben…): eine Behebung braucht, was geholfen hat, und wird dann angekündigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incident #%1 is resolved: reopen it before posting a &quot;%2&quot; update.</source>
        <translation>Vorfall #%1 ist behoben: öffnen Sie ihn erneut, bevor Sie eine „%2“-Meldung veröffentlichen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status update (%1): %2</source>
        <translation>Statusmeldung (%1): %2</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>There is no incident %1.</source>
        <translation>Es gibt keinen Vorfall %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 names more than one incident: give its whole uid.</source>
        <translation>%1 bezeichnet mehr als einen Vorfall: geben Sie die ganze UID an.</translation>
    </message>
</context>
<context>
    <name>sitrep::IncidentTableModel</name>
    <message>
        <location filename="../models/itemmodels/incidenttablemodel.cpp" line="+23"/>
        <source>%1d %2h</source>
        <translation>%1T %2h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1h %2m</source>
        <translation>%1h %2m</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1m</source>
        <translation>%1m</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1s</source>
        <translation>%1s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue %1</source>
        <translation>überfällig %1</translation>
    </message>
    <message>
        <location line="+339"/>
        <source>Next update due %1 UTC</source>
        <translation>Nächstes Update fällig %1 UTC</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Started %1 UTC</source>
        <translation>Begonnen %1 UTC</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Update overdue</source>
        <translation>Meldung überfällig</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commander</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next update</source>
        <translation>Nächstes Update</translation>
    </message>
</context>
<context>
    <name>sitrep::IncidentWorkspace</name>
    <message>
        <location filename="../ui/incident/incidentworkspace.cpp" line="+55"/>
        <source>%1d %2h</source>
        <translation>%1T %2h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1h %2m</source>
        <translation>%1h %2m</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1m</source>
        <translation>%1m</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Update</source>
        <comment>a status update to stakeholders</comment>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+82"/>
        <location line="+22"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>What happened, what was done or decided…</source>
        <translation>Was passiert ist, getan oder entschieden wurde…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key event</source>
        <translation>Schlüsselereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+345"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="-341"/>
        <source>Edit history…</source>
        <translation>Änderungsverlauf…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show deleted</source>
        <translation>Gelöschte zeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The timeline is kept in UTC, as the postmortem shows it.</source>
        <translation>Die Zeitleiste wird in UTC geführt, wie das Postmortem sie zeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Markdown…</source>
        <translation>Als Markdown exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export JSON…</source>
        <translation>Als JSON exportieren…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+141"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Add a responder</source>
        <translation>Helfende Person hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+20"/>
        <source>Responders</source>
        <translation>Helfende</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Space ticks the selected item; overdue items are red.</source>
        <translation>Leertaste hakt den gewählten Punkt ab; überfällige Punkte sind rot.</translation>
    </message>
    <message>
        <location line="-219"/>
        <location line="+230"/>
        <source>Runbooks</source>
        <translation>Runbooks</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Commands copied to the clipboard.</source>
        <translation>Befehle in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No runbook names this incident&apos;s services (%1) or its alert. Runbooks link themselves with a `services:` and `alerts:` header.</source>
        <translation>Kein Runbook nennt die Dienste dieses Vorfalls (%1) oder seinen Alarm. Runbooks verknüpfen sich mit einem Kopf `services:` und `alerts:`.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Copy commands</source>
        <translation>Befehle kopieren</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>resolved %1</source>
        <translation>behoben %1</translation>
    </message>
    <message>
        <location line="-324"/>
        <source>Could not read the timeline: %1</source>
        <translation>Die Zeitleiste konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Incident tools</source>
        <translation>Werkzeuge zum Incident</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1 %2</source>
        <comment>an incident tab: its number and title</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Response checklist</source>
        <translation>Checkliste der Reaktion</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>update overdue since %1</source>
        <translation>Statusmeldung überfällig seit %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>next update due %1</source>
        <translation>nächste Statusmeldung fällig %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Status: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commander: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Leitung: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Age %1</source>
        <translation>Alter %1</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit history of the entry</source>
        <translation>Änderungsverlauf des Eintrags</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Corrections never overwrite: each row is what the entry said until it was edited.</source>
        <translation>Korrekturen überschreiben nie: jede Zeile zeigt, was der Eintrag bis zur Änderung sagte.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the timeline</source>
        <translation>Zeitleiste exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Timeline written to %1</source>
        <translation>Zeitleiste nach %1 geschrieben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="-472"/>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alerts (%1)</source>
        <translation>Alarme (%1)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post a status update to the incident&apos;s channels</source>
        <translation>Eine Statusmeldung an die Kanäle des Vorfalls senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution checks and the monitoring window</source>
        <translation>Behebungsprüfungen und das Beobachtungsfenster</translation>
    </message>
</context>
<context>
    <name>sitrep::MailClient</name>
    <message>
        <location filename="../models/sync/mailclient.cpp" line="+75"/>
        <source>SMTP %1: accepted</source>
        <translation>SMTP %1: angenommen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SMTP %1: %2</source>
        <translation>SMTP %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (will not heal by retrying: check the server, the login and the addresses)</source>
        <translation> (Wiederholen hilft nicht: prüfen Sie den Server, die Anmeldung und die Adressen)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>libcurl could not start</source>
        <translation>libcurl konnte nicht starten</translation>
    </message>
</context>
<context>
    <name>sitrep::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+64"/>
        <source>Sitrep — Incident board</source>
        <translation>Sitrep — Vorfallstafel</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Loading incidents…</source>
        <translation>Vorfälle werden geladen …</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+4"/>
        <source>Could not load the incident history: %1</source>
        <translation>Die Vorfallshistorie konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Incident</source>
        <translation>&amp;Vorfall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Declare incident…</source>
        <translation>Vorfall &amp;ausrufen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Resolve selected…</source>
        <translation>Ausgewählten &amp;lösen …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Acknowledge selected</source>
        <translation>Ausgewählten &amp;bestätigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set &amp;severity</source>
        <translation>&amp;Schweregrad setzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set %1</source>
        <translation>%1 setzen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Configure Sitrep…</source>
        <translation>Sitrep ein&amp;richten …</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Team server…</source>
        <translation>&amp;Team-Server…</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Filter incidents</source>
        <translation>Vorfälle &amp;filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next incident</source>
        <translation>&amp;Nächster Vorfall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous incident</source>
        <translation>&amp;Vorheriger Vorfall</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Co&amp;mmand palette…</source>
        <translation>Befehlspal&amp;ette…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Sitrep</source>
        <translation>Über &amp;Sitrep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Sitrep</source>
        <translation>Über Sitrep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Sitrep %1&lt;/b&gt;&lt;p&gt;Incident command console.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Sitrep %1&lt;/b&gt;&lt;p&gt;Leitstand für Vorfälle.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>Board</source>
        <translation>Übersicht</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>%1 of %n incident(s) shown</source>
        <translation>
            <numerusform>%1 von %n Vorfall angezeigt</numerusform>
            <numerusform>%1 von %n Vorfällen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Board</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Open incident workspace</source>
        <translation>Arbeitsbereich des Vorfalls ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close workspace</source>
        <translation>Arbeitsbereich &amp;schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add timeline entry</source>
        <translation>Eintrag in die Zeitleiste &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>Monitoring &amp;endpoints…</source>
        <translation>Monitoring-&amp;Endpunkte…</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>A&amp;lerts inbox</source>
        <translation>A&amp;larmeingang</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>O&amp;utbox</source>
        <translation>&amp;Postausgang</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;Channels…</source>
        <translation>&amp;Kanäle…</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>SLOs</source>
        <translation>SLOs</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>&amp;SLOs and error budgets</source>
        <translation>&amp;SLOs und Fehlerbudgets</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>On call</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>O&amp;n-call schedules</source>
        <translation>Be&amp;reitschaftspläne</translation>
    </message>
    <message>
        <location line="+325"/>
        <source>On call: %1</source>
        <translation>Bereitschaft: %1</translation>
    </message>
    <message>
        <location line="-463"/>
        <source>Postmortems</source>
        <translation>Nachbetrachtungen</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>&amp;Postmortems</source>
        <translation>&amp;Nachbetrachtungen</translation>
    </message>
</context>
<context>
    <name>sitrep::MessagingService</name>
    <message>
        <location filename="../models/services/messagingservice.cpp" line="+98"/>
        <source>The template does not make valid JSON once filled in: %1 (at character %2).</source>
        <translation>Die Vorlage ergibt ausgefüllt kein gültiges JSON: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+38"/>
        <source>There is no channel named %1.</source>
        <translation>Es gibt keinen Kanal namens %1.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>channel %1 was removed before this was delivered</source>
        <translation>Kanal %1 wurde entfernt, bevor dies zugestellt wurde</translation>
    </message>
</context>
<context>
    <name>sitrep::MetricsChart</name>
    <message>
        <location filename="../ui/dashboard/metricscharts.cpp" line="+156"/>
        <source>%1, week of %2: %3</source>
        <translation>%1, Woche ab %2: %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+27"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1, %2: %3 min</source>
        <translation>%1, %2: %3 min</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1, week of %2: %3 min</source>
        <translation>%1, Woche ab %2: %3 min</translation>
    </message>
</context>
<context>
    <name>sitrep::MetricsTrendModel</name>
    <message>
        <location filename="../models/itemmodels/metricstrendmodel.cpp" line="+50"/>
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MTTA (min)</source>
        <translation>MTTA (min)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MTTD automated (min)</source>
        <translation>MTTD automatisch (min)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MTTD manual (min)</source>
        <translation>MTTD manuell (min)</translation>
    </message>
</context>
<context>
    <name>sitrep::MonitoringService</name>
    <message>
        <location filename="../models/services/monitoringservice.cpp" line="+108"/>
        <source>There is no Prometheus to evaluate the rules against: add one under Settings → Monitoring endpoints.</source>
        <translation>Es gibt kein Prometheus, gegen das die Regeln ausgewertet werden können: fügen Sie eines unter Einstellungen → Monitoring-Endpunkte hinzu.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no Prometheus to run the resolution checks against: add one under Settings → Monitoring endpoints.</source>
        <translation>Es gibt kein Prometheus für die Behebungsprüfungen: fügen Sie eines unter Einstellungen → Monitoring-Endpunkte hinzu.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Endpoint %1 uses %2 authentication: give its secret.</source>
        <translation>Endpunkt %1 nutzt %2-Authentifizierung: geben Sie das Geheimnis an.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>There is no endpoint named %1.</source>
        <translation>Es gibt keinen Endpunkt namens %1.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>There is no silence %1 created from Sitrep.</source>
        <translation>Es gibt keine von Sitrep angelegte Stummschaltung %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Silence %1 is held by endpoint &quot;%2&quot;, which is not configured any more.</source>
        <translation>Stummschaltung %1 liegt bei Endpunkt „%2“, der nicht mehr eingerichtet ist.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>There is no alert group %1.</source>
        <translation>Es gibt keine Alarmgruppe %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The alerts of group %1 came from endpoint &quot;%2&quot;, which is not configured any more.</source>
        <translation>Die Alarme der Gruppe %1 kamen von Endpunkt „%2“, der nicht mehr eingerichtet ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say why the alerts are silenced (a comment).</source>
        <translation>Sagen Sie, warum die Alarme stummgeschaltet werden (ein Kommentar).</translation>
    </message>
</context>
<context>
    <name>sitrep::OnCallCalendarDelegate</name>
    <message>
        <location filename="../ui/oncall/oncallcalendardelegate.cpp" line="+112"/>
        <source>gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+51"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+51"/>
        <source> + %1</source>
        <translation> + %1</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>2nd %1</source>
        <translation>2. %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>  (2nd %1)</source>
        <translation>  (2. %1)</translation>
    </message>
</context>
<context>
    <name>sitrep::OnCallCalendarModel</name>
    <message>
        <location filename="../models/itemmodels/oncallcalendarmodel.cpp" line="+83"/>
        <source>Week %1: %2 – %3</source>
        <translation>Woche %1: %2 – %3</translation>
    </message>
    <message>
        <location line="+132"/>
        <location line="+42"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody on call</source>
        <translation>niemand in Bereitschaft</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 – %2: %3, secondary %4</source>
        <translation>%1 – %2: %3, Zweitbereitschaft %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, also %1</source>
        <translation>, außerdem %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (override)</source>
        <translation> (Vertretung)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gap: nobody is on call for part of this time.</source>
        <translation>Lücke: in einem Teil dieser Zeit ist niemand in Bereitschaft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your time (%1): %2 – %3</source>
        <translation>Ihre Zeit (%1): %2 – %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>W%1</source>
        <translation>KW%1</translation>
    </message>
</context>
<context>
    <name>sitrep::OnCallHoursModel</name>
    <message>
        <location filename="../models/itemmodels/oncallhoursmodel.cpp" line="+72"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On call (h)</source>
        <translation>Bereitschaft (h)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nights (h)</source>
        <translation>Nächte (h)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekends (h)</source>
        <translation>Wochenenden (h)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secondary (h)</source>
        <translation>Zweitbereitschaft (h)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
</context>
<context>
    <name>sitrep::OnCallService</name>
    <message>
        <location filename="../models/services/oncallservice.cpp" line="+36"/>
        <location line="+116"/>
        <source>schedule %1</source>
        <translation>Dienstplan %1</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+122"/>
        <source>There is no on-call schedule named &quot;%1&quot;.</source>
        <translation>Es gibt keinen Dienstplan namens „%1“.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The schedule &quot;%1&quot; cannot be kept as a schedule file as it is: %2</source>
        <translation>Der Dienstplan „%1“ lässt sich nicht unverändert als Dienstplandatei speichern: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it reads back differently.</source>
        <translation>er liest sich anders zurück.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>An override needs a person.</source>
        <translation>Eine Vertretung braucht eine Person.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A replacement needs the person it replaces.</source>
        <translation>Eine Vertretung braucht die Person, die sie ersetzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A person cannot replace themselves.</source>
        <translation>Eine Person kann sich nicht selbst vertreten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not in a rotation of %2.</source>
        <translation>%1 ist in keiner Rotation von %2.</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+22"/>
        <source>The end of the range must be after its start.</source>
        <translation>Das Ende des Zeitraums muss nach seinem Anfang liegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not on the schedule %2.</source>
        <translation>%1 steht nicht im Dienstplan %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>On call: %1</source>
        <translation>Bereitschaft: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On call: %1 (%2)</source>
        <translation>Bereitschaft: %1 (%2)</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>An escalation policy needs at least one level.</source>
        <translation>Eine Eskalationsrichtlinie braucht mindestens eine Stufe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Level %1 pages nobody: name primary, secondary or a person.</source>
        <translation>Stufe %1 alarmiert niemanden: nennen Sie primary, secondary oder eine Person.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Level %1 must wait at least a minute.</source>
        <translation>Stufe %1 muss mindestens eine Minute warten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeats and expected times cannot be negative or zero minutes.</source>
        <translation>Wiederholungen und erwartete Zeiten dürfen nicht negativ oder null Minuten sein.</translation>
    </message>
</context>
<context>
    <name>sitrep::OnCallView</name>
    <message>
        <location filename="../ui/oncall/oncallview.cpp" line="+56"/>
        <source>Override…</source>
        <translation>Vertretung…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import schedule…</source>
        <translation>Dienstplan importieren…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schedule file (YAML)…</source>
        <translation>Dienstplan-Datei (YAML)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar of this period (.ics)…</source>
        <translation>Kalender dieses Zeitraums (.ics)…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours report</source>
        <translation>Stundenbericht</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+42"/>
        <source>Schedule</source>
        <translation>Dienstplan</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>From files (Sitrep, PagerDuty, Opsgenie)…</source>
        <translation>Aus Dateien (Sitrep, PagerDuty, Opsgenie)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From PagerDuty&apos;s or Opsgenie&apos;s API…</source>
        <translation>Über die API von PagerDuty oder Opsgenie…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No on-call schedule yet.
Import a schedule file (YAML, the shape of the seed&apos;s onCallSchedule) with &quot;Import schedule…&quot; or sitrepctl oncall import FILE.</source>
        <translation>Noch kein Dienstplan.
Importieren Sie eine Dienstplan-Datei (YAML, in der Form des onCallSchedule aus dem Leitfaden) mit „Dienstplan importieren…“ oder sitrepctl oncall import DATEI.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous period</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next period</source>
        <translation>Nächster Zeitraum</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select days or hours on the calendar, then create an override for them.</source>
        <translation>Wählen Sie Tage oder Stunden im Kalender und legen Sie dann eine Vertretung dafür an.</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the hours report</source>
        <translation>Stundenbericht exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+178"/>
        <location line="+12"/>
        <source>Exported %1.</source>
        <translation>%1 exportiert.</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On call means primary (or added by an override); nights are 22:00–06:00 and weekends Saturday and Sunday, in each schedule&apos;s zone. Every schedule counts.</source>
        <translation>Bereitschaft heißt primär (oder durch eine Vertretung hinzugefügt); Nächte sind 22:00–06:00 und Wochenenden Samstag und Sonntag, in der Zeitzone des jeweiligen Dienstplans. Jeder Dienstplan zählt.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Times in %1.</source>
        <translation>Zeiten in %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times in %1 (the schedule&apos;s zone); hover a cell for your own time (%2).</source>
        <translation>Zeiten in %1 (der Zeitzone des Dienstplans); zeigen Sie auf eine Zelle für Ihre eigene Zeit (%2).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;b&gt;On call now&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;font-size:large&apos;&gt;%1&lt;/span&gt;&lt;br&gt;Secondary: %2&lt;br&gt;Handoff %3 (in %4)</source>
        <translation>&lt;b&gt;Jetzt in Bereitschaft&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;font-size:large&apos;&gt;%1&lt;/span&gt;&lt;br&gt;Zweitbereitschaft: %2&lt;br&gt;Übergabe %3 (in %4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;On call now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Jetzt in Bereitschaft&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is on call.</source>
        <translation>Niemand ist in Bereitschaft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>&lt;b&gt;Next 30 days&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nächste 30 Tage&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>No gaps.</source>
        <translation>Keine Lücken.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n gap(s) with nobody on call:&lt;br&gt;%1</source>
        <translation>
            <numerusform>%n Lücke ohne Bereitschaft:&lt;br&gt;%1</numerusform>
            <numerusform>%n Lücken ohne Bereitschaft:&lt;br&gt;%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>gap: nobody on call</source>
        <translation>Lücke: niemand in Bereitschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;People&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;&lt;i&gt;Hatched: an override. Lower bar or right strip: the secondary.&lt;/i&gt;</source>
        <translation>&lt;b&gt;Personen&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;&lt;i&gt;Schraffiert: eine Vertretung. Unterer Balken oder rechter Streifen: die Zweitbereitschaft.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Override added to %1.</source>
        <translation>Vertretung zu %1 hinzugefügt.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Schedule files (*.yaml *.yml)</source>
        <translation>Dienstplan-Dateien (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Export the calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export the schedule</source>
        <translation>Dienstplan exportieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The end of the range must be after its start.</source>
        <translation>Das Ende des Zeitraums muss nach seinem Anfang liegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Balance %1: the average over pairs of people of the shorter over the longer on-call time (1 is an even load).</source>
        <translation>Ausgewogenheit %1: der Mittelwert über Personenpaare der kürzeren durch die längere Bereitschaftszeit (1 ist eine gleiche Last).</translation>
    </message>
    <message>
        <location line="-294"/>
        <source>For the next person: open incidents, things to watch…</source>
        <translation>Für die nächste Person: offene Vorfälle, worauf zu achten ist…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save handoff note</source>
        <translation>Übergabenotiz speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Handoff note saved.</source>
        <translation>Übergabenotiz gespeichert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;Next handoff&lt;/b&gt;&lt;br&gt;None in the next 60 days.</source>
        <translation>&lt;b&gt;Nächste Übergabe&lt;/b&gt;&lt;br&gt;Keine in den nächsten 60 Tagen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Next handoff&lt;/b&gt;&lt;br&gt;%1: %2 → %3</source>
        <translation>&lt;b&gt;Nächste Übergabe&lt;/b&gt;&lt;br&gt;%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note from %1 for %2:
%3</source>
        <translation>Notiz von %1 für %2:
%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No handoff note yet: %1, leave one for %2.</source>
        <translation>Noch keine Übergabenotiz: %1, hinterlassen Sie eine für %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outgoing person</source>
        <translation>übergebende Person</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no handoff coming up.</source>
        <translation>Es steht keine Übergabe an.</translation>
    </message>
    <message>
        <location line="-231"/>
        <source>Escalation policy…</source>
        <translation>Eskalationsrichtlinie…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Escalation policy of %1 saved.</source>
        <translation>Eskalationsrichtlinie von %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>sitrep::OutboxDispatcher</name>
    <message>
        <location filename="../models/services/outboxdispatcher.cpp" line="+79"/>
        <source>There is no outbox message %1.</source>
        <translation>Es gibt keine Postausgangsnachricht %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Message %1 was already delivered.</source>
        <translation>Nachricht %1 wurde bereits zugestellt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Message %1 was already delivered; it cannot be called back.</source>
        <translation>Nachricht %1 wurde bereits zugestellt; sie kann nicht zurückgeholt werden.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>channel %1 has been removed</source>
        <translation>Kanal %1 wurde entfernt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the keychain did not give the channel&apos;s secret: %1</source>
        <translation>der Schlüsselbund gab das Geheimnis des Kanals nicht heraus: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>could not open the incident&apos;s Slack channel: %1</source>
        <translation>der Slack-Kanal des Vorfalls konnte nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>sitrep::OutboxModel</name>
    <message>
        <location filename="../models/itemmodels/outboxmodel.cpp" line="+99"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retry at %1</source>
        <translation>erneut um %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>delivered %1</source>
        <translation>zugestellt %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Queued (UTC)</source>
        <translation>Eingereiht (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiver&apos;s answer</source>
        <translation>Antwort des Empfängers</translation>
    </message>
</context>
<context>
    <name>sitrep::OutboxView</name>
    <message>
        <location filename="../ui/outbox/outboxview.cpp" line="+23"/>
        <source>Outgoing messages</source>
        <translation>Ausgehende Nachrichten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Retry now</source>
        <translation>&amp;Jetzt wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Messages to each channel go out in order, retried with backoff until the receiver takes them; errors that retrying cannot fix (a revoked webhook, a bad token) stop and show here.</source>
        <translation>Nachrichten an jeden Kanal gehen der Reihe nach hinaus und werden mit wachsendem Abstand wiederholt, bis der Empfänger sie annimmt; Fehler, die Wiederholen nicht behebt (ein widerrufener Webhook, ein falsches Token), halten an und erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>sitrep::OverrideDialog</name>
    <message>
        <location filename="../ui/oncall/overridedialog.cpp" line="+28"/>
        <source>New override on %1</source>
        <translation>Neue Vertretung in %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace someone</source>
        <translation>Jemanden vertreten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add someone beside whoever is on call</source>
        <translation>Jemanden zusätzlich in Bereitschaft setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take someone off call</source>
        <translation>Jemanden aus der Bereitschaft nehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take over the schedule (also where nobody is on call)</source>
        <translation>Den Dienst übernehmen (auch wo niemand Bereitschaft hat)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces</source>
        <translation>Vertritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times in %1.</source>
        <translation>Zeiten in %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add override</source>
        <translation>Vertretung anlegen</translation>
    </message>
</context>
<context>
    <name>sitrep::PostmortemActionsModel</name>
    <message>
        <location filename="../models/itemmodels/postmortemactionsmodel.cpp" line="+30"/>
        <source>Add action item</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove action item</source>
        <translation>Maßnahme entfernen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Edit %1 of action item %2</source>
        <translation>%1 von Maßnahme %2 bearbeiten</translation>
    </message>
</context>
<context>
    <name>sitrep::PostmortemEditor</name>
    <message>
        <location filename="../models/itemmodels/postmortemeditor.cpp" line="+91"/>
        <source>The postmortem cannot be Complete yet; it needs %1.</source>
        <translation>Das Postmortem kann noch nicht abgeschlossen werden; es fehlt %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back to In review: the postmortem now needs %1.</source>
        <translation>Zurück auf „In Prüfung“: die Nachbetrachtung braucht jetzt %1.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The open postmortem has edits that could not be saved, so it stays open; try again once the problem shown is solved.</source>
        <translation>Die offene Nachbetrachtung hat Änderungen, die nicht gespeichert werden konnten, und bleibt deshalb offen; versuchen Sie es erneut, sobald das angezeigte Problem gelöst ist.</translation>
    </message>
</context>
<context>
    <name>sitrep::PostmortemFiles</name>
    <message>
        <location filename="../ui/postmortem/postmortemfiles.cpp" line="+53"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imported as In review: it is not complete yet.</source>
        <translation>Als „In Prüfung“ importiert: sie ist noch nicht vollständig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not placed: %1</source>
        <translation>Nicht zugeordnet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported %1</source>
        <translation>%1 importiert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import a Markdown postmortem</source>
        <translation>Eine Nachbetrachtung in Markdown importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Export the postmortem as Markdown</source>
        <translation>Nachbetrachtung als Markdown exportieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the review invitation</source>
        <translation>Einladung zur Besprechung speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the postmortem as PDF</source>
        <translation>Nachbetrachtung als PDF exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
</context>
<context>
    <name>sitrep::PostmortemForm</name>
    <message>
        <location filename="../ui/postmortem/postmortemform.cpp" line="+83"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>What happened, the impact, and how it was resolved.</source>
        <translation>Was geschah, die Auswirkung, und wie es gelöst wurde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline (UTC)</source>
        <translation>Zeitleiste (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One event per line: 14:23 First alerts for increased error rates</source>
        <translation>Ein Ereignis pro Zeile: 14:23 Erste Alarme wegen erhöhter Fehlerraten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Root Cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it happened, not only what broke.</source>
        <translation>Warum es geschah, nicht nur was kaputtging.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One step per line, in order.</source>
        <translation>Ein Schritt pro Zeile, der Reihe nach.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What Went Well</source>
        <translation>Was gut lief</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>One point per line.</source>
        <translation>Ein Punkt pro Zeile.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What Went Wrong</source>
        <translation>Was schlecht lief</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action Items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lessons Learned</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One lesson per line.</source>
        <translation>Eine Erkenntnis pro Zeile.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Related Incidents</source>
        <translation>Verwandte Vorfälle</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved %1 UTC</source>
        <translation>Gespeichert %1 UTC</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF, A4…</source>
        <translation>PDF, A4…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF, Letter…</source>
        <translation>PDF, Letter…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Review invite…</source>
        <translation>Einladung zur Besprechung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An iCalendar invitation to the review for the responders and leads.</source>
        <translation>Eine iCalendar-Einladung zur Besprechung für die Beteiligten und Leitungen.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postmortem:</source>
        <translation>Nachbetrachtung:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Names, separated by commas</source>
        <translation>Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authors:</source>
        <translation>Autoren:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Severity:</source>
        <translation>Schweregrad:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why it differs from the incident&apos;s own times</source>
        <translation>Warum sie von den Zeiten des Vorfalls abweicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration reason</source>
        <translation>Grund für die Dauer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Users affected</source>
        <translation>Betroffene Nutzer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>% of active users</source>
        <translation> % der aktiven Nutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share of active users not known</source>
        <translation>Anteil der aktiven Nutzer unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of active users</source>
        <translation>Anteil der aktiven Nutzer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Users affected:</source>
        <translation>Betroffene Nutzer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>$15,000 estimated</source>
        <translation>15.000 $ geschätzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue impact</source>
        <translation>Umsatzauswirkung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue impact:</source>
        <translation>Umsatzauswirkung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API, Web App, Mobile App</source>
        <translation>API, Web-App, Mobile App</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services affected</source>
        <translation>Betroffene Dienste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services affected:</source>
        <translation>Betroffene Dienste:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add action item</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="-296"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <location line="+286"/>
        <source>Ready to be Complete: everything the template needs is here.</source>
        <translation>Bereit zum Abschluss: alles, was die Vorlage braucht, ist da.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To be Complete it still needs: %1.</source>
        <translation>Zum Abschluss fehlt noch: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write the duration as &quot;2 hours 35 minutes&quot;; %1 is kept until then.</source>
        <translation>Schreiben Sie die Dauer als „2 hours 35 minutes“; bis dahin bleibt %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The incident&apos;s own times give %1: say why this differs.</source>
        <translation>Die Zeiten des Vorfalls ergeben %1: sagen Sie, warum das abweicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The incident&apos;s own times give %1.</source>
        <translation>Die Zeiten des Vorfalls ergeben %1.</translation>
    </message>
    <message>
        <location line="-299"/>
        <source>Import Markdown…</source>
        <translation>Markdown importieren…</translation>
    </message>
</context>
<context>
    <name>sitrep::PostmortemService</name>
    <message>
        <location filename="../models/services/postmortemservice.cpp" line="+111"/>
        <source>$%1 per hour while it lasted</source>
        <translation>$%1 pro Stunde, solange es dauerte</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The postmortem cannot be Complete yet; it needs %1.</source>
        <translation>Das Postmortem kann noch nicht abgeschlossen werden; es fehlt %1.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Incident #%1&apos;s postmortem has no action item %2 any more.</source>
        <translation>Die Nachbetrachtung von Vorfall #%1 hat keine Maßnahme %2 mehr.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Postmortem review: %1</source>
        <translation>Besprechung der Nachbetrachtung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review of the postmortem of incident #%1 (%2).
Attendees: %3</source>
        <translation>Besprechung der Nachbetrachtung von Vorfall #%1 (%2).
Teilnehmende: %3</translation>
    </message>
</context>
<context>
    <name>sitrep::PostmortemsDueModel</name>
    <message>
        <location filename="../models/itemmodels/postmortemsduemodel.cpp" line="+90"/>
        <source>Review %1 UTC with %2</source>
        <translation>Besprechung %1 UTC mit %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Needs %1</source>
        <translation>Braucht %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not scheduled</source>
        <translation>nicht angesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ready to complete</source>
        <translation>bereit zum Abschluss</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postmortem</source>
        <translation>Nachbetrachtung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To complete</source>
        <translation>Bis zum Abschluss</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1 missing</source>
        <translation>%1 fehlen</translation>
    </message>
</context>
<context>
    <name>sitrep::PostmortemsView</name>
    <message>
        <location filename="../ui/postmortem/postmortemsview.cpp" line="+33"/>
        <source>Postmortem pages</source>
        <translation>Postmortem-Seiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>Postmortems due</source>
        <translation>Fällige Nachbetrachtungen</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Invited to every review besides the incident&apos;s responders. People with an e-mail address get the calendar invitation.</source>
        <translation>Zu jeder Besprechung eingeladen, neben den Beteiligten des Vorfalls. Wer eine E-Mail-Adresse hat, bekommt die Kalendereinladung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the review leads</source>
        <translation>Die Leitungen der Besprechungen ändern</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Every status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overdue only</source>
        <translation>Nur überfällige</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Owner:</source>
        <translation>Verantwortlich:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No leads at every review: only the incident&apos;s responders are invited.</source>
        <translation>Keine Leitungen bei jeder Besprechung: eingeladen werden nur die Beteiligten des Vorfalls.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leads at every review: %1</source>
        <translation>Leitungen bei jeder Besprechung: %1</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>No postmortem open. Resolving an incident opens its postmortem in the list on the left; the board&apos;s Postmortem button opens the one of any resolved incident.</source>
        <translation>Keine Nachbetrachtung geöffnet. Das Lösen eines Vorfalls öffnet seine Nachbetrachtung in der Liste links; der Knopf „Nachbetrachtung“ in der Übersicht öffnet die jedes gelösten Vorfalls.</translation>
    </message>
</context>
<context>
    <name>sitrep::PrometheusClient</name>
    <message>
        <location filename="../models/sync/prometheusclient.cpp" line="+39"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>sitrep::ProviderApi</name>
    <message>
        <location filename="../models/sync/providerapi.cpp" line="+31"/>
        <source>%1&apos;s API URL must use https (http only to this machine), since the key travels with every request: %2</source>
        <translation>Die API-URL von %1 muss https verwenden (http nur zu diesem Rechner), da der Schlüssel mit jeder Anfrage übertragen wird: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%1 limits how often it is asked (HTTP 429 on %2) and asks to wait %n second(s); try the import again later.</source>
        <translation>
            <numerusform>%1 begrenzt, wie oft es gefragt wird (HTTP 429 bei %2), und bittet, %n Sekunde zu warten; versuchen Sie den Import später erneut.</numerusform>
            <numerusform>%1 begrenzt, wie oft es gefragt wird (HTTP 429 bei %2), und bittet, %n Sekunden zu warten; versuchen Sie den Import später erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1&apos;s answer to %2 is larger than %3 MiB; import fewer schedules at a time with --schedule NAME.</source>
        <translation>Die Antwort von %1 auf %2 ist größer als %3 MiB; importieren Sie mit --schedule NAME weniger Dienstpläne auf einmal.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1&apos;s answer to %2 is not a JSON object%3.</source>
        <translation>Die Antwort von %1 auf %2 ist kein JSON-Objekt%3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 did not answer %2: %3</source>
        <translation>%1 hat auf %2 nicht geantwortet: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>keine Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>keine Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 refused the key (HTTP %2 on %3): %4. Check that it is an API key with read access.</source>
        <translation>%1 hat den Schlüssel abgelehnt (HTTP %2 bei %3): %4. Prüfen Sie, ob es ein API-Schlüssel mit Lesezugriff ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 does not know %2 (HTTP 404): %3</source>
        <translation>%1 kennt %2 nicht (HTTP 404): %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answered %2 with HTTP %3: %4</source>
        <translation>%1 hat %2 mit HTTP %3 beantwortet: %4</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 lists no schedules for this key.</source>
        <translation>%1 listet für diesen Schlüssel keine Dienstpläne.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has no schedule named &quot;%2&quot;; it has: %3.</source>
        <translation>%1 hat keinen Dienstplan namens „%2“; vorhanden sind: %3.</translation>
    </message>
</context>
<context>
    <name>sitrep::ProviderImport</name>
    <message>
        <location filename="../models/services/providerimport.cpp" line="+35"/>
        <source>The %1 API key is empty or has spaces or characters no key has.</source>
        <translation>Der API-Schlüssel für %1 ist leer oder enthält Leerzeichen oder Zeichen, die kein Schlüssel enthält.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 Pass the %2 API key with --secret-stdin (and --keep-key to keep it in the keychain).</source>
        <translation>%1 Übergeben Sie den API-Schlüssel für %2 mit --secret-stdin (und --keep-key, um ihn im Schlüsselbund zu behalten).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kept key is empty.</source>
        <translation>Der behaltene Schlüssel ist leer.</translation>
    </message>
</context>
<context>
    <name>sitrep::ProviderImportDialog</name>
    <message>
        <location filename="../ui/oncall/providerimportdialog.cpp" line="+25"/>
        <source>Keep the key in the keychain for the next import</source>
        <translation>Schlüssel für den nächsten Import im Schlüsselbund behalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import from PagerDuty or Opsgenie</source>
        <translation>Aus PagerDuty oder Opsgenie importieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>empty: the key kept in the keychain</source>
        <translation>leer: der im Schlüsselbund behaltene Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty: all of them; or names separated by commas</source>
        <translation>leer: alle; oder Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sitrep reads the schedules, overrides, escalation policies and people, and compares the next four weeks with the provider&apos;s own shifts. Nothing is saved before you have read the report.</source>
        <translation>Sitrep liest die Dienstpläne, Vertretungen, Eskalationsrichtlinien und Personen und vergleicht die nächsten vier Wochen mit den Schichten, die der Anbieter selbst berechnet. Gespeichert wird erst, wenn Sie den Bericht gelesen haben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch</source>
        <translation>Abrufen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedules</source>
        <translation>Dienstpläne</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The API address must be a URL such as https://api.opsgenie.com, not &quot;%1&quot;.</source>
        <translation>Die API-Adresse muss eine URL wie https://api.opsgenie.com sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the kept key from the keychain…</source>
        <translation>Behaltenen Schlüssel aus dem Schlüsselbund lesen…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Asking %1…</source>
        <translation>%1 wird gefragt…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The key was not kept: %1</source>
        <translation>Der Schlüssel wurde nicht behalten: %1</translation>
    </message>
</context>
<context>
    <name>sitrep::RelatedIncidentsEdit</name>
    <message>
        <location filename="../ui/postmortem/relatedincidentsedit.cpp" line="+21"/>
        <source>Tick the incidents with the same root cause: they count as repeat incidents.</source>
        <translation>Vorfälle mit derselben Grundursache ankreuzen: sie zählen als Wiederholungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Same root cause</source>
        <translation>Dieselbe Grundursache</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add related</source>
        <translation>Verwandten hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove related incident</source>
        <translation>Verwandten Vorfall entfernen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2 (same root cause)</source>
        <translation>%1: %2 (dieselbe Grundursache)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Same root cause: a repeat incident</source>
        <translation>Dieselbe Grundursache: ein wiederholter Vorfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related, with another root cause</source>
        <translation>Verwandt, mit anderer Grundursache</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add related incident</source>
        <translation>Verwandten Vorfall hinzufügen</translation>
    </message>
</context>
<context>
    <name>sitrep::ResolutionCheckModel</name>
    <message>
        <location filename="../models/itemmodels/resolutioncheckmodel.cpp" line="+77"/>
        <source>%1 (first run only)</source>
        <translation>%1 (nur beim ersten Lauf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not run</source>
        <translation>nicht gelaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holds</source>
        <translation>hält</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fails</source>
        <translation>scheitert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>sitrep::ResolutionPanel</name>
    <message>
        <location filename="../ui/incident/resolutionpanel.cpp" line="+31"/>
        <source>Resolution checks</source>
        <translation>Behebungsprüfungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+70"/>
        <source>&amp;Run checks</source>
        <translation>&amp;Prüfungen starten</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Ask Prometheus now whether the metrics are back to normal.</source>
        <translation>Prometheus jetzt fragen, ob die Metriken wieder normal sind.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Declared by hand or from an alert, not by a detection rule.</source>
        <translation>Von Hand oder aus einem Alarm ausgerufen, nicht durch eine Erkennungsregel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opened by rule %1 at %2: value %3, threshold %4 (%5).</source>
        <translation>Eröffnet durch Regel %1 um %2: Wert %3, Schwelle %4 (%5).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No Prometheus endpoint is configured, so there are no resolution checks: resolve is offered at once. Add one under Settings → Monitoring endpoints.</source>
        <translation>Kein Prometheus-Endpunkt eingerichtet, daher gibt es keine Behebungsprüfungen: Beheben ist sofort möglich. Fügen Sie einen unter Einstellungen → Monitoring-Endpunkte hinzu.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking…</source>
        <translation>Prüfe…</translation>
    </message>
</context>
<context>
    <name>sitrep::ResolutionVerifier</name>
    <message>
        <location filename="../models/services/resolutionverifier.cpp" line="+56"/>
        <source>Incident #%1 is already resolved.</source>
        <translation>Vorfall #%1 ist bereits behoben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no resolution checks: add them under verify: in the rules file.</source>
        <translation>Es gibt keine Behebungsprüfungen: fügen Sie sie unter verify: in der Regeldatei hinzu.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The resolution checks are not verified yet: %1 Give a reason to resolve anyway.</source>
        <translation>Die Behebungsprüfungen sind noch nicht bestätigt: %1 Geben Sie einen Grund an, um trotzdem zu beheben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resolved without verified checks (%1). Reason: %2</source>
        <translation>Ohne bestätigte Prüfungen behoben (%1). Grund: %2</translation>
    </message>
</context>
<context>
    <name>sitrep::ResolveDialog</name>
    <message>
        <location filename="../ui/board/resolvedialog.cpp" line="+17"/>
        <source>Resolve incident</source>
        <translation>Vorfall lösen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What fixed it? (required)</source>
        <translation>Was hat ihn behoben? (Pflicht)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why did it happen? (can be filled in later)</source>
        <translation>Warum ist es passiert? (kann später ergänzt werden)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Resolution:</source>
        <translation>&amp;Lösung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root &amp;cause:</source>
        <translation>&amp;Grundursache:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Resolve</source>
        <translation>&amp;Lösen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Say what fixed it: the resolution is required.</source>
        <translation>Sagen Sie, was ihn behoben hat: die Lösung ist Pflicht.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Why resolve anyway? (recorded on the timeline)</source>
        <translation>Warum trotzdem beheben? (wird in der Zeitleiste festgehalten)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Override reason:</source>
        <translation>&amp;Grund für das Übergehen:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The resolution checks are not verified yet. %1</source>
        <translation>Die Behebungsprüfungen sind noch nicht bestätigt. %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Say why you resolve before the checks are verified.</source>
        <translation>Sagen Sie, warum Sie vor der Bestätigung der Prüfungen beheben.</translation>
    </message>
</context>
<context>
    <name>sitrep::ReviewLeadsPage</name>
    <message>
        <location filename="../ui/settings/reviewleadspage.cpp" line="+23"/>
        <source>Invited to every postmortem review besides the incident&apos;s responders. Those with an e-mail address get the calendar invitation. Changes apply to reviews scheduled from now on.</source>
        <translation>Zu jeder Postmortem-Besprechung eingeladen, zusätzlich zu den Beteiligten des Vorfalls. Wer eine E-Mail-Adresse hat, erhält die Kalendereinladung. Änderungen gelten für Besprechungen, die ab jetzt angesetzt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Review leads</source>
        <translation>Leitung der Reviews</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New review lead</source>
        <translation>Neue Leitung der Reviews</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cto@example.com or a name</source>
        <translation>cto@example.com oder ein Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Type an e-mail address or a name first.</source>
        <translation>Geben Sie zuerst eine E-Mail-Adresse oder einen Namen ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One lead at a time: &quot;%1&quot; has a comma.</source>
        <translation>Eine Leitung nach der anderen: „%1“ enthält ein Komma.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a lead already.</source>
        <translation>%1 ist bereits eine Leitung.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is invited to every new review.</source>
        <translation>%1 wird zu jeder neuen Besprechung eingeladen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is no longer invited to new reviews.</source>
        <translation>%1 wird nicht mehr zu neuen Besprechungen eingeladen.</translation>
    </message>
</context>
<context>
    <name>sitrep::RunbooksPage</name>
    <message>
        <location filename="../ui/settings/runbookspage.cpp" line="+36"/>
        <source>Runbooks are Markdown files with the template&apos;s sections. Yours are in %1; one with the name of a shipped runbook replaces it.</source>
        <translation>Runbooks sind Markdown-Dateien mit den Abschnitten der Vorlage. Ihre liegen in %1; eines mit dem Namen eines mitgelieferten Runbooks ersetzt dieses.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Runbooks</source>
        <translation>Runbooks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Open in editor</source>
        <translation>Im Editor ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected runbook in the desktop&apos;s editor; a shipped one is copied into your folder first.</source>
        <translation>Das gewählte Runbook im Editor der Arbeitsumgebung öffnen; ein mitgeliefertes wird zuerst in Ihren Ordner kopiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the folder again after editing.</source>
        <translation>Den Ordner nach dem Bearbeiten neu lesen.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>shipped</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yours</source>
        <translation>Ihres</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pick a runbook first.</source>
        <translation>Wählen Sie zuerst ein Runbook.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not create %1.</source>
        <translation>%1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not copy the runbook to %1.</source>
        <translation>Das Runbook konnte nicht nach %1 kopiert werden.</translation>
    </message>
</context>
<context>
    <name>sitrep::ScheduleImports</name>
    <message>
        <location filename="../ui/oncall/scheduleimports.cpp" line="+20"/>
        <source>Imported the on-call schedule %1.</source>
        <translation>Dienstplan %1 importiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sitrep schedule files (*.yaml *.yml)</source>
        <translation>Sitrep-Dienstplandateien (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PagerDuty&apos;s REST answers (*.json)</source>
        <translation>Antworten der REST-API von PagerDuty (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opsgenie&apos;s REST answers (*.json)</source>
        <translation>Antworten der REST-API von Opsgenie (*.json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import on-call schedules</source>
        <translation>Bereitschaftspläne importieren</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Imported %n on-call schedule(s): %1.</source>
        <translation>
            <numerusform>%n Bereitschaftsplan importiert: %1.</numerusform>
            <numerusform>%n Bereitschaftspläne importiert: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitrep::SecretStore</name>
    <message>
        <location filename="../models/sync/secretstore.cpp" line="+18"/>
        <source>No secret is stored under &quot;%1&quot;.</source>
        <translation>Unter „%1“ ist kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No system keychain is available (%1). Sitrep keeps secrets only in the keychain; start one, such as GNOME Keyring or KWallet.</source>
        <translation>Kein Systemschlüsselbund verfügbar (%1). Sitrep bewahrt Geheimnisse nur im Schlüsselbund auf; starten Sie einen, etwa GNOME Keyring oder KWallet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain refused the request: %1</source>
        <translation>Der Schlüsselbund hat die Anfrage abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>sitrep::SettingsWindow</name>
    <message>
        <location filename="../ui/settings/settingswindow.cpp" line="+28"/>
        <source>Configure Sitrep</source>
        <translation>Sitrep einrichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings pages</source>
        <translation>Seiten der Einstellungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monitoring endpoints</source>
        <translation>Monitoring-Endpunkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Team server</source>
        <translation>Team-Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity policy</source>
        <translation>Schweregrad-Richtlinie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detection rules</source>
        <translation>Erkennungsregeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response checklists</source>
        <translation>Reaktions-Checklisten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The response checklist by phase, with when each item is due, in the documented JSON format. Ticks already made are kept by item key.</source>
        <translation>Die Reaktions-Checkliste nach Phasen, mit der Fälligkeit jedes Punkts, im dokumentierten JSON-Format. Bereits gesetzte Haken bleiben über den Schlüssel des Punkts erhalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Runbooks</source>
        <translation>Runbooks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postmortem reviews</source>
        <translation>Postmortem-Besprechungen</translation>
    </message>
</context>
<context>
    <name>sitrep::SeverityLevelsForm</name>
    <message>
        <location filename="../ui/settings/severitylevelsform.cpp" line="+42"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each level&apos;s name and criteria, how fast someone must respond, and how often stakeholders are owed an update. Only what you change is written to %1; the rest stays as shipped. New incidents and the next update due follow it at once.</source>
        <translation>Name und Kriterien jeder Stufe, wie schnell jemand reagieren muss und wie oft die Beteiligten ein Update erwarten. Nur was Sie ändern, wird in %1 geschrieben; der Rest bleibt wie ausgeliefert. Neue Vorfälle und das nächste fällige Update richten sich sofort danach.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the file&apos;s levels again, dropping what was typed.</source>
        <translation>Die Stufen der Datei wieder anzeigen und das Eingetippte verwerfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset to &amp;defaults</source>
        <translation>&amp;Voreinstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what Sitrep ships; Save removes your file.</source>
        <translation>Zeigt, was Sitrep ausliefert; Speichern entfernt Ihre Datei.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 name</source>
        <translation>Name von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 criteria, one per line</source>
        <translation>Kriterien von %1, eines pro Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One criterion per line.</source>
        <translation>Ein Kriterium pro Zeile.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 response target</source>
        <translation>Reaktionsziel von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Immediately</source>
        <translation>Sofort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within</source>
        <comment>a response target: within a time</comment>
        <translation>Innerhalb von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By the next business day</source>
        <translation>Bis zum nächsten Werktag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 respond within</source>
        <translation>%1 reagieren innerhalb von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 15m or 1h</source>
        <translation>z. B. 15m oder 1h</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 update every</source>
        <translation>%1 Update alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 30m, 1h or 1d</source>
        <translation>z. B. 30m, 1h oder 1d</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Respond</source>
        <translation>Reagieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update every</source>
        <translation>Update alle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Respond within: %1</source>
        <translation>Reagieren innerhalb von: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update every: %1</source>
        <translation>Update alle: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the marked fields to save: %1</source>
        <translation>Korrigieren Sie die markierten Felder, um zu speichern: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved and in force.</source>
        <translation>Gespeichert und in Kraft.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 The form shows the shipped levels, which are in force; saving replaces the file. Its text is on the File tab.</source>
        <translation>%1 Das Formular zeigt die ausgelieferten Stufen, die in Kraft sind; Speichern ersetzt die Datei. Ihr Text steht auf dem Reiter „Datei“.</translation>
    </message>
</context>
<context>
    <name>sitrep::SeverityMetricsModel</name>
    <message>
        <location filename="../models/itemmodels/severitymetricsmodel.cpp" line="+34"/>
        <source>%1 of %2 acknowledged within the SLA&apos;s support response time</source>
        <translation>%1 von %2 innerhalb der Reaktionszeit des SLA bestätigt</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MTTR (min)</source>
        <translation>MTTR (min)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MTTR before (min)</source>
        <translation>MTTR davor (min)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MTTA (min)</source>
        <translation>MTTA (min)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response in SLA (%)</source>
        <translation>Reaktion im SLA (%)</translation>
    </message>
</context>
<context>
    <name>sitrep::SeverityPolicyPage</name>
    <message>
        <location filename="../ui/settings/severitypolicypage.cpp" line="+15"/>
        <source>The same policy in the documented JSON format. Your file overrides what it names; the rest stays as shipped.</source>
        <translation>Dieselbe Richtlinie im dokumentierten JSON-Format. Ihre Datei überschreibt, was sie nennt; der Rest bleibt wie ausgeliefert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Severity policy</source>
        <translation>Schweregrad-Richtlinie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Levels</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <comment>the severity policy&apos;s file, as text</comment>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>sitrep::ShortcutsDialog</name>
    <message>
        <location filename="../ui/mainwindow/shortcutsdialog.cpp" line="+15"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <comment>what a shortcut does</comment>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>sitrep::SlaTableModel</name>
    <message>
        <location filename="../models/itemmodels/slooverviewmodel.cpp" line="+175"/>
        <source>The month is not over, or the cache does not reach its start: the figure covers the part of it Sitrep has data for.</source>
        <translation>Der Monat ist nicht vorbei, oder der Cache reicht nicht bis zu seinem Anfang: die Zahl gilt für den Teil, für den Sitrep Daten hat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (so far)</source>
        <translation>%1 (bisher)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 % of the fee</source>
        <translation>%1 % der Gebühr</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLA credit</source>
        <translation>SLA-Gutschrift</translation>
    </message>
</context>
<context>
    <name>sitrep::SloCardDelegate</name>
    <message>
        <location filename="../ui/slo/slocarddelegate.cpp" line="+107"/>
        <source>%1 · target %2</source>
        <translation>%1 · Ziel %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>budget left · burn %1 · %2</source>
        <translation>Budget übrig · Verbrauch %1 · %2</translation>
    </message>
</context>
<context>
    <name>sitrep::SloChartView</name>
    <message>
        <location filename="../ui/slo/slochartview.cpp" line="+39"/>
        <source>Drag or turn the wheel to zoom, arrow keys to move, double-click for the whole window.</source>
        <translation>Ziehen oder Mausrad zum Zoomen, Pfeiltasten zum Verschieben, Doppelklick für das ganze Fenster.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>%1
%2: %3%4</source>
        <translation>%1
%2: %3%4</translation>
    </message>
</context>
<context>
    <name>sitrep::SloChartsPanel</name>
    <message>
        <location filename="../ui/slo/slochartspanel.cpp" line="+36"/>
        <source>Error budget left</source>
        <translation>Verbleibendes Fehlerbudget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burn rate (1-hour window)</source>
        <translation>Verbrauchsrate (1-Stunden-Fenster)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLI (1-hour window)</source>
        <translation>SLI (1-Stunden-Fenster)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pick an SLO to see its charts.</source>
        <translation>Ein SLO wählen, um seine Diagramme zu sehen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2. Target %3 over %4; budget %5 min, %6 left.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2. Ziel %3 über %4; Budget %5 min, %6 übrig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+32"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Ideal burn-down</source>
        <translation>Idealer Verbrauch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget left</source>
        <translation>Budget übrig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Page: %1× (%2)</source>
        <translation>Page: %1× (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket: %1× (%2)</source>
        <translation>Ticket: %1× (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Burn rate</source>
        <translation>Verbrauchsrate</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLI</source>
        <translation>SLI</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Incident %1: %2</source>
        <translation>Incident %1: %2</translation>
    </message>
</context>
<context>
    <name>sitrep::SloOverviewModel</name>
    <message>
        <location filename="../models/itemmodels/slooverviewmodel.cpp" line="-171"/>
        <source>no traffic</source>
        <translation>kein Verkehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Page</source>
        <comment>burn alert: wake someone now</comment>
        <translation>Sofort alarmieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket</source>
        <comment>burn alert: look during working hours</comment>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (%2, target %3): %4 budget left, burn %5, %6</source>
        <translation>%1 (%2, Ziel %3): %4 Budget übrig, Verbrauch %5, %6</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 of %2 slices over %3</source>
        <translation>%1 der %2-Abschnitte über %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 over %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLI</source>
        <translation>SLI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget left</source>
        <translation>Budget übrig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Burn (1 h)</source>
        <translation>Verbrauch (1 h)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
</context>
<context>
    <name>sitrep::SloView</name>
    <message>
        <location filename="../ui/slo/sloview.cpp" line="+34"/>
        <source>Export PNG…</source>
        <translation>PNG exportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No SLOs yet. Import an OpenSLO or Sloth file, or add the seed&apos;s three for a service with: sitrepctl slo seed SERVICE</source>
        <translation>Noch keine SLOs. Eine OpenSLO- oder Sloth-Datei importieren oder die drei Standard-SLOs für einen Dienst anlegen mit: sitrepctl slo seed DIENST</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SLOs, worst first</source>
        <translation>SLOs, die schlechtesten zuerst</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SLA compliance</source>
        <translation>Einhaltung der SLA</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&lt;b&gt;SLA&lt;/b&gt;: monthly availability against 99.9 %; 10 % of the monthly fee back for each 0.1 % below, at most 100 %.</source>
        <translation>&lt;b&gt;SLA&lt;/b&gt;: monatliche Verfügbarkeit gegen 99,9 %; 10 % der Monatsgebühr zurück je angefangene 0,1 % darunter, höchstens 100 %.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not compute the SLOs: %1</source>
        <translation>Die SLOs konnten nicht berechnet werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the SLOs…</source>
        <translation>Die SLOs werden gelesen …</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>As of %1.</source>
        <translation>Stand %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shown from the cache; fetching failed: %1</source>
        <translation>Aus dem Cache angezeigt; Abruf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No SLOs to chart.</source>
        <translation>Keine SLOs für Diagramme.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pick an SLO first.</source>
        <translation>Zuerst ein SLO wählen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not used: %1</source>
        <translation>Nicht verwendet: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import SLOs</source>
        <translation>SLOs importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OpenSLO or Sloth files (*.yaml *.yml)</source>
        <translation>OpenSLO- oder Sloth-Dateien (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Export the charts</source>
        <translation>Diagramme exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the chart data</source>
        <translation>Diagrammdaten exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>SLOs imported from %1: %2.</source>
        <translation>SLOs importiert aus %1: %2.</translation>
    </message>
</context>
<context>
    <name>sitrep::TeamPage</name>
    <message>
        <location filename="../ui/settings/teampage.cpp" line="+24"/>
        <source>Every console of a team shares one PostgreSQL store and keeps working from its own copy while the server cannot be reached. Use your own database login: what you change is recorded under it.</source>
        <translation>Alle Konsolen eines Teams teilen sich einen PostgreSQL-Speicher und arbeiten mit ihrer eigenen Kopie weiter, solange der Server nicht erreichbar ist. Verwenden Sie Ihre eigene Datenbankanmeldung: was Sie ändern, wird unter ihr vermerkt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Needed for any server beyond this computer</source>
        <translation>Nötig für jeden Server außerhalb dieses Computers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kept in the keychain; empty: ~/.pgpass or PGPASSWORD</source>
        <translation>Im Schlüsselbund verwahrt; leer: ~/.pgpass oder PGPASSWORD</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your login:</source>
        <translation>Ihre Anmeldung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA certificate:</source>
        <translation>CA-Zertifikat:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring this console&apos;s incidents and settings to the team</source>
        <translation>Vorfälle und Einstellungen dieser Konsole ins Team mitbringen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Safe to do again: nothing is brought twice. Without it, this console&apos;s earlier incidents are kept in a copy beside its file, and it starts from the team&apos;s state.</source>
        <translation>Kann wiederholt werden: Nichts wird doppelt übernommen. Ohne diese Option werden die früheren Vorfälle dieser Konsole in einer Kopie neben ihrer Datei aufbewahrt, und sie beginnt mit dem Stand des Teams.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave team</source>
        <translation>Team verlassen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left the team: this console keeps its own file.</source>
        <translation>Team verlassen: diese Konsole führt ihre eigene Datei.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Fill in the server, the database and your login.</source>
        <translation>Geben Sie den Server, die Datenbank und Ihre Anmeldung an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A team server on another machine needs its certificate verified: choose the CA certificate that signed it.</source>
        <translation>Bei einem Team-Server auf einem anderen Rechner muss sein Zertifikat geprüft werden: wählen Sie das CA-Zertifikat, das es signiert hat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it has no Sitrep schema yet: the team&apos;s owner runs sitrepctl team migrate.</source>
        <translation>er hat noch kein Sitrep-Schema: der Eigentümer des Teams führt sitrepctl team migrate aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its schema is at version %1; this console needs %2: the team&apos;s owner runs sitrepctl team migrate.</source>
        <translation>sein Schema hat Version %1; diese Konsole braucht %2: der Eigentümer des Teams führt sitrepctl team migrate aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its schema (version %1) is newer than this console: update Sitrep, until then it only reads.</source>
        <translation>sein Schema (Version %1) ist neuer als diese Konsole: aktualisieren Sie Sitrep, bis dahin wird nur gelesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ready.</source>
        <translation>bereit.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connected to %1 as %2: %3</source>
        <translation>Verbunden mit %1 als %2: %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The keychain did not take the password: %1</source>
        <translation>Der Schlüsselbund hat das Passwort nicht angenommen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Joined %1 as %2: %3</source>
        <translation>%1 als %2 beigetreten: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n incident(s) of this console&apos;s history go to the team now.</source>
        <translation>
            <numerusform>%n Vorfall aus dem Verlauf dieser Konsole geht jetzt an das Team.</numerusform>
            <numerusform>%n Vorfälle aus dem Verlauf dieser Konsole gehen jetzt an das Team.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This console&apos;s solo history is kept in %1 (open it with --db).</source>
        <translation>Die Einzelplatz-Historie dieser Konsole wird in %1 aufbewahrt (mit --db öffnen).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Join team</source>
        <translation>Team beitreten</translation>
    </message>
</context>
<context>
    <name>sitrep::TeamService</name>
    <message>
        <location filename="../models/services/teamservice.cpp" line="+80"/>
        <source>Could not keep this console&apos;s solo history aside: %1</source>
        <translation>Der eigene Verlauf dieser Konsole konnte nicht beiseitegelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>sitrep::TeamStatusLabel</name>
    <message>
        <location filename="../ui/mainwindow/teamstatuslabel.cpp" line="+12"/>
        <source>Team: connecting…</source>
        <translation>Team: verbinde …</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%1 · %n conflict copy(ies) to settle</source>
        <translation>
            <numerusform>%1 · %n Konfliktkopie zu klären</numerusform>
            <numerusform>%1 · %n Konfliktkopien zu klären</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settle them in Settings → Team server, or with sitrepctl team conflicts.</source>
        <translation>Klären Sie sie unter Einstellungen → Team-Server oder mit sitrepctl team conflicts.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pulled up to change %1; last in step %2.</source>
        <translation>Bis Änderung %1 geholt; zuletzt im Gleichstand %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Team: live · read-only (%1)</source>
        <translation>Team: live · schreibgeschützt (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Team: standby, polling every %1 s · %n change(s) waiting</source>
        <translation>
            <numerusform>Team: Standby, Abfrage alle %1 s · %n Änderung wartet</numerusform>
            <numerusform>Team: Standby, Abfrage alle %1 s · %n Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to a standby: it cannot notify or take changes. Add the primary to the URL with target_session_attrs=read-write.</source>
        <translation>Mit einem Standby verbunden: Er kann weder benachrichtigen noch Änderungen annehmen. Nehmen Sie den Primärserver mit target_session_attrs=read-write in die URL auf.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Team: live · %n change(s) waiting</source>
        <translation>
            <numerusform>Team: verbunden · %n Änderung wartet</numerusform>
            <numerusform>Team: verbunden · %n Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team: live</source>
        <translation>Team: verbunden</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Team: read-only (the server is newer; %n change(s) kept)</source>
        <translation>
            <numerusform>Team: nur lesend (der Server ist neuer; %n Änderung aufbewahrt)</numerusform>
            <numerusform>Team: nur lesend (der Server ist neuer; %n Änderungen aufbewahrt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Team: offline since %1 · %n change(s) waiting</source>
        <translation>
            <numerusform>Team: offline seit %1 · %n Änderung wartet</numerusform>
            <numerusform>Team: offline seit %1 · %n Änderungen warten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitrep::TeamSync</name>
    <message numerus="yes">
        <location filename="../models/services/teamsync.cpp" line="+71"/>
        <source>the team server has not answered for %n s</source>
        <translation>
            <numerusform>der Team-Server hat seit %n s nicht geantwortet</numerusform>
            <numerusform>der Team-Server hat seit %n s nicht geantwortet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitrep::TeamSyncWorker</name>
    <message>
        <location filename="../models/services/teamsyncworker.cpp" line="+207"/>
        <source>the team server&apos;s schema is version %1, newer than this console (%2): update Sitrep</source>
        <translation>das Schema des Team-Servers hat Version %1, neuer als diese Konsole (%2): Sitrep aktualisieren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>read-only: the team server&apos;s schema is version %1, newer than this console (%2)</source>
        <translation>nur lesend: Das Schema des Team-Servers hat Version %1, neuer als diese Konsole (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the team server&apos;s schema is version %1: run sitrepctl team migrate</source>
        <translation>das Schema des Team-Servers hat Version %1: Führen Sie sitrepctl team migrate aus</translation>
    </message>
</context>
<context>
    <name>sitrep::TimelineModel</name>
    <message>
        <location filename="../models/itemmodels/timelinemodel.cpp" line="+199"/>
        <source>Tick to mark as a key event for the postmortem.</source>
        <translation>Abhaken, um es als Schlüsselereignis für das Postmortem zu markieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted %1 UTC</source>
        <translation>Gelöscht %1 UTC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Corrected; the edit history keeps what it said before.</source>
        <translation>Korrigiert; der Änderungsverlauf bewahrt, was vorher dastand.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captured by Sitrep</source>
        <translation>Von Sitrep erfasst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key event</source>
        <translation>Schlüsselereignis</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Time (%1)</source>
        <translation>Zeit (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
</context>
<context>
    <name>sitrep::TimelineService</name>
    <message>
        <location filename="../models/services/timelineservice.cpp" line="+25"/>
        <source>Give the entry a time.</source>
        <translation>Geben Sie dem Eintrag eine Zeit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 UTC is in the future; the timeline records what has happened.</source>
        <translation>%1 UTC liegt in der Zukunft; die Zeitleiste hält fest, was passiert ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 UTC is more than a day before incident #%2 started.</source>
        <translation>%1 UTC liegt mehr als einen Tag vor dem Beginn von Vorfall #%2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 entries are captured by Sitrep; add a note, action, decision or hypothesis instead.</source>
        <translation>Einträge der Art %1 erfasst Sitrep selbst; fügen Sie stattdessen eine Notiz, Maßnahme, Entscheidung oder Hypothese hinzu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write what happened.</source>
        <translation>Schreiben Sie, was passiert ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+48"/>
        <source>There is no incident #%1.</source>
        <translation>Es gibt keinen Vorfall #%1.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Timeline entry %1 does not exist.</source>
        <translation>Zeitleisteneintrag %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>An entry cannot be empty; delete it instead.</source>
        <translation>Ein Eintrag kann nicht leer sein; löschen Sie ihn stattdessen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Incident #%1 is resolved: its timeline can be corrected, but no entry can be deleted any more.</source>
        <translation>Vorfall #%1 ist behoben: seine Zeitleiste lässt sich korrigieren, aber kein Eintrag mehr löschen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The entry is already deleted.</source>
        <translation>Der Eintrag ist schon gelöscht.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The entry is not deleted.</source>
        <translation>Der Eintrag ist nicht gelöscht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident #%1 is resolved: deleted entries can no longer be restored.</source>
        <translation>Vorfall #%1 ist behoben: gelöschte Einträge lassen sich nicht mehr wiederherstellen.</translation>
    </message>
</context>
<context>
    <name>sitrep::TrayStatus</name>
    <message>
        <location filename="../ui/mainwindow/traystatus.cpp" line="+32"/>
        <source>Sitrep: no SEV-1 or SEV-2 open, no update overdue</source>
        <translation>Sitrep: kein SEV-1 oder SEV-2 offen, kein Update überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitrep: %1, %2</source>
        <translation>Sitrep: %1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n SEV-1/SEV-2 open</source>
        <translation>
            <numerusform>%n SEV-1/SEV-2 offen</numerusform>
            <numerusform>%n SEV-1/SEV-2 offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n update(s) overdue</source>
        <translation>
            <numerusform>%n Update überfällig</numerusform>
            <numerusform>%n Updates überfällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitrep::UpdateComposer</name>
    <message>
        <location filename="../ui/incident/updatecomposer.cpp" line="+51"/>
        <source>Update message</source>
        <translation>Text des Updates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What stakeholders should know now (Ctrl+Return posts).</source>
        <translation>Was die Beteiligten jetzt wissen sollten (Strg+Eingabe sendet).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What each channel receives</source>
        <translation>Was jeder Kanal erhält</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Post update</source>
        <translation>Meldung &amp;senden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What each channel receives:</source>
        <translation>Was jeder Kanal erhält:</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Resolved: no more updates are due.</source>
        <translation>Behoben: keine Meldungen mehr fällig.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Update overdue since %1 (%2 ago).</source>
        <translation>Meldung überfällig seit %1 (vor %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next update due %1 (in %2).</source>
        <translation>Nächste Meldung fällig %1 (in %2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(write your own)</source>
        <translation>(selbst schreiben)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No channel hears this update (routing by role and severity). It is still recorded on the timeline. Add channels with &quot;sitrepctl channel add&quot;.</source>
        <translation>Kein Kanal hört diese Meldung (Verteilung nach Rolle und Schweregrad). Sie wird trotzdem in der Zeitleiste festgehalten. Fügen Sie Kanäle mit „sitrepctl channel add“ hinzu.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Update posted.</source>
        <translation>Meldung gesendet.</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Incident channel: %1 (opens Slack)</source>
        <translation>Vorfallskanal: %1 (öffnet Slack)</translation>
    </message>
</context>
<context>
    <name>sitrep::UpdateReminder</name>
    <message>
        <location filename="../ui/mainwindow/updatereminder.cpp" line="+95"/>
        <source>&lt;a href=&quot;incident:%1&quot;&gt;%2 %3&lt;/a&gt; (%4, due %5)</source>
        <translation>&lt;a href=&quot;incident:%1&quot;&gt;%2 %3&lt;/a&gt; (%4, fällig %5)</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Status update due for %1 %2 (%3): stakeholders expect one now.</source>
        <translation>Statusmeldung fällig für %1 %2 (%3): die Beteiligten erwarten jetzt eine.</translation>
    </message>
    <message numerus="yes">
        <location line="-12"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status updates due for %1: stakeholders expect them now.</source>
        <translation>Statusmeldungen fällig für %1: die Beteiligten erwarten sie jetzt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Status update overdue: %1. Post one from the incident&apos;s Update tab.</source>
        <translation>Statusmeldung überfällig: %1. Senden Sie eine im Reiter „Meldung“ des Vorfalls.</translation>
    </message>
</context>
<context>
    <name>sitrep::WeeklyIncidentsModel</name>
    <message>
        <location filename="../models/itemmodels/weeklyincidentsmodel.cpp" line="+39"/>
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
</context>
<context>
    <name>sitrep::WorkspaceEditor</name>
    <message>
        <location filename="../models/itemmodels/workspaceeditor.cpp" line="+80"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Edit %1 entry</source>
        <translation>Eintrag (%1) bearbeiten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mark as key event</source>
        <translation>Als Schlüsselereignis markieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unmark key event</source>
        <translation>Schlüsselereignis aufheben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete %1 entry</source>
        <translation>Eintrag (%1) löschen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore %1 entry</source>
        <translation>Eintrag (%1) wiederherstellen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tick &quot;%1&quot;</source>
        <translation>„%1“ abhaken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untick &quot;%1&quot;</source>
        <translation>Haken bei „%1“ entfernen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Assign %1</source>
        <translation>%1 vergeben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add responder %1</source>
        <translation>Helfende Person %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove responder %1</source>
        <translation>Helfende Person %1 entfernen</translation>
    </message>
</context>
<context>
    <name>sitrepctl</name>
    <message>
        <location filename="../app/ctl/main.cpp" line="+67"/>
        <source>Sitrep on the command line.

Commands:
  incidents list [--status open|resolved|all] [--json]
  incidents show ID [--json]
  incidents declare --title T --severity SEV-N [--service S]... [--commander C] [--impact TEXT] [--json]
  incidents update ID [--status S] [--severity SEV-N] [--commander C]
  incidents resolve ID --resolution TEXT [--root-cause TEXT] [--override-checks REASON]
  incidents reopen ID --reason TEXT
  timeline add ID --kind note|action|decision|hypothesis --text T [--at ISO8601] [--key]
  timeline export ID --format markdown|json
  checklist show ID [--json]
  checklist tick ID ITEM
  endpoint add alertmanager|prometheus NAME --url URL [--set KEY=VALUE]... [--secret-stdin]
  endpoint list [--json]
  endpoint remove NAME
  sync alertmanager (--url URL | --endpoint NAME) [--once] [--json]
  alerts list [--json]
  silence --incident ID --duration 2h --comment TEXT | silence --expire SILENCE-ID
  detect (--prometheus URL | --endpoint NAME) [--rules FILE] [--once] [--at ISO8601] [--json]
  verify ID [--prometheus URL | --endpoint NAME] [--rules FILE] [--at ISO8601] [--json]
  channel add slack-webhook|slack-api|mattermost|teams|webhook|statuspage|smtp|static-page|pagerduty|goalert NAME [--set KEY=VALUE]... [--secret-stdin]
  channel list [--json]
  channel test NAME
  channel remove NAME
  update ID --status S --message TEXT
  outbox list [--json]
  outbox flush [--timeout SECONDS]
  statuspage export FOLDER [--channel NAME]
  metrics [--from DATE] [--to DATE] [--service S] [--json]
  postmortem show ID [--json]
  postmortem export ID --format markdown|pdf [--paper a4|letter] --output FILE
  postmortem import FILE [--incident ID]
  postmortem invite ID --output FILE.ics
  postmortem leads [--set LEAD,...]
  actions list [--owner O] [--overdue] [--json]
  ack ID
  escalation show ID [--json]
  oncall import FILE | export NAME | list [--json]
  import pagerduty|opsgenie FILE... [--strict] [--dry-run] [--json]
  import pagerduty|opsgenie [--api-url URL] --secret-stdin [--keep-key]
      [--schedule NAME]... [--strict] [--dry-run] [--json]
  oncall who --schedule NAME [--at ISO8601] [--json]
  oncall shifts --schedule NAME --from ISO8601 --to ISO8601 [--json]
  oncall ics --schedule NAME [--person P] --from DATE --to DATE
  oncall report --from DATE --to DATE [--json]
  slo import FILE...
  slo seed SERVICE [--minimum-events N]
  slo list [--json]
  slo report (--prometheus URL | --endpoint NAME) [--at ISO8601] [--json]
  slo rules [--slo NAME]... [--output FILE]
  watch
  team connect URL [--password-stdin]
  team status [--json]
  team migrate
  team sync [--timeout SECONDS]
  team disconnect
  backup [FILE]
  restore FILE</source>
        <translation>Sitrep auf der Kommandozeile.

Befehle:
  incidents list [--status open|resolved|all] [--json]
  incidents show ID [--json]
  incidents declare --title T --severity SEV-N [--service S]... [--commander C] [--impact TEXT] [--json]
  incidents update ID [--status S] [--severity SEV-N] [--commander C]
  incidents resolve ID --resolution TEXT [--root-cause TEXT] [--override-checks REASON]
  incidents reopen ID --reason TEXT
  timeline add ID --kind note|action|decision|hypothesis --text T [--at ISO8601] [--key]
  timeline export ID --format markdown|json
  checklist show ID [--json]
  checklist tick ID ITEM
  endpoint add alertmanager|prometheus NAME --url URL [--set KEY=VALUE]... [--secret-stdin]
  endpoint list [--json]
  endpoint remove NAME
  sync alertmanager (--url URL | --endpoint NAME) [--once] [--json]
  alerts list [--json]
  silence --incident ID --duration 2h --comment TEXT | silence --expire SILENCE-ID
  detect (--prometheus URL | --endpoint NAME) [--rules FILE] [--once] [--at ISO8601] [--json]
  verify ID [--prometheus URL | --endpoint NAME] [--rules FILE] [--at ISO8601] [--json]
  channel add slack-webhook|slack-api|mattermost|teams|webhook|statuspage|smtp|static-page|pagerduty|goalert NAME [--set KEY=VALUE]... [--secret-stdin]
  channel list [--json]
  channel test NAME
  channel remove NAME
  update ID --status S --message TEXT
  outbox list [--json]
  outbox flush [--timeout SECONDS]
  statuspage export FOLDER [--channel NAME]
  metrics [--from DATE] [--to DATE] [--service S] [--json]
  postmortem show ID [--json]
  postmortem export ID --format markdown|pdf [--paper a4|letter] --output FILE
  postmortem import FILE [--incident ID]
  postmortem invite ID --output FILE.ics
  postmortem leads [--set LEAD,...]
  actions list [--owner O] [--overdue] [--json]
  ack ID
  escalation show ID [--json]
  oncall import FILE | export NAME | list [--json]
  import pagerduty|opsgenie FILE... [--strict] [--dry-run] [--json]
  import pagerduty|opsgenie [--api-url URL] --secret-stdin [--keep-key]
      [--schedule NAME]... [--strict] [--dry-run] [--json]
  oncall who --schedule NAME [--at ISO8601] [--json]
  oncall shifts --schedule NAME --from ISO8601 --to ISO8601 [--json]
  oncall ics --schedule NAME [--person P] --from DATE --to DATE
  oncall report --from DATE --to DATE [--json]
  slo import FILE...
  slo seed SERVICE [--minimum-events N]
  slo list [--json]
  slo report (--prometheus URL | --endpoint NAME) [--at ISO8601] [--json]
  slo rules [--slo NAME]... [--output FILE]
  watch
  team connect URL [--password-stdin]
  team status [--json]
  team migrate
  team sync [--timeout SECONDS]
  team disconnect
  backup [FILE]
  restore FILE</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The database file (default: %1).</source>
        <translation>Die Datenbankdatei (Standard: %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What to do.</source>
        <translation>Was zu tun ist.</translation>
    </message>
</context>
</TS>
