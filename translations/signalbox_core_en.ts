<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Signalbox::MqttClient</name>
    <message numerus="yes">
        <location filename="../core/client/keepalivewatch.cpp" line="101"/>
        <source>The broker at %1:%2 answers pings but has acknowledged nothing for %3 s (%n request(s) waiting).</source>
        <translation>
            <numerusform>The broker at %1:%2 answers pings but has acknowledged nothing for %3 s (%n request waiting).</numerusform>
            <numerusform>The broker at %1:%2 answers pings but has acknowledged nothing for %3 s (%n requests waiting).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::TrafficProfileModel</name>
    <message numerus="yes">
        <location filename="../core/models/trafficprofilemodel.cpp" line="275"/>
        <source>%n more subtree(s)</source>
        <translation>
            <numerusform>%n more subtree</numerusform>
            <numerusform>%n more subtrees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/trafficprofilemodel.cpp" line="277"/>
        <source>%1 messages/s: %2 messages in the last %n second(s)</source>
        <translation>
            <numerusform>%1 messages/s: %2 messages in the last %n second</numerusform>
            <numerusform>%1 messages/s: %2 messages in the last %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/trafficprofilemodel.cpp" line="280"/>
        <source>%1 bytes/s: %2 bytes in the last %n second(s)</source>
        <translation>
            <numerusform>%1 bytes/s: %2 bytes in the last %n second</numerusform>
            <numerusform>%1 bytes/s: %2 bytes in the last %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/trafficprofilemodel.cpp" line="350"/>
        <source>Messages per second, averaged over the last %n second(s)</source>
        <translation>
            <numerusform>Messages per second, averaged over the last %n second</numerusform>
            <numerusform>Messages per second, averaged over the last %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/trafficprofilemodel.cpp" line="352"/>
        <source>Payload bytes per second, averaged over the last %n second(s)</source>
        <translation>
            <numerusform>Payload bytes per second, averaged over the last %n second</numerusform>
            <numerusform>Payload bytes per second, averaged over the last %n seconds</numerusform>
        </translation>
    </message>
</context>
</TS>
