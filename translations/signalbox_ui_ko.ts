<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Signalbox::BrokerDashboard</name>
    <message numerus="yes">
        <location filename="../ui/brokerdashboard.cpp" line="36"/>
        <source>%n day(s) %1</source>
        <translation>
            <numerusform>%n일 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="46"/>
        <location filename="../ui/brokerdashboard.cpp" line="50"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="48"/>
        <location filename="../ui/brokerdashboard.cpp" line="52"/>
        <source>%1/min</source>
        <translation>%1/분</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="75"/>
        <source>Subscribe to $SYS/#</source>
        <translation>$SYS/# 구독</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="76"/>
        <source>Subscribe this connection to the broker&apos;s $SYS topics</source>
        <translation>이 연결에서 브로커의 $SYS 토픽을 구독합니다</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="81"/>
        <source>No $SYS messages yet. A plain &apos;#&apos; does not match $SYS topics: subscribe to $SYS/# to see the broker&apos;s statistics (some brokers allow it only to local or privileged clients).</source>
        <translation>아직 $SYS 메시지가 없습니다. 일반 &apos;#&apos;은 $SYS 토픽과 일치하지 않습니다. 브로커 통계를 보려면 $SYS/#을 구독하세요(일부 브로커는 로컬이나 권한 있는 클라이언트에만 허용합니다).</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="90"/>
        <location filename="../ui/brokerdashboard.cpp" line="115"/>
        <source>Clients connected</source>
        <translation>연결된 클라이언트</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="91"/>
        <source>Clients total</source>
        <translation>전체 클라이언트</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="92"/>
        <source>Messages in</source>
        <translation>들어온 메시지</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="93"/>
        <source>Messages out</source>
        <translation>나간 메시지</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="94"/>
        <source>Bytes in</source>
        <translation>들어온 바이트</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="95"/>
        <source>Bytes out</source>
        <translation>나간 바이트</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="96"/>
        <source>Subscriptions</source>
        <translation>구독</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="97"/>
        <source>Retained</source>
        <translation>보존</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="98"/>
        <source>Stored messages</source>
        <translation>저장된 메시지</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="99"/>
        <source>Heap</source>
        <translation>힙</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="100"/>
        <source>Load in (1 min)</source>
        <translation>들어온 부하(1분)</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="101"/>
        <source>Load out (1 min)</source>
        <translation>나간 부하(1분)</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="102"/>
        <source>Connections (1 min)</source>
        <translation>연결(1분)</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="103"/>
        <source>Sockets (1 min)</source>
        <translation>소켓(1분)</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="104"/>
        <source>Uptime</source>
        <translation>가동 시간</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="113"/>
        <source>Messages per second</source>
        <translation>초당 메시지</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="113"/>
        <location filename="../ui/brokerdashboard.cpp" line="117"/>
        <source>in</source>
        <translation>들어옴</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="114"/>
        <location filename="../ui/brokerdashboard.cpp" line="117"/>
        <source>out</source>
        <translation>나감</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="115"/>
        <source>connected</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="116"/>
        <source>Bytes per second</source>
        <translation>초당 바이트</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="132"/>
        <source>Chart any figure the broker publishes</source>
        <translation>브로커가 발행하는 모든 수치를 차트로 표시</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="228"/>
        <source>Broker statistics ($SYS)</source>
        <translation>브로커 통계($SYS)</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="232"/>
        <source>Unknown broker</source>
        <translation>알 수 없는 브로커</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="241"/>
        <source>up %1</source>
        <translation>가동 %1</translation>
    </message>
</context>
<context>
    <name>Signalbox::ConnectionEditor</name>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="34"/>
        <location filename="../ui/connectioneditor.cpp" line="137"/>
        <source>New connection</source>
        <translation>새 연결</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="34"/>
        <source>Edit connection “%1”</source>
        <translation>연결 “%1” 편집</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="38"/>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="39"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="40"/>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="41"/>
        <source>MQTT 5</source>
        <translation>MQTT 5</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="42"/>
        <source>Will</source>
        <translation>유언</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="43"/>
        <source>Advanced</source>
        <translation>고급</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="39"/>
        <source>Shown in the sidebar</source>
        <translation>사이드바에 표시됩니다</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="40"/>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="47"/>
        <source>The folder in the sidebar; type a new name to make one.</source>
        <translation>사이드바의 폴더입니다. 새 이름을 입력하면 새로 만듭니다.</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="48"/>
        <source>&amp;Group:</source>
        <translation>그룹(&amp;G):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="52"/>
        <source>Choose a public test broker…</source>
        <translation>공개 테스트 브로커 선택…</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="57"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="65"/>
        <source>&amp;Preset:</source>
        <translation>프리셋(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="74"/>
        <source>broker.example.com</source>
        <translation>broker.example.com</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="101"/>
        <source>&amp;Host:</source>
        <translation>호스트(&amp;H):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="106"/>
        <source>WebSocket &amp;path:</source>
        <translation>WebSocket 경로(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="113"/>
        <source>MQTT &amp;version:</source>
        <translation>MQTT 버전(&amp;V):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="115"/>
        <source>Empty: a random one at each connect</source>
        <translation>비워 두면 연결할 때마다 임의로 생성</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="118"/>
        <source>Generate</source>
        <translation>생성</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="125"/>
        <source>Random, with the prefix “signalbox-”</source>
        <translation>임의 생성, 접두사 “signalbox-”</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="127"/>
        <source>UUID (36 characters, not for MQTT 3.1)</source>
        <translation>UUID(36자, MQTT 3.1에서는 사용 불가)</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="128"/>
        <source>From this computer&apos;s MAC address</source>
        <translation>이 컴퓨터의 MAC 주소로 생성</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="133"/>
        <source>&amp;Client ID:</source>
        <translation>클라이언트 ID(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="137"/>
        <source>Clean start (forget the previous session)</source>
        <translation>클린 스타트(이전 세션을 잊음)</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="139"/>
        <source>Keep the message history on disk, up to</source>
        <translation>메시지 기록을 디스크에 보관, 최대</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="140"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="142"/>
        <source>The received messages are stored with the session and shown again at the next start.</source>
        <translation>받은 메시지를 세션과 함께 저장해 다음 시작 때 다시 표시합니다.</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="149"/>
        <location filename="../ui/connectioneditortabs.cpp" line="346"/>
        <location filename="../ui/connectioneditortabs.cpp" line="349"/>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="150"/>
        <source>Off</source>
        <translation>끔</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="151"/>
        <source>&amp;Keep alive:</source>
        <translation>연결 유지(&amp;K):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="154"/>
        <source>&amp;User name:</source>
        <translation>사용자 이름(&amp;U):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="155"/>
        <location filename="../ui/connectioneditortabs.cpp" line="195"/>
        <source>Kept in the system keychain</source>
        <translation>시스템 키체인에 보관됩니다</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="157"/>
        <source>Pass&amp;word:</source>
        <translation>비밀번호(&amp;W):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="167"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="182"/>
        <source>Used by mqtts:// and wss:// connections.</source>
        <translation>mqtts:// 및 wss:// 연결에 사용됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="186"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>인증서 (*.pem *.crt *.cer);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="187"/>
        <source>Trust the system&apos;s certificate authorities</source>
        <translation>시스템의 인증 기관(CA) 신뢰</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="189"/>
        <source>PEM file with extra CA certificates</source>
        <translation>추가 CA 인증서가 담긴 PEM 파일</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="190"/>
        <source>&amp;CA file:</source>
        <translation>CA 파일(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="190"/>
        <source>CA certificates</source>
        <translation>CA 인증서</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="191"/>
        <source>PEM client certificate</source>
        <translation>PEM 클라이언트 인증서</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="192"/>
        <source>Client c&amp;ertificate:</source>
        <translation>클라이언트 인증서(&amp;E):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="192"/>
        <source>Client certificate</source>
        <translation>클라이언트 인증서</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="193"/>
        <source>PEM private key</source>
        <translation>PEM 개인 키</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="194"/>
        <source>Private &amp;key:</source>
        <translation>개인 키(&amp;K):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="194"/>
        <source>Private key</source>
        <translation>개인 키</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="194"/>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>키 (*.pem *.key);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="197"/>
        <source>Key &amp;passphrase:</source>
        <translation>키 암호(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="198"/>
        <source>Empty: the host name</source>
        <translation>비워 두면 호스트 이름</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="199"/>
        <source>&amp;Server name (SNI):</source>
        <translation>서버 이름(SNI)(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="200"/>
        <source>Comma-separated, e.g. mqtt</source>
        <translation>쉼표로 구분, 예: mqtt</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="201"/>
        <source>&amp;ALPN:</source>
        <translation>ALPN(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="203"/>
        <source>Allow insecure connections (accept any certificate)</source>
        <translation>안전하지 않은 연결 허용(모든 인증서 수락)</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="206"/>
        <source>Anyone between you and the broker can read and change the traffic: the broker&apos;s certificate is not checked. Use this only for testing.</source>
        <translation>브로커의 인증서를 확인하지 않으므로 사용자와 브로커 사이의 누구든 트래픽을 읽고 바꿀 수 있습니다. 테스트할 때만 사용하세요.</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="223"/>
        <source>Used by ws:// and wss:// connections, with the “mqtt” subprotocol.</source>
        <translation>ws:// 및 wss:// 연결에서 “mqtt” 하위 프로토콜과 함께 사용됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="227"/>
        <source>&amp;Path:</source>
        <translation>경로(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="240"/>
        <source>Empty: not sent (ends with the connection)</source>
        <translation>비워 두면 보내지 않음(연결과 함께 종료)</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="241"/>
        <source>Seconds; 4294967295 never expires.</source>
        <translation>초 단위입니다. 4294967295이면 만료되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="242"/>
        <source>Session &amp;expiry (s):</source>
        <translation>세션 만료(초)(&amp;E):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="244"/>
        <source>Not sent (65535)</source>
        <translation>보내지 않음(65535)</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="245"/>
        <source>&amp;Receive maximum:</source>
        <translation>수신 최대값(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="247"/>
        <location filename="../ui/connectioneditortabs.cpp" line="347"/>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="248"/>
        <source>&amp;Topic alias maximum:</source>
        <translation>토픽 별칭 최대값(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="249"/>
        <source> bytes</source>
        <translation> 바이트</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="250"/>
        <source>No limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="251"/>
        <source>&amp;Maximum packet size:</source>
        <translation>최대 패킷 크기(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="252"/>
        <source>Request response information</source>
        <translation>응답 정보 요청</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="255"/>
        <source>Request problem information</source>
        <translation>문제 정보 요청</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="259"/>
        <source>Empty: no enhanced authentication</source>
        <translation>비워 두면 확장 인증 사용 안 함</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="260"/>
        <source>Enhanced authentication (AUTH packets), e.g. SCRAM-SHA-256.</source>
        <translation>확장 인증(AUTH 패킷), 예: SCRAM-SHA-256.</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="261"/>
        <source>A&amp;uthentication method:</source>
        <translation>인증 방식(&amp;U):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="273"/>
        <source>Authentication d&amp;ata:</source>
        <translation>인증 데이터(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="280"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="280"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="283"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="285"/>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="308"/>
        <source>User properties:</source>
        <translation>사용자 속성:</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="316"/>
        <source>Send a will message when the connection is lost</source>
        <translation>연결이 끊기면 유언 메시지 보내기</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="318"/>
        <source>e.g. devices/sensor-1/status</source>
        <translation>예: devices/sensor-1/status</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="319"/>
        <source>&amp;Topic:</source>
        <translation>토픽(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="332"/>
        <source>&amp;Payload:</source>
        <translation>페이로드(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="338"/>
        <source>0 — at most once</source>
        <translation>0 — 최대 한 번</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="338"/>
        <source>1 — at least once</source>
        <translation>1 — 최소 한 번</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="338"/>
        <source>2 — exactly once</source>
        <translation>2 — 정확히 한 번</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="339"/>
        <source>&amp;QoS:</source>
        <translation>QoS(&amp;Q):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="340"/>
        <source>Retain</source>
        <translation>보존</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="348"/>
        <source>Will &amp;delay (5.0):</source>
        <translation>유언 지연(5.0)(&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="350"/>
        <source>Never</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="351"/>
        <source>Message e&amp;xpiry (5.0):</source>
        <translation>메시지 만료(5.0)(&amp;X):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="352"/>
        <source>e.g. application/json</source>
        <translation>예: application/json</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="353"/>
        <source>&amp;Content type (5.0):</source>
        <translation>콘텐츠 유형(5.0)(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="370"/>
        <location filename="../ui/connectioneditortabs.cpp" line="375"/>
        <location filename="../ui/connectioneditortabs.cpp" line="378"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="372"/>
        <source>&amp;Connect timeout:</source>
        <translation>연결 제한 시간(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="373"/>
        <source>Reconnect automatically when the connection is lost</source>
        <translation>연결이 끊기면 자동으로 재연결</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="377"/>
        <source>&amp;First delay:</source>
        <translation>첫 지연(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="380"/>
        <source>&amp;Longest delay:</source>
        <translation>최대 지연(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="383"/>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="384"/>
        <source>Each delay is the previous one times this, up to the longest delay.</source>
        <translation>각 지연은 이전 지연에 이 값을 곱한 값이며, 최대 지연을 넘지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="385"/>
        <source>Delay &amp;multiplier:</source>
        <translation>지연 배수(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="388"/>
        <source>±</source>
        <translation>±</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="389"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="390"/>
        <source>Each delay is made longer or shorter at random by up to this much.</source>
        <translation>각 지연을 최대 이만큼 임의로 늘리거나 줄입니다.</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="391"/>
        <source>&amp;Jitter:</source>
        <translation>지터(&amp;J):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="393"/>
        <source>Keep trying</source>
        <translation>계속 시도</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="394"/>
        <source>&amp;Attempts:</source>
        <translation>시도 횟수(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="153"/>
        <source>Ports: %1.</source>
        <translation>포트: %1.</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="155"/>
        <source>This broker is no longer running. %1</source>
        <translation>이 브로커는 더 이상 운영되지 않습니다. %1</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="209"/>
        <source>Needs MQTT 5.0</source>
        <translation>MQTT 5.0 필요</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="219"/>
        <source>The port is empty; enter a number from 1 to 65535.</source>
        <translation>포트가 비어 있습니다. 1에서 65535 사이의 숫자를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="220"/>
        <source>The port “%1” is not a number from 1 to 65535.</source>
        <translation>포트 “%1”은(는) 1에서 65535 사이의 숫자가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="224"/>
        <source>The session expiry must be a number of seconds from 0 to 4294967295.</source>
        <translation>세션 만료는 0에서 4294967295 사이의 초 단위 숫자여야 합니다.</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="228"/>
        <source>The authentication data is not valid hex: %1</source>
        <translation>인증 데이터가 올바른 Hex가 아닙니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="232"/>
        <source>The will payload is not valid hex: %1</source>
        <translation>유언 페이로드가 올바른 Hex가 아닙니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="235"/>
        <source>A key passphrase is set but no private key file is chosen.</source>
        <translation>키 암호가 설정되었지만 개인 키 파일을 선택하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="268"/>
        <source>These bytes are not text that can be edited as it is, so they stay in hex.</source>
        <translation>이 바이트는 그대로 편집할 수 있는 텍스트가 아니므로 Hex로 유지됩니다.</translation>
    </message>
</context>
<context>
    <name>Signalbox::ConnectionPage</name>
    <message>
        <location filename="../ui/connectionpage.cpp" line="89"/>
        <source>Certificate verification is off for this connection.</source>
        <translation>이 연결은 인증서 검증이 꺼져 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="106"/>
        <source>Messages arrive faster than the window can show them. Signalbox stops reading from the broker until it has caught up; no message is lost.</source>
        <translation>메시지가 창이 표시할 수 있는 것보다 빠르게 도착하고 있습니다. Signalbox는 따라잡을 때까지 브로커에서 읽기를 멈추며, 메시지는 하나도 잃지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="110"/>
        <source>log in memory only</source>
        <translation>로그를 메모리에만 보관</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectionpage.cpp" line="144"/>
        <source>Every packet is recorded, also while this tab is closed; under a flood, PUBLISH and its acknowledgements only %n a second.</source>
        <translation>
            <numerusform>탭을 닫아 둔 동안에도 모든 패킷을 기록합니다. 메시지가 쏟아질 때는 PUBLISH와 그 확인 응답을 초당 %n개까지만 기록합니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="174"/>
        <source>Payload</source>
        <translation>페이로드</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="175"/>
        <source>Packets</source>
        <translation>패킷</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="190"/>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="191"/>
        <source>Topics</source>
        <translation>토픽</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="192"/>
        <source>Traffic</source>
        <translation>트래픽</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="193"/>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="194"/>
        <source>Retained</source>
        <translation>보존</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="195"/>
        <source>Broker</source>
        <translation>브로커</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="223"/>
        <source>The message log keeps every payload in memory from now on; nothing is lost.</source>
        <translation>지금부터 메시지 로그는 모든 페이로드를 메모리에 보관합니다. 잃어버리는 메시지는 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="230"/>
        <source>reconnecting in %1 s (attempt %2)</source>
        <translation>%1초 후 재연결(%2번째 시도)</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="356"/>
        <source>falling behind: %L1 waiting</source>
        <translation>처리 지연: %L1개 대기 중</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectionpage.cpp" line="364"/>
        <source>%n message(s) queued until connected</source>
        <translation>
            <numerusform>연결될 때까지 메시지 %n개 대기 중</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="429"/>
        <source>granted QoS %1</source>
        <translation>허용된 QoS %1</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="462"/>
        <source>connected to %1</source>
        <translation>%1에 연결됨</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="463"/>
        <location filename="../ui/connectionpage.cpp" line="475"/>
        <source>Disconnect</source>
        <translation>연결 끊기</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="466"/>
        <source>connecting to %1…</source>
        <translation>%1에 연결 중…</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="467"/>
        <location filename="../ui/connectionpage.cpp" line="471"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="470"/>
        <source>reconnecting to %1…</source>
        <translation>%1에 재연결 중…</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="474"/>
        <source>disconnecting…</source>
        <translation>연결 끊는 중…</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="478"/>
        <source>not connected</source>
        <translation>연결 안 됨</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="479"/>
        <source>Connect</source>
        <translation>연결</translation>
    </message>
</context>
<context>
    <name>Signalbox::ConnectionSidebar</name>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="146"/>
        <source>New</source>
        <translation>새로 만들기</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="146"/>
        <source>New connection (Ctrl+N)</source>
        <translation>새 연결(Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="147"/>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="147"/>
        <source>Edit the connection</source>
        <translation>연결 편집</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="151"/>
        <source>Copy</source>
        <translation>복제</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="151"/>
        <source>Duplicate the connection</source>
        <translation>연결 복제</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="155"/>
        <location filename="../ui/connectionsidebar.cpp" line="369"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="155"/>
        <source>Delete the connection</source>
        <translation>연결 삭제</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="200"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectionsidebar.cpp" line="201"/>
        <source>%n connection(s)</source>
        <translation>
            <numerusform>연결 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="224"/>
        <source>%1 msg/s</source>
        <translation>초당 %1건</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="316"/>
        <location filename="../ui/connectionsidebar.cpp" line="320"/>
        <source>New group</source>
        <translation>새 그룹</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="316"/>
        <location filename="../ui/connectionsidebar.cpp" line="333"/>
        <source>Group name:</source>
        <translation>그룹 이름:</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="320"/>
        <location filename="../ui/connectionsidebar.cpp" line="337"/>
        <source>There is already a group “%1”.</source>
        <translation>“%1” 그룹이 이미 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="333"/>
        <location filename="../ui/connectionsidebar.cpp" line="337"/>
        <source>Rename group</source>
        <translation>그룹 이름 바꾸기</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="345"/>
        <source>Delete the group “%1”?</source>
        <translation>“%1” 그룹을 삭제할까요?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectionsidebar.cpp" line="346"/>
        <source>Delete the group “%1”? Its %n connection(s) will move to no group.</source>
        <translation>
            <numerusform>“%1” 그룹을 삭제할까요? 그룹의 연결 %n개는 그룹 없음으로 옮겨집니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="347"/>
        <location filename="../ui/connectionsidebar.cpp" line="375"/>
        <source>Delete group</source>
        <translation>그룹 삭제</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="358"/>
        <source>New connection…</source>
        <translation>새 연결…</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="360"/>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="361"/>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="362"/>
        <source>Move to group</source>
        <translation>그룹으로 이동</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="363"/>
        <source>(no group)</source>
        <translation>(그룹 없음)</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="367"/>
        <location filename="../ui/connectionsidebar.cpp" line="372"/>
        <source>New group…</source>
        <translation>새 그룹…</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="374"/>
        <source>Rename group…</source>
        <translation>그룹 이름 바꾸기…</translation>
    </message>
</context>
<context>
    <name>Signalbox::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="57"/>
        <source>Choose a connection on the left, or make a new one with Ctrl+N.</source>
        <translation>왼쪽에서 연결을 선택하거나 Ctrl+N으로 새 연결을 만드세요.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="69"/>
        <source>No keychain: passwords are kept until you quit</source>
        <translation>키체인 없음: 비밀번호는 종료할 때까지만 보관됩니다</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="103"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="104"/>
        <source>&amp;New connection…</source>
        <translation>새 연결(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="105"/>
        <source>&amp;Import connections…</source>
        <translation>연결 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="106"/>
        <source>&amp;Export connections…</source>
        <translation>연결 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="108"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="110"/>
        <source>&amp;Connection</source>
        <translation>연결(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="111"/>
        <source>&amp;Connect or disconnect</source>
        <translation>연결 또는 연결 끊기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="115"/>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="119"/>
        <source>&amp;Subscribe…</source>
        <translation>구독(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="123"/>
        <source>&amp;Find in messages</source>
        <translation>메시지에서 찾기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="127"/>
        <source>C&amp;lear messages</source>
        <translation>메시지 지우기(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>&amp;Publish</source>
        <translation>발행(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="137"/>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="150"/>
        <source>Message log &amp;capacity…</source>
        <translation>메시지 로그 용량(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="152"/>
        <source>Message log capacity</source>
        <translation>메시지 로그 용량</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="153"/>
        <source>Messages kept per connection (the oldest go first):</source>
        <translation>연결마다 보관할 메시지 수(가장 오래된 것부터 지워짐):</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="158"/>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="159"/>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="160"/>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="173"/>
        <source>The language changes when Signalbox starts again.</source>
        <translation>언어는 Signalbox를 다시 시작하면 바뀝니다.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="178"/>
        <source>System (%1)</source>
        <translation>시스템(%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="178"/>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="247"/>
        <source>New connection</source>
        <translation>새 연결</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="293"/>
        <source>Delete connection</source>
        <translation>연결 삭제</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="293"/>
        <source>Delete the connection “%1”?</source>
        <translation>“%1” 연결을 삭제할까요?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="308"/>
        <location filename="../ui/mainwindow.cpp" line="314"/>
        <location filename="../ui/mainwindow.cpp" line="329"/>
        <source>Import connections</source>
        <translation>연결 가져오기</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="309"/>
        <source>Connections (*.json);;All files (*)</source>
        <translation>연결 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="314"/>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="330"/>
        <source>%1 holds no connections Signalbox can read: %2</source>
        <translation>%1에 Signalbox가 읽을 수 있는 연결이 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="341"/>
        <source>Imported %n connection(s).</source>
        <translation>
            <numerusform>연결 %n개를 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="347"/>
        <location filename="../ui/mainwindow.cpp" line="352"/>
        <source>Export connections</source>
        <translation>연결 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="347"/>
        <source>Connections (*.json)</source>
        <translation>연결 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="352"/>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="355"/>
        <source>Exported to %1 (without passwords).</source>
        <translation>%1(으)로 내보냈습니다(비밀번호 제외).</translation>
    </message>
</context>
<context>
    <name>Signalbox::MessageLogView</name>
    <message>
        <location filename="../ui/messagelogdelegates.cpp" line="117"/>
        <source>retained</source>
        <translation>보존</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="205"/>
        <source>Received</source>
        <translation>받음</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="208"/>
        <source>Show received messages</source>
        <translation>받은 메시지 표시</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="211"/>
        <source>Sent</source>
        <translation>보냄</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="214"/>
        <source>Show sent messages</source>
        <translation>보낸 메시지 표시</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="220"/>
        <source>Only messages that matched this subscription</source>
        <translation>이 구독과 일치한 메시지만</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="225"/>
        <source>Topic filter, e.g. sensors/+/temperature</source>
        <translation>토픽 필터, 예: sensors/+/temperature</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="229"/>
        <source>Search topic and payload</source>
        <translation>토픽과 페이로드 검색</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="238"/>
        <source>Regular expression</source>
        <translation>정규식</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="243"/>
        <source>Match case</source>
        <translation>대소문자 구분</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="121"/>
        <source>Messages shown / stored</source>
        <translation>표시된 메시지 / 저장된 메시지</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="123"/>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="124"/>
        <source>Remove every message from the log</source>
        <translation>로그에서 모든 메시지 제거</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="249"/>
        <location filename="../ui/messagelogview.cpp" line="624"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="252"/>
        <source>JSON lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="253"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="254"/>
        <source>JSON array</source>
        <translation>JSON 배열</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="257"/>
        <source>Shown messages as %1…</source>
        <translation>표시된 메시지를 %1(으)로…</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="258"/>
        <source>All messages as %1…</source>
        <translation>모든 메시지를 %1(으)로…</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="128"/>
        <source>Chat</source>
        <translation>채팅</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="131"/>
        <source>Table</source>
        <translation>표</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="164"/>
        <source>↓ Jump to latest</source>
        <translation>↓ 최신 메시지로</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="165"/>
        <source>The log stopped following new messages when you scrolled away; this goes back to the newest and follows again.</source>
        <translation>스크롤해서 벗어나면 로그가 새 메시지를 따라가지 않습니다. 이 버튼은 최신 메시지로 돌아가 다시 따라갑니다.</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="381"/>
        <source>Acknowledged %1 ms</source>
        <translation>%1ms 만에 확인됨</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="434"/>
        <source>All subscriptions</source>
        <translation>모든 구독</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="526"/>
        <source>%L1 / %L2</source>
        <translation>%L1 / %L2</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="575"/>
        <location filename="../ui/messagelogview.cpp" line="590"/>
        <location filename="../ui/messagelogview.cpp" line="636"/>
        <location filename="../ui/messagelogview.cpp" line="674"/>
        <location filename="../ui/messagelogview.cpp" line="700"/>
        <source>Cannot write %1: %2.</source>
        <translation>%1에 쓸 수 없습니다: %2.</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="604"/>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="608"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="612"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="616"/>
        <source>Export messages</source>
        <translation>메시지 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="643"/>
        <source>Exporting %L1 messages…</source>
        <translation>메시지 %L1개 내보내는 중…</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="643"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="715"/>
        <source>Copy topic</source>
        <translation>토픽 복사</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="716"/>
        <source>Copy payload</source>
        <translation>페이로드 복사</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="720"/>
        <source>Compare with previous</source>
        <translation>이전 메시지와 비교</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="741"/>
        <source>Compare with previous — %1</source>
        <translation>이전 메시지와 비교 — %1</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="743"/>
        <source>Previous message at %1, this message at %2</source>
        <translation>이전 메시지 %1, 이 메시지 %2</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="751"/>
        <source>&lt;p&gt;The payloads are the same.&lt;/p&gt;</source>
        <translation>&lt;p&gt;페이로드가 같습니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Signalbox::PayloadViewer</name>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="104"/>
        <source>Tree</source>
        <translation>트리</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="105"/>
        <source>Show all</source>
        <translation>모두 표시</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="116"/>
        <source>How to show the payload</source>
        <translation>페이로드 표시 방식</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="118"/>
        <source>Show JSON as a collapsible tree</source>
        <translation>JSON을 접을 수 있는 트리로 표시</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="127"/>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="127"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="251"/>
        <source>Showing %1 of %2</source>
        <translation>%2개 중 %1개 표시</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="253"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="268"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="268"/>
        <source>only the first %1 items are shown</source>
        <translation>처음 %1개 항목만 표시됩니다</translation>
    </message>
</context>
<context>
    <name>Signalbox::PublishPanel</name>
    <message>
        <location filename="../ui/publishpanel.cpp" line="87"/>
        <source>Topic, e.g. sensors/kitchen/temp</source>
        <translation>토픽, 예: sensors/kitchen/temp</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="93"/>
        <source>QoS 0</source>
        <translation>QoS 0</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="93"/>
        <source>QoS 1</source>
        <translation>QoS 1</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="93"/>
        <source>QoS 2</source>
        <translation>QoS 2</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="94"/>
        <source>Quality of service</source>
        <translation>서비스 품질(QoS)</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="96"/>
        <source>Retain</source>
        <translation>보존</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="102"/>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="103"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="104"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="105"/>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="107"/>
        <source>How the payload is typed</source>
        <translation>페이로드 입력 형식</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="109"/>
        <source>Format</source>
        <translation>정리</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="111"/>
        <source>Re-indent the JSON</source>
        <translation>JSON 들여쓰기 다시 하기</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="116"/>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="117"/>
        <source>Recall a message sent before</source>
        <translation>이전에 보낸 메시지 불러오기</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="124"/>
        <source>Payload (Ctrl+Enter sends)</source>
        <translation>페이로드(Ctrl+Enter로 전송)</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="129"/>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="131"/>
        <source>Publish (Ctrl+Enter)</source>
        <translation>발행(Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="183"/>
        <location filename="../ui/publishpanel.cpp" line="192"/>
        <source>MQTT 5 properties</source>
        <translation>MQTT 5 속성</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="197"/>
        <source>e.g. application/json</source>
        <translation>예: application/json</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="199"/>
        <source>UTF-8 text</source>
        <translation>UTF-8 텍스트</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="201"/>
        <source>Payload Format Indicator: the payload is UTF-8 text</source>
        <translation>Payload Format Indicator: 페이로드가 UTF-8 텍스트임</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="206"/>
        <source>Never</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="207"/>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="212"/>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="219"/>
        <source>Correlation data, sent as the UTF-8 bytes of this text</source>
        <translation>상관 데이터, 이 텍스트의 UTF-8 바이트로 전송</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="223"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="223"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="231"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="232"/>
        <source>Add a user property</source>
        <translation>사용자 속성 추가</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="235"/>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="236"/>
        <source>Remove the selected user properties</source>
        <translation>선택한 사용자 속성 제거</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="269"/>
        <source>Content type:</source>
        <translation>콘텐츠 유형:</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="270"/>
        <source>Payload format:</source>
        <translation>페이로드 형식:</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="271"/>
        <source>Message expiry:</source>
        <translation>메시지 만료:</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="272"/>
        <source>Topic alias:</source>
        <translation>토픽 별칭:</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="273"/>
        <source>Response topic:</source>
        <translation>응답 토픽:</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="274"/>
        <source>Correlation data:</source>
        <translation>상관 데이터:</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="275"/>
        <source>User properties:</source>
        <translation>사용자 속성:</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="346"/>
        <source>Invalid JSON at line %1, column %2: %3</source>
        <translation>줄 %1, 열 %2에 잘못된 JSON이 있습니다: %3</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="383"/>
        <source>Response topic: %1</source>
        <translation>응답 토픽: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="389"/>
        <source>The payload is marked as UTF-8 text but is not valid UTF-8.</source>
        <translation>페이로드가 UTF-8 텍스트로 표시되어 있지만 올바른 UTF-8이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="395"/>
        <source>User property %1 has a value but no name.</source>
        <translation>사용자 속성 %1에 값은 있지만 이름이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="522"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="524"/>
        <source>%1 (QoS %2%3)
%4</source>
        <translation>%1 (QoS %2%3)
%4</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="527"/>
        <source>, retained</source>
        <translation>, 보존</translation>
    </message>
</context>
<context>
    <name>Signalbox::RetainedManager</name>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="41"/>
        <location filename="../ui/retainedmanager.cpp" line="54"/>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="43"/>
        <location filename="../ui/retainedmanager.cpp" line="56"/>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="45"/>
        <location filename="../ui/retainedmanager.cpp" line="58"/>
        <source>%1 h</source>
        <translation>%1시간</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="47"/>
        <location filename="../ui/retainedmanager.cpp" line="59"/>
        <source>%1 d</source>
        <translation>%1일</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="193"/>
        <source>Topic</source>
        <translation>토픽</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="195"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="197"/>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="199"/>
        <source>Age</source>
        <translation>경과</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="201"/>
        <source>Expires in</source>
        <translation>만료까지</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="203"/>
        <source>Payload</source>
        <translation>페이로드</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="221"/>
        <source>Scan</source>
        <translation>스캔</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="224"/>
        <source>Check all</source>
        <translation>모두 선택</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="225"/>
        <source>Uncheck all</source>
        <translation>모두 선택 해제</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="226"/>
        <location filename="../ui/retainedmanager.cpp" line="400"/>
        <source>Clear checked…</source>
        <translation>선택 항목 지우기…</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="227"/>
        <source>Restore from file…</source>
        <translation>파일에서 복원…</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="231"/>
        <source>Topic filter, e.g. sensors/#</source>
        <translation>토픽 필터, 예: sensors/#</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="237"/>
        <source>Check topics matching a filter</source>
        <translation>필터와 일치하는 토픽 선택</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="272"/>
        <source>Filter:</source>
        <translation>필터:</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="377"/>
        <source>A shared subscription receives no retained messages.</source>
        <translation>공유 구독은 보존 메시지를 받지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="400"/>
        <source>Clear %n checked…</source>
        <translation>
            <numerusform>선택한 %n개 지우기…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="419"/>
        <source>Cannot scan: %1</source>
        <translation>스캔할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="423"/>
        <source>No connection to scan.</source>
        <translation>스캔할 연결이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="429"/>
        <source>Scanning %1…</source>
        <translation>%1 스캔 중…</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="475"/>
        <source>Clear retained messages</source>
        <translation>보존 메시지 지우기</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="476"/>
        <source>Clear %n retained message(s)? Each topic gets an empty retained message.
First they are saved to this restore file, from which they can be published again:</source>
        <translation>
            <numerusform>보존 메시지 %n개를 지울까요? 각 토픽에 빈 보존 메시지를 보냅니다.
먼저 이 복원 파일에 저장되며, 여기에서 다시 발행할 수 있습니다:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="482"/>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="484"/>
        <source>Restore file</source>
        <translation>복원 파일</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="485"/>
        <location filename="../ui/retainedmanager.cpp" line="535"/>
        <source>Retained messages (*.json)</source>
        <translation>보존 메시지 (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="490"/>
        <source>Clear %n</source>
        <translation>
            <numerusform>%n개 지우기</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="508"/>
        <source>Saving %1 and clearing %n retained message(s)…</source>
        <translation>
            <numerusform>%1에 저장하고 보존 메시지 %n개를 지우는 중…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="519"/>
        <source>Restoring from %1…</source>
        <translation>%1에서 복원하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="534"/>
        <source>Restore retained messages</source>
        <translation>보존 메시지 복원</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="584"/>
        <source>Scanning %1… %n retained message(s) so far.</source>
        <translation>
            <numerusform>%1 스캔 중… 지금까지 보존 메시지 %n개.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="586"/>
        <source>%n acknowledged…</source>
        <translation>
            <numerusform>%n개 확인됨…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="596"/>
        <source>%n retained message(s) under %1</source>
        <translation>
            <numerusform>%1 아래 보존 메시지 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="600"/>
        <source>Stopped at %n message(s); narrow the filter to see the rest.</source>
        <translation>
            <numerusform>메시지 %n개에서 멈췄습니다. 나머지를 보려면 필터를 좁히세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="614"/>
        <source>Cleared %n retained message(s).</source>
        <translation>
            <numerusform>보존 메시지 %n개를 지웠습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="616"/>
        <source>Cleared %1; %n failed: %2</source>
        <translation>
            <numerusform>%1개 지움, %n개 실패: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="627"/>
        <source>Restored %n retained message(s).</source>
        <translation>
            <numerusform>보존 메시지 %n개를 복원했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="629"/>
        <source>Restored %1; %n failed: %2</source>
        <translation>
            <numerusform>%1개 복원, %n개 실패: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::SubscriptionPanel</name>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="96"/>
        <source>Topic filter, e.g. sensors/+/temp</source>
        <translation>토픽 필터, 예: sensors/+/temp</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="106"/>
        <source>QoS 0</source>
        <translation>QoS 0</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="106"/>
        <source>QoS 1</source>
        <translation>QoS 1</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="106"/>
        <source>QoS 2</source>
        <translation>QoS 2</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="107"/>
        <source>Maximum quality of service</source>
        <translation>최대 서비스 품질(QoS)</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="111"/>
        <source>Colour of this subscription&apos;s messages</source>
        <translation>이 구독의 메시지 색</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="112"/>
        <source>Colour</source>
        <translation>색</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="116"/>
        <source>Alias (optional)</source>
        <translation>별칭(선택 사항)</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="118"/>
        <source>Subscribe</source>
        <translation>구독</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="124"/>
        <source>Subscribe to the broker&apos;s own statistics ($SYS/#)</source>
        <translation>브로커 자체 통계 구독($SYS/#)</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="128"/>
        <source>MQTT 5 options</source>
        <translation>MQTT 5 옵션</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="136"/>
        <location filename="../ui/subscriptionpanel.cpp" line="420"/>
        <source>No local</source>
        <translation>No Local</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="138"/>
        <source>Do not receive the messages this connection publishes</source>
        <translation>이 연결이 발행한 메시지는 받지 않음</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="139"/>
        <location filename="../ui/subscriptionpanel.cpp" line="422"/>
        <source>Retain as published</source>
        <translation>Retain As Published</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="141"/>
        <source>Keep the retain flag the publisher set</source>
        <translation>발행자가 설정한 보존 플래그 유지</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="144"/>
        <source>0: send retained messages</source>
        <translation>0: 보존 메시지 보내기</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="144"/>
        <source>1: send if the subscription is new</source>
        <translation>1: 새 구독일 때만 보내기</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="145"/>
        <source>2: never send retained messages</source>
        <translation>2: 보존 메시지 보내지 않기</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="149"/>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="157"/>
        <source>Retain handling:</source>
        <translation>보존 처리:</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="158"/>
        <source>Subscription identifier:</source>
        <translation>구독 ID:</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="368"/>
        <source>Change the colour</source>
        <translation>색 바꾸기</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="383"/>
        <source>Unsubscribe and remove</source>
        <translation>구독 해지 후 제거</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="384"/>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="424"/>
        <source>Retain handling %1</source>
        <translation>보존 처리 %1</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="426"/>
        <source>Subscription identifier %1</source>
        <translation>구독 ID %1</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="429"/>
        <source>QoS %1</source>
        <translation>QoS %1</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="434"/>
        <source>Paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="444"/>
        <source>Pause (unsubscribe, keep in the list)</source>
        <translation>일시 중지(구독 해지, 목록에는 유지)</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="444"/>
        <source>Resume (subscribe again)</source>
        <translation>재개(다시 구독)</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="445"/>
        <source>Pause</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="445"/>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="478"/>
        <location filename="../ui/subscriptionpanel.cpp" line="490"/>
        <source>Subscription Colour</source>
        <translation>구독 색</translation>
    </message>
</context>
<context>
    <name>Signalbox::TopicChartView</name>
    <message>
        <location filename="../ui/topicchartview.cpp" line="145"/>
        <source>Topic filter, e.g. sensors/+/temperature</source>
        <translation>토픽 필터, 예: sensors/+/temperature</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="148"/>
        <source>JSON path (optional), e.g. data.values[0]</source>
        <translation>JSON 경로(선택 사항), 예: data.values[0]</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="149"/>
        <source>Empty: the payload itself is the number. Otherwise the field of a JSON payload, as in temp, a.b.c, values[2] or $.a[0].b.</source>
        <translation>비워 두면 페이로드 자체가 숫자입니다. 아니면 temp, a.b.c, values[2], $.a[0].b처럼 JSON 페이로드의 필드를 지정합니다.</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="152"/>
        <source>Plot</source>
        <translation>차트 추가</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="154"/>
        <source>Topic:</source>
        <translation>토픽:</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="156"/>
        <source>JSON path:</source>
        <translation>JSON 경로:</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="170"/>
        <location filename="../ui/topicchartview.cpp" line="618"/>
        <source>Pause</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="172"/>
        <source>Freeze the chart; data keeps being collected</source>
        <translation>차트 고정(데이터는 계속 수집됨)</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="173"/>
        <source>Reset zoom</source>
        <translation>확대/축소 초기화</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="175"/>
        <source>Export PNG…</source>
        <translation>PNG 내보내기…</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="176"/>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="177"/>
        <source>Drag along the time axis or use the wheel to zoom</source>
        <translation>시간 축을 따라 드래그하거나 휠로 확대/축소</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="193"/>
        <source>Series</source>
        <translation>시리즈</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="193"/>
        <source>Points</source>
        <translation>점</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="193"/>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="200"/>
        <location filename="../ui/topicchartview.cpp" line="239"/>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="298"/>
        <source>There is no connection to plot from.</source>
        <translation>차트를 그릴 연결이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="412"/>
        <source>Topic filter %1, JSON path %2</source>
        <translation>토픽 필터 %1, JSON 경로 %2</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="413"/>
        <source>(none: the payload)</source>
        <translation>(없음: 페이로드)</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="451"/>
        <source>Only the first %1 topics are plotted; %2 messages on further topics were not.</source>
        <translation>처음 %1개 토픽만 차트에 표시됩니다. 그 밖의 토픽에 온 메시지 %2개는 표시되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="618"/>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="701"/>
        <source>Export chart as PNG</source>
        <translation>차트를 PNG로 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="702"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="706"/>
        <source>Could not write the image to %1.</source>
        <translation>이미지를 %1에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="711"/>
        <source>Export chart data as CSV</source>
        <translation>차트 데이터를 CSV로 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="712"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="716"/>
        <source>Could not write the data to %1.</source>
        <translation>데이터를 %1에 쓸 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Signalbox::TopicTreeView</name>
    <message>
        <location filename="../ui/topictreeview.cpp" line="85"/>
        <source>Copy</source>
        <translation>복제</translation>
    </message>
    <message>
        <location filename="../ui/topictreeview.cpp" line="86"/>
        <location filename="../ui/topictreeview.cpp" line="368"/>
        <source>Delete retained…</source>
        <translation>보존 메시지 삭제…</translation>
    </message>
    <message>
        <location filename="../ui/topictreeview.cpp" line="87"/>
        <location filename="../ui/topictreeview.cpp" line="366"/>
        <source>Plot</source>
        <translation>차트 추가</translation>
    </message>
    <message>
        <location filename="../ui/topictreeview.cpp" line="99"/>
        <source>Search topics</source>
        <translation>토픽 검색</translation>
    </message>
    <message>
        <location filename="../ui/topictreeview.cpp" line="133"/>
        <source>Chart this topic&apos;s numeric payloads</source>
        <translation>이 토픽의 숫자 페이로드를 차트로 표시</translation>
    </message>
    <message>
        <location filename="../ui/topictreeview.cpp" line="318"/>
        <source>No topic selected</source>
        <translation>선택한 토픽 없음</translation>
    </message>
    <message>
        <location filename="../ui/topictreeview.cpp" line="327"/>
        <source> (retained)</source>
        <translation> (보존)</translation>
    </message>
    <message>
        <location filename="../ui/topictreeview.cpp" line="365"/>
        <source>Copy topic</source>
        <translation>토픽 복사</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topictreeview.cpp" line="386"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… 외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topictreeview.cpp" line="388"/>
        <source>Delete Retained Messages</source>
        <translation>보존 메시지 삭제</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topictreeview.cpp" line="389"/>
        <source>Publish an empty retained message to %n topic(s), so the broker deletes their retained messages?</source>
        <translation>
            <numerusform>토픽 %n개에 빈 보존 메시지를 발행해 브로커가 보존 메시지를 삭제하게 할까요?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::TrafficView</name>
    <message>
        <location filename="../ui/trafficview.cpp" line="33"/>
        <source>Depth</source>
        <translation>깊이</translation>
    </message>
    <message>
        <location filename="../ui/trafficview.cpp" line="36"/>
        <source>How many topic levels make a subtree: at depth 2, a/b/c counts towards a/b/#</source>
        <translation>하위 트리를 이루는 토픽 단계 수: 깊이 2에서 a/b/c는 a/b/#에 포함됩니다</translation>
    </message>
    <message>
        <location filename="../ui/trafficview.cpp" line="38"/>
        <source>Top</source>
        <translation>상위</translation>
    </message>
    <message>
        <location filename="../ui/trafficview.cpp" line="42"/>
        <source>How many subtrees to list; the rest are summed in &quot;(other)&quot;</source>
        <translation>표시할 하위 트리 수. 나머지는 &quot;(기타)&quot;에 합산됩니다</translation>
    </message>
    <message>
        <location filename="../ui/trafficview.cpp" line="44"/>
        <source>Rank by</source>
        <translation>정렬 기준</translation>
    </message>
    <message>
        <location filename="../ui/trafficview.cpp" line="46"/>
        <source>Messages/s</source>
        <translation>메시지/s</translation>
    </message>
    <message>
        <location filename="../ui/trafficview.cpp" line="47"/>
        <source>Bytes/s</source>
        <translation>바이트/s</translation>
    </message>
    <message>
        <location filename="../ui/trafficview.cpp" line="82"/>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location filename="../ui/trafficview.cpp" line="102"/>
        <source>%1: %2 messages</source>
        <translation>%1: 메시지 %2개</translation>
    </message>
    <message>
        <location filename="../ui/trafficview.cpp" line="259"/>
        <source>No connection.</source>
        <translation>연결 없음.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficview.cpp" line="264"/>
        <source>%1 · %2 · %n distinct topic(s)</source>
        <translation>
            <numerusform>%1 · %2 · 서로 다른 토픽 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficview.cpp" line="268"/>
        <source>%1 messages/s and %2 bytes/s over the last %n second(s); %3 messages and %4 bytes since the profile was cleared</source>
        <translation>
            <numerusform>최근 %n초 동안 초당 메시지 %1개, 초당 %2바이트. 프로필을 지운 뒤 메시지 %3개, %4바이트</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/trafficview.cpp" line="279"/>
        <source>Payload sizes</source>
        <translation>페이로드 크기</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficview.cpp" line="285"/>
        <source>Payload sizes, all topics, last %n s</source>
        <translation>
            <numerusform>페이로드 크기, 모든 토픽, 최근 %n초</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficview.cpp" line="288"/>
        <source>Payload sizes, %1, last %n s</source>
        <translation>
            <numerusform>페이로드 크기, %1, 최근 %n초</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/startupoptions.cpp" line="81"/>
        <source>A native desktop MQTT client.</source>
        <translation>네이티브 데스크톱 MQTT 클라이언트입니다.</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="33"/>
        <source>Open a connection to URL (mqtt://, mqtts://, ws://, wss://) and connect.</source>
        <translation>URL(mqtt://, mqtts://, ws://, wss://)로 연결을 열고 접속합니다.</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="37"/>
        <source>Name of that connection.</source>
        <translation>그 연결의 이름입니다.</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="40"/>
        <source>Subscribe that connection to FILTER (repeatable).</source>
        <translation>그 연결에서 FILTER를 구독합니다(여러 번 지정 가능).</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="42"/>
        <source>Keep connection profiles in FILE.</source>
        <translation>연결 프로필을 FILE에 보관합니다.</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="46"/>
        <source>Save a picture of the window to FILE after --screenshot-delay ms, then quit.</source>
        <translation>--screenshot-delay ms 후 창의 그림을 FILE에 저장하고 끝냅니다.</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="49"/>
        <source>Milliseconds before the screenshot (3000).</source>
        <translation>스크린샷까지의 밀리초(3000)입니다.</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="52"/>
        <source>Show the message log as a chat.</source>
        <translation>메시지 로그를 채팅 형식으로 표시합니다.</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="54"/>
        <source>Show the packet inspector beside the log.</source>
        <translation>로그 옆에 패킷 검사기를 표시합니다.</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="56"/>
        <source>Show the topic tree instead of the message log.</source>
        <translation>메시지 로그 대신 토픽 트리를 표시합니다.</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="59"/>
        <source>Show the broker&apos;s $SYS dashboard instead of the message log.</source>
        <translation>메시지 로그 대신 브로커의 $SYS 대시보드를 표시합니다.</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="62"/>
        <source>Show VIEW in the middle: messages, topics, traffic, charts, retained or broker.</source>
        <translation>가운데에 VIEW를 표시합니다: messages, topics, traffic, charts, retained, broker 중 하나.</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="67"/>
        <source>Chart the numbers of FILTER, or of a JSON field: FILTER|PATH (repeatable).</source>
        <translation>FILTER의 숫자나 JSON 필드의 숫자를 차트로 그립니다: FILTER|PATH(여러 번 지정 가능).</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="71"/>
        <source>List the retained messages under FILTER once connected.</source>
        <translation>연결되면 FILTER 아래의 보존 메시지를 나열합니다.</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="75"/>
        <source>With --screenshot: also save a picture of the connection editor to FILE.</source>
        <translation>--screenshot과 함께: 연결 편집기의 그림도 FILE에 저장합니다.</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="111"/>
        <source>--view is one of: %1.</source>
        <translation>--view는 다음 중 하나입니다: %1.</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="144"/>
        <source>--screenshot-delay needs a number of milliseconds, 0 or more, not &apos;%1&apos;.</source>
        <translation>--screenshot-delay에는 &apos;%1&apos; 대신 0 이상의 밀리초 수가 필요합니다.</translation>
    </message>
</context>
</TS>
