<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>BackupCommand</name>
    <message>
        <location filename="../app/han-cli/backup_command.cpp" line="+18"/>
        <source>Writes a consistent copy of the history database, also while it is recording.</source>
        <translation>Skriver en konsistent kopia av historikdatabasen, även medan registreringen pågår.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history database (default: the one HAN Monitor uses).</source>
        <translation>Historikdatabasen (standard: den som HAN Monitor använder).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to write the copy (must not exist yet).</source>
        <translation>Var kopian ska skrivas (får inte finnas redan).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no backup file given</source>
        <translation>ingen fil för säkerhetskopian angiven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give exactly one backup file</source>
        <translation>ange exakt en fil för säkerhetskopian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--db needs a path</source>
        <translation>--db kräver en sökväg</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>backed up %1 to %2 (%3 MB)</source>
        <translation>säkerhetskopierade %1 till %2 (%3 MB)</translation>
    </message>
</context>
<context>
    <name>CapacityCommand</name>
    <message>
        <location filename="../app/han-cli/capacity_command.cpp" line="+57"/>
        <source>Shows a month&apos;s capacity tariff from the history: the three highest hourly imports, each on a different day, their average and the step it falls in. These are estimates from the meter&apos;s HAN port; the grid company bills from its own metering data.</source>
        <translation>Visar en månads effektavgift från historiken: de tre timmarna med högst import, var och en på en egen dag, deras medelvärde och det effektsteg som medelvärdet hamnar i. Det är uppskattningar från mätarens HAN-port; nätbolaget fakturerar efter sina egna mätdata.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The history database (default: the one HAN Monitor uses).</source>
        <translation>Historikdatabasen (standard: den som HAN Monitor använder).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meter; needed when the database holds more than one.</source>
        <translation>Mätaren; behövs när databasen innehåller mer än en.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The local calendar month (default: the current one).</source>
        <translation>Den lokala kalendermånaden (standard: den aktuella).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>text (default, for people) or json.</source>
        <translation>text (standard, för människor) eller json.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave out hours whose energy is suspect or estimated (a missing or odd hourly list).</source>
        <translation>Utelämna timmar vars energi är misstänkt eller uppskattad (en saknad eller avvikande timlista).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The time zone of the days, e.g. Europe/Oslo (default: the system&apos;s).</source>
        <translation>Tidszonen för dagarna, t.ex. Europe/Stockholm (standard: systemets).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Store your grid company&apos;s steps in the history first, FROM-TO:PRICE per step, the last open-ended, e.g. &quot;0-2:415;2-5:655;5-10:1040;10-:1530&quot; (kW, price per month).</source>
        <translation>Spara först ditt nätbolags effektsteg i historiken, FRÅN-TILL:PRIS per steg, det sista utan övre gräns, t.ex. &quot;0-2:415;2-5:655;5-10:1040;10-:1530&quot; (kW, pris per månad).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>oväntat argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown format &apos;%1&apos; (use text or json)</source>
        <translation>okänt format &apos;%1&apos; (använd text eller json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown time zone &apos;%1&apos; (use a name like Europe/Oslo)</source>
        <translation>okänd tidszon &apos;%1&apos; (använd ett namn som Europe/Stockholm)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--month &apos;%1&apos; is not a month like 2026-10</source>
        <translation>--month &apos;%1&apos; är inte en månad som 2026-10</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--set-steps: %1</source>
        <translation>--set-steps: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--db needs a path</source>
        <translation>--db kräver en sökväg</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>capacity steps saved in %1: %2</source>
        <translation>effektstegen sparade i %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>%1 holds no meters</source>
        <translation>%1 innehåller inga mätare</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 holds no meter &apos;%2&apos;; its meters: %3</source>
        <translation>%1 innehåller ingen mätare &apos;%2&apos;; dess mätare: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 holds several meters; choose one with --meter: %2</source>
        <translation>%1 innehåller flera mätare; välj en med --meter: %2</translation>
    </message>
</context>
<context>
    <name>CapacityLadder</name>
    <message>
        <location filename="../core/analysis/capacity_ladder.cpp" line="+41"/>
        <source>A capacity ladder needs at least one step.</source>
        <translation>Effekttariffen behöver minst ett effektsteg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first step must start at 0 kW.</source>
        <translation>Det första steget måste börja på 0 kW.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The price of step %1 must be a number of at least 0.</source>
        <translation>Priset för steg %1 måste vara ett tal som är minst 0.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The last step must have no upper limit.</source>
        <translation>Det sista steget får inte ha någon övre gräns.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the last step may have no upper limit.</source>
        <translation>Bara det sista steget får vara utan övre gräns.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1 must end above where it starts (%2 kW).</source>
        <translation>Steg %1 måste sluta ovanför där det börjar (%2 kW).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step %1 must start where step %2 ends (%3 kW).</source>
        <translation>Steg %1 måste börja där steg %2 slutar (%3 kW).</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>&quot;%1&quot; is not a step: write FROM-TO:PRICE, e.g. 2-5:655, or FROM-:PRICE for the top step.</source>
        <translation>&quot;%1&quot; är inget steg: skriv FRÅN-TILL:PRIS, t.ex. 2-5:655, eller FRÅN-:PRIS för det översta steget.</translation>
    </message>
</context>
<context>
    <name>CapacityReport</name>
    <message>
        <location filename="../app/han-cli/capacity_report.cpp" line="+35"/>
        <source>%1 to %2 kW</source>
        <translation>%1 till %2 kW</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 kW and above</source>
        <translation>%1 kW och uppåt</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Capacity tariff %1, meter %2, time zone %3</source>
        <translation>Effektavgift %1, mätare %2, tidszon %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No hours of data in this month.</source>
        <translation>Inga timmar med data den här månaden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highest hours, each on a different day:</source>
        <translation>De högsta timmarna, var och en på en egen dag:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(estimated)</source>
        <translation>(uppskattad)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(suspect)</source>
        <translation>(misstänkt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Average of the highest days: %1 kW</source>
        <translation>Medelvärde av de högsta dagarna: %1 kW</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step: %1, %2 kr per month</source>
        <translation>Effektsteg: %1, %2 kr per månad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This hour (from %1): %2 kWh so far, %3 kWh by its end at the present power</source>
        <translation>Den här timmen (från %1): %2 kWh hittills, %3 kWh vid timmens slut med nuvarande effekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left before the month reaches %1 kW: %2 kWh this hour, %3 kW on average for the rest of it</source>
        <translation>Kvar innan månaden når %1 kW: %2 kWh den här timmen, %3 kW i genomsnitt under resten av timmen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning: at the present power this hour moves the month up to %1.</source>
        <translation>Varning: med nuvarande effekt flyttar den här timmen upp månaden till %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suspect or estimated hours left out: %1</source>
        <translation>Misstänkta eller uppskattade timmar som utelämnats: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps (change with --set-steps): %1</source>
        <translation>Effektsteg (ändra med --set-steps): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These figures are estimates from the meter&apos;s HAN port; the grid company bills from its own metering data.</source>
        <translation>Siffrorna är uppskattningar från mätarens HAN-port; nätbolaget fakturerar efter sina egna mätdata.</translation>
    </message>
</context>
<context>
    <name>CapacityText</name>
    <message>
        <location filename="../ui/capacity_text.cpp" line="+34"/>
        <source>%1 kW and above</source>
        <translation>%1 kW och över</translation>
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
        <translation>%1/månad</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This hour will raise the capacity step</source>
        <translation>Den här timmen kommer att höja effektsteget</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>At the present %1 this hour will reach %2 and lift this month&apos;s capacity step from %3 to %4 (+%5).</source>
        <translation>Med nuvarande effekt på %1 kommer den här timmen att nå %2 och höja månadens effektsteg från %3 till %4 (+%5).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use as little as you can for the rest of the hour.</source>
        <translation>Använd så lite som möjligt resten av timmen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use less than %1 for the rest of the hour to stay in the current step.</source>
        <translation>Använd mindre än %1 resten av timmen för att stanna i nuvarande steg.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This month is in the top step (%1): no hour can raise it further.</source>
        <translation>Den här månaden ligger i översta steget (%1): ingen timme kan höja det mer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This hour has used all it can without raising the month&apos;s step.</source>
        <translation>Den här timmen har använt allt den kan utan att höja månadens steg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last minute</source>
        <translation>den sista minuten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the remaining %1 minutes</source>
        <translation>de återstående %1 minuterna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can still use %1 this hour: %2 on average for %3, and stay in the %4 step.</source>
        <translation>Du kan fortfarande använda %1 den här timmen: %2 i genomsnitt under %3, och stanna i steget %4.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/han-cli/command_line.cpp" line="+9"/>
        <source>Show this help.</source>
        <translation>Visa den här hjälpen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>usage: %1</source>
        <translation>användning: %1</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <location filename="../core/export/csv_exporter.cpp" line="+125"/>
        <location line="+100"/>
        <source>Could not write %1: %2</source>
        <translation>Kunde inte skriva %1: %2</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Nothing exported to %1: no meter was chosen.</source>
        <translation>Inget exporterades till %1: ingen mätare valdes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing exported to %1: the first day must not be after the last.</source>
        <translation>Inget exporterades till %1: den första dagen får inte vara efter den sista.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not create %1: %2</source>
        <translation>Kunde inte skapa %1: %2</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Export to %1 cancelled.</source>
        <translation>Exporten till %1 avbröts.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Could not export to %1: reading the history failed: %2</source>
        <translation>Kunde inte exportera till %1: det gick inte att läsa historiken: %2</translation>
    </message>
</context>
<context>
    <name>DecodeCommand</name>
    <message>
        <location filename="../app/han-cli/decode_command.cpp" line="+63"/>
        <source>rejected frame at byte %1: %2</source>
        <translation>avvisad ram vid byte %1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%L1 list decoded</source>
        <translation>%L1 lista avkodad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 lists decoded</source>
        <translation>%L1 listor avkodade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 frame rejected</source>
        <translation>%L1 ram avvisad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 frames rejected</source>
        <translation>%L1 ramar avvisade</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%L1 byte skipped</source>
        <translation>%L1 byte hoppades över</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 bytes skipped</source>
        <translation>%L1 byte hoppades över</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%L1 character of text input ignored</source>
        <translation>%L1 tecken i textindata ignorerades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 characters of text input ignored</source>
        <translation>%L1 tecken i textindata ignorerades</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%L1 frame is encrypted: give the two keys from your grid company with --key and --auth-key</source>
        <translation>%L1 ram är krypterad: ange de två nycklarna från ditt elnätsbolag med --key och --auth-key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 frames are encrypted: give the two keys from your grid company with --key and --auth-key</source>
        <translation>%L1 ramar är krypterade: ange de två nycklarna från ditt elnätsbolag med --key och --auth-key</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>authentication failed for %L1 frame — check the keys from your grid company</source>
        <translation>autentiseringen misslyckades för %L1 ram — kontrollera nycklarna från ditt elnätsbolag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authentication failed for %L1 frames — check the keys from your grid company</source>
        <translation>autentiseringen misslyckades för %L1 ramar — kontrollera nycklarna från ditt elnätsbolag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%L1 encrypted frame repeated an old frame counter and was ignored (replay)</source>
        <translation>%L1 krypterad ram upprepade en gammal ramräknare och ignorerades (replay)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 encrypted frames repeated old frame counters and were ignored (replay)</source>
        <translation>%L1 krypterade ramar upprepade gamla ramräknare och ignorerades (replay)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Decodes a Kamstrup HAN byte stream (raw bytes, hex text or a serial-monitor log) into meter readings.</source>
        <translation>Avkodar en HAN-byteström från Kamstrup (råa byte, hextext eller en logg från en seriell monitor) till mätvärden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Input format: raw, hex, log or auto (default).</source>
        <translation>Indataformat: raw, hex, log eller auto (standard).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output format: jsonl (default), csv or text.</source>
        <translation>Utdataformat: jsonl (standard), csv eller text.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also report every rejected frame.</source>
        <translation>Rapportera även varje avvisad ram.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Decrypt with the meter keys stored for the adapter on serial device DEV (as entered in the app). Default: the keys stored for FILE, else the only ones stored.</source>
        <translation>Dekryptera med mätarnycklarna som sparats för adaptern på serieporten DEV (så som de angavs i appen). Standard: nycklarna som sparats för FILE, annars de enda som finns sparade.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The capture to decode, or - for standard input.</source>
        <translation>Inspelningen som ska avkodas, eller - för standardindata.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown input format &apos;%1&apos; (use raw, hex, log or auto)</source>
        <translation>okänt indataformat &apos;%1&apos; (använd raw, hex, log eller auto)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown output format &apos;%1&apos; (use jsonl, csv or text)</source>
        <translation>okänt utdataformat &apos;%1&apos; (använd jsonl, csv eller text)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no input file given</source>
        <translation>ingen indatafil angiven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only one input file can be decoded at a time</source>
        <translation>bara en indatafil kan avkodas åt gången</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read &apos;%1&apos;: it is a folder, not a file</source>
        <translation>kan inte läsa &apos;%1&apos;: det är en mapp, inte en fil</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+31"/>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>kan inte läsa &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>EnergySummary</name>
    <message>
        <location filename="../ui/energy_summary.cpp" line="+55"/>
        <source>No hour of this period has ended yet.</source>
        <translation>Ingen timme i den här perioden har avslutats än.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No data was recorded in this period.</source>
        <translation>Inga data registrerades under den här perioden.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>All %Ln hour(s) measured.</source>
        <translation>
            <numerusform>%Ln timme uppmätt.</numerusform>
            <numerusform>Alla %Ln timmar uppmätta.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 measured</source>
        <translation>uppmätta: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 estimated</source>
        <translation>uppskattade: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 suspect</source>
        <translation>misstänkta: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 missing</source>
        <translation>saknade: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln hour(s): %1.</source>
        <translation>
            <numerusform>%Ln timme – %1.</numerusform>
            <numerusform>%Ln timmar – %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/han-cli/export_command.cpp" line="+86"/>
        <source>exporting to %1: %2%</source>
        <translation>exporterar till %1: %2%</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Exports one meter&apos;s history as CSV: every reading (raw), the energy of each hour (hourly) or of each day (daily), for local calendar days.</source>
        <translation>Exporterar en mätares historik som CSV: varje mätvärde (raw), energin per timme (hourly) eller per dag (daily), för lokala kalenderdagar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history database (default: the one HAN Monitor uses).</source>
        <translation>Historikdatabasen (standard: den som HAN Monitor använder).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The meter to export; needed when the database holds more than one.</source>
        <translation>Mätaren som ska exporteras; behövs när databasen innehåller mer än en.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first local day to export (included).</source>
        <translation>Den första lokala dagen som exporteras (inkluderad).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last local day to export (included).</source>
        <translation>Den sista lokala dagen som exporteras (inkluderad).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>raw (every reading), hourly or daily.</source>
        <translation>raw (varje mätvärde), hourly eller daily.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rfc4180 (default: &apos;,&apos; and &apos;.&apos;) or nordic (&apos;;&apos;, decimal comma, for Excel set to Norwegian, Danish or Swedish).</source>
        <translation>rfc4180 (standard: &apos;,&apos; och &apos;.&apos;) eller nordic (&apos;;&apos;, decimalkomma, för Excel inställt på norska, danska eller svenska).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The time zone of the local times and days, e.g. Europe/Oslo (default: the system&apos;s).</source>
        <translation>Tidszonen för de lokala tiderna och dagarna, t.ex. Europe/Stockholm (standard: systemets).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file to write, or - for standard output (the default).</source>
        <translation>Filen som ska skrivas, eller - för standardutdata (förval).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>oväntat argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--%1 is required</source>
        <translation>--%1 krävs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--from &apos;%1&apos; is not a date like 2026-10-25</source>
        <translation>--from &apos;%1&apos; är inte ett datum som 2026-10-25</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--to &apos;%1&apos; is not a date like 2026-10-25</source>
        <translation>--to &apos;%1&apos; är inte ett datum som 2026-10-25</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--to %1 is before --from %2</source>
        <translation>--to %1 är före --from %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown resolution &apos;%1&apos; (use raw, hourly or daily)</source>
        <translation>okänd upplösning &apos;%1&apos; (använd raw, hourly eller daily)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown dialect &apos;%1&apos; (use rfc4180 or nordic)</source>
        <translation>okänd dialekt &apos;%1&apos; (använd rfc4180 eller nordic)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown time zone &apos;%1&apos; (use a name like Europe/Oslo)</source>
        <translation>okänd tidszon &apos;%1&apos; (använd ett namn som Europe/Stockholm)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--out %1 is the database itself</source>
        <translation>--out %1 är själva databasen</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+10"/>
        <source>%1 holds no meters</source>
        <translation>%1 innehåller inga mätare</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 holds no meter &apos;%2&apos;; its meters: %3</source>
        <translation>%1 innehåller ingen mätare &apos;%2&apos;; dess mätare: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 holds several meters; choose one with --meter: %2</source>
        <translation>%1 innehåller flera mätare; välj en med --meter: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>could not write to standard output: %1</source>
        <translation>kunde inte skriva till standardutdata: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>standard output</source>
        <translation>standardutdata</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%L1 row written to %2</source>
        <translation>%L1 rad skriven till %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 rows written to %2</source>
        <translation>%L1 rader skrivna till %2</translation>
    </message>
</context>
<context>
    <name>ExportRange</name>
    <message>
        <location filename="../ui/export_range.cpp" line="+46"/>
        <source>Today</source>
        <translation>Idag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday</source>
        <translation>Igår</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This month</source>
        <translation>Denna månad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last month</source>
        <translation>Förra månaden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This year</source>
        <translation>Detta år</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All</source>
        <translation>Allt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custom</source>
        <translation>Anpassat</translation>
    </message>
</context>
<context>
    <name>HistoryDatabase</name>
    <message>
        <location filename="../core/storage/history_database.cpp" line="+78"/>
        <source>No history file was given.</source>
        <translation>Ingen historikfil angavs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a folder, not a history file.</source>
        <translation>%1 är en mapp, inte en historikfil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qt&apos;s SQLite driver is not installed, so the history in %1 cannot be opened. On Debian or Ubuntu, install the package libqt6sql6-sqlite.</source>
        <translation>Qt:s SQLite-drivrutin är inte installerad, så historiken i %1 kan inte öppnas. På Debian eller Ubuntu installerar du paketet libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 does not exist: no history has been recorded there.</source>
        <translation>%1 finns inte: ingen historik har registrerats där.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 cannot be created, so the history cannot be kept in %2. Choose another place for it.</source>
        <translation>Mappen %1 kan inte skapas, så historiken kan inte sparas i %2. Välj en annan plats för den.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder %1 is read-only, so the history %2 cannot be written there. Choose another place for it, or make the folder writable.</source>
        <translation>Mappen %1 är skrivskyddad, så historiken %2 kan inte skrivas där. Välj en annan plats för den, eller gör mappen skrivbar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is read-only, so new readings cannot be saved in it.</source>
        <translation>%1 är skrivskyddad, så nya mätvärden kan inte sparas i den.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 was written by a newer version of HAN Monitor (history format %2; this version reads up to %3). It was left untouched: update HAN Monitor to open it.</source>
        <translation>%1 skrevs av en nyare version av HAN Monitor (historikformat %2; den här versionen läser upp till %3). Filen lämnades orörd: uppdatera HAN Monitor för att öppna den.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is empty: no history has been recorded in it yet.</source>
        <translation>%1 är tom: ingen historik har registrerats i den än.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is in an older history format (%2). Open it once in HAN Monitor or with han-cli import to bring it up to date.</source>
        <translation>%1 har ett äldre historikformat (%2). Öppna den en gång i HAN Monitor eller med han-cli import för att uppdatera den.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is not a HAN Monitor history: it is a database of another program. It was left untouched; choose another file for the history.</source>
        <translation>%1 är ingen historik från HAN Monitor utan en databas från ett annat program. Den lämnades orörd; välj en annan fil för historiken.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is damaged: its format version is missing. It was left untouched; restore it from a backup or choose another file.</source>
        <translation>%1 är skadad: dess formatversion saknas. Den lämnades orörd; återställ den från en säkerhetskopia eller välj en annan fil.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 cannot be switched to write-ahead logging (the file system may not support it). Choose a folder on a local disk.</source>
        <translation>%1 kan inte ställas om till write-ahead-loggning (filsystemet stöder det kanske inte). Välj en mapp på en lokal disk.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 could not be prepared for the history: %2</source>
        <translation>%1 kunde inte förberedas för historiken: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no room left for the history in %1: the disk is full (or the file reached its size limit). New readings are not being saved; the readings saved so far are kept. Free some disk space.</source>
        <translation>Det finns inget utrymme kvar för historiken i %1: disken är full (eller filen har nått sin storleksgräns). Nya mätvärden sparas inte; de mätvärden som redan sparats finns kvar. Frigör diskutrymme.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be written: the file or its folder is read-only. New readings are not being saved.</source>
        <translation>%1 kan inte skrivas: filen eller dess mapp är skrivskyddad. Nya mätvärden sparas inte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is in use by another program that did not let go of it within %2 seconds. Try again when it has finished.</source>
        <translation>%1 används av ett annat program som inte släppte den inom %2 sekunder. Försök igen när det programmet är klart.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be opened: its folder is missing or you do not have permission to use it.</source>
        <translation>%1 kan inte öppnas: dess mapp saknas eller så har du inte behörighet att använda den.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is damaged or is not a HAN Monitor history (%2). It was left untouched; restore it from a backup or choose another file.</source>
        <translation>%1 är skadad eller är ingen historik från HAN Monitor (%2). Den lämnades orörd; återställ den från en säkerhetskopia eller välj en annan fil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk reported an error while using %1 (%2). The readings saved so far are kept.</source>
        <translation>Disken rapporterade ett fel när %1 användes (%2). De mätvärden som redan sparats finns kvar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history %1 could not be used: %2</source>
        <translation>Historiken %1 kunde inte användas: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give a file name for the backup, not a folder.</source>
        <translation>Ange ett filnamn för säkerhetskopian, inte en mapp.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already exists; the backup was not written. Choose a new file name.</source>
        <translation>%1 finns redan; säkerhetskopian skrevs inte. Välj ett nytt filnamn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finns inte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup cannot be written to %1: %2</source>
        <translation>Säkerhetskopian kan inte skrivas till %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The backup %1 could not be written: the disk is full or failed (%2).</source>
        <translation>Säkerhetskopian %1 kunde inte skrivas: disken är full eller har fått ett fel (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup %1 could not be written: %2</source>
        <translation>Säkerhetskopian %1 kunde inte skrivas: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup %1 could not be saved to the disk.</source>
        <translation>Säkerhetskopian %1 kunde inte sparas på disken.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup could not be given its name %1.</source>
        <translation>Säkerhetskopian kunde inte döpas till %1.</translation>
    </message>
</context>
<context>
    <name>HistoryReader</name>
    <message>
        <location filename="../core/storage/history_reader.cpp" line="+39"/>
        <source>The history is not open.</source>
        <translation>Historiken är inte öppen.</translation>
    </message>
</context>
<context>
    <name>HistoryWriter</name>
    <message>
        <location filename="../core/storage/history_writer.cpp" line="+467"/>
        <source>1 reading waiting to be saved could not be kept.</source>
        <translation>1 mätvärde som väntade på att sparas kunde inte behållas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 readings waiting to be saved could not be kept.</source>
        <translation>%L1 mätvärden som väntade på att sparas kunde inte behållas.</translation>
    </message>
    <message>
        <location line="+84"/>
        <location line="+116"/>
        <location line="+65"/>
        <source>The history is not open.</source>
        <translation>Historiken är inte öppen.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../app/han-cli/import_command.cpp" line="+65"/>
        <source>importing %1: %2%</source>
        <translation>importerar %1: %2%</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Decodes a captured HAN byte stream into the history database.</source>
        <translation>Avkodar en inspelad HAN-byteström till historikdatabasen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history database (default: the one HAN Monitor uses).</source>
        <translation>Historikdatabasen (standard: den som HAN Monitor använder).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Input format: raw, hex, log or auto (default).</source>
        <translation>Indataformat: raw, hex, log eller auto (standard).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How the meter&apos;s clock runs: dst (Norwegian time with daylight saving) or standard (UTC+1 all year). Remembered for the meter; default: what the history knows about the meter, else dst.</source>
        <translation>Hur mätarens klocka går: dst (norsk tid med sommartid, som svensk tid) eller standard (UTC+1 hela året). Sparas för mätaren; förval: det historiken vet om mätaren, annars dst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The capture to import.</source>
        <translation>Inspelningen som ska importeras.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown input format &apos;%1&apos; (use raw, hex, log or auto)</source>
        <translation>okänt indataformat &apos;%1&apos; (använd raw, hex, log eller auto)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown clock mode &apos;%1&apos; (use dst or standard)</source>
        <translation>okänt klockläge &apos;%1&apos; (använd dst eller standard)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no capture file given</source>
        <translation>ingen inspelningsfil angiven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only one capture can be imported at a time</source>
        <translation>bara en inspelning kan importeras åt gången</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--db needs a path</source>
        <translation>--db kräver en sökväg</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read &apos;%1&apos;: it is a folder, not a file</source>
        <translation>kan inte läsa &apos;%1&apos;: det är en mapp, inte en fil</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+33"/>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>kan inte läsa &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%L1 list decoded</source>
        <translation>%L1 lista avkodad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 lists decoded</source>
        <translation>%L1 listor avkodade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 reading stored</source>
        <translation>%L1 mätvärde lagrat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 readings stored</source>
        <translation>%L1 mätvärden lagrade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 register snapshot</source>
        <translation>%L1 registeravläsning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 register snapshots</source>
        <translation>%L1 registeravläsningar</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>%L1 already in the history</source>
        <translation>%L1 fanns redan i historiken</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>%L1 without a usable time (not stored)</source>
        <translation>%L1 utan användbar tid (lagrades inte)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%L1 frame rejected</source>
        <translation>%L1 ram avvisad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 frames rejected</source>
        <translation>%L1 ramar avvisade</translation>
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
        <translation>Mätarens krypteringsnyckel från elnätsbolaget (GUEK, ”GPK60”): 32 hexadecimala siffror. För krypterade ramar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The meter&apos;s authentication key from the grid company (GAK, &quot;GPK61&quot;): 32 hex digits. Needs --key.</source>
        <translation>Mätarens autentiseringsnyckel från elnätsbolaget (GAK, ”GPK61”): 32 hexadecimala siffror. Kräver --key.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 takes 32 hex digits (0-9, A-F; spaces, colons and dashes between them are allowed), and the value has other characters</source>
        <translation>%1 tar 32 hexadecimala siffror (0-9, A-F; mellanslag, kolon och bindestreck mellan dem är tillåtna), och värdet har andra tecken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 takes 32 hex digits, and the value has %2</source>
        <translation>%1 tar 32 hexadecimala siffror, och värdet har %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--auth-key needs --key too: encrypted frames are decrypted with the encryption key</source>
        <translation>--auth-key kräver även --key: krypterade ramar dekrypteras med krypteringsnyckeln</translation>
    </message>
</context>
<context>
    <name>ListenCommand</name>
    <message>
        <location filename="../app/han-cli/listen_command.cpp" line="+64"/>
        <source>Decodes a live serial port and prints each reading as it comes; with --db also stores them in the history.</source>
        <translation>Avkodar en seriell port i realtid och skriver ut varje mätvärde när det kommer; med --db lagras de även i historiken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The serial device of the HAN adapter, e.g. /dev/ttyUSB0.</source>
        <translation>HAN-adapterns seriella enhet, t.ex. /dev/ttyUSB0.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none (Kamstrup, the default), even (Aidon, Kaifa) or auto (try the other after 25 s without a valid frame).</source>
        <translation>none (Kamstrup, standard), even (Aidon, Kaifa) eller auto (prova den andra efter 25 s utan giltig ram).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also record the raw bytes to FILE (.log: with timestamps, .hex: hex text, else raw).</source>
        <translation>Spela även in rådata till FILE (.log: med tidsstämplar, .hex: hextext, annars råa byte).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>jsonl, or text (one line per reading). Default: text on a terminal, else jsonl.</source>
        <translation>jsonl eller text (en rad per mätvärde). Standard: text i en terminal, annars jsonl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds without a valid frame before the link counts as silent (default 30).</source>
        <translation>Sekunder utan giltig ram innan förbindelsen räknas som tyst (standard 30).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also store the readings and link events in the history database PATH.</source>
        <translation>Lagra även mätvärdena och anslutningshändelserna i historikdatabasen PATH.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>oväntat argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--port is required</source>
        <translation>--port krävs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--db needs a path</source>
        <translation>--db kräver en sökväg</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown parity &apos;%1&apos; (use none, even or auto)</source>
        <translation>okänd paritet &apos;%1&apos; (använd none, even eller auto)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--no-data-timeout takes seconds between 0 and 3600</source>
        <translation>--no-data-timeout tar sekunder mellan 0 och 3600</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown output format &apos;%1&apos; (use jsonl or text)</source>
        <translation>okänt utdataformat &apos;%1&apos; (använd jsonl eller text)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>storing the history in %1</source>
        <translation>lagrar historiken i %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the history is being written again</source>
        <translation>historiken skrivs igen</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%Ln reading(s)</source>
        <translation>
            <numerusform>%Ln mätvärde</numerusform>
            <numerusform>%Ln mätvärden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 B received</source>
        <translation>%L1 B mottagna</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln frame(s) rejected</source>
        <translation>
            <numerusform>%Ln ram avvisad</numerusform>
            <numerusform>%Ln ramar avvisade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln reconnect(s)</source>
        <translation>
            <numerusform>%Ln återanslutning</numerusform>
            <numerusform>%Ln återanslutningar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeterCommand</name>
    <message>
        <location filename="../app/han-cli/meter_command.cpp" line="+33"/>
        <source>Power of ten added to the powers (W, var): -1 for a meter that reports ten times too much.</source>
        <translation>Tiopotens som läggs till effekterna (W, var): -1 för en mätare som rapporterar tio gånger för mycket.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Power of ten added to the currents: -1 for mA instead of 0.01 A (CT meters).</source>
        <translation>Tiopotens som läggs till strömmarna: -1 för mA i stället för 0,01 A (CT-mätare).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Power of ten added to the voltages.</source>
        <translation>Tiopotens som läggs till spänningarna.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power of ten added to the energy registers: -1 for Wh instead of 10 Wh (Swedish and Danish meters).</source>
        <translation>Tiopotens som läggs till energiregistren: -1 för Wh i stället för 10 Wh (svenska och danska mätare).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Shows the meters in the history and their settings, or changes the settings of meter ID (creating it when the history does not know it yet). A shift (-6 to 6) is a power of ten added to the units of the Norwegian data sheet. New readings are stored with the new settings; stored ones stay as they are.</source>
        <translation>Visar mätarna i historiken och deras inställningar, eller ändrar inställningarna för mätaren ID (och skapar den om historiken inte känner till den än). En förskjutning (-6 till 6) är en tiopotens som läggs till enheterna i det norska databladet. Nya mätvärden lagras med de nya inställningarna; redan lagrade förblir som de är.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The history database (default: the one HAN Monitor uses).</source>
        <translation>Historikdatabasen (standard: den som HAN Monitor använder).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How the meter&apos;s clock runs: dst (Norwegian time with daylight saving), standard (UTC+1 all year) or learned (from the computer&apos;s clock while listening).</source>
        <translation>Hur mätarens klocka går: dst (norsk tid med sommartid, som svensk tid), standard (UTC+1 hela året) eller learned (inlärd från datorns klocka under avlyssning).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The meter&apos;s number, as han-cli decode shows it.</source>
        <translation>Mätarens nummer, som han-cli decode visar det.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give one meter ID at most</source>
        <translation>ange högst ett mätar-ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the meter ID is empty</source>
        <translation>mätar-ID:t är tomt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--db needs a path</source>
        <translation>--db kräver en sökväg</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown clock mode &apos;%1&apos; (use dst, standard or learned)</source>
        <translation>okänt klockläge &apos;%1&apos; (använd dst, standard eller learned)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 takes a whole number from -%2 to %2, not &apos;%3&apos;</source>
        <translation>--%1 tar ett heltal från -%2 till %2, inte &apos;%3&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>say which meter to change: han-cli meter ID --%1 ...</source>
        <translation>ange vilken mätare som ska ändras: han-cli meter ID --%1 ...</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 holds no meters</source>
        <translation>%1 innehåller inga mätare</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 holds no meter &apos;%2&apos;</source>
        <translation>%1 innehåller ingen mätare &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>settings of meter %1 saved in %2</source>
        <translation>inställningarna för mätare %1 sparade i %2</translation>
    </message>
</context>
<context>
    <name>PortsCommand</name>
    <message>
        <location filename="../app/han-cli/ports_command.cpp" line="+13"/>
        <source>Lists the serial ports with description, manufacturer, VID:PID and serial number.</source>
        <translation>Listar de seriella portarna med beskrivning, tillverkare, VID:PID och serienummer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;ports&apos; takes no arguments</source>
        <translation>&apos;ports&apos; tar inga argument</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No serial ports found. Plug in the USB M-Bus adapter; it shows up as /dev/ttyUSB0 or similar.</source>
        <translation>Inga seriella portar hittades. Anslut USB-M-Bus-adaptern; den visas som /dev/ttyUSB0 eller liknande.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DESCRIPTION</source>
        <translation>BESKRIVNING</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MANUFACTURER</source>
        <translation>TILLVERKARE</translation>
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
        <translation>Visar hjälp om kommandoradens alternativ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displays help including Qt specific options.</source>
        <translation>Visar hjälp inklusive Qt-specifika alternativ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displays version information.</source>
        <translation>Visar versionsinformation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options:</source>
        <translation>Alternativ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments:</source>
        <translation>Argument:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage: %1</source>
        <translation>Användning: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[options]</source>
        <translation>[alternativ]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Okänt alternativ &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown options: %1.</source>
        <translation>Okända alternativ: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Värde saknas efter &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Oväntat värde efter &apos;%1&apos;.</translation>
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
        <translation>&amp;Stäng</translation>
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
        <translation>Stäng</translation>
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
        <translation>uppmätt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>estimated</source>
        <translation>uppskattad</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>suspect</source>
        <translation>misstänkt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Measured: the difference of the meter&apos;s own hourly registers (List 2) at the hour&apos;s start and end.</source>
        <translation>Uppmätt: skillnaden mellan mätarens egna timvisa mätarställningar (Lista 2) vid timmens början och slut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimated: an hourly List 2 was missing, so the energy was integrated from the power readings (List 1, every 10 s) and reconciled to the registers, so the day still adds up to what the meter counted.</source>
        <translation>Uppskattad: en timvis Lista 2 saknades, så energin integrerades från effektvärdena (Lista 1, var 10:e s) och stämdes av mot mätarställningarna, så att dygnet ändå summerar till det mätaren räknade.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Missing: no data was recorded for this hour (the app was not running or the meter was not connected).</source>
        <translation>Saknas: inga data registrerades för den här timmen (programmet var inte igång eller mätaren var inte ansluten).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suspect: the meter&apos;s registers were repeated, went backwards or jumped by more than a household can use in an hour; the value is shown as the registers say.</source>
        <translation>Misstänkt: mätarställningarna upprepades, gick bakåt eller hoppade mer än ett hushåll kan förbruka på en timme; värdet visas som mätarställningarna anger.</translation>
    </message>
</context>
<context>
    <name>SimulateCommand</name>
    <message>
        <location filename="../app/han-cli/simulate_command.cpp" line="+40"/>
        <source>clock follows DST</source>
        <translation>klockan följer sommartid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clock on standard time (UTC+1)</source>
        <translation>klockan på normaltid (UTC+1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>old firmware</source>
        <translation>gammal firmware</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new firmware</source>
        <translation>ny firmware</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>simulated meter %1, %2 phases, %3, %4, seed %5</source>
        <translation>simulerad mätare %1, %2 faser, %3, %4, slumpfrö %5</translation>
    </message>
    <message>
        <location filename="../app/han-cli/port_output.cpp" line="+36"/>
        <source>cannot open &apos;%1&apos;: %2. On Linux, serial ports belong to the &apos;dialout&apos; group: run &apos;sudo usermod -aG dialout $USER&apos;, then log out and in again; or another program has the port open.</source>
        <translation>kan inte öppna &apos;%1&apos;: %2. På Linux tillhör seriella portar gruppen &apos;dialout&apos;: kör &apos;sudo usermod -aG dialout $USER&apos; och logga sedan ut och in igen; eller så har ett annat program porten öppen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>cannot open &apos;%1&apos;: no such device</source>
        <translation>kan inte öppna &apos;%1&apos;: enheten finns inte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot open &apos;%1&apos;: %2</source>
        <translation>kan inte öppna &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot set &apos;%1&apos; to 2400 8E1: %2</source>
        <translation>kan inte ställa in &apos;%1&apos; på 2400 8E1: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot run &apos;%1&apos;: %2</source>
        <translation>kan inte köra ”%1”: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1 %2&apos; failed (exit code %3)</source>
        <translation>”%1 %2” misslyckades (slutkod %3)</translation>
    </message>
    <message>
        <location filename="../app/han-cli/simulate_command.cpp" line="+17"/>
        <source>cannot write &apos;%1&apos;: it is a folder, not a file</source>
        <translation>kan inte skriva &apos;%1&apos;: det är en mapp, inte en fil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>kan inte skriva &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../app/han-cli/simulate_request.cpp" line="+27"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>oväntat argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give either --out FILE or -, not both</source>
        <translation>ange antingen --out FILE eller -, inte båda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say where the frames go: --port DEV, --out FILE or - (standard output)</source>
        <translation>ange vart ramarna ska: --port DEV, --out FILE eller - (standardutdata)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give only one of --port DEV, --out FILE and -</source>
        <translation>ange bara en av --port DEV, --out FILE och -</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>standard output is a terminal: pipe the binary frames into a program or use --out FILE</source>
        <translation>standardutdata är en terminal: skicka de binära ramarna vidare till ett program med en pipe eller använd --out FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--no-line-limit is for --port: a file has no line speed</source>
        <translation>--no-line-limit gäller --port: en fil har ingen linjehastighet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--unplug-command &apos;%1&apos; needs --port (and a command)</source>
        <translation>--unplug-command ”%1” kräver --port (och ett kommando)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the frames and the truth cannot both go to standard output</source>
        <translation>ramarna och facit kan inte båda gå till standardutdata</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--speed takes a number from 1 to 10000, not &apos;%1&apos;</source>
        <translation>--speed tar ett tal från 1 till 10000, inte &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--duration takes a time such as 90s, 30m, 2h or 7d, not &apos;%1&apos;</source>
        <translation>--duration tar en tid som 90s, 30m, 2h eller 7d, inte &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--seed takes a whole number, not &apos;%1&apos;</source>
        <translation>--seed tar ett heltal, inte &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--make takes kamstrup, kamstrup-dk, aidon or kaifa, not &apos;%1&apos;</source>
        <translation>--make tar kamstrup, kamstrup-dk, aidon eller kaifa, inte &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--auth-key needs --key (the encryption key)</source>
        <translation>--auth-key kräver --key (krypteringsnyckeln)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--%1 takes 32 hex digits (16 bytes), not &apos;%2&apos;</source>
        <translation>--%1 tar 32 hexadecimala siffror (16 byte), inte &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--phases takes 1 or 3, not &apos;%1&apos;</source>
        <translation>--phases tar 1 eller 3, inte &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--clock takes dst or standard, not &apos;%1&apos;</source>
        <translation>--clock tar dst eller standard, inte &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--firmware takes new or old, not &apos;%1&apos;</source>
        <translation>--firmware tar new eller old, inte &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--list2-offset takes seconds from 0 to 59, not &apos;%1&apos;</source>
        <translation>--list2-offset tar sekunder från 0 till 59, inte &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read &apos;%1&apos; in --faults (use bitflip=R,drop=R,noise=R,truncate=R,unplug=HOURS,unplug-for=DURATION; R from 0 to 1)</source>
        <translation>kan inte läsa &apos;%1&apos; i --faults (använd bitflip=R,drop=R,noise=R,truncate=R,unplug=HOURS,unplug-for=DURATION; R från 0 till 1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--start takes a date-time on the meter&apos;s clock such as 2026-10-24T00:00, not &apos;%1&apos;</source>
        <translation>--start tar en tidpunkt på mätarens klocka som 2026-10-24T00:00, inte &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/han-cli/simulate_command.cpp" line="-18"/>
        <source>encrypted</source>
        <translation>krypterad</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Runs a simulated meter (a Norwegian household with solar panels) and writes its HAN frames. A Kamstrup sends List 1 every 10 s and List 2 every hour; a Danish Kamstrup its 65-item list every 10 s; an Aidon List 1 every 2.5 s, List 2 every 10 s and List 3 every hour; a Kaifa List 1 every 2 s, List 2 every 10 s and List 3 every hour. To a file or standard output it writes as fast as it can unless --speed is given; to a serial device it paces the frames in real time × speed, never faster than 2400 baud carries.</source>
        <translation>Kör en simulerad mätare (ett norskt hushåll med solceller) och skriver dess HAN-ramar. En Kamstrup skickar Lista 1 var 10:e sekund och Lista 2 varje timme; en dansk Kamstrup sin lista med 65 element var 10:e sekund; en Aidon Lista 1 var 2,5:e sekund, Lista 2 var 10:e sekund och Lista 3 varje timme; en Kaifa Lista 1 varannan sekund, Lista 2 var 10:e sekund och Lista 3 varje timme. Till en fil eller standard ut skriver den så fort den kan om inte --speed anges; till en seriell enhet skickar den ramarna i realtid × hastighet, aldrig snabbare än 2400 baud klarar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write to this serial device at 2400 baud, e.g. /dev/ttyUSB0: 8N1 for Kamstrup, 8E1 for Aidon and Kaifa.</source>
        <translation>Skriv till denna seriella enhet med 2400 baud, t.ex. /dev/ttyUSB0: 8N1 för Kamstrup, 8E1 för Aidon och Kaifa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the raw frames to FILE (- for standard output).</source>
        <translation>Skriv de råa ramarna till FILE (- för standardutdata).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meter: kamstrup (Norway, default), kamstrup-dk (the Danish list), aidon or kaifa (Norway).</source>
        <translation>Mätaren: kamstrup (Norge, standard), kamstrup-dk (den danska listan), aidon eller kaifa (Norge).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encrypt every frame (AES-128-GCM, as Danish meters do) with this encryption key, 32 hex digits.</source>
        <translation>Kryptera varje ram (AES-128-GCM, som danska mätare gör) med denna krypteringsnyckel, 32 hexadecimala siffror.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The authentication key, 32 hex digits. Without it the frames are encrypted but not authenticated.</source>
        <translation>Autentiseringsnyckeln, 32 hexadecimala siffror. Utan den krypteras ramarna men autentiseras inte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time acceleration, 1 to 10000. Default: 1 on a port, as fast as possible to a file.</source>
        <translation>Tidsacceleration, 1 till 10000. Standard: 1 på en port, så snabbt som möjligt till en fil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simulated start on the meter&apos;s clock, e.g. 2026-10-24T00:00. Default: now on a port or with --speed; else the duration before now, so the capture ends now.</source>
        <translation>Simulerad start på mätarens klocka, t.ex. 2026-10-24T00:00. Standard: nu på en port eller med --speed; annars varaktigheten före nu, så att inspelningen slutar nu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Simulated time to run: 90s, 30m, 2h, 7d. Default: 1h to a file, until stopped on a port.</source>
        <translation>Simulerad tid att köra: 90s, 30m, 2h, 7d. Standard: 1h till en fil, tills den stoppas på en port.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed of the household, weather and faults (default 1).</source>
        <translation>Slumpfrö för hushållet, vädret och felen (standard 1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3 (default) or 1.</source>
        <translation>3 (standard) eller 1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dst: the meter follows Norwegian DST (default); standard: UTC+1 all year.</source>
        <translation>dst: mätaren följer norsk sommartid (förval); standard: UTC+1 hela året.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new: date-time 0C + 12 bytes (default); old: 09 0C + 12 bytes.</source>
        <translation>new: datum-tid 0C + 12 byte (standard); old: 09 0C + 12 byte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds after the hour at which List 2 is pushed, 0 to 59 (default 5).</source>
        <translation>Sekunder efter timslaget då Lista 2 skickas, 0 till 59 (standard 5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Damage per frame: bitflip=R,drop=R,noise=R,truncate=R (R from 0 to 1), unplug=HOURS, unplug-for=DURATION (default 60s).</source>
        <translation>Skador per ram: bitflip=R,drop=R,noise=R,truncate=R (R från 0 till 1), unplug=HOURS, unplug-for=DURATION (standard 60s).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write one JSON line per push: what it meant and what was done to it.</source>
        <translation>Skriv en JSON-rad per sändning: vad den betydde och vad som gjordes med den.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On a port: do not hold the frames to what 2400 baud carries, only to --speed (for pseudo-terminals and soak tests).</source>
        <translation>På en port: begränsa inte ramarna till vad 2400 baud hinner med, bara till --speed (för pseudoterminaler och uthållighetstester).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On a port: at each unplug of --faults, close the port and run CMD with &apos;unplug&apos; added; at its end run CMD with &apos;plug&apos; and open the port again (a soak test makes the device vanish and come back).</source>
        <translation>På en port: vid varje urkoppling i --faults stängs porten och CMD körs med ”unplug” tillagt; när den är slut körs CMD med ”plug” och porten öppnas igen (ett uthållighetstest får enheten att försvinna och komma tillbaka).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the raw frames to standard output.</source>
        <translation>Skriv de råa ramarna till standardutdata.</translation>
    </message>
    <message>
        <location filename="../app/han-cli/port_output.cpp" line="-30"/>
        <source>cannot set &apos;%1&apos; to 2400 8N1: %2</source>
        <translation>kan inte ställa in &apos;%1&apos; på 2400 8N1: %2</translation>
    </message>
    <message>
        <location filename="../app/han-cli/simulate_command.cpp" line="+27"/>
        <location line="+48"/>
        <source>standard output</source>
        <translation>standardutdata</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>a List 1 takes about 0.95 s on a 2400 baud line, so the port carries at most about %1× real time; frames will follow back to back</source>
        <translation>en Lista 1 tar ungefär 0,95 s på en linje med 2400 baud, så porten klarar högst ungefär %1× realtid; ramarna kommer direkt efter varandra</translation>
    </message>
    <message>
        <location filename="../app/han-cli/port_output.cpp" line="+10"/>
        <location filename="../app/han-cli/simulate_command.cpp" line="+31"/>
        <source>cannot write to %1: %2</source>
        <translation>kan inte skriva till %1: %2</translation>
    </message>
    <message>
        <location filename="../app/han-cli/simulate_command.cpp" line="+70"/>
        <source>frames: %1 (%2 bytes; %3 damaged or not sent) to %4 in %5 s, %6 frames/s</source>
        <translation>ramar: %1 (%2 byte; %3 skadade eller inte skickade) till %4 på %5 s, %6 ramar/s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>stopped: %1</source>
        <translation>stoppad: %1</translation>
    </message>
</context>
<context>
    <name>StoredKeys</name>
    <message>
        <location filename="../app/han-cli/stored_keys.cpp" line="+44"/>
        <source>meter keys not read: %1</source>
        <translation>mätarnycklarna lästes inte: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>using the meter keys stored for %1 (%2)</source>
        <translation>använder mätarnycklarna som sparats för %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>desktop keyring</source>
        <translation>skrivbordets nyckelring</translation>
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
        <translation>&amp;1 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;24 h</source>
        <translation>&amp;24 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;7 days</source>
        <translation>&amp;7 dagar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;ustom…</source>
        <translation>An&amp;passat…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The last 5 minutes (Alt+5)</source>
        <translation>De senaste 5 minuterna (Alt+5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last hour (Alt+1)</source>
        <translation>Den senaste timmen (Alt+1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last 24 hours, from the history (Alt+2)</source>
        <translation>De senaste 24 timmarna, från historiken (Alt+2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last 7 days, from the history (Alt+7)</source>
        <translation>De senaste 7 dagarna, från historiken (Alt+7)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A range you choose from the history (Alt+U)</source>
        <translation>Ett intervall som du väljer ur historiken (Alt+P)</translation>
    </message>
</context>
<context>
    <name>ValueFormat</name>
    <message>
        <location filename="../ui/value_format.cpp" line="+127"/>
        <source>%1 s ago</source>
        <translation>för %1 s sedan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min ago</source>
        <translation>för %1 min sedan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h ago</source>
        <translation>för %1 h sedan</translation>
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
        <translation>användning: han-cli KOMMANDO [alternativ]

Kommandon:
  backup   skriv en konsistent kopia av historikdatabasen
  capacity en månads effektavgift: de tre högsta timmarna, medelvärde, effektsteg
  decode   avkoda en inspelad HAN-byteström till mätvärden
  export   skriv en mätares historik som CSV: varje mätvärde, per timme eller per dag
  import   avkoda en inspelad HAN-byteström till historikdatabasen
  listen   avkoda en seriell port i realtid och skriv ut mätvärden när de kommer
  meter    visa eller ändra en mätares inställningar (klocka, enheter) i historiken
  ports    lista de seriella portarna
  simulate kör en simulerad mätare och skriv dess ramar till en fil eller port

Kör &apos;han-cli KOMMANDO --help&apos; för att se ett kommandos alternativ.
</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>no command given</source>
        <translation>inget kommando angivet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>okänt kommando &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>han-monitor</name>
    <message>
        <location filename="../app/han-monitor/main.cpp" line="+46"/>
        <source>Shows what a Kamstrup HAN meter reports.</source>
        <translation>Visar vad en HAN-elmätare från Kamstrup rapporterar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use the history database PATH.</source>
        <translation>Använd historikdatabasen PATH.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start on the simulated meter.</source>
        <translation>Starta med den simulerade mätaren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record from the serial device DEV for this run (not saved).</source>
        <translation>Registrera från den seriella enheten DEV under den här körningen (sparas inte).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start recording in the system tray, without the window (used when started at login).</source>
        <translation>Börja registrera i systemfältet, utan fönstret (används vid start vid inloggning).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>another HAN Monitor is running but does not answer (lock %1).</source>
        <translation>en annan HAN Monitor körs men svarar inte (lås %1).</translation>
    </message>
</context>
<context>
    <name>han::AcquisitionWorker</name>
    <message>
        <location filename="../core/acquisition/acquisition_worker.cpp" line="+91"/>
        <source>Stopped.</source>
        <translation>Stoppad.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Found the adapter again as %1.</source>
        <translation>Hittade adaptern igen som %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Opening the connection to the meter.</source>
        <translation>Öppnar anslutningen till mätaren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trying to connect again (attempt %1).</source>
        <translation>Försöker ansluta igen (försök %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The adapter %1 is not connected. Plug it in; the connection resumes by itself.</source>
        <translation>Adaptern %1 är inte ansluten. Koppla in den; anslutningen återupptas av sig själv.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Connected to %1, waiting for the meter&apos;s first list.</source>
        <translation>Ansluten till %1, väntar på mätarens första lista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulated meter: no real meter is attached. %1</source>
        <translation>Simulerad mätare: ingen riktig mätare är ansluten. %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Simulated meter: readings arrive (%1).</source>
        <translation>Simulerad mätare: mätvärden kommer in (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings arrive from %1.</source>
        <translation>Mätvärden kommer in från %1.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 Trying again in %2 s.</source>
        <translation>%1 Försöker igen om %2 s.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Bytes arrive but no valid frame: trying even parity (8E1, as Aidon and Kaifa meters use).</source>
        <translation>Byte kommer in men ingen giltig ram: provar jämn paritet (8E1, som Aidon- och Kaifa-mätare använder).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bytes arrive but no valid frame: trying no parity (8N1, as Kamstrup meters use).</source>
        <translation>Byte kommer in men ingen giltig ram: provar ingen paritet (8N1, som Kamstrup-mätare använder).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Valid frames arrive, but they carry a list this version cannot read (%1).</source>
        <translation>Giltiga ramar kommer in, men de innehåller en lista som den här versionen inte kan läsa (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid frames arrive, but their content is not a list this version can read (another make of meter?).</source>
        <translation>Giltiga ramar kommer in, men innehållet är ingen lista som den här versionen kan läsa (ett annat mätarfabrikat?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bytes arrive but none forms a valid frame for %1 s. Probably the wrong parity or speed, or a bad contact. (The serial port does not report parity errors, so this is a guess from the bytes.)</source>
        <translation>Byte kommer in men inga av dem bildar en giltig ram under %1 s. Troligen fel paritet eller hastighet, eller en dålig kontakt. (Den seriella porten rapporterar inte paritetsfel, så detta är en gissning utifrån byten.)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No data from the meter for %1 s. The grid company may not have opened the HAN port yet, or the cable or adapter is loose.</source>
        <translation>Inga data från mätaren under %1 s. Nätbolaget har kanske inte öppnat HAN-porten än, eller så sitter kabeln eller adaptern löst.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The meter sends encrypted frames: enter the two keys from your grid company (encryption key and authentication key) for this connection.</source>
        <translation>Mätaren skickar krypterade ramar: ange de två nycklarna från ditt elnätsbolag (krypteringsnyckel och autentiseringsnyckel) för den här anslutningen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meter&apos;s encrypted frames fail authentication — check the keys from your grid company. (They change when the HAN port is reset.)</source>
        <translation>Mätarens krypterade ramar klarar inte autentiseringen — kontrollera nycklarna från ditt elnätsbolag. (De byts när HAN-porten återställs.)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meter&apos;s encrypted frames repeat old frame counters, so they are ignored: an old frame was sent again, or the meter restarted its counter (then readings resume after a few frames).</source>
        <translation>Mätarens krypterade ramar upprepar gamla ramräknare och ignoreras därför: en gammal ram skickades igen, eller så startade mätaren om sin räknare (då kommer avläsningarna tillbaka efter några få ramar).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot record to %1: %2</source>
        <translation>Kan inte spela in till %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording the raw byte stream to %1.</source>
        <translation>Spelar in den råa byteströmmen till %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recording saved to %1.</source>
        <translation>Inspelningen sparades i %1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Recording stopped: cannot write to %1 (%2). The readings themselves are not affected.</source>
        <translation>Inspelningen stoppades: kan inte skriva till %1 (%2). Själva mätvärdena påverkas inte.</translation>
    </message>
</context>
<context>
    <name>han::HistoryStore</name>
    <message>
        <location filename="../core/storage/history_store.cpp" line="+104"/>
        <source>The history is not open.</source>
        <translation>Historiken är inte öppen.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The history could not be written for a long time: 1 reading could not be kept.</source>
        <translation>Historiken kunde inte skrivas på länge: 1 mätvärde kunde inte behållas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history could not be written for a long time: %L1 readings could not be kept.</source>
        <translation>Historiken kunde inte skrivas på länge: %L1 mätvärden kunde inte behållas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The history is not open, so there is nothing to back up.</source>
        <translation>Historiken är inte öppen, så det finns inget att säkerhetskopiera.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The history was backed up to %1.</source>
        <translation>Historiken säkerhetskopierades till %1.</translation>
    </message>
</context>
<context>
    <name>han::KeyFile</name>
    <message>
        <location filename="../core/acquisition/key_file.cpp" line="+71"/>
        <source>Cannot read the meter keys in %1: %2</source>
        <translation>Kan inte läsa mätarnycklarna i %1: %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot remove %1.</source>
        <translation>Kan inte ta bort %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot create the folder %1: %2</source>
        <translation>Kan inte skapa mappen %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+11"/>
        <location line="+15"/>
        <source>Cannot write the meter keys to %1: %2</source>
        <translation>Kan inte skriva mätarnycklarna till %1: %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Cannot create the folder %1.</source>
        <translation>Kan inte skapa mappen %1.</translation>
    </message>
</context>
<context>
    <name>han::KeyStore</name>
    <message>
        <location filename="../core/acquisition/key_store.cpp" line="+87"/>
        <source>Keys are kept in the desktop&apos;s keyring (Secret Service).</source>
        <translation>Nycklarna förvaras i skrivbordets nyckelring (Secret Service).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys are kept in %1, which only you can read.</source>
        <translation>Nycklarna förvaras i %1, som bara du kan läsa.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>This source has no meter keys.</source>
        <translation>Den här källan har inga mätarnycklar.</translation>
    </message>
</context>
<context>
    <name>han::ReplayByteSource</name>
    <message>
        <location filename="../core/acquisition/replay_byte_source.cpp" line="+60"/>
        <source>replay of %1, as fast as possible</source>
        <translation>uppspelning av %1, så snabbt som möjligt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replay of %1 at the original pace</source>
        <translation>uppspelning av %1 i ursprunglig takt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replay of %1 at %2× speed</source>
        <translation>uppspelning av %1 i %2× hastighet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open the capture %1: %2</source>
        <translation>Kan inte öppna inspelningen %1: %2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The replay of %1 has finished.</source>
        <translation>Uppspelningen av %1 är klar.</translation>
    </message>
</context>
<context>
    <name>han::SecretServiceKeys</name>
    <message>
        <location filename="../core/acquisition/secret_service_keys.cpp" line="+52"/>
        <source>The desktop keyring did not answer: %1</source>
        <translation>Skrivbordets nyckelring svarade inte: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>there is no desktop session bus</source>
        <translation>det finns ingen sessionsbuss för skrivbordet</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+79"/>
        <source>this build has no libsecret</source>
        <translation>den här versionen är byggd utan libsecret</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>HAN Monitor meter keys (%1)</source>
        <translation>HAN Monitor mätarnycklar (%1)</translation>
    </message>
</context>
<context>
    <name>han::SerialByteSource</name>
    <message>
        <location filename="../core/acquisition/serial_byte_source.cpp" line="+21"/>
        <location line="+10"/>
        <source>The adapter %1 is not there. Check that the USB cable is plugged in.</source>
        <translation>Adaptern %1 finns inte. Kontrollera att USB-kabeln är ansluten.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>You may not open %1 (%2). On Linux, serial ports belong to the &apos;dialout&apos; group: run &apos;sudo usermod -aG dialout $USER&apos;, then log out and in again. If another program uses the adapter, close it.</source>
        <translation>Du får inte öppna %1 (%2). På Linux tillhör seriella portar gruppen &apos;dialout&apos;: kör &apos;sudo usermod -aG dialout $USER&apos; och logga sedan ut och in igen. Om ett annat program använder adaptern, stäng det.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is already open in this program.</source>
        <translation>%1 är redan öppen i det här programmet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to the adapter %1 was lost (%2). Was the USB cable pulled out?</source>
        <translation>Anslutningen till adaptern %1 bröts (%2). Drogs USB-kabeln ut?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading from %1 failed: %2</source>
        <translation>Läsningen från %1 misslyckades: %2</translation>
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
        <translation>simulerad mätare %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>simulated meter %1 at %2× speed</source>
        <translation>simulerad mätare %1 i %2× hastighet</translation>
    </message>
</context>
<context>
    <name>han::cli::CliOutput</name>
    <message>
        <location filename="../app/han-cli/cli_output.cpp" line="+32"/>
        <source>Usage: %1</source>
        <translation>Användning: %1</translation>
    </message>
</context>
<context>
    <name>han::ui::Autostart</name>
    <message>
        <location filename="../ui/autostart.cpp" line="+77"/>
        <source>Could not remove %1: you may have to delete it yourself.</source>
        <translation>Kunde inte ta bort %1: du kan behöva radera den själv.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>Could not write %1: %2</source>
        <translation>Kunde inte skriva %1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Keeps recording what the electricity meter reports, from the moment you log in</source>
        <translation>Fortsätter registrera vad elmätaren rapporterar, från det att du loggar in</translation>
    </message>
</context>
<context>
    <name>han::ui::CapacityChart</name>
    <message>
        <location filename="../ui/capacity_chart.cpp" line="+33"/>
        <source>Daily maximum</source>
        <translation>Dygnsmaximum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The three peaks</source>
        <translation>De tre topparna</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>kWh in the day&apos;s highest hour (= kW)</source>
        <translation>kWh under dygnets högsta timme (= kW)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day of the month</source>
        <translation>Dag i månaden</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Step boundaries</source>
        <translation>Steggränser</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Average of the three peaks: %1</source>
        <translation>Medelvärde av de tre topparna: %1</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>%1: no hour with data</source>
        <translation>%1: ingen timme med data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: highest hour %2, %3 imported (%4)</source>
        <translation>%1: högsta timme %2, %3 importerat (%4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One of the three peaks the capacity fee is taken from</source>
        <translation>En av de tre toppar som effektavgiften beräknas från</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to open the day in the Energy view</source>
        <translation>Klicka för att öppna dagen i vyn Energi</translation>
    </message>
</context>
<context>
    <name>han::ui::CapacityPeakModel</name>
    <message>
        <location filename="../ui/capacity_peak_model.cpp" line="+138"/>
        <source>Peak %1 of the month: the capacity fee averages the three highest hours, one per day</source>
        <translation>Månadens topp nr %1: effektavgiften är medelvärdet av de tre högsta timmarna, en per dag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: Enter or a click opens this day in the Energy view</source>
        <translation>%1: Enter eller ett klick öppnar den här dagen i vyn Energi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hour of the day with the most energy imported, local time</source>
        <translation>Dygnets timme med mest importerad energi, lokal tid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy imported in %1 on %2, from the meter&apos;s hourly registers; in kWh per hour, which is the hour&apos;s average power in kW</source>
        <translation>Energi importerad %2 kl. %1, från mätarens timvisa mätarställningar; i kWh per timme, vilket är timmens medeleffekt i kW</translation>
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
        <translation>Timme</translation>
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
        <translation>Placering bland månadens dygnsmaxima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local calendar day</source>
        <translation>Kalenderdagen i lokal tid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day&apos;s hour with the highest import</source>
        <translation>Dygnets timme med högst import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy imported in that hour (= its average kW)</source>
        <translation>Energi importerad under den timmen (= dess genomsnittliga kW)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the hour&apos;s energy was found</source>
        <translation>Hur timmens energi togs fram</translation>
    </message>
</context>
<context>
    <name>han::ui::CapacitySettingsPage</name>
    <message>
        <location filename="../ui/capacity_settings_page.cpp" line="+45"/>
        <source>Capacity ladder</source>
        <translation>Effekttrappa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Norwegian grid companies charge a monthly capacity fee by the average of the month&apos;s three highest hourly imports, each on a different day. Enter your grid company&apos;s steps and prices (kr per month); leave the last step&apos;s upper bound empty.</source>
        <translation>Norska nätbolag tar ut en månatlig effektavgift efter medelvärdet av månadens tre högsta timförbrukningar, var och en en annan dag. Ange ditt nätbolags effektsteg och priser (kr per månad); lämna det sista stegets övre gräns tom.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From (kW)</source>
        <translation>Från (kW)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To (kW)</source>
        <translation>Till (kW)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly price (kr)</source>
        <translation>Månadspris (kr)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A month whose average is at least From and below To pays the monthly price; double-click or F2 to edit a number</source>
        <translation>En månad vars medelvärde är minst Från och under Till betalar månadspriset; dubbelklicka eller tryck F2 för att redigera ett tal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ladd&amp;er:</source>
        <translation>Ste&amp;g:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A&amp;dd Step</source>
        <translation>&amp;Lägg till steg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve Step</source>
        <translation>&amp;Ta bort steg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reset to Default</source>
        <translation>Åte&amp;rställ standard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The common ladder 0–2, 2–5, 5–10, 10–15, 15–20, 20–25, 25–50, 50–75, 75–100 and over 100 kW with example prices</source>
        <translation>Den vanliga effekttrappan 0–2, 2–5, 5–10, 10–15, 15–20, 20–25, 25–50, 50–75, 75–100 och över 100 kW med exempelpriser</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Peaks and warning</source>
        <translation>Toppar och varning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave out estimated and suspect hours</source>
        <translation>&amp;Bortse från uppskattade och misstänkta timmar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimated hours were filled in from the power readings where an hourly register reading was lost; suspect hours have registers that make no sense. Left out, they cannot be peaks.</source>
        <translation>Uppskattade timmar har fyllts i från effektvärdena där en timvis mätarställning gick förlorad; misstänkta timmar har mätarställningar som inte är rimliga. Utelämnade kan de inte bli toppar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Notify me when this hour will raise the step</source>
        <translation>&amp;Varna mig när den här timmen kommer att höja steget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A desktop notification, at most once an hour, when the present power would lift this month&apos;s capacity step; the window shows a warning in any case</source>
        <translation>En skrivbordsavisering, högst en gång i timmen, när nuvarande effekt skulle höja månadens effektsteg; fönstret visar en varning i vilket fall som helst</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly price</source>
        <translation>Månadspris</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Step %1: %2 is empty.</source>
        <translation>Steg %1: Fältet %2 är tomt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step %1: “%2” in %3 is not a number.</source>
        <translation>Steg %1: ”%2” i %3 är inte ett tal.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>These steps are not a valid ladder.</source>
        <translation>De här stegen utgör ingen giltig effekttrappa.</translation>
    </message>
</context>
<context>
    <name>han::ui::CapacityView</name>
    <message>
        <location filename="../ui/capacity_view.cpp" line="+69"/>
        <source>◀ Previous month</source>
        <translation>◀ Föregående månad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the month before this one (Alt+Left)</source>
        <translation>Visa månaden före den här (Alt+Left)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next month ▶</source>
        <translation>Nästa månad ▶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the month after this one (Alt+Right)</source>
        <translation>Visa månaden efter den här (Alt+Right)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;This month</source>
        <translation>Denna &amp;månad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the month in progress, with the current hour (Alt+Home)</source>
        <translation>Tillbaka till innevarande månad, med den pågående timmen (Alt+Home)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The month shown, in local time</source>
        <translation>Månaden som visas, i lokal tid</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This hour&apos;s import so far (solid), where it is heading at the present power (light) and the limit (line) above which the month&apos;s capacity step goes up</source>
        <translation>Timmens import hittills (heldragen), vart den är på väg med nuvarande effekt (ljus) och gränsen (linje) över vilken månadens effektsteg går upp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Energy imported since the hour began, integrated from the meter&apos;s power readings (List 1, every 10 s)</source>
        <translation>Energi importerad sedan timmen började, integrerad från mätarens effektvärden (Lista 1, var 10:e s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The hour so far plus the present import power held until the hour ends</source>
        <translation>Timmen hittills plus nuvarande importeffekt bibehållen tills timmen är slut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The most this hour can import before the average of the month&apos;s three peak days reaches the next step</source>
        <translation>Det mesta den här timmen kan importera innan medelvärdet av månadens tre toppdagar når nästa steg</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The limit minus the hour so far: what the house can still import this hour without raising the month&apos;s step</source>
        <translation>Gränsen minus timmen hittills: vad huset fortfarande kan importera den här timmen utan att höja månadens steg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>So far:</source>
        <translation>Hittills:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projected:</source>
        <translation>Prognos:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit:</source>
        <translation>Gräns:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headroom:</source>
        <translation>Marginal:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Peak days</source>
        <translation>Toppdagar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The three days with the highest hourly import, one hour per day; Enter or a click opens the day in the Energy view</source>
        <translation>De tre dagarna med högst timimport, en timme per dag; Enter eller ett klick öppnar dagen i vyn Energi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The average of the three peak days&apos; hours (kWh in an hour is its average kW); with fewer than three days of data, of the days there are. The capacity step is chosen by it.</source>
        <translation>Medelvärdet av de tre toppdagarnas timmar (kWh under en timme är dess genomsnittliga kW); med färre än tre dagar med data, av de dagar som finns. Effektsteget väljs efter det.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The step of the capacity ladder the average falls in (a step runs from its lower bound up to, not including, its upper bound); the ladder is set in Settings &gt; Capacity</source>
        <translation>Det steg i effekttrappan som medelvärdet hamnar i (ett steg går från sin nedre gräns upp till, men inte med, sin övre gräns); trappan ställs in under Inställningar &gt; Kapacitet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The step&apos;s monthly capacity fee as entered in Settings &gt; Capacity; compare it with your grid company&apos;s price list</source>
        <translation>Stegets månatliga effektavgift enligt Inställningar &gt; Kapacitet; jämför den med ditt nätbolags prislista</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The step above this month&apos;s, from the ladder in Settings &gt; Capacity</source>
        <translation>Steget ovanför den här månadens, från effekttrappan i Inställningar &gt; Kapacitet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimated hours were filled in from the power readings where an hourly register reading was lost; suspect hours have registers that make no sense</source>
        <translation>Uppskattade timmar har fyllts i från effektvärdena där en timvis mätarställning gick förlorad; misstänkta timmar har mätarställningar som inte är rimliga</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Average of the peaks:</source>
        <translation>Medelvärde av topparna:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capacity step:</source>
        <translation>Effektsteg:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly fee:</source>
        <translation>Månadsavgift:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Each day&apos;s highest hour</source>
        <translation>Varje dygns högsta timme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each day&apos;s highest hourly import this month, from the meter&apos;s hourly registers; the three peak days stand out, the dashed lines are the ladder&apos;s step boundaries. Click a bar to open the day.</source>
        <translation>Varje dygns högsta timimport den här månaden, från mätarens timvisa mätarställningar; de tre toppdagarna är framhävda, de streckade linjerna är gränserna mellan stegen. Klicka på en stapel för att öppna dagen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>These figures are estimates from the meter&apos;s HAN port. Your grid company bills the capacity fee from its own settlement data, which can differ.</source>
        <translation>De här siffrorna är uppskattningar från mätarens HAN-port. Ditt nätbolag debiterar effektavgiften utifrån sina egna avräkningsdata, som kan skilja sig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The grid company reads the meter through its own system and may correct or fill in hours; its invoice is what counts</source>
        <translation>Nätbolaget läser av mätaren via sitt eget system och kan rätta eller fylla i timmar; det är dess faktura som gäller</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The next step, %1 at %2, begins %3 above this month&apos;s average.</source>
        <translation>Nästa steg, %1 för %2, börjar %3 över månadens medelvärde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the top step of the ladder.</source>
        <translation>Det här är trappans översta steg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No hour with data in %1 yet.</source>
        <translation>Ingen timme med data i %1 än.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only one day with data: the average is that day.</source>
        <translation>Bara en dag med data: medelvärdet är den dagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only two days with data: the average is of those.</source>
        <translation>Bara två dagar med data: medelvärdet är av dem.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One of the peaks is estimated or suspect (see the Quality column).</source>
        <translation>En av topparna är uppskattad eller misstänkt (se kolumnen Kvalitet).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of the peaks are estimated or suspect (see the Quality column).</source>
        <translation>%1 av topparna är uppskattade eller misstänkta (se kolumnen Kvalitet).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One estimated or suspect hour left out, as set in Settings &gt; Capacity.</source>
        <translation>En uppskattad eller misstänkt timme är utelämnad, enligt Inställningar &gt; Kapacitet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 estimated or suspect hours left out, as set in Settings &gt; Capacity.</source>
        <translation>%1 uppskattade eller misstänkta timmar är utelämnade, enligt Inställningar &gt; Kapacitet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This hour</source>
        <translation>Den här timmen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The hour in progress shows here while the meter sends its readings.</source>
        <translation>Den pågående timmen visas här medan mätaren skickar sina värden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This hour, %1</source>
        <translation>Den här timmen, %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit</source>
        <translation>ingen gräns</translation>
    </message>
</context>
<context>
    <name>han::ui::ConnectionDialog</name>
    <message>
        <location filename="../ui/connection_dialog.cpp" line="+55"/>
        <source>Connect to Meter</source>
        <translation>Anslut till mätare</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now reading from: %1</source>
        <translation>Läser nu från: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Serial port — the meter&apos;s HAN adapter</source>
        <translation>&amp;Seriell port – mätarens HAN-adapter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the meter through a USB M-Bus adapter on its HAN port (2400 baud)</source>
        <translation>Läs av mätaren via en USB-M-Bus-adapter på dess HAN-port (2400 baud)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si&amp;mulated meter — no hardware needed</source>
        <translation>Si&amp;mulerad mätare – ingen hårdvara behövs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A built-in simulated household, to try HAN Monitor without a meter</source>
        <translation>Ett inbyggt simulerat hushåll, för att prova HAN Monitor utan mätare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replay a capture file</source>
        <translation>Spela &amp;upp en inspelningsfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play back bytes recorded earlier from a meter, for example for a bug report</source>
        <translation>Spela upp byte som tidigare spelats in från en mätare, till exempel för en felrapport</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Connect</source>
        <translation>A&amp;nslut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start reading from this source</source>
        <translation>Börja läsa från den här källan</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>A built-in household with solar panels: three phases, export at midday, readings and the meter&apos;s hourly registers at the pace and in the layout of the meter chosen below. It is shown as “Simulated meter” wherever the source appears, and its readings are saved to the history like a real meter&apos;s.</source>
        <translation>Ett inbyggt hushåll med solpaneler: tre faser, export mitt på dagen, mätvärden och mätarställningar varje timme i den takt och med den uppbyggnad som mätaren du väljer nedan har. Det visas som ”Simulerad mätare” överallt där källan syns, och dess mätvärden sparas i historiken som en riktig mätares.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>×1 — real time</source>
        <translation>×1 – realtid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>×10 — an hour in 6 minutes</source>
        <translation>×10 – en timme på 6 minuter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>×100 — an hour in 36 seconds</source>
        <translation>×100 – en timme på 36 sekunder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>×1000 — a day in under 90 seconds</source>
        <translation>×1000 – ett dygn på under 90 sekunder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How fast the simulated meter&apos;s clock runs compared with the real one</source>
        <translation>Hur snabbt den simulerade mätarens klocka går jämfört med den verkliga</translation>
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
        <translation>Spelar upp byten i en inspelning som om en mätare skickade dem: en fil från Arkiv &gt; Spela in rådata eller från en seriell monitor. Format: .log (seriell logg med tider), .hex (hextext) och .bin (råa byte).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Capture file (.log, .hex, .bin)</source>
        <translation>Inspelningsfil (.log, .hex, .bin)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the capture file</source>
        <translation>Välj inspelningsfilen</translation>
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
        <translation>Så snabbt som möjligt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Real time keeps the pauses between readings as recorded (a .log file has their times; others a reading every 10 s). As fast as possible fills the history at once.</source>
        <translation>Realtid behåller pauserna mellan mätvärdena som de spelades in (en .log-fil har deras tider; andra filer ett mätvärde var 10:e s). Så snabbt som möjligt fyller historiken direkt.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose a capture file to replay.</source>
        <translation>Välj en inspelningsfil att spela upp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file %1 does not exist.</source>
        <translation>Filen %1 finns inte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 är ingen fil som kan läsas.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The keys could not be saved.</source>
        <translation>Nycklarna kunde inte sparas.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Replay a Capture File</source>
        <translation>Spela upp en inspelningsfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captures (*.log *.hex *.bin);;Serial log with times (*.log);;Hex text (*.hex);;Raw bytes (*.bin);;All files (*)</source>
        <translation>Inspelningar (*.log *.hex *.bin);;Seriell logg med tider (*.log);;Hextext (*.hex);;Råa byte (*.bin);;Alla filer (*)</translation>
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
        <translation>Effekten som huset tar från nätet just nu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active power export</source>
        <translation>Aktiv effekt, export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power the house sends to the grid now (solar)</source>
        <translation>Effekten som huset matar in på nätet just nu (solel)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reactive power import</source>
        <translation>Reaktiv effekt, import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactive power drawn (motors, transformers); not billed to households</source>
        <translation>Reaktiv effekt som tas ut (motorer, transformatorer); debiteras inte hushåll</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reactive power export</source>
        <translation>Reaktiv effekt, export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactive power sent back (inverters, electronics)</source>
        <translation>Reaktiv effekt som skickas tillbaka (växelriktare, elektronik)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current L1</source>
        <translation>Ström L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current on phase 1 now</source>
        <translation>Ström på fas 1 just nu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current L2</source>
        <translation>Ström L2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current on phase 2 now</source>
        <translation>Ström på fas 2 just nu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current L3</source>
        <translation>Ström L3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current on phase 3 now</source>
        <translation>Ström på fas 3 just nu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voltage L1</source>
        <translation>Spänning L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voltage of phase 1 now</source>
        <translation>Spänning på fas 1 just nu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voltage L2</source>
        <translation>Spänning L2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voltage of phase 2 now</source>
        <translation>Spänning på fas 2 just nu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voltage L3</source>
        <translation>Spänning L3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voltage of phase 3 now</source>
        <translation>Spänning på fas 3 just nu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Active energy import</source>
        <translation>Aktiv energi, import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All energy the house has bought since the meter was installed, at the full hour</source>
        <translation>All energi som huset har köpt sedan mätaren installerades, vid hel timme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active energy export</source>
        <translation>Aktiv energi, export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All energy the house has sold since the meter was installed, at the full hour</source>
        <translation>All energi som huset har sålt sedan mätaren installerades, vid hel timme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reactive energy import</source>
        <translation>Reaktiv energi, import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactive energy drawn since the meter was installed, at the full hour</source>
        <translation>Reaktiv energi som tagits ut sedan mätaren installerades, vid hel timme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reactive energy export</source>
        <translation>Reaktiv energi, export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactive energy sent back since the meter was installed, at the full hour</source>
        <translation>Reaktiv energi som skickats tillbaka sedan mätaren installerades, vid hel timme</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(not set)</source>
        <translation>(inte angiven)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Message time</source>
        <translation>Meddelandetid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meter&apos;s clock when it sent the frame, from the message header (wall-clock time, no time zone)</source>
        <translation>Mätarens klocka när den skickade ramen, från meddelandehuvudet (lokal klocktid, ingen tidszon)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List version</source>
        <translation>Listversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The layout of the list; Kamstrup sends it as a bare text before the first OBIS code</source>
        <translation>Listans uppbyggnad; Kamstrup skickar den som ren text före den första OBIS-koden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meter ID</source>
        <translation>Mätar-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meter&apos;s serial number (GS1), also printed on the meter</source>
        <translation>Mätarens serienummer (GS1), som också står tryckt på mätaren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meter type</source>
        <translation>Mätartyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meter&apos;s model code</source>
        <translation>Mätarens modellkod</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meter clock</source>
        <translation>Mätarklocka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meter&apos;s clock at the full hour the registers belong to</source>
        <translation>Mätarens klocka vid den hela timme som mätarställningarna hör till</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other item</source>
        <translation>Annan post</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An item HAN Monitor does not use; shown as the meter sent it</source>
        <translation>En post som HAN Monitor inte använder; visas som mätaren skickade den</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Sent without an OBIS code</source>
        <translation>Skickad utan OBIS-kod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OBIS code %1: the standard name of this quantity (IEC 62056-61)</source>
        <translation>OBIS-kod %1: standardnamnet på den här storheten (IEC 62056-61)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 as decoded from this frame: %2 %3</source>
        <translation>%1 avkodat ur den här ramen: %2 %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>OBIS</source>
        <translation>OBIS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it is</source>
        <translation>Vad det är</translation>
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
        <translation>S&amp;pela in rådata…</translation>
    </message>
    <message>
        <location line="-259"/>
        <location line="+261"/>
        <source>Save every byte from the meter to a file while it arrives, to replay it later or attach it to a bug report</source>
        <translation>Spara varje byte från mätaren till en fil medan den kommer in, för att spela upp den senare eller bifoga den till en felrapport</translation>
    </message>
    <message>
        <location line="-259"/>
        <source>&amp;Copy bug report</source>
        <translation>&amp;Kopiera felrapport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy versions, settings, counters, the last errors and the frames of the last minutes to the clipboard, to paste into an e-mail or an issue</source>
        <translation>Kopiera versioner, inställningar, räknare, de senaste felen och ramarna från de senaste minuterna till urklipp, för att klistra in i ett e-postmeddelande eller ett ärende</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;bug report…</source>
        <translation>Spara fe&amp;lrapport…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the same bug report to a file</source>
        <translation>Skriv samma felrapport till en fil</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unknown list</source>
        <translation>Okänd lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last fra&amp;mes (newest at the bottom; select one to see all its bytes and items)</source>
        <translation>Senaste ra&amp;mar (nyaste längst ned; markera en för att se alla dess byte och poster)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The bytes of a frame appear here.</source>
        <translation>Byten i en ram visas här.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every byte of the frame in hexadecimal, 16 a line: the offset, the bytes, and the bytes that are letters</source>
        <translation>Varje byte i ramen hexadecimalt, 16 per rad: positionen, byten och de byte som är bokstäver</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Frame bytes</source>
        <translation>Ramens byte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No frame has arrived yet.</source>
        <translation>Ingen ram har kommit än.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Newest frame, received %1 (length %2 bytes):</source>
        <translation>Nyaste ramen, mottagen %1 (längd %2 byte):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame received %1 (length %2 bytes):</source>
        <translation>Ram mottagen %1 (längd %2 byte):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Intact frame of List %1; items decoded: %2</source>
        <translation>Intakt ram med Lista %1; avkodade poster: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: versions, source, counters and the raw frames of the last %2 (frames: %3, rejected: %4).</source>
        <translation>%1: versioner, källa, räknare och de råa ramarna från de senaste %2 (ramar: %3, avvisade: %4).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bug report copied to the clipboard</source>
        <translation>Felrapporten har kopierats till urklipp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste it into an e-mail or an issue.</source>
        <translation>Klistra in den i ett e-postmeddelande eller ett ärende.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save Bug Report</source>
        <translation>Spara felrapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt)</source>
        <translation>Textfiler (*.txt)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The bug report could not be saved to %1: %2</source>
        <translation>Felrapporten kunde inte sparas i %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bug report saved to %1</source>
        <translation>Felrapporten sparades i %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Record Raw Capture</source>
        <translation>Spela in rådata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial log with times (*.log);;Hex text (*.hex);;Raw bytes (*.bin)</source>
        <translation>Seriell logg med tider (*.log);;Hextext (*.hex);;Råa byte (*.bin)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stop &amp;recording</source>
        <translation>S&amp;toppa inspelningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the capture file</source>
        <translation>Stäng inspelningsfilen</translation>
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
        <translation>Export</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>%1: imported %2</source>
        <translation>%1: importerat %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: exported %2</source>
        <translation>%1: exporterat %2</translation>
    </message>
</context>
<context>
    <name>han::ui::EnergyTotalsModel</name>
    <message>
        <location filename="../ui/energy_totals_model.cpp" line="+235"/>
        <source>%1 (%2 h)</source>
        <translation>%1 (%2 h)</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%Ln hour(s): %1 measured, %2 estimated, %3 suspect, %4 missing.</source>
        <translation>
            <numerusform>%Ln timme – uppmätta: %1, uppskattade: %2, misstänkta: %3, saknade: %4.</numerusform>
            <numerusform>%Ln timmar – uppmätta: %1, uppskattade: %2, misstänkta: %3, saknade: %4.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sum of the hourly energy of %1, from the meter&apos;s hourly registers.</source>
        <translation>Summan av timenergin för %1, från mätarens timvisa mätarställningar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active energy imported (bought from the grid), kWh.</source>
        <translation>Aktiv energi importerad (köpt från nätet), kWh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active energy exported (sold to the grid, e.g. solar), kWh.</source>
        <translation>Aktiv energi exporterad (såld till nätet, t.ex. solel), kWh.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import minus export, kWh.</source>
        <translation>Import minus export, kWh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactive energy imported, kvarh.</source>
        <translation>Reaktiv energi importerad, kvarh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactive energy exported, kvarh.</source>
        <translation>Reaktiv energi exporterad, kvarh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The worst quality of the period&apos;s hours.</source>
        <translation>Den sämsta kvaliteten bland periodens timmar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hours that have ended in this period (a day has 23, 24 or 25).</source>
        <translation>Timmar som har avslutats i den här perioden (ett dygn har 23, 24 eller 25).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import kWh</source>
        <translation>Import kWh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export kWh</source>
        <translation>Export kWh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net kWh</source>
        <translation>Netto kWh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactive in kvarh</source>
        <translation>Reaktiv in kvarh</translation>
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
        <translation>Timmar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The local calendar day.</source>
        <translation>Den lokala kalenderdagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The calendar month.</source>
        <translation>Kalendermånaden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The worst quality of the period&apos;s hours, with how many hours had it.</source>
        <translation>Den sämsta kvaliteten bland periodens timmar, med hur många timmar som hade den.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours that have ended in the period.</source>
        <translation>Timmar som har avslutats i perioden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sum of the period&apos;s hours.</source>
        <translation>Summan av periodens timmar.</translation>
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
        <translation>Månad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show energy per hour of a day, per day of a month or per month of a year</source>
        <translation>Visa energi per timme under ett dygn, per dag under en månad eller per månad under ett år</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peri&amp;od:</source>
        <translation>Peri&amp;od:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Total import:</source>
        <translation>Total import:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total export:</source>
        <translation>Total export:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Net:</source>
        <translation>Netto:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Energy imported (red) and exported (green) in each period of the table, from the meter&apos;s hourly registers</source>
        <translation>Energi importerad (röd) och exporterad (grön) i varje period i tabellen, från mätarens timvisa mätarställningar</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>◀ Previous day</source>
        <translation>◀ Föregående dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next day ▶</source>
        <translation>Nästa dag ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Today</source>
        <translation>Ida&amp;g</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>◀ Previous month</source>
        <translation>◀ Föregående månad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next month ▶</source>
        <translation>Nästa månad ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;This month</source>
        <translation>Denna &amp;månad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>◀ Previous year</source>
        <translation>◀ Föregående år</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next year ▶</source>
        <translation>Nästa år ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;This year</source>
        <translation>De&amp;tta år</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the period before this one (Alt+Left)</source>
        <translation>Visa perioden före den här (Alt+Left)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the period after this one (Alt+Right)</source>
        <translation>Visa perioden efter den här (Alt+Right)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the period that contains today (Alt+Home)</source>
        <translation>Tillbaka till perioden som innehåller idag (Alt+Home)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 hours: the clocks went back an hour this night.</source>
        <translation>%1 timmar: klockan ställdes tillbaka en timme den här natten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 hours: the clocks went forward an hour this night.</source>
        <translation>%1 timmar: klockan ställdes fram en timme den här natten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period shown, in local time</source>
        <translation>Perioden som visas, i lokal tid</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Energy imported (bought) in %1: the sum of the %2 hours that have ended, from the meter&apos;s hourly registers</source>
        <translation>Energi importerad (köpt) under %1: summan av de %2 timmar som har avslutats, från mätarens timvisa mätarställningar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Energy exported (sold) in %1: the sum of the %2 hours that have ended, from the meter&apos;s hourly registers</source>
        <translation>Energi exporterad (såld) under %1: summan av de %2 timmar som har avslutats, från mätarens timvisa mätarställningar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import minus export in %1: positive when the house took more from the grid than it gave back</source>
        <translation>Import minus export under %1: positivt när huset tog mer från nätet än det gav tillbaka</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No meter has been recorded yet.</source>
        <translation>Ingen mätare har registrerats än.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the hours of the totals were found; hover the Quality column for what each word means</source>
        <translation>Hur timmarna i summorna togs fram; håll pekaren över kolumnen Kvalitet för att se vad varje ord betyder</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This hour so far (since %1): import %2, export %3. It becomes a row when the hour ends.</source>
        <translation>Den här timmen hittills (sedan %1): import %2, export %3. Den blir en rad när timmen är slut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Integrated from the meter&apos;s power readings (List 1, every 10 s) since the hour began; the hour&apos;s row uses the hourly registers</source>
        <translation>Integrerat från mätarens effektvärden (Lista 1, var 10:e s) sedan timmen började; timmens rad använder de timvisa mätarställningarna</translation>
    </message>
</context>
<context>
    <name>han::ui::ExportDialog</name>
    <message>
        <location filename="../ui/export_dialog.cpp" line="+35"/>
        <source>1 reading</source>
        <translation>1 mätvärde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 readings</source>
        <translation>%1 mätvärden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation>%1 dagar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 hour</source>
        <translation>1 timme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 hours</source>
        <translation>%1 timmar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export to CSV</source>
        <translation>Exportera till CSV</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>How much of the export is written</source>
        <translation>Hur mycket av exporten som har skrivits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the export; no file is written (Esc)</source>
        <translation>Stoppa exporten; ingen fil skrivs (Esc)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open Folder</source>
        <translation>Öpp&amp;na mapp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the folder of the exported file in the file manager</source>
        <translation>Visa mappen med den exporterade filen i filhanteraren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the file</source>
        <translation>Skriv filen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The history is not open yet: nothing to export.</source>
        <translation>Historiken är inte öppen än: inget att exportera.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history cannot be read: %1</source>
        <translation>Historiken kan inte läsas: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Replace File?</source>
        <translation>Ersätta filen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 finns redan. Vill du ersätta den?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exporting to %1…</source>
        <translation>Exporterar till %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was written but has no rows: the history holds nothing for this meter in this period.</source>
        <translation>%1 skrevs men har inga rader: historiken innehåller inget för den här mätaren under den här perioden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported %1 to %2</source>
        <translation>Exporterade %1 till %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled — no file was written.</source>
        <translation>Avbrutet – ingen fil skrevs.</translation>
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
        <translation>Mätaren vars historik exporteras</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (type %2)</source>
        <translation>%1 (typ %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln reading(s) stored, from %1 to %2</source>
        <translation>
            <numerusform>%Ln mätvärde lagrat, från %1 till %2</numerusform>
            <numerusform>%Ln mätvärden lagrade, från %1 till %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A common period; or pick the first and last day yourself</source>
        <translation>En vanlig period; eller välj första och sista dagen själv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first day exported, in local time (the day is included)</source>
        <translation>Den första dagen som exporteras, i lokal tid (dagen ingår)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last day exported, in local time (the day is included)</source>
        <translation>Den sista dagen som exporteras, i lokal tid (dagen ingår)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;to</source>
        <translation>&amp;till</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hourly — energy per hour (kWh)</source>
        <translation>Per timme – energi per timme (kWh)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily — energy per day (kWh)</source>
        <translation>Per dag – energi per dag (kWh)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raw — every reading (power, currents, voltages)</source>
        <translation>Rådata – varje mätvärde (effekt, strömmar, spänningar)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hourly and daily: imported and exported energy from the meter&apos;s registers, with a quality column.
Raw: every reading as the meter sent it, about one every 10 s (large files).</source>
        <translation>Per timme och per dag: importerad och exporterad energi från mätarens mätarställningar, med en kvalitetskolumn.
Rådata: varje mätvärde som mätaren skickade det, ungefär ett var 10:e s (stora filer).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Standard CSV — comma between cells, decimal point</source>
        <translation>Standard-CSV – komma mellan cellerna, decimalpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nordic spreadsheet — semicolon between cells, decimal comma</source>
        <translation>Nordiskt kalkylark – semikolon mellan cellerna, decimalkomma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excel set to Norwegian, Danish or Swedish opens the Nordic file directly; other programs and other languages read standard CSV.</source>
        <translation>Excel inställt på norska, danska eller svenska öppnar den nordiska filen direkt; andra program och andra språk läser standard-CSV.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the CSV file is written</source>
        <translation>Var CSV-filen skrivs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the folder and name of the file</source>
        <translation>Välj mapp och namn för filen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Meter:</source>
        <translation>&amp;Mätare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;solution:</source>
        <translation>&amp;Upplösning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form&amp;at:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ile:</source>
        <translation>F&amp;il:</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The history holds no readings yet: nothing to export.</source>
        <translation>Historiken innehåller inga mätvärden än: inget att exportera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first day is after the last.</source>
        <translation>Den första dagen är efter den sista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the file to write.</source>
        <translation>Välj filen som ska skrivas.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Export to CSV</source>
        <translation>Exportera till CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>han::ui::ExportWorker</name>
    <message>
        <location filename="../ui/export_worker.cpp" line="+33"/>
        <source>Nothing exported to %1: %2</source>
        <translation>Inget exporterades till %1: %2</translation>
    </message>
</context>
<context>
    <name>han::ui::FrameLogModel</name>
    <message>
        <location filename="../ui/frame_log_model.cpp" line="+127"/>
        <source>When this computer received the frame (local time).</source>
        <translation>När den här datorn tog emot ramen (lokal tid).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meter&apos;s clock in the frame: %1.</source>
        <translation>Mätarens klocka i ramen: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Length of the frame: %1 bytes, the opening and closing flags included.</source>
        <translation>Ramens längd: %1 byte, inklusive inlednings- och avslutningsflaggorna.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Both checksums are right and the content decoded to a reading.</source>
        <translation>Båda kontrollsummorna stämmer och innehållet avkodades till ett mätvärde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List 1: power, currents and voltages, sent every 10 s.
List 2: the same plus the meter&apos;s clock and energy registers, sent once an hour.</source>
        <translation>Lista 1: effekt, strömmar och spänningar, skickas var 10:e s.
Lista 2: samma sak plus mätarens klocka och mätarställningar, skickas en gång i timmen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first bytes of the frame in hexadecimal; select the row to see all of them.</source>
        <translation>Ramens första byte hexadecimalt; markera raden för att se alla.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Received</source>
        <translation>Mottagen</translation>
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
        <translation>Lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frame (hex)</source>
        <translation>Ram (hex)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When this computer received the frame, local time</source>
        <translation>När den här datorn tog emot ramen, lokal tid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Length of the frame in bytes</source>
        <translation>Ramens längd i byte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether the frame arrived intact and could be read</source>
        <translation>Om ramen kom fram intakt och kunde läsas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which of the meter&apos;s lists the frame carried: 1 every 10 s, 2 every hour</source>
        <translation>Vilken av mätarens listor ramen innehöll: 1 var 10:e s, 2 varje timme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The start of the frame as sent, in hexadecimal</source>
        <translation>Början av ramen som den skickades, hexadecimalt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HCS error</source>
        <translation>HCS-fel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FCS error</source>
        <translation>FCS-fel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flag error</source>
        <translation>Flaggfel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Truncated</source>
        <translation>Avkortad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a reading</source>
        <translation>Inget mätvärde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted</source>
        <translation>Krypterad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown list</source>
        <translation>Okänd lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Malformed</source>
        <translation>Felaktig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication failed</source>
        <translation>Autentiseringen misslyckades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replayed</source>
        <translation>Upprepad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The header checksum (HCS) is wrong: bits of the frame&apos;s header changed on the way from the meter, usually through electrical noise or a loose contact in the cable or adapter. The frame is dropped; the meter sends the next one within 10 seconds.</source>
        <translation>Huvudets kontrollsumma (HCS) är fel: bitar i ramens huvud ändrades på vägen från mätaren, oftast genom elektriska störningar eller en glappkontakt i kabeln eller adaptern. Ramen kastas; mätaren skickar nästa inom 10 sekunder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The frame checksum (FCS) is wrong: bits changed on the way from the meter. A few such frames a day are harmless; many point to a bad cable or adapter, or the wrong parity. The frame is dropped; the next one comes within 10 seconds.</source>
        <translation>Ramens kontrollsumma (FCS) är fel: bitar ändrades på vägen från mätaren. Några sådana ramar per dag är ofarliga; många tyder på en dålig kabel eller adapter, eller fel paritet. Ramen kastas; nästa kommer inom 10 sekunder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The frame does not end where its length says it should: bytes were lost or added on the way (a loose contact, or the wrong speed or parity).</source>
        <translation>Ramen slutar inte där dess längd säger att den ska: byte försvann eller tillkom på vägen (en glappkontakt, eller fel hastighet eller paritet).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The frame was cut short: the next frame began, or the connection ended, before this one was complete. This happens when the cable is unplugged or bytes are lost.</source>
        <translation>Ramen avbröts: nästa ram började, eller anslutningen bröts, innan den här var komplett. Det händer när kabeln dras ur eller byte går förlorade.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The frame arrived intact but does not carry meter readings (it is not a data notification). HAN Monitor leaves it aside.</source>
        <translation>Ramen kom fram intakt men innehåller inga mätvärden (den är ingen datanotifiering). HAN Monitor lägger den åt sidan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The frame arrived intact but is encrypted. To read it, enter the two keys from your grid company (encryption key and authentication key) in Connect to Meter.</source>
        <translation>Ramen kom fram oskadd men är krypterad. För att läsa den, ange de två nycklarna från ditt elnätsbolag (krypteringsnyckel och autentiseringsnyckel) i Anslut till mätare.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The frame arrived intact but carries a list HAN Monitor cannot read (&quot;%1&quot;). It reads the lists of Kamstrup, Aidon and Kaifa meters; this one has a layout it does not know.</source>
        <translation>Ramen kom fram intakt men innehåller en lista som HAN Monitor inte kan läsa (”%1”). Programmet läser listorna från Kamstrup-, Aidon- och Kaifa-mätare; den här har en uppbyggnad som det inte känner till.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The frame arrived intact but carries a list HAN Monitor cannot read. It reads the lists of Kamstrup, Aidon and Kaifa meters; this one has a layout it does not know.</source>
        <translation>Ramen kom fram intakt men innehåller en lista som HAN Monitor inte kan läsa. Programmet läser listorna från Kamstrup-, Aidon- och Kaifa-mätare; den här har en uppbyggnad som det inte känner till.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The frame arrived intact but is encrypted, and authentication failed — check the keys from your grid company. (Grid companies issue new keys when the HAN port is reset.) Damaged bytes fail the same way, but then the next frame reads again.</source>
        <translation>Ramen kom fram oskadd men är krypterad, och autentiseringen misslyckades — kontrollera nycklarna från ditt elnätsbolag. (Elnätsbolaget utfärdar nya nycklar när HAN-porten återställs.) Skadade byte misslyckas på samma sätt, men då kan nästa ram läsas igen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The frame is encrypted and authentic, but its frame counter is not newer than one already read: an old frame sent again. It is ignored. If the meter restarted its counter, readings resume after a few frames.</source>
        <translation>Ramen är krypterad och äkta, men dess ramräknare är inte nyare än en som redan lästs: en gammal ram som skickats igen. Den ignoreras. Om mätaren startade om sin räknare kommer avläsningarna tillbaka efter några få ramar.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The frame arrived intact but its content is malformed at byte %1 of the message: the meter sent something HAN Monitor does not expect. A bug report with this frame helps.</source>
        <translation>Ramen kom fram intakt men innehållet är felaktigt vid byte %1 i meddelandet: mätaren skickade något som HAN Monitor inte väntar sig. En felrapport med den här ramen hjälper.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The frame arrived intact but its content is malformed: the meter sent something HAN Monitor does not expect. A bug report with this frame helps.</source>
        <translation>Ramen kom fram intakt men innehållet är felaktigt: mätaren skickade något som HAN Monitor inte väntar sig. En felrapport med den här ramen hjälper.</translation>
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
        <translation>Klockan ställdes tillbaka den här natten, så den här timmen inträffade två gånger; UTC-förskjutningen skiljer dem åt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active energy imported (bought from the grid) in this hour, kWh.</source>
        <translation>Aktiv energi importerad (köpt från nätet) under den här timmen, kWh.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active energy exported (sold to the grid, e.g. from solar panels) in this hour, kWh.</source>
        <translation>Aktiv energi exporterad (såld till nätet, t.ex. från solpaneler) under den här timmen, kWh.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import minus export in this hour, kWh: positive when the house took more from the grid than it gave back.</source>
        <translation>Import minus export under den här timmen, kWh: positivt när huset tog mer från nätet än det gav tillbaka.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reactive energy imported in this hour, kvarh, from the meter&apos;s reactive registers.</source>
        <translation>Reaktiv energi importerad under den här timmen, kvarh, från mätarens reaktiva register.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reactive energy exported in this hour, kvarh, from the meter&apos;s reactive registers.</source>
        <translation>Reaktiv energi exporterad under den här timmen, kvarh, från mätarens reaktiva register.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>No hourly List 2 was received at %1, so the register reading is unknown.</source>
        <translation>Ingen timvis Lista 2 togs emot kl. %1, så mätarställningen är okänd.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The meter&apos;s import register at %1 (its hourly List 2), kWh: what the meter&apos;s display showed then.</source>
        <translation>Mätarens mätarställning för import kl. %1 (dess timvisa Lista 2), kWh: det som mätarens display visade då.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The meter&apos;s export register at %1 (its hourly List 2), kWh: what the meter&apos;s display showed then.</source>
        <translation>Mätarens mätarställning för export kl. %1 (dess timvisa Lista 2), kWh: det som mätarens display visade då.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Hour</source>
        <translation>Timme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import kWh</source>
        <translation>Import kWh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export kWh</source>
        <translation>Export kWh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net kWh</source>
        <translation>Netto kWh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactive in kvarh</source>
        <translation>Reaktiv in kvarh</translation>
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
        <translation>Mätarställning import kWh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export register kWh</source>
        <translation>Mätarställning export kWh</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The hour in local time; a day has 23, 24 or 25 of them.</source>
        <translation>Timmen i lokal tid; ett dygn har 23, 24 eller 25 timmar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy bought from the grid in the hour.</source>
        <translation>Energi köpt från nätet under timmen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy sold to the grid in the hour (solar export).</source>
        <translation>Energi såld till nätet under timmen (export av solel).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import minus export.</source>
        <translation>Import minus export.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reactive energy from the meter&apos;s registers; households are rarely billed for it.</source>
        <translation>Reaktiv energi från mätarens register; hushåll debiteras sällan för den.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the hour&apos;s energy was found: measured, estimated, missing or suspect (hover a row for details).</source>
        <translation>Hur timmens energi togs fram: uppmätt, uppskattad, saknas eller misstänkt (håll pekaren över en rad för detaljer).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The meter&apos;s register at the hour&apos;s end: compare with its display.</source>
        <translation>Mätarens mätarställning vid timmens slut: jämför med dess display.</translation>
    </message>
</context>
<context>
    <name>han::ui::LinkStatusPanel</name>
    <message>
        <location filename="../ui/link_status_panel.cpp" line="+56"/>
        <source>Not connected</source>
        <translation>Inte ansluten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Ansluter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving</source>
        <translation>Tar emot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No data</source>
        <translation>Inga data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnecting…</source>
        <translation>Återansluter…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Link to the meter</source>
        <translation>Anslutning till mätaren</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Counters since the connection started</source>
        <translation>Räknare sedan anslutningen startade</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Frames OK:</source>
        <translation>Ramar OK:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages from the meter that arrived intact and were read. The meter sends one every 10 seconds, and one more every hour with the energy registers.</source>
        <translation>Meddelanden från mätaren som kom fram intakta och lästes. Mätaren skickar ett var 10:e sekund, och ett till varje timme med mätarställningarna.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bytes received:</source>
        <translation>Mottagna byte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes that arrived from the meter&apos;s HAN port since the connection started, about 230 every 10 seconds.</source>
        <translation>Byte som har kommit från mätarens HAN-port sedan anslutningen startade, ungefär 230 var 10:e sekund.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last reading:</source>
        <translation>Senaste mätvärde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the last intact message arrived, in local time (for the simulator and replays, the time the message carries).</source>
        <translation>När det senaste intakta meddelandet kom, i lokal tid (för simulatorn och uppspelningar den tid som meddelandet innehåller).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnects:</source>
        <translation>Återanslutningar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often the connection was lost and came back by itself.</source>
        <translation>Hur ofta anslutningen bröts och kom tillbaka av sig själv.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HCS errors:</source>
        <translation>HCS-fel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages whose header was damaged on the way (header checksum wrong). A few are harmless; many point to a bad cable, a loose contact or electrical noise.</source>
        <translation>Meddelanden vars huvud skadades på vägen (fel kontrollsumma i huvudet). Några är ofarliga; många tyder på en dålig kabel, en glappkontakt eller elektriska störningar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FCS errors:</source>
        <translation>FCS-fel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages damaged on the way (frame checksum wrong). A few are harmless; many point to a bad cable, a loose contact or the wrong parity.</source>
        <translation>Meddelanden som skadades på vägen (fel kontrollsumma för ramen). Några är ofarliga; många tyder på en dålig kabel, en glappkontakt eller fel paritet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flag errors:</source>
        <translation>Flaggfel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages that did not end where their length said: bytes were lost or added on the way.</source>
        <translation>Meddelanden som inte slutade där deras längd angav: byte försvann eller tillkom på vägen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Truncated:</source>
        <translation>Avkortade:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages cut short, for example when the cable was unplugged while one arrived.</source>
        <translation>Meddelanden som avbröts, till exempel när kabeln drogs ur medan ett kom in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown content:</source>
        <translation>Okänt innehåll:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intact messages HAN Monitor cannot read: encrypted, from another make of meter, or a list it does not know.</source>
        <translation>Intakta meddelanden som HAN Monitor inte kan läsa: krypterade, från ett annat mätarfabrikat eller med en lista som programmet inte känner till.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bytes skipped:</source>
        <translation>Överhoppade byte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes that belonged to no message, skipped while looking for the start of the next one. Many of them and no intact messages mean the wrong parity or speed.</source>
        <translation>Byte som inte hörde till något meddelande och hoppades över under sökningen efter början på nästa. Många sådana och inga intakta meddelanden betyder fel paritet eller hastighet.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The connection has not been started.</source>
        <translation>Anslutningen har inte startats.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The state of the connection to the meter, and why</source>
        <translation>Tillståndet för anslutningen till mätaren, och varför</translation>
    </message>
</context>
<context>
    <name>han::ui::LiveView</name>
    <message>
        <location filename="../ui/live_view.cpp" line="+113"/>
        <source>Simulated meter</source>
        <translation>Simulerad mätare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No meter is connected: these numbers come from a built-in simulated household. Choose your meter with File ▸ Connect to Meter… (Ctrl+K).</source>
        <translation>Ingen mätare är ansluten: de här siffrorna kommer från ett inbyggt simulerat hushåll. Välj din mätare med Arkiv ▸ Anslut till mätare… (Ctrl+K).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Waiting for the first reading from the meter…</source>
        <translation>Väntar på det första mätvärdet från mätaren…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Power now</source>
        <translation>Effekt just nu</translation>
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
        <translation>Export</translation>
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
        <translation>Hittills denna timme</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>A Kamstrup meter sends a reading every 10 seconds.</source>
        <translation>En Kamstrup-mätare skickar ett mätvärde var 10:e sekund.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1–now</source>
        <translation>%1–nu</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Full scale %1 each way: the most the %2 A main fuse lets through.</source>
        <translation>Full skala %1 åt varje håll: det mesta som huvudsäkringen på %2 A släpper igenom.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no source</source>
        <translation>ingen källa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: %1</source>
        <translation>Källa: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the meter&apos;s List 1, sent every 10 s; source: %1.</source>
        <translation>Från mätarens Lista 1, som skickas var 10:e s; källa: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main fuse %1 A (Settings ▸ Preferences).</source>
        <translation>Huvudsäkring %1 A (Inställningar ▸ Alternativ).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No meter is connected: the numbers come from a built-in simulated household. Use File ▸ Connect to Meter…</source>
        <translation>Ingen mätare är ansluten: siffrorna kommer från ett inbyggt simulerat hushåll. Använd Arkiv ▸ Anslut till mätare…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net power: active import minus active export now (OBIS 1.7.0 and 2.7.0). Import to the right, export to the left; full scale is the most the main fuse lets through, %1 each way.</source>
        <translation>Nettoeffekt: aktiv import minus aktiv export just nu (OBIS 1.7.0 och 2.7.0). Import åt höger, export åt vänster; full skala är det mesta som huvudsäkringen släpper igenom, %1 åt varje håll.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active power import: what the house draws from the grid now (OBIS 1.7.0).</source>
        <translation>Aktiv effekt, import: det som huset tar från nätet just nu (OBIS 1.7.0).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active power export: what the house feeds into the grid now, e.g. from solar panels (OBIS 2.7.0).</source>
        <translation>Aktiv effekt, export: det som huset matar in på nätet just nu, t.ex. från solpaneler (OBIS 2.7.0).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gauge&apos;s full scale: the main fuse&apos;s current times the phase voltage (3 × 230 V × I on TN, √3 × 230 V × I on IT).</source>
        <translation>Instrumentets fulla skala: huvudsäkringens ström gånger fasspänningen (3 × 230 V × I på TN, √3 × 230 V × I på IT).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reactive power import now (OBIS 3.7.0).</source>
        <translation>Reaktiv effekt, import just nu (OBIS 3.7.0).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactive power export now (OBIS 4.7.0).</source>
        <translation>Reaktiv effekt, export just nu (OBIS 4.7.0).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meter&apos;s power factor over all phases now (OBIS 13.7.0): active power divided by apparent power. Sent by Danish meters; source: %1.</source>
        <translation>Mätarens effektfaktor över alla faser nu (OBIS 13.7.0): aktiv effekt delad med skenbar effekt. Skickas av danska mätare; källa: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Energy imported since the hour began, integrated by HAN Monitor from the List 1 import power; the meter&apos;s own register follows in the hourly List 2. Source: %1.</source>
        <translation>Energi importerad sedan timmen började, integrerad av HAN Monitor från importeffekten i Lista 1; mätarens egen mätarställning följer i den timvisa Lista 2. Källa: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Energy exported since the hour began, integrated by HAN Monitor from the List 1 export power; the meter&apos;s own register follows in the hourly List 2. Source: %1.</source>
        <translation>Energi exporterad sedan timmen började, integrerad av HAN Monitor från exporteffekten i Lista 1; mätarens egen mätarställning följer i den timvisa Lista 2. Källa: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The hour so far, in this computer&apos;s time zone, by the meter&apos;s clock.</source>
        <translation>Timmen hittills, i den här datorns tidszon, enligt mätarens klocka.</translation>
    </message>
</context>
<context>
    <name>han::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="+46"/>
        <source>Not connected</source>
        <translation>Inte ansluten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Ansluter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving</source>
        <translation>Tar emot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No data</source>
        <translation>Inga data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnecting…</source>
        <translation>Återansluter…</translation>
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
        <translation>&amp;Realtid</translation>
    </message>
    <message>
        <location line="-151"/>
        <location line="+151"/>
        <source>&amp;Phases</source>
        <translation>&amp;Faser</translation>
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
        <translation>&amp;Solel</translation>
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
        <translation>Vad huset tar från nätet och exporterar just nu (Ctrl+1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current and voltage of each phase over time (Ctrl+2)</source>
        <translation>Ström och spänning för varje fas över tid (Ctrl+2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy per hour, day and month from the meter&apos;s registers (Ctrl+3)</source>
        <translation>Energi per timme, dag och månad från mätarens mätarställningar (Ctrl+3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The grid company&apos;s monthly capacity fee: this month&apos;s three peak hours, the step they put you in and how much this hour can still use (Ctrl+4)</source>
        <translation>Nätbolagets månatliga effektavgift: månadens tre topptimmar, steget de placerar dig i och hur mycket den här timmen fortfarande kan använda (Ctrl+4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Solar export: net power today and exported energy (Ctrl+5)</source>
        <translation>Export av solel: nettoeffekt idag och exporterad energi (Ctrl+5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The link to the meter: state, counters, raw frames (Ctrl+6)</source>
        <translation>Anslutningen till mätaren: tillstånd, räknare, råa ramar (Ctrl+6)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>History: not saving</source>
        <translation>Historik: sparas inte</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>History: saving</source>
        <translation>Historik: sparas</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>History is being saved again.</source>
        <translation>Historiken sparas igen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Readings are saved to %1</source>
        <translation>Mätvärdena sparas i %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stop &amp;Recording Raw Capture</source>
        <translation>&amp;Stoppa inspelning av rådata</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <source>&amp;Record Raw Capture…</source>
        <translation>Spela &amp;in rådata…</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>This meter encrypts its data: enter the two keys from your grid company (File &gt; Connect to Meter, Ctrl+K).</source>
        <translation>Den här mätaren krypterar sina data: ange de två nycklarna från ditt elnätsföretag (Arkiv &gt; Anslut till mätare, Ctrl+K).</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Enter &amp;Keys…</source>
        <translation>Ange &amp;nycklar…</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>The replay has reached the end of the capture file.</source>
        <translation>Uppspelningen har nått slutet av inspelningsfilen.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connect to Meter…</source>
        <translation>A&amp;nslut till mätare…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the serial port of the meter, the simulator or a capture file</source>
        <translation>Välj mätarens seriella port, simulatorn eller en inspelningsfil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exportera till CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the history to a spreadsheet file</source>
        <translation>Skriv historiken till en kalkylarksfil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back Up History…</source>
        <translation>Säkerhets&amp;kopiera historiken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a copy of the whole history while recording goes on</source>
        <translation>Spara en kopia av hela historiken medan registreringen fortsätter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the bytes from the meter to a file, for a bug report</source>
        <translation>Spara byten från mätaren till en fil, för en felrapport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop recording and close HAN Monitor</source>
        <translation>Sluta registrera och stäng HAN Monitor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Alternativ…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
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
        <translation>&lt;h3&gt;HAN Monitor %1&lt;/h3&gt;&lt;p&gt;Visar vad en elmätare från Kamstrup rapporterar på sin HAN-port: effekt, faser, timenergi och export av solel. Historiken stannar på den här datorn.&lt;/p&gt;&lt;p&gt;Licensierad under GNU General Public License, version 3 eller senare.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>How long ago the last reading arrived from the meter</source>
        <translation>Hur länge sedan det senaste mätvärdet kom från mätaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History: opening…</source>
        <translation>Historik: öppnas…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The house is exporting</source>
        <translation>Huset exporterar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solar power is going to the grid: %1 now.</source>
        <translation>Solel matas ut på nätet: %1 just nu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The house stopped exporting</source>
        <translation>Huset har slutat exportera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It draws %1 from the grid now.</source>
        <translation>Huset tar %1 från nätet just nu.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No meter is connected: the numbers come from a built-in simulated household. Use File &gt; Connect to Meter.</source>
        <translation>Ingen mätare är ansluten: siffrorna kommer från ett inbyggt simulerat hushåll. Använd Arkiv &gt; Anslut till mätare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the readings come from</source>
        <translation>Var mätvärdena kommer ifrån</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HAN Monitor — %1</source>
        <translation>HAN Monitor – %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No reading yet</source>
        <translation>Inget mätvärde än</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last reading %1 s ago</source>
        <translation>Senaste mätvärde för %1 s sedan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last reading %1 min ago</source>
        <translation>Senaste mätvärde för %1 min sedan</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Back Up History</source>
        <translation>Säkerhetskopiera historiken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite database (*.sqlite)</source>
        <translation>SQLite-databas (*.sqlite)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backing up the history to %1…</source>
        <translation>Säkerhetskopierar historiken till %1…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Record Raw Capture</source>
        <translation>Spela in rådata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial log with times (*.log);;Hex text (*.hex);;Raw bytes (*.bin)</source>
        <translation>Seriell logg med tider (*.log);;Hextext (*.hex);;Råa byte (*.bin)</translation>
    </message>
</context>
<context>
    <name>han::ui::MessageBanner</name>
    <message>
        <location filename="../ui/message_banner.cpp" line="+25"/>
        <source>Close this message</source>
        <translation>Stäng det här meddelandet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close message</source>
        <translation>Stäng meddelandet</translation>
    </message>
</context>
<context>
    <name>han::ui::MeterInfoWidget</name>
    <message>
        <location filename="../ui/meter_info_widget.cpp" line="+36"/>
        <source>Meter</source>
        <translation>Mätare</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last reading</source>
        <translation>Senaste mätvärde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meter id</source>
        <translation>Mätar-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meter clock</source>
        <translation>Mätarklocka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meter type</source>
        <translation>Mätartyp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>List version</source>
        <translation>Listversion</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>no source</source>
        <translation>ingen källa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No meter is connected: the numbers come from a built-in simulated household. Use File ▸ Connect to Meter…</source>
        <translation>Ingen mätare är ansluten: siffrorna kommer från ett inbyggt simulerat hushåll. Använd Arkiv ▸ Anslut till mätare…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the readings come from.</source>
        <translation>Var mätvärdena kommer ifrån.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meter&apos;s id (GS1 number, OBIS 0.0.5) as the meter sends it. Source: %1.</source>
        <translation>Mätarens ID (GS1-nummer, OBIS 0.0.5) som mätaren skickar det. Källa: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meter&apos;s type (OBIS 96.1.1) as the meter sends it. Source: %1.</source>
        <translation>Mätarens typ (OBIS 96.1.1) som mätaren skickar den. Källa: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list version the meter names at the start of each list. Source: %1.</source>
        <translation>Listversionen som mätaren anger i början av varje lista. Källa: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long ago the last reading arrived on this computer; amber after %1 s without a new one (a meter sends every 10 s).</source>
        <translation>Hur länge sedan det senaste mätvärdet kom till den här datorn; orange efter %1 s utan något nytt (en mätare skickar var 10:e s).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meter&apos;s own clock in the last reading, shown in this computer&apos;s time zone. Source: %1.</source>
        <translation>Mätarens egen klocka i det senaste mätvärdet, visad i den här datorns tidszon. Källa: %1.</translation>
    </message>
</context>
<context>
    <name>han::ui::MeterKeysPanel</name>
    <message>
        <location filename="../ui/meter_keys_panel.cpp" line="+40"/>
        <source>Meter keys</source>
        <translation>Mätarnycklar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Danish meters encrypt their data: your grid company (netselskab) sends you the two keys. Most Norwegian meters need none: leave the fields empty.</source>
        <translation>Danska mätare krypterar sina data: elnätsföretaget (netselskab) skickar dig de två nycklarna. De flesta norska mätare behöver inga: lämna fälten tomma.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Encryption key (GUEK / GPK60):</source>
        <translation>Krypt&amp;eringsnyckel (GUEK / GPK60):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 32 hex digits the grid company calls GUEK, GPK60 or encryption key</source>
        <translation>De 32 hexadecimala siffror som elnätsföretaget kallar GUEK, GPK60 eller krypteringsnyckel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;uthentication key (GAK / GPK61):</source>
        <translation>Au&amp;tentiseringsnyckel (GAK / GPK61):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 32 hex digits the grid company calls GAK, GPK61 or authentication key</source>
        <translation>De 32 hexadecimala siffror som elnätsföretaget kallar GAK, GPK61 eller autentiseringsnyckel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;how keys</source>
        <translation>V&amp;isa nycklarna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the digits instead of dots, to compare them with the letter</source>
        <translation>Visa siffrorna i stället för prickar, för att jämföra dem med brevet</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>32 hex digits, spaces allowed</source>
        <translation>32 hexadecimala siffror, mellanslag tillåtna</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 of %2 digits</source>
        <translation>%1 av %2 siffror</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>“%1” is not a hex digit (0–9, A–F)</source>
        <translation>”%1” är inte en hexadecimal siffra (0–9, A–F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set</source>
        <translation>inte angiven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 digits: a key has %2</source>
        <translation>%1 siffror: en nyckel har %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ complete</source>
        <translation>✓ fullständig</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The encryption key is not complete: %1.</source>
        <translation>Krypteringsnyckeln är inte fullständig: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The authentication key is not complete: %1.</source>
        <translation>Autentiseringsnyckeln är inte fullständig: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the encryption key too: the authentication key alone decrypts nothing.</source>
        <translation>Ange krypteringsnyckeln också: autentiseringsnyckeln ensam dekrypterar ingenting.</translation>
    </message>
</context>
<context>
    <name>han::ui::MeterSettingsPanel</name>
    <message>
        <location filename="../ui/meter_settings_panel.cpp" line="+30"/>
        <source>No correction</source>
        <translation>Ingen korrigering</translation>
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
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Meter clock</source>
        <translation>Mätarklocka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Follows daylight saving time (Norway, Denmark, Sweden)</source>
        <translation>&amp;Följer sommartid (Norge, Danmark, Sverige)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meter&apos;s clock is local time of Europe/Oslo: UTC+1 in winter, UTC+2 in summer. Right for most meters.</source>
        <translation>Mätarens klocka går i lokal tid enligt Europe/Oslo (samma som svensk tid): UTC+1 på vintern, UTC+2 på sommaren. Rätt för de flesta mätare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard &amp;time all year (UTC+1)</source>
        <translation>&amp;Normaltid hela året (UTC+1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meter&apos;s clock stays on winter time in summer too, so without this every summer hour would be one hour off.</source>
        <translation>Mätarens klocka står kvar på vintertid även på sommaren, så utan det här valet skulle varje sommartimme bli en timme fel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Learned from this computer&apos;s clock</source>
        <translation>&amp;Inlärd från den här datorns klocka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>While it records, HAN Monitor compares the meter&apos;s clock with this computer&apos;s and uses the difference, rounded to a quarter hour. Needs a computer clock that is right.</source>
        <translation>Under registreringen jämför HAN Monitor mätarens klocka med den här datorns och använder skillnaden, avrundad till en kvarts timme. Kräver att datorns klocka går rätt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The meter sends its clock without a time zone, and meters differ: most follow summer time, some stay on winter time all year. The clock decides which hour each hourly reading belongs to. If the Energy view&apos;s hours look one hour off in summer, choose standard time.</source>
        <translation>Mätaren skickar sin klocka utan tidszon, och mätare skiljer sig åt: de flesta följer sommartid, några står kvar på vintertid hela året. Klockan avgör vilken timme varje timvärde hör till. Om timmarna i vyn Energi verkar ligga en timme fel på sommaren väljer du normaltid.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Scale corrections</source>
        <translation>Skalkorrigeringar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the meter counts in Wh (Swedish Kamstrup)</source>
        <translation>mätaren räknar i Wh (svensk Kamstrup)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Multiplies the energy registers (kWh) the meter sends every hour</source>
        <translation>Multiplicerar mätarställningarna (kWh) som mätaren skickar varje timme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>power reads ten times too high</source>
        <translation>effekten visas tio gånger för hög</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multiplies the power (kW, kvar) the meter sends every 10 s</source>
        <translation>Multiplicerar effekten (kW, kvar) som mätaren skickar var 10:e s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>current in mA (Kamstrup CT meters, type 685…)</source>
        <translation>ström i mA (Kamstrup CT-mätare, typ 685…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multiplies the phase currents (A) the meter sends</source>
        <translation>Multiplicerar fasströmmarna (A) som mätaren skickar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Multiplies the phase voltages (V) the meter sends</source>
        <translation>Multiplicerar fasspänningarna (V) som mätaren skickar</translation>
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
        <translation>S&amp;tröm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Voltage:</source>
        <translation>S&amp;pänning:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Most meters need no correction. Some send their values in other units than the Norwegian data sheet: Swedish Kamstrup meters send energy in Wh, so every kWh reads ten times too high; some Swedish meters send power ten times too high; Kamstrup CT meters (for large main fuses) send current in mA. Danish meters are recognised by their list and need nothing here, as are voltages sent in 0.01 V. A correction applies to readings from now on.</source>
        <translation>De flesta mätare behöver ingen korrigering. Vissa skickar sina värden i andra enheter än i det norska databladet: svenska Kamstrup-mätare skickar energi i Wh, så varje kWh visas tio gånger för högt; vissa svenska mätare skickar effekt tio gånger för högt; Kamstrup CT-mätare (för stora huvudsäkringar) skickar ström i mA. Danska mätare känns igen på sin lista och behöver inget här, och detsamma gäller spänningar som skickas i 0,01 V. En korrigering gäller mätvärden från och med nu.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No meter has sent a reading yet. These settings belong to one meter: they can be made once it has been seen.</source>
        <translation>Ingen mätare har skickat något mätvärde än. De här inställningarna hör till en viss mätare: de kan göras när den har setts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings of %1.</source>
        <translation>Inställningar för %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meter number %1 is the one the meter sends in its own list; the history keeps these settings with it.</source>
        <translation>Mätarnumret %1 är det som mätaren skickar i sin egen lista; historiken sparar de här inställningarna tillsammans med det.</translation>
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
        <translation>%1, %2 av huvudsäkringen på %3 A</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No current reported for %1</source>
        <translation>Ingen ström rapporterad för %1</translation>
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
        <translation>Spänning</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power factor</source>
        <translation>Effektfaktor</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Current against the %1 A main fuse</source>
        <translation>Ström i förhållande till huvudsäkringen på %1 A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main fuse %1 A on a %2 grid: at most %3.</source>
        <translation>Huvudsäkring %1 A på ett %2-nät: högst %3.</translation>
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
        <translation>Spänning (mellan faserna)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>From the meter&apos;s List 1, sent every 10 s; source: %1.</source>
        <translation>Från mätarens Lista 1, som skickas var 10:e s; källa: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main fuse %1 A (Settings ▸ Preferences).</source>
        <translation>Huvudsäkring %1 A (Inställningar ▸ Alternativ).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current on %1 now (OBIS %2.7.0).</source>
        <translation>Ström på %1 just nu (OBIS %2.7.0).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current on %1 as a share of the main fuse; the bar is full at the fuse, amber from 80 %, red from 95 %.</source>
        <translation>Strömmen på %1 som andel av huvudsäkringen; stapeln är full vid säkringens värde, orange från 80 %, röd från 95 %.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Voltage on %1 now (OBIS %2.7.0); on an IT grid, measured between phases.</source>
        <translation>Spänning på %1 just nu (OBIS %2.7.0); på ett IT-nät mätt mellan faserna.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From the meter&apos;s list, sent every 10 s; source: %1.</source>
        <translation>Från mätarens lista, som skickas var 10:e s; källa: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active power imported on %1 now (OBIS %2.7.0).</source>
        <translation>Aktiv effekt importerad på %1 nu (OBIS %2.7.0).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active power exported on %1 now (OBIS %2.7.0).</source>
        <translation>Aktiv effekt exporterad på %1 nu (OBIS %2.7.0).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power factor on %1 now (OBIS %2.7.0): active power divided by apparent power, 1 for a purely resistive load.</source>
        <translation>Effektfaktor på %1 nu (OBIS %2.7.0): aktiv effekt delad med skenbar effekt, 1 för en rent resistiv last.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The most the main fuse lets through: 3 × 230 V × the fuse on a TN grid, √3 × 230 V × the fuse on an IT grid.</source>
        <translation>Det mesta som huvudsäkringen släpper igenom: 3 × 230 V × säkringen på ett TN-nät, √3 × 230 V × säkringen på ett IT-nät.</translation>
    </message>
</context>
<context>
    <name>han::ui::PhasesView</name>
    <message>
        <location filename="../ui/phases_view.cpp" line="+59"/>
        <source>Current</source>
        <translation>Ström</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voltage</source>
        <translation>Spänning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power of each phase in kilowatts, import minus export (below zero: export), from the meter&apos;s list (every 10 s)</source>
        <translation>Effekten på varje fas i kilowatt, import minus export (under noll: export), från mätarens lista (var 10:e s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current of each phase in amperes, from the meter&apos;s List 1 (every 10 s)</source>
        <translation>Ström för varje fas i ampere, från mätarens Lista 1 (var 10:e s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voltage of each phase in volts, from the meter&apos;s List 1 (every 10 s)</source>
        <translation>Spänning för varje fas i volt, från mätarens Lista 1 (var 10:e s)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Drag a chart to move in time, turn the wheel to zoom; the values under the pointer show on the charts. Keys on a chart: ←/→ move, +/− zoom, Home back to live.</source>
        <translation>Dra i ett diagram för att flytta i tiden, vrid på hjulet för att zooma; värdena under pekaren visas i diagrammen. Tangenter i ett diagram: ←/→ flyttar, +/− zoomar, Home går tillbaka till realtid.</translation>
    </message>
    <message>
        <location line="+310"/>
        <source>Readings shown: %L1</source>
        <translation>Visade mätvärden: %L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No readings in this range</source>
        <translation>Inga mätvärden i det här intervallet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings in the visible time range, from the history and the live meter (one every 10 s)</source>
        <translation>Mätvärden i det synliga tidsintervallet, från historiken och mätaren i realtid (ett var 10:e s)</translation>
    </message>
</context>
<context>
    <name>han::ui::PortListModel</name>
    <message>
        <location filename="../ui/port_list_model.cpp" line="+147"/>
        <source>The device %1, as the system names it</source>
        <translation>Enheten %1, som systemet kallar den</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system gives no description of this port</source>
        <translation>Systemet ger ingen beskrivning av den här porten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The adapter&apos;s own description: %1</source>
        <translation>Adapterns egen beskrivning: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system names no manufacturer for this port</source>
        <translation>Systemet anger ingen tillverkare för den här porten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The adapter&apos;s manufacturer, as it reports itself: %1</source>
        <translation>Adapterns tillverkare, som den själv anger: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a USB device: no vendor and product id</source>
        <translation>Ingen USB-enhet: inget leverantörs- och produkt-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USB vendor id %1 and product id %2 (hexadecimal), as the adapter reports them; used to find the adapter again after a re-plug</source>
        <translation>USB-leverantörs-ID %1 och produkt-ID %2 (hexadecimalt), som adaptern anger dem; används för att hitta adaptern igen när den kopplats in på nytt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The adapter reports no serial number</source>
        <translation>Adaptern anger inget serienummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The adapter&apos;s USB serial number; HAN Monitor finds the adapter by it when the port&apos;s name changes</source>
        <translation>Adapterns USB-serienummer; HAN Monitor hittar adaptern med det när portens namn ändras</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manufacturer</source>
        <translation>Tillverkare</translation>
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
        <translation>Den seriella portens namn på den här datorn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the adapter calls itself</source>
        <translation>Vad adaptern kallar sig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who made the adapter, as it reports itself</source>
        <translation>Vem som har tillverkat adaptern, som den själv anger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USB vendor and product id of the adapter, in hexadecimal</source>
        <translation>Adapterns USB-leverantörs- och produkt-ID, hexadecimalt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The adapter&apos;s USB serial number, if it has one</source>
        <translation>Adapterns USB-serienummer, om den har något</translation>
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
        <translation>Inget mätvärde än</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Balanced: %1</source>
        <translation>I balans: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing %1 from the grid</source>
        <translation>Importerar %1 från nätet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting %1 to the grid</source>
        <translation>Exporterar %1 till nätet</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>no reading yet</source>
        <translation>inget mätvärde än</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>balanced</source>
        <translation>i balans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the grid, beyond the scale</source>
        <translation>från nätet, utanför skalan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the grid</source>
        <translation>från nätet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to the grid, beyond the scale</source>
        <translation>till nätet, utanför skalan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to the grid</source>
        <translation>till nätet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export</source>
        <translation>Export</translation>
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
        <translation>P&amp;ortar (listan följer det som är anslutet):</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Serial ports</source>
        <translation>Seriella portar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No serial port found. Plug in the meter&apos;s USB adapter: this list updates by itself.</source>
        <translation>Ingen seriell port hittades. Anslut mätarens USB-adapter: listan uppdateras av sig själv.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Auto — try none, then even</source>
        <translation>Auto – prova ingen, sedan jämn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None — Kamstrup</source>
        <translation>Ingen – Kamstrup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Even — Aidon, Kaifa</source>
        <translation>Jämn – Aidon, Kaifa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the meter frames each byte on its HAN port (2400 baud, 8 data bits, 1 stop bit).
Kamstrup meters send without parity (8N1); Aidon and Kaifa with even parity (8E1).
Auto starts with none and switches to even when bytes arrive but no valid frame does.</source>
        <translation>Hur mätaren ramar in varje byte på sin HAN-port (2400 baud, 8 databitar, 1 stoppbit).
Kamstrup-mätare skickar utan paritet (8N1); Aidon och Kaifa med jämn paritet (8E1).
Auto börjar med ingen och växlar till jämn när byte kommer in men inga giltiga ramar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Parity:</source>
        <translation>&amp;Paritet:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>If the port cannot be opened, your user may not be allowed to use serial ports. Run&lt;br&gt;&lt;code&gt;sudo usermod -aG dialout $USER&lt;/code&gt;&lt;br&gt;then log out and in.</source>
        <translation>Om porten inte kan öppnas kanske din användare inte får använda seriella portar. Kör&lt;br&gt;&lt;code&gt;sudo usermod -aG dialout $USER&lt;/code&gt;&lt;br&gt;och logga sedan ut och in igen.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No serial port found: plug in the meter&apos;s USB adapter.</source>
        <translation>Ingen seriell port hittades: anslut mätarens USB-adapter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the port of the meter&apos;s adapter.</source>
        <translation>Välj porten för mätarens adapter.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The adapter used last (%1) is not plugged in; it is selected as soon as it appears.</source>
        <translation>Adaptern som användes senast (%1) är inte ansluten; den väljs så snart den dyker upp.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You may not have permission to open %1: see the note above.</source>
        <translation>Du kanske inte har behörighet att öppna %1: se anvisningen ovan.</translation>
    </message>
</context>
<context>
    <name>han::ui::SessionController</name>
    <message>
        <location filename="../ui/session_controller.cpp" line="+189"/>
        <source>Preparing the simulated meter: writing its last day of history…</source>
        <translation>Förbereder den simulerade mätaren: skriver dess senaste dygn av historik…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the simulated meter: writing %1 days of its history…</source>
        <translation>Förbereder den simulerade mätaren: skriver %1 dagar av dess historik…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The simulated meter&apos;s history could not be written: %1</source>
        <translation>Den simulerade mätarens historik kunde inte skrivas: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Simulated meter</source>
        <translation>Simulerad mätare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replay of %1</source>
        <translation>Uppspelning av %1</translation>
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
        <translation>Inställningar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Meter</source>
        <translation>&amp;Mätare</translation>
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
        <translation>&amp;Utseende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Startup</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the meter&apos;s clock and values are read</source>
        <translation>Hur mätarens klocka och värden läses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main fuse and grid type</source>
        <translation>Huvudsäkring och nättyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The grid company&apos;s capacity fee: its steps, prices and warning</source>
        <translation>Nätbolagets effektavgift: steg, priser och varning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours, language and notifications</source>
        <translation>Färger, språk och aviseringar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording in the background, start at login, history file</source>
        <translation>Registrering i bakgrunden, start vid inloggning, historikfil</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Main fuse</source>
        <translation>Huvudsäkring</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The rating of the main fuse or breaker, in amperes (%1 to %2 A)</source>
        <translation>Huvudsäkringens eller huvudbrytarens märkström, i ampere (%1 till %2 A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main &amp;fuse:</source>
        <translation>Huvudsä&amp;kring:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The main fuse limits how much the house can draw at once. The Live view draws each phase&apos;s current against it. Its size is printed on the main breaker in the fuse box and on the grid company&apos;s invoice.</source>
        <translation>Huvudsäkringen begränsar hur mycket huset kan ta ut på en gång. Vyn Realtid visar strömmen på varje fas i förhållande till den. Storleken står på huvudbrytaren i elcentralen och på nätbolagets faktura.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Grid</source>
        <translation>Nät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;TN: 230 V from each phase to neutral, 400 V between phases</source>
        <translation>&amp;TN: 230 V från varje fas till neutralledaren, 400 V mellan faserna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;IT: 230 V between phases, no neutral</source>
        <translation>&amp;IT: 230 V mellan faserna, ingen neutralledare</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The most the main fuse lets the house draw: 3 × 230 V × the fuse on TN, √3 × 230 V × the fuse on IT</source>
        <translation>Det mesta som huvudsäkringen låter huset ta ut: 3 × 230 V × säkringen på TN, √3 × 230 V × säkringen på IT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TN is the usual grid in Denmark, Sweden and newer Norwegian houses. IT is common in Norway, above all in older houses. An electrician or the grid company can tell.</source>
        <translation>TN är det vanliga nätet i Danmark, Sverige och nyare norska hus. IT är vanligt i Norge, framför allt i äldre hus. En elektriker eller nätbolaget kan svara på vilket du har.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Colours</source>
        <translation>Färger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ystem: as the desktop</source>
        <translation>S&amp;ystem: som skrivbordet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Ljust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>Mö&amp;rkt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>System uses the colours the desktop gave HAN Monitor when it started.</source>
        <translation>System använder de färger som skrivbordet gav HAN Monitor när programmet startade.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>La&amp;nguage:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new language takes effect when HAN Monitor is started again.</source>
        <translation>Ett nytt språk börjar gälla när HAN Monitor startas igen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notifications</source>
        <translation>Aviseringar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notify me when the house starts or stops e&amp;xporting</source>
        <translation>Meddela mig när huset börjar eller slutar &amp;exportera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When solar production starts to exceed what the house uses, and when it stops</source>
        <translation>När solelsproduktionen börjar överstiga det som huset förbrukar, och när den slutar göra det</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The messages appear as desktop notifications.</source>
        <translation>Meddelandena visas som skrivbordsaviseringar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desktop has no notification service: the messages will appear in the HAN Monitor window instead.</source>
        <translation>Det här skrivbordet har ingen aviseringstjänst: meddelandena visas i stället i HAN Monitors fönster.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a &amp;test notification</source>
        <translation>Skicka en &amp;testavisering</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No desktop notification could be shown; the window will show: “%1”</source>
        <translation>Ingen skrivbordsavisering kunde visas; fönstret kommer att visa: ”%1”</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Recording</source>
        <translation>Registrering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep recording in the system tray when the window is closed</source>
        <translation>&amp;Fortsätt registrera i systemfältet när fönstret stängs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start HAN Monitor when I &amp;log in</source>
        <translation>Starta HAN Monitor när jag &amp;loggar in</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writes %1</source>
        <translation>Skriver %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history then has no holes. Quit from the File menu or the tray icon to stop recording.</source>
        <translation>Historiken får då inga luckor. Avsluta från Arkiv-menyn eller ikonen i systemfältet för att sluta registrera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history then has no holes. This desktop shows no system tray at the moment, so closing the window quits HAN Monitor.</source>
        <translation>Historiken får då inga luckor. Det här skrivbordet visar inget systemfält just nu, så när fönstret stängs avslutas HAN Monitor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>HAN Monitor then starts in the system tray when you log in and goes on recording where it left off.</source>
        <translation>HAN Monitor startar då i systemfältet när du loggar in och fortsätter registrera där det slutade.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The SQLite file with every reading; han-cli uses the same one</source>
        <translation>SQLite-filen med alla mätvärden; han-cli använder samma fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sho&amp;w in Folder</source>
        <translation>&amp;Visa i mapp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database:</source>
        <translation>Databas:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another file can be chosen when starting: han-monitor --db PATH. Make a copy with File &gt; Back Up History.</source>
        <translation>En annan fil kan väljas vid start: han-monitor --db PATH. Gör en kopia med Arkiv &gt; Säkerhetskopiera historiken.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the simulated meter %1</source>
        <translation>den simulerade mätaren %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>meter %1</source>
        <translation>mätare %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (type %2)</source>
        <translation>%1 (typ %2)</translation>
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
        <translation>%1 A på %2: upp till %3</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Start at Login</source>
        <translation>Starta vid inloggning</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>HAN Monitor</source>
        <translation>HAN Monitor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is how HAN Monitor tells you that the house started or stopped exporting.</source>
        <translation>Så här meddelar HAN Monitor att huset har börjat eller slutat exportera.</translation>
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
        <translation>Kamstrup (Danmark), effekt och energi per fas</translation>
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
        <translation>Vilken mätare det simulerade hushållet har: listorna, när de skickas och deras skalning är som hos det märket</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Encrypted, as Danish meters send</source>
        <translation>&amp;Krypterad, som danska mätare skickar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The simulated meter encrypts with these published test keys, which the app uses by itself:
encryption key %1
authentication key %2</source>
        <translation>Den simulerade mätaren krypterar med dessa publicerade testnycklar, som programmet använder av sig självt:
krypteringsnyckel %1
autentiseringsnyckel %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This meter sends with even parity (8E1). With the parity on Auto the app finds it by itself within half a minute.</source>
        <translation>Denna mätare skickar med jämn paritet (8E1). Med pariteten på Auto hittar programmet den själv inom en halv minut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Me&amp;ter:</source>
        <translation>Mä&amp;tare:</translation>
    </message>
</context>
<context>
    <name>han::ui::SolarView</name>
    <message>
        <location filename="../ui/solar_view.cpp" line="+62"/>
        <source>Net power today: import minus export from the meter&apos;s List 1, above zero while the house draws from the grid, below zero while it exports</source>
        <translation>Nettoeffekt idag: import minus export från mätarens Lista 1, över noll när huset tar från nätet, under noll när det exporterar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Net power (kW)</source>
        <translation>Nettoeffekt (kW)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drawing from the grid</source>
        <translation>Tar från nätet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting to the grid</source>
        <translation>Exporterar till nätet</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Export now</source>
        <translation>Export just nu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active power the house exports to the grid now, from the meter&apos;s List 1 (every 10 s)</source>
        <translation>Aktiv effekt som huset exporterar till nätet just nu, från mätarens Lista 1 (var 10:e s)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting while the meter&apos;s List 1 shows more than %1 going out and more going out than coming in; otherwise drawing from the grid</source>
        <translation>Exporterar medan mätarens Lista 1 visar att mer än %1 går ut och att mer går ut än kommer in; annars tar huset från nätet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chart shows the net power since midnight: above zero the house draws from the grid, below zero it exports.</source>
        <translation>Diagrammet visar nettoeffekten sedan midnatt: över noll tar huset från nätet, under noll exporterar det.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exported</source>
        <translation>Exporterat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Importerat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Today</source>
        <translation>Idag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Denna månad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>whole hours from the meter&apos;s hourly registers (List 2), the hour in progress from List 1 power</source>
        <translation>hela timmar från mätarens timvisa mätarställningar (Lista 2), den pågående timmen från effekten i Lista 1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Energy exported to the grid today since local midnight: %1</source>
        <translation>Energi exporterad till nätet idag sedan midnatt lokal tid: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy drawn from the grid today since local midnight: %1</source>
        <translation>Energi tagen från nätet idag sedan midnatt lokal tid: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy exported to the grid this month since the 1st: %1</source>
        <translation>Energi exporterad till nätet denna månad sedan den 1:a: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy drawn from the grid this month since the 1st: %1</source>
        <translation>Energi tagen från nätet denna månad sedan den 1:a: %1</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>The house started exporting %1 to the grid</source>
        <translation>Huset började exportera %1 till nätet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The house stopped exporting and draws %1 from the grid</source>
        <translation>Huset slutade exportera och tar %1 från nätet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting for readings from the meter</source>
        <translation>Väntar på mätvärden från mätaren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exporting %1 to the grid</source>
        <translation>Exporterar %1 till nätet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drawing %1 from the grid</source>
        <translation>Tar %1 från nätet</translation>
    </message>
</context>
<context>
    <name>han::ui::TimeWindowBar</name>
    <message>
        <location filename="../ui/time_window_bar.cpp" line="+19"/>
        <source>Show:</source>
        <translation>Visa:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Follo&amp;w live</source>
        <translation>Följ real&amp;tid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the newest reading at the right edge; moving or zooming the charts turns this off</source>
        <translation>Håll det nyaste mätvärdet vid högerkanten; om du flyttar eller zoomar diagrammen stängs detta av</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Start of the range, local time</source>
        <translation>Intervallets början, lokal tid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of the range, local time</source>
        <translation>Intervallets slut, lokal tid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fro&amp;m</source>
        <translation>Frå&amp;n</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;o</source>
        <translation>Ti&amp;ll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appl&amp;y</source>
        <translation>Ver&amp;kställ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this range from the history</source>
        <translation>Visa det här intervallet från historiken</translation>
    </message>
</context>
<context>
    <name>han::ui::TrayIcon</name>
    <message>
        <location filename="../ui/tray_icon.cpp" line="+19"/>
        <source>&amp;Show HAN Monitor</source>
        <translation>&amp;Visa HAN Monitor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit (stops recording)</source>
        <translation>&amp;Avsluta (registreringen stoppas)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>HAN Monitor — recording</source>
        <translation>HAN Monitor – registrerar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HAN Monitor — exporting %1</source>
        <translation>HAN Monitor – exporterar %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HAN Monitor — drawing %1</source>
        <translation>HAN Monitor – tar %1 från nätet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simulated meter</source>
        <translation>Simulerad mätare</translation>
    </message>
</context>
</TS>
