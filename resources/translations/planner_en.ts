<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="19"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="22"/>
        <source>%Ln week(s)</source>
        <translation>
            <numerusform>%Ln week</numerusform>
            <numerusform>%Ln weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="25"/>
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln month</numerusform>
            <numerusform>%Ln months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="28"/>
        <source>%Ln figure(s)</source>
        <translation>
            <numerusform>%Ln figure</numerusform>
            <numerusform>%Ln figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="31"/>
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln finding</numerusform>
            <numerusform>%Ln findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="34"/>
        <source>%Ln goal(s)</source>
        <translation>
            <numerusform>%Ln goal</numerusform>
            <numerusform>%Ln goals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="37"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="40"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="44"/>
        <source>%Ln goal(s) wait for this week&apos;s figures</source>
        <translation>
            <numerusform>%Ln goal waits for this week&apos;s figures</numerusform>
            <numerusform>%Ln goals wait for this week&apos;s figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="47"/>
        <source>%Ln goal(s) wait for this month&apos;s figures</source>
        <translation>
            <numerusform>%Ln goal waits for this month&apos;s figures</numerusform>
            <numerusform>%Ln goals wait for this month&apos;s figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="50"/>
        <source>%Ln goal(s) wait for this period&apos;s figures</source>
        <translation>
            <numerusform>%Ln goal waits for this period&apos;s figures</numerusform>
            <numerusform>%Ln goals wait for this period&apos;s figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="53"/>
        <source>%Ln of them late</source>
        <translation>
            <numerusform>%Ln of them is late</numerusform>
            <numerusform>%Ln of them are late</numerusform>
        </translation>
    </message>
</context>
</TS>
