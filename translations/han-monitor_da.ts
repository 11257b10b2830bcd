<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>BackupCommand</name>
    <message>
        <location filename="../app/han-cli/backup_command.cpp" line="+18"/>
        <source>Writes a consistent copy of the history database, also while it is recording.</source>
        <translation>Skriver en konsistent kopi af historikdatabasen, også mens den optager.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history database (default: the one HAN Monitor uses).</source>
        <translation>Historikdatabasen (standard: den, som HAN Monitor bruger).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to write the copy (must not exist yet).</source>
        <translation>Hvor kopien skal skrives (må ikke findes i forvejen).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no backup file given</source>
        <translation>ingen sikkerhedskopifil angivet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give exactly one backup file</source>
        <translation>angiv præcis én sikkerhedskopifil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--db needs a path</source>
        <translation>--db kræver en sti</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>backed up %1 to %2 (%3 MB)</source>
        <translation>sikkerhedskopierede %1 til %2 (%3 MB)</translation>
    </message>
</context>
<context>
    <name>CapacityCommand</name>
    <message>
        <location filename="../app/han-cli/capacity_command.cpp" line="+57"/>
        <source>Shows a month&apos;s capacity tariff from the history: the three highest hourly imports, each on a different day, their average and the step it falls in. These are estimates from the meter&apos;s HAN port; the grid company bills from its own metering data.</source>
        <translation>Viser en måneds effektbetaling ud fra historikken: de tre timer med den højeste import, hver på sin egen dag, deres gennemsnit og det trin, gennemsnittet falder i. Tallene er anslået ud fra målerens HAN-port; netselskabet afregner efter sine egne måledata.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The history database (default: the one HAN Monitor uses).</source>
        <translation>Historikdatabasen (standard: den, som HAN Monitor bruger).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meter; needed when the database holds more than one.</source>
        <translation>Måleren; kræves, når databasen indeholder mere end én.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The local calendar month (default: the current one).</source>
        <translation>Den lokale kalendermåned (standard: den aktuelle).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>text (default, for people) or json.</source>
        <translation>text (standard, til mennesker) eller json.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave out hours whose energy is suspect or estimated (a missing or odd hourly list).</source>
        <translation>Udelad timer, hvis energi er tvivlsom eller anslået (en manglende eller afvigende timeliste).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The time zone of the days, e.g. Europe/Oslo (default: the system&apos;s).</source>
        <translation>Tidszonen for dagene, f.eks. Europe/Copenhagen (standard: systemets).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Store your grid company&apos;s steps in the history first, FROM-TO:PRICE per step, the last open-ended, e.g. &quot;0-2:415;2-5:655;5-10:1040;10-:1530&quot; (kW, price per month).</source>
        <translation>Gem først dit netselskabs trin for effektbetaling i historikken, FRA-TIL:PRIS pr. trin, det sidste uden øvre grænse, f.eks. &quot;0-2:415;2-5:655;5-10:1040;10-:1530&quot; (kW, pris pr. måned).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>uventet argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown format &apos;%1&apos; (use text or json)</source>
        <translation>ukendt format &apos;%1&apos; (brug text eller json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown time zone &apos;%1&apos; (use a name like Europe/Oslo)</source>
        <translation>ukendt tidszone &apos;%1&apos; (brug et navn som Europe/Copenhagen)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--month &apos;%1&apos; is not a month like 2026-10</source>
        <translation>--month &apos;%1&apos; er ikke en måned som 2026-10</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--set-steps: %1</source>
        <translation>--set-steps: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--db needs a path</source>
        <translation>--db kræver en sti</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>capacity steps saved in %1: %2</source>
        <translation>trinnene for effektbetaling er gemt i %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>%1 holds no meters</source>
        <translation>%1 indeholder ingen målere</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 holds no meter &apos;%2&apos;; its meters: %3</source>
        <translation>%1 indeholder ingen måler &apos;%2&apos;; dens målere: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 holds several meters; choose one with --meter: %2</source>
        <translation>%1 indeholder flere målere; vælg én med --meter: %2</translation>
    </message>
</context>
<context>
    <name>CapacityLadder</name>
    <message>
        <location filename="../core/analysis/capacity_ladder.cpp" line="+41"/>
        <source>A capacity ladder needs at least one step.</source>
        <translation>Effektbetalingen kræver mindst ét trin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first step must start at 0 kW.</source>
        <translation>Det første trin skal starte ved 0 kW.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The price of step %1 must be a number of at least 0.</source>
        <translation>Prisen for trin %1 skal være et tal på mindst 0.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The last step must have no upper limit.</source>
        <translation>Det sidste trin må ikke have nogen øvre grænse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the last step may have no upper limit.</source>
        <translation>Kun det sidste trin må være uden øvre grænse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1 must end above where it starts (%2 kW).</source>
        <translation>Trin %1 skal slutte over der, hvor det starter (%2 kW).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step %1 must start where step %2 ends (%3 kW).</source>
        <translation>Trin %1 skal starte, hvor trin %2 slutter (%3 kW).</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>&quot;%1&quot; is not a step: write FROM-TO:PRICE, e.g. 2-5:655, or FROM-:PRICE for the top step.</source>
        <translation>&quot;%1&quot; er ikke et trin: skriv FRA-TIL:PRIS, f.eks. 2-5:655, eller FRA-:PRIS for det øverste trin.</translation>
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
        <translation>%1 kW og derover</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Capacity tariff %1, meter %2, time zone %3</source>
        <translation>Effektbetaling %1, måler %2, tidszone %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No hours of data in this month.</source>
        <translation>Ingen timer med data i denne måned.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highest hours, each on a different day:</source>
        <translation>De højeste timer, hver på sin egen dag:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(estimated)</source>
        <translation>(anslået)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(suspect)</source>
        <translation>(tvivlsom)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Average of the highest days: %1 kW</source>
        <translation>Gennemsnit af de højeste dage: %1 kW</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step: %1, %2 kr per month</source>
        <translation>Trin: %1, %2 kr. pr. måned</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This hour (from %1): %2 kWh so far, %3 kWh by its end at the present power</source>
        <translation>Denne time (fra %1): %2 kWh indtil nu, %3 kWh ved timens slutning med den nuværende effekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left before the month reaches %1 kW: %2 kWh this hour, %3 kW on average for the rest of it</source>
        <translation>Tilbage, før måneden når %1 kW: %2 kWh i denne time, %3 kW i gennemsnit resten af timen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning: at the present power this hour moves the month up to %1.</source>
        <translation>Advarsel: med den nuværende effekt flytter denne time måneden op på %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suspect or estimated hours left out: %1</source>
        <translation>Tvivlsomme eller anslåede timer, der er udeladt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps (change with --set-steps): %1</source>
        <translation>Trin (ændr med --set-steps): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These figures are estimates from the meter&apos;s HAN port; the grid company bills from its own metering data.</source>
        <translation>Tallene er anslået ud fra målerens HAN-port; netselskabet afregner efter sine egne måledata.</translation>
    </message>
</context>
<context>
    <name>CapacityText</name>
    <message>
        <location filename="../ui/capacity_text.cpp" line="+34"/>
        <source>%1 kW and above</source>
        <translation>%1 kW og derover</translation>
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
        <translation>Denne time vil hæve effekttrinnet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>At the present %1 this hour will reach %2 and lift this month&apos;s capacity step from %3 to %4 (+%5).</source>
        <translation>Med den nuværende effekt på %1 vil denne time nå %2 og hæve månedens effekttrin fra %3 til %4 (+%5).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use as little as you can for the rest of the hour.</source>
        <translation>Brug så lidt som muligt resten af timen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use less than %1 for the rest of the hour to stay in the current step.</source>
        <translation>Brug mindre end %1 resten af timen for at blive i det nuværende trin.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This month is in the top step (%1): no hour can raise it further.</source>
        <translation>Denne måned er i det øverste trin (%1): ingen time kan hæve det yderligere.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This hour has used all it can without raising the month&apos;s step.</source>
        <translation>Denne time har brugt alt, hvad den kan, uden at hæve månedens trin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last minute</source>
        <translation>det sidste minut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the remaining %1 minutes</source>
        <translation>de resterende %1 minutter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can still use %1 this hour: %2 on average for %3, and stay in the %4 step.</source>
        <translation>Du kan stadig bruge %1 i denne time: %2 i gennemsnit i %3, og blive i trinnet %4.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/han-cli/command_line.cpp" line="+9"/>
        <source>Show this help.</source>
        <translation>Vis denne hjælp.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>usage: %1</source>
        <translation>brug: %1</translation>
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
        <translation>Intet eksporteret til %1: der blev ikke valgt nogen måler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing exported to %1: the first day must not be after the last.</source>
        <translation>Intet eksporteret til %1: den første dag må ikke ligge efter den sidste.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not create %1: %2</source>
        <translation>Kunne ikke oprette %1: %2</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Export to %1 cancelled.</source>
        <translation>Eksport til %1 annulleret.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Could not export to %1: reading the history failed: %2</source>
        <translation>Kunne ikke eksportere til %1: læsning af historikken mislykkedes: %2</translation>
    </message>
</context>
<context>
    <name>DecodeCommand</name>
    <message>
        <location filename="../app/han-cli/decode_command.cpp" line="+63"/>
        <source>rejected frame at byte %1: %2</source>
        <translation>afvist ramme ved byte %1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%L1 list decoded</source>
        <translation>%L1 liste afkodet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 lists decoded</source>
        <translation>%L1 lister afkodet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 frame rejected</source>
        <translation>%L1 ramme afvist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 frames rejected</source>
        <translation>%L1 rammer afvist</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%L1 byte skipped</source>
        <translation>%L1 byte sprunget over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 bytes skipped</source>
        <translation>%L1 bytes sprunget over</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%L1 character of text input ignored</source>
        <translation>%L1 tegn i tekstinput ignoreret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 characters of text input ignored</source>
        <translation>%L1 tegn i tekstinput ignoreret</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%L1 frame is encrypted: give the two keys from your grid company with --key and --auth-key</source>
        <translation>%L1 ramme er krypteret: angiv de to nøgler fra dit netselskab med --key og --auth-key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 frames are encrypted: give the two keys from your grid company with --key and --auth-key</source>
        <translation>%L1 rammer er krypterede: angiv de to nøgler fra dit netselskab med --key og --auth-key</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>authentication failed for %L1 frame — check the keys from your grid company</source>
        <translation>autentificering mislykkedes for %L1 ramme — kontrollér nøglerne fra dit netselskab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authentication failed for %L1 frames — check the keys from your grid company</source>
        <translation>autentificering mislykkedes for %L1 rammer — kontrollér nøglerne fra dit netselskab</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%L1 encrypted frame repeated an old frame counter and was ignored (replay)</source>
        <translation>%L1 krypteret ramme gentog en gammel rammetæller og blev ignoreret (replay)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 encrypted frames repeated old frame counters and were ignored (replay)</source>
        <translation>%L1 krypterede rammer gentog gamle rammetællere og blev ignoreret (replay)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Decodes a Kamstrup HAN byte stream (raw bytes, hex text or a serial-monitor log) into meter readings.</source>
        <translation>Afkoder en Kamstrup HAN-bytestrøm (rå bytes, hex-tekst eller en log fra en seriel monitor) til måleraflæsninger.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Input format: raw, hex, log or auto (default).</source>
        <translation>Inputformat: raw, hex, log eller auto (standard).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output format: jsonl (default), csv or text.</source>
        <translation>Outputformat: jsonl (standard), csv eller text.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also report every rejected frame.</source>
        <translation>Rapportér også hver afvist ramme.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Decrypt with the meter keys stored for the adapter on serial device DEV (as entered in the app). Default: the keys stored for FILE, else the only ones stored.</source>
        <translation>Dekrypter med målernøglerne, der er gemt for adapteren på den serielle enhed DEV (som indtastet i appen). Standard: nøglerne, der er gemt for FILE, ellers de eneste gemte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The capture to decode, or - for standard input.</source>
        <translation>Optagelsen, der skal afkodes, eller - for standardinput.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown input format &apos;%1&apos; (use raw, hex, log or auto)</source>
        <translation>ukendt inputformat &apos;%1&apos; (brug raw, hex, log eller auto)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown output format &apos;%1&apos; (use jsonl, csv or text)</source>
        <translation>ukendt outputformat &apos;%1&apos; (brug jsonl, csv eller text)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no input file given</source>
        <translation>ingen inputfil angivet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only one input file can be decoded at a time</source>
        <translation>der kan kun afkodes én inputfil ad gangen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read &apos;%1&apos;: it is a folder, not a file</source>
        <translation>kan ikke læse &apos;%1&apos;: det er en mappe, ikke en fil</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+31"/>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>kan ikke læse &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>EnergySummary</name>
    <message>
        <location filename="../ui/energy_summary.cpp" line="+55"/>
        <source>No hour of this period has ended yet.</source>
        <translation>Ingen time i denne periode er afsluttet endnu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No data was recorded in this period.</source>
        <translation>Der blev ikke registreret data i denne periode.</translation>
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
        <translation>%1 anslået</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 suspect</source>
        <translation>%1 tvivlsom</translation>
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
        <translation>Eksporterer én målers historik som CSV: hver måling (raw), energien for hver time (hourly) eller for hver dag (daily), efter lokale kalenderdage.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history database (default: the one HAN Monitor uses).</source>
        <translation>Historikdatabasen (standard: den, som HAN Monitor bruger).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The meter to export; needed when the database holds more than one.</source>
        <translation>Måleren, der skal eksporteres; kræves, når databasen indeholder mere end én.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first local day to export (included).</source>
        <translation>Den første lokale dag, der skal eksporteres (medtages).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last local day to export (included).</source>
        <translation>Den sidste lokale dag, der skal eksporteres (medtages).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>raw (every reading), hourly or daily.</source>
        <translation>raw (hver måling), hourly (pr. time) eller daily (pr. dag).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rfc4180 (default: &apos;,&apos; and &apos;.&apos;) or nordic (&apos;;&apos;, decimal comma, for Excel set to Norwegian, Danish or Swedish).</source>
        <translation>rfc4180 (standard: &apos;,&apos; og &apos;.&apos;) eller nordic (&apos;;&apos;, decimalkomma, til Excel indstillet til norsk, dansk eller svensk).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The time zone of the local times and days, e.g. Europe/Oslo (default: the system&apos;s).</source>
        <translation>Tidszonen for de lokale tider og dage, f.eks. Europe/Copenhagen (standard: systemets).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file to write, or - for standard output (the default).</source>
        <translation>Filen, der skal skrives, eller - for standardoutput (standard).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>uventet argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--%1 is required</source>
        <translation>--%1 er påkrævet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--from &apos;%1&apos; is not a date like 2026-10-25</source>
        <translation>--from &apos;%1&apos; er ikke en dato som 2026-10-25</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--to &apos;%1&apos; is not a date like 2026-10-25</source>
        <translation>--to &apos;%1&apos; er ikke en dato som 2026-10-25</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--to %1 is before --from %2</source>
        <translation>--to %1 ligger før --from %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown resolution &apos;%1&apos; (use raw, hourly or daily)</source>
        <translation>ukendt opløsning &apos;%1&apos; (brug raw, hourly eller daily)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown dialect &apos;%1&apos; (use rfc4180 or nordic)</source>
        <translation>ukendt dialekt &apos;%1&apos; (brug rfc4180 eller nordic)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown time zone &apos;%1&apos; (use a name like Europe/Oslo)</source>
        <translation>ukendt tidszone &apos;%1&apos; (brug et navn som Europe/Copenhagen)</translation>
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
        <translation>%1 indeholder ingen målere</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 holds no meter &apos;%2&apos;; its meters: %3</source>
        <translation>%1 indeholder ingen måler &apos;%2&apos;; dens målere: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 holds several meters; choose one with --meter: %2</source>
        <translation>%1 indeholder flere målere; vælg én med --meter: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>could not write to standard output: %1</source>
        <translation>kunne ikke skrive til standardoutput: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>standard output</source>
        <translation>standardoutput</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%L1 row written to %2</source>
        <translation>%L1 række skrevet til %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 rows written to %2</source>
        <translation>%L1 rækker skrevet til %2</translation>
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
        <translation>Denne måned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last month</source>
        <translation>Sidste måned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This year</source>
        <translation>Dette år</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All</source>
        <translation>Alt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custom</source>
        <translation>Brugerdefineret</translation>
    </message>
</context>
<context>
    <name>HistoryDatabase</name>
    <message>
        <location filename="../core/storage/history_database.cpp" line="+78"/>
        <source>No history file was given.</source>
        <translation>Der blev ikke angivet nogen historikfil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a folder, not a history file.</source>
        <translation>%1 er en mappe, ikke en historikfil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qt&apos;s SQLite driver is not installed, so the history in %1 cannot be opened. On Debian or Ubuntu, install the package libqt6sql6-sqlite.</source>
        <translation>Qts SQLite-driver er ikke installeret, så historikken i %1 kan ikke åbnes. På Debian eller Ubuntu skal du installere pakken libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 does not exist: no history has been recorded there.</source>
        <translation>%1 findes ikke: der er ikke registreret nogen historik der.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 cannot be created, so the history cannot be kept in %2. Choose another place for it.</source>
        <translation>Mappen %1 kan ikke oprettes, så historikken kan ikke gemmes i %2. Vælg et andet sted til den.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder %1 is read-only, so the history %2 cannot be written there. Choose another place for it, or make the folder writable.</source>
        <translation>Mappen %1 er skrivebeskyttet, så historikken %2 kan ikke skrives der. Vælg et andet sted til den, eller gør mappen skrivbar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is read-only, so new readings cannot be saved in it.</source>
        <translation>%1 er skrivebeskyttet, så nye målinger kan ikke gemmes i den.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 was written by a newer version of HAN Monitor (history format %2; this version reads up to %3). It was left untouched: update HAN Monitor to open it.</source>
        <translation>%1 er skrevet af en nyere version af HAN Monitor (historikformat %2; denne version kan læse op til %3). Filen er ikke ændret: opdatér HAN Monitor for at åbne den.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is empty: no history has been recorded in it yet.</source>
        <translation>%1 er tom: der er endnu ikke registreret nogen historik i den.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is in an older history format (%2). Open it once in HAN Monitor or with han-cli import to bring it up to date.</source>
        <translation>%1 er i et ældre historikformat (%2). Åbn den én gang i HAN Monitor eller med han-cli import for at opdatere den.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is not a HAN Monitor history: it is a database of another program. It was left untouched; choose another file for the history.</source>
        <translation>%1 er ikke en HAN Monitor-historik: det er en database fra et andet program. Filen er ikke ændret; vælg en anden fil til historikken.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is damaged: its format version is missing. It was left untouched; restore it from a backup or choose another file.</source>
        <translation>%1 er beskadiget: dens formatversion mangler. Filen er ikke ændret; gendan den fra en sikkerhedskopi, eller vælg en anden fil.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 cannot be switched to write-ahead logging (the file system may not support it). Choose a folder on a local disk.</source>
        <translation>%1 kan ikke skiftes til write-ahead logging (filsystemet understøtter det måske ikke). Vælg en mappe på en lokal disk.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 could not be prepared for the history: %2</source>
        <translation>%1 kunne ikke gøres klar til historikken: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no room left for the history in %1: the disk is full (or the file reached its size limit). New readings are not being saved; the readings saved so far are kept. Free some disk space.</source>
        <translation>Der er ikke mere plads til historikken i %1: disken er fuld (eller filen har nået sin maksimale størrelse). Nye målinger bliver ikke gemt; de målinger, der allerede er gemt, bevares. Frigør noget diskplads.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be written: the file or its folder is read-only. New readings are not being saved.</source>
        <translation>%1 kan ikke skrives: filen eller dens mappe er skrivebeskyttet. Nye målinger bliver ikke gemt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is in use by another program that did not let go of it within %2 seconds. Try again when it has finished.</source>
        <translation>%1 bruges af et andet program, som ikke slap den inden for %2 sekunder. Prøv igen, når programmet er færdigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be opened: its folder is missing or you do not have permission to use it.</source>
        <translation>%1 kan ikke åbnes: dens mappe mangler, eller du har ikke tilladelse til at bruge den.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is damaged or is not a HAN Monitor history (%2). It was left untouched; restore it from a backup or choose another file.</source>
        <translation>%1 er beskadiget eller er ikke en HAN Monitor-historik (%2). Filen er ikke ændret; gendan den fra en sikkerhedskopi, eller vælg en anden fil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk reported an error while using %1 (%2). The readings saved so far are kept.</source>
        <translation>Disken meldte en fejl under brug af %1 (%2). De målinger, der allerede er gemt, bevares.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history %1 could not be used: %2</source>
        <translation>Historikken %1 kunne ikke bruges: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give a file name for the backup, not a folder.</source>
        <translation>Angiv et filnavn til sikkerhedskopien, ikke en mappe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already exists; the backup was not written. Choose a new file name.</source>
        <translation>%1 findes allerede; sikkerhedskopien blev ikke skrevet. Vælg et nyt filnavn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 findes ikke.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup cannot be written to %1: %2</source>
        <translation>Sikkerhedskopien kan ikke skrives til %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The backup %1 could not be written: the disk is full or failed (%2).</source>
        <translation>Sikkerhedskopien %1 kunne ikke skrives: disken er fuld eller svigtede (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup %1 could not be written: %2</source>
        <translation>Sikkerhedskopien %1 kunne ikke skrives: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup %1 could not be saved to the disk.</source>
        <translation>Sikkerhedskopien %1 kunne ikke gemmes på disken.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup could not be given its name %1.</source>
        <translation>Sikkerhedskopien kunne ikke omdøbes til sit endelige navn %1.</translation>
    </message>
</context>
<context>
    <name>HistoryReader</name>
    <message>
        <location filename="../core/storage/history_reader.cpp" line="+39"/>
        <source>The history is not open.</source>
        <translation>Historikken er ikke åben.</translation>
    </message>
</context>
<context>
    <name>HistoryWriter</name>
    <message>
        <location filename="../core/storage/history_writer.cpp" line="+467"/>
        <source>1 reading waiting to be saved could not be kept.</source>
        <translation>1 måling, der ventede på at blive gemt, kunne ikke bevares.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 readings waiting to be saved could not be kept.</source>
        <translation>%L1 målinger, der ventede på at blive gemt, kunne ikke bevares.</translation>
    </message>
    <message>
        <location line="+84"/>
        <location line="+116"/>
        <location line="+65"/>
        <source>The history is not open.</source>
        <translation>Historikken er ikke åben.</translation>
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
        <translation>Afkoder en optaget HAN-bytestrøm til historikdatabasen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history database (default: the one HAN Monitor uses).</source>
        <translation>Historikdatabasen (standard: den, som HAN Monitor bruger).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Input format: raw, hex, log or auto (default).</source>
        <translation>Inputformat: raw, hex, log eller auto (standard).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How the meter&apos;s clock runs: dst (Norwegian time with daylight saving) or standard (UTC+1 all year). Remembered for the meter; default: what the history knows about the meter, else dst.</source>
        <translation>Hvordan målerens ur går: dst (norsk tid med sommertid) eller standard (UTC+1 hele året). Huskes for måleren; standard: det, historikken ved om måleren, ellers dst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The capture to import.</source>
        <translation>Optagelsen, der skal importeres.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown input format &apos;%1&apos; (use raw, hex, log or auto)</source>
        <translation>ukendt inputformat &apos;%1&apos; (brug raw, hex, log eller auto)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown clock mode &apos;%1&apos; (use dst or standard)</source>
        <translation>ukendt urtilstand &apos;%1&apos; (brug dst eller standard)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no capture file given</source>
        <translation>ingen optagelsesfil angivet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only one capture can be imported at a time</source>
        <translation>der kan kun importeres én optagelse ad gangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--db needs a path</source>
        <translation>--db kræver en sti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read &apos;%1&apos;: it is a folder, not a file</source>
        <translation>kan ikke læse &apos;%1&apos;: det er en mappe, ikke en fil</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+33"/>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>kan ikke læse &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%L1 list decoded</source>
        <translation>%L1 liste afkodet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 lists decoded</source>
        <translation>%L1 lister afkodet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 reading stored</source>
        <translation>%L1 måling gemt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 readings stored</source>
        <translation>%L1 målinger gemt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 register snapshot</source>
        <translation>%L1 registeraflæsning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 register snapshots</source>
        <translation>%L1 registeraflæsninger</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>%L1 already in the history</source>
        <translation>%L1 findes allerede i historikken</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>%L1 without a usable time (not stored)</source>
        <translation>%L1 uden brugbart tidspunkt (ikke gemt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%L1 frame rejected</source>
        <translation>%L1 ramme afvist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 frames rejected</source>
        <translation>%L1 rammer afvist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>history: %1</source>
        <translation>historik: %1</translation>
    </message>
</context>
<context>
    <name>KeyOptions</name>
    <message>
        <location filename="../app/han-cli/key_options.cpp" line="+11"/>
        <source>The meter&apos;s encryption key from the grid company (GUEK, &quot;GPK60&quot;): 32 hex digits. For encrypted frames.</source>
        <translation>Målerens krypteringsnøgle fra netselskabet (GUEK, »GPK60«): 32 hexadecimale cifre. Til krypterede rammer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The meter&apos;s authentication key from the grid company (GAK, &quot;GPK61&quot;): 32 hex digits. Needs --key.</source>
        <translation>Målerens autentificeringsnøgle fra netselskabet (GAK, »GPK61«): 32 hexadecimale cifre. Kræver --key.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 takes 32 hex digits (0-9, A-F; spaces, colons and dashes between them are allowed), and the value has other characters</source>
        <translation>%1 kræver 32 hexadecimale cifre (0-9, A-F; mellemrum, koloner og bindestreger mellem dem er tilladt), og værdien har andre tegn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 takes 32 hex digits, and the value has %2</source>
        <translation>%1 kræver 32 hexadecimale cifre, og værdien har %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--auth-key needs --key too: encrypted frames are decrypted with the encryption key</source>
        <translation>--auth-key kræver også --key: krypterede rammer dekrypteres med krypteringsnøglen</translation>
    </message>
</context>
<context>
    <name>ListenCommand</name>
    <message>
        <location filename="../app/han-cli/listen_command.cpp" line="+64"/>
        <source>Decodes a live serial port and prints each reading as it comes; with --db also stores them in the history.</source>
        <translation>Afkoder en seriel port direkte og udskriver hver måling, efterhånden som den kommer; med --db gemmes de også i historikken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The serial device of the HAN adapter, e.g. /dev/ttyUSB0.</source>
        <translation>HAN-adapterens serielle enhed, f.eks. /dev/ttyUSB0.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none (Kamstrup, the default), even (Aidon, Kaifa) or auto (try the other after 25 s without a valid frame).</source>
        <translation>none (Kamstrup, standard), even (Aidon, Kaifa) eller auto (prøv den anden efter 25 s uden en gyldig ramme).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also record the raw bytes to FILE (.log: with timestamps, .hex: hex text, else raw).</source>
        <translation>Optag også de rå bytes til FILE (.log: med tidsstempler, .hex: hex-tekst, ellers rå).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>jsonl, or text (one line per reading). Default: text on a terminal, else jsonl.</source>
        <translation>jsonl eller text (én linje pr. måling). Standard: text i en terminal, ellers jsonl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds without a valid frame before the link counts as silent (default 30).</source>
        <translation>Sekunder uden en gyldig ramme, før forbindelsen regnes for tavs (standard 30).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also store the readings and link events in the history database PATH.</source>
        <translation>Gem også målingerne og forbindelseshændelserne i historikdatabasen PATH.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>uventet argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--port is required</source>
        <translation>--port er påkrævet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--db needs a path</source>
        <translation>--db kræver en sti</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown parity &apos;%1&apos; (use none, even or auto)</source>
        <translation>ukendt paritet &apos;%1&apos; (brug none, even eller auto)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--no-data-timeout takes seconds between 0 and 3600</source>
        <translation>--no-data-timeout tager sekunder mellem 0 og 3600</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown output format &apos;%1&apos; (use jsonl or text)</source>
        <translation>ukendt outputformat &apos;%1&apos; (brug jsonl eller text)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>storing the history in %1</source>
        <translation>gemmer historikken i %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the history is being written again</source>
        <translation>historikken skrives igen</translation>
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
        <translation>%L1 B modtaget</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln frame(s) rejected</source>
        <translation>
            <numerusform>%Ln ramme afvist</numerusform>
            <numerusform>%Ln rammer afvist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln reconnect(s)</source>
        <translation>
            <numerusform>%Ln genforbindelse</numerusform>
            <numerusform>%Ln genforbindelser</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeterCommand</name>
    <message>
        <location filename="../app/han-cli/meter_command.cpp" line="+33"/>
        <source>Power of ten added to the powers (W, var): -1 for a meter that reports ten times too much.</source>
        <translation>Titalspotens, der lægges til effekterne (W, var): -1 for en måler, der melder ti gange for meget.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Power of ten added to the currents: -1 for mA instead of 0.01 A (CT meters).</source>
        <translation>Titalspotens, der lægges til strømmene: -1 for mA i stedet for 0,01 A (CT-målere).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Power of ten added to the voltages.</source>
        <translation>Titalspotens, der lægges til spændingerne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power of ten added to the energy registers: -1 for Wh instead of 10 Wh (Swedish and Danish meters).</source>
        <translation>Titalspotens, der lægges til energiregistrene: -1 for Wh i stedet for 10 Wh (svenske og danske målere).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Shows the meters in the history and their settings, or changes the settings of meter ID (creating it when the history does not know it yet). A shift (-6 to 6) is a power of ten added to the units of the Norwegian data sheet. New readings are stored with the new settings; stored ones stay as they are.</source>
        <translation>Viser målerne i historikken og deres indstillinger, eller ændrer indstillingerne for måleren ID (og opretter den, hvis historikken ikke kender den endnu). En forskydning (-6 til 6) er en titalspotens, der lægges til enhederne i det norske datablad. Nye målinger gemmes med de nye indstillinger; allerede gemte målinger forbliver, som de er.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The history database (default: the one HAN Monitor uses).</source>
        <translation>Historikdatabasen (standard: den, som HAN Monitor bruger).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How the meter&apos;s clock runs: dst (Norwegian time with daylight saving), standard (UTC+1 all year) or learned (from the computer&apos;s clock while listening).</source>
        <translation>Hvordan målerens ur går: dst (norsk tid med sommertid), standard (UTC+1 hele året) eller learned (lært fra computerens ur under lytning).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The meter&apos;s number, as han-cli decode shows it.</source>
        <translation>Målerens nummer, som han-cli decode viser det.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give one meter ID at most</source>
        <translation>angiv højst ét måler-ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the meter ID is empty</source>
        <translation>måler-ID&apos;et er tomt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--db needs a path</source>
        <translation>--db kræver en sti</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown clock mode &apos;%1&apos; (use dst, standard or learned)</source>
        <translation>ukendt urtilstand &apos;%1&apos; (brug dst, standard eller learned)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 takes a whole number from -%2 to %2, not &apos;%3&apos;</source>
        <translation>--%1 tager et heltal fra -%2 til %2, ikke &apos;%3&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>say which meter to change: han-cli meter ID --%1 ...</source>
        <translation>angiv, hvilken måler der skal ændres: han-cli meter ID --%1 ...</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 holds no meters</source>
        <translation>%1 indeholder ingen målere</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 holds no meter &apos;%2&apos;</source>
        <translation>%1 indeholder ingen måler &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>settings of meter %1 saved in %2</source>
        <translation>indstillinger for måler %1 gemt i %2</translation>
    </message>
</context>
<context>
    <name>PortsCommand</name>
    <message>
        <location filename="../app/han-cli/ports_command.cpp" line="+13"/>
        <source>Lists the serial ports with description, manufacturer, VID:PID and serial number.</source>
        <translation>Viser de serielle porte med beskrivelse, producent, VID:PID og serienummer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;ports&apos; takes no arguments</source>
        <translation>&apos;ports&apos; tager ingen argumenter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No serial ports found. Plug in the USB M-Bus adapter; it shows up as /dev/ttyUSB0 or similar.</source>
        <translation>Ingen serielle porte fundet. Sæt USB M-Bus-adapteren i; den dukker op som /dev/ttyUSB0 eller lignende.</translation>
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
        <translation>PRODUCENT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VID:PID</source>
        <translation>VID:PID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SERIAL</source>
        <translation>SERIENUMMER</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="qt_own_texts.cpp" line="+20"/>
        <source>Displays help on commandline options.</source>
        <translation>Viser hjælp til kommandolinjens tilvalg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displays help including Qt specific options.</source>
        <translation>Viser hjælp, inklusive Qt-specifikke tilvalg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displays version information.</source>
        <translation>Viser versionsoplysninger.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options:</source>
        <translation>Tilvalg:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments:</source>
        <translation>Argumenter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage: %1</source>
        <translation>Brug: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[options]</source>
        <translation>[tilvalg]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Ukendt tilvalg &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown options: %1.</source>
        <translation>Ukendte tilvalg: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Manglende værdi efter &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Uventet værdi efter &apos;%1&apos;.</translation>
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
        <translation>&amp;Annuller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
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
        <translation>Annuller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
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
        <translation>anslået</translation>
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
        <translation>tvivlsom</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Measured: the difference of the meter&apos;s own hourly registers (List 2) at the hour&apos;s start and end.</source>
        <translation>Målt: forskellen mellem målerens egne timeregistre (liste 2) ved timens start og slutning.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimated: an hourly List 2 was missing, so the energy was integrated from the power readings (List 1, every 10 s) and reconciled to the registers, so the day still adds up to what the meter counted.</source>
        <translation>Anslået: en timeværdi (liste 2) manglede, så energien blev integreret fra effektmålingerne (liste 1, hvert 10. s) og afstemt med registrene, så døgnets sum stadig svarer til det, måleren har talt op.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Missing: no data was recorded for this hour (the app was not running or the meter was not connected).</source>
        <translation>Mangler: der blev ikke registreret data for denne time (programmet kørte ikke, eller måleren var ikke tilsluttet).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suspect: the meter&apos;s registers were repeated, went backwards or jumped by more than a household can use in an hour; the value is shown as the registers say.</source>
        <translation>Tvivlsom: målerens registre blev gentaget, gik baglæns eller sprang mere, end en husstand kan bruge på en time; værdien vises, som registrene angiver.</translation>
    </message>
</context>
<context>
    <name>SimulateCommand</name>
    <message>
        <location filename="../app/han-cli/simulate_command.cpp" line="+40"/>
        <source>clock follows DST</source>
        <translation>uret følger sommertid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clock on standard time (UTC+1)</source>
        <translation>uret går på normaltid (UTC+1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>old firmware</source>
        <translation>gammel firmware</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new firmware</source>
        <translation>ny firmware</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>simulated meter %1, %2 phases, %3, %4, seed %5</source>
        <translation>simuleret måler %1, %2 faser, %3, %4, seed %5</translation>
    </message>
    <message>
        <location filename="../app/han-cli/port_output.cpp" line="+36"/>
        <source>cannot open &apos;%1&apos;: %2. On Linux, serial ports belong to the &apos;dialout&apos; group: run &apos;sudo usermod -aG dialout $USER&apos;, then log out and in again; or another program has the port open.</source>
        <translation>kan ikke åbne &apos;%1&apos;: %2. På Linux tilhører serielle porte gruppen &apos;dialout&apos;: kør &apos;sudo usermod -aG dialout $USER&apos;, og log derefter ud og ind igen; eller et andet program har porten åben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>cannot open &apos;%1&apos;: no such device</source>
        <translation>kan ikke åbne &apos;%1&apos;: enheden findes ikke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot open &apos;%1&apos;: %2</source>
        <translation>kan ikke åbne &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot set &apos;%1&apos; to 2400 8E1: %2</source>
        <translation>kan ikke sætte &apos;%1&apos; til 2400 8E1: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot run &apos;%1&apos;: %2</source>
        <translation>kan ikke køre »%1«: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1 %2&apos; failed (exit code %3)</source>
        <translation>»%1 %2« mislykkedes (afslutningskode %3)</translation>
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
        <translation>angiv enten --out FILE eller -, ikke begge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say where the frames go: --port DEV, --out FILE or - (standard output)</source>
        <translation>angiv, hvor rammerne skal hen: --port DEV, --out FILE eller - (standardoutput)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give only one of --port DEV, --out FILE and -</source>
        <translation>angiv kun én af --port DEV, --out FILE og -</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>standard output is a terminal: pipe the binary frames into a program or use --out FILE</source>
        <translation>standardoutput er en terminal: send de binære rammer videre til et program med en pipe, eller brug --out FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--no-line-limit is for --port: a file has no line speed</source>
        <translation>--no-line-limit gælder --port: en fil har ingen linjehastighed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--unplug-command &apos;%1&apos; needs --port (and a command)</source>
        <translation>--unplug-command »%1« kræver --port (og en kommando)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the frames and the truth cannot both go to standard output</source>
        <translation>rammerne og --truth-linjerne kan ikke begge gå til standardoutput</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--speed takes a number from 1 to 10000, not &apos;%1&apos;</source>
        <translation>--speed tager et tal fra 1 til 10000, ikke &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--duration takes a time such as 90s, 30m, 2h or 7d, not &apos;%1&apos;</source>
        <translation>--duration tager en tid som 90s, 30m, 2h eller 7d, ikke &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--seed takes a whole number, not &apos;%1&apos;</source>
        <translation>--seed tager et heltal, ikke &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--make takes kamstrup, kamstrup-dk, aidon or kaifa, not &apos;%1&apos;</source>
        <translation>--make tager kamstrup, kamstrup-dk, aidon eller kaifa, ikke &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--auth-key needs --key (the encryption key)</source>
        <translation>--auth-key kræver --key (krypteringsnøglen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--%1 takes 32 hex digits (16 bytes), not &apos;%2&apos;</source>
        <translation>--%1 tager 32 hexadecimale cifre (16 byte), ikke &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--phases takes 1 or 3, not &apos;%1&apos;</source>
        <translation>--phases tager 1 eller 3, ikke &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--clock takes dst or standard, not &apos;%1&apos;</source>
        <translation>--clock tager dst eller standard, ikke &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--firmware takes new or old, not &apos;%1&apos;</source>
        <translation>--firmware tager new eller old, ikke &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--list2-offset takes seconds from 0 to 59, not &apos;%1&apos;</source>
        <translation>--list2-offset tager sekunder fra 0 til 59, ikke &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read &apos;%1&apos; in --faults (use bitflip=R,drop=R,noise=R,truncate=R,unplug=HOURS,unplug-for=DURATION; R from 0 to 1)</source>
        <translation>kan ikke læse &apos;%1&apos; i --faults (brug bitflip=R,drop=R,noise=R,truncate=R,unplug=HOURS,unplug-for=DURATION; R fra 0 til 1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--start takes a date-time on the meter&apos;s clock such as 2026-10-24T00:00, not &apos;%1&apos;</source>
        <translation>--start tager et dato-klokkeslæt på målerens ur som 2026-10-24T00:00, ikke &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/han-cli/simulate_command.cpp" line="-18"/>
        <source>encrypted</source>
        <translation>krypteret</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Runs a simulated meter (a Norwegian household with solar panels) and writes its HAN frames. A Kamstrup sends List 1 every 10 s and List 2 every hour; a Danish Kamstrup its 65-item list every 10 s; an Aidon List 1 every 2.5 s, List 2 every 10 s and List 3 every hour; a Kaifa List 1 every 2 s, List 2 every 10 s and List 3 every hour. To a file or standard output it writes as fast as it can unless --speed is given; to a serial device it paces the frames in real time × speed, never faster than 2400 baud carries.</source>
        <translation>Kører en simuleret måler (en norsk husstand med solceller) og skriver dens HAN-rammer. En Kamstrup sender Liste 1 hvert 10. sekund og Liste 2 hver time; en dansk Kamstrup sin liste med 65 elementer hvert 10. sekund; en Aidon Liste 1 hvert 2,5. sekund, Liste 2 hvert 10. sekund og Liste 3 hver time; en Kaifa Liste 1 hvert 2. sekund, Liste 2 hvert 10. sekund og Liste 3 hver time. Til en fil eller standard-output skriver den så hurtigt, den kan, medmindre --speed er angivet; til en seriel enhed sender den rammerne i realtid × hastighed, aldrig hurtigere end 2400 baud kan bære.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write to this serial device at 2400 baud, e.g. /dev/ttyUSB0: 8N1 for Kamstrup, 8E1 for Aidon and Kaifa.</source>
        <translation>Skriv til denne serielle enhed med 2400 baud, f.eks. /dev/ttyUSB0: 8N1 for Kamstrup, 8E1 for Aidon og Kaifa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the raw frames to FILE (- for standard output).</source>
        <translation>Skriv de rå rammer til FILE (- for standardoutput).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meter: kamstrup (Norway, default), kamstrup-dk (the Danish list), aidon or kaifa (Norway).</source>
        <translation>Måleren: kamstrup (Norge, standard), kamstrup-dk (den danske liste), aidon eller kaifa (Norge).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encrypt every frame (AES-128-GCM, as Danish meters do) with this encryption key, 32 hex digits.</source>
        <translation>Krypter hver ramme (AES-128-GCM, som danske målere gør) med denne krypteringsnøgle, 32 hexadecimale cifre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The authentication key, 32 hex digits. Without it the frames are encrypted but not authenticated.</source>
        <translation>Godkendelsesnøglen, 32 hexadecimale cifre. Uden den bliver rammerne krypteret, men ikke godkendt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time acceleration, 1 to 10000. Default: 1 on a port, as fast as possible to a file.</source>
        <translation>Tidsacceleration, 1 til 10000. Standard: 1 på en port, så hurtigt som muligt til en fil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simulated start on the meter&apos;s clock, e.g. 2026-10-24T00:00. Default: now on a port or with --speed; else the duration before now, so the capture ends now.</source>
        <translation>Simuleret start på målerens ur, f.eks. 2026-10-24T00:00. Standard: nu på en port eller med --speed; ellers varigheden før nu, så optagelsen slutter nu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Simulated time to run: 90s, 30m, 2h, 7d. Default: 1h to a file, until stopped on a port.</source>
        <translation>Simuleret tid, der skal køres: 90s, 30m, 2h, 7d. Standard: 1h til en fil, indtil den stoppes på en port.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed of the household, weather and faults (default 1).</source>
        <translation>Seed for husstanden, vejret og fejlene (standard 1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3 (default) or 1.</source>
        <translation>3 (standard) eller 1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dst: the meter follows Norwegian DST (default); standard: UTC+1 all year.</source>
        <translation>dst: måleren følger norsk sommertid (standard); standard: UTC+1 hele året.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new: date-time 0C + 12 bytes (default); old: 09 0C + 12 bytes.</source>
        <translation>new: dato-klokkeslæt 0C + 12 bytes (standard); old: 09 0C + 12 bytes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds after the hour at which List 2 is pushed, 0 to 59 (default 5).</source>
        <translation>Sekunder efter hel time, hvor liste 2 sendes, 0 til 59 (standard 5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Damage per frame: bitflip=R,drop=R,noise=R,truncate=R (R from 0 to 1), unplug=HOURS, unplug-for=DURATION (default 60s).</source>
        <translation>Skade pr. ramme: bitflip=R,drop=R,noise=R,truncate=R (R fra 0 til 1), unplug=HOURS, unplug-for=DURATION (standard 60s).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write one JSON line per push: what it meant and what was done to it.</source>
        <translation>Skriv én JSON-linje pr. afsendelse: hvad den betød, og hvad der blev gjort ved den.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On a port: do not hold the frames to what 2400 baud carries, only to --speed (for pseudo-terminals and soak tests).</source>
        <translation>På en port: begræns ikke rammerne til det, 2400 baud kan bære, kun til --speed (til pseudoterminaler og udholdenhedstest).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On a port: at each unplug of --faults, close the port and run CMD with &apos;unplug&apos; added; at its end run CMD with &apos;plug&apos; and open the port again (a soak test makes the device vanish and come back).</source>
        <translation>På en port: ved hver afbrydelse i --faults lukkes porten, og CMD køres med »unplug« tilføjet; når den slutter, køres CMD med »plug«, og porten åbnes igen (en udholdenhedstest får enheden til at forsvinde og komme tilbage).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the raw frames to standard output.</source>
        <translation>Skriv de rå rammer til standardoutput.</translation>
    </message>
    <message>
        <location filename="../app/han-cli/port_output.cpp" line="-30"/>
        <source>cannot set &apos;%1&apos; to 2400 8N1: %2</source>
        <translation>kan ikke sætte &apos;%1&apos; til 2400 8N1: %2</translation>
    </message>
    <message>
        <location filename="../app/han-cli/simulate_command.cpp" line="+27"/>
        <location line="+48"/>
        <source>standard output</source>
        <translation>standardoutput</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>a List 1 takes about 0.95 s on a 2400 baud line, so the port carries at most about %1× real time; frames will follow back to back</source>
        <translation>en liste 1 tager omkring 0,95 s på en linje med 2400 baud, så porten kan højst klare omkring %1× realtid; rammerne kommer lige efter hinanden</translation>
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
        <translation>rammer: %1 (%2 bytes; %3 beskadiget eller ikke sendt) til %4 på %5 s, %6 rammer/s</translation>
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
        <translation>målernøglerne blev ikke læst: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>using the meter keys stored for %1 (%2)</source>
        <translation>bruger målernøglerne, der er gemt for %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>desktop keyring</source>
        <translation>skrivebordets nøglering</translation>
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
        <translation>&amp;7 dage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;ustom…</source>
        <translation>Til&amp;passet…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The last 5 minutes (Alt+5)</source>
        <translation>De sidste 5 minutter (Alt+5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last hour (Alt+1)</source>
        <translation>Den sidste time (Alt+1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last 24 hours, from the history (Alt+2)</source>
        <translation>De sidste 24 timer, fra historikken (Alt+2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last 7 days, from the history (Alt+7)</source>
        <translation>De sidste 7 dage, fra historikken (Alt+7)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A range you choose from the history (Alt+U)</source>
        <translation>Et tidsrum, du selv vælger fra historikken (Alt+P)</translation>
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
        <translation>for %1 min. siden</translation>
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
        <translation>brug: han-cli KOMMANDO [tilvalg]

Kommandoer:
  backup   skriv en konsistent kopi af historikdatabasen
  capacity en måneds effektbetaling: de tre højeste timer, gennemsnit, trin
  decode   afkod en optaget HAN-bytestrøm til måleraflæsninger
  export   skriv en målers historik som CSV: hver måling, pr. time eller pr. dag
  import   afkod en optaget HAN-bytestrøm til historikdatabasen
  listen   afkod en seriel port direkte og udskriv målinger, efterhånden som de kommer
  meter    vis eller ændr en målers indstillinger (ur, enheder) i historikken
  ports    vis de serielle porte
  simulate kør en simuleret måler og skriv dens rammer til en fil eller port

Kør &apos;han-cli KOMMANDO --help&apos; for at se en kommandos tilvalg.
</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>no command given</source>
        <translation>ingen kommando angivet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>ukendt kommando &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>han-monitor</name>
    <message>
        <location filename="../app/han-monitor/main.cpp" line="+46"/>
        <source>Shows what a Kamstrup HAN meter reports.</source>
        <translation>Viser, hvad en Kamstrup HAN-måler melder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use the history database PATH.</source>
        <translation>Brug historikdatabasen PATH.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start on the simulated meter.</source>
        <translation>Start med den simulerede måler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record from the serial device DEV for this run (not saved).</source>
        <translation>Registrér fra den serielle enhed DEV i denne kørsel (gemmes ikke).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start recording in the system tray, without the window (used when started at login).</source>
        <translation>Start optagelse i systembakken uden vinduet (bruges ved start ved login).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>another HAN Monitor is running but does not answer (lock %1).</source>
        <translation>en anden HAN Monitor kører, men svarer ikke (lås %1).</translation>
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
        <translation>Fandt adapteren igen som %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Opening the connection to the meter.</source>
        <translation>Åbner forbindelsen til måleren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trying to connect again (attempt %1).</source>
        <translation>Prøver at forbinde igen (forsøg %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The adapter %1 is not connected. Plug it in; the connection resumes by itself.</source>
        <translation>Adapteren %1 er ikke tilsluttet. Sæt den i; forbindelsen genoptages af sig selv.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Connected to %1, waiting for the meter&apos;s first list.</source>
        <translation>Forbundet til %1, venter på målerens første liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulated meter: no real meter is attached. %1</source>
        <translation>Simuleret måler: der er ikke tilsluttet nogen rigtig måler. %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Simulated meter: readings arrive (%1).</source>
        <translation>Simuleret måler: målingerne kommer ind (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings arrive from %1.</source>
        <translation>Målingerne kommer ind fra %1.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 Trying again in %2 s.</source>
        <translation>%1 Prøver igen om %2 s.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Bytes arrive but no valid frame: trying even parity (8E1, as Aidon and Kaifa meters use).</source>
        <translation>Der kommer bytes, men ingen gyldig ramme: prøver lige paritet (8E1, som Aidon- og Kaifa-målere bruger).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bytes arrive but no valid frame: trying no parity (8N1, as Kamstrup meters use).</source>
        <translation>Der kommer bytes, men ingen gyldig ramme: prøver uden paritet (8N1, som Kamstrup-målere bruger).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Valid frames arrive, but they carry a list this version cannot read (%1).</source>
        <translation>Der kommer gyldige rammer, men de indeholder en liste, som denne version ikke kan læse (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid frames arrive, but their content is not a list this version can read (another make of meter?).</source>
        <translation>Der kommer gyldige rammer, men indholdet er ikke en liste, som denne version kan læse (et andet målerfabrikat?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bytes arrive but none forms a valid frame for %1 s. Probably the wrong parity or speed, or a bad contact. (The serial port does not report parity errors, so this is a guess from the bytes.)</source>
        <translation>Der kommer bytes, men ingen af dem har dannet en gyldig ramme i %1 s. Sandsynligvis forkert paritet eller hastighed, eller en dårlig forbindelse. (Den serielle port melder ikke paritetsfejl, så dette er et gæt ud fra de modtagne bytes.)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No data from the meter for %1 s. The grid company may not have opened the HAN port yet, or the cable or adapter is loose.</source>
        <translation>Ingen data fra måleren i %1 s. Netselskabet har måske ikke åbnet HAN-porten endnu, eller kablet eller adapteren sidder løst.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The meter sends encrypted frames: enter the two keys from your grid company (encryption key and authentication key) for this connection.</source>
        <translation>Måleren sender krypterede rammer: indtast de to nøgler fra dit netselskab (krypteringsnøgle og autentificeringsnøgle) for denne forbindelse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meter&apos;s encrypted frames fail authentication — check the keys from your grid company. (They change when the HAN port is reset.)</source>
        <translation>Målerens krypterede rammer fejler i autentificeringen — kontrollér nøglerne fra dit netselskab. (De skifter, når HAN-porten nulstilles.)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meter&apos;s encrypted frames repeat old frame counters, so they are ignored: an old frame was sent again, or the meter restarted its counter (then readings resume after a few frames).</source>
        <translation>Målerens krypterede rammer gentager gamle rammetællere og ignoreres derfor: en gammel ramme blev sendt igen, eller måleren startede sin tæller forfra (så kommer aflæsningerne igen efter nogle få rammer).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot record to %1: %2</source>
        <translation>Kan ikke optage til %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording the raw byte stream to %1.</source>
        <translation>Optager den rå bytestrøm til %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recording saved to %1.</source>
        <translation>Optagelsen er gemt i %1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Recording stopped: cannot write to %1 (%2). The readings themselves are not affected.</source>
        <translation>Optagelsen stoppet: kan ikke skrive til %1 (%2). Selve målingerne påvirkes ikke.</translation>
    </message>
</context>
<context>
    <name>han::HistoryStore</name>
    <message>
        <location filename="../core/storage/history_store.cpp" line="+104"/>
        <source>The history is not open.</source>
        <translation>Historikken er ikke åben.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The history could not be written for a long time: 1 reading could not be kept.</source>
        <translation>Historikken kunne ikke skrives i lang tid: 1 måling kunne ikke bevares.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history could not be written for a long time: %L1 readings could not be kept.</source>
        <translation>Historikken kunne ikke skrives i lang tid: %L1 målinger kunne ikke bevares.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The history is not open, so there is nothing to back up.</source>
        <translation>Historikken er ikke åben, så der er intet at sikkerhedskopiere.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The history was backed up to %1.</source>
        <translation>Historikken blev sikkerhedskopieret til %1.</translation>
    </message>
</context>
<context>
    <name>han::KeyFile</name>
    <message>
        <location filename="../core/acquisition/key_file.cpp" line="+71"/>
        <source>Cannot read the meter keys in %1: %2</source>
        <translation>Kan ikke læse målernøglerne i %1: %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot remove %1.</source>
        <translation>Kan ikke fjerne %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot create the folder %1: %2</source>
        <translation>Kan ikke oprette mappen %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+11"/>
        <location line="+15"/>
        <source>Cannot write the meter keys to %1: %2</source>
        <translation>Kan ikke skrive målernøglerne til %1: %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Cannot create the folder %1.</source>
        <translation>Kan ikke oprette mappen %1.</translation>
    </message>
</context>
<context>
    <name>han::KeyStore</name>
    <message>
        <location filename="../core/acquisition/key_store.cpp" line="+87"/>
        <source>Keys are kept in the desktop&apos;s keyring (Secret Service).</source>
        <translation>Nøglerne opbevares i skrivebordets nøglering (Secret Service).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys are kept in %1, which only you can read.</source>
        <translation>Nøglerne opbevares i %1, som kun du kan læse.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>This source has no meter keys.</source>
        <translation>Denne kilde har ingen målernøgler.</translation>
    </message>
</context>
<context>
    <name>han::ReplayByteSource</name>
    <message>
        <location filename="../core/acquisition/replay_byte_source.cpp" line="+60"/>
        <source>replay of %1, as fast as possible</source>
        <translation>afspilning af %1, så hurtigt som muligt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replay of %1 at the original pace</source>
        <translation>afspilning af %1 i det oprindelige tempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replay of %1 at %2× speed</source>
        <translation>afspilning af %1 med %2× hastighed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open the capture %1: %2</source>
        <translation>Kan ikke åbne optagelsen %1: %2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The replay of %1 has finished.</source>
        <translation>Afspilningen af %1 er færdig.</translation>
    </message>
</context>
<context>
    <name>han::SecretServiceKeys</name>
    <message>
        <location filename="../core/acquisition/secret_service_keys.cpp" line="+52"/>
        <source>The desktop keyring did not answer: %1</source>
        <translation>Skrivebordets nøglering svarede ikke: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>there is no desktop session bus</source>
        <translation>der er ingen sessionsbus for skrivebordet</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+79"/>
        <source>this build has no libsecret</source>
        <translation>denne version er bygget uden libsecret</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>HAN Monitor meter keys (%1)</source>
        <translation>HAN Monitor målernøgler (%1)</translation>
    </message>
</context>
<context>
    <name>han::SerialByteSource</name>
    <message>
        <location filename="../core/acquisition/serial_byte_source.cpp" line="+21"/>
        <location line="+10"/>
        <source>The adapter %1 is not there. Check that the USB cable is plugged in.</source>
        <translation>Adapteren %1 er der ikke. Kontrollér, at USB-kablet er sat i.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>You may not open %1 (%2). On Linux, serial ports belong to the &apos;dialout&apos; group: run &apos;sudo usermod -aG dialout $USER&apos;, then log out and in again. If another program uses the adapter, close it.</source>
        <translation>Du har ikke tilladelse til at åbne %1 (%2). På Linux tilhører serielle porte gruppen &apos;dialout&apos;: kør &apos;sudo usermod -aG dialout $USER&apos;, og log derefter ud og ind igen. Hvis et andet program bruger adapteren, så luk det.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is already open in this program.</source>
        <translation>%1 er allerede åben i dette program.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to the adapter %1 was lost (%2). Was the USB cable pulled out?</source>
        <translation>Forbindelsen til adapteren %1 blev afbrudt (%2). Blev USB-kablet trukket ud?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading from %1 failed: %2</source>
        <translation>Læsning fra %1 mislykkedes: %2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>serial port %1, %2</source>
        <translation>seriel port %1, %2</translation>
    </message>
</context>
<context>
    <name>han::SimulatorByteSource</name>
    <message>
        <location filename="../core/acquisition/simulator_byte_source.cpp" line="+26"/>
        <source>simulated meter %1</source>
        <translation>simuleret måler %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>simulated meter %1 at %2× speed</source>
        <translation>simuleret måler %1 med %2× hastighed</translation>
    </message>
</context>
<context>
    <name>han::cli::CliOutput</name>
    <message>
        <location filename="../app/han-cli/cli_output.cpp" line="+32"/>
        <source>Usage: %1</source>
        <translation>Brug: %1</translation>
    </message>
</context>
<context>
    <name>han::ui::Autostart</name>
    <message>
        <location filename="../ui/autostart.cpp" line="+77"/>
        <source>Could not remove %1: you may have to delete it yourself.</source>
        <translation>Kunne ikke fjerne %1: du må muligvis selv slette den.</translation>
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
        <translation>Bliver ved med at optage, hvad elmåleren melder, fra det øjeblik du logger ind</translation>
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
        <translation>De tre spidser</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>kWh in the day&apos;s highest hour (= kW)</source>
        <translation>kWh i døgnets højeste time (= kW)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day of the month</source>
        <translation>Dag i måneden</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Step boundaries</source>
        <translation>Tringrænser</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Average of the three peaks: %1</source>
        <translation>Gennemsnit af de tre spidser: %1</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>%1: no hour with data</source>
        <translation>%1: ingen time med data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: highest hour %2, %3 imported (%4)</source>
        <translation>%1: højeste time %2, %3 importeret (%4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One of the three peaks the capacity fee is taken from</source>
        <translation>En af de tre spidser, som kapacitetsbetalingen beregnes ud fra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to open the day in the Energy view</source>
        <translation>Klik for at åbne dagen i visningen Energi</translation>
    </message>
</context>
<context>
    <name>han::ui::CapacityPeakModel</name>
    <message>
        <location filename="../ui/capacity_peak_model.cpp" line="+138"/>
        <source>Peak %1 of the month: the capacity fee averages the three highest hours, one per day</source>
        <translation>Månedens spids nr. %1: kapacitetsbetalingen er gennemsnittet af de tre højeste timer, én pr. dag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: Enter or a click opens this day in the Energy view</source>
        <translation>%1: Enter eller et klik åbner denne dag i visningen Energi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hour of the day with the most energy imported, local time</source>
        <translation>Timen i døgnet med mest importeret energi, lokal tid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy imported in %1 on %2, from the meter&apos;s hourly registers; in kWh per hour, which is the hour&apos;s average power in kW</source>
        <translation>Energi importeret %2 kl. %1, fra målerens timeregistre; i kWh pr. time, hvilket er timens gennemsnitlige effekt i kW</translation>
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
        <translation>Placering blandt månedens døgnmaksima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local calendar day</source>
        <translation>Kalenderdagen i lokal tid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day&apos;s hour with the highest import</source>
        <translation>Døgnets time med den højeste import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy imported in that hour (= its average kW)</source>
        <translation>Energi importeret i den time (= dens gennemsnitlige kW)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the hour&apos;s energy was found</source>
        <translation>Hvordan timens energi er fundet</translation>
    </message>
</context>
<context>
    <name>han::ui::CapacitySettingsPage</name>
    <message>
        <location filename="../ui/capacity_settings_page.cpp" line="+45"/>
        <source>Capacity ladder</source>
        <translation>Kapacitetstrin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Norwegian grid companies charge a monthly capacity fee by the average of the month&apos;s three highest hourly imports, each on a different day. Enter your grid company&apos;s steps and prices (kr per month); leave the last step&apos;s upper bound empty.</source>
        <translation>Norske netselskaber opkræver en månedlig kapacitetsbetaling efter gennemsnittet af månedens tre højeste timeforbrug, hver på en anden dag. Indtast dit netselskabs effekttrin og priser (kr pr. måned); lad det sidste trins øvre grænse være tom.</translation>
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
        <translation>En måned, hvis gennemsnit er mindst Fra og under Til, betaler månedsprisen; dobbeltklik eller tryk på F2 for at redigere et tal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ladd&amp;er:</source>
        <translation>&amp;Trin:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A&amp;dd Step</source>
        <translation>Ti&amp;lføj trin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve Step</source>
        <translation>&amp;Fjern trin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reset to Default</source>
        <translation>&amp;Nulstil til standard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The common ladder 0–2, 2–5, 5–10, 10–15, 15–20, 20–25, 25–50, 50–75, 75–100 and over 100 kW with example prices</source>
        <translation>Den almindelige trininddeling 0–2, 2–5, 5–10, 10–15, 15–20, 20–25, 25–50, 50–75, 75–100 og over 100 kW med eksempelpriser</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Peaks and warning</source>
        <translation>Spidser og advarsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave out estimated and suspect hours</source>
        <translation>&amp;Se bort fra anslåede og tvivlsomme timer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimated hours were filled in from the power readings where an hourly register reading was lost; suspect hours have registers that make no sense. Left out, they cannot be peaks.</source>
        <translation>Anslåede timer er udfyldt ud fra effektmålingerne, hvor en timeregisteraflæsning gik tabt; tvivlsomme timer har registre, der ikke giver mening. Når der ses bort fra dem, kan de ikke være spidser.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Notify me when this hour will raise the step</source>
        <translation>&amp;Giv besked, når denne time vil hæve trinnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A desktop notification, at most once an hour, when the present power would lift this month&apos;s capacity step; the window shows a warning in any case</source>
        <translation>En skrivebordsnotifikation, højst én gang i timen, når den nuværende effekt ville hæve månedens effekttrin; vinduet viser under alle omstændigheder en advarsel</translation>
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
        <translation>Trin %1: Feltet %2 er tomt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step %1: “%2” in %3 is not a number.</source>
        <translation>Trin %1: »%2« i %3 er ikke et tal.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>These steps are not a valid ladder.</source>
        <translation>Disse trin udgør ikke en gyldig trininddeling.</translation>
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
        <translation>Næste måned ▶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the month after this one (Alt+Right)</source>
        <translation>Vis måneden efter denne (Alt+Right)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;This month</source>
        <translation>Denne &amp;måned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the month in progress, with the current hour (Alt+Home)</source>
        <translation>Tilbage til den igangværende måned med den aktuelle time (Alt+Home)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The month shown, in local time</source>
        <translation>Den viste måned, i lokal tid</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This hour&apos;s import so far (solid), where it is heading at the present power (light) and the limit (line) above which the month&apos;s capacity step goes up</source>
        <translation>Timens import indtil nu (fuld), hvor den er på vej hen med den nuværende effekt (lys), og grænsen (streg), over hvilken månedens effekttrin stiger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Energy imported since the hour began, integrated from the meter&apos;s power readings (List 1, every 10 s)</source>
        <translation>Energi importeret, siden timen begyndte, integreret fra målerens effektmålinger (liste 1, hvert 10. s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The hour so far plus the present import power held until the hour ends</source>
        <translation>Timen indtil nu plus den nuværende importeffekt fastholdt, til timen slutter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The most this hour can import before the average of the month&apos;s three peak days reaches the next step</source>
        <translation>Det meste, denne time kan importere, før gennemsnittet af månedens tre spidsdage når næste trin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The limit minus the hour so far: what the house can still import this hour without raising the month&apos;s step</source>
        <translation>Grænsen minus timen indtil nu: hvad huset stadig kan importere i denne time uden at hæve månedens trin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>So far:</source>
        <translation>Indtil nu:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projected:</source>
        <translation>Prognose:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit:</source>
        <translation>Grænse:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headroom:</source>
        <translation>Margin:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Peak days</source>
        <translation>Spidsdage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The three days with the highest hourly import, one hour per day; Enter or a click opens the day in the Energy view</source>
        <translation>De tre dage med den højeste timeimport, én time pr. dag; Enter eller et klik åbner dagen i visningen Energi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The average of the three peak days&apos; hours (kWh in an hour is its average kW); with fewer than three days of data, of the days there are. The capacity step is chosen by it.</source>
        <translation>Gennemsnittet af de tre spidsdages timer (kWh i en time er dens gennemsnitlige kW); med færre end tre dage med data af de dage, der er. Effekttrinnet vælges ud fra det.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The step of the capacity ladder the average falls in (a step runs from its lower bound up to, not including, its upper bound); the ladder is set in Settings &gt; Capacity</source>
        <translation>Det trin, som gennemsnittet falder i (et trin går fra sin nedre grænse op til, men ikke med, sin øvre grænse); trinnene indstilles under Indstillinger &gt; Kapacitet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The step&apos;s monthly capacity fee as entered in Settings &gt; Capacity; compare it with your grid company&apos;s price list</source>
        <translation>Trinnets månedlige kapacitetsbetaling, som indtastet under Indstillinger &gt; Kapacitet; sammenlign den med dit netselskabs prisliste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The step above this month&apos;s, from the ladder in Settings &gt; Capacity</source>
        <translation>Trinnet over denne måneds, fra trinnene under Indstillinger &gt; Kapacitet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimated hours were filled in from the power readings where an hourly register reading was lost; suspect hours have registers that make no sense</source>
        <translation>Anslåede timer er udfyldt ud fra effektmålingerne, hvor en timeregisteraflæsning gik tabt; tvivlsomme timer har registre, der ikke giver mening</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Average of the peaks:</source>
        <translation>Gennemsnit af spidserne:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capacity step:</source>
        <translation>Effekttrin:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly fee:</source>
        <translation>Månedspris:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Each day&apos;s highest hour</source>
        <translation>Hvert døgns højeste time</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each day&apos;s highest hourly import this month, from the meter&apos;s hourly registers; the three peak days stand out, the dashed lines are the ladder&apos;s step boundaries. Click a bar to open the day.</source>
        <translation>Hvert døgns højeste timeimport i denne måned, fra målerens timeregistre; de tre spidsdage er fremhævet, de stiplede linjer er grænserne mellem trinnene. Klik på en søjle for at åbne dagen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>These figures are estimates from the meter&apos;s HAN port. Your grid company bills the capacity fee from its own settlement data, which can differ.</source>
        <translation>Disse tal er skøn ud fra målerens HAN-port. Dit netselskab afregner kapacitetsbetalingen ud fra sine egne afregningsdata, som kan afvige.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The grid company reads the meter through its own system and may correct or fill in hours; its invoice is what counts</source>
        <translation>Netselskabet aflæser måleren via sit eget system og kan rette eller udfylde timer; det er dets faktura, der gælder</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The next step, %1 at %2, begins %3 above this month&apos;s average.</source>
        <translation>Næste trin, %1 til %2, begynder %3 over månedens gennemsnit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the top step of the ladder.</source>
        <translation>Dette er det øverste trin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No hour with data in %1 yet.</source>
        <translation>Ingen time med data i %1 endnu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only one day with data: the average is that day.</source>
        <translation>Kun én dag med data: gennemsnittet er den dag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only two days with data: the average is of those.</source>
        <translation>Kun to dage med data: gennemsnittet er af dem.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One of the peaks is estimated or suspect (see the Quality column).</source>
        <translation>En af spidserne er anslået eller tvivlsom (se kolonnen Kvalitet).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of the peaks are estimated or suspect (see the Quality column).</source>
        <translation>%1 af spidserne er anslåede eller tvivlsomme (se kolonnen Kvalitet).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One estimated or suspect hour left out, as set in Settings &gt; Capacity.</source>
        <translation>Én anslået eller tvivlsom time er udeladt, som valgt under Indstillinger &gt; Kapacitet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 estimated or suspect hours left out, as set in Settings &gt; Capacity.</source>
        <translation>%1 anslåede eller tvivlsomme timer er udeladt, som valgt under Indstillinger &gt; Kapacitet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This hour</source>
        <translation>Denne time</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The hour in progress shows here while the meter sends its readings.</source>
        <translation>Den igangværende time vises her, mens måleren sender sine målinger.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This hour, %1</source>
        <translation>Denne time, %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit</source>
        <translation>ingen grænse</translation>
    </message>
</context>
<context>
    <name>han::ui::ConnectionDialog</name>
    <message>
        <location filename="../ui/connection_dialog.cpp" line="+55"/>
        <source>Connect to Meter</source>
        <translation>Tilslut måler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now reading from: %1</source>
        <translation>Læser nu fra: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Serial port — the meter&apos;s HAN adapter</source>
        <translation>&amp;Seriel port — målerens HAN-adapter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the meter through a USB M-Bus adapter on its HAN port (2400 baud)</source>
        <translation>Læs måleren via en USB M-Bus-adapter på dens HAN-port (2400 baud)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si&amp;mulated meter — no hardware needed</source>
        <translation>Si&amp;muleret måler — intet udstyr nødvendigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A built-in simulated household, to try HAN Monitor without a meter</source>
        <translation>En indbygget simuleret husstand, så du kan prøve HAN Monitor uden en måler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replay a capture file</source>
        <translation>&amp;Afspil en optagelsesfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play back bytes recorded earlier from a meter, for example for a bug report</source>
        <translation>Afspil bytes, der tidligere er optaget fra en måler, f.eks. til en fejlrapport</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Connect</source>
        <translation>&amp;Tilslut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start reading from this source</source>
        <translation>Begynd at læse fra denne kilde</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>A built-in household with solar panels: three phases, export at midday, readings and the meter&apos;s hourly registers at the pace and in the layout of the meter chosen below. It is shown as “Simulated meter” wherever the source appears, and its readings are saved to the history like a real meter&apos;s.</source>
        <translation>En indbygget husstand med solceller: tre faser, eksport midt på dagen, målinger og målerens registre hver time i det tempo og den opbygning, som måleren valgt nedenfor bruger. Den vises som »Simuleret måler« overalt, hvor kilden står, og dens målinger gemmes i historikken ligesom en rigtig målers.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>×1 — real time</source>
        <translation>×1 — realtid</translation>
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
        <translation>Hvor hurtigt den simulerede målers ur går i forhold til det rigtige</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+43"/>
        <source>Spee&amp;d:</source>
        <translation>&amp;Hastighed:</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Plays back the bytes of a capture as if a meter sent them: a file from File &gt; Record Raw Capture or from a serial monitor. Formats: .log (serial log with times), .hex (hex text) and .bin (the raw bytes).</source>
        <translation>Afspiller bytes fra en optagelse, som om en måler sendte dem: en fil fra Filer &gt; Optag rå data eller fra en seriel monitor. Formater: .log (seriel log med tider), .hex (hex-tekst) og .bin (de rå bytes).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Capture file (.log, .hex, .bin)</source>
        <translation>Optagelsesfil (.log, .hex, .bin)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the capture file</source>
        <translation>Vælg optagelsesfilen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Real time</source>
        <translation>Realtid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As fast as possible</source>
        <translation>Så hurtigt som muligt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Real time keeps the pauses between readings as recorded (a .log file has their times; others a reading every 10 s). As fast as possible fills the history at once.</source>
        <translation>Realtid bevarer pauserne mellem målingerne, som de blev optaget (en .log-fil har deres tidspunkter; andre en måling hvert 10. s). Så hurtigt som muligt fylder historikken med det samme.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose a capture file to replay.</source>
        <translation>Vælg en optagelsesfil, der skal afspilles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file %1 does not exist.</source>
        <translation>Filen %1 findes ikke.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 er ikke en fil, der kan læses.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The keys could not be saved.</source>
        <translation>Nøglerne kunne ikke gemmes.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Replay a Capture File</source>
        <translation>Afspil en optagelsesfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captures (*.log *.hex *.bin);;Serial log with times (*.log);;Hex text (*.hex);;Raw bytes (*.bin);;All files (*)</source>
        <translation>Optagelser (*.log *.hex *.bin);;Seriel log med tider (*.log);;Hex-tekst (*.hex);;Rå bytes (*.bin);;Alle filer (*)</translation>
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
        <translation>Effekt, som huset trækker fra nettet lige nu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active power export</source>
        <translation>Aktiv effekt, eksport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power the house sends to the grid now (solar)</source>
        <translation>Effekt, som huset sender ud på nettet lige nu (solceller)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reactive power import</source>
        <translation>Reaktiv effekt, import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactive power drawn (motors, transformers); not billed to households</source>
        <translation>Reaktiv effekt, der trækkes (motorer, transformere); husstande afregnes ikke for den</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reactive power export</source>
        <translation>Reaktiv effekt, eksport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactive power sent back (inverters, electronics)</source>
        <translation>Reaktiv effekt, der sendes tilbage (invertere, elektronik)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current L1</source>
        <translation>Strøm L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current on phase 1 now</source>
        <translation>Strøm på fase 1 lige nu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current L2</source>
        <translation>Strøm L2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current on phase 2 now</source>
        <translation>Strøm på fase 2 lige nu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current L3</source>
        <translation>Strøm L3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current on phase 3 now</source>
        <translation>Strøm på fase 3 lige nu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voltage L1</source>
        <translation>Spænding L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voltage of phase 1 now</source>
        <translation>Spænding på fase 1 lige nu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voltage L2</source>
        <translation>Spænding L2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voltage of phase 2 now</source>
        <translation>Spænding på fase 2 lige nu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voltage L3</source>
        <translation>Spænding L3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voltage of phase 3 now</source>
        <translation>Spænding på fase 3 lige nu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Active energy import</source>
        <translation>Aktiv energi, import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All energy the house has bought since the meter was installed, at the full hour</source>
        <translation>Al energi, som huset har købt, siden måleren blev installeret, opgjort ved hel time</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active energy export</source>
        <translation>Aktiv energi, eksport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All energy the house has sold since the meter was installed, at the full hour</source>
        <translation>Al energi, som huset har solgt, siden måleren blev installeret, opgjort ved hel time</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reactive energy import</source>
        <translation>Reaktiv energi, import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactive energy drawn since the meter was installed, at the full hour</source>
        <translation>Reaktiv energi trukket, siden måleren blev installeret, opgjort ved hel time</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reactive energy export</source>
        <translation>Reaktiv energi, eksport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactive energy sent back since the meter was installed, at the full hour</source>
        <translation>Reaktiv energi sendt tilbage, siden måleren blev installeret, opgjort ved hel time</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(not set)</source>
        <translation>(ikke angivet)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Message time</source>
        <translation>Meddelelsestid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meter&apos;s clock when it sent the frame, from the message header (wall-clock time, no time zone)</source>
        <translation>Målerens ur, da den sendte rammen, fra meddelelsens header (klokkeslæt uden tidszone)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List version</source>
        <translation>Listeversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The layout of the list; Kamstrup sends it as a bare text before the first OBIS code</source>
        <translation>Listens opbygning; Kamstrup sender den som ren tekst før den første OBIS-kode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meter ID</source>
        <translation>Måler-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meter&apos;s serial number (GS1), also printed on the meter</source>
        <translation>Målerens serienummer (GS1), som også er trykt på måleren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meter type</source>
        <translation>Målertype</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meter&apos;s model code</source>
        <translation>Målerens modelkode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meter clock</source>
        <translation>Målerens ur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meter&apos;s clock at the full hour the registers belong to</source>
        <translation>Målerens ur ved den hele time, som registrene hører til</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other item</source>
        <translation>Andet element</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An item HAN Monitor does not use; shown as the meter sent it</source>
        <translation>Et element, som HAN Monitor ikke bruger; vises, som måleren sendte det</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Sent without an OBIS code</source>
        <translation>Sendt uden OBIS-kode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OBIS code %1: the standard name of this quantity (IEC 62056-61)</source>
        <translation>OBIS-kode %1: standardnavnet for denne størrelse (IEC 62056-61)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 as decoded from this frame: %2 %3</source>
        <translation>%1 som afkodet fra denne ramme: %2 %3</translation>
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
        <translation>Værdi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it is</source>
        <translation>Hvad det er</translation>
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
        <translation>%1 min.</translation>
    </message>
    <message>
        <location line="+83"/>
        <location line="+261"/>
        <source>&amp;Record raw capture…</source>
        <translation>&amp;Optag rå data…</translation>
    </message>
    <message>
        <location line="-259"/>
        <location line="+261"/>
        <source>Save every byte from the meter to a file while it arrives, to replay it later or attach it to a bug report</source>
        <translation>Gem hver byte fra måleren i en fil, mens den kommer ind, for at afspille den senere eller vedhæfte den til en fejlrapport</translation>
    </message>
    <message>
        <location line="-259"/>
        <source>&amp;Copy bug report</source>
        <translation>&amp;Kopiér fejlrapport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy versions, settings, counters, the last errors and the frames of the last minutes to the clipboard, to paste into an e-mail or an issue</source>
        <translation>Kopiér versioner, indstillinger, tællere, de seneste fejl og rammerne fra de sidste minutter til udklipsholderen, så de kan indsættes i en e-mail eller et issue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;bug report…</source>
        <translation>&amp;Gem fejlrapport…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the same bug report to a file</source>
        <translation>Skriv den samme fejlrapport til en fil</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unknown list</source>
        <translation>Ukendt liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last fra&amp;mes (newest at the bottom; select one to see all its bytes and items)</source>
        <translation>Seneste &amp;rammer (nyeste nederst; vælg en for at se alle dens bytes og elementer)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The bytes of a frame appear here.</source>
        <translation>Rammens bytes vises her.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every byte of the frame in hexadecimal, 16 a line: the offset, the bytes, and the bytes that are letters</source>
        <translation>Hver byte i rammen i hexadecimal, 16 pr. linje: forskydningen, bytene og de bytes, der er bogstaver</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Frame bytes</source>
        <translation>Rammens bytes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No frame has arrived yet.</source>
        <translation>Der er ikke kommet nogen ramme endnu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Newest frame, received %1 (length %2 bytes):</source>
        <translation>Nyeste ramme, modtaget %1 (længde %2 bytes):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame received %1 (length %2 bytes):</source>
        <translation>Ramme modtaget %1 (længde %2 bytes):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Intact frame of List %1; items decoded: %2</source>
        <translation>Intakt ramme med liste %1; afkodede elementer: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: versions, source, counters and the raw frames of the last %2 (frames: %3, rejected: %4).</source>
        <translation>%1: versioner, kilde, tællere og de rå rammer fra de sidste %2 (rammer: %3, afvist: %4).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bug report copied to the clipboard</source>
        <translation>Fejlrapporten er kopieret til udklipsholderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste it into an e-mail or an issue.</source>
        <translation>Indsæt den i en e-mail eller et issue.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save Bug Report</source>
        <translation>Gem fejlrapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt)</source>
        <translation>Tekstfiler (*.txt)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The bug report could not be saved to %1: %2</source>
        <translation>Fejlrapporten kunne ikke gemmes i %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bug report saved to %1</source>
        <translation>Fejlrapporten er gemt i %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Record Raw Capture</source>
        <translation>Optag rå data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial log with times (*.log);;Hex text (*.hex);;Raw bytes (*.bin)</source>
        <translation>Seriel log med tider (*.log);;Hex-tekst (*.hex);;Rå bytes (*.bin)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stop &amp;recording</source>
        <translation>Stop &amp;optagelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the capture file</source>
        <translation>Luk optagelsesfilen</translation>
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
        <translation>%1: importeret %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: exported %2</source>
        <translation>%1: eksporteret %2</translation>
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
            <numerusform>%Ln time: %1 målt, %2 anslået, %3 tvivlsom, %4 mangler.</numerusform>
            <numerusform>%Ln timer: %1 målt, %2 anslået, %3 tvivlsom, %4 mangler.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sum of the hourly energy of %1, from the meter&apos;s hourly registers.</source>
        <translation>Summen af timeenergien for %1, fra målerens timeregistre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active energy imported (bought from the grid), kWh.</source>
        <translation>Aktiv energi importeret (købt fra nettet), kWh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active energy exported (sold to the grid, e.g. solar), kWh.</source>
        <translation>Aktiv energi eksporteret (solgt til nettet, f.eks. fra solceller), kWh.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import minus export, kWh.</source>
        <translation>Import minus eksport, kWh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactive energy imported, kvarh.</source>
        <translation>Reaktiv energi importeret, kvarh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactive energy exported, kvarh.</source>
        <translation>Reaktiv energi eksporteret, kvarh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The worst quality of the period&apos;s hours.</source>
        <translation>Den dårligste kvalitet blandt periodens timer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hours that have ended in this period (a day has 23, 24 or 25).</source>
        <translation>Timer, der er afsluttet i denne periode (et døgn har 23, 24 eller 25).</translation>
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
        <translation>Reaktiv ind kvarh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactive out kvarh</source>
        <translation>Reaktiv ud kvarh</translation>
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
        <translation>Den lokale kalenderdag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The calendar month.</source>
        <translation>Kalendermåneden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The worst quality of the period&apos;s hours, with how many hours had it.</source>
        <translation>Den dårligste kvalitet blandt periodens timer, med hvor mange timer der havde den.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours that have ended in the period.</source>
        <translation>Timer, der er afsluttet i perioden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sum of the period&apos;s hours.</source>
        <translation>Summen af periodens timer.</translation>
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
        <translation>Vis energi pr. time i et døgn, pr. dag i en måned eller pr. måned i et år</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peri&amp;od:</source>
        <translation>Peri&amp;ode:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Total import:</source>
        <translation>Import i alt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total export:</source>
        <translation>Eksport i alt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Net:</source>
        <translation>Netto:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Energy imported (red) and exported (green) in each period of the table, from the meter&apos;s hourly registers</source>
        <translation>Energi importeret (rød) og eksporteret (grøn) i hver periode i tabellen, fra målerens timeregistre</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>◀ Previous day</source>
        <translation>◀ Forrige dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next day ▶</source>
        <translation>Næste dag ▶</translation>
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
        <translation>Næste måned ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;This month</source>
        <translation>Denne &amp;måned</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>◀ Previous year</source>
        <translation>◀ Forrige år</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next year ▶</source>
        <translation>Næste år ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;This year</source>
        <translation>Dette å&amp;r</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the period before this one (Alt+Left)</source>
        <translation>Vis perioden før denne (Alt+Left)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the period after this one (Alt+Right)</source>
        <translation>Vis perioden efter denne (Alt+Right)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the period that contains today (Alt+Home)</source>
        <translation>Tilbage til perioden, der indeholder i dag (Alt+Home)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 hours: the clocks went back an hour this night.</source>
        <translation>%1 timer: urene blev stillet en time tilbage denne nat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 hours: the clocks went forward an hour this night.</source>
        <translation>%1 timer: urene blev stillet en time frem denne nat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period shown, in local time</source>
        <translation>Den viste periode, i lokal tid</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Energy imported (bought) in %1: the sum of the %2 hours that have ended, from the meter&apos;s hourly registers</source>
        <translation>Energi importeret (købt) i %1: summen af de %2 timer, der er afsluttet, fra målerens timeregistre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Energy exported (sold) in %1: the sum of the %2 hours that have ended, from the meter&apos;s hourly registers</source>
        <translation>Energi eksporteret (solgt) i %1: summen af de %2 timer, der er afsluttet, fra målerens timeregistre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import minus export in %1: positive when the house took more from the grid than it gave back</source>
        <translation>Import minus eksport i %1: positiv, når huset har taget mere fra nettet, end det har leveret tilbage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No meter has been recorded yet.</source>
        <translation>Der er endnu ikke registreret nogen måler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the hours of the totals were found; hover the Quality column for what each word means</source>
        <translation>Hvordan timerne i totalerne er fundet; hold musen over kolonnen Kvalitet for at se, hvad hvert ord betyder</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This hour so far (since %1): import %2, export %3. It becomes a row when the hour ends.</source>
        <translation>Denne time indtil nu (siden %1): import %2, eksport %3. Den bliver til en række, når timen er slut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Integrated from the meter&apos;s power readings (List 1, every 10 s) since the hour began; the hour&apos;s row uses the hourly registers</source>
        <translation>Integreret fra målerens effektmålinger (liste 1, hvert 10. s), siden timen begyndte; timens række bruger timeregistrene</translation>
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
        <translation>%1 dage</translation>
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
        <translation>Eksportér til CSV</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>How much of the export is written</source>
        <translation>Hvor meget af eksporten der er skrevet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the export; no file is written (Esc)</source>
        <translation>Stop eksporten; der skrives ingen fil (Esc)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open Folder</source>
        <translation>Å&amp;bn mappe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the folder of the exported file in the file manager</source>
        <translation>Vis mappen med den eksporterede fil i filhåndteringen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export</source>
        <translation>&amp;Eksportér</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the file</source>
        <translation>Skriv filen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The history is not open yet: nothing to export.</source>
        <translation>Historikken er ikke åben endnu: der er intet at eksportere.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history cannot be read: %1</source>
        <translation>Historikken kan ikke læses: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Replace File?</source>
        <translation>Erstat fil?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 findes allerede. Vil du erstatte den?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exporting to %1…</source>
        <translation>Eksporterer til %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was written but has no rows: the history holds nothing for this meter in this period.</source>
        <translation>%1 er skrevet, men har ingen rækker: historikken indeholder intet for denne måler i denne periode.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported %1 to %2</source>
        <translation>Eksporterede %1 til %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled — no file was written.</source>
        <translation>Annulleret — der blev ikke skrevet nogen fil.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cancelling…</source>
        <translation>Annullerer…</translation>
    </message>
</context>
<context>
    <name>han::ui::ExportForm</name>
    <message>
        <location filename="../ui/export_form.cpp" line="+62"/>
        <source>The meter whose history is exported</source>
        <translation>Måleren, hvis historik eksporteres</translation>
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
            <numerusform>%Ln måling gemt, fra %1 til %2</numerusform>
            <numerusform>%Ln målinger gemt, fra %1 til %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A common period; or pick the first and last day yourself</source>
        <translation>En almindelig periode; eller vælg selv første og sidste dag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first day exported, in local time (the day is included)</source>
        <translation>Den første dag, der eksporteres, i lokal tid (dagen medtages)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last day exported, in local time (the day is included)</source>
        <translation>Den sidste dag, der eksporteres, i lokal tid (dagen medtages)</translation>
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
        <translation>Pr. time — energi pr. time (kWh)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily — energy per day (kWh)</source>
        <translation>Pr. dag — energi pr. dag (kWh)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raw — every reading (power, currents, voltages)</source>
        <translation>Rå — hver måling (effekt, strømme, spændinger)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hourly and daily: imported and exported energy from the meter&apos;s registers, with a quality column.
Raw: every reading as the meter sent it, about one every 10 s (large files).</source>
        <translation>Pr. time og pr. dag: importeret og eksporteret energi fra målerens registre, med en kvalitetskolonne.
Rå: hver måling, som måleren sendte den, cirka én hvert 10. s (store filer).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Standard CSV — comma between cells, decimal point</source>
        <translation>Standard-CSV — komma mellem cellerne, decimalpunktum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nordic spreadsheet — semicolon between cells, decimal comma</source>
        <translation>Nordisk regneark — semikolon mellem cellerne, decimalkomma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excel set to Norwegian, Danish or Swedish opens the Nordic file directly; other programs and other languages read standard CSV.</source>
        <translation>Excel indstillet til norsk, dansk eller svensk åbner den nordiske fil direkte; andre programmer og andre sprog læser standard-CSV.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the CSV file is written</source>
        <translation>Hvor CSV-filen skrives</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the folder and name of the file</source>
        <translation>Vælg filens mappe og navn</translation>
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
        <translation>&amp;Opløsning:</translation>
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
        <translation>Historikken indeholder endnu ingen målinger: der er intet at eksportere.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first day is after the last.</source>
        <translation>Den første dag ligger efter den sidste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the file to write.</source>
        <translation>Vælg den fil, der skal skrives.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Export to CSV</source>
        <translation>Eksportér til CSV</translation>
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
        <translation>Intet eksporteret til %1: %2</translation>
    </message>
</context>
<context>
    <name>han::ui::FrameLogModel</name>
    <message>
        <location filename="../ui/frame_log_model.cpp" line="+127"/>
        <source>When this computer received the frame (local time).</source>
        <translation>Hvornår denne computer modtog rammen (lokal tid).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meter&apos;s clock in the frame: %1.</source>
        <translation>Målerens ur i rammen: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Length of the frame: %1 bytes, the opening and closing flags included.</source>
        <translation>Rammens længde: %1 bytes, inklusive start- og slutflag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Both checksums are right and the content decoded to a reading.</source>
        <translation>Begge kontrolsummer er korrekte, og indholdet blev afkodet til en måling.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List 1: power, currents and voltages, sent every 10 s.
List 2: the same plus the meter&apos;s clock and energy registers, sent once an hour.</source>
        <translation>Liste 1: effekt, strømme og spændinger, sendes hvert 10. s.
Liste 2: det samme plus målerens ur og energiregistre, sendes én gang i timen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first bytes of the frame in hexadecimal; select the row to see all of them.</source>
        <translation>Rammens første bytes i hexadecimal; vælg rækken for at se dem alle.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Received</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
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
        <translation>Hvornår denne computer modtog rammen, lokal tid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Length of the frame in bytes</source>
        <translation>Rammens længde i bytes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether the frame arrived intact and could be read</source>
        <translation>Om rammen kom intakt frem og kunne læses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which of the meter&apos;s lists the frame carried: 1 every 10 s, 2 every hour</source>
        <translation>Hvilken af målerens lister rammen indeholdt: 1 hvert 10. s, 2 hver time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The start of the frame as sent, in hexadecimal</source>
        <translation>Starten af rammen, som den blev sendt, i hexadecimal</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HCS error</source>
        <translation>HCS-fejl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FCS error</source>
        <translation>FCS-fejl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flag error</source>
        <translation>Flagfejl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Truncated</source>
        <translation>Afkortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a reading</source>
        <translation>Ikke en måling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted</source>
        <translation>Krypteret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown list</source>
        <translation>Ukendt liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Malformed</source>
        <translation>Fejlformet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication failed</source>
        <translation>Autentificering mislykkedes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replayed</source>
        <translation>Gentaget</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The header checksum (HCS) is wrong: bits of the frame&apos;s header changed on the way from the meter, usually through electrical noise or a loose contact in the cable or adapter. The frame is dropped; the meter sends the next one within 10 seconds.</source>
        <translation>Header-kontrolsummen (HCS) er forkert: bits i rammens header blev ændret på vejen fra måleren, som regel af elektrisk støj eller en løs forbindelse i kablet eller adapteren. Rammen kasseres; måleren sender den næste inden for 10 sekunder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The frame checksum (FCS) is wrong: bits changed on the way from the meter. A few such frames a day are harmless; many point to a bad cable or adapter, or the wrong parity. The frame is dropped; the next one comes within 10 seconds.</source>
        <translation>Rammens kontrolsum (FCS) er forkert: bits blev ændret på vejen fra måleren. Nogle få af den slags rammer om dagen er harmløse; mange tyder på et dårligt kabel eller en dårlig adapter eller forkert paritet. Rammen kasseres; den næste kommer inden for 10 sekunder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The frame does not end where its length says it should: bytes were lost or added on the way (a loose contact, or the wrong speed or parity).</source>
        <translation>Rammen slutter ikke dér, hvor dens længde angiver: der er mistet eller tilføjet bytes på vejen (en løs forbindelse eller forkert hastighed eller paritet).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The frame was cut short: the next frame began, or the connection ended, before this one was complete. This happens when the cable is unplugged or bytes are lost.</source>
        <translation>Rammen blev afkortet: den næste ramme begyndte, eller forbindelsen blev afbrudt, før denne var komplet. Det sker, når kablet trækkes ud, eller der mistes bytes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The frame arrived intact but does not carry meter readings (it is not a data notification). HAN Monitor leaves it aside.</source>
        <translation>Rammen kom intakt frem, men indeholder ikke måleraflæsninger (det er ikke en datanotifikation). HAN Monitor springer den over.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The frame arrived intact but is encrypted. To read it, enter the two keys from your grid company (encryption key and authentication key) in Connect to Meter.</source>
        <translation>Rammen kom frem ubeskadiget, men er krypteret. For at læse den skal du indtaste de to nøgler fra dit netselskab (krypteringsnøgle og autentificeringsnøgle) i Forbind til måler.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The frame arrived intact but carries a list HAN Monitor cannot read (&quot;%1&quot;). It reads the lists of Kamstrup, Aidon and Kaifa meters; this one has a layout it does not know.</source>
        <translation>Rammen kom intakt frem, men indeholder en liste, som HAN Monitor ikke kan læse (»%1«). Programmet læser listerne fra Kamstrup-, Aidon- og Kaifa-målere; denne har en opbygning, det ikke kender.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The frame arrived intact but carries a list HAN Monitor cannot read. It reads the lists of Kamstrup, Aidon and Kaifa meters; this one has a layout it does not know.</source>
        <translation>Rammen kom intakt frem, men indeholder en liste, som HAN Monitor ikke kan læse. Programmet læser listerne fra Kamstrup-, Aidon- og Kaifa-målere; denne har en opbygning, det ikke kender.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The frame arrived intact but is encrypted, and authentication failed — check the keys from your grid company. (Grid companies issue new keys when the HAN port is reset.) Damaged bytes fail the same way, but then the next frame reads again.</source>
        <translation>Rammen kom frem ubeskadiget, men er krypteret, og autentificeringen mislykkedes — kontrollér nøglerne fra dit netselskab. (Netselskabet udsteder nye nøgler, når HAN-porten nulstilles.) Beskadigede byte fejler på samme måde, men så kan den næste ramme læses igen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The frame is encrypted and authentic, but its frame counter is not newer than one already read: an old frame sent again. It is ignored. If the meter restarted its counter, readings resume after a few frames.</source>
        <translation>Rammen er krypteret og ægte, men dens rammetæller er ikke nyere end en, der allerede er læst: en gammel ramme sendt igen. Den ignoreres. Hvis måleren har startet sin tæller forfra, kommer aflæsningerne igen efter nogle få rammer.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The frame arrived intact but its content is malformed at byte %1 of the message: the meter sent something HAN Monitor does not expect. A bug report with this frame helps.</source>
        <translation>Rammen kom intakt frem, men dens indhold er fejlformet ved byte %1 i meddelelsen: måleren sendte noget, som HAN Monitor ikke forventer. En fejlrapport med denne ramme er en hjælp.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The frame arrived intact but its content is malformed: the meter sent something HAN Monitor does not expect. A bug report with this frame helps.</source>
        <translation>Rammen kom intakt frem, men dens indhold er fejlformet: måleren sendte noget, som HAN Monitor ikke forventer. En fejlrapport med denne ramme er en hjælp.</translation>
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
        <translation>Urene blev stillet tilbage denne nat, så denne time forekom to gange; UTC-forskydningen skelner dem fra hinanden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active energy imported (bought from the grid) in this hour, kWh.</source>
        <translation>Aktiv energi importeret (købt fra nettet) i denne time, kWh.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active energy exported (sold to the grid, e.g. from solar panels) in this hour, kWh.</source>
        <translation>Aktiv energi eksporteret (solgt til nettet, f.eks. fra solceller) i denne time, kWh.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import minus export in this hour, kWh: positive when the house took more from the grid than it gave back.</source>
        <translation>Import minus eksport i denne time, kWh: positiv, når huset har taget mere fra nettet, end det har leveret tilbage.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reactive energy imported in this hour, kvarh, from the meter&apos;s reactive registers.</source>
        <translation>Reaktiv energi importeret i denne time, kvarh, fra målerens reaktive registre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reactive energy exported in this hour, kvarh, from the meter&apos;s reactive registers.</source>
        <translation>Reaktiv energi eksporteret i denne time, kvarh, fra målerens reaktive registre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>No hourly List 2 was received at %1, so the register reading is unknown.</source>
        <translation>Der blev ikke modtaget nogen timeværdi (liste 2) kl. %1, så registeraflæsningen er ukendt.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The meter&apos;s import register at %1 (its hourly List 2), kWh: what the meter&apos;s display showed then.</source>
        <translation>Målerens importregister kl. %1 (dens timeværdi i liste 2), kWh: det, som målerens display viste dengang.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The meter&apos;s export register at %1 (its hourly List 2), kWh: what the meter&apos;s display showed then.</source>
        <translation>Målerens eksportregister kl. %1 (dens timeværdi i liste 2), kWh: det, som målerens display viste dengang.</translation>
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
        <translation>Reaktiv ind kvarh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactive out kvarh</source>
        <translation>Reaktiv ud kvarh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality</source>
        <translation>Kvalitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import register kWh</source>
        <translation>Importregister kWh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export register kWh</source>
        <translation>Eksportregister kWh</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The hour in local time; a day has 23, 24 or 25 of them.</source>
        <translation>Timen i lokal tid; et døgn har 23, 24 eller 25 af dem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy bought from the grid in the hour.</source>
        <translation>Energi købt fra nettet i timen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy sold to the grid in the hour (solar export).</source>
        <translation>Energi solgt til nettet i timen (eksport fra solceller).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import minus export.</source>
        <translation>Import minus eksport.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reactive energy from the meter&apos;s registers; households are rarely billed for it.</source>
        <translation>Reaktiv energi fra målerens registre; husstande afregnes sjældent for den.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the hour&apos;s energy was found: measured, estimated, missing or suspect (hover a row for details).</source>
        <translation>Hvordan timens energi er fundet: målt, anslået, mangler eller tvivlsom (hold musen over en række for detaljer).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The meter&apos;s register at the hour&apos;s end: compare with its display.</source>
        <translation>Målerens register ved timens slutning: sammenlign med dens display.</translation>
    </message>
</context>
<context>
    <name>han::ui::LinkStatusPanel</name>
    <message>
        <location filename="../ui/link_status_panel.cpp" line="+56"/>
        <source>Not connected</source>
        <translation>Ikke forbundet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Forbinder…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving</source>
        <translation>Modtager</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No data</source>
        <translation>Ingen data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnecting…</source>
        <translation>Genforbinder…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Link to the meter</source>
        <translation>Forbindelse til måleren</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Counters since the connection started</source>
        <translation>Tællere, siden forbindelsen blev startet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Frames OK:</source>
        <translation>Rammer OK:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages from the meter that arrived intact and were read. The meter sends one every 10 seconds, and one more every hour with the energy registers.</source>
        <translation>Meddelelser fra måleren, der kom intakt frem og blev læst. Måleren sender én hvert 10. sekund og én mere hver time med energiregistrene.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bytes received:</source>
        <translation>Modtagne bytes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes that arrived from the meter&apos;s HAN port since the connection started, about 230 every 10 seconds.</source>
        <translation>Bytes, der er kommet fra målerens HAN-port, siden forbindelsen blev startet, omkring 230 hvert 10. sekund.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last reading:</source>
        <translation>Seneste måling:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the last intact message arrived, in local time (for the simulator and replays, the time the message carries).</source>
        <translation>Hvornår den seneste intakte meddelelse kom, i lokal tid (for simulatoren og afspilninger det tidspunkt, meddelelsen indeholder).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnects:</source>
        <translation>Genforbindelser:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often the connection was lost and came back by itself.</source>
        <translation>Hvor ofte forbindelsen blev afbrudt og kom tilbage af sig selv.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HCS errors:</source>
        <translation>HCS-fejl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages whose header was damaged on the way (header checksum wrong). A few are harmless; many point to a bad cable, a loose contact or electrical noise.</source>
        <translation>Meddelelser, hvis header blev beskadiget på vejen (forkert header-kontrolsum). Nogle få er harmløse; mange tyder på et dårligt kabel, en løs forbindelse eller elektrisk støj.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FCS errors:</source>
        <translation>FCS-fejl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages damaged on the way (frame checksum wrong). A few are harmless; many point to a bad cable, a loose contact or the wrong parity.</source>
        <translation>Meddelelser, der blev beskadiget på vejen (forkert rammekontrolsum). Nogle få er harmløse; mange tyder på et dårligt kabel, en løs forbindelse eller forkert paritet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flag errors:</source>
        <translation>Flagfejl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages that did not end where their length said: bytes were lost or added on the way.</source>
        <translation>Meddelelser, der ikke sluttede dér, hvor deres længde angav: der blev mistet eller tilføjet bytes på vejen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Truncated:</source>
        <translation>Afkortede:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages cut short, for example when the cable was unplugged while one arrived.</source>
        <translation>Meddelelser, der blev afkortet, f.eks. når kablet blev trukket ud, mens en var på vej.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown content:</source>
        <translation>Ukendt indhold:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intact messages HAN Monitor cannot read: encrypted, from another make of meter, or a list it does not know.</source>
        <translation>Intakte meddelelser, som HAN Monitor ikke kan læse: krypterede, fra et andet målerfabrikat eller en liste, programmet ikke kender.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bytes skipped:</source>
        <translation>Oversprungne bytes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes that belonged to no message, skipped while looking for the start of the next one. Many of them and no intact messages mean the wrong parity or speed.</source>
        <translation>Bytes, der ikke hørte til nogen meddelelse, og som blev sprunget over under søgningen efter starten på den næste. Mange af dem og ingen intakte meddelelser betyder forkert paritet eller hastighed.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The connection has not been started.</source>
        <translation>Forbindelsen er ikke startet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The state of the connection to the meter, and why</source>
        <translation>Tilstanden for forbindelsen til måleren, og hvorfor</translation>
    </message>
</context>
<context>
    <name>han::ui::LiveView</name>
    <message>
        <location filename="../ui/live_view.cpp" line="+113"/>
        <source>Simulated meter</source>
        <translation>Simuleret måler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No meter is connected: these numbers come from a built-in simulated household. Choose your meter with File ▸ Connect to Meter… (Ctrl+K).</source>
        <translation>Der er ikke tilsluttet nogen måler: disse tal kommer fra en indbygget simuleret husstand. Vælg din måler med Filer ▸ Tilslut måler… (Ctrl+K).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Waiting for the first reading from the meter…</source>
        <translation>Venter på den første måling fra måleren…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Power now</source>
        <translation>Effekt lige nu</translation>
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
        <translation>Indtil nu i denne time</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>A Kamstrup meter sends a reading every 10 seconds.</source>
        <translation>En Kamstrup-måler sender en måling hvert 10. sekund.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1–now</source>
        <translation>%1–nu</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Full scale %1 each way: the most the %2 A main fuse lets through.</source>
        <translation>Fuldt udslag %1 i hver retning: det meste, som hovedsikringen på %2 A tillader.</translation>
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
        <translation>Fra målerens liste 1, sendt hvert 10. s; kilde: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main fuse %1 A (Settings ▸ Preferences).</source>
        <translation>Hovedsikring %1 A (Indstillinger ▸ Præferencer).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No meter is connected: the numbers come from a built-in simulated household. Use File ▸ Connect to Meter…</source>
        <translation>Der er ikke tilsluttet nogen måler: tallene kommer fra en indbygget simuleret husstand. Brug Filer ▸ Tilslut måler…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net power: active import minus active export now (OBIS 1.7.0 and 2.7.0). Import to the right, export to the left; full scale is the most the main fuse lets through, %1 each way.</source>
        <translation>Nettoeffekt: aktiv import minus aktiv eksport lige nu (OBIS 1.7.0 og 2.7.0). Import til højre, eksport til venstre; fuldt udslag er det meste, hovedsikringen tillader, %1 i hver retning.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active power import: what the house draws from the grid now (OBIS 1.7.0).</source>
        <translation>Aktiv effekt, import: hvad huset trækker fra nettet lige nu (OBIS 1.7.0).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active power export: what the house feeds into the grid now, e.g. from solar panels (OBIS 2.7.0).</source>
        <translation>Aktiv effekt, eksport: hvad huset leverer til nettet lige nu, f.eks. fra solceller (OBIS 2.7.0).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gauge&apos;s full scale: the main fuse&apos;s current times the phase voltage (3 × 230 V × I on TN, √3 × 230 V × I on IT).</source>
        <translation>Skalaens fulde udslag: hovedsikringens strøm gange fasespændingen (3 × 230 V × I på TN, √3 × 230 V × I på IT).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reactive power import now (OBIS 3.7.0).</source>
        <translation>Reaktiv effekt, import lige nu (OBIS 3.7.0).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactive power export now (OBIS 4.7.0).</source>
        <translation>Reaktiv effekt, eksport lige nu (OBIS 4.7.0).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meter&apos;s power factor over all phases now (OBIS 13.7.0): active power divided by apparent power. Sent by Danish meters; source: %1.</source>
        <translation>Målerens effektfaktor over alle faser nu (OBIS 13.7.0): aktiv effekt divideret med tilsyneladende effekt. Sendes af danske målere; kilde: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Energy imported since the hour began, integrated by HAN Monitor from the List 1 import power; the meter&apos;s own register follows in the hourly List 2. Source: %1.</source>
        <translation>Energi importeret, siden timen begyndte, integreret af HAN Monitor fra importeffekten i liste 1; målerens eget register følger i timens liste 2. Kilde: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Energy exported since the hour began, integrated by HAN Monitor from the List 1 export power; the meter&apos;s own register follows in the hourly List 2. Source: %1.</source>
        <translation>Energi eksporteret, siden timen begyndte, integreret af HAN Monitor fra eksporteffekten i liste 1; målerens eget register følger i timens liste 2. Kilde: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The hour so far, in this computer&apos;s time zone, by the meter&apos;s clock.</source>
        <translation>Timen indtil nu, i denne computers tidszone, efter målerens ur.</translation>
    </message>
</context>
<context>
    <name>han::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="+46"/>
        <source>Not connected</source>
        <translation>Ikke forbundet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Forbinder…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving</source>
        <translation>Modtager</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No data</source>
        <translation>Ingen data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnecting…</source>
        <translation>Genforbinder…</translation>
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
        <translation>&amp;Live</translation>
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
        <translation>Kapa&amp;citet</translation>
    </message>
    <message>
        <location line="-149"/>
        <location line="+149"/>
        <source>Sol&amp;ar</source>
        <translation>&amp;Solceller</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+148"/>
        <source>&amp;Diagnostics</source>
        <translation>&amp;Diagnostik</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>What the house draws and exports now (Ctrl+1)</source>
        <translation>Hvad huset trækker og eksporterer lige nu (Ctrl+1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current and voltage of each phase over time (Ctrl+2)</source>
        <translation>Strøm og spænding på hver fase over tid (Ctrl+2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy per hour, day and month from the meter&apos;s registers (Ctrl+3)</source>
        <translation>Energi pr. time, dag og måned fra målerens registre (Ctrl+3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The grid company&apos;s monthly capacity fee: this month&apos;s three peak hours, the step they put you in and how much this hour can still use (Ctrl+4)</source>
        <translation>Netselskabets månedlige kapacitetsbetaling: månedens tre spidstimer, det trin, de placerer dig i, og hvor meget denne time stadig kan bruge (Ctrl+4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Solar export: net power today and exported energy (Ctrl+5)</source>
        <translation>Solcelleeksport: nettoeffekt i dag og eksporteret energi (Ctrl+5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The link to the meter: state, counters, raw frames (Ctrl+6)</source>
        <translation>Forbindelsen til måleren: tilstand, tællere, rå rammer (Ctrl+6)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>History: not saving</source>
        <translation>Historik: gemmer ikke</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>History: saving</source>
        <translation>Historik: gemmer</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>History is being saved again.</source>
        <translation>Historikken gemmes igen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Readings are saved to %1</source>
        <translation>Målingerne gemmes i %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stop &amp;Recording Raw Capture</source>
        <translation>Stop &amp;optagelse af rå data</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <source>&amp;Record Raw Capture…</source>
        <translation>&amp;Optag rå data…</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>This meter encrypts its data: enter the two keys from your grid company (File &gt; Connect to Meter, Ctrl+K).</source>
        <translation>Denne måler krypterer sine data: indtast de to nøgler fra dit netselskab (Filer &gt; Tilslut måler, Ctrl+K).</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Enter &amp;Keys…</source>
        <translation>Indtast &amp;nøgler…</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>The replay has reached the end of the capture file.</source>
        <translation>Afspilningen har nået slutningen af optagelsesfilen.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connect to Meter…</source>
        <translation>&amp;Tilslut måler…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the serial port of the meter, the simulator or a capture file</source>
        <translation>Vælg målerens serielle port, simulatoren eller en optagelsesfil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Eksportér til CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the history to a spreadsheet file</source>
        <translation>Skriv historikken til en regnearksfil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back Up History…</source>
        <translation>&amp;Sikkerhedskopiér historik…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a copy of the whole history while recording goes on</source>
        <translation>Gem en kopi af hele historikken, mens optagelsen fortsætter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the bytes from the meter to a file, for a bug report</source>
        <translation>Gem bytes fra måleren i en fil til en fejlrapport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop recording and close HAN Monitor</source>
        <translation>Stop optagelsen, og luk HAN Monitor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Settings</source>
        <translation>&amp;Indstillinger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Præferencer…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
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
        <translation>&lt;h3&gt;HAN Monitor %1&lt;/h3&gt;&lt;p&gt;Viser, hvad en Kamstrup-elmåler melder på sin HAN-port: effekt, faser, timeforbrug og solcelleeksport. Historikken bliver på denne computer.&lt;/p&gt;&lt;p&gt;Licenseret under GNU General Public License, version 3 eller senere.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>How long ago the last reading arrived from the meter</source>
        <translation>Hvor længe siden den seneste måling kom fra måleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History: opening…</source>
        <translation>Historik: åbner…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The house is exporting</source>
        <translation>Huset eksporterer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solar power is going to the grid: %1 now.</source>
        <translation>Solcellestrøm går ud på nettet: %1 lige nu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The house stopped exporting</source>
        <translation>Huset er holdt op med at eksportere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It draws %1 from the grid now.</source>
        <translation>Det trækker %1 fra nettet lige nu.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No meter is connected: the numbers come from a built-in simulated household. Use File &gt; Connect to Meter.</source>
        <translation>Der er ikke tilsluttet nogen måler: tallene kommer fra en indbygget simuleret husstand. Brug Filer &gt; Tilslut måler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the readings come from</source>
        <translation>Hvor målingerne kommer fra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HAN Monitor — %1</source>
        <translation>HAN Monitor — %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No reading yet</source>
        <translation>Ingen måling endnu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last reading %1 s ago</source>
        <translation>Seneste måling for %1 s siden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last reading %1 min ago</source>
        <translation>Seneste måling for %1 min. siden</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Back Up History</source>
        <translation>Sikkerhedskopiér historik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite database (*.sqlite)</source>
        <translation>SQLite-database (*.sqlite)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backing up the history to %1…</source>
        <translation>Sikkerhedskopierer historikken til %1…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Record Raw Capture</source>
        <translation>Optag rå data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial log with times (*.log);;Hex text (*.hex);;Raw bytes (*.bin)</source>
        <translation>Seriel log med tider (*.log);;Hex-tekst (*.hex);;Rå bytes (*.bin)</translation>
    </message>
</context>
<context>
    <name>han::ui::MessageBanner</name>
    <message>
        <location filename="../ui/message_banner.cpp" line="+25"/>
        <source>Close this message</source>
        <translation>Luk denne meddelelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close message</source>
        <translation>Luk meddelelse</translation>
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
        <translation>Seneste måling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meter id</source>
        <translation>Måler-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meter clock</source>
        <translation>Målerens ur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meter type</source>
        <translation>Målertype</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>List version</source>
        <translation>Listeversion</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>no source</source>
        <translation>ingen kilde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No meter is connected: the numbers come from a built-in simulated household. Use File ▸ Connect to Meter…</source>
        <translation>Der er ikke tilsluttet nogen måler: tallene kommer fra en indbygget simuleret husstand. Brug Filer ▸ Tilslut måler…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the readings come from.</source>
        <translation>Hvor målingerne kommer fra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meter&apos;s id (GS1 number, OBIS 0.0.5) as the meter sends it. Source: %1.</source>
        <translation>Målerens ID (GS1-nummer, OBIS 0.0.5), som måleren sender det. Kilde: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meter&apos;s type (OBIS 96.1.1) as the meter sends it. Source: %1.</source>
        <translation>Målerens type (OBIS 96.1.1), som måleren sender den. Kilde: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list version the meter names at the start of each list. Source: %1.</source>
        <translation>Den listeversion, som måleren angiver i starten af hver liste. Kilde: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long ago the last reading arrived on this computer; amber after %1 s without a new one (a meter sends every 10 s).</source>
        <translation>Hvor længe siden den seneste måling kom til denne computer; gul efter %1 s uden en ny (en måler sender hvert 10. s).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meter&apos;s own clock in the last reading, shown in this computer&apos;s time zone. Source: %1.</source>
        <translation>Målerens eget ur i den seneste måling, vist i denne computers tidszone. Kilde: %1.</translation>
    </message>
</context>
<context>
    <name>han::ui::MeterKeysPanel</name>
    <message>
        <location filename="../ui/meter_keys_panel.cpp" line="+40"/>
        <source>Meter keys</source>
        <translation>Målernøgler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Danish meters encrypt their data: your grid company (netselskab) sends you the two keys. Most Norwegian meters need none: leave the fields empty.</source>
        <translation>Danske målere krypterer deres data: dit netselskab sender dig de to nøgler. De fleste norske målere behøver ingen: lad felterne stå tomme.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Encryption key (GUEK / GPK60):</source>
        <translation>Krypt&amp;eringsnøgle (GUEK / GPK60):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 32 hex digits the grid company calls GUEK, GPK60 or encryption key</source>
        <translation>De 32 hexadecimale cifre, som netselskabet kalder GUEK, GPK60 eller krypteringsnøgle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;uthentication key (GAK / GPK61):</source>
        <translation>A&amp;utentificeringsnøgle (GAK / GPK61):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 32 hex digits the grid company calls GAK, GPK61 or authentication key</source>
        <translation>De 32 hexadecimale cifre, som netselskabet kalder GAK, GPK61 eller autentificeringsnøgle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;how keys</source>
        <translation>V&amp;is nøglerne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the digits instead of dots, to compare them with the letter</source>
        <translation>Vis cifrene i stedet for prikker, så de kan sammenlignes med brevet</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>32 hex digits, spaces allowed</source>
        <translation>32 hexadecimale cifre, mellemrum er tilladt</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 of %2 digits</source>
        <translation>%1 af %2 cifre</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>“%1” is not a hex digit (0–9, A–F)</source>
        <translation>»%1« er ikke et hexadecimalt ciffer (0–9, A–F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set</source>
        <translation>ikke angivet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 digits: a key has %2</source>
        <translation>%1 cifre: en nøgle har %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ complete</source>
        <translation>✓ komplet</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The encryption key is not complete: %1.</source>
        <translation>Krypteringsnøglen er ikke komplet: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The authentication key is not complete: %1.</source>
        <translation>Autentificeringsnøglen er ikke komplet: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the encryption key too: the authentication key alone decrypts nothing.</source>
        <translation>Indtast også krypteringsnøglen: autentificeringsnøglen alene dekrypterer intet.</translation>
    </message>
</context>
<context>
    <name>han::ui::MeterSettingsPanel</name>
    <message>
        <location filename="../ui/meter_settings_panel.cpp" line="+30"/>
        <source>No correction</source>
        <translation>Ingen korrektion</translation>
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
        <translation>Målerens ur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Follows daylight saving time (Norway, Denmark, Sweden)</source>
        <translation>Følger &amp;sommertid (Norge, Danmark, Sverige)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meter&apos;s clock is local time of Europe/Oslo: UTC+1 in winter, UTC+2 in summer. Right for most meters.</source>
        <translation>Målerens ur går efter lokal tid i Europe/Oslo: UTC+1 om vinteren, UTC+2 om sommeren. Rigtigt for de fleste målere.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard &amp;time all year (UTC+1)</source>
        <translation>&amp;Normaltid hele året (UTC+1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meter&apos;s clock stays on winter time in summer too, so without this every summer hour would be one hour off.</source>
        <translation>Målerens ur bliver på vintertid også om sommeren, så uden denne indstilling ville hver sommertime være en time forkert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Learned from this computer&apos;s clock</source>
        <translation>&amp;Lært fra denne computers ur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>While it records, HAN Monitor compares the meter&apos;s clock with this computer&apos;s and uses the difference, rounded to a quarter hour. Needs a computer clock that is right.</source>
        <translation>Mens der optages, sammenligner HAN Monitor målerens ur med denne computers og bruger forskellen, afrundet til et kvarter. Kræver, at computerens ur går rigtigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The meter sends its clock without a time zone, and meters differ: most follow summer time, some stay on winter time all year. The clock decides which hour each hourly reading belongs to. If the Energy view&apos;s hours look one hour off in summer, choose standard time.</source>
        <translation>Måleren sender sit ur uden tidszone, og målere er forskellige: de fleste følger sommertid, nogle bliver på vintertid hele året. Uret afgør, hvilken time hver timeværdi hører til. Hvis timerne i visningen Energi ser ud til at være en time forkerte om sommeren, så vælg normaltid.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Scale corrections</source>
        <translation>Skalakorrektioner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the meter counts in Wh (Swedish Kamstrup)</source>
        <translation>måleren tæller i Wh (svensk Kamstrup)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Multiplies the energy registers (kWh) the meter sends every hour</source>
        <translation>Ganger de energiregistre (kWh), som måleren sender hver time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>power reads ten times too high</source>
        <translation>effekten vises ti gange for høj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multiplies the power (kW, kvar) the meter sends every 10 s</source>
        <translation>Ganger den effekt (kW, kvar), som måleren sender hvert 10. s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>current in mA (Kamstrup CT meters, type 685…)</source>
        <translation>strøm i mA (Kamstrup CT-målere, type 685…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multiplies the phase currents (A) the meter sends</source>
        <translation>Ganger de fasestrømme (A), som måleren sender</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Multiplies the phase voltages (V) the meter sends</source>
        <translation>Ganger de fasespændinger (V), som måleren sender</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Energy:</source>
        <translation>&amp;Energi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Po&amp;wer:</source>
        <translation>Effe&amp;kt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrent:</source>
        <translation>S&amp;trøm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Voltage:</source>
        <translation>S&amp;pænding:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Most meters need no correction. Some send their values in other units than the Norwegian data sheet: Swedish Kamstrup meters send energy in Wh, so every kWh reads ten times too high; some Swedish meters send power ten times too high; Kamstrup CT meters (for large main fuses) send current in mA. Danish meters are recognised by their list and need nothing here, as are voltages sent in 0.01 V. A correction applies to readings from now on.</source>
        <translation>De fleste målere behøver ingen korrektion. Nogle sender deres værdier i andre enheder end i det norske datablad: svenske Kamstrup-målere sender energi i Wh, så hver kWh vises ti gange for høj; nogle svenske målere sender effekt ti gange for høj; Kamstrup CT-målere (til store hovedsikringer) sender strøm i mA. Danske målere genkendes på deres liste og behøver intet her, og det samme gælder spændinger sendt i 0,01 V. En korrektion gælder for målinger fra nu af.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No meter has sent a reading yet. These settings belong to one meter: they can be made once it has been seen.</source>
        <translation>Ingen måler har sendt en måling endnu. Disse indstillinger hører til én bestemt måler: de kan vælges, når måleren er registreret.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings of %1.</source>
        <translation>Indstillinger for %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meter number %1 is the one the meter sends in its own list; the history keeps these settings with it.</source>
        <translation>Målernummeret %1 er det, som måleren sender i sin egen liste; historikken gemmer disse indstillinger sammen med det.</translation>
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
        <translation>%1, %2 af hovedsikringen på %3 A</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No current reported for %1</source>
        <translation>Ingen strøm meldt for %1</translation>
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
        <translation>Spænding</translation>
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
        <translation>Strøm i forhold til hovedsikringen på %1 A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main fuse %1 A on a %2 grid: at most %3.</source>
        <translation>Hovedsikring %1 A på et %2-net: højst %3.</translation>
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
        <translation>Spænding (mellem faserne)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>From the meter&apos;s List 1, sent every 10 s; source: %1.</source>
        <translation>Fra målerens liste 1, sendt hvert 10. s; kilde: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main fuse %1 A (Settings ▸ Preferences).</source>
        <translation>Hovedsikring %1 A (Indstillinger ▸ Præferencer).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current on %1 now (OBIS %2.7.0).</source>
        <translation>Strøm på %1 lige nu (OBIS %2.7.0).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current on %1 as a share of the main fuse; the bar is full at the fuse, amber from 80 %, red from 95 %.</source>
        <translation>Strøm på %1 som andel af hovedsikringen; bjælken er fuld ved sikringen, gul fra 80 %, rød fra 95 %.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Voltage on %1 now (OBIS %2.7.0); on an IT grid, measured between phases.</source>
        <translation>Spænding på %1 lige nu (OBIS %2.7.0); på et IT-net målt mellem faserne.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From the meter&apos;s list, sent every 10 s; source: %1.</source>
        <translation>Fra målerens liste, sendt hvert 10. s; kilde: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active power imported on %1 now (OBIS %2.7.0).</source>
        <translation>Aktiv effekt importeret på %1 nu (OBIS %2.7.0).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active power exported on %1 now (OBIS %2.7.0).</source>
        <translation>Aktiv effekt eksporteret på %1 nu (OBIS %2.7.0).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power factor on %1 now (OBIS %2.7.0): active power divided by apparent power, 1 for a purely resistive load.</source>
        <translation>Effektfaktor på %1 nu (OBIS %2.7.0): aktiv effekt divideret med tilsyneladende effekt, 1 for en rent resistiv belastning.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The most the main fuse lets through: 3 × 230 V × the fuse on a TN grid, √3 × 230 V × the fuse on an IT grid.</source>
        <translation>Det meste, hovedsikringen tillader: 3 × 230 V × sikringen på et TN-net, √3 × 230 V × sikringen på et IT-net.</translation>
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
        <translation>Spænding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power of each phase in kilowatts, import minus export (below zero: export), from the meter&apos;s list (every 10 s)</source>
        <translation>Effekten på hver fase i kilowatt, import minus eksport (under nul: eksport), fra målerens liste (hvert 10. s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current of each phase in amperes, from the meter&apos;s List 1 (every 10 s)</source>
        <translation>Strømmen på hver fase i ampere, fra målerens liste 1 (hvert 10. s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voltage of each phase in volts, from the meter&apos;s List 1 (every 10 s)</source>
        <translation>Spændingen på hver fase i volt, fra målerens liste 1 (hvert 10. s)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Drag a chart to move in time, turn the wheel to zoom; the values under the pointer show on the charts. Keys on a chart: ←/→ move, +/− zoom, Home back to live.</source>
        <translation>Træk i et diagram for at flytte i tid, drej på hjulet for at zoome; værdierne under markøren vises på diagrammerne. Taster i et diagram: ←/→ flytter, +/− zoomer, Home tilbage til live.</translation>
    </message>
    <message>
        <location line="+310"/>
        <source>Readings shown: %L1</source>
        <translation>Viste målinger: %L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No readings in this range</source>
        <translation>Ingen målinger i dette tidsrum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings in the visible time range, from the history and the live meter (one every 10 s)</source>
        <translation>Målinger i det synlige tidsrum, fra historikken og målerens live-data (én hvert 10. s)</translation>
    </message>
</context>
<context>
    <name>han::ui::PortListModel</name>
    <message>
        <location filename="../ui/port_list_model.cpp" line="+147"/>
        <source>The device %1, as the system names it</source>
        <translation>Enheden %1, som systemet kalder den</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system gives no description of this port</source>
        <translation>Systemet giver ingen beskrivelse af denne port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The adapter&apos;s own description: %1</source>
        <translation>Adapterens egen beskrivelse: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system names no manufacturer for this port</source>
        <translation>Systemet angiver ingen producent for denne port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The adapter&apos;s manufacturer, as it reports itself: %1</source>
        <translation>Adapterens producent, som den selv oplyser: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a USB device: no vendor and product id</source>
        <translation>Ikke en USB-enhed: intet leverandør- og produkt-id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USB vendor id %1 and product id %2 (hexadecimal), as the adapter reports them; used to find the adapter again after a re-plug</source>
        <translation>USB-leverandør-id %1 og produkt-id %2 (hexadecimalt), som adapteren oplyser dem; bruges til at finde adapteren igen, når den er sat i på ny</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The adapter reports no serial number</source>
        <translation>Adapteren oplyser intet serienummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The adapter&apos;s USB serial number; HAN Monitor finds the adapter by it when the port&apos;s name changes</source>
        <translation>Adapterens USB-serienummer; HAN Monitor finder adapteren ud fra det, når portens navn ændrer sig</translation>
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
        <translation>Producent</translation>
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
        <translation>Den serielle ports navn på denne computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the adapter calls itself</source>
        <translation>Hvad adapteren kalder sig selv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who made the adapter, as it reports itself</source>
        <translation>Hvem der har lavet adapteren, som den selv oplyser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USB vendor and product id of the adapter, in hexadecimal</source>
        <translation>Adapterens USB-leverandør- og produkt-id, i hexadecimal</translation>
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
        <translation>Nettoeffekt</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No reading yet</source>
        <translation>Ingen måling endnu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Balanced: %1</source>
        <translation>I balance: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing %1 from the grid</source>
        <translation>Importerer %1 fra nettet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting %1 to the grid</source>
        <translation>Eksporterer %1 til nettet</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>no reading yet</source>
        <translation>ingen måling endnu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>balanced</source>
        <translation>i balance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the grid, beyond the scale</source>
        <translation>fra nettet, uden for skalaen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the grid</source>
        <translation>fra nettet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to the grid, beyond the scale</source>
        <translation>til nettet, uden for skalaen</translation>
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
        <translation>P&amp;orte (listen følger, hvad der er sat i):</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Serial ports</source>
        <translation>Serielle porte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No serial port found. Plug in the meter&apos;s USB adapter: this list updates by itself.</source>
        <translation>Ingen seriel port fundet. Sæt målerens USB-adapter i: listen opdateres af sig selv.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Auto — try none, then even</source>
        <translation>Auto — prøv ingen, derefter lige</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None — Kamstrup</source>
        <translation>Ingen — Kamstrup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Even — Aidon, Kaifa</source>
        <translation>Lige — Aidon, Kaifa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the meter frames each byte on its HAN port (2400 baud, 8 data bits, 1 stop bit).
Kamstrup meters send without parity (8N1); Aidon and Kaifa with even parity (8E1).
Auto starts with none and switches to even when bytes arrive but no valid frame does.</source>
        <translation>Hvordan måleren sender hver byte på sin HAN-port (2400 baud, 8 databit, 1 stopbit).
Kamstrup-målere sender uden paritet (8N1); Aidon og Kaifa med lige paritet (8E1).
Auto starter med ingen og skifter til lige, når der kommer bytes, men ingen gyldig ramme.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Parity:</source>
        <translation>&amp;Paritet:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>If the port cannot be opened, your user may not be allowed to use serial ports. Run&lt;br&gt;&lt;code&gt;sudo usermod -aG dialout $USER&lt;/code&gt;&lt;br&gt;then log out and in.</source>
        <translation>Hvis porten ikke kan åbnes, har din bruger måske ikke tilladelse til at bruge serielle porte. Kør&lt;br&gt;&lt;code&gt;sudo usermod -aG dialout $USER&lt;/code&gt;&lt;br&gt;og log derefter ud og ind.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No serial port found: plug in the meter&apos;s USB adapter.</source>
        <translation>Ingen seriel port fundet: sæt målerens USB-adapter i.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the port of the meter&apos;s adapter.</source>
        <translation>Vælg porten for målerens adapter.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The adapter used last (%1) is not plugged in; it is selected as soon as it appears.</source>
        <translation>Den senest brugte adapter (%1) er ikke sat i; den vælges, så snart den dukker op.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You may not have permission to open %1: see the note above.</source>
        <translation>Du har måske ikke tilladelse til at åbne %1: se bemærkningen ovenfor.</translation>
    </message>
</context>
<context>
    <name>han::ui::SessionController</name>
    <message>
        <location filename="../ui/session_controller.cpp" line="+189"/>
        <source>Preparing the simulated meter: writing its last day of history…</source>
        <translation>Forbereder den simulerede måler: skriver dens seneste døgns historik…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the simulated meter: writing %1 days of its history…</source>
        <translation>Forbereder den simulerede måler: skriver %1 dages historik…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The simulated meter&apos;s history could not be written: %1</source>
        <translation>Den simulerede målers historik kunne ikke skrives: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Simulated meter</source>
        <translation>Simuleret måler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replay of %1</source>
        <translation>Afspilning af %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Serial port %1</source>
        <translation>Seriel port %1</translation>
    </message>
</context>
<context>
    <name>han::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="+74"/>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Meter</source>
        <translation>&amp;Måler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;House</source>
        <translation>&amp;Hus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;apacity</source>
        <translation>Kapa&amp;citet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ppearance</source>
        <translation>&amp;Udseende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Startup</source>
        <translation>&amp;Opstart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the meter&apos;s clock and values are read</source>
        <translation>Hvordan målerens ur og værdier læses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main fuse and grid type</source>
        <translation>Hovedsikring og nettype</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The grid company&apos;s capacity fee: its steps, prices and warning</source>
        <translation>Netselskabets kapacitetsbetaling: trin, priser og advarsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours, language and notifications</source>
        <translation>Farver, sprog og notifikationer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording in the background, start at login, history file</source>
        <translation>Optagelse i baggrunden, start ved login, historikfil</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Main fuse</source>
        <translation>Hovedsikring</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The rating of the main fuse or breaker, in amperes (%1 to %2 A)</source>
        <translation>Hovedsikringens eller hovedafbryderens størrelse i ampere (%1 til %2 A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main &amp;fuse:</source>
        <translation>Hoved&amp;sikring:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The main fuse limits how much the house can draw at once. The Live view draws each phase&apos;s current against it. Its size is printed on the main breaker in the fuse box and on the grid company&apos;s invoice.</source>
        <translation>Hovedsikringen begrænser, hvor meget huset kan trække på én gang. Visningen Live tegner hver fases strøm i forhold til den. Dens størrelse står på hovedafbryderen i eltavlen og på netselskabets regning.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Grid</source>
        <translation>Net</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;TN: 230 V from each phase to neutral, 400 V between phases</source>
        <translation>&amp;TN: 230 V fra hver fase til nul, 400 V mellem faserne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;IT: 230 V between phases, no neutral</source>
        <translation>&amp;IT: 230 V mellem faserne, intet nul</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The most the main fuse lets the house draw: 3 × 230 V × the fuse on TN, √3 × 230 V × the fuse on IT</source>
        <translation>Det meste, hovedsikringen lader huset trække: 3 × 230 V × sikringen på TN, √3 × 230 V × sikringen på IT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TN is the usual grid in Denmark, Sweden and newer Norwegian houses. IT is common in Norway, above all in older houses. An electrician or the grid company can tell.</source>
        <translation>TN er det almindelige net i Danmark, Sverige og nyere norske huse. IT er udbredt i Norge, især i ældre huse. En elinstallatør eller netselskabet kan oplyse det.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Colours</source>
        <translation>Farver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ystem: as the desktop</source>
        <translation>S&amp;ystem: som skrivebordet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Lyse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>Mør&amp;ke</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>System uses the colours the desktop gave HAN Monitor when it started.</source>
        <translation>System bruger de farver, skrivebordet gav HAN Monitor, da programmet startede.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language</source>
        <translation>Systemets sprog</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>La&amp;nguage:</source>
        <translation>S&amp;prog:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new language takes effect when HAN Monitor is started again.</source>
        <translation>Et nyt sprog træder i kraft, når HAN Monitor startes igen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notifications</source>
        <translation>Notifikationer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notify me when the house starts or stops e&amp;xporting</source>
        <translation>Giv &amp;besked, når huset begynder eller holder op med at eksportere</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When solar production starts to exceed what the house uses, and when it stops</source>
        <translation>Når solcelleproduktionen begynder at overstige husets forbrug, og når den holder op</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The messages appear as desktop notifications.</source>
        <translation>Meddelelserne vises som skrivebordsnotifikationer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desktop has no notification service: the messages will appear in the HAN Monitor window instead.</source>
        <translation>Dette skrivebord har ingen notifikationstjeneste: meddelelserne vises i stedet i HAN Monitor-vinduet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a &amp;test notification</source>
        <translation>Send en &amp;testnotifikation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No desktop notification could be shown; the window will show: “%1”</source>
        <translation>Der kunne ikke vises nogen skrivebordsnotifikation; vinduet vil vise: »%1«</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Recording</source>
        <translation>Optagelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep recording in the system tray when the window is closed</source>
        <translation>&amp;Fortsæt optagelsen i systembakken, når vinduet lukkes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start HAN Monitor when I &amp;log in</source>
        <translation>Start HAN Monitor, når jeg &amp;logger ind</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writes %1</source>
        <translation>Skriver %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history then has no holes. Quit from the File menu or the tray icon to stop recording.</source>
        <translation>Så har historikken ingen huller. Afslut fra menuen Filer eller fra ikonet i systembakken for at stoppe optagelsen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history then has no holes. This desktop shows no system tray at the moment, so closing the window quits HAN Monitor.</source>
        <translation>Så har historikken ingen huller. Dette skrivebord viser ingen systembakke i øjeblikket, så når vinduet lukkes, afsluttes HAN Monitor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>HAN Monitor then starts in the system tray when you log in and goes on recording where it left off.</source>
        <translation>HAN Monitor starter så i systembakken, når du logger ind, og fortsætter optagelsen, hvor den slap.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The SQLite file with every reading; han-cli uses the same one</source>
        <translation>SQLite-filen med alle målinger; han-cli bruger den samme</translation>
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
        <translation>Der kan vælges en anden fil ved start: han-monitor --db PATH. Lav en kopi med Filer &gt; Sikkerhedskopiér historik.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the simulated meter %1</source>
        <translation>den simulerede måler %1</translation>
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
        <translation>%1 A på %2: op til %3</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Start at Login</source>
        <translation>Start ved login</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>HAN Monitor</source>
        <translation>HAN Monitor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is how HAN Monitor tells you that the house started or stopped exporting.</source>
        <translation>Sådan giver HAN Monitor dig besked om, at huset er begyndt eller holdt op med at eksportere.</translation>
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
        <translation>Kamstrup (Danmark), effekt og energi pr. fase</translation>
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
        <translation>Hvilken måler den simulerede husstand har: listerne, hvornår de sendes, og deres skalering er som hos det mærke</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Encrypted, as Danish meters send</source>
        <translation>&amp;Krypteret, som danske målere sender</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The simulated meter encrypts with these published test keys, which the app uses by itself:
encryption key %1
authentication key %2</source>
        <translation>Den simulerede måler krypterer med disse offentliggjorte testnøgler, som programmet selv bruger:
krypteringsnøgle %1
godkendelsesnøgle %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This meter sends with even parity (8E1). With the parity on Auto the app finds it by itself within half a minute.</source>
        <translation>Denne måler sender med lige paritet (8E1). Med pariteten på Auto finder programmet den selv inden for et halvt minut.</translation>
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
        <translation>Nettoeffekt i dag: import minus eksport fra målerens liste 1, over nul, når huset trækker fra nettet, og under nul, når det eksporterer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Net power (kW)</source>
        <translation>Nettoeffekt (kW)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drawing from the grid</source>
        <translation>Trækker fra nettet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting to the grid</source>
        <translation>Eksporterer til nettet</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Export now</source>
        <translation>Eksport lige nu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active power the house exports to the grid now, from the meter&apos;s List 1 (every 10 s)</source>
        <translation>Aktiv effekt, som huset eksporterer til nettet lige nu, fra målerens liste 1 (hvert 10. s)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting while the meter&apos;s List 1 shows more than %1 going out and more going out than coming in; otherwise drawing from the grid</source>
        <translation>Eksporterer, når målerens liste 1 viser mere end %1 ud og mere ud end ind; ellers trækker huset fra nettet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chart shows the net power since midnight: above zero the house draws from the grid, below zero it exports.</source>
        <translation>Diagrammet viser nettoeffekten siden midnat: over nul trækker huset fra nettet, under nul eksporterer det.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exported</source>
        <translation>Eksporteret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Importeret</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Denne måned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>whole hours from the meter&apos;s hourly registers (List 2), the hour in progress from List 1 power</source>
        <translation>hele timer fra målerens timeregistre (liste 2), den igangværende time fra effekten i liste 1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Energy exported to the grid today since local midnight: %1</source>
        <translation>Energi eksporteret til nettet i dag siden midnat lokal tid: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy drawn from the grid today since local midnight: %1</source>
        <translation>Energi trukket fra nettet i dag siden midnat lokal tid: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy exported to the grid this month since the 1st: %1</source>
        <translation>Energi eksporteret til nettet i denne måned siden den 1.: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy drawn from the grid this month since the 1st: %1</source>
        <translation>Energi trukket fra nettet i denne måned siden den 1.: %1</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>The house started exporting %1 to the grid</source>
        <translation>Huset er begyndt at eksportere %1 til nettet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The house stopped exporting and draws %1 from the grid</source>
        <translation>Huset er holdt op med at eksportere og trækker %1 fra nettet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting for readings from the meter</source>
        <translation>Venter på målinger fra måleren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exporting %1 to the grid</source>
        <translation>Eksporterer %1 til nettet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drawing %1 from the grid</source>
        <translation>Trækker %1 fra nettet</translation>
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
        <translation>Føl&amp;g live</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the newest reading at the right edge; moving or zooming the charts turns this off</source>
        <translation>Hold den nyeste måling ved højre kant; hvis diagrammerne flyttes eller zoomes, slås dette fra</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Start of the range, local time</source>
        <translation>Tidsrummets start, lokal tid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of the range, local time</source>
        <translation>Tidsrummets slutning, lokal tid</translation>
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
        <translation>A&amp;nvend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this range from the history</source>
        <translation>Vis dette tidsrum fra historikken</translation>
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
        <translation>&amp;Afslut (stopper optagelsen)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>HAN Monitor — recording</source>
        <translation>HAN Monitor — optager</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HAN Monitor — exporting %1</source>
        <translation>HAN Monitor — eksporterer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HAN Monitor — drawing %1</source>
        <translation>HAN Monitor — trækker %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simulated meter</source>
        <translation>Simuleret måler</translation>
    </message>
</context>
</TS>
