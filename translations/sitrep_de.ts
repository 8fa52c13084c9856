<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CtlCommands</name>
    <message>
        <source>Print JSON for machines.</source>
        <translation>JSON für Maschinen ausgeben.</translation>
    </message>
    <message>
        <source>unknown command "%1"; see sitrepctl --help.</source>
        <translation>unbekannter Befehl „%1“; siehe sitrepctl --help.</translation>
    </message>
    <message>
        <source>unknown incidents command "%1"; use list, show, declare, update, resolve or reopen.</source>
        <translation>unbekannter incidents-Befehl „%1“; verwenden Sie list, show, declare, update, resolve oder reopen.</translation>
    </message>
    <message>
        <source>open, resolved or all (default: open).</source>
        <translation>open, resolved oder all (Standard: open).</translation>
    </message>
    <message>
        <source>incidents list takes no words, only options.</source>
        <translation>incidents list nimmt keine Wörter, nur Optionen.</translation>
    </message>
    <message>
        <source>--status must be open, resolved or all, not "%1".</source>
        <translation>--status muss open, resolved oder all sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SEV</source>
        <translation>SEV</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>BEGINN</translation>
    </message>
    <message>
        <source>COMMANDER</source>
        <translation>LEITUNG</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>The incident.</source>
        <translation>Der Vorfall.</translation>
    </message>
    <message>
        <source>incidents show needs one incident number.</source>
        <translation>incidents show braucht eine Vorfallsnummer.</translation>
    </message>
    <message>
        <source>Status:     %1</source>
        <translation>Status:     %1</translation>
    </message>
    <message>
        <source>Commander:  %1</source>
        <translation>Leitung:    %1</translation>
    </message>
    <message>
        <source>Services:   %1</source>
        <translation>Dienste:    %1</translation>
    </message>
    <message>
        <source>Started:    %1</source>
        <translation>Beginn:     %1</translation>
    </message>
    <message>
        <source>Resolved:   %1</source>
        <translation>Gelöst:     %1</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Zeitleiste:</translation>
    </message>
    <message>
        <source>What is wrong.</source>
        <translation>Was ist kaputt.</translation>
    </message>
    <message>
        <source>SEV-1 to SEV-4.</source>
        <translation>SEV-1 bis SEV-4.</translation>
    </message>
    <message>
        <source>An affected service; repeat for several.</source>
        <translation>Ein betroffener Dienst; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>The incident commander.</source>
        <translation>Die Einsatzleitung.</translation>
    </message>
    <message>
        <source>Who is affected, and how.</source>
        <translation>Wer ist betroffen, und wie.</translation>
    </message>
    <message>
        <source>unexpected "%1"; quote a title with spaces.</source>
        <translation>unerwartetes „%1“; setzen Sie einen Titel mit Leerzeichen in Anführungszeichen.</translation>
    </message>
    <message>
        <source>incidents declare needs --title.</source>
        <translation>incidents declare braucht --title.</translation>
    </message>
    <message>
        <source>--severity must be SEV-1, SEV-2, SEV-3 or SEV-4.</source>
        <translation>--severity muss SEV-1, SEV-2, SEV-3 oder SEV-4 sein.</translation>
    </message>
    <message>
        <source>Declared incident #%1.</source>
        <translation>Vorfall #%1 ausgerufen.</translation>
    </message>
    <message>
        <source>investigating, identified or monitoring.</source>
        <translation>investigating, identified oder monitoring.</translation>
    </message>
    <message>
        <source>The new incident commander.</source>
        <translation>Die neue Einsatzleitung.</translation>
    </message>
    <message>
        <source>incidents update needs one incident number.</source>
        <translation>incidents update braucht eine Vorfallsnummer.</translation>
    </message>
    <message>
        <source>say what to change: --status, --severity or --commander.</source>
        <translation>geben Sie an, was sich ändern soll: --status, --severity oder --commander.</translation>
    </message>
    <message>
        <source>--status must be investigating, identified or monitoring, not "%1".</source>
        <translation>--status muss investigating, identified oder monitoring sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Updated incident #%1.</source>
        <translation>Vorfall #%1 aktualisiert.</translation>
    </message>
    <message>
        <source>What fixed it.</source>
        <translation>Was es behoben hat.</translation>
    </message>
    <message>
        <source>Why it happened.</source>
        <translation>Warum es passiert ist.</translation>
    </message>
    <message>
        <source>incidents resolve needs one incident number.</source>
        <translation>incidents resolve braucht eine Vorfallsnummer.</translation>
    </message>
    <message>
        <source>incidents resolve needs --resolution: say what fixed it.</source>
        <translation>incidents resolve braucht --resolution: sagen Sie, was es behoben hat.</translation>
    </message>
    <message>
        <source>Resolved incident #%1.</source>
        <translation>Vorfall #%1 gelöst.</translation>
    </message>
    <message>
        <source>Why it is open again.</source>
        <translation>Warum er wieder offen ist.</translation>
    </message>
    <message>
        <source>incidents reopen needs one incident number.</source>
        <translation>incidents reopen braucht eine Vorfallsnummer.</translation>
    </message>
    <message>
        <source>incidents reopen needs --reason.</source>
        <translation>incidents reopen braucht --reason.</translation>
    </message>
    <message>
        <source>Reopened incident #%1.</source>
        <translation>Vorfall #%1 wieder eröffnet.</translation>
    </message>
    <message>
        <source>backup takes at most one file name.</source>
        <translation>backup nimmt höchstens einen Dateinamen.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Gesichert nach %1.</translation>
    </message>
    <message>
        <source>restore needs the backup file to restore.</source>
        <translation>restore braucht die Sicherungsdatei, die wiederhergestellt werden soll.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>The previous database was kept at %1.</source>
        <translation>Die bisherige Datenbank wurde unter %1 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>it does not start like an SQLite database</source>
        <translation>sie beginnt nicht wie eine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not one of Sitrep's. Sitrep has left it untouched.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber keine von Sitrep. Sitrep hat sie unverändert gelassen.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Sitrep (schema version %2; this version understands up to %3). Sitrep has left it untouched; update Sitrep to open it.</source>
        <translation>%1 wurde von einer neueren Sitrep-Version geschrieben (Schemaversion %2; diese Version versteht bis %3). Sitrep hat sie unverändert gelassen; aktualisieren Sie Sitrep, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>%1 is locked by another program. Close the other program, or wait until it has finished, and try again.</source>
        <translation>%1 ist von einem anderen Programm gesperrt. Schließen Sie das andere Programm oder warten Sie, bis es fertig ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a database file (%2). Sitrep has left it untouched; restore a backup with "sitrepctl restore".</source>
        <translation>%1 ist beschädigt oder keine Datenbankdatei (%2). Sitrep hat sie unverändert gelassen; stellen Sie eine Sicherung mit „sitrepctl restore“ wieder her.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not copy %1 aside before upgrading it, so it was not upgraded</source>
        <translation>%1 konnte vor der Aktualisierung nicht beiseitekopiert werden, daher wurde sie nicht aktualisiert</translation>
    </message>
    <message>
        <source>Could not open %1 for reading</source>
        <translation>%1 konnte nicht zum Lesen geöffnet werden</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a Sitrep database.</source>
        <translation>%1 ist keine Sitrep-Datenbank.</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>%1 already exists; choose another file name.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>There is no database at %1 to back up.</source>
        <translation>Unter %1 gibt es keine Datenbank, die gesichert werden könnte.</translation>
    </message>
    <message>
        <source>Could not create the folder for %1.</source>
        <translation>Der Ordner für %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not open %1 to back it up</source>
        <translation>%1 konnte zum Sichern nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not write the backup %1</source>
        <translation>Die Sicherung %1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Not restoring: %1</source>
        <translation>Keine Wiederherstellung: %1</translation>
    </message>
    <message>
        <source>Could not move %1 aside; nothing was restored.</source>
        <translation>%1 konnte nicht beiseitegelegt werden; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>Could not copy %1 into place; the current database was put back.</source>
        <translation>%1 konnte nicht an ihren Platz kopiert werden; die aktuelle Datenbank wurde zurückgelegt.</translation>
    </message>
</context>
<context>
    <name>IncidentDraftRules</name>
    <message>
        <source>Give the incident a title.</source>
        <translation>Geben Sie dem Vorfall einen Titel.</translation>
    </message>
    <message>
        <source>The title is %1 characters long; keep it to %2.</source>
        <translation>Der Titel ist %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>Affected users cannot be negative.</source>
        <translation>Betroffene Nutzer können nicht negativ sein.</translation>
    </message>
    <message>
        <source>Revenue impact cannot be negative.</source>
        <translation>Umsatzauswirkung kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>The incident cannot start in the future.</source>
        <translation>Der Vorfall kann nicht in der Zukunft beginnen.</translation>
    </message>
</context>
<context>
    <name>IncidentStatus</name>
    <message>
        <source>Investigating</source>
        <translation>Untersuchung</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identifiziert</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
</context>
<context>
    <name>IncidentStore</name>
    <message>
        <source>Could not save the new incident</source>
        <translation>Der neue Vorfall konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not save incident #%1</source>
        <translation>Vorfall #%1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Incident #%1 does not exist.</source>
        <translation>Vorfall #%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Could not read incident #%1</source>
        <translation>Vorfall #%1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not read the incidents</source>
        <translation>Die Vorfälle konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not read the incidents: %1</source>
        <translation>Die Vorfälle konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>Resolving an incident needs a resolution: say what fixed it.</source>
        <translation>Zum Lösen eines Vorfalls braucht es eine Lösung: sagen Sie, was ihn behoben hat.</translation>
    </message>
    <message>
        <source>Reopening a resolved incident needs a reason.</source>
        <translation>Zum Wiedereröffnen eines gelösten Vorfalls braucht es einen Grund.</translation>
    </message>
    <message>
        <source>The incident's status is already %1.</source>
        <translation>Der Vorfall hat bereits den Status „%1“.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Could not upgrade the database to schema version %1</source>
        <translation>Die Datenbank konnte nicht auf Schemaversion %1 aktualisiert werden</translation>
    </message>
</context>
<context>
    <name>PolicyLoader</name>
    <message>
        <source>Could not read %1 (%2); the default severity levels are in force.</source>
        <translation>%1 konnte nicht gelesen werden (%2); es gelten die Standard-Schweregrade.</translation>
    </message>
    <message>
        <source>%1 The default severity levels are in force.</source>
        <translation>%1 Es gelten die Standard-Schweregrade.</translation>
    </message>
</context>
<context>
    <name>SeverityPolicy</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Complete service outage</source>
        <translation>Vollständiger Dienstausfall</translation>
    </message>
    <message>
        <source>Data loss or corruption</source>
        <translation>Datenverlust oder -beschädigung</translation>
    </message>
    <message>
        <source>Security breach</source>
        <translation>Sicherheitsverletzung</translation>
    </message>
    <message>
        <source>Revenue impact &gt;$10K/hour</source>
        <translation>Umsatzauswirkung &gt;10.000 $/Stunde</translation>
    </message>
    <message>
        <source>Significant feature degradation</source>
        <translation>Erhebliche Funktionseinschränkung</translation>
    </message>
    <message>
        <source>Affecting &gt;50% of users</source>
        <translation>Betrifft &gt;50 % der Nutzer</translation>
    </message>
    <message>
        <source>Performance severely degraded</source>
        <translation>Leistung stark beeinträchtigt</translation>
    </message>
    <message>
        <source>Revenue impact $1K-$10K/hour</source>
        <translation>Umsatzauswirkung 1.000–10.000 $/Stunde</translation>
    </message>
    <message>
        <source>Minor feature degradation</source>
        <translation>Geringe Funktionseinschränkung</translation>
    </message>
    <message>
        <source>Affecting &lt;50% of users</source>
        <translation>Betrifft &lt;50 % der Nutzer</translation>
    </message>
    <message>
        <source>Workaround available</source>
        <translation>Umgehung verfügbar</translation>
    </message>
    <message>
        <source>Minimal revenue impact</source>
        <translation>Minimale Umsatzauswirkung</translation>
    </message>
    <message>
        <source>Cosmetic issues</source>
        <translation>Kosmetische Mängel</translation>
    </message>
    <message>
        <source>Minimal user impact</source>
        <translation>Minimale Auswirkung auf Nutzer</translation>
    </message>
    <message>
        <source>No revenue impact</source>
        <translation>Keine Umsatzauswirkung</translation>
    </message>
    <message>
        <source>Immediate</source>
        <translation>Sofort</translation>
    </message>
    <message>
        <source>Next business day</source>
        <translation>Nächster Werktag</translation>
    </message>
    <message>
        <source>&lt; 1 hour</source>
        <translation>&lt; 1 Stunde</translation>
    </message>
    <message>
        <source>&lt; %1 hours</source>
        <translation>&lt; %1 Stunden</translation>
    </message>
    <message>
        <source>&lt; %1 min</source>
        <translation>&lt; %1 Min.</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Every %1 hours</source>
        <translation>Alle %1 Stunden</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation>Alle %1 Minuten</translation>
    </message>
</context>
<context>
    <name>SeverityPolicyParser</name>
    <message>
        <source>the file must hold a JSON object.</source>
        <translation>die Datei muss ein JSON-Objekt enthalten.</translation>
    </message>
    <message>
        <source>must be a list of severity levels.</source>
        <translation>muss eine Liste von Schweregraden sein.</translation>
    </message>
    <message>
        <source>every entry must be an object.</source>
        <translation>jeder Eintrag muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>"%1" is not one of SEV-1, SEV-2, SEV-3, SEV-4.</source>
        <translation>„%1“ ist keiner von SEV-1, SEV-2, SEV-3, SEV-4.</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>%1 has no %2.</source>
        <translation>%1 hat kein %2.</translation>
    </message>
    <message>
        <source>must be a non-empty text.</source>
        <translation>muss ein nicht leerer Text sein.</translation>
    </message>
    <message>
        <source>must be a list of texts.</source>
        <translation>muss eine Liste von Texten sein.</translation>
    </message>
    <message>
        <source>"%1" is not "immediate", "next-business-day" or a duration such as 15m or 1h.</source>
        <translation>„%1“ ist weder „immediate“ noch „next-business-day“ noch eine Dauer wie 15m oder 1h.</translation>
    </message>
    <message>
        <source>"%1" is not a duration of at least a minute, such as 30m, 1h or 1d.</source>
        <translation>„%1“ ist keine Dauer von mindestens einer Minute, etwa 30m, 1h oder 1d.</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1:%2: %3: %4</source>
        <translation>%1:%2: %3: %4</translation>
    </message>
</context>
<context>
    <name>SqlErrors</name>
    <message>
        <source>%1: the database is busy or locked by another program (%2).</source>
        <translation>%1: die Datenbank ist belegt oder von einem anderen Programm gesperrt (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TimelineStore</name>
    <message>
        <source>Could not add to the timeline of incident #%1</source>
        <translation>Die Zeitleiste von Vorfall #%1 konnte nicht ergänzt werden</translation>
    </message>
    <message>
        <source>Could not read the timeline of incident #%1</source>
        <translation>Die Zeitleiste von Vorfall #%1 konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Could not start a transaction</source>
        <translation>Eine Transaktion konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>Could not save the change</source>
        <translation>Die Änderung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Nothing can be saved to this database: %1</source>
        <translation>In dieser Datenbank kann nichts gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sitrep</source>
        <translation>Sitrep</translation>
    </message>
    <message>
        <source>Incident command console.</source>
        <translation>Leitstand für Vorfälle.</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>Die Datenbankdatei.</translation>
    </message>
    <message>
        <source>Open a throwaway database with live demo data.</source>
        <translation>Eine Wegwerf-Datenbank mit lebendigen Demodaten öffnen.</translation>
    </message>
    <message>
        <source>The view to show: board.</source>
        <translation>Die anzuzeigende Ansicht: board.</translation>
    </message>
    <message>
        <source>Render the view to a PNG file and exit.</source>
        <translation>Die Ansicht als PNG-Datei speichern und beenden.</translation>
    </message>
    <message>
        <source>Unknown view "%1"; available: board.</source>
        <translation>Unbekannte Ansicht „%1“; verfügbar: board.</translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation> (Demo)</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gesichert nach %1</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>Die tägliche Sicherung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>sitrep::BoardFilterBar</name>
    <message>
        <source>Search title, commander, service or #id</source>
        <translation>Titel, Leitung, Dienst oder #Nr. suchen</translation>
    </message>
    <message>
        <source>Show %1 incidents</source>
        <translation>%1-Vorfälle anzeigen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Offene Vorfälle</translation>
    </message>
    <message>
        <source>Resolved incidents</source>
        <translation>Gelöste Vorfälle</translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation>Alle Vorfälle</translation>
    </message>
</context>
<context>
    <name>sitrep::BoardView</name>
    <message>
        <source>No incidents match. Clear the search or widen the filters.</source>
        <translation>Keine Vorfälle passen. Leeren Sie die Suche oder erweitern Sie die Filter.</translation>
    </message>
</context>
<context>
    <name>sitrep::DeclareIncidentDialog</name>
    <message>
        <source>Declare incident</source>
        <translation>Vorfall ausrufen</translation>
    </message>
    <message>
        <source>What is broken, in a few words</source>
        <translation>Was ist kaputt, in wenigen Worten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>checkout, payments</source>
        <translation>checkout, payments</translation>
    </message>
    <message>
        <source>Who is affected, and how</source>
        <translation>Wer ist betroffen, und wie</translation>
    </message>
    <message>
        <source> $/hour</source>
        <translation> $/Stunde</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>Ser&amp;vices:</source>
        <translation>&amp;Dienste:</translation>
    </message>
    <message>
        <source>&amp;Commander:</source>
        <translation>&amp;Leitung:</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>&amp;Auswirkung:</translation>
    </message>
    <message>
        <source>&amp;Affected users:</source>
        <translation>&amp;Betroffene Nutzer:</translation>
    </message>
    <message>
        <source>&amp;Revenue impact:</source>
        <translation>&amp;Umsatzauswirkung:</translation>
    </message>
    <message>
        <source>&amp;Declare</source>
        <translation>&amp;Ausrufen</translation>
    </message>
    <message>
        <source>Response: %1</source>
        <translation>Reaktion: %1</translation>
    </message>
    <message>
        <source>Updates: %1</source>
        <translation>Updates: %1</translation>
    </message>
</context>
<context>
    <name>sitrep::IncidentDetailPane</name>
    <message>
        <source>Select an incident to see its details.</source>
        <translation>Wählen Sie einen Vorfall, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Schweregrad:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Commander:</source>
        <translation>Leitung:</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Lösen …</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Wieder eröffnen …</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>automated</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Next update</source>
        <translation>Nächstes Update</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>überfällig seit %1</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Affected users</source>
        <translation>Betroffene Nutzer</translation>
    </message>
    <message>
        <source>Reopen incident</source>
        <translation>Vorfall wieder eröffnen</translation>
    </message>
    <message>
        <source>Why is incident #%1 open again?</source>
        <translation>Warum ist Vorfall #%1 wieder offen?</translation>
    </message>
</context>
<context>
    <name>sitrep::IncidentService</name>
    <message>
        <source>Declared %1: %2</source>
        <translation>%1 ausgerufen: %2</translation>
    </message>
    <message>
        <source>There is no incident #%1.</source>
        <translation>Es gibt keinen Vorfall #%1.</translation>
    </message>
    <message>
        <source>Resolve incident #%1 with a resolution instead of setting its status.</source>
        <translation>Lösen Sie Vorfall #%1 mit einer Lösung, statt seinen Status zu setzen.</translation>
    </message>
    <message>
        <source>Incident #%1 is resolved; reopen it with a reason first.</source>
        <translation>Vorfall #%1 ist gelöst; eröffnen Sie ihn zuerst mit einem Grund wieder.</translation>
    </message>
    <message>
        <source>Status changed from %1 to %2</source>
        <translation>Status von %1 zu %2 geändert</translation>
    </message>
    <message>
        <source>Incident #%1 is already %2.</source>
        <translation>Vorfall #%1 ist bereits %2.</translation>
    </message>
    <message>
        <source>Severity changed from %1 to %2</source>
        <translation>Schweregrad von %1 zu %2 geändert</translation>
    </message>
    <message>
        <source>Name the new incident commander.</source>
        <translation>Nennen Sie die neue Einsatzleitung.</translation>
    </message>
    <message>
        <source>%1 is already the incident commander.</source>
        <translation>%1 hat bereits die Einsatzleitung.</translation>
    </message>
    <message>
        <source>Incident commander is now %1</source>
        <translation>Einsatzleitung ist jetzt %1</translation>
    </message>
    <message>
        <source>Incident #%1 was already acknowledged.</source>
        <translation>Vorfall #%1 wurde bereits bestätigt.</translation>
    </message>
    <message>
        <source>Acknowledged by %1</source>
        <translation>Bestätigt von %1</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Gelöst: %1</translation>
    </message>
    <message>
        <source>Incident #%1 is not resolved, so it cannot be reopened.</source>
        <translation>Vorfall #%1 ist nicht gelöst und kann daher nicht wieder eröffnet werden.</translation>
    </message>
    <message>
        <source>Reopened: %1</source>
        <translation>Wieder eröffnet: %1</translation>
    </message>
</context>
<context>
    <name>sitrep::IncidentTableModel</name>
    <message>
        <source>%1d %2h</source>
        <translation>%1T %2h</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1h %2m</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1m</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1s</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>überfällig %1</translation>
    </message>
    <message>
        <source>Next update due %1 UTC</source>
        <translation>Nächstes Update fällig %1 UTC</translation>
    </message>
    <message>
        <source>Started %1 UTC</source>
        <translation>Begonnen %1 UTC</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Commander</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Next update</source>
        <translation>Nächstes Update</translation>
    </message>
</context>
<context>
    <name>sitrep::MainWindow</name>
    <message>
        <source>Sitrep — Incident board</source>
        <translation>Sitrep — Vorfallstafel</translation>
    </message>
    <message>
        <source>Loading incidents…</source>
        <translation>Vorfälle werden geladen …</translation>
    </message>
    <message>
        <source>%1 of %2 incidents shown</source>
        <translation>%1 von %2 Vorfällen angezeigt</translation>
    </message>
    <message>
        <source>Could not load the incident history: %1</source>
        <translation>Die Vorfallshistorie konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Vorfall</translation>
    </message>
    <message>
        <source>&amp;Declare incident…</source>
        <translation>Vorfall &amp;ausrufen …</translation>
    </message>
    <message>
        <source>&amp;Resolve selected…</source>
        <translation>Ausgewählten &amp;lösen …</translation>
    </message>
    <message>
        <source>Set &amp;severity</source>
        <translation>&amp;Schweregrad setzen</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>%1 setzen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Filter incidents</source>
        <translation>Vorfälle &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Next incident</source>
        <translation>&amp;Nächster Vorfall</translation>
    </message>
    <message>
        <source>&amp;Previous incident</source>
        <translation>&amp;Vorheriger Vorfall</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Sitrep</source>
        <translation>Über &amp;Sitrep</translation>
    </message>
    <message>
        <source>About Sitrep</source>
        <translation>Über Sitrep</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sitrep %1&lt;/b&gt;&lt;p&gt;Incident command console.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Sitrep %1&lt;/b&gt;&lt;p&gt;Leitstand für Vorfälle.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sitrep::ResolveDialog</name>
    <message>
        <source>Resolve incident</source>
        <translation>Vorfall lösen</translation>
    </message>
    <message>
        <source>What fixed it? (required)</source>
        <translation>Was hat ihn behoben? (Pflicht)</translation>
    </message>
    <message>
        <source>Why did it happen? (can be filled in later)</source>
        <translation>Warum ist es passiert? (kann später ergänzt werden)</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Lösung:</translation>
    </message>
    <message>
        <source>Root &amp;cause:</source>
        <translation>&amp;Grundursache:</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Lösen</translation>
    </message>
    <message>
        <source>Say what fixed it: the resolution is required.</source>
        <translation>Sagen Sie, was ihn behoben hat: die Lösung ist Pflicht.</translation>
    </message>
</context>
<context>
    <name>sitrep::SecretStore</name>
    <message>
        <source>No secret is stored under "%1".</source>
        <translation>Unter „%1“ ist kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Sitrep keeps secrets only in the keychain; start one, such as GNOME Keyring or KWallet.</source>
        <translation>Kein Systemschlüsselbund verfügbar (%1). Sitrep bewahrt Geheimnisse nur im Schlüsselbund auf; starten Sie einen, etwa GNOME Keyring oder KWallet.</translation>
    </message>
    <message>
        <source>The keychain refused the request: %1</source>
        <translation>Der Schlüsselbund hat die Anfrage abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>sitrep::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>sitrepctl</name>
    <message>
        <source>Sitrep on the command line.

Commands:
  incidents list [--status open|resolved|all] [--json]
  incidents show ID [--json]
  incidents declare --title T --severity SEV-N [--service S]... [--commander C] [--impact TEXT] [--json]
  incidents update ID [--status S] [--severity SEV-N] [--commander C]
  incidents resolve ID --resolution TEXT [--root-cause TEXT]
  incidents reopen ID --reason TEXT
  backup [FILE]
  restore FILE</source>
        <translation>Sitrep auf der Kommandozeile.

Befehle:
  incidents list [--status open|resolved|all] [--json]
  incidents show ID [--json]
  incidents declare --title T --severity SEV-N [--service S]... [--commander C] [--impact TEXT] [--json]
  incidents update ID [--status S] [--severity SEV-N] [--commander C]
  incidents resolve ID --resolution TEXT [--root-cause TEXT]
  incidents reopen ID --reason TEXT
  backup [FILE]
  restore FILE</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>Die Datenbankdatei (Standard: %1).</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Was zu tun ist.</translation>
    </message>
</context>
</TS>