<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Signalbox::BackupActions</name>
    <message numerus="yes">
        <location filename="../ui/backupactions.cpp" line="59"/>
        <source>Backed up %n connection(s) to “%1”.</source>
        <translation>
            <numerusform>Backed up %n connection to “%1”.</numerusform>
            <numerusform>Backed up %n connections to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backupactions.cpp" line="185"/>
        <source>Restored %n connection(s).</source>
        <translation>
            <numerusform>Restored %n connection.</numerusform>
            <numerusform>Restored %n connections.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::BrokerDashboard</name>
    <message numerus="yes">
        <location filename="../ui/brokerdashboard.cpp" line="40"/>
        <source>%n day(s) %1</source>
        <translation>
            <numerusform>%n day %1</numerusform>
            <numerusform>%n days %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::ConnectionPage</name>
    <message numerus="yes">
        <location filename="../ui/connectionpage.cpp" line="156"/>
        <source>Every packet is recorded, also while this tab is closed; under a flood, PUBLISH and its acknowledgements only %n a second.</source>
        <translation>
            <numerusform>Every packet is recorded, also while this tab is closed; under a flood, PUBLISH and its acknowledgements only %n a second.</numerusform>
            <numerusform>Every packet is recorded, also while this tab is closed; under a flood, PUBLISH and its acknowledgements only %n a second.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectionpage.cpp" line="410"/>
        <source>%n message(s) queued until connected</source>
        <translation>
            <numerusform>%n message queued until connected</numerusform>
            <numerusform>%n messages queued until connected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::ConnectionSidebar</name>
    <message numerus="yes">
        <location filename="../ui/connectionsidebar.cpp" line="242"/>
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectionsidebar.cpp" line="267"/>
        <source>Messages received per second, over the last %n second(s)</source>
        <translation>
            <numerusform>Messages received per second, over the last %n second</numerusform>
            <numerusform>Messages received per second, over the last %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectionsidebar.cpp" line="400"/>
        <source>Delete the group “%1”? Its %n connection(s) will move to no group.</source>
        <translation>
            <numerusform>Delete the group “%1”? Its %n connection will move to no group.</numerusform>
            <numerusform>Delete the group “%1”? Its %n connections will move to no group.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="536"/>
        <source>Imported %n connection(s).</source>
        <translation>
            <numerusform>Imported %n connection.</numerusform>
            <numerusform>Imported %n connections.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::PayloadViewer</name>
    <message numerus="yes">
        <location filename="../ui/payloadviewer.cpp" line="256"/>
        <source>This payload breaks its JSON Schema (%n violation(s)):</source>
        <translation>
            <numerusform>This payload breaks its JSON Schema (%n violation):</numerusform>
            <numerusform>This payload breaks its JSON Schema (%n violations):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::RetainedManager</name>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="412"/>
        <source>Clear %n checked…</source>
        <translation>
            <numerusform>Clear %n checked…</numerusform>
            <numerusform>Clear %n checked…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="488"/>
        <source>Clear %n retained message(s)? Each topic gets an empty retained message.
First they are saved to this restore file, from which they can be published again:</source>
        <translation>
            <numerusform>Clear %n retained message? Each topic gets an empty retained message.
First they are saved to this restore file, from which they can be published again:</numerusform>
            <numerusform>Clear %n retained messages? Each topic gets an empty retained message.
First they are saved to this restore file, from which they can be published again:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="502"/>
        <source>Clear %n</source>
        <translation>
            <numerusform>Clear %n</numerusform>
            <numerusform>Clear %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="520"/>
        <source>Saving %1 and clearing %n retained message(s)…</source>
        <translation>
            <numerusform>Saving %1 and clearing %n retained message…</numerusform>
            <numerusform>Saving %1 and clearing %n retained messages…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="596"/>
        <source>Scanning %1… %n retained message(s) so far.</source>
        <translation>
            <numerusform>Scanning %1… %n retained message so far.</numerusform>
            <numerusform>Scanning %1… %n retained messages so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="598"/>
        <source>%n acknowledged…</source>
        <translation>
            <numerusform>%n acknowledged…</numerusform>
            <numerusform>%n acknowledged…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="608"/>
        <source>%n retained message(s) under %1</source>
        <translation>
            <numerusform>%n retained message under %1</numerusform>
            <numerusform>%n retained messages under %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="612"/>
        <source>Stopped at %n message(s); narrow the filter to see the rest.</source>
        <translation>
            <numerusform>Stopped at %n message; narrow the filter to see the rest.</numerusform>
            <numerusform>Stopped at %n messages; narrow the filter to see the rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="626"/>
        <source>Cleared %n retained message(s).</source>
        <translation>
            <numerusform>Cleared %n retained message.</numerusform>
            <numerusform>Cleared %n retained messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="628"/>
        <source>Cleared %1; %n failed: %2</source>
        <translation>
            <numerusform>Cleared %1; %n failed: %2</numerusform>
            <numerusform>Cleared %1; %n failed: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="639"/>
        <source>Restored %n retained message(s).</source>
        <translation>
            <numerusform>Restored %n retained message.</numerusform>
            <numerusform>Restored %n retained messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="641"/>
        <source>Restored %1; %n failed: %2</source>
        <translation>
            <numerusform>Restored %1; %n failed: %2</numerusform>
            <numerusform>Restored %1; %n failed: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::TopicChartView</name>
    <message numerus="yes">
        <location filename="../ui/topicchartview.cpp" line="427"/>
        <source>In %n of the recent messages</source>
        <translation>
            <numerusform>In %n of the recent messages</numerusform>
            <numerusform>In %n of the recent messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::TopicTreeView</name>
    <message numerus="yes">
        <location filename="../ui/topictreeview.cpp" line="58"/>
        <source>(%n topic(s))</source>
        <translation>
            <numerusform>(%n topic)</numerusform>
            <numerusform>(%n topics)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topictreeview.cpp" line="456"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topictreeview.cpp" line="459"/>
        <source>Publish an empty retained message to %n topic(s), so the broker deletes their retained messages?</source>
        <translation>
            <numerusform>Publish an empty retained message to %n topic, so the broker deletes its retained message?</numerusform>
            <numerusform>Publish an empty retained message to %n topics, so the broker deletes their retained messages?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::TrafficView</name>
    <message numerus="yes">
        <location filename="../ui/trafficview.cpp" line="337"/>
        <source>%1 · %2 · %n distinct topic(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n distinct topic</numerusform>
            <numerusform>%1 · %2 · %n distinct topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficview.cpp" line="341"/>
        <source>%1 messages/s and %2 bytes/s over the last %n second(s); %3 messages and %4 bytes since the profile was cleared</source>
        <translation>
            <numerusform>%1 messages/s and %2 bytes/s over the last %n second; %3 messages and %4 bytes since the profile was cleared</numerusform>
            <numerusform>%1 messages/s and %2 bytes/s over the last %n seconds; %3 messages and %4 bytes since the profile was cleared</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficview.cpp" line="358"/>
        <source>Payload sizes, all topics, last %n s</source>
        <translation>
            <numerusform>Payload sizes, all topics, last %n s</numerusform>
            <numerusform>Payload sizes, all topics, last %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficview.cpp" line="361"/>
        <source>Payload sizes, %1, last %n s</source>
        <translation>
            <numerusform>Payload sizes, %1, last %n s</numerusform>
            <numerusform>Payload sizes, %1, last %n s</numerusform>
        </translation>
    </message>
</context>
</TS>
