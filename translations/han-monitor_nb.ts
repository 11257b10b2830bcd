<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
<context>
    <name>BackupCommand</name>
    <message>
        <location filename="../app/han-cli/backup_command.cpp" line="+18"/>
        <source>Writes a consistent copy of the history database, also while it is recording.</source>
        <translation>Skriver en konsistent kopi av historikkdatabasen, også mens registreringen pågår.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history database (default: the one HAN Monitor uses).</source>
        <translation>Historikkdatabasen (standard: den HAN Monitor bruker).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to write the copy (must not exist yet).</source>
        <translation>Hvor kopien skal skrives (kan ikke finnes fra før).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no backup file given</source>
        <translation>ingen fil for sikkerhetskopien er angitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give exactly one backup file</source>
        <translation>angi nøyaktig én fil for sikkerhetskopien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--db needs a path</source>
        <translation>--db trenger en sti</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>backed up %1 to %2 (%3 MB)</source>
        <translation>sikkerhetskopierte %1 til %2 (%3 MB)</translation>
    </message>
</context>
<context>
    <name>CapacityCommand</name>
    <message>
        <location filename="../app/han-cli/capacity_command.cpp" line="+57"/>
        <source>Shows a month&apos;s capacity tariff from the history: the three highest hourly imports, each on a different day, their average and the step it falls in. These are estimates from the meter&apos;s HAN port; the grid company bills from its own metering data.</source>
        <translation>Viser kapasitetsleddet for en måned fra historikken: de tre timene med høyest import, hver på en egen dag, gjennomsnittet av dem og effekttrinnet det havner i. Dette er anslag fra målerens HAN-port; nettselskapet fakturerer etter sine egne måledata.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The history database (default: the one HAN Monitor uses).</source>
        <translation>Historikkdatabasen (standard: den HAN Monitor bruker).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meter; needed when the database holds more than one.</source>
        <translation>Måleren; trengs når databasen har mer enn én.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The local calendar month (default: the current one).</source>
        <translation>Kalendermåneden, i lokal tid (standard: den inneværende).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>text (default, for people) or json.</source>
        <translation>text (standard, for mennesker) eller json.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave out hours whose energy is suspect or estimated (a missing or odd hourly list).</source>
        <translation>Utelat timer der energien er tvilsom eller estimert (en manglende eller avvikende timeliste).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The time zone of the days, e.g. Europe/Oslo (default: the system&apos;s).</source>
        <translation>Tidssonen for dagene, f.eks. Europe/Oslo (standard: systemets).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Store your grid company&apos;s steps in the history first, FROM-TO:PRICE per step, the last open-ended, e.g. &quot;0-2:415;2-5:655;5-10:1040;10-:1530&quot; (kW, price per month).</source>
        <translation>Lagre først effekttrinnene til nettselskapet ditt i historikken, FRA-TIL:PRIS per trinn, det siste uten øvre grense, f.eks. &quot;0-2:415;2-5:655;5-10:1040;10-:1530&quot; (kW, pris per måned).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>uventet argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown format &apos;%1&apos; (use text or json)</source>
        <translation>ukjent format &apos;%1&apos; (bruk text eller json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown time zone &apos;%1&apos; (use a name like Europe/Oslo)</source>
        <translation>ukjent tidssone &apos;%1&apos; (bruk et navn som Europe/Oslo)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--month &apos;%1&apos; is not a month like 2026-10</source>
        <translation>--month &apos;%1&apos; er ikke en måned på formen 2026-10</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--set-steps: %1</source>
        <translation>--set-steps: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--db needs a path</source>
        <translation>--db trenger en sti</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>capacity steps saved in %1: %2</source>
        <translation>effekttrinnene er lagret i %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>%1 holds no meters</source>
        <translation>%1 inneholder ingen målere</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 holds no meter &apos;%2&apos;; its meters: %3</source>
        <translation>%1 inneholder ingen måler &apos;%2&apos;; målerne der er: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 holds several meters; choose one with --meter: %2</source>
        <translation>%1 inneholder flere målere; velg én med --meter: %2</translation>
    </message>
</context>
<context>
    <name>CapacityLadder</name>
    <message>
        <location filename="../core/analysis/capacity_ladder.cpp" line="+41"/>
        <source>A capacity ladder needs at least one step.</source>
        <translation>Kapasitetsleddet trenger minst ett effekttrinn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first step must start at 0 kW.</source>
        <translation>Det første trinnet må begynne på 0 kW.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The price of step %1 must be a number of at least 0.</source>
        <translation>Prisen for trinn %1 må være et tall på minst 0.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The last step must have no upper limit.</source>
        <translation>Det siste trinnet kan ikke ha noen øvre grense.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the last step may have no upper limit.</source>
        <translation>Bare det siste trinnet kan være uten øvre grense.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1 must end above where it starts (%2 kW).</source>
        <translation>Trinn %1 må slutte over der det begynner (%2 kW).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step %1 must start where step %2 ends (%3 kW).</source>
        <translation>Trinn %1 må begynne der trinn %2 slutter (%3 kW).</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>&quot;%1&quot; is not a step: write FROM-TO:PRICE, e.g. 2-5:655, or FROM-:PRICE for the top step.</source>
        <translation>&quot;%1&quot; er ikke et trinn: skriv FRA-TIL:PRIS, f.eks. 2-5:655, eller FRA-:PRIS for det øverste trinnet.</translation>
    </message>
</context>
<context>
    <name>CapacityReport</name>
    <message>
        <location filename="../app/han-cli/capacity_report.cpp" line="+35"/>
        <source>%1 to %2 kW</source>
        <translation>%1 til %2 kW</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 kW and above</source>
        <translation>%1 kW og over</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Capacity tariff %1, meter %2, time zone %3</source>
        <translation>Kapasitetsledd %1, måler %2, tidssone %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No hours of data in this month.</source>
        <translation>Ingen timer med data i denne måneden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highest hours, each on a different day:</source>
        <translation>De høyeste timene, hver på en egen dag:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(estimated)</source>
        <translation>(estimert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(suspect)</source>
        <translation>(tvilsom)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Average of the highest days: %1 kW</source>
        <translation>Gjennomsnitt av de høyeste dagene: %1 kW</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step: %1, %2 kr per month</source>
        <translation>Effekttrinn: %1, %2 kr per måned</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This hour (from %1): %2 kWh so far, %3 kWh by its end at the present power</source>
        <translation>Denne timen (fra %1): %2 kWh så langt, %3 kWh ved timens slutt med effekten nå</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left before the month reaches %1 kW: %2 kWh this hour, %3 kW on average for the rest of it</source>
        <translation>Igjen før måneden når %1 kW: %2 kWh denne timen, %3 kW i snitt resten av timen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning: at the present power this hour moves the month up to %1.</source>
        <translation>Advarsel: med effekten nå flytter denne timen måneden opp til %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suspect or estimated hours left out: %1</source>
        <translation>Tvilsomme eller estimerte timer som er utelatt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps (change with --set-steps): %1</source>
        <translation>Effekttrinn (endre med --set-steps): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These figures are estimates from the meter&apos;s HAN port; the grid company bills from its own metering data.</source>
        <translation>Disse tallene er anslag fra målerens HAN-port; nettselskapet fakturerer etter sine egne måledata.</translation>
    </message>
</context>
<context>
    <name>CapacityText</name>
    <message>
        <location filename="../ui/capacity_text.cpp" line="+34"/>
        <source>%1 kW and above</source>
        <translation>%1 kW og over</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1–%2 kW</source>
        <translation>%1–%2 kW</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 kr</source>
        <translation>%1 kr</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1/month</source>
        <translation>%1/måned</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This hour will raise the capacity step</source>
        <translation>Denne timen vil heve effekttrinnet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>At the present %1 this hour will reach %2 and lift this month&apos;s capacity step from %3 to %4 (+%5).</source>
        <translation>Med nåværende effekt på %1 vil denne timen nå %2 og løfte månedens effekttrinn fra %3 til %4 (+%5).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use as little as you can for the rest of the hour.</source>
        <translation>Bruk så lite som mulig resten av timen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use less than %1 for the rest of the hour to stay in the current step.</source>
        <translation>Bruk mindre enn %1 resten av timen for å holde deg i nåværende trinn.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This month is in the top step (%1): no hour can raise it further.</source>
        <translation>Denne måneden er i øverste trinn (%1): ingen time kan heve det mer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This hour has used all it can without raising the month&apos;s step.</source>
        <translation>Denne timen har brukt alt den kan uten å heve månedens trinn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last minute</source>
        <translation>det siste minuttet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the remaining %1 minutes</source>
        <translation>de resterende %1 minuttene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can still use %1 this hour: %2 on average for %3, and stay in the %4 step.</source>
        <translation>Du kan fortsatt bruke %1 denne timen: %2 i snitt i %3, og holde deg i trinnet %4.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/han-cli/command_line.cpp" line="+9"/>
        <source>Show this help.</source>
        <translation>Vis denne hjelpen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>usage: %1</source>
        <translation>bruk: %1</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <location filename="../core/export/csv_exporter.cpp" line="+125"/>
        <location line="+100"/>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Nothing exported to %1: no meter was chosen.</source>
        <translation>Ingenting ble eksportert til %1: ingen måler er valgt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing exported to %1: the first day must not be after the last.</source>
        <translation>Ingenting ble eksportert til %1: første dag kan ikke være etter siste dag.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not create %1: %2</source>
        <translation>Kunne ikke opprette %1: %2</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Export to %1 cancelled.</source>
        <translation>Eksporten til %1 ble avbrutt.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Could not export to %1: reading the history failed: %2</source>
        <translation>Kunne ikke eksportere til %1: lesing av historikken mislyktes: %2</translation>
    </message>
</context>
<context>
    <name>DecodeCommand</name>
    <message>
        <location filename="../app/han-cli/decode_command.cpp" line="+63"/>
        <source>rejected frame at byte %1: %2</source>
        <translation>forkastet ramme ved byte %1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%L1 list decoded</source>
        <translation>%L1 liste dekodet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 lists decoded</source>
        <translation>%L1 lister dekodet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 frame rejected</source>
        <translation>%L1 ramme forkastet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 frames rejected</source>
        <translation>%L1 rammer forkastet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%L1 byte skipped</source>
        <translation>%L1 byte hoppet over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 bytes skipped</source>
        <translation>%L1 byte hoppet over</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%L1 character of text input ignored</source>
        <translation>%L1 tegn i tekstinndata ignorert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 characters of text input ignored</source>
        <translation>%L1 tegn i tekstinndata ignorert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%L1 frame is encrypted: give the two keys from your grid company with --key and --auth-key</source>
        <translation>%L1 ramme er kryptert: oppgi de to nøklene fra nettselskapet med --key og --auth-key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 frames are encrypted: give the two keys from your grid company with --key and --auth-key</source>
        <translation>%L1 rammer er kryptert: oppgi de to nøklene fra nettselskapet med --key og --auth-key</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>authentication failed for %L1 frame — check the keys from your grid company</source>
        <translation>autentisering mislyktes for %L1 ramme — kontroller nøklene fra nettselskapet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authentication failed for %L1 frames — check the keys from your grid company</source>
        <translation>autentisering mislyktes for %L1 rammer — kontroller nøklene fra nettselskapet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%L1 encrypted frame repeated an old frame counter and was ignored (replay)</source>
        <translation>%L1 kryptert ramme gjentok en gammel rammeteller og ble ignorert (replay)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 encrypted frames repeated old frame counters and were ignored (replay)</source>
        <translation>%L1 krypterte rammer gjentok gamle rammetellere og ble ignorert (replay)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Decodes a Kamstrup HAN byte stream (raw bytes, hex text or a serial-monitor log) into meter readings.</source>
        <translation>Dekoder en HAN-bytestrøm fra Kamstrup (rå byte, hex-tekst eller en logg fra en seriellmonitor) til målinger.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Input format: raw, hex, log or auto (default).</source>
        <translation>Inndataformat: raw, hex, log eller auto (standard).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output format: jsonl (default), csv or text.</source>
        <translation>Utdataformat: jsonl (standard), csv eller text.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also report every rejected frame.</source>
        <translation>Rapporter også hver forkastede ramme.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Decrypt with the meter keys stored for the adapter on serial device DEV (as entered in the app). Default: the keys stored for FILE, else the only ones stored.</source>
        <translation>Dekrypter med målernøklene som er lagret for adapteren på serieporten DEV (slik de ble lagt inn i appen). Standard: nøklene som er lagret for FILE, ellers de eneste som er lagret.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The capture to decode, or - for standard input.</source>
        <translation>Opptaket som skal dekodes, eller - for standard inndata.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown input format &apos;%1&apos; (use raw, hex, log or auto)</source>
        <translation>ukjent inndataformat &apos;%1&apos; (bruk raw, hex, log eller auto)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown output format &apos;%1&apos; (use jsonl, csv or text)</source>
        <translation>ukjent utdataformat &apos;%1&apos; (bruk jsonl, csv eller text)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no input file given</source>
        <translation>ingen inndatafil er angitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only one input file can be decoded at a time</source>
        <translation>bare én inndatafil kan dekodes om gangen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read &apos;%1&apos;: it is a folder, not a file</source>
        <translation>kan ikke lese &apos;%1&apos;: det er en mappe, ikke en fil</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+31"/>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>kan ikke lese &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>EnergySummary</name>
    <message>
        <location filename="../ui/energy_summary.cpp" line="+55"/>
        <source>No hour of this period has ended yet.</source>
        <translation>Ingen time i denne perioden er ferdig ennå.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No data was recorded in this period.</source>
        <translation>Ingen data ble registrert i denne perioden.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>All %Ln hour(s) measured.</source>
        <translation>
            <numerusform>%Ln time er målt.</numerusform>
            <numerusform>Alle %Ln timer er målt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 measured</source>
        <translation>%1 målt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 estimated</source>
        <translation>%1 estimert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 suspect</source>
        <translation>%1 tvilsom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 missing</source>
        <translation>%1 mangler</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln hour(s): %1.</source>
        <translation>
            <numerusform>%Ln time: %1.</numerusform>
            <numerusform>%Ln timer: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/han-cli/export_command.cpp" line="+86"/>
        <source>exporting to %1: %2%</source>
        <translation>eksporterer til %1: %2 %</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Exports one meter&apos;s history as CSV: every reading (raw), the energy of each hour (hourly) or of each day (daily), for local calendar days.</source>
        <translation>Eksporterer historikken til én måler som CSV: hver måling (raw), energien for hver time (hourly) eller for hver dag (daily), for lokale kalenderdager.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history database (default: the one HAN Monitor uses).</source>
        <translation>Historikkdatabasen (standard: den HAN Monitor bruker).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The meter to export; needed when the database holds more than one.</source>
        <translation>Måleren som skal eksporteres; trengs når databasen har mer enn én.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first local day to export (included).</source>
        <translation>Første lokale dag som skal eksporteres (tas med).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last local day to export (included).</source>
        <translation>Siste lokale dag som skal eksporteres (tas med).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>raw (every reading), hourly or daily.</source>
        <translation>raw (hver måling), hourly (per time) eller daily (per dag).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rfc4180 (default: &apos;,&apos; and &apos;.&apos;) or nordic (&apos;;&apos;, decimal comma, for Excel set to Norwegian, Danish or Swedish).</source>
        <translation>rfc4180 (standard: &apos;,&apos; og &apos;.&apos;) eller nordic (&apos;;&apos;, desimalkomma, for Excel på norsk, dansk eller svensk).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The time zone of the local times and days, e.g. Europe/Oslo (default: the system&apos;s).</source>
        <translation>Tidssonen for lokale tider og dager, f.eks. Europe/Oslo (standard: systemets).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file to write, or - for standard output (the default).</source>
        <translation>Filen som skal skrives, eller - for standard utdata (forvalg).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>uventet argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--%1 is required</source>
        <translation>--%1 er påkrevd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--from &apos;%1&apos; is not a date like 2026-10-25</source>
        <translation>--from &apos;%1&apos; er ikke en dato på formen 2026-10-25</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--to &apos;%1&apos; is not a date like 2026-10-25</source>
        <translation>--to &apos;%1&apos; er ikke en dato på formen 2026-10-25</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--to %1 is before --from %2</source>
        <translation>--to %1 er før --from %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown resolution &apos;%1&apos; (use raw, hourly or daily)</source>
        <translation>ukjent oppløsning &apos;%1&apos; (bruk raw, hourly eller daily)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown dialect &apos;%1&apos; (use rfc4180 or nordic)</source>
        <translation>ukjent dialekt &apos;%1&apos; (bruk rfc4180 eller nordic)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown time zone &apos;%1&apos; (use a name like Europe/Oslo)</source>
        <translation>ukjent tidssone &apos;%1&apos; (bruk et navn som Europe/Oslo)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--out %1 is the database itself</source>
        <translation>--out %1 er selve databasen</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+10"/>
        <source>%1 holds no meters</source>
        <translation>%1 inneholder ingen målere</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 holds no meter &apos;%2&apos;; its meters: %3</source>
        <translation>%1 inneholder ingen måler &apos;%2&apos;; målerne der er: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 holds several meters; choose one with --meter: %2</source>
        <translation>%1 inneholder flere målere; velg én med --meter: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>could not write to standard output: %1</source>
        <translation>kunne ikke skrive til standard utdata: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>standard output</source>
        <translation>standard utdata</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%L1 row written to %2</source>
        <translation>%L1 rad skrevet til %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 rows written to %2</source>
        <translation>%L1 rader skrevet til %2</translation>
    </message>
</context>
<context>
    <name>ExportRange</name>
    <message>
        <location filename="../ui/export_range.cpp" line="+46"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday</source>
        <translation>I går</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This month</source>
        <translation>Denne måneden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last month</source>
        <translation>Forrige måned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All</source>
        <translation>Alt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custom</source>
        <translation>Egendefinert</translation>
    </message>
</context>
<context>
    <name>HistoryDatabase</name>
    <message>
        <location filename="../core/storage/history_database.cpp" line="+78"/>
        <source>No history file was given.</source>
        <translation>Ingen historikkfil er angitt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a folder, not a history file.</source>
        <translation>%1 er en mappe, ikke en historikkfil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qt&apos;s SQLite driver is not installed, so the history in %1 cannot be opened. On Debian or Ubuntu, install the package libqt6sql6-sqlite.</source>
        <translation>SQLite-driveren til Qt er ikke installert, så historikken i %1 kan ikke åpnes. På Debian eller Ubuntu installerer du pakken libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 does not exist: no history has been recorded there.</source>
        <translation>%1 finnes ikke: ingen historikk er lagret der.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 cannot be created, so the history cannot be kept in %2. Choose another place for it.</source>
        <translation>Mappen %1 kan ikke opprettes, så historikken kan ikke lagres i %2. Velg et annet sted for den.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder %1 is read-only, so the history %2 cannot be written there. Choose another place for it, or make the folder writable.</source>
        <translation>Mappen %1 er skrivebeskyttet, så historikken %2 kan ikke skrives der. Velg et annet sted for den, eller gi skrivetilgang til mappen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is read-only, so new readings cannot be saved in it.</source>
        <translation>%1 er skrivebeskyttet, så nye målinger kan ikke lagres i den.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 was written by a newer version of HAN Monitor (history format %2; this version reads up to %3). It was left untouched: update HAN Monitor to open it.</source>
        <translation>%1 ble skrevet av en nyere versjon av HAN Monitor (historikkformat %2; denne versjonen leser opptil %3). Filen er ikke endret: oppdater HAN Monitor for å åpne den.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is empty: no history has been recorded in it yet.</source>
        <translation>%1 er tom: ingen historikk er lagret i den ennå.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is in an older history format (%2). Open it once in HAN Monitor or with han-cli import to bring it up to date.</source>
        <translation>%1 har et eldre historikkformat (%2). Åpne den én gang i HAN Monitor eller med han-cli import for å oppdatere den.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is not a HAN Monitor history: it is a database of another program. It was left untouched; choose another file for the history.</source>
        <translation>%1 er ikke en historikk fra HAN Monitor: det er en database fra et annet program. Filen er ikke endret; velg en annen fil for historikken.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is damaged: its format version is missing. It was left untouched; restore it from a backup or choose another file.</source>
        <translation>%1 er skadet: formatversjonen mangler. Filen er ikke endret; gjenopprett den fra en sikkerhetskopi eller velg en annen fil.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 cannot be switched to write-ahead logging (the file system may not support it). Choose a folder on a local disk.</source>
        <translation>%1 kan ikke settes i WAL-modus (write-ahead logging; filsystemet støtter det kanskje ikke). Velg en mappe på en lokal disk.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 could not be prepared for the history: %2</source>
        <translation>%1 kunne ikke klargjøres for historikken: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no room left for the history in %1: the disk is full (or the file reached its size limit). New readings are not being saved; the readings saved so far are kept. Free some disk space.</source>
        <translation>Det er ikke mer plass til historikken i %1: disken er full (eller filen har nådd største tillatte størrelse). Nye målinger blir ikke lagret; målingene som allerede er lagret, beholdes. Frigjør litt diskplass.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be written: the file or its folder is read-only. New readings are not being saved.</source>
        <translation>%1 kan ikke skrives: filen eller mappen er skrivebeskyttet. Nye målinger blir ikke lagret.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is in use by another program that did not let go of it within %2 seconds. Try again when it has finished.</source>
        <translation>%1 brukes av et annet program som ikke slapp den innen %2 sekunder. Prøv igjen når programmet er ferdig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be opened: its folder is missing or you do not have permission to use it.</source>
        <translation>%1 kan ikke åpnes: mappen mangler, eller du har ikke tilgang til den.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is damaged or is not a HAN Monitor history (%2). It was left untouched; restore it from a backup or choose another file.</source>
        <translation>%1 er skadet eller er ikke en historikk fra HAN Monitor (%2). Filen er ikke endret; gjenopprett den fra en sikkerhetskopi eller velg en annen fil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk reported an error while using %1 (%2). The readings saved so far are kept.</source>
        <translation>Disken meldte en feil under bruk av %1 (%2). Målingene som allerede er lagret, beholdes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history %1 could not be used: %2</source>
        <translation>Historikken %1 kunne ikke brukes: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give a file name for the backup, not a folder.</source>
        <translation>Angi et filnavn for sikkerhetskopien, ikke en mappe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already exists; the backup was not written. Choose a new file name.</source>
        <translation>%1 finnes allerede; sikkerhetskopien ble ikke skrevet. Velg et nytt filnavn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finnes ikke.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup cannot be written to %1: %2</source>
        <translation>Sikkerhetskopien kan ikke skrives til %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The backup %1 could not be written: the disk is full or failed (%2).</source>
        <translation>Sikkerhetskopien %1 kunne ikke skrives: disken er full eller sviktet (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup %1 could not be written: %2</source>
        <translation>Sikkerhetskopien %1 kunne ikke skrives: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup %1 could not be saved to the disk.</source>
        <translation>Sikkerhetskopien %1 kunne ikke lagres på disken.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup could not be given its name %1.</source>
        <translation>Sikkerhetskopien kunne ikke få navnet %1.</translation>
    </message>
</context>
<context>
    <name>HistoryReader</name>
    <message>
        <location filename="../core/storage/history_reader.cpp" line="+39"/>
        <source>The history is not open.</source>
        <translation>Historikken er ikke åpen.</translation>
    </message>
</context>
<context>
    <name>HistoryWriter</name>
    <message>
        <location filename="../core/storage/history_writer.cpp" line="+467"/>
        <source>1 reading waiting to be saved could not be kept.</source>
        <translation>1 måling som ventet på å bli lagret, gikk tapt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 readings waiting to be saved could not be kept.</source>
        <translation>%L1 målinger som ventet på å bli lagret, gikk tapt.</translation>
    </message>
    <message>
        <location line="+84"/>
        <location line="+116"/>
        <location line="+65"/>
        <source>The history is not open.</source>
        <translation>Historikken er ikke åpen.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../app/han-cli/import_command.cpp" line="+65"/>
        <source>importing %1: %2%</source>
        <translation>importerer %1: %2 %</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Decodes a captured HAN byte stream into the history database.</source>
        <translation>Dekoder et opptak av en HAN-bytestrøm inn i historikkdatabasen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history database (default: the one HAN Monitor uses).</source>
        <translation>Historikkdatabasen (standard: den HAN Monitor bruker).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Input format: raw, hex, log or auto (default).</source>
        <translation>Inndataformat: raw, hex, log eller auto (standard).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How the meter&apos;s clock runs: dst (Norwegian time with daylight saving) or standard (UTC+1 all year). Remembered for the meter; default: what the history knows about the meter, else dst.</source>
        <translation>Hvordan klokken i måleren går: dst (norsk tid med sommertid) eller standard (UTC+1 hele året). Huskes for måleren; forvalg: det historikken vet om måleren, ellers dst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The capture to import.</source>
        <translation>Opptaket som skal importeres.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown input format &apos;%1&apos; (use raw, hex, log or auto)</source>
        <translation>ukjent inndataformat &apos;%1&apos; (bruk raw, hex, log eller auto)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown clock mode &apos;%1&apos; (use dst or standard)</source>
        <translation>ukjent klokkemodus &apos;%1&apos; (bruk dst eller standard)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no capture file given</source>
        <translation>ingen opptaksfil er angitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only one capture can be imported at a time</source>
        <translation>bare ett opptak kan importeres om gangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--db needs a path</source>
        <translation>--db trenger en sti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read &apos;%1&apos;: it is a folder, not a file</source>
        <translation>kan ikke lese &apos;%1&apos;: det er en mappe, ikke en fil</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+33"/>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>kan ikke lese &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%L1 list decoded</source>
        <translation>%L1 liste dekodet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 lists decoded</source>
        <translation>%L1 lister dekodet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 reading stored</source>
        <translation>%L1 måling lagret</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 readings stored</source>
        <translation>%L1 målinger lagret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 register snapshot</source>
        <translation>%L1 målerstandsavlesning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 register snapshots</source>
        <translation>%L1 målerstandsavlesninger</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>%L1 already in the history</source>
        <translation>%L1 fantes allerede i historikken</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>%L1 without a usable time (not stored)</source>
        <translation>%L1 uten brukbart tidspunkt (ikke lagret)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%L1 frame rejected</source>
        <translation>%L1 ramme forkastet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 frames rejected</source>
        <translation>%L1 rammer forkastet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>history: %1</source>
        <translation>historikk: %1</translation>
    </message>
</context>
<context>
    <name>KeyOptions</name>
    <message>
        <location filename="../app/han-cli/key_options.cpp" line="+11"/>
        <source>The meter&apos;s encryption key from the grid company (GUEK, &quot;GPK60&quot;): 32 hex digits. For encrypted frames.</source>
        <translation>Målerens krypteringsnøkkel fra nettselskapet (GUEK, «GPK60»): 32 heksadesimale sifre. For krypterte rammer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The meter&apos;s authentication key from the grid company (GAK, &quot;GPK61&quot;): 32 hex digits. Needs --key.</source>
        <translation>Målerens autentiseringsnøkkel fra nettselskapet (GAK, «GPK61»): 32 heksadesimale sifre. Krever --key.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 takes 32 hex digits (0-9, A-F; spaces, colons and dashes between them are allowed), and the value has other characters</source>
        <translation>%1 tar 32 heksadesimale sifre (0-9, A-F; mellomrom, kolon og bindestrek mellom dem er tillatt), og verdien har andre tegn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 takes 32 hex digits, and the value has %2</source>
        <translation>%1 tar 32 heksadesimale sifre, og verdien har %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--auth-key needs --key too: encrypted frames are decrypted with the encryption key</source>
        <translation>--auth-key krever også --key: krypterte rammer dekrypteres med krypteringsnøkkelen</translation>
    </message>
</context>
<context>
    <name>ListenCommand</name>
    <message>
        <location filename="../app/han-cli/listen_command.cpp" line="+64"/>
        <source>Decodes a live serial port and prints each reading as it comes; with --db also stores them in the history.</source>
        <translation>Dekoder en seriell port direkte og skriver ut hver måling etter hvert som den kommer; med --db lagres de også i historikken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The serial device of the HAN adapter, e.g. /dev/ttyUSB0.</source>
        <translation>Den serielle enheten til HAN-adapteren, f.eks. /dev/ttyUSB0.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none (Kamstrup, the default), even (Aidon, Kaifa) or auto (try the other after 25 s without a valid frame).</source>
        <translation>none (Kamstrup, standard), even (Aidon, Kaifa) eller auto (prøv den andre etter 25 s uten gyldig ramme).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also record the raw bytes to FILE (.log: with timestamps, .hex: hex text, else raw).</source>
        <translation>Ta også opp de rå bytene til FILE (.log: med tidsstempler, .hex: hex-tekst, ellers rå byte).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>jsonl, or text (one line per reading). Default: text on a terminal, else jsonl.</source>
        <translation>jsonl eller text (én linje per måling). Standard: text i en terminal, ellers jsonl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds without a valid frame before the link counts as silent (default 30).</source>
        <translation>Sekunder uten gyldig ramme før forbindelsen regnes som stille (standard 30).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also store the readings and link events in the history database PATH.</source>
        <translation>Lagre også målingene og hendelser på forbindelsen i historikkdatabasen PATH.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>uventet argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--port is required</source>
        <translation>--port er påkrevd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--db needs a path</source>
        <translation>--db trenger en sti</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown parity &apos;%1&apos; (use none, even or auto)</source>
        <translation>ukjent paritet &apos;%1&apos; (bruk none, even eller auto)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--no-data-timeout takes seconds between 0 and 3600</source>
        <translation>--no-data-timeout tar sekunder mellom 0 og 3600</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown output format &apos;%1&apos; (use jsonl or text)</source>
        <translation>ukjent utdataformat &apos;%1&apos; (bruk jsonl eller text)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>storing the history in %1</source>
        <translation>lagrer historikken i %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the history is being written again</source>
        <translation>historikken skrives igjen</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%Ln reading(s)</source>
        <translation>
            <numerusform>%Ln måling</numerusform>
            <numerusform>%Ln målinger</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 B received</source>
        <translation>%L1 B mottatt</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln frame(s) rejected</source>
        <translation>
            <numerusform>%Ln ramme forkastet</numerusform>
            <numerusform>%Ln rammer forkastet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln reconnect(s)</source>
        <translation>
            <numerusform>%Ln gjenoppkobling</numerusform>
            <numerusform>%Ln gjenoppkoblinger</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeterCommand</name>
    <message>
        <location filename="../app/han-cli/meter_command.cpp" line="+33"/>
        <source>Power of ten added to the powers (W, var): -1 for a meter that reports ten times too much.</source>
        <translation>Tierpotens som legges til effektene (W, var): -1 for en måler som rapporterer ti ganger for mye.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Power of ten added to the currents: -1 for mA instead of 0.01 A (CT meters).</source>
        <translation>Tierpotens som legges til strømmene: -1 for mA i stedet for 0,01 A (trafomålere).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Power of ten added to the voltages.</source>
        <translation>Tierpotens som legges til spenningene.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power of ten added to the energy registers: -1 for Wh instead of 10 Wh (Swedish and Danish meters).</source>
        <translation>Tierpotens som legges til målerstandene for energi: -1 for Wh i stedet for 10 Wh (svenske og danske målere).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Shows the meters in the history and their settings, or changes the settings of meter ID (creating it when the history does not know it yet). A shift (-6 to 6) is a power of ten added to the units of the Norwegian data sheet. New readings are stored with the new settings; stored ones stay as they are.</source>
        <translation>Viser målerne i historikken og innstillingene deres, eller endrer innstillingene til måler ID (og oppretter den når historikken ikke kjenner den ennå). En forskyvning (-6 til 6) er en tierpotens som legges til enhetene i det norske databladet. Nye målinger lagres med de nye innstillingene; målinger som allerede er lagret, forblir som de er.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The history database (default: the one HAN Monitor uses).</source>
        <translation>Historikkdatabasen (standard: den HAN Monitor bruker).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How the meter&apos;s clock runs: dst (Norwegian time with daylight saving), standard (UTC+1 all year) or learned (from the computer&apos;s clock while listening).</source>
        <translation>Hvordan klokken i måleren går: dst (norsk tid med sommertid), standard (UTC+1 hele året) eller learned (lært fra datamaskinens klokke under lytting).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The meter&apos;s number, as han-cli decode shows it.</source>
        <translation>Målernummeret, slik han-cli decode viser det.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give one meter ID at most</source>
        <translation>angi høyst én måler-ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the meter ID is empty</source>
        <translation>måler-ID-en er tom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--db needs a path</source>
        <translation>--db trenger en sti</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown clock mode &apos;%1&apos; (use dst, standard or learned)</source>
        <translation>ukjent klokkemodus &apos;%1&apos; (bruk dst, standard eller learned)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 takes a whole number from -%2 to %2, not &apos;%3&apos;</source>
        <translation>--%1 tar et heltall fra -%2 til %2, ikke &apos;%3&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>say which meter to change: han-cli meter ID --%1 ...</source>
        <translation>angi hvilken måler som skal endres: han-cli meter ID --%1 ...</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 holds no meters</source>
        <translation>%1 inneholder ingen målere</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 holds no meter &apos;%2&apos;</source>
        <translation>%1 inneholder ingen måler &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>settings of meter %1 saved in %2</source>
        <translation>innstillingene for måler %1 er lagret i %2</translation>
    </message>
</context>
<context>
    <name>PortsCommand</name>
    <message>
        <location filename="../app/han-cli/ports_command.cpp" line="+13"/>
        <source>Lists the serial ports with description, manufacturer, VID:PID and serial number.</source>
        <translation>Viser de serielle portene med beskrivelse, produsent, VID:PID og serienummer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;ports&apos; takes no arguments</source>
        <translation>&apos;ports&apos; tar ingen argumenter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No serial ports found. Plug in the USB M-Bus adapter; it shows up as /dev/ttyUSB0 or similar.</source>
        <translation>Fant ingen serielle porter. Koble til USB M-Bus-adapteren; den dukker opp som /dev/ttyUSB0 eller lignende.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DESCRIPTION</source>
        <translation>BESKRIVELSE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MANUFACTURER</source>
        <translation>PRODUSENT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VID:PID</source>
        <translation>VID:PID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SERIAL</source>
        <translation>SERIENR</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="qt_own_texts.cpp" line="+20"/>
        <source>Displays help on commandline options.</source>
        <translation>Viser hjelp om kommandolinjevalgene.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displays help including Qt specific options.</source>
        <translation>Viser hjelp, også om valgene som er spesifikke for Qt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displays version information.</source>
        <translation>Viser versjonsinformasjon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options:</source>
        <translation>Valg:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments:</source>
        <translation>Argumenter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage: %1</source>
        <translation>Bruk: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[options]</source>
        <translation>[valg]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Ukjent valg &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown options: %1.</source>
        <translation>Ukjente valg: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Mangler verdi etter &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Uventet verdi etter &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location line="-14"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-8"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
</context>
<context>
    <name>QualityIndicator</name>
    <message>
        <location filename="../ui/quality_indicator.cpp" line="+107"/>
        <source>measured</source>
        <translation>målt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>estimated</source>
        <translation>estimert</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>missing</source>
        <translation>mangler</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>suspect</source>
        <translation>tvilsom</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Measured: the difference of the meter&apos;s own hourly registers (List 2) at the hour&apos;s start and end.</source>
        <translation>Målt: differansen mellom målerens egne målerstander (Liste 2, hver time) ved timens start og slutt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimated: an hourly List 2 was missing, so the energy was integrated from the power readings (List 1, every 10 s) and reconciled to the registers, so the day still adds up to what the meter counted.</source>
        <translation>Estimert: Liste 2 for timen manglet, så energien ble integrert fra effektmålingene (Liste 1, hvert 10. sekund) og avstemt mot målerstandene, slik at døgnet fortsatt summerer seg til det måleren telte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Missing: no data was recorded for this hour (the app was not running or the meter was not connected).</source>
        <translation>Mangler: ingen data ble registrert for denne timen (appen kjørte ikke, eller måleren var ikke tilkoblet).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suspect: the meter&apos;s registers were repeated, went backwards or jumped by more than a household can use in an hour; the value is shown as the registers say.</source>
        <translation>Tvilsom: målerstandene ble gjentatt, gikk bakover eller hoppet mer enn en husholdning kan bruke på en time; verdien vises slik målerstandene sier.</translation>
    </message>
</context>
<context>
    <name>SimulateCommand</name>
    <message>
        <location filename="../app/han-cli/simulate_command.cpp" line="+40"/>
        <source>clock follows DST</source>
        <translation>klokken følger sommertid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clock on standard time (UTC+1)</source>
        <translation>klokken går på normaltid (UTC+1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>old firmware</source>
        <translation>gammel fastvare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new firmware</source>
        <translation>ny fastvare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>simulated meter %1, %2 phases, %3, %4, seed %5</source>
        <translation>simulert måler %1, %2 faser, %3, %4, frø %5</translation>
    </message>
    <message>
        <location filename="../app/han-cli/port_output.cpp" line="+36"/>
        <source>cannot open &apos;%1&apos;: %2. On Linux, serial ports belong to the &apos;dialout&apos; group: run &apos;sudo usermod -aG dialout $USER&apos;, then log out and in again; or another program has the port open.</source>
        <translation>kan ikke åpne &apos;%1&apos;: %2. På Linux tilhører serielle porter gruppen &apos;dialout&apos;: kjør &apos;sudo usermod -aG dialout $USER&apos;, og logg deretter ut og inn igjen; ellers har et annet program porten åpen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>cannot open &apos;%1&apos;: no such device</source>
        <translation>kan ikke åpne &apos;%1&apos;: enheten finnes ikke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot open &apos;%1&apos;: %2</source>
        <translation>kan ikke åpne &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot set &apos;%1&apos; to 2400 8E1: %2</source>
        <translation>kan ikke sette &apos;%1&apos; til 2400 8E1: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot run &apos;%1&apos;: %2</source>
        <translation>kan ikke kjøre «%1»: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1 %2&apos; failed (exit code %3)</source>
        <translation>«%1 %2» mislyktes (avslutningskode %3)</translation>
    </message>
    <message>
        <location filename="../app/han-cli/simulate_command.cpp" line="+17"/>
        <source>cannot write &apos;%1&apos;: it is a folder, not a file</source>
        <translation>kan ikke skrive &apos;%1&apos;: det er en mappe, ikke en fil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>kan ikke skrive &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../app/han-cli/simulate_request.cpp" line="+27"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>uventet argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give either --out FILE or -, not both</source>
        <translation>angi enten --out FILE eller -, ikke begge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say where the frames go: --port DEV, --out FILE or - (standard output)</source>
        <translation>angi hvor rammene skal sendes: --port DEV, --out FILE eller - (standard utdata)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give only one of --port DEV, --out FILE and -</source>
        <translation>angi bare én av --port DEV, --out FILE og -</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>standard output is a terminal: pipe the binary frames into a program or use --out FILE</source>
        <translation>standard utdata er en terminal: send de binære rammene videre til et program med en pipe, eller bruk --out FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--no-line-limit is for --port: a file has no line speed</source>
        <translation>--no-line-limit gjelder --port: en fil har ingen linjehastighet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--unplug-command &apos;%1&apos; needs --port (and a command)</source>
        <translation>--unplug-command «%1» krever --port (og en kommando)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the frames and the truth cannot both go to standard output</source>
        <translation>rammene og fasiten kan ikke begge gå til standard utdata</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--speed takes a number from 1 to 10000, not &apos;%1&apos;</source>
        <translation>--speed tar et tall fra 1 til 10000, ikke &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--duration takes a time such as 90s, 30m, 2h or 7d, not &apos;%1&apos;</source>
        <translation>--duration tar en varighet som 90s, 30m, 2h eller 7d, ikke &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--seed takes a whole number, not &apos;%1&apos;</source>
        <translation>--seed tar et heltall, ikke &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--make takes kamstrup, kamstrup-dk, aidon or kaifa, not &apos;%1&apos;</source>
        <translation>--make tar kamstrup, kamstrup-dk, aidon eller kaifa, ikke &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--auth-key needs --key (the encryption key)</source>
        <translation>--auth-key trenger --key (krypteringsnøkkelen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--%1 takes 32 hex digits (16 bytes), not &apos;%2&apos;</source>
        <translation>--%1 tar 32 heksadesimale sifre (16 byte), ikke &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--phases takes 1 or 3, not &apos;%1&apos;</source>
        <translation>--phases tar 1 eller 3, ikke &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--clock takes dst or standard, not &apos;%1&apos;</source>
        <translation>--clock tar dst eller standard, ikke &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--firmware takes new or old, not &apos;%1&apos;</source>
        <translation>--firmware tar new eller old, ikke &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--list2-offset takes seconds from 0 to 59, not &apos;%1&apos;</source>
        <translation>--list2-offset tar sekunder fra 0 til 59, ikke &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read &apos;%1&apos; in --faults (use bitflip=R,drop=R,noise=R,truncate=R,unplug=HOURS,unplug-for=DURATION; R from 0 to 1)</source>
        <translation>kan ikke lese &apos;%1&apos; i --faults (bruk bitflip=R,drop=R,noise=R,truncate=R,unplug=HOURS,unplug-for=DURATION; R fra 0 til 1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--start takes a date-time on the meter&apos;s clock such as 2026-10-24T00:00, not &apos;%1&apos;</source>
        <translation>--start tar et tidspunkt etter målerens klokke, som 2026-10-24T00:00, ikke &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/han-cli/simulate_command.cpp" line="-18"/>
        <source>encrypted</source>
        <translation>kryptert</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Runs a simulated meter (a Norwegian household with solar panels) and writes its HAN frames. A Kamstrup sends List 1 every 10 s and List 2 every hour; a Danish Kamstrup its 65-item list every 10 s; an Aidon List 1 every 2.5 s, List 2 every 10 s and List 3 every hour; a Kaifa List 1 every 2 s, List 2 every 10 s and List 3 every hour. To a file or standard output it writes as fast as it can unless --speed is given; to a serial device it paces the frames in real time × speed, never faster than 2400 baud carries.</source>
        <translation>Kjører en simulert måler (en norsk husholdning med solceller) og skriver HAN-rammene dens. En Kamstrup sender Liste 1 hvert 10. sekund og Liste 2 hver time; en dansk Kamstrup listen sin med 65 elementer hvert 10. sekund; en Aidon Liste 1 hvert 2,5. sekund, Liste 2 hvert 10. sekund og Liste 3 hver time; en Kaifa Liste 1 hvert 2. sekund, Liste 2 hvert 10. sekund og Liste 3 hver time. Til en fil eller standard utdata skriver den så fort den kan, med mindre --speed er gitt; til en seriell enhet sender den rammene i sanntid × hastighet, aldri raskere enn 2400 baud rekker.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write to this serial device at 2400 baud, e.g. /dev/ttyUSB0: 8N1 for Kamstrup, 8E1 for Aidon and Kaifa.</source>
        <translation>Skriv til denne serielle enheten med 2400 baud, f.eks. /dev/ttyUSB0: 8N1 for Kamstrup, 8E1 for Aidon og Kaifa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the raw frames to FILE (- for standard output).</source>
        <translation>Skriv de rå rammene til FILE (- for standard utdata).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meter: kamstrup (Norway, default), kamstrup-dk (the Danish list), aidon or kaifa (Norway).</source>
        <translation>Måleren: kamstrup (Norge, standard), kamstrup-dk (den danske listen), aidon eller kaifa (Norge).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encrypt every frame (AES-128-GCM, as Danish meters do) with this encryption key, 32 hex digits.</source>
        <translation>Krypter hver ramme (AES-128-GCM, slik danske målere gjør) med denne krypteringsnøkkelen, 32 heksadesimale sifre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The authentication key, 32 hex digits. Without it the frames are encrypted but not authenticated.</source>
        <translation>Autentiseringsnøkkelen, 32 heksadesimale sifre. Uten den blir rammene kryptert, men ikke autentisert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time acceleration, 1 to 10000. Default: 1 on a port, as fast as possible to a file.</source>
        <translation>Tidsakselerasjon, 1 til 10000. Standard: 1 til en port, så fort som mulig til en fil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simulated start on the meter&apos;s clock, e.g. 2026-10-24T00:00. Default: now on a port or with --speed; else the duration before now, so the capture ends now.</source>
        <translation>Simulert start etter målerens klokke, f.eks. 2026-10-24T00:00. Standard: nå til en port eller med --speed; ellers varigheten før nå, slik at opptaket slutter nå.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Simulated time to run: 90s, 30m, 2h, 7d. Default: 1h to a file, until stopped on a port.</source>
        <translation>Simulert tid som skal kjøres: 90s, 30m, 2h, 7d. Standard: 1h til en fil, til den stoppes på en port.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed of the household, weather and faults (default 1).</source>
        <translation>Frø for husholdningen, været og feilene (standard 1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3 (default) or 1.</source>
        <translation>3 (standard) eller 1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dst: the meter follows Norwegian DST (default); standard: UTC+1 all year.</source>
        <translation>dst: måleren følger norsk sommertid (forvalg); standard: UTC+1 hele året.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new: date-time 0C + 12 bytes (default); old: 09 0C + 12 bytes.</source>
        <translation>new: dato og tid 0C + 12 byte (standard); old: 09 0C + 12 byte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds after the hour at which List 2 is pushed, 0 to 59 (default 5).</source>
        <translation>Sekunder etter hel time når Liste 2 sendes, 0 til 59 (standard 5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Damage per frame: bitflip=R,drop=R,noise=R,truncate=R (R from 0 to 1), unplug=HOURS, unplug-for=DURATION (default 60s).</source>
        <translation>Skade per ramme: bitflip=R,drop=R,noise=R,truncate=R (R fra 0 til 1), unplug=HOURS, unplug-for=DURATION (standard 60s).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write one JSON line per push: what it meant and what was done to it.</source>
        <translation>Skriv én JSON-linje per sending: hva den betydde og hva som ble gjort med den.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On a port: do not hold the frames to what 2400 baud carries, only to --speed (for pseudo-terminals and soak tests).</source>
        <translation>På en port: ikke begrens rammene til det 2400 baud rekker, bare til --speed (for pseudoterminaler og utholdenhetstester).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On a port: at each unplug of --faults, close the port and run CMD with &apos;unplug&apos; added; at its end run CMD with &apos;plug&apos; and open the port again (a soak test makes the device vanish and come back).</source>
        <translation>På en port: ved hver frakobling i --faults lukkes porten og CMD kjøres med «unplug» lagt til; når den er over, kjøres CMD med «plug» og porten åpnes igjen (en utholdenhetstest får enheten til å forsvinne og komme tilbake).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the raw frames to standard output.</source>
        <translation>Skriv de rå rammene til standard utdata.</translation>
    </message>
    <message>
        <location filename="../app/han-cli/port_output.cpp" line="-30"/>
        <source>cannot set &apos;%1&apos; to 2400 8N1: %2</source>
        <translation>kan ikke sette &apos;%1&apos; til 2400 8N1: %2</translation>
    </message>
    <message>
        <location filename="../app/han-cli/simulate_command.cpp" line="+27"/>
        <location line="+48"/>
        <source>standard output</source>
        <translation>standard utdata</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>a List 1 takes about 0.95 s on a 2400 baud line, so the port carries at most about %1× real time; frames will follow back to back</source>
        <translation>en Liste 1 tar omtrent 0,95 s på en linje med 2400 baud, så porten rekker høyst omtrent %1× sanntid; rammene sendes tett etter hverandre</translation>
    </message>
    <message>
        <location filename="../app/han-cli/port_output.cpp" line="+10"/>
        <location filename="../app/han-cli/simulate_command.cpp" line="+31"/>
        <source>cannot write to %1: %2</source>
        <translation>kan ikke skrive til %1: %2</translation>
    </message>
    <message>
        <location filename="../app/han-cli/simulate_command.cpp" line="+70"/>
        <source>frames: %1 (%2 bytes; %3 damaged or not sent) to %4 in %5 s, %6 frames/s</source>
        <translation>rammer: %1 (%2 byte; %3 skadet eller ikke sendt) til %4 på %5 s, %6 rammer/s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>stopped: %1</source>
        <translation>stoppet: %1</translation>
    </message>
</context>
<context>
    <name>StoredKeys</name>
    <message>
        <location filename="../app/han-cli/stored_keys.cpp" line="+44"/>
        <source>meter keys not read: %1</source>
        <translation>målernøklene ble ikke lest: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>using the meter keys stored for %1 (%2)</source>
        <translation>bruker målernøklene som er lagret for %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>desktop keyring</source>
        <translation>skrivebordets nøkkelring</translation>
    </message>
</context>
<context>
    <name>TimeWindow</name>
    <message>
        <location filename="../ui/time_window.cpp" line="+28"/>
        <source>&amp;5 min</source>
        <translation>&amp;5 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;1 h</source>
        <translation>&amp;1 t</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;24 h</source>
        <translation>&amp;24 t</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;7 days</source>
        <translation>&amp;7 dager</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;ustom…</source>
        <translation>Egendefi&amp;nert…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The last 5 minutes (Alt+5)</source>
        <translation>De siste 5 minuttene (Alt+5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last hour (Alt+1)</source>
        <translation>Den siste timen (Alt+1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last 24 hours, from the history (Alt+2)</source>
        <translation>De siste 24 timene, fra historikken (Alt+2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last 7 days, from the history (Alt+7)</source>
        <translation>De siste 7 dagene, fra historikken (Alt+7)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A range you choose from the history (Alt+U)</source>
        <translation>Et tidsrom du velger selv, fra historikken (Alt+N)</translation>
    </message>
</context>
<context>
    <name>ValueFormat</name>
    <message>
        <location filename="../ui/value_format.cpp" line="+127"/>
        <source>%1 s ago</source>
        <translation>for %1 s siden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min ago</source>
        <translation>for %1 min siden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h ago</source>
        <translation>for %1 t siden</translation>
    </message>
</context>
<context>
    <name>han-cli</name>
    <message>
        <location filename="../app/han-cli/main.cpp" line="+22"/>
        <source>usage: han-cli COMMAND [options]

Commands:
  backup   write a consistent copy of the history database
  capacity a month&apos;s capacity tariff: top-3 peak hours, average, step
  decode   decode a captured HAN byte stream into meter readings
  export   write a meter&apos;s history as CSV: every reading, hourly or daily
  import   decode a captured HAN byte stream into the history database
  listen   decode a live serial port and print readings as they come
  meter    show or change a meter&apos;s settings (clock, units) in the history
  ports    list the serial ports
  simulate run a simulated meter and write its frames to a file or port

Run &apos;han-cli COMMAND --help&apos; for the options of a command.
</source>
        <translation>bruk: han-cli KOMMANDO [valg]

Kommandoer:
  backup   skriv en konsistent kopi av historikkdatabasen
  capacity kapasitetsleddet for en måned: de tre høyeste timene, snitt, effekttrinn
  decode   dekod et opptak av en HAN-bytestrøm til målinger
  export   skriv historikken til en måler som CSV: hver måling, per time eller per dag
  import   dekod et opptak av en HAN-bytestrøm inn i historikkdatabasen
  listen   dekod en seriell port direkte og skriv ut målingene etter hvert som de kommer
  meter    vis eller endre innstillingene til en måler (klokke, enheter) i historikken
  ports    vis de serielle portene
  simulate kjør en simulert måler og skriv rammene dens til en fil eller port

Kjør &apos;han-cli KOMMANDO --help&apos; for å se valgene til en kommando.
</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>no command given</source>
        <translation>ingen kommando er angitt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>ukjent kommando &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>han-monitor</name>
    <message>
        <location filename="../app/han-monitor/main.cpp" line="+46"/>
        <source>Shows what a Kamstrup HAN meter reports.</source>
        <translation>Viser hva en Kamstrup-måler rapporterer på HAN-porten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use the history database PATH.</source>
        <translation>Bruk historikkdatabasen PATH.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start on the simulated meter.</source>
        <translation>Start med den simulerte måleren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record from the serial device DEV for this run (not saved).</source>
        <translation>Registrer fra serieenheten DEV i denne kjøringen (lagres ikke).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start recording in the system tray, without the window (used when started at login).</source>
        <translation>Start registreringen i systemkurven, uten vindu (brukes ved oppstart når du logger inn).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>another HAN Monitor is running but does not answer (lock %1).</source>
        <translation>en annen HAN Monitor kjører, men svarer ikke (lås %1).</translation>
    </message>
</context>
<context>
    <name>han::AcquisitionWorker</name>
    <message>
        <location filename="../core/acquisition/acquisition_worker.cpp" line="+91"/>
        <source>Stopped.</source>
        <translation>Stoppet.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Found the adapter again as %1.</source>
        <translation>Fant adapteren igjen som %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Opening the connection to the meter.</source>
        <translation>Åpner forbindelsen til måleren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trying to connect again (attempt %1).</source>
        <translation>Prøver å koble til igjen (forsøk %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The adapter %1 is not connected. Plug it in; the connection resumes by itself.</source>
        <translation>Adapteren %1 er ikke tilkoblet. Koble den til; forbindelsen gjenopptas av seg selv.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Connected to %1, waiting for the meter&apos;s first list.</source>
        <translation>Koblet til %1, venter på den første listen fra måleren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulated meter: no real meter is attached. %1</source>
        <translation>Simulert måler: ingen ekte måler er tilkoblet. %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Simulated meter: readings arrive (%1).</source>
        <translation>Simulert måler: målinger kommer inn (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings arrive from %1.</source>
        <translation>Målinger kommer inn fra %1.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 Trying again in %2 s.</source>
        <translation>%1 Prøver igjen om %2 s.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Bytes arrive but no valid frame: trying even parity (8E1, as Aidon and Kaifa meters use).</source>
        <translation>Det kommer byte, men ingen gyldig ramme: prøver lik paritet (8E1, som Aidon- og Kaifa-målere bruker).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bytes arrive but no valid frame: trying no parity (8N1, as Kamstrup meters use).</source>
        <translation>Det kommer byte, men ingen gyldig ramme: prøver uten paritet (8N1, som Kamstrup-målere bruker).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Valid frames arrive, but they carry a list this version cannot read (%1).</source>
        <translation>Det kommer gyldige rammer, men de inneholder en liste denne versjonen ikke kan lese (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid frames arrive, but their content is not a list this version can read (another make of meter?).</source>
        <translation>Det kommer gyldige rammer, men innholdet er ikke en liste denne versjonen kan lese (et annet målermerke?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bytes arrive but none forms a valid frame for %1 s. Probably the wrong parity or speed, or a bad contact. (The serial port does not report parity errors, so this is a guess from the bytes.)</source>
        <translation>Det kommer byte, men ingen av dem har dannet en gyldig ramme på %1 s. Trolig feil paritet eller hastighet, eller dårlig kontakt. (Den serielle porten rapporterer ikke paritetsfeil, så dette er en gjetning ut fra bytene.)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No data from the meter for %1 s. The grid company may not have opened the HAN port yet, or the cable or adapter is loose.</source>
        <translation>Ingen data fra måleren på %1 s. Kanskje har nettselskapet ikke åpnet HAN-porten ennå, eller kabelen eller adapteren sitter løst.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The meter sends encrypted frames: enter the two keys from your grid company (encryption key and authentication key) for this connection.</source>
        <translation>Måleren sender krypterte rammer: skriv inn de to nøklene fra nettselskapet (krypteringsnøkkel og autentiseringsnøkkel) for denne tilkoblingen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meter&apos;s encrypted frames fail authentication — check the keys from your grid company. (They change when the HAN port is reset.)</source>
        <translation>Målerens krypterte rammer består ikke autentiseringen — kontroller nøklene fra nettselskapet. (De endres når HAN-porten tilbakestilles.)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meter&apos;s encrypted frames repeat old frame counters, so they are ignored: an old frame was sent again, or the meter restarted its counter (then readings resume after a few frames).</source>
        <translation>Målerens krypterte rammer gjentar gamle rammetellere og blir derfor ignorert: en gammel ramme ble sendt på nytt, eller måleren startet telleren på nytt (da kommer avlesningene tilbake etter noen få rammer).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot record to %1: %2</source>
        <translation>Kan ikke ta opp til %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording the raw byte stream to %1.</source>
        <translation>Tar opp den rå bytestrømmen til %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recording saved to %1.</source>
        <translation>Opptaket er lagret i %1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Recording stopped: cannot write to %1 (%2). The readings themselves are not affected.</source>
        <translation>Opptaket stoppet: kan ikke skrive til %1 (%2). Selve målingene påvirkes ikke.</translation>
    </message>
</context>
<context>
    <name>han::HistoryStore</name>
    <message>
        <location filename="../core/storage/history_store.cpp" line="+104"/>
        <source>The history is not open.</source>
        <translation>Historikken er ikke åpen.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The history could not be written for a long time: 1 reading could not be kept.</source>
        <translation>Historikken kunne ikke skrives på lenge: 1 måling gikk tapt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history could not be written for a long time: %L1 readings could not be kept.</source>
        <translation>Historikken kunne ikke skrives på lenge: %L1 målinger gikk tapt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The history is not open, so there is nothing to back up.</source>
        <translation>Historikken er ikke åpen, så det er ingenting å sikkerhetskopiere.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The history was backed up to %1.</source>
        <translation>Historikken ble sikkerhetskopiert til %1.</translation>
    </message>
</context>
<context>
    <name>han::KeyFile</name>
    <message>
        <location filename="../core/acquisition/key_file.cpp" line="+71"/>
        <source>Cannot read the meter keys in %1: %2</source>
        <translation>Kan ikke lese målernøklene i %1: %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot remove %1.</source>
        <translation>Kan ikke fjerne %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot create the folder %1: %2</source>
        <translation>Kan ikke opprette mappen %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+11"/>
        <location line="+15"/>
        <source>Cannot write the meter keys to %1: %2</source>
        <translation>Kan ikke skrive målernøklene til %1: %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Cannot create the folder %1.</source>
        <translation>Kan ikke opprette mappen %1.</translation>
    </message>
</context>
<context>
    <name>han::KeyStore</name>
    <message>
        <location filename="../core/acquisition/key_store.cpp" line="+87"/>
        <source>Keys are kept in the desktop&apos;s keyring (Secret Service).</source>
        <translation>Nøklene oppbevares i skrivebordets nøkkelring (Secret Service).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys are kept in %1, which only you can read.</source>
        <translation>Nøklene oppbevares i %1, som bare du kan lese.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>This source has no meter keys.</source>
        <translation>Denne kilden har ingen målernøkler.</translation>
    </message>
</context>
<context>
    <name>han::ReplayByteSource</name>
    <message>
        <location filename="../core/acquisition/replay_byte_source.cpp" line="+60"/>
        <source>replay of %1, as fast as possible</source>
        <translation>avspilling av %1, så fort som mulig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replay of %1 at the original pace</source>
        <translation>avspilling av %1 i opprinnelig tempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replay of %1 at %2× speed</source>
        <translation>avspilling av %1 med %2× hastighet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open the capture %1: %2</source>
        <translation>Kan ikke åpne opptaket %1: %2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The replay of %1 has finished.</source>
        <translation>Avspillingen av %1 er ferdig.</translation>
    </message>
</context>
<context>
    <name>han::SecretServiceKeys</name>
    <message>
        <location filename="../core/acquisition/secret_service_keys.cpp" line="+52"/>
        <source>The desktop keyring did not answer: %1</source>
        <translation>Skrivebordets nøkkelring svarte ikke: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>there is no desktop session bus</source>
        <translation>det finnes ingen sesjonsbuss for skrivebordet</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+79"/>
        <source>this build has no libsecret</source>
        <translation>denne versjonen er bygget uten libsecret</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>HAN Monitor meter keys (%1)</source>
        <translation>HAN Monitor målernøkler (%1)</translation>
    </message>
</context>
<context>
    <name>han::SerialByteSource</name>
    <message>
        <location filename="../core/acquisition/serial_byte_source.cpp" line="+21"/>
        <location line="+10"/>
        <source>The adapter %1 is not there. Check that the USB cable is plugged in.</source>
        <translation>Adapteren %1 finnes ikke. Sjekk at USB-kabelen er koblet til.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>You may not open %1 (%2). On Linux, serial ports belong to the &apos;dialout&apos; group: run &apos;sudo usermod -aG dialout $USER&apos;, then log out and in again. If another program uses the adapter, close it.</source>
        <translation>Du har ikke lov til å åpne %1 (%2). På Linux tilhører serielle porter gruppen &apos;dialout&apos;: kjør &apos;sudo usermod -aG dialout $USER&apos;, og logg deretter ut og inn igjen. Hvis et annet program bruker adapteren, lukk det.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is already open in this program.</source>
        <translation>%1 er allerede åpen i dette programmet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to the adapter %1 was lost (%2). Was the USB cable pulled out?</source>
        <translation>Forbindelsen til adapteren %1 ble brutt (%2). Ble USB-kabelen trukket ut?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading from %1 failed: %2</source>
        <translation>Lesing fra %1 mislyktes: %2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>serial port %1, %2</source>
        <translation>seriell port %1, %2</translation>
    </message>
</context>
<context>
    <name>han::SimulatorByteSource</name>
    <message>
        <location filename="../core/acquisition/simulator_byte_source.cpp" line="+26"/>
        <source>simulated meter %1</source>
        <translation>simulert måler %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>simulated meter %1 at %2× speed</source>
        <translation>simulert måler %1 med %2× hastighet</translation>
    </message>
</context>
<context>
    <name>han::cli::CliOutput</name>
    <message>
        <location filename="../app/han-cli/cli_output.cpp" line="+32"/>
        <source>Usage: %1</source>
        <translation>Bruk: %1</translation>
    </message>
</context>
<context>
    <name>han::ui::Autostart</name>
    <message>
        <location filename="../ui/autostart.cpp" line="+77"/>
        <source>Could not remove %1: you may have to delete it yourself.</source>
        <translation>Kunne ikke fjerne %1: du må kanskje slette den selv.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Keeps recording what the electricity meter reports, from the moment you log in</source>
        <translation>Fortsetter å registrere det strømmåleren rapporterer, fra du logger inn</translation>
    </message>
</context>
<context>
    <name>han::ui::CapacityChart</name>
    <message>
        <location filename="../ui/capacity_chart.cpp" line="+33"/>
        <source>Daily maximum</source>
        <translation>Døgnmaksimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The three peaks</source>
        <translation>De tre toppene</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>kWh in the day&apos;s highest hour (= kW)</source>
        <translation>kWh i døgnets høyeste time (= kW)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day of the month</source>
        <translation>Dag i måneden</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Step boundaries</source>
        <translation>Trinngrenser</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Average of the three peaks: %1</source>
        <translation>Gjennomsnitt av de tre toppene: %1</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>%1: no hour with data</source>
        <translation>%1: ingen time med data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: highest hour %2, %3 imported (%4)</source>
        <translation>%1: høyeste time %2, %3 importert (%4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One of the three peaks the capacity fee is taken from</source>
        <translation>En av de tre toppene kapasitetsleddet beregnes ut fra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to open the day in the Energy view</source>
        <translation>Klikk for å åpne dagen i visningen Energi</translation>
    </message>
</context>
<context>
    <name>han::ui::CapacityPeakModel</name>
    <message>
        <location filename="../ui/capacity_peak_model.cpp" line="+138"/>
        <source>Peak %1 of the month: the capacity fee averages the three highest hours, one per day</source>
        <translation>Månedens topp nr. %1: kapasitetsleddet er gjennomsnittet av de tre høyeste timene, én per dag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: Enter or a click opens this day in the Energy view</source>
        <translation>%1: Enter eller et klikk åpner denne dagen i visningen Energi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hour of the day with the most energy imported, local time</source>
        <translation>Timen i døgnet med mest importert energi, lokal tid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy imported in %1 on %2, from the meter&apos;s hourly registers; in kWh per hour, which is the hour&apos;s average power in kW</source>
        <translation>Energi importert %2 kl. %1, fra målerens timevise målerstander; i kWh per time, som er timens gjennomsnittseffekt i kW</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hour</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality</source>
        <translation>Kvalitet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rank among the month&apos;s daily maxima</source>
        <translation>Plassering blant månedens døgnmaksima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local calendar day</source>
        <translation>Kalenderdagen i lokal tid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day&apos;s hour with the highest import</source>
        <translation>Døgnets time med høyest import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy imported in that hour (= its average kW)</source>
        <translation>Energi importert i den timen (= timens gjennomsnittlige kW)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the hour&apos;s energy was found</source>
        <translation>Hvordan timens energi ble funnet</translation>
    </message>
</context>
<context>
    <name>han::ui::CapacitySettingsPage</name>
    <message>
        <location filename="../ui/capacity_settings_page.cpp" line="+45"/>
        <source>Capacity ladder</source>
        <translation>Effekttrinn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Norwegian grid companies charge a monthly capacity fee by the average of the month&apos;s three highest hourly imports, each on a different day. Enter your grid company&apos;s steps and prices (kr per month); leave the last step&apos;s upper bound empty.</source>
        <translation>Norske nettselskaper tar et månedlig kapasitetsledd etter gjennomsnittet av månedens tre høyeste timeforbruk, hvert på en annen dag. Legg inn effekttrinnene og prisene (kr per måned) fra nettselskapet ditt; la øvre grense for det siste trinnet stå tom.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From (kW)</source>
        <translation>Fra (kW)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To (kW)</source>
        <translation>Til (kW)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly price (kr)</source>
        <translation>Månedspris (kr)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A month whose average is at least From and below To pays the monthly price; double-click or F2 to edit a number</source>
        <translation>En måned der gjennomsnittet er minst Fra og under Til, betaler månedsprisen; dobbeltklikk eller trykk F2 for å endre et tall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ladd&amp;er:</source>
        <translation>&amp;Trinn:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A&amp;dd Step</source>
        <translation>&amp;Legg til trinn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve Step</source>
        <translation>&amp;Fjern trinn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reset to Default</source>
        <translation>Tilbakestill til &amp;standard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The common ladder 0–2, 2–5, 5–10, 10–15, 15–20, 20–25, 25–50, 50–75, 75–100 and over 100 kW with example prices</source>
        <translation>Den vanlige trinninndelingen 0–2, 2–5, 5–10, 10–15, 15–20, 20–25, 25–50, 50–75, 75–100 og over 100 kW med eksempelpriser</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Peaks and warning</source>
        <translation>Topper og varsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave out estimated and suspect hours</source>
        <translation>&amp;Ikke regn med estimerte og tvilsomme timer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimated hours were filled in from the power readings where an hourly register reading was lost; suspect hours have registers that make no sense. Left out, they cannot be peaks.</source>
        <translation>Estimerte timer er fylt inn fra effektmålingene der en timevis målerstand gikk tapt; tvilsomme timer har målerstander som ikke gir mening. Når de ikke regnes med, kan de ikke bli topper.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Notify me when this hour will raise the step</source>
        <translation>&amp;Varsle meg når denne timen vil heve trinnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A desktop notification, at most once an hour, when the present power would lift this month&apos;s capacity step; the window shows a warning in any case</source>
        <translation>Et skrivebordsvarsel, høyst én gang i timen, når nåværende effekt ville løfte månedens effekttrinn; vinduet viser uansett en advarsel</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly price</source>
        <translation>Månedspris</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Step %1: %2 is empty.</source>
        <translation>Trinn %1: Feltet %2 er tomt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step %1: “%2” in %3 is not a number.</source>
        <translation>Trinn %1: «%2» i %3 er ikke et tall.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>These steps are not a valid ladder.</source>
        <translation>Disse trinnene gir ingen gyldig trinninndeling.</translation>
    </message>
</context>
<context>
    <name>han::ui::CapacityView</name>
    <message>
        <location filename="../ui/capacity_view.cpp" line="+69"/>
        <source>◀ Previous month</source>
        <translation>◀ Forrige måned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the month before this one (Alt+Left)</source>
        <translation>Vis måneden før denne (Alt+Left)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next month ▶</source>
        <translation>Neste måned ▶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the month after this one (Alt+Right)</source>
        <translation>Vis måneden etter denne (Alt+Right)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;This month</source>
        <translation>Denne &amp;måneden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the month in progress, with the current hour (Alt+Home)</source>
        <translation>Tilbake til inneværende måned, med timen som pågår (Alt+Home)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The month shown, in local time</source>
        <translation>Måneden som vises, i lokal tid</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This hour&apos;s import so far (solid), where it is heading at the present power (light) and the limit (line) above which the month&apos;s capacity step goes up</source>
        <translation>Timens import så langt (heltrukket), hvor den er på vei med nåværende effekt (lys) og grensen (strek) som løfter månedens effekttrinn hvis den overskrides</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Energy imported since the hour began, integrated from the meter&apos;s power readings (List 1, every 10 s)</source>
        <translation>Energi importert siden timen begynte, integrert fra målerens effektmålinger (Liste 1, hvert 10. sekund)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The hour so far plus the present import power held until the hour ends</source>
        <translation>Timen så langt pluss nåværende importeffekt holdt til timen er over</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The most this hour can import before the average of the month&apos;s three peak days reaches the next step</source>
        <translation>Det meste denne timen kan importere før gjennomsnittet av månedens tre toppdager når neste trinn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The limit minus the hour so far: what the house can still import this hour without raising the month&apos;s step</source>
        <translation>Grensen minus timen så langt: det huset fortsatt kan importere denne timen uten å heve månedens trinn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>So far:</source>
        <translation>Så langt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projected:</source>
        <translation>Prognose:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit:</source>
        <translation>Grense:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headroom:</source>
        <translation>Margin:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Peak days</source>
        <translation>Toppdager</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The three days with the highest hourly import, one hour per day; Enter or a click opens the day in the Energy view</source>
        <translation>De tre dagene med høyest timeimport, én time per dag; Enter eller et klikk åpner dagen i visningen Energi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The average of the three peak days&apos; hours (kWh in an hour is its average kW); with fewer than three days of data, of the days there are. The capacity step is chosen by it.</source>
        <translation>Gjennomsnittet av timene på de tre toppdagene (kWh i en time er timens gjennomsnittlige kW); med færre enn tre dager med data, av de dagene som finnes. Effekttrinnet velges etter det.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The step of the capacity ladder the average falls in (a step runs from its lower bound up to, not including, its upper bound); the ladder is set in Settings &gt; Capacity</source>
        <translation>Trinnet gjennomsnittet havner i (et trinn går fra nedre grense og opp til, men ikke med, øvre grense); trinnene stilles inn under Innstillinger &gt; Kapasitet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The step&apos;s monthly capacity fee as entered in Settings &gt; Capacity; compare it with your grid company&apos;s price list</source>
        <translation>Trinnets månedlige kapasitetsledd slik det er lagt inn under Innstillinger &gt; Kapasitet; sammenlign med prislisten til nettselskapet ditt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The step above this month&apos;s, from the ladder in Settings &gt; Capacity</source>
        <translation>Trinnet over denne månedens, fra trinnene under Innstillinger &gt; Kapasitet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimated hours were filled in from the power readings where an hourly register reading was lost; suspect hours have registers that make no sense</source>
        <translation>Estimerte timer er fylt inn fra effektmålingene der en timevis målerstand gikk tapt; tvilsomme timer har målerstander som ikke gir mening</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Average of the peaks:</source>
        <translation>Gjennomsnitt av toppene:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capacity step:</source>
        <translation>Effekttrinn:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly fee:</source>
        <translation>Månedspris:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Each day&apos;s highest hour</source>
        <translation>Høyeste time hvert døgn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each day&apos;s highest hourly import this month, from the meter&apos;s hourly registers; the three peak days stand out, the dashed lines are the ladder&apos;s step boundaries. Click a bar to open the day.</source>
        <translation>Hvert døgns høyeste timeimport denne måneden, fra målerens timevise målerstander; de tre toppdagene er uthevet, de stiplede linjene er grensene mellom trinnene. Klikk på en søyle for å åpne dagen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>These figures are estimates from the meter&apos;s HAN port. Your grid company bills the capacity fee from its own settlement data, which can differ.</source>
        <translation>Disse tallene er anslag fra målerens HAN-port. Nettselskapet fakturerer kapasitetsleddet ut fra sine egne avregningsdata, som kan avvike.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The grid company reads the meter through its own system and may correct or fill in hours; its invoice is what counts</source>
        <translation>Nettselskapet leser av måleren gjennom sitt eget system og kan rette eller fylle inn timer; det er fakturaen derfra som gjelder</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The next step, %1 at %2, begins %3 above this month&apos;s average.</source>
        <translation>Neste trinn, %1 til %2, begynner %3 over månedens gjennomsnitt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the top step of the ladder.</source>
        <translation>Dette er det øverste trinnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No hour with data in %1 yet.</source>
        <translation>Ingen time med data i %1 ennå.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only one day with data: the average is that day.</source>
        <translation>Bare én dag med data: gjennomsnittet er den dagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only two days with data: the average is of those.</source>
        <translation>Bare to dager med data: gjennomsnittet er av dem.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One of the peaks is estimated or suspect (see the Quality column).</source>
        <translation>En av toppene er estimert eller tvilsom (se Kvalitet-kolonnen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of the peaks are estimated or suspect (see the Quality column).</source>
        <translation>%1 av toppene er estimerte eller tvilsomme (se Kvalitet-kolonnen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One estimated or suspect hour left out, as set in Settings &gt; Capacity.</source>
        <translation>Én estimert eller tvilsom time er utelatt, som valgt under Innstillinger &gt; Kapasitet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 estimated or suspect hours left out, as set in Settings &gt; Capacity.</source>
        <translation>%1 estimerte eller tvilsomme timer er utelatt, som valgt under Innstillinger &gt; Kapasitet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This hour</source>
        <translation>Denne timen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The hour in progress shows here while the meter sends its readings.</source>
        <translation>Timen som pågår, vises her mens måleren sender målingene sine.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This hour, %1</source>
        <translation>Denne timen, %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit</source>
        <translation>ingen grense</translation>
    </message>
</context>
<context>
    <name>han::ui::ConnectionDialog</name>
    <message>
        <location filename="../ui/connection_dialog.cpp" line="+55"/>
        <source>Connect to Meter</source>
        <translation>Koble til måler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now reading from: %1</source>
        <translation>Leser nå fra: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Serial port — the meter&apos;s HAN adapter</source>
        <translation>&amp;Seriell port — målerens HAN-adapter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the meter through a USB M-Bus adapter on its HAN port (2400 baud)</source>
        <translation>Les måleren via en USB M-Bus-adapter på HAN-porten (2400 baud)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si&amp;mulated meter — no hardware needed</source>
        <translation>Si&amp;mulert måler — trenger ingen maskinvare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A built-in simulated household, to try HAN Monitor without a meter</source>
        <translation>En innebygd simulert husholdning, for å prøve HAN Monitor uten måler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replay a capture file</source>
        <translation>Spill a&amp;v en opptaksfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play back bytes recorded earlier from a meter, for example for a bug report</source>
        <translation>Spill av byte som er tatt opp fra en måler tidligere, for eksempel til en feilrapport</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Connect</source>
        <translation>&amp;Koble til</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start reading from this source</source>
        <translation>Begynn å lese fra denne kilden</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>A built-in household with solar panels: three phases, export at midday, readings and the meter&apos;s hourly registers at the pace and in the layout of the meter chosen below. It is shown as “Simulated meter” wherever the source appears, and its readings are saved to the history like a real meter&apos;s.</source>
        <translation>En innebygd husholdning med solceller: tre faser, eksport midt på dagen, målinger og målerstandene hver time i takten og oppbyggingen til måleren som velges nedenfor. Den vises som «Simulert måler» overalt der kilden står, og målingene lagres i historikken som for en ekte måler.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>×1 — real time</source>
        <translation>×1 — sanntid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>×10 — an hour in 6 minutes</source>
        <translation>×10 — en time på 6 minutter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>×100 — an hour in 36 seconds</source>
        <translation>×100 — en time på 36 sekunder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>×1000 — a day in under 90 seconds</source>
        <translation>×1000 — et døgn på under 90 sekunder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How fast the simulated meter&apos;s clock runs compared with the real one</source>
        <translation>Hvor fort klokken i den simulerte måleren går sammenlignet med den ekte</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+43"/>
        <source>Spee&amp;d:</source>
        <translation>&amp;Hastighet:</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Plays back the bytes of a capture as if a meter sent them: a file from File &gt; Record Raw Capture or from a serial monitor. Formats: .log (serial log with times), .hex (hex text) and .bin (the raw bytes).</source>
        <translation>Spiller av bytene i et opptak som om en måler sendte dem: en fil fra Fil &gt; Ta opp rådata eller fra en seriellmonitor. Formater: .log (seriell logg med tidspunkter), .hex (hex-tekst) og .bin (de rå bytene).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Capture file (.log, .hex, .bin)</source>
        <translation>Opptaksfil (.log, .hex, .bin)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the capture file</source>
        <translation>Velg opptaksfilen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Real time</source>
        <translation>Sanntid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As fast as possible</source>
        <translation>Så fort som mulig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Real time keeps the pauses between readings as recorded (a .log file has their times; others a reading every 10 s). As fast as possible fills the history at once.</source>
        <translation>Sanntid beholder pausene mellom målingene slik de ble tatt opp (en .log-fil har tidspunktene; andre filer gir en måling hvert 10. sekund). Så fort som mulig fyller historikken med én gang.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose a capture file to replay.</source>
        <translation>Velg en opptaksfil som skal spilles av.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file %1 does not exist.</source>
        <translation>Filen %1 finnes ikke.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 er ikke en fil som kan leses.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The keys could not be saved.</source>
        <translation>Nøklene kunne ikke lagres.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Replay a Capture File</source>
        <translation>Spill av en opptaksfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captures (*.log *.hex *.bin);;Serial log with times (*.log);;Hex text (*.hex);;Raw bytes (*.bin);;All files (*)</source>
        <translation>Opptak (*.log *.hex *.bin);;Seriell logg med tidspunkter (*.log);;Hex-tekst (*.hex);;Rå byte (*.bin);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>han::ui::DecodedItemsModel</name>
    <message>
        <location filename="../ui/decoded_items_model.cpp" line="+32"/>
        <source>Active power import</source>
        <translation>Aktiv effekt, import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power the house draws from the grid now</source>
        <translation>Effekten huset tar fra nettet nå</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active power export</source>
        <translation>Aktiv effekt, eksport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power the house sends to the grid now (solar)</source>
        <translation>Effekten huset mater inn på nettet nå (solceller)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reactive power import</source>
        <translation>Reaktiv effekt, import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactive power drawn (motors, transformers); not billed to households</source>
        <translation>Reaktiv effekt som tas fra nettet (motorer, transformatorer); faktureres ikke for husholdninger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reactive power export</source>
        <translation>Reaktiv effekt, eksport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactive power sent back (inverters, electronics)</source>
        <translation>Reaktiv effekt som sendes tilbake (invertere, elektronikk)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current L1</source>
        <translation>Strøm L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current on phase 1 now</source>
        <translation>Strøm på fase 1 nå</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current L2</source>
        <translation>Strøm L2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current on phase 2 now</source>
        <translation>Strøm på fase 2 nå</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current L3</source>
        <translation>Strøm L3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current on phase 3 now</source>
        <translation>Strøm på fase 3 nå</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voltage L1</source>
        <translation>Spenning L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voltage of phase 1 now</source>
        <translation>Spenning på fase 1 nå</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voltage L2</source>
        <translation>Spenning L2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voltage of phase 2 now</source>
        <translation>Spenning på fase 2 nå</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voltage L3</source>
        <translation>Spenning L3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voltage of phase 3 now</source>
        <translation>Spenning på fase 3 nå</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Active energy import</source>
        <translation>Aktiv energi, import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All energy the house has bought since the meter was installed, at the full hour</source>
        <translation>All energi huset har kjøpt siden måleren ble installert, ved hel time</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active energy export</source>
        <translation>Aktiv energi, eksport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All energy the house has sold since the meter was installed, at the full hour</source>
        <translation>All energi huset har solgt siden måleren ble installert, ved hel time</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reactive energy import</source>
        <translation>Reaktiv energi, import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactive energy drawn since the meter was installed, at the full hour</source>
        <translation>Reaktiv energi tatt fra nettet siden måleren ble installert, ved hel time</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reactive energy export</source>
        <translation>Reaktiv energi, eksport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactive energy sent back since the meter was installed, at the full hour</source>
        <translation>Reaktiv energi sendt tilbake siden måleren ble installert, ved hel time</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(not set)</source>
        <translation>(ikke satt)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Message time</source>
        <translation>Meldingstid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meter&apos;s clock when it sent the frame, from the message header (wall-clock time, no time zone)</source>
        <translation>Målerens klokke da den sendte rammen, fra meldingshodet (klokketid, uten tidssone)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List version</source>
        <translation>Listeversjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The layout of the list; Kamstrup sends it as a bare text before the first OBIS code</source>
        <translation>Oppbyggingen av listen; Kamstrup sender den som ren tekst før den første OBIS-koden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meter ID</source>
        <translation>Måler-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meter&apos;s serial number (GS1), also printed on the meter</source>
        <translation>Målerens serienummer (GS1), som også står trykt på måleren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meter type</source>
        <translation>Målertype</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meter&apos;s model code</source>
        <translation>Målerens modellkode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meter clock</source>
        <translation>Målerklokke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meter&apos;s clock at the full hour the registers belong to</source>
        <translation>Målerens klokke ved den hele timen målerstandene gjelder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other item</source>
        <translation>Annet element</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An item HAN Monitor does not use; shown as the meter sent it</source>
        <translation>Et element HAN Monitor ikke bruker; vises slik måleren sendte det</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Sent without an OBIS code</source>
        <translation>Sendt uten OBIS-kode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OBIS code %1: the standard name of this quantity (IEC 62056-61)</source>
        <translation>OBIS-kode %1: standardnavnet på denne størrelsen (IEC 62056-61)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 as decoded from this frame: %2 %3</source>
        <translation>%1 slik den ble dekodet fra denne rammen: %2 %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>OBIS</source>
        <translation>OBIS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it is</source>
        <translation>Hva det er</translation>
    </message>
</context>
<context>
    <name>han::ui::DesktopNotifier</name>
    <message>
        <location filename="../ui/desktop_notifier.cpp" line="+107"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>han::ui::DiagnosticsView</name>
    <message>
        <location filename="../ui/diagnostics_view.cpp" line="+44"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+83"/>
        <location line="+261"/>
        <source>&amp;Record raw capture…</source>
        <translation>Ta opp &amp;rådata…</translation>
    </message>
    <message>
        <location line="-259"/>
        <location line="+261"/>
        <source>Save every byte from the meter to a file while it arrives, to replay it later or attach it to a bug report</source>
        <translation>Lagre hver byte fra måleren i en fil etter hvert som den kommer, for å spille den av senere eller legge den ved en feilrapport</translation>
    </message>
    <message>
        <location line="-259"/>
        <source>&amp;Copy bug report</source>
        <translation>&amp;Kopier feilrapport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy versions, settings, counters, the last errors and the frames of the last minutes to the clipboard, to paste into an e-mail or an issue</source>
        <translation>Kopier versjoner, innstillinger, tellere, de siste feilene og rammene fra de siste minuttene til utklippstavlen, for å lime dem inn i en e-post eller en feilsak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;bug report…</source>
        <translation>&amp;Lagre feilrapport…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the same bug report to a file</source>
        <translation>Skriv den samme feilrapporten til en fil</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unknown list</source>
        <translation>Ukjent liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last fra&amp;mes (newest at the bottom; select one to see all its bytes and items)</source>
        <translation>Siste ra&amp;mmer (nyeste nederst; velg én for å se alle bytene og elementene)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The bytes of a frame appear here.</source>
        <translation>Bytene i en ramme vises her.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every byte of the frame in hexadecimal, 16 a line: the offset, the bytes, and the bytes that are letters</source>
        <translation>Hver byte i rammen heksadesimalt, 16 per linje: posisjonen, bytene og de bytene som er bokstaver</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Frame bytes</source>
        <translation>Rammens byte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No frame has arrived yet.</source>
        <translation>Ingen ramme har kommet ennå.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Newest frame, received %1 (length %2 bytes):</source>
        <translation>Nyeste ramme, mottatt %1 (lengde %2 byte):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame received %1 (length %2 bytes):</source>
        <translation>Ramme mottatt %1 (lengde %2 byte):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Intact frame of List %1; items decoded: %2</source>
        <translation>Hel ramme med Liste %1; dekodede elementer: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: versions, source, counters and the raw frames of the last %2 (frames: %3, rejected: %4).</source>
        <translation>%1: versjoner, kilde, tellere og de rå rammene fra de siste %2 (rammer: %3, forkastet: %4).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bug report copied to the clipboard</source>
        <translation>Feilrapporten er kopiert til utklippstavlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste it into an e-mail or an issue.</source>
        <translation>Lim den inn i en e-post eller en feilsak.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save Bug Report</source>
        <translation>Lagre feilrapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt)</source>
        <translation>Tekstfiler (*.txt)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The bug report could not be saved to %1: %2</source>
        <translation>Feilrapporten kunne ikke lagres i %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bug report saved to %1</source>
        <translation>Feilrapporten er lagret i %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Record Raw Capture</source>
        <translation>Ta opp rådata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial log with times (*.log);;Hex text (*.hex);;Raw bytes (*.bin)</source>
        <translation>Seriell logg med tidspunkter (*.log);;Hex-tekst (*.hex);;Rå byte (*.bin)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stop &amp;recording</source>
        <translation>Sto&amp;pp opptaket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the capture file</source>
        <translation>Lukk opptaksfilen</translation>
    </message>
</context>
<context>
    <name>han::ui::EnergyChart</name>
    <message>
        <location filename="../ui/energy_chart.cpp" line="+25"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>%1: imported %2</source>
        <translation>%1: importert %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: exported %2</source>
        <translation>%1: eksportert %2</translation>
    </message>
</context>
<context>
    <name>han::ui::EnergyTotalsModel</name>
    <message>
        <location filename="../ui/energy_totals_model.cpp" line="+235"/>
        <source>%1 (%2 h)</source>
        <translation>%1 (%2 t)</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%Ln hour(s): %1 measured, %2 estimated, %3 suspect, %4 missing.</source>
        <translation>
            <numerusform>%Ln time: %1 målt, %2 estimert, %3 tvilsom, %4 mangler.</numerusform>
            <numerusform>%Ln timer: %1 målt, %2 estimert, %3 tvilsom, %4 mangler.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sum of the hourly energy of %1, from the meter&apos;s hourly registers.</source>
        <translation>Summen av timesenergien for %1, fra målerens timevise målerstander.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active energy imported (bought from the grid), kWh.</source>
        <translation>Aktiv energi importert (kjøpt fra nettet), kWh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active energy exported (sold to the grid, e.g. solar), kWh.</source>
        <translation>Aktiv energi eksportert (solgt til nettet, f.eks. solstrøm), kWh.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import minus export, kWh.</source>
        <translation>Import minus eksport, kWh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactive energy imported, kvarh.</source>
        <translation>Reaktiv energi importert, kvarh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactive energy exported, kvarh.</source>
        <translation>Reaktiv energi eksportert, kvarh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The worst quality of the period&apos;s hours.</source>
        <translation>Den dårligste kvaliteten blant timene i perioden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hours that have ended in this period (a day has 23, 24 or 25).</source>
        <translation>Timer som er ferdige i denne perioden (et døgn har 23, 24 eller 25).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import kWh</source>
        <translation>Import kWh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export kWh</source>
        <translation>Eksport kWh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net kWh</source>
        <translation>Netto kWh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactive in kvarh</source>
        <translation>Reaktiv inn kvarh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactive out kvarh</source>
        <translation>Reaktiv ut kvarh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality</source>
        <translation>Kvalitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The local calendar day.</source>
        <translation>Den lokale kalenderdagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The calendar month.</source>
        <translation>Kalendermåneden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The worst quality of the period&apos;s hours, with how many hours had it.</source>
        <translation>Den dårligste kvaliteten blant timene i perioden, og hvor mange timer som hadde den.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours that have ended in the period.</source>
        <translation>Timer som er ferdige i perioden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sum of the period&apos;s hours.</source>
        <translation>Summen av timene i perioden.</translation>
    </message>
</context>
<context>
    <name>han::ui::EnergyView</name>
    <message>
        <location filename="../ui/energy_view.cpp" line="+96"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show energy per hour of a day, per day of a month or per month of a year</source>
        <translation>Vis energi per time i et døgn, per dag i en måned eller per måned i et år</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peri&amp;od:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Total import:</source>
        <translation>Sum import:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total export:</source>
        <translation>Sum eksport:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Net:</source>
        <translation>Netto:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Energy imported (red) and exported (green) in each period of the table, from the meter&apos;s hourly registers</source>
        <translation>Energi importert (rød) og eksportert (grønn) i hver periode i tabellen, fra målerens timevise målerstander</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>◀ Previous day</source>
        <translation>◀ Forrige dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next day ▶</source>
        <translation>Neste dag ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Today</source>
        <translation>I da&amp;g</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>◀ Previous month</source>
        <translation>◀ Forrige måned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next month ▶</source>
        <translation>Neste måned ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;This month</source>
        <translation>Denne &amp;måneden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>◀ Previous year</source>
        <translation>◀ Forrige år</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next year ▶</source>
        <translation>Neste år ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;This year</source>
        <translation>I å&amp;r</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the period before this one (Alt+Left)</source>
        <translation>Vis perioden før denne (Alt+Left)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the period after this one (Alt+Right)</source>
        <translation>Vis perioden etter denne (Alt+Right)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the period that contains today (Alt+Home)</source>
        <translation>Tilbake til perioden som inneholder i dag (Alt+Home)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 hours: the clocks went back an hour this night.</source>
        <translation>%1 timer: klokken ble stilt en time tilbake denne natten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 hours: the clocks went forward an hour this night.</source>
        <translation>%1 timer: klokken ble stilt en time fram denne natten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period shown, in local time</source>
        <translation>Perioden som vises, i lokal tid</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Energy imported (bought) in %1: the sum of the %2 hours that have ended, from the meter&apos;s hourly registers</source>
        <translation>Energi importert (kjøpt) i %1: summen av de %2 timene som er ferdige, fra målerens timevise målerstander</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Energy exported (sold) in %1: the sum of the %2 hours that have ended, from the meter&apos;s hourly registers</source>
        <translation>Energi eksportert (solgt) i %1: summen av de %2 timene som er ferdige, fra målerens timevise målerstander</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import minus export in %1: positive when the house took more from the grid than it gave back</source>
        <translation>Import minus eksport i %1: positiv når huset tok mer fra nettet enn det ga tilbake</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No meter has been recorded yet.</source>
        <translation>Ingen måler er registrert ennå.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the hours of the totals were found; hover the Quality column for what each word means</source>
        <translation>Hvordan timene i summene ble funnet; hold pekeren over Kvalitet-kolonnen for å se hva hvert ord betyr</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This hour so far (since %1): import %2, export %3. It becomes a row when the hour ends.</source>
        <translation>Denne timen så langt (siden %1): import %2, eksport %3. Den blir en rad når timen er over.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Integrated from the meter&apos;s power readings (List 1, every 10 s) since the hour began; the hour&apos;s row uses the hourly registers</source>
        <translation>Integrert fra målerens effektmålinger (Liste 1, hvert 10. sekund) siden timen begynte; timens rad bruker de timevise målerstandene</translation>
    </message>
</context>
<context>
    <name>han::ui::ExportDialog</name>
    <message>
        <location filename="../ui/export_dialog.cpp" line="+35"/>
        <source>1 reading</source>
        <translation>1 måling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 readings</source>
        <translation>%1 målinger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation>%1 dager</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 hour</source>
        <translation>1 time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 hours</source>
        <translation>%1 timer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export to CSV</source>
        <translation>Eksporter til CSV</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>How much of the export is written</source>
        <translation>Hvor mye av eksporten som er skrevet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the export; no file is written (Esc)</source>
        <translation>Stopp eksporten; ingen fil blir skrevet (Esc)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open Folder</source>
        <translation>Åp&amp;ne mappe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the folder of the exported file in the file manager</source>
        <translation>Vis mappen til den eksporterte filen i filbehandleren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export</source>
        <translation>&amp;Eksporter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the file</source>
        <translation>Skriv filen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The history is not open yet: nothing to export.</source>
        <translation>Historikken er ikke åpen ennå: ingenting å eksportere.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history cannot be read: %1</source>
        <translation>Historikken kan ikke leses: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Replace File?</source>
        <translation>Erstatte filen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 finnes allerede. Vil du erstatte den?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exporting to %1…</source>
        <translation>Eksporterer til %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was written but has no rows: the history holds nothing for this meter in this period.</source>
        <translation>%1 ble skrevet, men har ingen rader: historikken har ingenting for denne måleren i denne perioden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported %1 to %2</source>
        <translation>Eksporterte %1 til %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled — no file was written.</source>
        <translation>Avbrutt — ingen fil ble skrevet.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
</context>
<context>
    <name>han::ui::ExportForm</name>
    <message>
        <location filename="../ui/export_form.cpp" line="+62"/>
        <source>The meter whose history is exported</source>
        <translation>Måleren som historikken eksporteres fra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (type %2)</source>
        <translation>%1 (type %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln reading(s) stored, from %1 to %2</source>
        <translation>
            <numerusform>%Ln måling lagret, fra %1 til %2</numerusform>
            <numerusform>%Ln målinger lagret, fra %1 til %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A common period; or pick the first and last day yourself</source>
        <translation>En vanlig periode; eller velg første og siste dag selv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first day exported, in local time (the day is included)</source>
        <translation>Første dag som eksporteres, i lokal tid (dagen tas med)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last day exported, in local time (the day is included)</source>
        <translation>Siste dag som eksporteres, i lokal tid (dagen tas med)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;to</source>
        <translation>&amp;til</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hourly — energy per hour (kWh)</source>
        <translation>Timeverdier — energi per time (kWh)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily — energy per day (kWh)</source>
        <translation>Døgnverdier — energi per døgn (kWh)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raw — every reading (power, currents, voltages)</source>
        <translation>Rådata — hver måling (effekt, strømmer, spenninger)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hourly and daily: imported and exported energy from the meter&apos;s registers, with a quality column.
Raw: every reading as the meter sent it, about one every 10 s (large files).</source>
        <translation>Timeverdier og døgnverdier: importert og eksportert energi fra målerstandene, med en kolonne for kvalitet.
Rådata: hver måling slik måleren sendte den, omtrent én hvert 10. sekund (store filer).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Standard CSV — comma between cells, decimal point</source>
        <translation>Standard CSV — komma mellom cellene, desimalpunktum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nordic spreadsheet — semicolon between cells, decimal comma</source>
        <translation>Nordisk regneark — semikolon mellom cellene, desimalkomma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excel set to Norwegian, Danish or Swedish opens the Nordic file directly; other programs and other languages read standard CSV.</source>
        <translation>Excel på norsk, dansk eller svensk åpner den nordiske filen direkte; andre programmer og andre språk leser standard CSV.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the CSV file is written</source>
        <translation>Hvor CSV-filen skrives</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the folder and name of the file</source>
        <translation>Velg mappe og navn for filen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Meter:</source>
        <translation>&amp;Måler:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;solution:</source>
        <translation>&amp;Oppløsning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form&amp;at:</source>
        <translation>Fo&amp;rmat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ile:</source>
        <translation>F&amp;il:</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The history holds no readings yet: nothing to export.</source>
        <translation>Historikken har ingen målinger ennå: ingenting å eksportere.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first day is after the last.</source>
        <translation>Første dag er etter siste dag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the file to write.</source>
        <translation>Velg filen som skal skrives.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Export to CSV</source>
        <translation>Eksporter til CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>han::ui::ExportWorker</name>
    <message>
        <location filename="../ui/export_worker.cpp" line="+33"/>
        <source>Nothing exported to %1: %2</source>
        <translation>Ingenting ble eksportert til %1: %2</translation>
    </message>
</context>
<context>
    <name>han::ui::FrameLogModel</name>
    <message>
        <location filename="../ui/frame_log_model.cpp" line="+127"/>
        <source>When this computer received the frame (local time).</source>
        <translation>Når denne datamaskinen mottok rammen (lokal tid).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meter&apos;s clock in the frame: %1.</source>
        <translation>Målerens klokke i rammen: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Length of the frame: %1 bytes, the opening and closing flags included.</source>
        <translation>Lengden på rammen: %1 byte, medregnet start- og sluttflagget.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Both checksums are right and the content decoded to a reading.</source>
        <translation>Begge sjekksummene stemmer, og innholdet ble dekodet til en måling.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List 1: power, currents and voltages, sent every 10 s.
List 2: the same plus the meter&apos;s clock and energy registers, sent once an hour.</source>
        <translation>Liste 1: effekt, strømmer og spenninger, sendes hvert 10. sekund.
Liste 2: det samme pluss målerens klokke og målerstander for energi, sendes én gang i timen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first bytes of the frame in hexadecimal; select the row to see all of them.</source>
        <translation>De første bytene i rammen heksadesimalt; velg raden for å se alle.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bytes</source>
        <translation>Byte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frame (hex)</source>
        <translation>Ramme (hex)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When this computer received the frame, local time</source>
        <translation>Når denne datamaskinen mottok rammen, lokal tid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Length of the frame in bytes</source>
        <translation>Lengden på rammen i byte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether the frame arrived intact and could be read</source>
        <translation>Om rammen kom fram hel og kunne leses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which of the meter&apos;s lists the frame carried: 1 every 10 s, 2 every hour</source>
        <translation>Hvilken av målerens lister rammen inneholdt: 1 hvert 10. sekund, 2 hver time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The start of the frame as sent, in hexadecimal</source>
        <translation>Starten av rammen slik den ble sendt, heksadesimalt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HCS error</source>
        <translation>HCS-feil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FCS error</source>
        <translation>FCS-feil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flag error</source>
        <translation>Flaggfeil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Truncated</source>
        <translation>Avkortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a reading</source>
        <translation>Ikke en måling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted</source>
        <translation>Kryptert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown list</source>
        <translation>Ukjent liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Malformed</source>
        <translation>Feil format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication failed</source>
        <translation>Autentisering mislyktes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replayed</source>
        <translation>Gjentatt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The header checksum (HCS) is wrong: bits of the frame&apos;s header changed on the way from the meter, usually through electrical noise or a loose contact in the cable or adapter. The frame is dropped; the meter sends the next one within 10 seconds.</source>
        <translation>Sjekksummen for hodet (HCS) er feil: biter i rammehodet endret seg på veien fra måleren, som regel på grunn av elektrisk støy eller en løs kontakt i kabelen eller adapteren. Rammen forkastes; måleren sender den neste innen 10 sekunder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The frame checksum (FCS) is wrong: bits changed on the way from the meter. A few such frames a day are harmless; many point to a bad cable or adapter, or the wrong parity. The frame is dropped; the next one comes within 10 seconds.</source>
        <translation>Sjekksummen for rammen (FCS) er feil: biter endret seg på veien fra måleren. Noen få slike rammer om dagen er ufarlig; mange tyder på dårlig kabel eller adapter, eller feil paritet. Rammen forkastes; den neste kommer innen 10 sekunder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The frame does not end where its length says it should: bytes were lost or added on the way (a loose contact, or the wrong speed or parity).</source>
        <translation>Rammen slutter ikke der lengden sier den skal: byte ble borte eller kom til på veien (en løs kontakt, eller feil hastighet eller paritet).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The frame was cut short: the next frame began, or the connection ended, before this one was complete. This happens when the cable is unplugged or bytes are lost.</source>
        <translation>Rammen ble avkortet: neste ramme begynte, eller forbindelsen ble brutt, før denne var komplett. Dette skjer når kabelen trekkes ut eller byte går tapt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The frame arrived intact but does not carry meter readings (it is not a data notification). HAN Monitor leaves it aside.</source>
        <translation>Rammen kom fram hel, men inneholder ikke målinger (den er ikke en datamelding). HAN Monitor ser bort fra den.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The frame arrived intact but is encrypted. To read it, enter the two keys from your grid company (encryption key and authentication key) in Connect to Meter.</source>
        <translation>Rammen kom frem uskadet, men er kryptert. For å lese den, skriv inn de to nøklene fra nettselskapet (krypteringsnøkkel og autentiseringsnøkkel) i Koble til måler.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The frame arrived intact but carries a list HAN Monitor cannot read (&quot;%1&quot;). It reads the lists of Kamstrup, Aidon and Kaifa meters; this one has a layout it does not know.</source>
        <translation>Rammen kom fram hel, men inneholder en liste HAN Monitor ikke kan lese («%1»). Programmet leser listene fra Kamstrup-, Aidon- og Kaifa-målere; denne har en oppbygging det ikke kjenner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The frame arrived intact but carries a list HAN Monitor cannot read. It reads the lists of Kamstrup, Aidon and Kaifa meters; this one has a layout it does not know.</source>
        <translation>Rammen kom fram hel, men inneholder en liste HAN Monitor ikke kan lese. Programmet leser listene fra Kamstrup-, Aidon- og Kaifa-målere; denne har en oppbygging det ikke kjenner.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The frame arrived intact but is encrypted, and authentication failed — check the keys from your grid company. (Grid companies issue new keys when the HAN port is reset.) Damaged bytes fail the same way, but then the next frame reads again.</source>
        <translation>Rammen kom frem uskadet, men er kryptert, og autentiseringen mislyktes — kontroller nøklene fra nettselskapet. (Nettselskapet utsteder nye nøkler når HAN-porten tilbakestilles.) Skadde byte feiler på samme måte, men da leses neste ramme igjen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The frame is encrypted and authentic, but its frame counter is not newer than one already read: an old frame sent again. It is ignored. If the meter restarted its counter, readings resume after a few frames.</source>
        <translation>Rammen er kryptert og ekte, men rammetelleren er ikke nyere enn en som allerede er lest: en gammel ramme sendt på nytt. Den blir ignorert. Hvis måleren startet telleren på nytt, kommer avlesningene tilbake etter noen få rammer.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The frame arrived intact but its content is malformed at byte %1 of the message: the meter sent something HAN Monitor does not expect. A bug report with this frame helps.</source>
        <translation>Rammen kom fram hel, men innholdet har feil format ved byte %1 i meldingen: måleren sendte noe HAN Monitor ikke forventer. En feilrapport med denne rammen hjelper.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The frame arrived intact but its content is malformed: the meter sent something HAN Monitor does not expect. A bug report with this frame helps.</source>
        <translation>Rammen kom fram hel, men innholdet har feil format: måleren sendte noe HAN Monitor ikke forventer. En feilrapport med denne rammen hjelper.</translation>
    </message>
</context>
<context>
    <name>han::ui::HourlyEnergyModel</name>
    <message>
        <location filename="../ui/hourly_energy_model.cpp" line="+198"/>
        <source>%1, %2 local time (%3).</source>
        <translation>%1, %2 lokal tid (%3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The clocks went back this night, so this hour came twice; the UTC offset tells the two apart.</source>
        <translation>Klokken ble stilt tilbake denne natten, så denne timen kom to ganger; UTC-forskyvningen skiller dem fra hverandre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active energy imported (bought from the grid) in this hour, kWh.</source>
        <translation>Aktiv energi importert (kjøpt fra nettet) i denne timen, kWh.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active energy exported (sold to the grid, e.g. from solar panels) in this hour, kWh.</source>
        <translation>Aktiv energi eksportert (solgt til nettet, f.eks. fra solceller) i denne timen, kWh.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import minus export in this hour, kWh: positive when the house took more from the grid than it gave back.</source>
        <translation>Import minus eksport i denne timen, kWh: positiv når huset tok mer fra nettet enn det ga tilbake.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reactive energy imported in this hour, kvarh, from the meter&apos;s reactive registers.</source>
        <translation>Reaktiv energi importert i denne timen, kvarh, fra målerens målerstander for reaktiv energi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reactive energy exported in this hour, kvarh, from the meter&apos;s reactive registers.</source>
        <translation>Reaktiv energi eksportert i denne timen, kvarh, fra målerens målerstander for reaktiv energi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>No hourly List 2 was received at %1, so the register reading is unknown.</source>
        <translation>Ingen Liste 2 ble mottatt kl. %1, så målerstanden er ukjent.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The meter&apos;s import register at %1 (its hourly List 2), kWh: what the meter&apos;s display showed then.</source>
        <translation>Målerstanden for import kl. %1 (fra timens Liste 2), kWh: det målerens display viste da.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The meter&apos;s export register at %1 (its hourly List 2), kWh: what the meter&apos;s display showed then.</source>
        <translation>Målerstanden for eksport kl. %1 (fra timens Liste 2), kWh: det målerens display viste da.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Hour</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import kWh</source>
        <translation>Import kWh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export kWh</source>
        <translation>Eksport kWh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net kWh</source>
        <translation>Netto kWh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactive in kvarh</source>
        <translation>Reaktiv inn kvarh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactive out kvarh</source>
        <translation>Reaktiv ut kvarh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality</source>
        <translation>Kvalitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import register kWh</source>
        <translation>Målerstand import kWh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export register kWh</source>
        <translation>Målerstand eksport kWh</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The hour in local time; a day has 23, 24 or 25 of them.</source>
        <translation>Timen i lokal tid; et døgn har 23, 24 eller 25 av dem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy bought from the grid in the hour.</source>
        <translation>Energi kjøpt fra nettet i timen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy sold to the grid in the hour (solar export).</source>
        <translation>Energi solgt til nettet i timen (innmating fra solceller).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import minus export.</source>
        <translation>Import minus eksport.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reactive energy from the meter&apos;s registers; households are rarely billed for it.</source>
        <translation>Reaktiv energi fra målerstandene; husholdninger faktureres sjelden for den.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the hour&apos;s energy was found: measured, estimated, missing or suspect (hover a row for details).</source>
        <translation>Hvordan energien for timen ble funnet: målt, estimert, mangler eller tvilsom (hold pekeren over en rad for detaljer).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The meter&apos;s register at the hour&apos;s end: compare with its display.</source>
        <translation>Målerstanden ved timens slutt: sammenlign med målerens display.</translation>
    </message>
</context>
<context>
    <name>han::ui::LinkStatusPanel</name>
    <message>
        <location filename="../ui/link_status_panel.cpp" line="+56"/>
        <source>Not connected</source>
        <translation>Ikke tilkoblet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Kobler til…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving</source>
        <translation>Mottar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No data</source>
        <translation>Ingen data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnecting…</source>
        <translation>Kobler til igjen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Link to the meter</source>
        <translation>Forbindelse til måleren</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Counters since the connection started</source>
        <translation>Tellere siden forbindelsen startet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Frames OK:</source>
        <translation>Rammer OK:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages from the meter that arrived intact and were read. The meter sends one every 10 seconds, and one more every hour with the energy registers.</source>
        <translation>Meldinger fra måleren som kom fram hele og ble lest. Måleren sender én hvert 10. sekund, og én til hver time med målerstandene for energi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bytes received:</source>
        <translation>Byte mottatt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes that arrived from the meter&apos;s HAN port since the connection started, about 230 every 10 seconds.</source>
        <translation>Byte som har kommet fra målerens HAN-port siden forbindelsen startet, omtrent 230 hvert 10. sekund.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last reading:</source>
        <translation>Siste måling:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the last intact message arrived, in local time (for the simulator and replays, the time the message carries).</source>
        <translation>Når den siste hele meldingen kom, i lokal tid (for simulatoren og avspillinger: tidspunktet i meldingen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnects:</source>
        <translation>Gjenoppkoblinger:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often the connection was lost and came back by itself.</source>
        <translation>Hvor mange ganger forbindelsen ble brutt og kom tilbake av seg selv.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HCS errors:</source>
        <translation>HCS-feil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages whose header was damaged on the way (header checksum wrong). A few are harmless; many point to a bad cable, a loose contact or electrical noise.</source>
        <translation>Meldinger der hodet ble skadet på veien (feil sjekksum for hodet). Noen få er ufarlige; mange tyder på dårlig kabel, løs kontakt eller elektrisk støy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FCS errors:</source>
        <translation>FCS-feil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages damaged on the way (frame checksum wrong). A few are harmless; many point to a bad cable, a loose contact or the wrong parity.</source>
        <translation>Meldinger som ble skadet på veien (feil sjekksum for rammen). Noen få er ufarlige; mange tyder på dårlig kabel, løs kontakt eller feil paritet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flag errors:</source>
        <translation>Flaggfeil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages that did not end where their length said: bytes were lost or added on the way.</source>
        <translation>Meldinger som ikke sluttet der lengden sa: byte ble borte eller kom til på veien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Truncated:</source>
        <translation>Avkortet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages cut short, for example when the cable was unplugged while one arrived.</source>
        <translation>Meldinger som ble avkortet, for eksempel når kabelen ble trukket ut mens en melding kom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown content:</source>
        <translation>Ukjent innhold:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intact messages HAN Monitor cannot read: encrypted, from another make of meter, or a list it does not know.</source>
        <translation>Hele meldinger HAN Monitor ikke kan lese: kryptert, fra et annet målermerke eller en liste programmet ikke kjenner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bytes skipped:</source>
        <translation>Byte hoppet over:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes that belonged to no message, skipped while looking for the start of the next one. Many of them and no intact messages mean the wrong parity or speed.</source>
        <translation>Byte som ikke hørte til noen melding, og som ble hoppet over under letingen etter starten på den neste. Mange slike og ingen hele meldinger betyr feil paritet eller hastighet.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The connection has not been started.</source>
        <translation>Forbindelsen er ikke startet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The state of the connection to the meter, and why</source>
        <translation>Tilstanden til forbindelsen med måleren, og hvorfor</translation>
    </message>
</context>
<context>
    <name>han::ui::LiveView</name>
    <message>
        <location filename="../ui/live_view.cpp" line="+113"/>
        <source>Simulated meter</source>
        <translation>Simulert måler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No meter is connected: these numbers come from a built-in simulated household. Choose your meter with File ▸ Connect to Meter… (Ctrl+K).</source>
        <translation>Ingen måler er tilkoblet: disse tallene kommer fra en innebygd simulert husholdning. Velg måleren din med Fil ▸ Koble til måler… (Ctrl+K).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Waiting for the first reading from the meter…</source>
        <translation>Venter på den første målingen fra måleren…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Power now</source>
        <translation>Effekt nå</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+24"/>
        <location line="+22"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+25"/>
        <location line="+22"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Reactive power</source>
        <translation>Reaktiv effekt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Power factor</source>
        <translation>Effektfaktor</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>So far this hour</source>
        <translation>Så langt denne timen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>A Kamstrup meter sends a reading every 10 seconds.</source>
        <translation>En Kamstrup-måler sender en måling hvert 10. sekund.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1–now</source>
        <translation>%1–nå</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Full scale %1 each way: the most the %2 A main fuse lets through.</source>
        <translation>Fullt utslag %1 hver vei: det meste hovedsikringen på %2 A slipper gjennom.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no source</source>
        <translation>ingen kilde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: %1</source>
        <translation>Kilde: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the meter&apos;s List 1, sent every 10 s; source: %1.</source>
        <translation>Fra målerens Liste 1, som sendes hvert 10. sekund; kilde: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main fuse %1 A (Settings ▸ Preferences).</source>
        <translation>Hovedsikring %1 A (Innstillinger ▸ Preferanser).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No meter is connected: the numbers come from a built-in simulated household. Use File ▸ Connect to Meter…</source>
        <translation>Ingen måler er tilkoblet: tallene kommer fra en innebygd simulert husholdning. Bruk Fil ▸ Koble til måler…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net power: active import minus active export now (OBIS 1.7.0 and 2.7.0). Import to the right, export to the left; full scale is the most the main fuse lets through, %1 each way.</source>
        <translation>Netto effekt: aktiv import minus aktiv eksport nå (OBIS 1.7.0 og 2.7.0). Import til høyre, eksport til venstre; fullt utslag er det meste hovedsikringen slipper gjennom, %1 hver vei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active power import: what the house draws from the grid now (OBIS 1.7.0).</source>
        <translation>Aktiv effekt, import: det huset tar fra nettet nå (OBIS 1.7.0).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active power export: what the house feeds into the grid now, e.g. from solar panels (OBIS 2.7.0).</source>
        <translation>Aktiv effekt, eksport: det huset mater inn på nettet nå, f.eks. fra solceller (OBIS 2.7.0).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gauge&apos;s full scale: the main fuse&apos;s current times the phase voltage (3 × 230 V × I on TN, √3 × 230 V × I on IT).</source>
        <translation>Fullt utslag på skalaen: strømmen til hovedsikringen ganger fasespenningen (3 × 230 V × I på TN, √3 × 230 V × I på IT).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reactive power import now (OBIS 3.7.0).</source>
        <translation>Reaktiv effekt, import nå (OBIS 3.7.0).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactive power export now (OBIS 4.7.0).</source>
        <translation>Reaktiv effekt, eksport nå (OBIS 4.7.0).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meter&apos;s power factor over all phases now (OBIS 13.7.0): active power divided by apparent power. Sent by Danish meters; source: %1.</source>
        <translation>Målerens effektfaktor over alle faser nå (OBIS 13.7.0): aktiv effekt delt på tilsynelatende effekt. Sendes av danske målere; kilde: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Energy imported since the hour began, integrated by HAN Monitor from the List 1 import power; the meter&apos;s own register follows in the hourly List 2. Source: %1.</source>
        <translation>Energi importert siden timen begynte, integrert av HAN Monitor fra importeffekten i Liste 1; målerens egen målerstand kommer i Liste 2 hver time. Kilde: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Energy exported since the hour began, integrated by HAN Monitor from the List 1 export power; the meter&apos;s own register follows in the hourly List 2. Source: %1.</source>
        <translation>Energi eksportert siden timen begynte, integrert av HAN Monitor fra eksporteffekten i Liste 1; målerens egen målerstand kommer i Liste 2 hver time. Kilde: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The hour so far, in this computer&apos;s time zone, by the meter&apos;s clock.</source>
        <translation>Timen så langt, i denne datamaskinens tidssone, etter målerens klokke.</translation>
    </message>
</context>
<context>
    <name>han::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="+46"/>
        <source>Not connected</source>
        <translation>Ikke tilkoblet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Kobler til…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving</source>
        <translation>Mottar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No data</source>
        <translation>Ingen data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnecting…</source>
        <translation>Kobler til igjen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+275"/>
        <source>HAN Monitor</source>
        <translation>HAN Monitor</translation>
    </message>
    <message>
        <location line="-255"/>
        <location line="+152"/>
        <source>&amp;Live</source>
        <translation>&amp;Sanntid</translation>
    </message>
    <message>
        <location line="-151"/>
        <location line="+151"/>
        <source>&amp;Phases</source>
        <translation>F&amp;aser</translation>
    </message>
    <message>
        <location line="-150"/>
        <location line="+150"/>
        <source>&amp;Energy</source>
        <translation>&amp;Energi</translation>
    </message>
    <message>
        <location line="-149"/>
        <location line="+150"/>
        <source>Capac&amp;ity</source>
        <translation>Kapasi&amp;tet</translation>
    </message>
    <message>
        <location line="-149"/>
        <location line="+149"/>
        <source>Sol&amp;ar</source>
        <translation>S&amp;olceller</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+148"/>
        <source>&amp;Diagnostics</source>
        <translation>&amp;Diagnostikk</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>What the house draws and exports now (Ctrl+1)</source>
        <translation>Hva huset tar fra nettet og mater inn nå (Ctrl+1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current and voltage of each phase over time (Ctrl+2)</source>
        <translation>Strøm og spenning på hver fase over tid (Ctrl+2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy per hour, day and month from the meter&apos;s registers (Ctrl+3)</source>
        <translation>Energi per time, dag og måned fra målerstandene (Ctrl+3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The grid company&apos;s monthly capacity fee: this month&apos;s three peak hours, the step they put you in and how much this hour can still use (Ctrl+4)</source>
        <translation>Nettselskapets månedlige kapasitetsledd: månedens tre topptimer, trinnet de gir deg, og hvor mye denne timen fortsatt kan bruke (Ctrl+4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Solar export: net power today and exported energy (Ctrl+5)</source>
        <translation>Innmating fra solceller: netto effekt i dag og eksportert energi (Ctrl+5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The link to the meter: state, counters, raw frames (Ctrl+6)</source>
        <translation>Forbindelsen til måleren: tilstand, tellere, rå rammer (Ctrl+6)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>History: not saving</source>
        <translation>Historikk: lagres ikke</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>History: saving</source>
        <translation>Historikk: lagres</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>History is being saved again.</source>
        <translation>Historikken lagres igjen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Readings are saved to %1</source>
        <translation>Målingene lagres i %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stop &amp;Recording Raw Capture</source>
        <translation>Stopp &amp;opptak av rådata</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <source>&amp;Record Raw Capture…</source>
        <translation>&amp;Ta opp rådata…</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>This meter encrypts its data: enter the two keys from your grid company (File &gt; Connect to Meter, Ctrl+K).</source>
        <translation>Denne måleren krypterer dataene sine: legg inn de to nøklene fra nettselskapet ditt (Fil &gt; Koble til måler, Ctrl+K).</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Enter &amp;Keys…</source>
        <translation>Legg inn &amp;nøkler…</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>The replay has reached the end of the capture file.</source>
        <translation>Avspillingen har nådd slutten av opptaksfilen.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connect to Meter…</source>
        <translation>&amp;Koble til måler…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the serial port of the meter, the simulator or a capture file</source>
        <translation>Velg den serielle porten til måleren, simulatoren eller en opptaksfil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Eksporter til CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the history to a spreadsheet file</source>
        <translation>Skriv historikken til en regnearkfil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back Up History…</source>
        <translation>&amp;Sikkerhetskopier historikken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a copy of the whole history while recording goes on</source>
        <translation>Lagre en kopi av hele historikken mens registreringen fortsetter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the bytes from the meter to a file, for a bug report</source>
        <translation>Lagre bytene fra måleren i en fil, til en feilrapport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop recording and close HAN Monitor</source>
        <translation>Stopp registreringen og lukk HAN Monitor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Settings</source>
        <translation>&amp;Innstillinger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferanser…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About HAN Monitor</source>
        <translation>&amp;Om HAN Monitor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About HAN Monitor</source>
        <translation>Om HAN Monitor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;HAN Monitor %1&lt;/h3&gt;&lt;p&gt;Shows what a Kamstrup electricity meter reports on its HAN port: power, phases, hourly energy and solar export. History stays on this computer.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;HAN Monitor %1&lt;/h3&gt;&lt;p&gt;Viser hva en Kamstrup-strømmåler rapporterer på HAN-porten: effekt, faser, timesforbruk og innmating fra solceller. Historikken blir liggende på denne datamaskinen.&lt;/p&gt;&lt;p&gt;Lisensiert under GNU General Public License, versjon 3 eller senere.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>How long ago the last reading arrived from the meter</source>
        <translation>Hvor lenge siden den siste målingen kom fra måleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History: opening…</source>
        <translation>Historikk: åpner…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The house is exporting</source>
        <translation>Huset mater inn på nettet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solar power is going to the grid: %1 now.</source>
        <translation>Solstrøm går ut på nettet: %1 nå.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The house stopped exporting</source>
        <translation>Huset har sluttet å mate inn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It draws %1 from the grid now.</source>
        <translation>Det tar %1 fra nettet nå.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No meter is connected: the numbers come from a built-in simulated household. Use File &gt; Connect to Meter.</source>
        <translation>Ingen måler er tilkoblet: tallene kommer fra en innebygd simulert husholdning. Bruk Fil &gt; Koble til måler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the readings come from</source>
        <translation>Hvor målingene kommer fra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HAN Monitor — %1</source>
        <translation>HAN Monitor — %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No reading yet</source>
        <translation>Ingen måling ennå</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last reading %1 s ago</source>
        <translation>Siste måling for %1 s siden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last reading %1 min ago</source>
        <translation>Siste måling for %1 min siden</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Back Up History</source>
        <translation>Sikkerhetskopier historikken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite database (*.sqlite)</source>
        <translation>SQLite-database (*.sqlite)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backing up the history to %1…</source>
        <translation>Sikkerhetskopierer historikken til %1…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Record Raw Capture</source>
        <translation>Ta opp rådata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial log with times (*.log);;Hex text (*.hex);;Raw bytes (*.bin)</source>
        <translation>Seriell logg med tidspunkter (*.log);;Hex-tekst (*.hex);;Rå byte (*.bin)</translation>
    </message>
</context>
<context>
    <name>han::ui::MessageBanner</name>
    <message>
        <location filename="../ui/message_banner.cpp" line="+25"/>
        <source>Close this message</source>
        <translation>Lukk denne meldingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close message</source>
        <translation>Lukk meldingen</translation>
    </message>
</context>
<context>
    <name>han::ui::MeterInfoWidget</name>
    <message>
        <location filename="../ui/meter_info_widget.cpp" line="+36"/>
        <source>Meter</source>
        <translation>Måler</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last reading</source>
        <translation>Siste måling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meter id</source>
        <translation>Måler-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meter clock</source>
        <translation>Målerklokke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meter type</source>
        <translation>Målertype</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>List version</source>
        <translation>Listeversjon</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>no source</source>
        <translation>ingen kilde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No meter is connected: the numbers come from a built-in simulated household. Use File ▸ Connect to Meter…</source>
        <translation>Ingen måler er tilkoblet: tallene kommer fra en innebygd simulert husholdning. Bruk Fil ▸ Koble til måler…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the readings come from.</source>
        <translation>Hvor målingene kommer fra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meter&apos;s id (GS1 number, OBIS 0.0.5) as the meter sends it. Source: %1.</source>
        <translation>Målerens ID (GS1-nummer, OBIS 0.0.5) slik måleren sender den. Kilde: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meter&apos;s type (OBIS 96.1.1) as the meter sends it. Source: %1.</source>
        <translation>Målerens type (OBIS 96.1.1) slik måleren sender den. Kilde: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list version the meter names at the start of each list. Source: %1.</source>
        <translation>Listeversjonen måleren oppgir i starten av hver liste. Kilde: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long ago the last reading arrived on this computer; amber after %1 s without a new one (a meter sends every 10 s).</source>
        <translation>Hvor lenge siden den siste målingen kom til denne datamaskinen; gul etter %1 s uten en ny (en måler sender hvert 10. sekund).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meter&apos;s own clock in the last reading, shown in this computer&apos;s time zone. Source: %1.</source>
        <translation>Målerens egen klokke i den siste målingen, vist i denne datamaskinens tidssone. Kilde: %1.</translation>
    </message>
</context>
<context>
    <name>han::ui::MeterKeysPanel</name>
    <message>
        <location filename="../ui/meter_keys_panel.cpp" line="+40"/>
        <source>Meter keys</source>
        <translation>Målernøkler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Danish meters encrypt their data: your grid company (netselskab) sends you the two keys. Most Norwegian meters need none: leave the fields empty.</source>
        <translation>Danske målere krypterer dataene sine: nettselskapet (netselskab) sender deg de to nøklene. De fleste norske målere trenger ingen: la feltene stå tomme.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Encryption key (GUEK / GPK60):</source>
        <translation>Krypt&amp;eringsnøkkel (GUEK / GPK60):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 32 hex digits the grid company calls GUEK, GPK60 or encryption key</source>
        <translation>De 32 heksadesimale sifrene som nettselskapet kaller GUEK, GPK60 eller krypteringsnøkkel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;uthentication key (GAK / GPK61):</source>
        <translation>A&amp;utentiseringsnøkkel (GAK / GPK61):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 32 hex digits the grid company calls GAK, GPK61 or authentication key</source>
        <translation>De 32 heksadesimale sifrene som nettselskapet kaller GAK, GPK61 eller autentiseringsnøkkel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;how keys</source>
        <translation>V&amp;is nøklene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the digits instead of dots, to compare them with the letter</source>
        <translation>Vis sifrene i stedet for prikker, for å sammenligne dem med brevet</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>32 hex digits, spaces allowed</source>
        <translation>32 heksadesimale sifre, mellomrom er lov</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 of %2 digits</source>
        <translation>%1 av %2 sifre</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>“%1” is not a hex digit (0–9, A–F)</source>
        <translation>«%1» er ikke et heksadesimalt siffer (0–9, A–F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set</source>
        <translation>ikke satt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 digits: a key has %2</source>
        <translation>%1 sifre: en nøkkel har %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ complete</source>
        <translation>✓ fullstendig</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The encryption key is not complete: %1.</source>
        <translation>Krypteringsnøkkelen er ikke fullstendig: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The authentication key is not complete: %1.</source>
        <translation>Autentiseringsnøkkelen er ikke fullstendig: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the encryption key too: the authentication key alone decrypts nothing.</source>
        <translation>Legg inn krypteringsnøkkelen også: autentiseringsnøkkelen alene dekrypterer ingenting.</translation>
    </message>
</context>
<context>
    <name>han::ui::MeterSettingsPanel</name>
    <message>
        <location filename="../ui/meter_settings_panel.cpp" line="+30"/>
        <source>No correction</source>
        <translation>Ingen korreksjon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>÷ %1</source>
        <translation>÷ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>× %1</source>
        <translation>× %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Meter clock</source>
        <translation>Målerklokke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Follows daylight saving time (Norway, Denmark, Sweden)</source>
        <translation>&amp;Følger sommertid (Norge, Danmark, Sverige)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meter&apos;s clock is local time of Europe/Oslo: UTC+1 in winter, UTC+2 in summer. Right for most meters.</source>
        <translation>Målerens klokke går på lokal tid for Europe/Oslo: UTC+1 om vinteren, UTC+2 om sommeren. Riktig for de fleste målere.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard &amp;time all year (UTC+1)</source>
        <translation>&amp;Normaltid hele året (UTC+1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meter&apos;s clock stays on winter time in summer too, so without this every summer hour would be one hour off.</source>
        <translation>Målerens klokke står på vintertid også om sommeren, så uten dette valget ville alle timer om sommeren bli forskjøvet med én time.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Learned from this computer&apos;s clock</source>
        <translation>&amp;Lært fra datamaskinens klokke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>While it records, HAN Monitor compares the meter&apos;s clock with this computer&apos;s and uses the difference, rounded to a quarter hour. Needs a computer clock that is right.</source>
        <translation>Mens den registrerer, sammenligner HAN Monitor målerens klokke med datamaskinens og bruker forskjellen, avrundet til nærmeste kvarter. Krever at datamaskinens klokke går riktig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The meter sends its clock without a time zone, and meters differ: most follow summer time, some stay on winter time all year. The clock decides which hour each hourly reading belongs to. If the Energy view&apos;s hours look one hour off in summer, choose standard time.</source>
        <translation>Måleren sender klokken sin uten tidssone, og målere er forskjellige: de fleste følger sommertid, noen står på vintertid hele året. Klokken avgjør hvilken time hver timeverdi hører til. Hvis timene i visningen Energi ser ut til å være forskjøvet med én time om sommeren, velg normaltid.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Scale corrections</source>
        <translation>Skalakorreksjoner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the meter counts in Wh (Swedish Kamstrup)</source>
        <translation>måleren teller i Wh (svensk Kamstrup)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Multiplies the energy registers (kWh) the meter sends every hour</source>
        <translation>Multipliserer målerstandene for energi (kWh) som måleren sender hver time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>power reads ten times too high</source>
        <translation>effekten vises ti ganger for høy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multiplies the power (kW, kvar) the meter sends every 10 s</source>
        <translation>Multipliserer effekten (kW, kvar) som måleren sender hvert 10. sekund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>current in mA (Kamstrup CT meters, type 685…)</source>
        <translation>strøm i mA (Kamstrup trafomålere, type 685…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multiplies the phase currents (A) the meter sends</source>
        <translation>Multipliserer fasestrømmene (A) som måleren sender</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Multiplies the phase voltages (V) the meter sends</source>
        <translation>Multipliserer fasespenningene (V) som måleren sender</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Energy:</source>
        <translation>&amp;Energi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Po&amp;wer:</source>
        <translation>Effek&amp;t:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrent:</source>
        <translation>St&amp;røm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Voltage:</source>
        <translation>&amp;Spenning:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Most meters need no correction. Some send their values in other units than the Norwegian data sheet: Swedish Kamstrup meters send energy in Wh, so every kWh reads ten times too high; some Swedish meters send power ten times too high; Kamstrup CT meters (for large main fuses) send current in mA. Danish meters are recognised by their list and need nothing here, as are voltages sent in 0.01 V. A correction applies to readings from now on.</source>
        <translation>De fleste målere trenger ingen korreksjon. Noen sender verdiene i andre enheter enn det norske databladet: svenske Kamstrup-målere sender energi i Wh, så hver kWh vises ti ganger for høyt; noen svenske målere sender effekten ti ganger for høyt; Kamstrup trafomålere (for store hovedsikringer) sender strøm i mA. Danske målere gjenkjennes på listen og trenger ingenting her, og det samme gjelder spenninger sendt i 0,01 V. En korreksjon gjelder målinger fra nå av.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No meter has sent a reading yet. These settings belong to one meter: they can be made once it has been seen.</source>
        <translation>Ingen måler har sendt en måling ennå. Disse innstillingene hører til én bestemt måler: de kan gjøres når måleren er sett.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings of %1.</source>
        <translation>Innstillinger for %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meter number %1 is the one the meter sends in its own list; the history keeps these settings with it.</source>
        <translation>Målernummeret %1 er det måleren sender i sin egen liste; historikken lagrer disse innstillingene sammen med det.</translation>
    </message>
</context>
<context>
    <name>han::ui::PhaseLoadBar</name>
    <message>
        <location filename="../ui/phase_load_bar.cpp" line="+28"/>
        <source>%1&#xa0;%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Load on %1</source>
        <translation>Belastning på %1</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>%1, %2 of the %3 A main fuse</source>
        <translation>%1, %2 av hovedsikringen på %3 A</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No current reported for %1</source>
        <translation>Ingen strøm rapportert for %1</translation>
    </message>
</context>
<context>
    <name>han::ui::PhaseLoadWidget</name>
    <message>
        <location filename="../ui/phase_load_widget.cpp" line="+17"/>
        <source>Phases</source>
        <translation>Faser</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+97"/>
        <source>Voltage</source>
        <translation>Spenning</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power factor</source>
        <translation>Effektfaktor</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Current against the %1 A main fuse</source>
        <translation>Strøm mot hovedsikringen på %1 A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main fuse %1 A on a %2 grid: at most %3.</source>
        <translation>Hovedsikring %1 A på et %2-nett: høyst %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>230 V IT</source>
        <translation>230 V IT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>400 V TN</source>
        <translation>400 V TN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voltage (between phases)</source>
        <translation>Spenning (mellom faser)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>From the meter&apos;s List 1, sent every 10 s; source: %1.</source>
        <translation>Fra målerens Liste 1, som sendes hvert 10. sekund; kilde: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main fuse %1 A (Settings ▸ Preferences).</source>
        <translation>Hovedsikring %1 A (Innstillinger ▸ Preferanser).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current on %1 now (OBIS %2.7.0).</source>
        <translation>Strøm på %1 nå (OBIS %2.7.0).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current on %1 as a share of the main fuse; the bar is full at the fuse, amber from 80 %, red from 95 %.</source>
        <translation>Strøm på %1 som andel av hovedsikringen; stolpen er full ved sikringens verdi, gul fra 80 %, rød fra 95 %.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Voltage on %1 now (OBIS %2.7.0); on an IT grid, measured between phases.</source>
        <translation>Spenning på %1 nå (OBIS %2.7.0); på et IT-nett målt mellom faser.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From the meter&apos;s list, sent every 10 s; source: %1.</source>
        <translation>Fra målerens liste, sendt hvert 10. s; kilde: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active power imported on %1 now (OBIS %2.7.0).</source>
        <translation>Aktiv effekt importert på %1 nå (OBIS %2.7.0).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active power exported on %1 now (OBIS %2.7.0).</source>
        <translation>Aktiv effekt eksportert på %1 nå (OBIS %2.7.0).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power factor on %1 now (OBIS %2.7.0): active power divided by apparent power, 1 for a purely resistive load.</source>
        <translation>Effektfaktor på %1 nå (OBIS %2.7.0): aktiv effekt delt på tilsynelatende effekt, 1 for en rent resistiv last.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The most the main fuse lets through: 3 × 230 V × the fuse on a TN grid, √3 × 230 V × the fuse on an IT grid.</source>
        <translation>Det meste hovedsikringen slipper gjennom: 3 × 230 V × sikringen på et TN-nett, √3 × 230 V × sikringen på et IT-nett.</translation>
    </message>
</context>
<context>
    <name>han::ui::PhasesView</name>
    <message>
        <location filename="../ui/phases_view.cpp" line="+59"/>
        <source>Current</source>
        <translation>Strøm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voltage</source>
        <translation>Spenning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power of each phase in kilowatts, import minus export (below zero: export), from the meter&apos;s list (every 10 s)</source>
        <translation>Effekten på hver fase i kilowatt, import minus eksport (under null: eksport), fra målerens liste (hvert 10. s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current of each phase in amperes, from the meter&apos;s List 1 (every 10 s)</source>
        <translation>Strømmen på hver fase i ampere, fra målerens Liste 1 (hvert 10. sekund)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voltage of each phase in volts, from the meter&apos;s List 1 (every 10 s)</source>
        <translation>Spenningen på hver fase i volt, fra målerens Liste 1 (hvert 10. sekund)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Drag a chart to move in time, turn the wheel to zoom; the values under the pointer show on the charts. Keys on a chart: ←/→ move, +/− zoom, Home back to live.</source>
        <translation>Dra i et diagram for å flytte i tid, rull med hjulet for å zoome; verdiene under pekeren vises i diagrammene. Taster i et diagram: ←/→ flytter, +/− zoomer, Home går tilbake til sanntid.</translation>
    </message>
    <message>
        <location line="+310"/>
        <source>Readings shown: %L1</source>
        <translation>Målinger vist: %L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No readings in this range</source>
        <translation>Ingen målinger i dette tidsrommet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings in the visible time range, from the history and the live meter (one every 10 s)</source>
        <translation>Målinger i det synlige tidsrommet, fra historikken og måleren i sanntid (én hvert 10. sekund)</translation>
    </message>
</context>
<context>
    <name>han::ui::PortListModel</name>
    <message>
        <location filename="../ui/port_list_model.cpp" line="+147"/>
        <source>The device %1, as the system names it</source>
        <translation>Enheten %1, slik systemet kaller den</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system gives no description of this port</source>
        <translation>Systemet gir ingen beskrivelse av denne porten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The adapter&apos;s own description: %1</source>
        <translation>Adapterens egen beskrivelse: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system names no manufacturer for this port</source>
        <translation>Systemet oppgir ingen produsent for denne porten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The adapter&apos;s manufacturer, as it reports itself: %1</source>
        <translation>Adapterens produsent, slik den selv oppgir: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a USB device: no vendor and product id</source>
        <translation>Ikke en USB-enhet: ingen leverandør- og produkt-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USB vendor id %1 and product id %2 (hexadecimal), as the adapter reports them; used to find the adapter again after a re-plug</source>
        <translation>USB-leverandør-ID %1 og produkt-ID %2 (heksadesimalt), slik adapteren oppgir dem; brukes til å finne adapteren igjen når den kobles til på nytt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The adapter reports no serial number</source>
        <translation>Adapteren oppgir ikke noe serienummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The adapter&apos;s USB serial number; HAN Monitor finds the adapter by it when the port&apos;s name changes</source>
        <translation>Adapterens USB-serienummer; HAN Monitor finner adapteren igjen med det når navnet på porten endres</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manufacturer</source>
        <translation>Produsent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VID:PID</source>
        <translation>VID:PID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The serial port&apos;s name on this computer</source>
        <translation>Navnet på den serielle porten på denne datamaskinen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the adapter calls itself</source>
        <translation>Hva adapteren kaller seg selv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who made the adapter, as it reports itself</source>
        <translation>Hvem som har laget adapteren, slik den selv oppgir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USB vendor and product id of the adapter, in hexadecimal</source>
        <translation>USB-leverandør- og produkt-ID for adapteren, heksadesimalt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The adapter&apos;s USB serial number, if it has one</source>
        <translation>Adapterens USB-serienummer, hvis den har et</translation>
    </message>
</context>
<context>
    <name>han::ui::PowerGauge</name>
    <message>
        <location filename="../ui/power_gauge.cpp" line="+48"/>
        <source>Net power</source>
        <translation>Netto effekt</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No reading yet</source>
        <translation>Ingen måling ennå</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Balanced: %1</source>
        <translation>I balanse: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing %1 from the grid</source>
        <translation>Tar %1 fra nettet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting %1 to the grid</source>
        <translation>Mater inn %1 på nettet</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>no reading yet</source>
        <translation>ingen måling ennå</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>balanced</source>
        <translation>i balanse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the grid, beyond the scale</source>
        <translation>fra nettet, utenfor skalaen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the grid</source>
        <translation>fra nettet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to the grid, beyond the scale</source>
        <translation>til nettet, utenfor skalaen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to the grid</source>
        <translation>til nettet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>han::ui::SerialPortPage</name>
    <message>
        <location filename="../ui/serial_port_page.cpp" line="+43"/>
        <source>P&amp;orts (the list follows what is plugged in):</source>
        <translation>P&amp;orter (listen følger det som er koblet til):</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Serial ports</source>
        <translation>Serielle porter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No serial port found. Plug in the meter&apos;s USB adapter: this list updates by itself.</source>
        <translation>Fant ingen seriell port. Koble til målerens USB-adapter: listen oppdateres av seg selv.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Auto — try none, then even</source>
        <translation>Auto — prøv ingen, deretter lik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None — Kamstrup</source>
        <translation>Ingen — Kamstrup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Even — Aidon, Kaifa</source>
        <translation>Lik — Aidon, Kaifa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the meter frames each byte on its HAN port (2400 baud, 8 data bits, 1 stop bit).
Kamstrup meters send without parity (8N1); Aidon and Kaifa with even parity (8E1).
Auto starts with none and switches to even when bytes arrive but no valid frame does.</source>
        <translation>Hvordan måleren rammer inn hver byte på HAN-porten (2400 baud, 8 databiter, 1 stoppbit).
Kamstrup-målere sender uten paritet (8N1); Aidon og Kaifa med lik paritet (8E1).
Auto starter med ingen og bytter til lik når det kommer byte, men ingen gyldig ramme.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Parity:</source>
        <translation>&amp;Paritet:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>If the port cannot be opened, your user may not be allowed to use serial ports. Run&lt;br&gt;&lt;code&gt;sudo usermod -aG dialout $USER&lt;/code&gt;&lt;br&gt;then log out and in.</source>
        <translation>Hvis porten ikke kan åpnes, har brukeren din kanskje ikke lov til å bruke serielle porter. Kjør&lt;br&gt;&lt;code&gt;sudo usermod -aG dialout $USER&lt;/code&gt;&lt;br&gt;og logg deretter ut og inn.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No serial port found: plug in the meter&apos;s USB adapter.</source>
        <translation>Fant ingen seriell port: koble til målerens USB-adapter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the port of the meter&apos;s adapter.</source>
        <translation>Velg porten til målerens adapter.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The adapter used last (%1) is not plugged in; it is selected as soon as it appears.</source>
        <translation>Adapteren som ble brukt sist (%1), er ikke koblet til; den velges så snart den dukker opp.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You may not have permission to open %1: see the note above.</source>
        <translation>Du har kanskje ikke tillatelse til å åpne %1: se merknaden over.</translation>
    </message>
</context>
<context>
    <name>han::ui::SessionController</name>
    <message>
        <location filename="../ui/session_controller.cpp" line="+189"/>
        <source>Preparing the simulated meter: writing its last day of history…</source>
        <translation>Klargjør den simulerte måleren: skriver historikken for det siste døgnet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the simulated meter: writing %1 days of its history…</source>
        <translation>Klargjør den simulerte måleren: skriver %1 døgn med historikk…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The simulated meter&apos;s history could not be written: %1</source>
        <translation>Historikken til den simulerte måleren kunne ikke skrives: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Simulated meter</source>
        <translation>Simulert måler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replay of %1</source>
        <translation>Avspilling av %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Serial port %1</source>
        <translation>Seriell port %1</translation>
    </message>
</context>
<context>
    <name>han::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="+74"/>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Meter</source>
        <translation>&amp;Måler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;House</source>
        <translation>&amp;Bolig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;apacity</source>
        <translation>Ka&amp;pasitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ppearance</source>
        <translation>&amp;Utseende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Startup</source>
        <translation>&amp;Oppstart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the meter&apos;s clock and values are read</source>
        <translation>Hvordan målerens klokke og verdier leses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main fuse and grid type</source>
        <translation>Hovedsikring og nettype</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The grid company&apos;s capacity fee: its steps, prices and warning</source>
        <translation>Nettselskapets kapasitetsledd: trinn, priser og varsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours, language and notifications</source>
        <translation>Farger, språk og varsler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording in the background, start at login, history file</source>
        <translation>Registrering i bakgrunnen, start ved innlogging, historikkfil</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Main fuse</source>
        <translation>Hovedsikring</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The rating of the main fuse or breaker, in amperes (%1 to %2 A)</source>
        <translation>Merkestrømmen til hovedsikringen eller hovedbryteren, i ampere (%1 til %2 A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main &amp;fuse:</source>
        <translation>&amp;Hovedsikring:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The main fuse limits how much the house can draw at once. The Live view draws each phase&apos;s current against it. Its size is printed on the main breaker in the fuse box and on the grid company&apos;s invoice.</source>
        <translation>Hovedsikringen begrenser hvor mye huset kan ta ut samtidig. Visningen Sanntid tegner strømmen på hver fase mot den. Størrelsen står på hovedsikringen i sikringsskapet og på fakturaen fra nettselskapet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Grid</source>
        <translation>Strømnett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;TN: 230 V from each phase to neutral, 400 V between phases</source>
        <translation>&amp;TN: 230 V fra hver fase til nøytralleder, 400 V mellom fasene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;IT: 230 V between phases, no neutral</source>
        <translation>&amp;IT: 230 V mellom fasene, ingen nøytralleder</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The most the main fuse lets the house draw: 3 × 230 V × the fuse on TN, √3 × 230 V × the fuse on IT</source>
        <translation>Det meste hovedsikringen lar huset ta ut: 3 × 230 V × sikringen på TN, √3 × 230 V × sikringen på IT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TN is the usual grid in Denmark, Sweden and newer Norwegian houses. IT is common in Norway, above all in older houses. An electrician or the grid company can tell.</source>
        <translation>TN er det vanlige nettet i Danmark, Sverige og nyere norske hus. IT er vanlig i Norge, særlig i eldre hus. En elektriker eller nettselskapet kan si hva du har.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Colours</source>
        <translation>Farger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ystem: as the desktop</source>
        <translation>S&amp;ystem: som skrivebordet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Lyst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>Mør&amp;kt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>System uses the colours the desktop gave HAN Monitor when it started.</source>
        <translation>System bruker fargene skrivebordet ga HAN Monitor da programmet startet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language</source>
        <translation>Systemspråk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>La&amp;nguage:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new language takes effect when HAN Monitor is started again.</source>
        <translation>Et nytt språk tas i bruk når HAN Monitor startes på nytt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notifications</source>
        <translation>Varsler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notify me when the house starts or stops e&amp;xporting</source>
        <translation>Varsle meg når huset starter eller slutter å mate &amp;inn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When solar production starts to exceed what the house uses, and when it stops</source>
        <translation>Når solcelleproduksjonen begynner å overstige det huset bruker, og når den slutter med det</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The messages appear as desktop notifications.</source>
        <translation>Meldingene vises som skrivebordsvarsler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desktop has no notification service: the messages will appear in the HAN Monitor window instead.</source>
        <translation>Dette skrivebordet har ingen varslingstjeneste: meldingene vises i stedet i HAN Monitor-vinduet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a &amp;test notification</source>
        <translation>Send et &amp;testvarsel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No desktop notification could be shown; the window will show: “%1”</source>
        <translation>Ingen skrivebordsvarsler kunne vises; vinduet viser: «%1»</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Recording</source>
        <translation>Registrering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep recording in the system tray when the window is closed</source>
        <translation>&amp;Fortsett registreringen i systemkurven når vinduet lukkes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start HAN Monitor when I &amp;log in</source>
        <translation>Start HAN Monitor når jeg &amp;logger inn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writes %1</source>
        <translation>Skriver %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history then has no holes. Quit from the File menu or the tray icon to stop recording.</source>
        <translation>Da får historikken ingen hull. Avslutt fra Fil-menyen eller ikonet i systemkurven for å stoppe registreringen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history then has no holes. This desktop shows no system tray at the moment, so closing the window quits HAN Monitor.</source>
        <translation>Da får historikken ingen hull. Dette skrivebordet viser ingen systemkurv for øyeblikket, så når du lukker vinduet, avsluttes HAN Monitor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>HAN Monitor then starts in the system tray when you log in and goes on recording where it left off.</source>
        <translation>HAN Monitor starter da i systemkurven når du logger inn, og fortsetter registreringen der den slapp.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The SQLite file with every reading; han-cli uses the same one</source>
        <translation>SQLite-filen med alle målingene; han-cli bruker den samme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sho&amp;w in Folder</source>
        <translation>&amp;Vis i mappe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another file can be chosen when starting: han-monitor --db PATH. Make a copy with File &gt; Back Up History.</source>
        <translation>En annen fil kan velges ved oppstart: han-monitor --db PATH. Ta en kopi med Fil &gt; Sikkerhetskopier historikken.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the simulated meter %1</source>
        <translation>den simulerte måleren %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>meter %1</source>
        <translation>måler %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (type %2)</source>
        <translation>%1 (type %2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>IT 230 V</source>
        <translation>IT 230 V</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TN 400 V</source>
        <translation>TN 400 V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 A on %2: up to %3</source>
        <translation>%1 A på %2: opptil %3</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Start at Login</source>
        <translation>Start ved innlogging</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>HAN Monitor</source>
        <translation>HAN Monitor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is how HAN Monitor tells you that the house started or stopped exporting.</source>
        <translation>Slik forteller HAN Monitor deg at huset har begynt eller sluttet å mate inn.</translation>
    </message>
</context>
<context>
    <name>han::ui::SimulatorMakeBox</name>
    <message>
        <location filename="../ui/simulator_make_box.cpp" line="+42"/>
        <source>Kamstrup (Norway)</source>
        <translation>Kamstrup (Norge)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kamstrup (Denmark), power and energy per phase</source>
        <translation>Kamstrup (Danmark), effekt og energi per fase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aidon (Norway)</source>
        <translation>Aidon (Norge)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kaifa (Norway)</source>
        <translation>Kaifa (Norge)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which meter the simulated household has: its lists, their timing and their scaling are those of that make</source>
        <translation>Hvilken måler den simulerte husholdningen har: listene, når de sendes og skaleringen deres er som hos det merket</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Encrypted, as Danish meters send</source>
        <translation>K&amp;ryptert, slik danske målere sender</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The simulated meter encrypts with these published test keys, which the app uses by itself:
encryption key %1
authentication key %2</source>
        <translation>Den simulerte måleren krypterer med disse offentlige testnøklene, som programmet bruker av seg selv:
krypteringsnøkkel %1
autentiseringsnøkkel %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This meter sends with even parity (8E1). With the parity on Auto the app finds it by itself within half a minute.</source>
        <translation>Denne måleren sender med jevn paritet (8E1). Med pariteten på Auto finner programmet den selv innen et halvt minutt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Me&amp;ter:</source>
        <translation>Må&amp;ler:</translation>
    </message>
</context>
<context>
    <name>han::ui::SolarView</name>
    <message>
        <location filename="../ui/solar_view.cpp" line="+62"/>
        <source>Net power today: import minus export from the meter&apos;s List 1, above zero while the house draws from the grid, below zero while it exports</source>
        <translation>Netto effekt i dag: import minus eksport fra målerens Liste 1, over null når huset tar fra nettet, under null når det mater inn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Net power (kW)</source>
        <translation>Netto effekt (kW)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drawing from the grid</source>
        <translation>Tar fra nettet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting to the grid</source>
        <translation>Mater inn på nettet</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Export now</source>
        <translation>Eksport nå</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active power the house exports to the grid now, from the meter&apos;s List 1 (every 10 s)</source>
        <translation>Aktiv effekt huset mater inn på nettet nå, fra målerens Liste 1 (hvert 10. sekund)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting while the meter&apos;s List 1 shows more than %1 going out and more going out than coming in; otherwise drawing from the grid</source>
        <translation>Mater inn når målerens Liste 1 viser mer enn %1 ut og mer ut enn inn; ellers tar huset fra nettet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chart shows the net power since midnight: above zero the house draws from the grid, below zero it exports.</source>
        <translation>Diagrammet viser netto effekt siden midnatt: over null tar huset fra nettet, under null mater det inn.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exported</source>
        <translation>Eksportert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Importert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Denne måneden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>whole hours from the meter&apos;s hourly registers (List 2), the hour in progress from List 1 power</source>
        <translation>hele timer fra målerens timevise målerstander (Liste 2), timen som pågår fra effekten i Liste 1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Energy exported to the grid today since local midnight: %1</source>
        <translation>Energi eksportert til nettet i dag siden midnatt lokal tid: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy drawn from the grid today since local midnight: %1</source>
        <translation>Energi tatt fra nettet i dag siden midnatt lokal tid: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy exported to the grid this month since the 1st: %1</source>
        <translation>Energi eksportert til nettet denne måneden siden den 1.: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy drawn from the grid this month since the 1st: %1</source>
        <translation>Energi tatt fra nettet denne måneden siden den 1.: %1</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>The house started exporting %1 to the grid</source>
        <translation>Huset begynte å mate inn %1 på nettet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The house stopped exporting and draws %1 from the grid</source>
        <translation>Huset sluttet å mate inn og tar %1 fra nettet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting for readings from the meter</source>
        <translation>Venter på målinger fra måleren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exporting %1 to the grid</source>
        <translation>Mater inn %1 på nettet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drawing %1 from the grid</source>
        <translation>Tar %1 fra nettet</translation>
    </message>
</context>
<context>
    <name>han::ui::TimeWindowBar</name>
    <message>
        <location filename="../ui/time_window_bar.cpp" line="+19"/>
        <source>Show:</source>
        <translation>Vis:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Follo&amp;w live</source>
        <translation>Føl&amp;g sanntid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the newest reading at the right edge; moving or zooming the charts turns this off</source>
        <translation>Hold den nyeste målingen ved høyre kant; flytting eller zooming i diagrammene slår dette av</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Start of the range, local time</source>
        <translation>Starten av tidsrommet, lokal tid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of the range, local time</source>
        <translation>Slutten av tidsrommet, lokal tid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fro&amp;m</source>
        <translation>F&amp;ra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;o</source>
        <translation>&amp;Til</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appl&amp;y</source>
        <translation>&amp;Bruk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this range from the history</source>
        <translation>Vis dette tidsrommet fra historikken</translation>
    </message>
</context>
<context>
    <name>han::ui::TrayIcon</name>
    <message>
        <location filename="../ui/tray_icon.cpp" line="+19"/>
        <source>&amp;Show HAN Monitor</source>
        <translation>&amp;Vis HAN Monitor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit (stops recording)</source>
        <translation>&amp;Avslutt (stopper registreringen)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>HAN Monitor — recording</source>
        <translation>HAN Monitor — registrerer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HAN Monitor — exporting %1</source>
        <translation>HAN Monitor — mater inn %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HAN Monitor — drawing %1</source>
        <translation>HAN Monitor — tar %1 fra nettet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simulated meter</source>
        <translation>Simulert måler</translation>
    </message>
</context>
</TS>
