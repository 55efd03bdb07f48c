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
        <location filename="../../src/planner/ui/plurals.py" line="43"/>
        <source>%Ln post(s)</source>
        <translation>
            <numerusform>%Ln post</numerusform>
            <numerusform>%Ln posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="46"/>
        <source>%Ln cell(s)</source>
        <translation>
            <numerusform>%Ln cell</numerusform>
            <numerusform>%Ln cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="49"/>
        <source>%Ln column(s)</source>
        <translation>
            <numerusform>%Ln column</numerusform>
            <numerusform>%Ln columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="52"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="55"/>
        <source>%Ln daily figure(s)</source>
        <translation>
            <numerusform>%Ln daily figure</numerusform>
            <numerusform>%Ln daily figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="58"/>
        <source>%Ln more day(s)</source>
        <translation>
            <numerusform>%Ln more day</numerusform>
            <numerusform>%Ln more days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="61"/>
        <source>%Ln more row(s)</source>
        <translation>
            <numerusform>%Ln more row</numerusform>
            <numerusform>%Ln more rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="65"/>
        <source>%Ln goal(s) wait for this week&apos;s figures</source>
        <translation>
            <numerusform>%Ln goal waits for this week&apos;s figures</numerusform>
            <numerusform>%Ln goals wait for this week&apos;s figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="68"/>
        <source>%Ln goal(s) wait for this month&apos;s figures</source>
        <translation>
            <numerusform>%Ln goal waits for this month&apos;s figures</numerusform>
            <numerusform>%Ln goals wait for this month&apos;s figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="71"/>
        <source>%Ln goal(s) wait for this period&apos;s figures</source>
        <translation>
            <numerusform>%Ln goal waits for this period&apos;s figures</numerusform>
            <numerusform>%Ln goals wait for this period&apos;s figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="74"/>
        <source>%Ln of them late</source>
        <translation>
            <numerusform>%Ln of them is late</numerusform>
            <numerusform>%Ln of them are late</numerusform>
        </translation>
    </message>
</context>
</TS>
