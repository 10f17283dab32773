<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BacktestView</name>
    <message numerus="yes">
        <source>Scenario {scenario} against %n reported figure(s) ({compared} comparable with this horizon and frequency). </source>
        <translation>
            <numerusform>Scenario {scenario} against %n reported figure ({compared} comparable with this horizon and frequency). </numerusform>
            <numerusform>Scenario {scenario} against %n reported figures ({compared} comparable with this horizon and frequency). </numerusform>
        </translation>
    </message>
</context>
</TS>
