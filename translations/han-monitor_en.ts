<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>EnergySummary</name>
    <message numerus="yes">
        <location filename="../ui/energy_summary.cpp" line="+59"/>
        <source>All %Ln hour(s) measured.</source>
        <translation>
            <numerusform>%Ln hour measured.</numerusform>
            <numerusform>All %Ln hours measured.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln hour(s): %1.</source>
        <translation>
            <numerusform>%Ln hour: %1.</numerusform>
            <numerusform>%Ln hours: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListenCommand</name>
    <message numerus="yes">
        <location filename="../app/han-cli/listen_command.cpp" line="+228"/>
        <source>%Ln reading(s)</source>
        <translation>
            <numerusform>%Ln reading</numerusform>
            <numerusform>%Ln readings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln frame(s) rejected</source>
        <translation>
            <numerusform>%Ln frame rejected</numerusform>
            <numerusform>%Ln frames rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln reconnect(s)</source>
        <translation>
            <numerusform>%Ln reconnect</numerusform>
            <numerusform>%Ln reconnects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>han::ui::EnergyTotalsModel</name>
    <message numerus="yes">
        <location filename="../ui/energy_totals_model.cpp" line="+267"/>
        <source>%Ln hour(s): %1 measured, %2 estimated, %3 suspect, %4 missing.</source>
        <translation>
            <numerusform>%Ln hour: %1 measured, %2 estimated, %3 suspect, %4 missing.</numerusform>
            <numerusform>%Ln hours: %1 measured, %2 estimated, %3 suspect, %4 missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>han::ui::ExportForm</name>
    <message numerus="yes">
        <location filename="../ui/export_form.cpp" line="+72"/>
        <source>%Ln reading(s) stored, from %1 to %2</source>
        <translation>
            <numerusform>%Ln reading stored, from %1 to %2</numerusform>
            <numerusform>%Ln readings stored, from %1 to %2</numerusform>
        </translation>
    </message>
</context>
</TS>
