<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Signalbox::BackupActions</name>
    <message>
        <location filename="../ui/backupactions.cpp" line="35"/>
        <source>Signalbox backups (*.json);;All files (*)</source>
        <translation>Signalbox 백업 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="44"/>
        <source>%1 more</source>
        <translation>그 밖의 %1개</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="51"/>
        <location filename="../ui/backupactions.cpp" line="77"/>
        <source>Back up everything</source>
        <translation>모두 백업</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="55"/>
        <source>The backup could not be written to “%1”: %2</source>
        <translation>백업을 “%1”에 쓸 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backupactions.cpp" line="59"/>
        <source>Backed up %n connection(s) to “%1”.</source>
        <translation>
            <numerusform>연결 %n개를 “%1”에 백업했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="62"/>
        <source>Passwords are not in it.</source>
        <translation>비밀번호는 포함되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="66"/>
        <source>Some passwords could not be read from the keychain and are not in it: %1</source>
        <translation>일부 비밀번호는 키체인에서 읽을 수 없어 포함되지 않았습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="85"/>
        <source>Put the passwords in the backup too?</source>
        <translation>비밀번호도 백업에 넣을까요?</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="87"/>
        <source>With them, anyone who reads the file can connect as you: it holds the passwords and key passphrases as plain text. Without them, you type them again after restoring.</source>
        <translation>넣으면 파일을 읽는 사람은 누구나 사용자 본인으로 접속할 수 있습니다. 비밀번호와 키 암호가 일반 텍스트로 저장되기 때문입니다. 넣지 않으면 복원한 뒤 다시 입력해야 합니다.</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="111"/>
        <source>The backup replaces these connections: %1.</source>
        <translation>백업이 다음 연결을 대체합니다: %1.</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="113"/>
        <source>It adds these connections: %1.</source>
        <translation>다음 연결이 추가됩니다: %1.</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="115"/>
        <source>The backup holds no connections.</source>
        <translation>백업에 연결이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="116"/>
        <source>Connections that are not in the backup are kept.</source>
        <translation>백업에 없는 연결은 그대로 남습니다.</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="118"/>
        <source>It adds these groups: %1.</source>
        <translation>다음 그룹이 추가됩니다: %1.</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="120"/>
        <source>The theme, language, zoom and log size become those of the backup.</source>
        <translation>테마, 언어, 확대/축소, 로그 크기가 백업의 설정으로 바뀝니다.</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="122"/>
        <source>Some saved subscriptions or publish histories in it are damaged and are left out: %1</source>
        <translation>백업의 일부 저장된 구독이나 발행 기록이 손상되어 제외됩니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="129"/>
        <source>Restore from backup</source>
        <translation>백업에서 복원</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="138"/>
        <source>“%1” could not be read: %2</source>
        <translation>“%1”을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="145"/>
        <source>Nothing was restored from “%1”. %2</source>
        <translation>“%1”에서 아무것도 복원하지 않았습니다. %2</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="152"/>
        <source>Restore the backup made on %1?</source>
        <translation>%1에 만든 백업을 복원할까요?</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="154"/>
        <source>Restore this backup?</source>
        <translation>이 백업을 복원할까요?</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="157"/>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="179"/>
        <source>The backup was restored, but the connections could not be saved: %1</source>
        <translation>백업을 복원했지만 연결을 저장할 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backupactions.cpp" line="185"/>
        <source>Restored %n connection(s).</source>
        <translation>
            <numerusform>연결 %n개를 복원했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::BrokerDashboard</name>
    <message numerus="yes">
        <location filename="../ui/brokerdashboard.cpp" line="40"/>
        <source>%n day(s) %1</source>
        <translation>
            <numerusform>%n일 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="50"/>
        <location filename="../ui/brokerdashboard.cpp" line="54"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="52"/>
        <location filename="../ui/brokerdashboard.cpp" line="56"/>
        <source>%1/min</source>
        <translation>%1/분</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="79"/>
        <location filename="../ui/brokerdashboard.cpp" line="161"/>
        <source>Subscribe to $SYS/#</source>
        <translation>$SYS/# 구독</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="479"/>
        <source>Subscribe this connection to the broker&apos;s $SYS topics</source>
        <translation>이 연결에서 브로커의 $SYS 토픽을 구독합니다</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="84"/>
        <location filename="../ui/brokerdashboard.cpp" line="162"/>
        <source>No $SYS messages yet. A plain &apos;#&apos; does not match $SYS topics: subscribe to $SYS/# to see the broker&apos;s statistics (some brokers allow it only to local or privileged clients).</source>
        <translation>아직 $SYS 메시지가 없습니다. 일반 &apos;#&apos;은 $SYS 토픽과 일치하지 않습니다. 브로커 통계를 보려면 $SYS/#을 구독하세요(일부 브로커는 로컬이나 권한 있는 클라이언트에만 허용합니다).</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="93"/>
        <location filename="../ui/brokerdashboard.cpp" line="118"/>
        <location filename="../ui/brokerdashboard.cpp" line="166"/>
        <location filename="../ui/brokerdashboard.cpp" line="190"/>
        <source>Clients connected</source>
        <translation>연결된 클라이언트</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="94"/>
        <location filename="../ui/brokerdashboard.cpp" line="167"/>
        <source>Clients total</source>
        <translation>전체 클라이언트</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="95"/>
        <location filename="../ui/brokerdashboard.cpp" line="168"/>
        <source>Messages in</source>
        <translation>들어온 메시지</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="96"/>
        <location filename="../ui/brokerdashboard.cpp" line="169"/>
        <source>Messages out</source>
        <translation>나간 메시지</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="97"/>
        <location filename="../ui/brokerdashboard.cpp" line="170"/>
        <source>Bytes in</source>
        <translation>들어온 바이트</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="98"/>
        <location filename="../ui/brokerdashboard.cpp" line="171"/>
        <source>Bytes out</source>
        <translation>나간 바이트</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="99"/>
        <location filename="../ui/brokerdashboard.cpp" line="172"/>
        <source>Subscriptions</source>
        <translation>구독</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="100"/>
        <location filename="../ui/brokerdashboard.cpp" line="173"/>
        <source>Retained</source>
        <translation>보존</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="101"/>
        <location filename="../ui/brokerdashboard.cpp" line="174"/>
        <source>Stored messages</source>
        <translation>저장된 메시지</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="102"/>
        <location filename="../ui/brokerdashboard.cpp" line="175"/>
        <source>Heap</source>
        <translation>힙</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="103"/>
        <location filename="../ui/brokerdashboard.cpp" line="176"/>
        <source>Load in (1 min)</source>
        <translation>들어온 부하(1분)</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="104"/>
        <location filename="../ui/brokerdashboard.cpp" line="177"/>
        <source>Load out (1 min)</source>
        <translation>나간 부하(1분)</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="105"/>
        <location filename="../ui/brokerdashboard.cpp" line="178"/>
        <source>Connections (1 min)</source>
        <translation>연결(1분)</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="106"/>
        <location filename="../ui/brokerdashboard.cpp" line="179"/>
        <source>Sockets (1 min)</source>
        <translation>소켓(1분)</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="107"/>
        <location filename="../ui/brokerdashboard.cpp" line="180"/>
        <source>Uptime</source>
        <translation>가동 시간</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="116"/>
        <location filename="../ui/brokerdashboard.cpp" line="190"/>
        <source>Messages per second</source>
        <translation>초당 메시지</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="116"/>
        <location filename="../ui/brokerdashboard.cpp" line="120"/>
        <location filename="../ui/brokerdashboard.cpp" line="196"/>
        <source>in</source>
        <translation>들어옴</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="117"/>
        <location filename="../ui/brokerdashboard.cpp" line="120"/>
        <location filename="../ui/brokerdashboard.cpp" line="198"/>
        <source>out</source>
        <translation>나감</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="118"/>
        <location filename="../ui/brokerdashboard.cpp" line="200"/>
        <source>connected</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="119"/>
        <location filename="../ui/brokerdashboard.cpp" line="190"/>
        <source>Bytes per second</source>
        <translation>초당 바이트</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="480"/>
        <source>Chart any figure the broker publishes</source>
        <translation>브로커가 발행하는 모든 수치를 차트로 표시</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="300"/>
        <source>Broker statistics ($SYS)</source>
        <translation>브로커 통계($SYS)</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="304"/>
        <source>Unknown broker</source>
        <translation>알 수 없는 브로커</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="313"/>
        <source>up %1</source>
        <translation>가동 %1</translation>
    </message>
</context>
<context>
    <name>Signalbox::ConnectionEditor</name>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="48"/>
        <location filename="../ui/connectioneditor.cpp" line="156"/>
        <source>New connection</source>
        <translation>새 연결</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="48"/>
        <source>Edit connection “%1”</source>
        <translation>연결 “%1” 편집</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="52"/>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="53"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="54"/>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="55"/>
        <source>MQTT 5</source>
        <translation>MQTT 5</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="56"/>
        <source>Will</source>
        <translation>유언</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="57"/>
        <source>Advanced</source>
        <translation>고급</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="40"/>
        <source>Shown in the sidebar</source>
        <translation>사이드바에 표시됩니다</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="41"/>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="48"/>
        <source>The folder in the sidebar; type a new name to make one.</source>
        <translation>사이드바의 폴더입니다. 새 이름을 입력하면 새로 만듭니다.</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="49"/>
        <source>&amp;Group:</source>
        <translation>그룹(&amp;G):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="53"/>
        <source>Choose a public test broker…</source>
        <translation>공개 테스트 브로커 선택…</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="58"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="66"/>
        <source>&amp;Preset:</source>
        <translation>프리셋(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="75"/>
        <source>broker.example.com</source>
        <translation>broker.example.com</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="102"/>
        <source>&amp;Host:</source>
        <translation>호스트(&amp;H):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="107"/>
        <source>WebSocket &amp;path:</source>
        <translation>WebSocket 경로(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="109"/>
        <source>unix://: the broker&apos;s socket, e.g. /run/mosquitto/mqtt.sock</source>
        <translation>unix://: 브로커의 소켓, 예: /run/mosquitto/mqtt.sock</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="110"/>
        <source>&amp;Socket:</source>
        <translation>소켓(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="117"/>
        <source>MQTT &amp;version:</source>
        <translation>MQTT 버전(&amp;V):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="119"/>
        <source>Empty: a random one at each connect</source>
        <translation>비워 두면 연결할 때마다 임의로 생성</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="122"/>
        <source>Generate</source>
        <translation>생성</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="129"/>
        <source>Random, with the prefix “signalbox-”</source>
        <translation>임의 생성, 접두사 “signalbox-”</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="131"/>
        <source>UUID (36 characters, not for MQTT 3.1)</source>
        <translation>UUID(36자, MQTT 3.1에서는 사용 불가)</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="132"/>
        <source>From this computer&apos;s MAC address</source>
        <translation>이 컴퓨터의 MAC 주소로 생성</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="137"/>
        <source>&amp;Client ID:</source>
        <translation>클라이언트 ID(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="141"/>
        <source>Clean start (forget the previous session)</source>
        <translation>클린 스타트(이전 세션을 잊음)</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="143"/>
        <source>Keep the message history on disk, up to</source>
        <translation>메시지 기록을 디스크에 보관, 최대</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="144"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="146"/>
        <source>The received messages are stored with the session and shown again at the next start.</source>
        <translation>받은 메시지를 세션과 함께 저장해 다음 시작 때 다시 표시합니다.</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="153"/>
        <location filename="../ui/connectioneditortabs.cpp" line="397"/>
        <location filename="../ui/connectioneditortabs.cpp" line="400"/>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="154"/>
        <source>Off</source>
        <translation>끔</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="155"/>
        <source>&amp;Keep alive:</source>
        <translation>연결 유지(&amp;K):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="158"/>
        <source>&amp;User name:</source>
        <translation>사용자 이름(&amp;U):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="160"/>
        <location filename="../ui/connectioneditortabs.cpp" line="216"/>
        <source>Kept in the system keychain</source>
        <translation>시스템 키체인에 보관됩니다</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="161"/>
        <location filename="../ui/connectioneditortabs.cpp" line="217"/>
        <source>Kept until you quit (no keychain)</source>
        <translation>종료할 때까지만 보관됩니다(키체인 없음)</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="163"/>
        <source>Pass&amp;word:</source>
        <translation>비밀번호(&amp;W):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="173"/>
        <location filename="../ui/connectioneditortabs.cpp" line="202"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="188"/>
        <source>Used by mqtts:// and wss:// connections.</source>
        <translation>mqtts:// 및 wss:// 연결에 사용됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="192"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>인증서 (*.pem *.crt *.cer);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="193"/>
        <source>Trust the system&apos;s certificate authorities</source>
        <translation>시스템의 인증 기관(CA) 신뢰</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="195"/>
        <source>PEM file with extra CA certificates</source>
        <translation>추가 CA 인증서가 담긴 PEM 파일</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="196"/>
        <source>&amp;CA file:</source>
        <translation>CA 파일(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="196"/>
        <location filename="../ui/connectioneditortabs.cpp" line="205"/>
        <source>CA certificates</source>
        <translation>CA 인증서</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="197"/>
        <source>Every certificate in this folder is trusted</source>
        <translation>이 폴더의 모든 인증서를 신뢰합니다</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="210"/>
        <source>CA &amp;directory:</source>
        <translation>CA 디렉터리(&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="211"/>
        <source>PEM client certificate</source>
        <translation>PEM 클라이언트 인증서</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="212"/>
        <source>Client c&amp;ertificate:</source>
        <translation>클라이언트 인증서(&amp;E):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="212"/>
        <source>Client certificate</source>
        <translation>클라이언트 인증서</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="213"/>
        <source>PEM private key</source>
        <translation>PEM 개인 키</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="214"/>
        <source>Private &amp;key:</source>
        <translation>개인 키(&amp;K):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="214"/>
        <source>Private key</source>
        <translation>개인 키</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="214"/>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>키 (*.pem *.key);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="219"/>
        <source>Key &amp;passphrase:</source>
        <translation>키 암호(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="220"/>
        <source>Empty: the host name</source>
        <translation>비워 두면 호스트 이름</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="221"/>
        <source>&amp;Server name (SNI):</source>
        <translation>서버 이름(SNI)(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="222"/>
        <source>Comma-separated, e.g. mqtt</source>
        <translation>쉼표로 구분, 예: mqtt</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="223"/>
        <source>&amp;ALPN:</source>
        <translation>ALPN(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="226"/>
        <source>TLS 1.2 or later</source>
        <translation>TLS 1.2 이상</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="227"/>
        <source>TLS 1.2 only</source>
        <translation>TLS 1.2만</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="228"/>
        <source>TLS 1.3 only</source>
        <translation>TLS 1.3만</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="229"/>
        <source>TLS &amp;version:</source>
        <translation>TLS 버전(&amp;V):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="230"/>
        <source>OpenSSL names separated by &apos;:&apos;; empty: the defaults</source>
        <translation>&apos;:&apos;로 구분한 OpenSSL 이름, 비워 두면 기본값</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="231"/>
        <source>C&amp;iphers:</source>
        <translation>암호 스위트(&amp;I):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="232"/>
        <source>TLS-PSK instead of certificates</source>
        <translation>인증서 대신 TLS-PSK 사용</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="233"/>
        <source>PSK i&amp;dentity:</source>
        <translation>PSK ID(&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="235"/>
        <source>Hex; kept in the system keychain</source>
        <translation>Hex, 시스템 키체인에 보관됩니다</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="236"/>
        <source>Hex; kept until you quit (no keychain)</source>
        <translation>Hex, 종료할 때까지만 보관됩니다(키체인 없음)</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="238"/>
        <source>Pre-shared &amp;key:</source>
        <translation>사전 공유 키(&amp;K):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="240"/>
        <source>Allow insecure connections (accept any certificate)</source>
        <translation>안전하지 않은 연결 허용(모든 인증서 수락)</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="243"/>
        <source>Anyone between you and the broker can read and change the traffic: the broker&apos;s certificate is not checked. Use this only for testing.</source>
        <translation>브로커의 인증서를 확인하지 않으므로 사용자와 브로커 사이의 누구든 트래픽을 읽고 바꿀 수 있습니다. 테스트할 때만 사용하세요.</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="260"/>
        <source>Used by ws:// and wss:// connections, with the “mqtt” subprotocol.</source>
        <translation>ws:// 및 wss:// 연결에서 “mqtt” 하위 프로토콜과 함께 사용됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="264"/>
        <source>&amp;Path:</source>
        <translation>경로(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="277"/>
        <source>Empty: not sent (ends with the connection)</source>
        <translation>비워 두면 보내지 않음(연결과 함께 종료)</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="278"/>
        <source>Seconds; 4294967295 never expires.</source>
        <translation>초 단위입니다. 4294967295이면 만료되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="279"/>
        <source>Session &amp;expiry (s):</source>
        <translation>세션 만료(초)(&amp;E):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="281"/>
        <source>Not sent (65535)</source>
        <translation>보내지 않음(65535)</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="282"/>
        <source>&amp;Receive maximum:</source>
        <translation>수신 최대값(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="284"/>
        <location filename="../ui/connectioneditortabs.cpp" line="398"/>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="285"/>
        <source>&amp;Topic alias maximum:</source>
        <translation>토픽 별칭 최대값(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="286"/>
        <source> bytes</source>
        <translation> 바이트</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="287"/>
        <source>No limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="288"/>
        <source>&amp;Maximum packet size:</source>
        <translation>최대 패킷 크기(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="289"/>
        <source>Request response information</source>
        <translation>응답 정보 요청</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="292"/>
        <source>Request problem information</source>
        <translation>문제 정보 요청</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="304"/>
        <source>Empty: no enhanced authentication</source>
        <translation>비워 두면 확장 인증 사용 안 함</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="305"/>
        <source>Enhanced authentication (AUTH packets), e.g. SCRAM-SHA-256.</source>
        <translation>확장 인증(AUTH 패킷), 예: SCRAM-SHA-256.</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="306"/>
        <source>A&amp;uthentication method:</source>
        <translation>인증 방식(&amp;U):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="318"/>
        <source>Authentication d&amp;ata:</source>
        <translation>인증 데이터(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="331"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="331"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="334"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="336"/>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="359"/>
        <source>User properties:</source>
        <translation>사용자 속성:</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="367"/>
        <source>Send a will message when the connection is lost</source>
        <translation>연결이 끊기면 유언 메시지 보내기</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="369"/>
        <source>e.g. devices/sensor-1/status</source>
        <translation>예: devices/sensor-1/status</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="370"/>
        <source>&amp;Topic:</source>
        <translation>토픽(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="383"/>
        <source>&amp;Payload:</source>
        <translation>페이로드(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="389"/>
        <source>0 — at most once</source>
        <translation>0 — 최대 한 번</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="389"/>
        <source>1 — at least once</source>
        <translation>1 — 최소 한 번</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="389"/>
        <source>2 — exactly once</source>
        <translation>2 — 정확히 한 번</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="390"/>
        <source>&amp;QoS:</source>
        <translation>QoS(&amp;Q):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="391"/>
        <source>Retain</source>
        <translation>보존</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="399"/>
        <source>Will &amp;delay (5.0):</source>
        <translation>유언 지연(5.0)(&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="401"/>
        <source>Never</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="402"/>
        <source>Message e&amp;xpiry (5.0):</source>
        <translation>메시지 만료(5.0)(&amp;X):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="403"/>
        <source>e.g. application/json</source>
        <translation>예: application/json</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="404"/>
        <source>&amp;Content type (5.0):</source>
        <translation>콘텐츠 유형(5.0)(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="421"/>
        <location filename="../ui/connectioneditortabs.cpp" line="426"/>
        <location filename="../ui/connectioneditortabs.cpp" line="429"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="423"/>
        <source>&amp;Connect timeout:</source>
        <translation>연결 제한 시간(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="424"/>
        <source>Reconnect automatically when the connection is lost</source>
        <translation>연결이 끊기면 자동으로 재연결</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="428"/>
        <source>&amp;First delay:</source>
        <translation>첫 지연(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="431"/>
        <source>&amp;Longest delay:</source>
        <translation>최대 지연(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="434"/>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="435"/>
        <source>Each delay is the previous one times this, up to the longest delay.</source>
        <translation>각 지연은 이전 지연에 이 값을 곱한 값이며, 최대 지연을 넘지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="436"/>
        <source>Delay &amp;multiplier:</source>
        <translation>지연 배수(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="439"/>
        <source>±</source>
        <translation>±</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="440"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="441"/>
        <source>Each delay is made longer or shorter at random by up to this much.</source>
        <translation>각 지연을 최대 이만큼 임의로 늘리거나 줄입니다.</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="442"/>
        <source>&amp;Jitter:</source>
        <translation>지터(&amp;J):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="444"/>
        <source>Keep trying</source>
        <translation>계속 시도</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="445"/>
        <source>&amp;Attempts:</source>
        <translation>시도 횟수(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="172"/>
        <source>Ports: %1.</source>
        <translation>포트: %1.</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="174"/>
        <source>This broker is no longer running. %1</source>
        <translation>이 브로커는 더 이상 운영되지 않습니다. %1</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="239"/>
        <source>Needs MQTT 5.0</source>
        <translation>MQTT 5.0 필요</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="249"/>
        <source>The port is empty; enter a number from 1 to 65535.</source>
        <translation>포트가 비어 있습니다. 1에서 65535 사이의 숫자를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="250"/>
        <source>The port “%1” is not a number from 1 to 65535.</source>
        <translation>포트 “%1”은(는) 1에서 65535 사이의 숫자가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="254"/>
        <source>The session expiry must be a number of seconds from 0 to 4294967295.</source>
        <translation>세션 만료는 0에서 4294967295 사이의 초 단위 숫자여야 합니다.</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="258"/>
        <source>The authentication data is not valid hex: %1</source>
        <translation>인증 데이터가 올바른 Hex가 아닙니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="262"/>
        <source>The will payload is not valid hex: %1</source>
        <translation>유언 페이로드가 올바른 Hex가 아닙니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="265"/>
        <source>The pre-shared key must be an even number of hex digits, as in 0a1b2c3d.</source>
        <translation>사전 공유 키는 0a1b2c3d처럼 짝수 자리의 16진수여야 합니다.</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="267"/>
        <source>A key passphrase is set but no private key file is chosen.</source>
        <translation>키 암호가 설정되었지만 개인 키 파일을 선택하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="300"/>
        <source>These bytes are not text that can be edited as it is, so they stay in hex.</source>
        <translation>이 바이트는 그대로 편집할 수 있는 텍스트가 아니므로 Hex로 유지됩니다.</translation>
    </message>
</context>
<context>
    <name>Signalbox::ConnectionPage</name>
    <message>
        <location filename="../ui/connectionpage.cpp" line="96"/>
        <source>Certificate verification is off for this connection.</source>
        <translation>이 연결은 인증서 검증이 꺼져 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="114"/>
        <source>Messages arrive faster than the window can show them. Signalbox stops reading from the broker until it has caught up; no message is lost.</source>
        <translation>메시지가 창이 표시할 수 있는 것보다 빠르게 도착하고 있습니다. Signalbox는 따라잡을 때까지 브로커에서 읽기를 멈추며, 메시지는 하나도 잃지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="120"/>
        <source>log in memory only</source>
        <translation>로그를 메모리에만 보관</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectionpage.cpp" line="156"/>
        <source>Every packet is recorded, also while this tab is closed; under a flood, PUBLISH and its acknowledgements only %n a second.</source>
        <translation>
            <numerusform>탭을 닫아 둔 동안에도 모든 패킷을 기록합니다. 메시지가 쏟아질 때는 PUBLISH와 그 확인 응답을 초당 %n개까지만 기록합니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="191"/>
        <source>Payload</source>
        <translation>페이로드</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="192"/>
        <source>Packets</source>
        <translation>패킷</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="214"/>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="214"/>
        <source>Topics</source>
        <translation>토픽</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="214"/>
        <source>Traffic</source>
        <translation>트래픽</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="214"/>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="215"/>
        <source>Retained</source>
        <translation>보존</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="215"/>
        <source>Broker</source>
        <translation>브로커</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="215"/>
        <source>Sparkplug</source>
        <translation>Sparkplug</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="255"/>
        <source>The message log keeps every payload in memory from now on; nothing is lost.</source>
        <translation>지금부터 메시지 로그는 모든 페이로드를 메모리에 보관합니다. 잃어버리는 메시지는 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="262"/>
        <source>reconnecting in %1 s (attempt %2)</source>
        <translation>%1초 후 재연결(%2번째 시도)</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="299"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="402"/>
        <source>falling behind: %L1 waiting</source>
        <translation>처리 지연: %L1개 대기 중</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectionpage.cpp" line="410"/>
        <source>%n message(s) queued until connected</source>
        <translation>
            <numerusform>연결될 때까지 메시지 %n개 대기 중</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="476"/>
        <source>granted QoS %1</source>
        <translation>허용된 QoS %1</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="532"/>
        <source>connected to %1</source>
        <translation>%1에 연결됨</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="533"/>
        <location filename="../ui/connectionpage.cpp" line="545"/>
        <source>Disconnect</source>
        <translation>연결 끊기</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="536"/>
        <source>connecting to %1…</source>
        <translation>%1에 연결 중…</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="537"/>
        <location filename="../ui/connectionpage.cpp" line="541"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="540"/>
        <source>reconnecting to %1…</source>
        <translation>%1에 재연결 중…</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="544"/>
        <source>disconnecting…</source>
        <translation>연결 끊는 중…</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="548"/>
        <source>not connected</source>
        <translation>연결 안 됨</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="549"/>
        <source>Connect</source>
        <translation>연결</translation>
    </message>
</context>
<context>
    <name>Signalbox::ConnectionSidebar</name>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="182"/>
        <source>New</source>
        <translation>새로 만들기</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="183"/>
        <source>New connection (Ctrl+N)</source>
        <translation>새 연결(Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="184"/>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="185"/>
        <source>Edit the connection</source>
        <translation>연결 편집</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="184"/>
        <source>Copy</source>
        <translation>복제</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="185"/>
        <source>Duplicate the connection</source>
        <translation>연결 복제</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="184"/>
        <location filename="../ui/connectionsidebar.cpp" line="423"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="186"/>
        <source>Delete the connection</source>
        <translation>연결 삭제</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="241"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectionsidebar.cpp" line="242"/>
        <source>%n connection(s)</source>
        <translation>
            <numerusform>연결 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectionsidebar.cpp" line="267"/>
        <source>Messages received per second, over the last %n second(s)</source>
        <translation>
            <numerusform>최근 %n초 동안의 초당 받은 메시지 수</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="287"/>
        <source>%L1 msg/s</source>
        <translation>초당 %L1건</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="370"/>
        <location filename="../ui/connectionsidebar.cpp" line="374"/>
        <source>New group</source>
        <translation>새 그룹</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="370"/>
        <location filename="../ui/connectionsidebar.cpp" line="387"/>
        <source>Group name:</source>
        <translation>그룹 이름:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="374"/>
        <location filename="../ui/connectionsidebar.cpp" line="391"/>
        <source>There is already a group “%1”.</source>
        <translation>“%1” 그룹이 이미 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="387"/>
        <location filename="../ui/connectionsidebar.cpp" line="391"/>
        <source>Rename group</source>
        <translation>그룹 이름 바꾸기</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="399"/>
        <source>Delete the group “%1”?</source>
        <translation>“%1” 그룹을 삭제할까요?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectionsidebar.cpp" line="400"/>
        <source>Delete the group “%1”? Its %n connection(s) will move to no group.</source>
        <translation>
            <numerusform>“%1” 그룹을 삭제할까요? 그룹의 연결 %n개는 그룹 없음으로 옮겨집니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="401"/>
        <location filename="../ui/connectionsidebar.cpp" line="429"/>
        <source>Delete group</source>
        <translation>그룹 삭제</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="412"/>
        <source>New connection…</source>
        <translation>새 연결…</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="414"/>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="415"/>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="416"/>
        <source>Move to group</source>
        <translation>그룹으로 이동</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="417"/>
        <source>(no group)</source>
        <translation>(그룹 없음)</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="421"/>
        <location filename="../ui/connectionsidebar.cpp" line="426"/>
        <source>New group…</source>
        <translation>새 그룹…</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="428"/>
        <source>Rename group…</source>
        <translation>그룹 이름 바꾸기…</translation>
    </message>
</context>
<context>
    <name>Signalbox::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="82"/>
        <source>No keychain: passwords are kept until you quit</source>
        <translation>키체인 없음: 비밀번호는 종료할 때까지만 보관됩니다</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="147"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="148"/>
        <source>&amp;New connection…</source>
        <translation>새 연결(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149"/>
        <source>Connect to &amp;URL…</source>
        <translation>URL로 연결(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="150"/>
        <source>&amp;Import connections…</source>
        <translation>연결 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="151"/>
        <source>&amp;Export connections…</source>
        <translation>연결 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="153"/>
        <source>&amp;Back up everything…</source>
        <translation>모두 백업(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="154"/>
        <source>&amp;Restore from backup…</source>
        <translation>백업에서 복원(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="156"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161"/>
        <source>&amp;Connection</source>
        <translation>연결(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>&amp;Connect or disconnect</source>
        <translation>연결 또는 연결 끊기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="167"/>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="171"/>
        <source>&amp;Subscribe…</source>
        <translation>구독(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="176"/>
        <source>&amp;Find in messages</source>
        <translation>메시지에서 찾기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="180"/>
        <source>C&amp;lear messages</source>
        <translation>메시지 지우기(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="184"/>
        <source>&amp;Publish</source>
        <translation>발행(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="189"/>
        <source>Payload &amp;decoders…</source>
        <translation>페이로드 디코더(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="197"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="198"/>
        <source>Zoom &amp;in</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="200"/>
        <source>Zoom &amp;out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="201"/>
        <source>&amp;Actual size</source>
        <translation>실제 크기(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="216"/>
        <source>Message log &amp;capacity…</source>
        <translation>메시지 로그 용량(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="218"/>
        <source>Message log capacity</source>
        <translation>메시지 로그 용량</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="219"/>
        <source>Messages kept per connection (the oldest go first):</source>
        <translation>연결마다 보관할 메시지 수(가장 오래된 것부터 지워짐):</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="224"/>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="225"/>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="228"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244"/>
        <source>System (%1)</source>
        <translation>시스템(%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244"/>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="252"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="253"/>
        <source>&amp;Welcome page</source>
        <translation>시작 페이지(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="255"/>
        <source>&amp;About Signalbox</source>
        <translation>Signalbox 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="256"/>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="280"/>
        <source>About Signalbox</source>
        <translation>Signalbox 정보</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="281"/>
        <source>&lt;h3&gt;Signalbox %1&lt;/h3&gt;&lt;p&gt;A native desktop MQTT client: MQTT 3.1, 3.1.1 and 5.0 over TCP, TLS and WebSocket.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License, version 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Signalbox %1&lt;/h3&gt;&lt;p&gt;네이티브 데스크톱 MQTT 클라이언트: TCP, TLS, WebSocket을 통한 MQTT 3.1, 3.1.1, 5.0.&lt;/p&gt;&lt;p&gt;Qt %2(으)로 빌드, Qt %3에서 실행 중.&lt;/p&gt;&lt;p&gt;Apache License 2.0에 따라 배포됩니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="320"/>
        <source>Not a broker URL: %1</source>
        <translation>브로커 URL이 아닙니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="335"/>
        <location filename="../ui/mainwindow.cpp" line="342"/>
        <source>Connect to URL</source>
        <translation>URL로 연결</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="336"/>
        <source>Broker URL (mqtt://, mqtts://, ws://, wss://):</source>
        <translation>브로커 URL(mqtt://, mqtts://, ws://, wss://):</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="348"/>
        <location filename="../ui/mainwindow.cpp" line="354"/>
        <source>Zoom %1%</source>
        <translation>확대/축소 %1%</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="441"/>
        <source>New connection</source>
        <translation>새 연결</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="487"/>
        <source>Delete connection</source>
        <translation>연결 삭제</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="487"/>
        <source>Delete the connection “%1”?</source>
        <translation>“%1” 연결을 삭제할까요?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="503"/>
        <location filename="../ui/mainwindow.cpp" line="509"/>
        <location filename="../ui/mainwindow.cpp" line="524"/>
        <source>Import connections</source>
        <translation>연결 가져오기</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="504"/>
        <source>Connections (*.json);;All files (*)</source>
        <translation>연결 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="509"/>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="525"/>
        <source>%1 holds no connections Signalbox can read: %2</source>
        <translation>%1에 Signalbox가 읽을 수 있는 연결이 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="536"/>
        <source>Imported %n connection(s).</source>
        <translation>
            <numerusform>연결 %n개를 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="542"/>
        <location filename="../ui/mainwindow.cpp" line="547"/>
        <source>Export connections</source>
        <translation>연결 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="542"/>
        <source>Connections (*.json)</source>
        <translation>연결 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="547"/>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="550"/>
        <source>Exported to %1 (without passwords).</source>
        <translation>%1(으)로 내보냈습니다(비밀번호 제외).</translation>
    </message>
</context>
<context>
    <name>Signalbox::MessageLogView</name>
    <message>
        <location filename="../ui/messagelogdelegates.cpp" line="125"/>
        <source>retained</source>
        <translation>보존</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="235"/>
        <source>Received</source>
        <translation>받음</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="236"/>
        <source>Show received messages</source>
        <translation>받은 메시지 표시</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="237"/>
        <source>Sent</source>
        <translation>보냄</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="238"/>
        <source>Show sent messages</source>
        <translation>보낸 메시지 표시</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="240"/>
        <source>Only messages that matched this subscription</source>
        <translation>이 구독과 일치한 메시지만</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="499"/>
        <source>Topic filter, e.g. sensors/+/temperature</source>
        <translation>토픽 필터, 예: sensors/+/temperature</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="242"/>
        <source>Search topic and payload</source>
        <translation>토픽과 페이로드 검색</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="243"/>
        <source>Regular expression</source>
        <translation>정규식</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="244"/>
        <source>Match case</source>
        <translation>대소문자 구분</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="227"/>
        <source>Messages shown / stored</source>
        <translation>표시된 메시지 / 저장된 메시지</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="228"/>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="229"/>
        <source>Remove every message from the log</source>
        <translation>로그에서 모든 메시지 제거</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="245"/>
        <location filename="../ui/messagelogview.cpp" line="746"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="303"/>
        <source>JSON lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="304"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="305"/>
        <source>JSON array</source>
        <translation>JSON 배열</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="308"/>
        <source>Shown messages as %1…</source>
        <translation>표시된 메시지를 %1(으)로…</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="309"/>
        <source>All messages as %1…</source>
        <translation>모든 메시지를 %1(으)로…</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="230"/>
        <source>Chat</source>
        <translation>채팅</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="231"/>
        <source>Table</source>
        <translation>표</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="232"/>
        <source>↓ Jump to latest</source>
        <translation>↓ 최신 메시지로</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="233"/>
        <source>The log stopped following new messages when you scrolled away; this goes back to the newest and follows again.</source>
        <translation>스크롤해서 벗어나면 로그가 새 메시지를 따라가지 않습니다. 이 버튼은 최신 메시지로 돌아가 다시 따라갑니다.</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="460"/>
        <source>Acknowledged %1 ms</source>
        <translation>%1ms 만에 확인됨</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="239"/>
        <location filename="../ui/messagelogview.cpp" line="526"/>
        <source>All subscriptions</source>
        <translation>모든 구독</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="502"/>
        <source>Topic filter</source>
        <translation>토픽 필터</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="635"/>
        <source>▶ Resume (%L1 new)</source>
        <translation>▶ 재개(새 메시지 %L1개)</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="636"/>
        <source>The log is paused: new messages are kept but not shown. Resume shows them all.</source>
        <translation>로그가 일시 중지되었습니다. 새 메시지는 보관되지만 표시되지 않습니다. 재개하면 모두 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="640"/>
        <source>Pause</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="641"/>
        <source>Hold the log still to read it; messages that arrive meanwhile are kept and counted.</source>
        <translation>읽을 수 있도록 로그를 멈춥니다. 그동안 도착한 메시지는 보관되고 개수가 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="648"/>
        <source>%L1 / %L2</source>
        <translation>%L1 / %L2</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="697"/>
        <location filename="../ui/messagelogview.cpp" line="712"/>
        <location filename="../ui/messagelogview.cpp" line="758"/>
        <location filename="../ui/messagelogview.cpp" line="796"/>
        <location filename="../ui/messagelogview.cpp" line="822"/>
        <source>Cannot write %1: %2.</source>
        <translation>%1에 쓸 수 없습니다: %2.</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="726"/>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="730"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="734"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="738"/>
        <source>Export messages</source>
        <translation>메시지 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="765"/>
        <source>Exporting %L1 messages…</source>
        <translation>메시지 %L1개 내보내는 중…</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="765"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="837"/>
        <source>Copy topic</source>
        <translation>토픽 복사</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="838"/>
        <source>Copy payload</source>
        <translation>페이로드 복사</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="842"/>
        <source>Compare with previous</source>
        <translation>이전 메시지와 비교</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="863"/>
        <source>Compare with previous — %1</source>
        <translation>이전 메시지와 비교 — %1</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="865"/>
        <source>Previous message at %1, this message at %2</source>
        <translation>이전 메시지 %1, 이 메시지 %2</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="873"/>
        <source>&lt;p&gt;The payloads are the same.&lt;/p&gt;</source>
        <translation>&lt;p&gt;페이로드가 같습니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Signalbox::PayloadBindingsDialog</name>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="151"/>
        <source>Payload decoders</source>
        <translation>페이로드 디코더</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="152"/>
        <source>Decode payloads with your Protobuf or Avro schema, check them against a JSON Schema, or turn them into something else with a script, each on the topics of a filter. Sparkplug B payloads (spBv1.0/…) are always decoded.</source>
        <translation>토픽 필터별로 Protobuf나 Avro 스키마로 페이로드를 디코딩하거나, JSON Schema로 검사하거나, 스크립트로 다른 형태로 변환합니다. Sparkplug B 페이로드(spBv1.0/…)는 항상 디코딩됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="156"/>
        <source>On</source>
        <translation>사용</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="156"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="156"/>
        <source>Topic filter</source>
        <translation>토픽 필터</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="156"/>
        <source>Schema or script</source>
        <translation>스키마 또는 스크립트</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="156"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="157"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="158"/>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="160"/>
        <source>Protobuf schema (.proto)</source>
        <translation>Protobuf 스키마(.proto)</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="161"/>
        <source>Avro schema (.avsc)</source>
        <translation>Avro 스키마(.avsc)</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="162"/>
        <source>JSON Schema</source>
        <translation>JSON Schema</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="163"/>
        <source>Script (JavaScript)</source>
        <translation>스크립트(JavaScript)</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="164"/>
        <source>Topic filter:</source>
        <translation>토픽 필터:</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="165"/>
        <source>sensors/+/reading</source>
        <translation>sensors/+/reading</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="166"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="167"/>
        <source>Message type:</source>
        <translation>메시지 유형:</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="168"/>
        <source>Import folders:</source>
        <translation>import 폴더:</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="169"/>
        <source>where the file&apos;s imports are, separated by ;</source>
        <translation>파일이 import하는 파일이 있는 폴더, ;로 구분</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="170"/>
        <source>Use it</source>
        <translation>사용</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="172"/>
        <source>Test: the payload on the left goes through receive(); what it returns is on the right.</source>
        <translation>테스트: 왼쪽 페이로드를 receive()에 넣으면 반환값이 오른쪽에 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="173"/>
        <source>Topic:</source>
        <translation>토픽:</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="174"/>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="175"/>
        <source>The output, or the error with its line</source>
        <translation>출력 또는 오류와 해당 행</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="205"/>
        <source>Protobuf files (*.proto);;All files (*)</source>
        <translation>Protobuf 파일 (*.proto);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="208"/>
        <source>Avro schemas (*.avsc *.json);;All files (*)</source>
        <translation>Avro 스키마 (*.avsc *.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="211"/>
        <source>JSON Schemas (*.json);;All files (*)</source>
        <translation>JSON Schema (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="214"/>
        <source>JavaScript (*.js);;All files (*)</source>
        <translation>JavaScript (*.js);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="217"/>
        <source>Choose the file</source>
        <translation>파일 선택</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="268"/>
        <source>Not used</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="272"/>
        <source>Ready: try it with Run</source>
        <translation>준비됨: 실행을 눌러 시험해 보세요</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="274"/>
        <source>Loads</source>
        <translation>불러옴</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="320"/>
        <source>Add a schema or a script to decode payloads on the topics of a filter.</source>
        <translation>토픽 필터에 해당하는 토픽의 페이로드를 디코딩하려면 스키마나 스크립트를 추가하세요.</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="338"/>
        <source>.proto file:</source>
        <translation>.proto 파일:</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="341"/>
        <source>Avro schema:</source>
        <translation>Avro 스키마:</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="344"/>
        <source>JSON Schema:</source>
        <translation>JSON Schema:</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="347"/>
        <source>Script file:</source>
        <translation>스크립트 파일:</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="348"/>
        <source>or write it below</source>
        <translation>또는 아래에 직접 작성</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="444"/>
        <source>Running…</source>
        <translation>실행 중…</translation>
    </message>
</context>
<context>
    <name>Signalbox::PayloadViewer</name>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="114"/>
        <location filename="../ui/payloadviewer.cpp" line="148"/>
        <source>Tree</source>
        <translation>트리</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="115"/>
        <location filename="../ui/payloadviewer.cpp" line="149"/>
        <source>Show all</source>
        <translation>모두 표시</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="150"/>
        <source>How to show the payload</source>
        <translation>페이로드 표시 방식</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="151"/>
        <source>Show JSON as a collapsible tree</source>
        <translation>JSON을 접을 수 있는 트리로 표시</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="152"/>
        <source>Find in payload, or a JSON path: $.a.b</source>
        <translation>페이로드에서 찾기 또는 JSON 경로: $.a.b</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="153"/>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="153"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="160"/>
        <location filename="../ui/payloadviewer.cpp" line="283"/>
        <source>Choose a message to see its payload here.</source>
        <translation>메시지를 선택하면 여기에 페이로드가 표시됩니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payloadviewer.cpp" line="256"/>
        <source>This payload breaks its JSON Schema (%n violation(s)):</source>
        <translation>
            <numerusform>이 페이로드는 JSON Schema를 위반합니다(위반 %n건):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="258"/>
        <location filename="../ui/payloadviewer.cpp" line="347"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="260"/>
        <source>This payload meets its JSON Schema.</source>
        <translation>이 페이로드는 JSON Schema를 만족합니다.</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="377"/>
        <source>Showing %1 of %2</source>
        <translation>%2개 중 %1개 표시</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="373"/>
        <location filename="../ui/payloadviewer.cpp" line="379"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="394"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="394"/>
        <source>only the first %1 items are shown</source>
        <translation>처음 %1개 항목만 표시됩니다</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="501"/>
        <source>not JSON</source>
        <translation>JSON 아님</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="518"/>
        <source>no such field</source>
        <translation>해당 필드 없음</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="538"/>
        <source>no match</source>
        <translation>일치 항목 없음</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="541"/>
        <source>%1 of %2</source>
        <translation>%2개 중 %1번째</translation>
    </message>
</context>
<context>
    <name>Signalbox::PublishPanel</name>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1038"/>
        <source>Topic, e.g. sensors/kitchen/temp</source>
        <translation>토픽, 예: sensors/kitchen/temp</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="113"/>
        <location filename="../ui/publishpanel.cpp" line="1024"/>
        <source>QoS 0</source>
        <translation>QoS 0</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="113"/>
        <location filename="../ui/publishpanel.cpp" line="1024"/>
        <source>QoS 1</source>
        <translation>QoS 1</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="113"/>
        <location filename="../ui/publishpanel.cpp" line="1024"/>
        <source>QoS 2</source>
        <translation>QoS 2</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1039"/>
        <source>Quality of service</source>
        <translation>서비스 품질(QoS)</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="115"/>
        <location filename="../ui/publishpanel.cpp" line="1027"/>
        <source>Retain</source>
        <translation>보존</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="121"/>
        <location filename="../ui/publishpanel.cpp" line="1030"/>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="122"/>
        <location filename="../ui/publishpanel.cpp" line="1031"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="123"/>
        <location filename="../ui/publishpanel.cpp" line="1032"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="124"/>
        <location filename="../ui/publishpanel.cpp" line="1033"/>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1040"/>
        <source>How the payload is typed</source>
        <translation>페이로드 입력 형식</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="127"/>
        <location filename="../ui/publishpanel.cpp" line="1035"/>
        <source>Format</source>
        <translation>정리</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1041"/>
        <source>Re-indent the JSON</source>
        <translation>JSON 들여쓰기 다시 하기</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1042"/>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1043"/>
        <source>Recall a message sent before</source>
        <translation>이전에 보낸 메시지 불러오기</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1044"/>
        <source>Payload (Ctrl+Enter sends)</source>
        <translation>페이로드(Ctrl+Enter로 전송)</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="143"/>
        <location filename="../ui/publishpanel.cpp" line="567"/>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="568"/>
        <location filename="../ui/publishpanel.cpp" line="1045"/>
        <source>Publish (Ctrl+Enter)</source>
        <translation>발행(Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1046"/>
        <source>Saved</source>
        <translation>저장된 메시지</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1047"/>
        <source>Load a message saved under a name</source>
        <translation>이름을 붙여 저장한 메시지 불러오기</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1048"/>
        <source>Save…</source>
        <translation>저장…</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1049"/>
        <source>Save this message under a name</source>
        <translation>이 메시지를 이름을 붙여 저장</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="246"/>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="246"/>
        <source>Rename “%1”…</source>
        <translation>“%1” 이름 바꾸기…</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="247"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="247"/>
        <source>Delete “%1”</source>
        <translation>“%1” 삭제</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="252"/>
        <location filename="../ui/publishpanel.cpp" line="1037"/>
        <source>Repeat</source>
        <translation>반복</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1050"/>
        <source>Publish the message again and again. {n} in the topic or in a text or JSON payload becomes the message&apos;s number: 1, 2, 3 …</source>
        <translation>메시지를 반복해서 발행합니다. 토픽이나 텍스트·JSON 페이로드 안의 {n}은 메시지 번호(1, 2, 3 …)로 바뀝니다.</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1052"/>
        <source>every </source>
        <translation>간격 </translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1053"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1054"/>
        <source>Time between two messages</source>
        <translation>메시지 사이의 시간 간격</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1055"/>
        <source>forever</source>
        <translation>무제한</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1056"/>
        <source> times</source>
        <translation>회</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1057"/>
        <source>How many messages; 0 sends until stopped</source>
        <translation>보낼 메시지 수입니다. 0이면 멈출 때까지 보냅니다</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="274"/>
        <location filename="../ui/publishpanel.cpp" line="792"/>
        <location filename="../ui/publishpanel.cpp" line="795"/>
        <source>sent %L1 of %L2</source>
        <translation>%L2개 중 %L1개 보냄</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="303"/>
        <location filename="../ui/publishpanel.cpp" line="384"/>
        <location filename="../ui/publishpanel.cpp" line="1058"/>
        <source>MQTT 5 properties</source>
        <translation>MQTT 5 속성</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1059"/>
        <source>e.g. application/json</source>
        <translation>예: application/json</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="309"/>
        <location filename="../ui/publishpanel.cpp" line="385"/>
        <source>UTF-8 text</source>
        <translation>UTF-8 텍스트</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1060"/>
        <source>Payload Format Indicator: the payload is UTF-8 text</source>
        <translation>Payload Format Indicator: 페이로드가 UTF-8 텍스트임</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1061"/>
        <source>Never</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1062"/>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1063"/>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1064"/>
        <source>Correlation data, sent as the UTF-8 bytes of this text</source>
        <translation>상관 데이터, 이 텍스트의 UTF-8 바이트로 전송</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="329"/>
        <location filename="../ui/publishpanel.cpp" line="386"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="329"/>
        <location filename="../ui/publishpanel.cpp" line="386"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="337"/>
        <location filename="../ui/publishpanel.cpp" line="387"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="338"/>
        <location filename="../ui/publishpanel.cpp" line="388"/>
        <source>Add a user property</source>
        <translation>사용자 속성 추가</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="341"/>
        <location filename="../ui/publishpanel.cpp" line="389"/>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="342"/>
        <location filename="../ui/publishpanel.cpp" line="390"/>
        <source>Remove the selected user properties</source>
        <translation>선택한 사용자 속성 제거</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="375"/>
        <location filename="../ui/publishpanel.cpp" line="392"/>
        <source>Content type:</source>
        <translation>콘텐츠 유형:</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="376"/>
        <location filename="../ui/publishpanel.cpp" line="392"/>
        <source>Payload format:</source>
        <translation>페이로드 형식:</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="377"/>
        <location filename="../ui/publishpanel.cpp" line="393"/>
        <source>Message expiry:</source>
        <translation>메시지 만료:</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="378"/>
        <location filename="../ui/publishpanel.cpp" line="393"/>
        <source>Topic alias:</source>
        <translation>토픽 별칭:</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="379"/>
        <location filename="../ui/publishpanel.cpp" line="394"/>
        <source>Response topic:</source>
        <translation>응답 토픽:</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="380"/>
        <location filename="../ui/publishpanel.cpp" line="394"/>
        <source>Correlation data:</source>
        <translation>상관 데이터:</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="381"/>
        <source>User properties:</source>
        <translation>사용자 속성:</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="469"/>
        <source>Invalid JSON at line %1, column %2: %3</source>
        <translation>줄 %1, 열 %2에 잘못된 JSON이 있습니다: %3</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="517"/>
        <source>Response topic: %1</source>
        <translation>응답 토픽: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="523"/>
        <source>The payload is marked as UTF-8 text but is not valid UTF-8.</source>
        <translation>페이로드가 UTF-8 텍스트로 표시되어 있지만 올바른 UTF-8이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="529"/>
        <source>User property %1 has a value but no name.</source>
        <translation>사용자 속성 %1에 값은 있지만 이름이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="561"/>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="562"/>
        <source>Stop repeating (Ctrl+Enter)</source>
        <translation>반복 중지(Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="567"/>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="569"/>
        <source>Start repeating (Ctrl+Enter)</source>
        <translation>반복 시작(Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="570"/>
        <source>Connect to start repeating</source>
        <translation>반복을 시작하려면 연결하세요</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="697"/>
        <source>Encode the JSON as %1</source>
        <translation>JSON을 %1(으)로 인코딩</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="698"/>
        <source>The payload is JSON: it is sent in the binary form that the schema bound to this topic describes (Connection ▸ Payload decoders…)</source>
        <translation>페이로드는 JSON이며, 이 토픽에 연결된 스키마가 정의하는 바이너리 형식으로 보냅니다(연결 ▸ 페이로드 디코더…)</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="702"/>
        <source>Before it is sent, the payload goes through publish() (%1).</source>
        <translation>보내기 전에 페이로드가 publish()(%1)를 거칩니다.</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="718"/>
        <source>stopped: %1</source>
        <translation>중지됨: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="719"/>
        <source>Not sent: %1</source>
        <translation>보내지 않음: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="782"/>
        <source>stopped after %L1: %2</source>
        <translation>%L1개 보낸 뒤 중지됨: %2</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="796"/>
        <source>sent %L1</source>
        <translation>%L1개 보냄</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="803"/>
        <source>stopped after %L1 of %L2</source>
        <translation>%L2개 중 %L1개 보낸 뒤 중지됨</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="804"/>
        <source>stopped after %L1</source>
        <translation>%L1개 보낸 뒤 중지됨</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="822"/>
        <source>stopped after %L1: not connected</source>
        <translation>%L1개 보낸 뒤 중지됨: 연결 안 됨</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="836"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="838"/>
        <source>%1 (QoS %2%3)
%4</source>
        <translation>%1 (QoS %2%3)
%4</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="841"/>
        <source>, retained</source>
        <translation>, 보존</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="947"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="959"/>
        <source>Save Message</source>
        <translation>메시지 저장</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="960"/>
        <source>Name (a saved message of this name is replaced):</source>
        <translation>이름(같은 이름의 저장된 메시지는 대체됨):</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="975"/>
        <source>Rename Saved Message</source>
        <translation>저장된 메시지 이름 바꾸기</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="976"/>
        <source>New name:</source>
        <translation>새 이름:</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="982"/>
        <source>There is already a saved message named “%1”. New name:</source>
        <translation>“%1” 이름의 저장된 메시지가 이미 있습니다. 새 이름:</translation>
    </message>
</context>
<context>
    <name>Signalbox::RetainedManager</name>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="43"/>
        <location filename="../ui/retainedmanager.cpp" line="56"/>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="45"/>
        <location filename="../ui/retainedmanager.cpp" line="58"/>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="47"/>
        <location filename="../ui/retainedmanager.cpp" line="60"/>
        <source>%1 h</source>
        <translation>%1시간</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="49"/>
        <location filename="../ui/retainedmanager.cpp" line="61"/>
        <source>%1 d</source>
        <translation>%1일</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="195"/>
        <source>Topic</source>
        <translation>토픽</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="197"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="199"/>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="201"/>
        <source>Age</source>
        <translation>경과</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="203"/>
        <source>Expires in</source>
        <translation>만료까지</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="205"/>
        <source>Payload</source>
        <translation>페이로드</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="223"/>
        <location filename="../ui/retainedmanager.cpp" line="278"/>
        <source>Scan</source>
        <translation>스캔</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="226"/>
        <location filename="../ui/retainedmanager.cpp" line="279"/>
        <source>Check all</source>
        <translation>모두 선택</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="227"/>
        <location filename="../ui/retainedmanager.cpp" line="280"/>
        <source>Uncheck all</source>
        <translation>모두 선택 해제</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="228"/>
        <location filename="../ui/retainedmanager.cpp" line="412"/>
        <source>Clear checked…</source>
        <translation>선택 항목 지우기…</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="229"/>
        <location filename="../ui/retainedmanager.cpp" line="281"/>
        <source>Restore from file…</source>
        <translation>파일에서 복원…</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="275"/>
        <source>Topic filter, e.g. sensors/#</source>
        <translation>토픽 필터, 예: sensors/#</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="276"/>
        <source>Check topics matching a filter</source>
        <translation>필터와 일치하는 토픽 선택</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="277"/>
        <source>Filter:</source>
        <translation>필터:</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="389"/>
        <source>A shared subscription receives no retained messages.</source>
        <translation>공유 구독은 보존 메시지를 받지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="412"/>
        <source>Clear %n checked…</source>
        <translation>
            <numerusform>선택한 %n개 지우기…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="431"/>
        <source>Cannot scan: %1</source>
        <translation>스캔할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="435"/>
        <source>No connection to scan.</source>
        <translation>스캔할 연결이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="441"/>
        <source>Scanning %1…</source>
        <translation>%1 스캔 중…</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="487"/>
        <source>Clear retained messages</source>
        <translation>보존 메시지 지우기</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="488"/>
        <source>Clear %n retained message(s)? Each topic gets an empty retained message.
First they are saved to this restore file, from which they can be published again:</source>
        <translation>
            <numerusform>보존 메시지 %n개를 지울까요? 각 토픽에 빈 보존 메시지를 보냅니다.
먼저 이 복원 파일에 저장되며, 여기에서 다시 발행할 수 있습니다:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="494"/>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="496"/>
        <source>Restore file</source>
        <translation>복원 파일</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="497"/>
        <location filename="../ui/retainedmanager.cpp" line="547"/>
        <source>Retained messages (*.json)</source>
        <translation>보존 메시지 (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="502"/>
        <source>Clear %n</source>
        <translation>
            <numerusform>%n개 지우기</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="520"/>
        <source>Saving %1 and clearing %n retained message(s)…</source>
        <translation>
            <numerusform>%1에 저장하고 보존 메시지 %n개를 지우는 중…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="531"/>
        <source>Restoring from %1…</source>
        <translation>%1에서 복원하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="546"/>
        <source>Restore retained messages</source>
        <translation>보존 메시지 복원</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="596"/>
        <source>Scanning %1… %n retained message(s) so far.</source>
        <translation>
            <numerusform>%1 스캔 중… 지금까지 보존 메시지 %n개.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="598"/>
        <source>%n acknowledged…</source>
        <translation>
            <numerusform>%n개 확인됨…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="608"/>
        <source>%n retained message(s) under %1</source>
        <translation>
            <numerusform>%1 아래 보존 메시지 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="612"/>
        <source>Stopped at %n message(s); narrow the filter to see the rest.</source>
        <translation>
            <numerusform>메시지 %n개에서 멈췄습니다. 나머지를 보려면 필터를 좁히세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="626"/>
        <source>Cleared %n retained message(s).</source>
        <translation>
            <numerusform>보존 메시지 %n개를 지웠습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="628"/>
        <source>Cleared %1; %n failed: %2</source>
        <translation>
            <numerusform>%1개 지움, %n개 실패: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="639"/>
        <source>Restored %n retained message(s).</source>
        <translation>
            <numerusform>보존 메시지 %n개를 복원했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="641"/>
        <source>Restored %1; %n failed: %2</source>
        <translation>
            <numerusform>%1개 복원, %n개 실패: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::SparkplugView</name>
    <message>
        <location filename="../ui/sparkplugview.cpp" line="170"/>
        <source>Filter groups, nodes, devices and metrics</source>
        <translation>그룹, 노드, 디바이스, 메트릭 필터</translation>
    </message>
    <message>
        <location filename="../ui/sparkplugview.cpp" line="171"/>
        <source>Request rebirth</source>
        <translation>재탄생 요청</translation>
    </message>
    <message>
        <location filename="../ui/sparkplugview.cpp" line="172"/>
        <source>Sends the selected edge node an NCMD with Node Control/Rebirth, which asks it to publish its birth certificates again.</source>
        <translation>선택한 에지 노드에 재탄생 명령(NCMD)을 보내 출생 인증서를 다시 발행하도록 요청합니다.</translation>
    </message>
    <message>
        <location filename="../ui/sparkplugview.cpp" line="174"/>
        <location filename="../ui/sparkplugview.cpp" line="176"/>
        <source>Plot</source>
        <translation>차트 추가</translation>
    </message>
    <message>
        <location filename="../ui/sparkplugview.cpp" line="175"/>
        <source>Charts the selected metric&apos;s values from its node&apos;s NDATA or its device&apos;s DDATA.</source>
        <translation>선택한 메트릭의 값을 노드의 NDATA 또는 디바이스의 DDATA에서 가져와 차트로 그립니다.</translation>
    </message>
    <message>
        <location filename="../ui/sparkplugview.cpp" line="177"/>
        <source>Issues, newest first</source>
        <translation>문제(최신순)</translation>
    </message>
    <message>
        <location filename="../ui/sparkplugview.cpp" line="178"/>
        <source>What broke the Sparkplug specification: choose one to select its node.</source>
        <translation>Sparkplug 사양을 위반한 항목입니다. 하나를 고르면 해당 노드가 선택됩니다.</translation>
    </message>
</context>
<context>
    <name>Signalbox::SubscriptionPanel</name>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="258"/>
        <source>Topic filter, e.g. sensors/+/temp</source>
        <translation>토픽 필터, 예: sensors/+/temp</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="138"/>
        <location filename="../ui/subscriptionpanel.cpp" line="668"/>
        <source>QoS 0</source>
        <translation>QoS 0</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="138"/>
        <location filename="../ui/subscriptionpanel.cpp" line="668"/>
        <source>QoS 1</source>
        <translation>QoS 1</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="138"/>
        <location filename="../ui/subscriptionpanel.cpp" line="668"/>
        <source>QoS 2</source>
        <translation>QoS 2</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="683"/>
        <source>Maximum quality of service</source>
        <translation>최대 서비스 품질(QoS)</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="684"/>
        <source>Colour of this subscription&apos;s messages</source>
        <translation>이 구독의 메시지 색</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="142"/>
        <location filename="../ui/subscriptionpanel.cpp" line="671"/>
        <source>Colour</source>
        <translation>색</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="259"/>
        <source>Alias (optional)</source>
        <translation>별칭(선택 사항)</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="147"/>
        <location filename="../ui/subscriptionpanel.cpp" line="672"/>
        <source>Subscribe</source>
        <translation>구독</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="682"/>
        <source>A topic filter, e.g. sensors/+/temp; several separated by commas: a/b, c/#</source>
        <translation>토픽 필터, 예: sensors/+/temp. 여러 개는 쉼표로 구분: a/b, c/#</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="685"/>
        <source>A name shown instead of the filter (optional)</source>
        <translation>필터 대신 표시할 이름(선택 사항)</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="686"/>
        <source>Subscribe to the broker&apos;s own statistics ($SYS/#)</source>
        <translation>브로커 자체 통계 구독($SYS/#)</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="687"/>
        <source>MQTT 5 options</source>
        <translation>MQTT 5 옵션</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="163"/>
        <location filename="../ui/subscriptionpanel.cpp" line="541"/>
        <location filename="../ui/subscriptionpanel.cpp" line="673"/>
        <source>No local</source>
        <translation>No Local</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="688"/>
        <source>Do not receive the messages this connection publishes</source>
        <translation>이 연결이 발행한 메시지는 받지 않음</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="165"/>
        <location filename="../ui/subscriptionpanel.cpp" line="543"/>
        <location filename="../ui/subscriptionpanel.cpp" line="674"/>
        <source>Retain as published</source>
        <translation>Retain As Published</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="689"/>
        <source>Keep the retain flag the publisher set</source>
        <translation>발행자가 설정한 보존 플래그 유지</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="169"/>
        <location filename="../ui/subscriptionpanel.cpp" line="675"/>
        <source>0: send retained messages</source>
        <translation>0: 보존 메시지 보내기</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="169"/>
        <location filename="../ui/subscriptionpanel.cpp" line="675"/>
        <source>1: send if the subscription is new</source>
        <translation>1: 새 구독일 때만 보내기</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="170"/>
        <location filename="../ui/subscriptionpanel.cpp" line="676"/>
        <source>2: never send retained messages</source>
        <translation>2: 보존 메시지 보내지 않기</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="690"/>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="181"/>
        <location filename="../ui/subscriptionpanel.cpp" line="185"/>
        <source>Retain handling:</source>
        <translation>보존 처리:</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="182"/>
        <location filename="../ui/subscriptionpanel.cpp" line="187"/>
        <source>Subscription identifier:</source>
        <translation>구독 ID:</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="258"/>
        <source>Topic filter</source>
        <translation>토픽 필터</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="258"/>
        <source>Filter</source>
        <translation>필터</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="259"/>
        <source>Alias</source>
        <translation>별칭</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="410"/>
        <source>“%1” is not a valid filter: %2</source>
        <translation>“%1”은(는) 올바른 필터가 아닙니다: %2</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="422"/>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="485"/>
        <source>Change the colour</source>
        <translation>색 바꾸기</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="501"/>
        <source>Unsubscribe and remove</source>
        <translation>구독 해지 후 제거</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="502"/>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="545"/>
        <source>Retain handling %1</source>
        <translation>보존 처리 %1</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="547"/>
        <source>Subscription identifier %1</source>
        <translation>구독 ID %1</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="550"/>
        <source>QoS %1</source>
        <translation>QoS %1</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="555"/>
        <source>Paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="565"/>
        <source>Pause (unsubscribe, keep in the list)</source>
        <translation>일시 중지(구독 해지, 목록에는 유지)</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="565"/>
        <source>Resume (subscribe again)</source>
        <translation>재개(다시 구독)</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="566"/>
        <source>Pause</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="566"/>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="599"/>
        <location filename="../ui/subscriptionpanel.cpp" line="611"/>
        <source>Subscription Colour</source>
        <translation>구독 색</translation>
    </message>
</context>
<context>
    <name>Signalbox::TopicChartView</name>
    <message>
        <location filename="../ui/topicchartview.cpp" line="1176"/>
        <source>Topic filter, e.g. sensors/+/temperature</source>
        <translation>토픽 필터, 예: sensors/+/temperature</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="1177"/>
        <source>JSON path (optional), e.g. data.values[0]</source>
        <translation>JSON 경로(선택 사항), 예: data.values[0]</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="1178"/>
        <source>Empty: the payload itself is the number. Otherwise the field of a JSON payload, as in temp, a.b.c, values[2] or $.a[0].b; the list holds the numeric fields of the topic&apos;s recent messages.</source>
        <translation>비워 두면 페이로드 자체가 숫자입니다. 아니면 temp, a.b.c, values[2], $.a[0].b처럼 JSON 페이로드의 필드를 지정합니다. 목록에는 이 토픽의 최근 메시지에 있는 숫자 필드가 나옵니다.</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="169"/>
        <location filename="../ui/topicchartview.cpp" line="322"/>
        <source>Plot</source>
        <translation>차트 추가</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="171"/>
        <location filename="../ui/topicchartview.cpp" line="317"/>
        <source>Topic:</source>
        <translation>토픽:</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="174"/>
        <location filename="../ui/topicchartview.cpp" line="318"/>
        <source>JSON path:</source>
        <translation>JSON 경로:</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="196"/>
        <location filename="../ui/topicchartview.cpp" line="323"/>
        <source>Plot selected fields</source>
        <translation>선택한 필드 차트에 추가</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="198"/>
        <location filename="../ui/topicchartview.cpp" line="319"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="209"/>
        <location filename="../ui/topicchartview.cpp" line="324"/>
        <location filename="../ui/topicchartview.cpp" line="992"/>
        <source>Pause</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="1181"/>
        <source>Freeze the chart; data keeps being collected</source>
        <translation>차트 고정(데이터는 계속 수집됨)</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="211"/>
        <location filename="../ui/topicchartview.cpp" line="325"/>
        <source>Reset zoom</source>
        <translation>확대/축소 초기화</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="213"/>
        <location filename="../ui/topicchartview.cpp" line="326"/>
        <source>Export PNG…</source>
        <translation>PNG 내보내기…</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="214"/>
        <location filename="../ui/topicchartview.cpp" line="327"/>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="215"/>
        <location filename="../ui/topicchartview.cpp" line="320"/>
        <source>Drag along the time axis or use the wheel to zoom</source>
        <translation>시간 축을 따라 드래그하거나 휠로 확대/축소</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="231"/>
        <location filename="../ui/topicchartview.cpp" line="328"/>
        <source>Series</source>
        <translation>시리즈</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="231"/>
        <location filename="../ui/topicchartview.cpp" line="328"/>
        <source>Points</source>
        <translation>점</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="231"/>
        <location filename="../ui/topicchartview.cpp" line="328"/>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="238"/>
        <location filename="../ui/topicchartview.cpp" line="300"/>
        <location filename="../ui/topicchartview.cpp" line="321"/>
        <location filename="../ui/topicchartview.cpp" line="329"/>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="248"/>
        <location filename="../ui/topicchartview.cpp" line="330"/>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="376"/>
        <source>There is no connection to plot from.</source>
        <translation>차트를 그릴 연결이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="390"/>
        <source>The messages on %1 so far hold no number at this path; the line starts with the next one that does.</source>
        <translation>지금까지 %1에 온 메시지에는 이 경로에 숫자가 없습니다. 숫자가 있는 다음 메시지부터 선이 그려집니다.</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="421"/>
        <source>(the payload)</source>
        <translation>(페이로드)</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="422"/>
        <source>%1    latest %2</source>
        <translation>%1    최근 값 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topicchartview.cpp" line="427"/>
        <source>In %n of the recent messages</source>
        <translation>
            <numerusform>최근 메시지 중 %n개에 있음</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="431"/>
        <source>The recent messages on %1 hold no numbers to plot.</source>
        <translation>%1에 온 최근 메시지에는 차트로 그릴 숫자가 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="435"/>
        <source>The messages on %1 are JSON. Tick the fields to plot (double-click plots one):</source>
        <translation>%1의 메시지는 JSON입니다. 차트로 그릴 필드를 선택하세요(두 번 클릭하면 하나를 바로 추가):</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="627"/>
        <source>Topic filter %1, JSON path %2</source>
        <translation>토픽 필터 %1, JSON 경로 %2</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="628"/>
        <source>(none: the payload)</source>
        <translation>(없음: 페이로드)</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="666"/>
        <source>Only the first %1 topics are plotted; %2 messages on further topics were not.</source>
        <translation>처음 %1개 토픽만 차트에 표시됩니다. 그 밖의 토픽에 온 메시지 %2개는 표시되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="324"/>
        <location filename="../ui/topicchartview.cpp" line="992"/>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="1155"/>
        <source>Export chart as PNG</source>
        <translation>차트를 PNG로 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="1156"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="1160"/>
        <source>Could not write the image to %1.</source>
        <translation>이미지를 %1에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="1165"/>
        <source>Export chart data as CSV</source>
        <translation>차트 데이터를 CSV로 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="1166"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="1170"/>
        <source>Could not write the data to %1.</source>
        <translation>데이터를 %1에 쓸 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Signalbox::TopicTreeView</name>
    <message numerus="yes">
        <location filename="../ui/topictreeview.cpp" line="58"/>
        <source>(%n topic(s))</source>
        <translation>
            <numerusform>(토픽 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topictreeview.cpp" line="125"/>
        <location filename="../ui/topictreeview.cpp" line="182"/>
        <source>Copy</source>
        <translation>복제</translation>
    </message>
    <message>
        <location filename="../ui/topictreeview.cpp" line="126"/>
        <location filename="../ui/topictreeview.cpp" line="183"/>
        <location filename="../ui/topictreeview.cpp" line="438"/>
        <source>Delete retained…</source>
        <translation>보존 메시지 삭제…</translation>
    </message>
    <message>
        <location filename="../ui/topictreeview.cpp" line="127"/>
        <location filename="../ui/topictreeview.cpp" line="184"/>
        <location filename="../ui/topictreeview.cpp" line="436"/>
        <source>Plot</source>
        <translation>차트 추가</translation>
    </message>
    <message>
        <location filename="../ui/topictreeview.cpp" line="181"/>
        <source>Search topics</source>
        <translation>토픽 검색</translation>
    </message>
    <message>
        <location filename="../ui/topictreeview.cpp" line="185"/>
        <source>Chart this topic&apos;s numeric payloads</source>
        <translation>이 토픽의 숫자 페이로드를 차트로 표시</translation>
    </message>
    <message>
        <location filename="../ui/topictreeview.cpp" line="388"/>
        <source>No topic selected</source>
        <translation>선택한 토픽 없음</translation>
    </message>
    <message>
        <location filename="../ui/topictreeview.cpp" line="397"/>
        <source> (retained)</source>
        <translation> (보존)</translation>
    </message>
    <message>
        <location filename="../ui/topictreeview.cpp" line="435"/>
        <source>Copy topic</source>
        <translation>토픽 복사</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topictreeview.cpp" line="456"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… 외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topictreeview.cpp" line="458"/>
        <source>Delete Retained Messages</source>
        <translation>보존 메시지 삭제</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topictreeview.cpp" line="459"/>
        <source>Publish an empty retained message to %n topic(s), so the broker deletes their retained messages?</source>
        <translation>
            <numerusform>토픽 %n개에 빈 보존 메시지를 발행해 브로커가 보존 메시지를 삭제하게 할까요?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::TrafficView</name>
    <message>
        <location filename="../ui/trafficview.cpp" line="38"/>
        <location filename="../ui/trafficview.cpp" line="137"/>
        <source>Depth</source>
        <translation>깊이</translation>
    </message>
    <message>
        <location filename="../ui/trafficview.cpp" line="378"/>
        <source>How many topic levels make a subtree: at depth 2, a/b/c counts towards a/b/#</source>
        <translation>하위 트리를 이루는 토픽 단계 수: 깊이 2에서 a/b/c는 a/b/#에 포함됩니다</translation>
    </message>
    <message>
        <location filename="../ui/trafficview.cpp" line="42"/>
        <location filename="../ui/trafficview.cpp" line="138"/>
        <source>Top</source>
        <translation>상위</translation>
    </message>
    <message>
        <location filename="../ui/trafficview.cpp" line="379"/>
        <source>How many subtrees to list; the rest are summed in &quot;(other)&quot;</source>
        <translation>표시할 하위 트리 수. 나머지는 &quot;(기타)&quot;에 합산됩니다</translation>
    </message>
    <message>
        <location filename="../ui/trafficview.cpp" line="47"/>
        <location filename="../ui/trafficview.cpp" line="139"/>
        <source>Rank by</source>
        <translation>정렬 기준</translation>
    </message>
    <message>
        <location filename="../ui/trafficview.cpp" line="49"/>
        <location filename="../ui/trafficview.cpp" line="140"/>
        <source>Messages/s</source>
        <translation>메시지/s</translation>
    </message>
    <message>
        <location filename="../ui/trafficview.cpp" line="50"/>
        <location filename="../ui/trafficview.cpp" line="141"/>
        <source>Bytes/s</source>
        <translation>바이트/s</translation>
    </message>
    <message>
        <location filename="../ui/trafficview.cpp" line="88"/>
        <location filename="../ui/trafficview.cpp" line="142"/>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location filename="../ui/trafficview.cpp" line="108"/>
        <source>%1: %2 messages</source>
        <translation>%1: 메시지 %2개</translation>
    </message>
    <message>
        <location filename="../ui/trafficview.cpp" line="332"/>
        <source>No connection.</source>
        <translation>연결 없음.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficview.cpp" line="337"/>
        <source>%1 · %2 · %n distinct topic(s)</source>
        <translation>
            <numerusform>%1 · %2 · 서로 다른 토픽 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficview.cpp" line="341"/>
        <source>%1 messages/s and %2 bytes/s over the last %n second(s); %3 messages and %4 bytes since the profile was cleared</source>
        <translation>
            <numerusform>최근 %n초 동안 초당 메시지 %1개, 초당 %2바이트. 프로필을 지운 뒤 메시지 %3개, %4바이트</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/trafficview.cpp" line="352"/>
        <source>Payload sizes</source>
        <translation>페이로드 크기</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficview.cpp" line="358"/>
        <source>Payload sizes, all topics, last %n s</source>
        <translation>
            <numerusform>페이로드 크기, 모든 토픽, 최근 %n초</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficview.cpp" line="361"/>
        <source>Payload sizes, %1, last %n s</source>
        <translation>
            <numerusform>페이로드 크기, %1, 최근 %n초</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::WelcomePage</name>
    <message>
        <location filename="../ui/welcomepage.cpp" line="48"/>
        <source>TCP</source>
        <translation>mqtt</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="49"/>
        <source>TLS</source>
        <translation>mqtts</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="50"/>
        <source>WS</source>
        <translation>ws</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="51"/>
        <source>WSS</source>
        <translation>wss</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="84"/>
        <source>Connect to an MQTT broker</source>
        <translation>MQTT 브로커에 연결</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="85"/>
        <source>Choose a broker below, paste a broker&apos;s URL, or make a connection of your own. Everything you subscribe to and publish is kept with the connection.</source>
        <translation>아래에서 브로커를 고르거나, 브로커 URL을 붙여 넣거나, 직접 연결을 만드세요. 구독하고 발행한 모든 내용은 연결과 함께 보관됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="92"/>
        <source>mqtt://host:1883, mqtts://…, ws://host:8080/mqtt, wss://…</source>
        <translation>mqtt://호스트:1883, mqtts://…, ws://호스트:8080/mqtt, wss://…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="94"/>
        <location filename="../ui/welcomepage.cpp" line="167"/>
        <location filename="../ui/welcomepage.cpp" line="208"/>
        <source>Connect</source>
        <translation>연결</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="97"/>
        <source>Broker URL:</source>
        <translation>브로커 URL:</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="113"/>
        <source>On this computer</source>
        <translation>이 컴퓨터</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="116"/>
        <source>Public test brokers</source>
        <translation>공개 테스트 브로커</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="117"/>
        <source>Anyone can read what is sent to these brokers: keep secrets and real data away.</source>
        <translation>이 브로커로 보낸 내용은 누구나 읽을 수 있습니다. 비밀 정보나 실제 데이터는 보내지 마세요.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="125"/>
        <source>New connection…</source>
        <translation>새 연결…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="127"/>
        <source>Import connections…</source>
        <translation>연결 가져오기…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="129"/>
        <source>From a Signalbox export or from MQTTX (its connections and subscriptions).</source>
        <translation>Signalbox에서 내보낸 파일이나 MQTT X(연결과 구독)에서 가져옵니다.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="160"/>
        <location filename="../ui/welcomepage.cpp" line="174"/>
        <source>Local broker</source>
        <translation>로컬 브로커</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="166"/>
        <source>Look again</source>
        <translation>다시 확인</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="210"/>
        <source>Make a connection to %1 over TCP and connect; the arrow offers the other ports.</source>
        <translation>%1에 mqtt:// 연결을 만들어 접속합니다. 화살표를 누르면 다른 포트를 고를 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="280"/>
        <source>Looking for a broker on %1…</source>
        <translation>%1에서 브로커를 찾는 중…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="282"/>
        <source>A broker answers on %1.</source>
        <translation>%1에서 브로커가 응답합니다.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="285"/>
        <source>Nothing answers on %1. Start mosquitto (or another broker) and look again.</source>
        <translation>%1에서 응답이 없습니다. Mosquitto(또는 다른 브로커)를 실행한 뒤 다시 확인하세요.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="294"/>
        <source>Type or paste a broker URL, such as mqtt://127.0.0.1:1883.</source>
        <translation>mqtt://127.0.0.1:1883 같은 브로커 URL을 입력하거나 붙여 넣으세요.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/startupoptions.cpp" line="90"/>
        <source>A native desktop MQTT client.</source>
        <translation>네이티브 데스크톱 MQTT 클라이언트입니다.</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="35"/>
        <source>Open a connection to URL (mqtt://, mqtts://, ws://, wss://) and connect.</source>
        <translation>URL(mqtt://, mqtts://, ws://, wss://)로 연결을 열고 접속합니다.</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="39"/>
        <source>Name of that connection.</source>
        <translation>그 연결의 이름입니다.</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="42"/>
        <source>Subscribe that connection to FILTER (repeatable).</source>
        <translation>그 연결에서 FILTER를 구독합니다(여러 번 지정 가능).</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="44"/>
        <source>Keep connection profiles in FILE.</source>
        <translation>연결 프로필을 FILE에 보관합니다.</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="48"/>
        <source>Save a picture of the window to FILE after --screenshot-delay ms, then quit.</source>
        <translation>--screenshot-delay ms 후 창의 그림을 FILE에 저장하고 끝냅니다.</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="51"/>
        <source>Milliseconds before the screenshot (3000).</source>
        <translation>스크린샷까지의 밀리초(3000)입니다.</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="54"/>
        <source>Show the message log as a chat.</source>
        <translation>메시지 로그를 채팅 형식으로 표시합니다.</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="56"/>
        <source>Show the packet inspector beside the log.</source>
        <translation>로그 옆에 패킷 검사기를 표시합니다.</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="58"/>
        <source>Show the topic tree instead of the message log.</source>
        <translation>메시지 로그 대신 토픽 트리를 표시합니다.</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="61"/>
        <source>Show the broker&apos;s $SYS dashboard instead of the message log.</source>
        <translation>메시지 로그 대신 브로커의 $SYS 대시보드를 표시합니다.</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="64"/>
        <source>Show VIEW in the middle: messages, topics, traffic, charts, retained, broker or sparkplug.</source>
        <translation>가운데에 VIEW를 표시합니다: messages, topics, traffic, charts, retained, broker 또는 sparkplug.</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="70"/>
        <source>Show received payloads as the JavaScript in FILE turns them (its receive(payload, topic)), on the topics of the --subscribe filters.</source>
        <translation>--subscribe 필터의 토픽에서 받은 페이로드를 FILE의 JavaScript(receive(payload, topic))가 바꾼 대로 표시합니다.</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="76"/>
        <source>Chart the numbers of FILTER, or of a JSON field: FILTER|PATH (repeatable).</source>
        <translation>FILTER의 숫자나 JSON 필드의 숫자를 차트로 그립니다: FILTER|PATH(여러 번 지정 가능).</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="80"/>
        <source>List the retained messages under FILTER once connected.</source>
        <translation>연결되면 FILTER 아래의 보존 메시지를 나열합니다.</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="84"/>
        <source>With --screenshot: also save a picture of the connection editor to FILE.</source>
        <translation>--screenshot과 함께: 연결 편집기의 그림도 FILE에 저장합니다.</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="94"/>
        <source>A broker URL to open and connect, as --connect.</source>
        <translation>열고 접속할 브로커 URL입니다(--connect와 같음).</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="103"/>
        <source>Give one broker URL, not several.</source>
        <translation>브로커 URL은 하나만 지정하세요.</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="129"/>
        <source>--view is one of: %1.</source>
        <translation>--view는 다음 중 하나입니다: %1.</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="162"/>
        <source>--screenshot-delay needs a number of milliseconds, 0 or more, not &apos;%1&apos;.</source>
        <translation>--screenshot-delay에는 &apos;%1&apos; 대신 0 이상의 밀리초 수가 필요합니다.</translation>
    </message>
</context>
</TS>
