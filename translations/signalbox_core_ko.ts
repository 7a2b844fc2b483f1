<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>JsonSchemaText</name>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="941"/>
        <source>A pattern or format in the schema is not a string.</source>
        <translation>스키마의 pattern 또는 format이 문자열이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>Signalbox::AvroSchema</name>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="69"/>
        <source>The Avro schema does not parse.</source>
        <translation>Avro 스키마를 해석할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="70"/>
        <source>The Avro schema does not parse: %1.</source>
        <translation>Avro 스키마를 해석할 수 없습니다: %1.</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="263"/>
        <location filename="../core/decoders/avroschema.cpp" line="688"/>
        <source>nests deeper than %1 levels</source>
        <translation>중첩이 %1단계보다 깊습니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="275"/>
        <source>is a boolean byte of %1, not 0 or 1</source>
        <translation>불리언 바이트가 0이나 1이 아닌 %1입니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="286"/>
        <source>has %1, too large for an int</source>
        <translation>값 %1이(가) int에 비해 너무 큽니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="314"/>
        <source>is a string that is not valid UTF-8</source>
        <translation>올바른 UTF-8이 아닌 문자열입니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="321"/>
        <source>has a negative size in the schema</source>
        <translation>스키마에 지정된 크기가 음수입니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="323"/>
        <source>is cut short: %1 bytes needed, %2 left</source>
        <translation>데이터가 잘렸습니다: %1바이트가 필요한데 %2바이트만 남았습니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="335"/>
        <source>has the symbol number %1, but %2 has %3 symbols</source>
        <translation>심볼 번호가 %1이지만 %2에는 심볼이 %3개뿐입니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="381"/>
        <source>has a key that is not valid UTF-8</source>
        <translation>올바른 UTF-8이 아닌 키가 있습니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="390"/>
        <source>has more than %1 items that take no bytes</source>
        <translation>바이트를 차지하지 않는 항목이 %1개를 넘습니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="403"/>
        <source>has the union branch %1, but the union has %2</source>
        <translation>유니언 분기가 %1이지만 유니언의 분기는 %2개입니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="420"/>
        <location filename="../core/decoders/avroschema.cpp" line="832"/>
        <source>has a type that avro-c could not resolve</source>
        <translation>avro-c가 해석하지 못한 유형이 있습니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="433"/>
        <location filename="../core/decoders/avroschema.cpp" line="440"/>
        <source>has a number longer than 64 bits</source>
        <translation>64비트보다 긴 숫자가 있습니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="451"/>
        <source>has the negative length %1</source>
        <translation>길이가 음수(%1)입니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="453"/>
        <source>says it is %1 bytes long but only %2 are left</source>
        <translation>길이가 %1바이트라고 되어 있지만 %2바이트만 남았습니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="467"/>
        <source>has an invalid block count</source>
        <translation>블록 개수가 올바르지 않습니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="473"/>
        <source>has a block of %1 bytes but only %2 are left</source>
        <translation>블록이 %1바이트인데 %2바이트만 남았습니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="478"/>
        <source>is cut short</source>
        <translation>데이터가 잘렸습니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="483"/>
        <source>Field “%1”</source>
        <translation>필드 “%1”</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="484"/>
        <source>%1 at byte %2 %3.</source>
        <translation>%1(바이트 %2): %3.</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="502"/>
        <source>zlib cannot start</source>
        <translation>zlib을 시작할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="513"/>
        <source>it inflates to more than %1 MiB</source>
        <translation>압축을 풀면 %1 MiB를 넘습니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="526"/>
        <source>the deflate stream is cut short</source>
        <translation>deflate 스트림이 잘렸습니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="528"/>
        <source>zlib error %1</source>
        <translation>zlib 오류 %1</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="542"/>
        <source>The container&apos;s header</source>
        <translation>컨테이너 헤더</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="572"/>
        <source>The container&apos;s header is cut short before its sync marker.</source>
        <translation>컨테이너 헤더가 동기화 마커 전에 잘렸습니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="578"/>
        <source>The container has no schema (no avro.schema in its header).</source>
        <translation>컨테이너에 스키마가 없습니다(헤더에 avro.schema가 없음).</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="583"/>
        <source>The container is compressed with “%1”, which Signalbox cannot read; only uncompressed (codec null) and deflate containers can be shown.</source>
        <translation>컨테이너가 Signalbox에서 읽을 수 없는 “%1”(으)로 압축되어 있습니다. 압축되지 않은(codec null) 컨테이너와 deflate 컨테이너만 표시할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="593"/>
        <source>The container&apos;s own schema does not parse: %1</source>
        <translation>컨테이너 자체의 스키마를 해석할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="597"/>
        <source>The container</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="609"/>
        <source>The container&apos;s block at byte %1 says it holds %2 objects in %3 bytes, but %4 bytes are left.</source>
        <translation>바이트 %1의 컨테이너 블록에는 객체 %2개가 %3바이트에 들어 있다고 되어 있지만 남은 바이트는 %4바이트입니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="630"/>
        <source>The container holds more than %1 objects that take no bytes.</source>
        <translation>컨테이너에 바이트를 차지하지 않는 객체가 %1개를 넘게 들어 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="635"/>
        <source>The container&apos;s block at byte %1 has %2 bytes after its %3 objects.</source>
        <translation>바이트 %1의 컨테이너 블록에서 객체 %3개 뒤에 %2바이트가 남습니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="647"/>
        <source>The container&apos;s block at byte %1 does not inflate: %2</source>
        <translation>바이트 %1의 컨테이너 블록의 압축을 풀 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="651"/>
        <source>The container&apos;s block at byte %1 (inflated)</source>
        <translation>바이트 %1의 컨테이너 블록(압축 해제됨)</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="667"/>
        <source>The container&apos;s block at byte %1 does not end with the header&apos;s sync marker.</source>
        <translation>바이트 %1의 컨테이너 블록이 헤더의 동기화 마커로 끝나지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="703"/>
        <source>a whole number</source>
        <translation>정수</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="706"/>
        <source>is %1, too large for an int</source>
        <translation>값 %1이(가) int에 비해 너무 큽니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="722"/>
        <location filename="../core/decoders/avroschema.cpp" line="900"/>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="736"/>
        <location filename="../core/decoders/avroschema.cpp" line="903"/>
        <source>a string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="745"/>
        <source>a string of bytes (code points 0 to 255)</source>
        <translation>바이트 문자열(코드 포인트 0~255)</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="752"/>
        <source>has the character U+%1, but bytes are written as code points 0 to 255</source>
        <translation>문자 U+%1이(가) 있지만 바이트는 코드 포인트 0~255로 써야 합니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="758"/>
        <source>has %1 bytes, but %2 is %3 bytes</source>
        <translation>%1바이트이지만 %2은(는) %3바이트입니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="770"/>
        <source>a symbol of %1</source>
        <translation>%1의 심볼</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="774"/>
        <source>is “%1”, which is not a symbol of %2</source>
        <translation>“%1”은(는) %2의 심볼이 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="780"/>
        <source>an object (record %1)</source>
        <translation>객체(레코드 %1)</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="787"/>
        <source>is missing</source>
        <translation>없습니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="794"/>
        <source>is not in record %1</source>
        <translation>레코드 %1에 없는 필드입니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="800"/>
        <location filename="../core/decoders/avroschema.cpp" line="906"/>
        <source>an array</source>
        <translation>배열</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="813"/>
        <source>an object (map)</source>
        <translation>객체(map)</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="853"/>
        <source>is null, but its union has no null</source>
        <translation>null이지만 유니언에 null이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="876"/>
        <source>needs its union branch named, as {&quot;%1&quot;: value} (one of %2)</source>
        <translation>{&quot;%1&quot;: value}처럼 유니언 분기 이름을 지정해야 합니다(%2 중 하나)</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="897"/>
        <source>true or false</source>
        <translation>true 또는 false</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="909"/>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="912"/>
        <source>nothing</source>
        <translation>값 없음</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="915"/>
        <source>should be %1 but is %2</source>
        <translation>%1이어야 하지만 %2입니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="920"/>
        <source>The value %1.</source>
        <translation>값: %1.</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="920"/>
        <source>Field “%1” %2.</source>
        <translation>필드 “%1”: %2.</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="939"/>
        <source>Cannot read the Avro schema %1: %2.</source>
        <translation>Avro 스키마 %1을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="973"/>
        <source>The datum</source>
        <translation>데이텀</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="979"/>
        <source>The datum ends at byte %1, but the payload has %2 more bytes.</source>
        <translation>데이텀이 바이트 %1에서 끝나지만 페이로드에는 %2바이트가 더 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="997"/>
        <source>The JSON is not valid at byte %1: %2.</source>
        <translation>바이트 %1에서 JSON이 올바르지 않습니다: %2.</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="1000"/>
        <source>one value is needed</source>
        <translation>값이 하나 필요합니다</translation>
    </message>
</context>
<context>
    <name>Signalbox::Backup</name>
    <message>
        <location filename="../core/profiles/backup.cpp" line="70"/>
        <source>The backup&apos;s settings should be an object, not %1.</source>
        <translation>백업의 설정은 %1이(가) 아니라 객체여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/profiles/backup.cpp" line="81"/>
        <source>The backup&apos;s setting &apos;%1&apos; should be a string, not %2.</source>
        <translation>백업의 설정 &apos;%1&apos;은(는) %2이(가) 아니라 문자열이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/profiles/backup.cpp" line="89"/>
        <source>The backup&apos;s setting &apos;%1&apos; should be a whole number, not %2.</source>
        <translation>백업의 설정 &apos;%1&apos;은(는) %2이(가) 아니라 정수여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/profiles/backup.cpp" line="150"/>
        <source>This is not a Signalbox backup, or it was cut short: it is not valid JSON (%1 at byte %2).</source>
        <translation>Signalbox 백업이 아니거나 파일이 중간에 잘렸습니다. 올바른 JSON이 아닙니다(바이트 %2에서 %1).</translation>
    </message>
    <message>
        <location filename="../core/profiles/backup.cpp" line="157"/>
        <source>This is not a Signalbox backup: it holds %1, not an object.</source>
        <translation>Signalbox 백업이 아닙니다. 객체가 아니라 %1이(가) 들어 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/profiles/backup.cpp" line="166"/>
        <source>This is not a Signalbox backup: it does not say that it is one (&apos;format&apos;).</source>
        <translation>Signalbox 백업이 아닙니다. 백업임을 나타내는 항목(&apos;format&apos;)이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/profiles/backup.cpp" line="167"/>
        <source>This is not a Signalbox backup (its format is &apos;%1&apos;).</source>
        <translation>Signalbox 백업이 아닙니다(형식이 &apos;%1&apos;입니다).</translation>
    </message>
    <message>
        <location filename="../core/profiles/backup.cpp" line="172"/>
        <source>The backup&apos;s version should be a number, not %1.</source>
        <translation>백업의 버전은 %1이(가) 아니라 숫자여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/profiles/backup.cpp" line="176"/>
        <source>The backup has version %1; this Signalbox reads backups up to version %2.</source>
        <translation>백업의 버전은 %1인데 이 Signalbox는 버전 %2까지의 백업만 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/profiles/backup.cpp" line="188"/>
        <source>The backup&apos;s connections should be an object, not %1.</source>
        <translation>백업의 연결은 %1이(가) 아니라 객체여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/profiles/backup.cpp" line="194"/>
        <source>The backup&apos;s connections could not be read. %1</source>
        <translation>백업의 연결을 읽을 수 없습니다. %1</translation>
    </message>
    <message>
        <location filename="../core/profiles/backup.cpp" line="203"/>
        <source>The backup holds two connections with the id &apos;%1&apos; (&quot;%2&quot;).</source>
        <translation>백업에 ID가 &apos;%1&apos;인 연결이 두 개 있습니다(&quot;%2&quot;).</translation>
    </message>
</context>
<context>
    <name>Signalbox::BrokerPresets</name>
    <message>
        <location filename="../core/profiles/brokerpresets.cpp" line="44"/>
        <source>TLS on 8883 uses mosquitto.org&apos;s own CA (download mosquitto.org.crt from test.mosquitto.org and choose it as the CA file); 8884 asks for a client certificate. WebSocket is on 8080 (ws) and 8081 (wss), as the broker&apos;s page says; some lists of public brokers give port 80.</source>
        <translation>8883번 포트의 TLS는 mosquitto.org 자체 CA를 사용합니다(test.mosquitto.org에서 mosquitto.org.crt를 내려받아 CA 파일로 선택하세요). 8884번은 클라이언트 인증서를 요구합니다. 브로커 페이지에 따르면 WebSocket은 8080(ws)과 8081(wss)이며, 일부 공개 브로커 목록에는 80번으로 나와 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/profiles/brokerpresets.cpp" line="49"/>
        <source>Ports as HiveMQ&apos;s page gives them: 8883 (TLS), 8000 (WebSocket) and 8884 (secure WebSocket), path /mqtt.</source>
        <translation>HiveMQ 페이지에 나온 포트입니다: 8883(TLS), 8000(WebSocket), 8884(보안 WebSocket), 경로 /mqtt.</translation>
    </message>
    <message>
        <location filename="../core/profiles/brokerpresets.cpp" line="52"/>
        <source>Another name for HiveMQ&apos;s public broker (broker.hivemq.com); the same ports are assumed.</source>
        <translation>HiveMQ 공개 브로커(broker.hivemq.com)의 다른 이름입니다. 포트도 같다고 가정합니다.</translation>
    </message>
    <message>
        <location filename="../core/profiles/brokerpresets.cpp" line="54"/>
        <source>Ports as EMQX&apos;s page gives them: 8883 (TLS), 8083 (WebSocket) and 8084 (secure WebSocket), path /mqtt.</source>
        <translation>EMQX 페이지에 나온 포트입니다: 8883(TLS), 8083(WebSocket), 8084(보안 WebSocket), 경로 /mqtt.</translation>
    </message>
    <message>
        <location filename="../core/profiles/brokerpresets.cpp" line="58"/>
        <source>The successor of mqtt.eclipse.org. The TLS port 8883 is not confirmed; WebSocket runs on 80 and 443 with the path /mqtt.</source>
        <translation>mqtt.eclipse.org의 후속 브로커입니다. TLS 포트 8883은 확인되지 않았습니다. WebSocket은 80번과 443번에서 경로 /mqtt로 동작합니다.</translation>
    </message>
    <message>
        <location filename="../core/profiles/brokerpresets.cpp" line="62"/>
        <source>Needs a flespi token as the user name. The WebSocket path / is assumed; flespi&apos;s documentation has the details.</source>
        <translation>사용자 이름으로 Flespi 토큰이 필요합니다. WebSocket 경로는 /로 가정합니다. 자세한 내용은 Flespi 문서를 참고하세요.</translation>
    </message>
    <message>
        <location filename="../core/profiles/brokerpresets.cpp" line="65"/>
        <source>Needs a DIoTY account. Lists of public brokers give WebSocket ports 8080 and 8880 without saying which is secure; 8880 is assumed to be. The service may no longer be running.</source>
        <translation>DIoTY 계정이 필요합니다. 공개 브로커 목록에는 WebSocket 포트 8080과 8880이 나와 있지만 어느 쪽이 보안 연결인지는 없어 8880으로 가정합니다. 서비스가 더 이상 운영되지 않을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/profiles/brokerpresets.cpp" line="68"/>
        <source>No WebSocket listener is known. The service may no longer be running.</source>
        <translation>알려진 WebSocket 리스너가 없습니다. 서비스가 더 이상 운영되지 않을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/profiles/brokerpresets.cpp" line="69"/>
        <source>Eclipse (old name)</source>
        <translation>Eclipse (이전 이름)</translation>
    </message>
    <message>
        <location filename="../core/profiles/brokerpresets.cpp" line="70"/>
        <source>Replaced by mqtt.eclipseprojects.io; this name may no longer answer.</source>
        <translation>mqtt.eclipseprojects.io로 대체되었습니다. 이 이름은 더 이상 응답하지 않을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/profiles/brokerpresets.cpp" line="71"/>
        <source>Eclipse IoT (old name)</source>
        <translation>Eclipse IoT (이전 이름)</translation>
    </message>
    <message>
        <location filename="../core/profiles/brokerpresets.cpp" line="72"/>
        <source>Retired; Eclipse&apos;s sandbox is now mqtt.eclipseprojects.io.</source>
        <translation>운영 종료됨. Eclipse의 샌드박스는 이제 mqtt.eclipseprojects.io입니다.</translation>
    </message>
</context>
<context>
    <name>Signalbox::BrokerStats</name>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="92"/>
        <source>Clients connected</source>
        <translation>연결된 클라이언트</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="83"/>
        <location filename="../core/models/brokerstats.cpp" line="93"/>
        <source>Clients total</source>
        <translation>전체 클라이언트</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="94"/>
        <source>Clients disconnected</source>
        <translation>연결 끊긴 클라이언트</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="95"/>
        <source>Clients maximum</source>
        <translation>최대 클라이언트</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="96"/>
        <source>Clients expired</source>
        <translation>만료된 클라이언트</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="97"/>
        <source>Clients active</source>
        <translation>활성 클라이언트</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="98"/>
        <source>Clients inactive</source>
        <translation>비활성 클라이언트</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="99"/>
        <location filename="../core/models/brokerstats.cpp" line="121"/>
        <source>Messages received</source>
        <translation>받은 메시지</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="100"/>
        <location filename="../core/models/brokerstats.cpp" line="122"/>
        <source>Messages sent</source>
        <translation>보낸 메시지</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="101"/>
        <source>Messages stored</source>
        <translation>저장된 메시지</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="102"/>
        <location filename="../core/models/brokerstats.cpp" line="123"/>
        <source>Bytes received</source>
        <translation>받은 바이트</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="103"/>
        <location filename="../core/models/brokerstats.cpp" line="124"/>
        <source>Bytes sent</source>
        <translation>보낸 바이트</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="104"/>
        <location filename="../core/models/brokerstats.cpp" line="125"/>
        <source>PUBLISH received</source>
        <translation>받은 PUBLISH</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="105"/>
        <location filename="../core/models/brokerstats.cpp" line="126"/>
        <source>PUBLISH sent</source>
        <translation>보낸 PUBLISH</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="106"/>
        <location filename="../core/models/brokerstats.cpp" line="127"/>
        <source>PUBLISH dropped</source>
        <translation>버린 PUBLISH</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="107"/>
        <source>PUBLISH bytes received</source>
        <translation>받은 PUBLISH 바이트</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="108"/>
        <source>PUBLISH bytes sent</source>
        <translation>보낸 PUBLISH 바이트</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="109"/>
        <source>Subscriptions</source>
        <translation>구독</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="110"/>
        <source>Shared subscriptions</source>
        <translation>공유 구독</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="111"/>
        <source>Retained messages</source>
        <translation>보존 메시지</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="112"/>
        <source>Stored messages</source>
        <translation>저장된 메시지</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="113"/>
        <source>Stored message bytes</source>
        <translation>저장된 메시지 바이트</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="114"/>
        <source>Heap</source>
        <translation>힙</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="115"/>
        <source>Heap maximum</source>
        <translation>최대 힙</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="116"/>
        <source>Topics</source>
        <translation>토픽</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="117"/>
        <source>Sessions</source>
        <translation>세션</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="118"/>
        <source>Uptime</source>
        <translation>가동 시간</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="128"/>
        <source>Connections</source>
        <translation>연결</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="129"/>
        <source>Sockets</source>
        <translation>소켓</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="135"/>
        <source>%1 (%2 average)</source>
        <translation>%1(평균 %2)</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="135"/>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="143"/>
        <source>%1 per second</source>
        <translation>초당 %1</translation>
    </message>
</context>
<context>
    <name>Signalbox::ConnectionProfile</name>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="101"/>
        <source>The IPv6 address in &apos;%1&apos; lacks its closing &apos;]&apos;.</source>
        <translation>&apos;%1&apos;의 IPv6 주소에 닫는 &apos;]&apos;가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="104"/>
        <source>Unexpected text after the IPv6 address in &apos;%1&apos;.</source>
        <translation>&apos;%1&apos;의 IPv6 주소 뒤에 예상하지 못한 텍스트가 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="118"/>
        <source>The port &apos;%1&apos; in &apos;%2&apos; is not a number from 1 to 65535.</source>
        <translation>&apos;%2&apos;의 포트 &apos;%1&apos;은(는) 1에서 65535 사이의 숫자가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="178"/>
        <location filename="../core/client/connectionprofile.cpp" line="194"/>
        <source>The key &apos;%1&apos; must be a string.</source>
        <translation>키 &apos;%1&apos;은(는) 문자열이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="206"/>
        <source>The key &apos;%1&apos; must be true or false.</source>
        <translation>키 &apos;%1&apos;은(는) true 또는 false여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="242"/>
        <source>The key &apos;%1&apos; must be a number.</source>
        <translation>키 &apos;%1&apos;은(는) 숫자여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="256"/>
        <source>The key &apos;%1&apos; must be a base64 string.</source>
        <translation>키 &apos;%1&apos;은(는) Base64 문자열이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="275"/>
        <source>The key &apos;%1&apos; must be an array of strings.</source>
        <translation>키 &apos;%1&apos;은(는) 문자열 배열이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="295"/>
        <source>The key &apos;%1&apos; must be an array of [name, value] pairs of strings.</source>
        <translation>키 &apos;%1&apos;은(는) 문자열 [이름, 값] 쌍의 배열이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="307"/>
        <location filename="../core/client/connectionprofile.cpp" line="672"/>
        <source>The key &apos;%1&apos; must be an object.</source>
        <translation>키 &apos;%1&apos;은(는) 객체여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="322"/>
        <source>The key &apos;%1&apos; must be a whole number from %2 to %3.</source>
        <translation>키 &apos;%1&apos;은(는) %2에서 %3 사이의 정수여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="415"/>
        <source>&apos;%1&apos; is not a URL; write it as mqtt://host:1883, mqtts://, ws:// or wss://.</source>
        <translation>&apos;%1&apos;은(는) URL이 아닙니다. mqtt://host:1883, mqtts://, ws:// 또는 wss:// 형식으로 쓰세요.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="420"/>
        <source>Unsupported URL scheme &apos;%1&apos;; use mqtt://, mqtts://, ws:// or wss://.</source>
        <translation>지원하지 않는 URL 스킴 &apos;%1&apos;입니다. mqtt://, mqtts://, ws:// 또는 wss://를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="427"/>
        <source>The URL &apos;%1&apos; names no socket; write it as unix:///path/to/socket.</source>
        <translation>URL &apos;%1&apos;에 소켓 경로가 없습니다. unix:///path/to/socket 형식으로 쓰세요.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="437"/>
        <source>&apos;%1&apos; is not a valid URL.</source>
        <translation>&apos;%1&apos;은(는) 올바른 URL이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="439"/>
        <source>The URL &apos;%1&apos; names no host.</source>
        <translation>URL &apos;%1&apos;에 호스트가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="453"/>
        <source>The user name or password in the URL is not valid UTF-8.</source>
        <translation>URL의 사용자 이름 또는 비밀번호가 올바른 UTF-8이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="585"/>
        <source>This profile was written by a newer Signalbox (file format %1); this one reads format %2.</source>
        <translation>이 프로필은 더 새로운 Signalbox(파일 형식 %1)에서 작성되었습니다. 이 버전은 형식 %2을(를) 읽습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="598"/>
        <source>The key &apos;%1&apos; must be one of &quot;mqtt&quot;, &quot;mqtts&quot;, &quot;ws&quot;, &quot;wss&quot; or &quot;unix&quot;.</source>
        <translation>키 &apos;%1&apos;은(는) &quot;mqtt&quot;, &quot;mqtts&quot;, &quot;ws&quot;, &quot;wss&quot;, &quot;unix&quot; 중 하나여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="609"/>
        <source>The key &apos;%1&apos; must be one of &quot;3.1&quot;, &quot;3.1.1&quot; or &quot;5.0&quot;.</source>
        <translation>키 &apos;%1&apos;은(는) &quot;3.1&quot;, &quot;3.1.1&quot;, &quot;5.0&quot; 중 하나여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="634"/>
        <source>The key &apos;%1&apos; must be one of &quot;any&quot;, &quot;tlsv1.2&quot; or &quot;tlsv1.3&quot;.</source>
        <translation>키 &apos;%1&apos;은(는) &quot;any&quot;, &quot;tlsv1.2&quot;, &quot;tlsv1.3&quot; 중 하나여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="645"/>
        <source>The key &apos;%1&apos; must be the pre-shared key in hex digits.</source>
        <translation>키 &apos;%1&apos;은(는) 16진수 숫자로 된 사전 공유 키여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="654"/>
        <source>The key &apos;%1&apos; may not be given together with &apos;payloadBase64&apos;.</source>
        <translation>키 &apos;%1&apos;은(는) &apos;payloadBase64&apos;와 함께 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="675"/>
        <source>The key &apos;%1&apos; is not valid: %2</source>
        <translation>키 &apos;%1&apos;이(가) 올바르지 않습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="715"/>
        <source>Unix domain sockets (unix://) are not available on Windows.</source>
        <translation>Windows에서는 Unix 도메인 소켓(unix://)을 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="718"/>
        <source>A Unix socket connection needs the path of the socket.</source>
        <translation>Unix 소켓 연결에는 소켓 경로가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="720"/>
        <source>The host name is empty.</source>
        <translation>호스트 이름이 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="722"/>
        <source>The host is a URL: write only the host name, or paste the URL into the Host field of the editor, which fills in the scheme, host, port and path.</source>
        <translation>호스트에 URL이 들어 있습니다. 호스트 이름만 쓰거나, URL을 편집기의 호스트 칸에 붙여 넣으면 스킴, 호스트, 포트, 경로가 채워집니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="725"/>
        <source>&apos;%1&apos; is not a host name or an IP address.</source>
        <translation>&apos;%1&apos;은(는) 호스트 이름이나 IP 주소가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="727"/>
        <source>Port 0 cannot be connected to; %1:// usually uses port %2.</source>
        <translation>포트 0으로는 연결할 수 없습니다. %1://은(는) 보통 포트 %2을(를) 사용합니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="731"/>
        <source>The WebSocket path must start with &apos;/&apos;, as in &apos;/mqtt&apos;.</source>
        <translation>WebSocket 경로는 &apos;/mqtt&apos;처럼 &apos;/&apos;로 시작해야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="736"/>
        <source>MQTT 3.1 allows client identifiers of at most 23 characters; this one has %1.</source>
        <translation>MQTT 3.1은 클라이언트 ID를 최대 23자까지 허용하는데 이 ID는 %1자입니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="739"/>
        <source>The client identifier is longer than the 65535 bytes MQTT allows.</source>
        <translation>클라이언트 ID가 MQTT가 허용하는 65535바이트보다 깁니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="743"/>
        <source>A persistent session (clean session off) needs a client identifier under MQTT %1.</source>
        <translation>MQTT %1에서 지속 세션(clean session 끔)을 쓰려면 클라이언트 ID가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="747"/>
        <source>Keeping the message history needs a client identifier: the history is kept per client.</source>
        <translation>메시지 기록을 보관하려면 클라이언트 ID가 필요합니다. 기록은 클라이언트별로 보관됩니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="750"/>
        <source>MQTT %1 does not allow a password without a user name.</source>
        <translation>MQTT %1은(는) 사용자 이름 없는 비밀번호를 허용하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="753"/>
        <source>The connect timeout must be positive.</source>
        <translation>연결 제한 시간은 양수여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="758"/>
        <source>The will topic is not valid. %1</source>
        <translation>유언(will) 토픽이 올바르지 않습니다. %1</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="761"/>
        <source>The will QoS must be 0, 1 or 2, not %1.</source>
        <translation>유언 QoS는 %1이(가) 아니라 0, 1, 2 중 하나여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="763"/>
        <source>Will properties need MQTT 5.0; this profile uses MQTT %1.</source>
        <translation>유언 속성에는 MQTT 5.0이 필요합니다. 이 프로필은 MQTT %1을(를) 사용합니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="769"/>
        <source>The property &apos;%1&apos; cannot be part of a will message.</source>
        <translation>&apos;%1&apos; 속성은 유언 메시지에 넣을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="780"/>
        <source>The CA certificate file &apos;%1&apos; does not exist.</source>
        <translation>CA 인증서 파일 &apos;%1&apos;이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="781"/>
        <source>The client certificate file &apos;%1&apos; does not exist.</source>
        <translation>클라이언트 인증서 파일 &apos;%1&apos;이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="782"/>
        <source>The private key file &apos;%1&apos; does not exist.</source>
        <translation>개인 키 파일 &apos;%1&apos;이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="784"/>
        <source>The CA directory &apos;%1&apos; does not exist.</source>
        <translation>CA 디렉터리 &apos;%1&apos;이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="787"/>
        <source>The cipher &apos;%1&apos; is unknown to the TLS library.</source>
        <translation>TLS 라이브러리가 암호 스위트 &apos;%1&apos;을(를) 알지 못합니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="790"/>
        <source>A PSK identity needs its pre-shared key.</source>
        <translation>PSK ID에는 사전 공유 키가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="792"/>
        <source>A pre-shared key needs its PSK identity.</source>
        <translation>사전 공유 키에는 PSK ID가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="794"/>
        <source>A client certificate needs its private key; choose the key file too.</source>
        <translation>클라이언트 인증서에는 개인 키가 필요합니다. 키 파일도 선택하세요.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="796"/>
        <source>A private key needs its client certificate; choose the certificate file too.</source>
        <translation>개인 키에는 클라이언트 인증서가 필요합니다. 인증서 파일도 선택하세요.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="800"/>
        <source>The first reconnect delay must be positive.</source>
        <translation>첫 재연결 지연은 양수여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="802"/>
        <source>The longest reconnect delay must be positive.</source>
        <translation>최대 재연결 지연은 양수여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="804"/>
        <source>The longest reconnect delay is shorter than the first one.</source>
        <translation>최대 재연결 지연이 첫 재연결 지연보다 짧습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="806"/>
        <source>The reconnect delay multiplier must be at least 1.</source>
        <translation>재연결 지연 배수는 1 이상이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="808"/>
        <source>The reconnect jitter must be a fraction from 0 up to (not including) 1.</source>
        <translation>재연결 지터는 0 이상 1 미만의 값이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="810"/>
        <source>The number of reconnect attempts may not be negative; use 0 to keep trying.</source>
        <translation>재연결 시도 횟수는 음수일 수 없습니다. 계속 시도하려면 0을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="816"/>
        <source>Authentication data needs an authentication method.</source>
        <translation>인증 데이터에는 인증 방식이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="820"/>
        <source>%1 needs MQTT 5.0; this profile uses MQTT %2.</source>
        <translation>%1에는 MQTT 5.0이 필요합니다. 이 프로필은 MQTT %2을(를) 사용합니다.</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="822"/>
        <source>A session expiry interval</source>
        <translation>세션 만료 간격</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="823"/>
        <source>A receive maximum</source>
        <translation>수신 최대값</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="824"/>
        <source>A topic alias maximum</source>
        <translation>토픽 별칭 최대값</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="825"/>
        <source>A maximum packet size</source>
        <translation>최대 패킷 크기</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="826"/>
        <source>Requesting response information</source>
        <translation>응답 정보 요청</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="827"/>
        <source>Turning off problem information</source>
        <translation>문제 정보 끄기</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="828"/>
        <source>User properties in CONNECT</source>
        <translation>CONNECT의 사용자 속성</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="829"/>
        <source>Enhanced authentication</source>
        <translation>확장 인증</translation>
    </message>
</context>
<context>
    <name>Signalbox::ConnectionSession</name>
    <message>
        <location filename="../core/session/connectionsession.cpp" line="273"/>
        <source>Script: %1</source>
        <translation>스크립트: %1</translation>
    </message>
    <message>
        <location filename="../core/session/connectionsession.cpp" line="282"/>
        <source>The script is running.</source>
        <translation>스크립트가 실행 중입니다.</translation>
    </message>
    <message>
        <location filename="../core/session/connectionsession.cpp" line="314"/>
        <location filename="../core/session/connectionsession.cpp" line="324"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/session/connectionsession.cpp" line="322"/>
        <source>Schema violations:</source>
        <translation>스키마 위반:</translation>
    </message>
</context>
<context>
    <name>Signalbox::ConnectionWorkspace</name>
    <message>
        <location filename="../core/profiles/connectionworkspace.cpp" line="111"/>
        <source>Its QoS, retain handling, subscription identifier or colour is not valid.</source>
        <translation>QoS, 보존 처리, 구독 식별자 또는 색상이 올바르지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/profiles/connectionworkspace.cpp" line="149"/>
        <source>Its payload, QoS or format is not valid.</source>
        <translation>페이로드, QoS 또는 형식이 올바르지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/profiles/connectionworkspace.cpp" line="178"/>
        <source>It has no name.</source>
        <translation>이름이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/profiles/connectionworkspace.cpp" line="183"/>
        <source>Another saved message before it has the name &quot;%1&quot;.</source>
        <translation>앞에 있는 다른 저장된 메시지가 이미 &quot;%1&quot; 이름을 쓰고 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/profiles/connectionworkspace.cpp" line="231"/>
        <source>The saved subscriptions, publish history and saved messages are not lists.</source>
        <translation>저장된 구독, 발행 기록, 저장된 메시지가 목록 형식이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/profiles/connectionworkspace.cpp" line="258"/>
        <source>Entry %1 of the saved messages was left out. %2</source>
        <translation>저장된 메시지의 항목 %1을(를) 불러오지 않았습니다. %2</translation>
    </message>
    <message>
        <location filename="../core/profiles/connectionworkspace.cpp" line="266"/>
        <source>Payload decoder %1 was left out. %2</source>
        <translation>페이로드 디코더 %1을(를) 불러오지 않았습니다. %2</translation>
    </message>
    <message>
        <location filename="../core/profiles/connectionworkspace.cpp" line="242"/>
        <source>Saved subscription %1 was left out. %2</source>
        <translation>저장된 구독 %1을(를) 불러오지 않았습니다. %2</translation>
    </message>
    <message>
        <location filename="../core/profiles/connectionworkspace.cpp" line="250"/>
        <source>Saved message %1 of the publish history was left out. %2</source>
        <translation>발행 기록의 저장된 메시지 %1을(를) 불러오지 않았습니다. %2</translation>
    </message>
</context>
<context>
    <name>Signalbox::JsonSchema</name>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="459"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="461"/>
        <source>a boolean</source>
        <translation>불리언</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="463"/>
        <source>an integer</source>
        <translation>정수</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="463"/>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="465"/>
        <source>a string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="467"/>
        <source>an array</source>
        <translation>배열</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="469"/>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="473"/>
        <source>nothing</source>
        <translation>값 없음</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="552"/>
        <source>This is %1, a type the schema does not allow here.</source>
        <translation>이 값의 유형(%1)은 스키마가 이 위치에 허용하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="554"/>
        <source>The property &quot;%1&quot; is required.</source>
        <translation>속성 &quot;%1&quot;이(가) 필요합니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="556"/>
        <source>The property &quot;%1&quot; is required by another property here.</source>
        <translation>여기 있는 다른 속성 때문에 속성 &quot;%1&quot;이(가) 필요합니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="558"/>
        <location filename="../core/decoders/jsonschema.cpp" line="560"/>
        <source>The property &quot;%1&quot; is not allowed.</source>
        <translation>속성 &quot;%1&quot;은(는) 허용되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="562"/>
        <source>Expected text that matches the pattern %1.</source>
        <translation>패턴 %1과(와) 일치하는 텍스트여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="567"/>
        <location filename="../core/decoders/jsonschema.cpp" line="617"/>
        <source>Expected a date as RFC 3339 writes it (2026-12-07).</source>
        <translation>RFC 3339 형식의 날짜(2026-12-07)여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="569"/>
        <location filename="../core/decoders/jsonschema.cpp" line="619"/>
        <source>Expected a time as RFC 3339 writes it (18:50:00Z).</source>
        <translation>RFC 3339 형식의 시각(18:50:00Z)이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="570"/>
        <location filename="../core/decoders/jsonschema.cpp" line="615"/>
        <source>Expected a date and time as RFC 3339 writes it (2026-12-07T18:50:00Z).</source>
        <translation>RFC 3339 형식의 날짜와 시각(2026-12-07T18:50:00Z)이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="573"/>
        <source>Expected text that matches the schema&apos;s pattern.</source>
        <translation>스키마의 pattern과 일치하는 텍스트여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="575"/>
        <source>Expected one of the values the schema&apos;s enum lists.</source>
        <translation>스키마의 enum에 나열된 값 중 하나여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="577"/>
        <source>Expected the value the schema&apos;s const gives.</source>
        <translation>스키마의 const에 지정된 값이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="579"/>
        <source>Expected a number of at least %1.</source>
        <translation>%1 이상의 숫자여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="581"/>
        <source>Expected a number greater than %1.</source>
        <translation>%1보다 큰 숫자여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="583"/>
        <source>Expected a number of at most %1.</source>
        <translation>%1 이하의 숫자여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="585"/>
        <source>Expected a number less than %1.</source>
        <translation>%1보다 작은 숫자여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="587"/>
        <source>Expected a multiple of %1.</source>
        <translation>%1의 배수여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="589"/>
        <source>Expected text of at most %1 characters.</source>
        <translation>%1자 이하의 텍스트여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="591"/>
        <source>Expected text of at least %1 characters.</source>
        <translation>%1자 이상의 텍스트여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="593"/>
        <source>Expected at most %1 items.</source>
        <translation>항목이 %1개 이하여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="595"/>
        <source>Expected at least %1 items.</source>
        <translation>항목이 %1개 이상이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="597"/>
        <source>Expected at most %1 properties.</source>
        <translation>속성이 %1개 이하여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="599"/>
        <source>Expected at least %1 properties.</source>
        <translation>속성이 %1개 이상이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="601"/>
        <source>Expected items that are all different; two are equal.</source>
        <translation>항목이 모두 달라야 하는데 같은 항목이 두 개 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="603"/>
        <source>Expected no more items than the schema&apos;s items list.</source>
        <translation>항목 수가 스키마의 items 목록보다 많으면 안 됩니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="605"/>
        <source>Expected a value that matches at least one of the schema&apos;s anyOf.</source>
        <translation>스키마의 anyOf 중 하나 이상과 일치하는 값이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="607"/>
        <source>Expected a value that matches one of the schema&apos;s oneOf.</source>
        <translation>스키마의 oneOf 중 하나와 일치하는 값이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="609"/>
        <source>Expected a value that matches exactly one of the schema&apos;s oneOf; it matches more.</source>
        <translation>스키마의 oneOf 중 정확히 하나와 일치해야 하는데 둘 이상과 일치합니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="611"/>
        <source>Expected a value that does not match the schema&apos;s not.</source>
        <translation>스키마의 not과 일치하지 않는 값이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="613"/>
        <source>Expected at least one item that matches the schema&apos;s contains.</source>
        <translation>스키마의 contains와 일치하는 항목이 하나 이상 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="621"/>
        <source>Expected a value that matches the schema&apos;s if/then/else.</source>
        <translation>스키마의 if/then/else와 일치하는 값이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="623"/>
        <source>Expected a value that matches every schema of the schema&apos;s allOf.</source>
        <translation>스키마의 allOf에 있는 모든 스키마와 일치하는 값이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="625"/>
        <source>Item %1 does not match the schema for it.</source>
        <translation>항목 %1이(가) 해당 스키마와 일치하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="627"/>
        <source>A property here does not match the schema&apos;s additionalProperties.</source>
        <translation>여기 있는 속성 하나가 스키마의 additionalProperties와 일치하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="629"/>
        <source>Expected a value that matches the schema&apos;s dependencies.</source>
        <translation>스키마의 dependencies와 일치하는 값이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="854"/>
        <source>The schema&apos;s pattern &quot;%1&quot; is not a valid regular expression: %2.</source>
        <translation>스키마의 pattern &quot;%1&quot;은(는) 올바른 정규식이 아닙니다: %2.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1031"/>
        <source>This array has more than %1 items, too many to check for uniqueItems.</source>
        <translation>이 배열은 항목이 %1개를 넘어 uniqueItems를 검사하기에는 너무 많습니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1042"/>
        <source>This property&apos;s name is longer than %1 characters, too long to check against the schema&apos;s patterns.</source>
        <translation>이 속성 이름은 %1자를 넘어 스키마의 패턴과 대조하기에는 너무 깁니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1064"/>
        <source>The schema refers to %1, which is not a local file; Signalbox does not fetch schemas from the network.</source>
        <translation>스키마가 로컬 파일이 아닌 %1을(를) 참조합니다. Signalbox는 네트워크에서 스키마를 가져오지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1071"/>
        <source>The schema refers to the file %1, but has no folder to find it in.</source>
        <translation>스키마가 파일 %1을(를) 참조하지만 그 파일을 찾을 폴더가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1082"/>
        <source>The schema file %1 is not a regular file.</source>
        <translation>스키마 파일 %1은(는) 일반 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1084"/>
        <source>The schema file %1 is larger than %2 MiB.</source>
        <translation>스키마 파일 %1이(가) %2 MiB보다 큽니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1096"/>
        <location filename="../core/decoders/jsonschema.cpp" line="1168"/>
        <source>Cannot read the schema file %1: %2</source>
        <translation>스키마 파일 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1102"/>
        <location filename="../core/decoders/jsonschema.cpp" line="1201"/>
        <source>The schema file %1 is not JSON: %2</source>
        <translation>스키마 파일 %1이(가) JSON이 아닙니다: %2</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1200"/>
        <source>The schema is not JSON: %1</source>
        <translation>스키마가 JSON이 아닙니다: %1</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1204"/>
        <source>A schema must be a JSON object (or true or false), not %1.</source>
        <translation>스키마는 %1이(가) 아니라 JSON 객체(또는 true나 false)여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1230"/>
        <source>The schema&apos;s $schema &quot;%1&quot; names a draft that Signalbox does not check; drafts 4, 6 and 7 are supported.</source>
        <translation>스키마의 $schema &quot;%1&quot;은(는) Signalbox가 검사하지 않는 드래프트입니다. 드래프트 4, 6, 7을 지원합니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1248"/>
        <location filename="../core/decoders/jsonschema.cpp" line="1255"/>
        <source>A $ref or id in the schema is longer than %1 characters.</source>
        <translation>스키마의 $ref 또는 id가 %1자보다 깁니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1266"/>
        <source>The schema refers back to itself in a loop ($ref, allOf, anyOf, oneOf, not or if/then/else) without looking inside the value, so no value could ever be checked.</source>
        <translation>스키마가 값 내부를 보지 않고 자기 자신을 순환 참조하므로($ref, allOf, anyOf, oneOf, not 또는 if/then/else) 어떤 값도 검사할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1272"/>
        <source>The schema nests too deeply, or its $ref refer to each other in a loop.</source>
        <translation>스키마의 중첩이 너무 깊거나 $ref가 서로를 순환 참조합니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1275"/>
        <source>The schema is not valid: %1</source>
        <translation>스키마가 올바르지 않습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1328"/>
        <source>The payload nests too deeply to check against this schema.</source>
        <translation>페이로드의 중첩이 너무 깊어 이 스키마로 검사할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1333"/>
        <source>The payload could not be checked: %1</source>
        <translation>페이로드를 검사할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1341"/>
        <source>The payload does not match the schema.</source>
        <translation>페이로드가 스키마와 일치하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>Signalbox::MessageLogModel</name>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="320"/>
        <source>Invalid regular expression at position %1: %2.</source>
        <translation>위치 %1에 잘못된 정규식이 있습니다: %2.</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="640"/>
        <location filename="../core/models/messagelogmodel.cpp" line="658"/>
        <source>Sent</source>
        <translation>보냄</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="658"/>
        <source>Received</source>
        <translation>받음</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="660"/>
        <source>Retained</source>
        <translation>보존</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="638"/>
        <source>Queued</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="376"/>
        <source>UTF-8 text</source>
        <translation>UTF-8 텍스트</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="376"/>
        <source>binary payload</source>
        <translation>바이너리 페이로드</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="382"/>
        <source>expires after %1 s</source>
        <translation>%1초 후 만료</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="385"/>
        <source>content type %1</source>
        <translation>콘텐츠 유형 %1</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="388"/>
        <source>response to %1</source>
        <translation>응답 토픽 %1</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="391"/>
        <source>correlation %1</source>
        <translation>상관 데이터 %1</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="395"/>
        <source>topic alias %1</source>
        <translation>토픽 별칭 %1</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="406"/>
        <source>user properties %1</source>
        <translation>사용자 속성 %1</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="418"/>
        <source>subscription id %1</source>
        <translation>구독 ID %1</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="642"/>
        <source>Received by broker</source>
        <translation>브로커가 받음</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="644"/>
        <source>Acknowledged %1 ms</source>
        <translation>%1ms 만에 확인됨</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="645"/>
        <source>Acknowledged</source>
        <translation>확인됨</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="647"/>
        <source>Failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="648"/>
        <source>reason code 0x%1</source>
        <translation>이유 코드 0x%1</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="664"/>
        <source>Properties: %1</source>
        <translation>속성: %1</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="740"/>
        <source>Direction: ↓ received, ↑ sent</source>
        <translation>방향: ↓ 받음, ↑ 보냄</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="742"/>
        <source>R: the broker kept this message as its topic&apos;s retained message</source>
        <translation>R: 브로커가 이 메시지를 토픽의 보존 메시지로 보관했습니다</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="749"/>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="753"/>
        <source>Topic</source>
        <translation>토픽</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="755"/>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="759"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="761"/>
        <source>Payload</source>
        <translation>페이로드</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="763"/>
        <source>Delivery</source>
        <translation>전달</translation>
    </message>
</context>
<context>
    <name>Signalbox::Mqtt</name>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="104"/>
        <source>Granted QoS 0</source>
        <translation>QoS 0 허가</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="106"/>
        <source>Normal disconnection</source>
        <translation>정상 연결 종료</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="107"/>
        <source>Success</source>
        <translation>성공</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="109"/>
        <source>Granted QoS 1</source>
        <translation>QoS 1 허가</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="111"/>
        <source>Granted QoS 2</source>
        <translation>QoS 2 허가</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="113"/>
        <source>Disconnect with will message</source>
        <translation>유언 메시지와 함께 연결 종료</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="115"/>
        <source>No matching subscribers</source>
        <translation>일치하는 구독자 없음</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="117"/>
        <source>No subscription existed</source>
        <translation>구독이 없었음</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="119"/>
        <source>Continue authentication</source>
        <translation>인증 계속</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="121"/>
        <source>Re-authenticate</source>
        <translation>재인증</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="123"/>
        <source>Unspecified error</source>
        <translation>지정되지 않은 오류</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="125"/>
        <source>Malformed packet</source>
        <translation>잘못된 형식의 패킷</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="127"/>
        <source>Protocol error</source>
        <translation>프로토콜 오류</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="129"/>
        <source>Implementation specific error</source>
        <translation>구현별 오류</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="131"/>
        <source>Unsupported protocol version</source>
        <translation>지원하지 않는 프로토콜 버전</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="133"/>
        <source>Client identifier not valid</source>
        <translation>클라이언트 ID가 올바르지 않음</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="135"/>
        <location filename="../core/mqtt/mqtt.cpp" line="209"/>
        <source>Bad user name or password</source>
        <translation>사용자 이름 또는 비밀번호가 틀림</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="137"/>
        <location filename="../core/mqtt/mqtt.cpp" line="211"/>
        <source>Not authorized</source>
        <translation>권한 없음</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="139"/>
        <location filename="../core/mqtt/mqtt.cpp" line="207"/>
        <source>Server unavailable</source>
        <translation>서버를 사용할 수 없음</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="141"/>
        <source>Server busy</source>
        <translation>서버가 바쁨</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="143"/>
        <source>Banned</source>
        <translation>차단됨</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="145"/>
        <source>Server shutting down</source>
        <translation>서버 종료 중</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="147"/>
        <source>Bad authentication method</source>
        <translation>잘못된 인증 방식</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="149"/>
        <source>Keep alive timeout</source>
        <translation>연결 유지 시간 초과</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="151"/>
        <source>Session taken over</source>
        <translation>다른 연결이 세션을 가져감</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="153"/>
        <source>Topic filter invalid</source>
        <translation>잘못된 토픽 필터</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="155"/>
        <source>Topic name invalid</source>
        <translation>잘못된 토픽 이름</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="157"/>
        <source>Packet identifier in use</source>
        <translation>사용 중인 패킷 ID</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="159"/>
        <source>Packet identifier not found</source>
        <translation>패킷 ID를 찾을 수 없음</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="161"/>
        <source>Receive maximum exceeded</source>
        <translation>수신 최대값 초과</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="163"/>
        <source>Topic alias invalid</source>
        <translation>잘못된 토픽 별칭</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="165"/>
        <source>Packet too large</source>
        <translation>패킷이 너무 큼</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="167"/>
        <source>Message rate too high</source>
        <translation>메시지 전송률이 너무 높음</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="169"/>
        <source>Quota exceeded</source>
        <translation>할당량 초과</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="171"/>
        <source>Administrative action</source>
        <translation>관리자 조치</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="173"/>
        <source>Payload format invalid</source>
        <translation>잘못된 페이로드 형식</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="175"/>
        <source>Retain not supported</source>
        <translation>보존을 지원하지 않음</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="177"/>
        <source>QoS not supported</source>
        <translation>QoS를 지원하지 않음</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="179"/>
        <source>Use another server</source>
        <translation>다른 서버 사용</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="181"/>
        <source>Server moved</source>
        <translation>서버가 이전됨</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="183"/>
        <source>Shared subscriptions not supported</source>
        <translation>공유 구독을 지원하지 않음</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="185"/>
        <source>Connection rate exceeded</source>
        <translation>연결 빈도 초과</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="187"/>
        <source>Maximum connect time</source>
        <translation>최대 연결 시간 도달</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="189"/>
        <source>Subscription identifiers not supported</source>
        <translation>구독 ID를 지원하지 않음</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="191"/>
        <source>Wildcard subscriptions not supported</source>
        <translation>와일드카드 구독을 지원하지 않음</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="193"/>
        <source>Reason code %1</source>
        <translation>이유 코드 %1</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="201"/>
        <source>Connection accepted</source>
        <translation>연결 수락됨</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="203"/>
        <source>Unacceptable protocol version</source>
        <translation>받아들일 수 없는 프로토콜 버전</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="205"/>
        <source>Identifier rejected</source>
        <translation>ID 거부됨</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="213"/>
        <source>Return code %1</source>
        <translation>반환 코드 %1</translation>
    </message>
</context>
<context>
    <name>Signalbox::MqttClient</name>
    <message>
        <location filename="../core/client/handshake.cpp" line="113"/>
        <source>No answer from the broker at %1:%2 within %3 s of connecting: no CONNACK came.</source>
        <translation>연결 후 %3초 안에 %1:%2의 브로커가 응답하지 않았습니다: CONNACK이 오지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/handshake.cpp" line="120"/>
        <source>The TCP connection to %1:%2 did not complete within %3 s.</source>
        <translation>%1:%2로의 TCP 연결이 %3초 안에 완료되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/handshake.cpp" line="123"/>
        <source>The TCP connection or TLS handshake with %1:%2 did not complete within %3 s.</source>
        <translation>%1:%2와의 TCP 연결 또는 TLS 핸드셰이크가 %3초 안에 완료되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/handshake.cpp" line="126"/>
        <source>The WebSocket upgrade with %1:%2 did not complete within %3 s.</source>
        <translation>%1:%2와의 WebSocket 업그레이드가 %3초 안에 완료되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/handshake.cpp" line="129"/>
        <source>The TLS handshake or WebSocket upgrade with %1:%2 did not complete within %3 s.</source>
        <translation>%1:%2와의 TLS 핸드셰이크 또는 WebSocket 업그레이드가 %3초 안에 완료되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/handshake.cpp" line="132"/>
        <source>The connection to the socket %1 did not complete within %2 s.</source>
        <translation>소켓 %1에 대한 연결이 %2초 안에 완료되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/sessionfile.cpp" line="61"/>
        <source>Cannot write the session file %1: %2</source>
        <translation>세션 파일 %1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/client/handshake.cpp" line="12"/>
        <source>The connection has no host or port.</source>
        <translation>연결에 호스트나 포트가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/handshake.cpp" line="16"/>
        <source>Invalid will topic: %1</source>
        <translation>잘못된 유언 토픽: %1</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="296"/>
        <source>The broker sent a malformed packet: %1</source>
        <translation>브로커가 잘못된 형식의 패킷을 보냈습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="317"/>
        <source>The broker at %1 closed the connection without answering CONNECT (it may not support MQTT %2).</source>
        <translation>%1의 브로커가 CONNECT에 응답하지 않고 연결을 닫았습니다(MQTT %2을(를) 지원하지 않을 수 있습니다).</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="321"/>
        <source>The broker at %1 closed the connection.</source>
        <translation>%1의 브로커가 연결을 닫았습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/keepalivewatch.cpp" line="69"/>
        <source>The broker at %1:%2 stopped making progress: no reply to a ping within %3 s, while a packet it began (%4 bytes so far) never completed.</source>
        <translation>%1:%2의 브로커가 진행을 멈췄습니다: %3초 안에 ping 응답이 없고, 보내기 시작한 패킷(지금까지 %4바이트)이 끝나지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/keepalivewatch.cpp" line="80"/>
        <source>The broker at %1:%2 stopped reading: no reply to a ping within %3 s, with %4 bytes still waiting to be sent.</source>
        <translation>%1:%2의 브로커가 읽기를 멈췄습니다: %3초 안에 ping 응답이 없고, 아직 %4바이트가 전송을 기다리고 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/keepalivewatch.cpp" line="87"/>
        <source>The broker at %1:%2 stopped answering: no reply to a ping within %3 s.</source>
        <translation>%1:%2의 브로커가 응답을 멈췄습니다: %3초 안에 ping 응답이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/client/keepalivewatch.cpp" line="101"/>
        <source>The broker at %1:%2 answers pings but has acknowledged nothing for %3 s (%n request(s) waiting).</source>
        <translation>
            <numerusform>%1:%2의 브로커가 ping에는 응답하지만 %3초 동안 아무것도 확인(ack)하지 않았습니다(대기 중인 요청 %n개).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="551"/>
        <source>Cannot publish to &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos;에 발행할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="554"/>
        <location filename="../core/client/subscriptions.cpp" line="24"/>
        <source>QoS must be 0, 1 or 2, not %1.</source>
        <translation>QoS는 %1이(가) 아니라 0, 1, 2 중 하나여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="556"/>
        <source>Cannot publish at QoS 0 while disconnected.</source>
        <translation>연결이 끊긴 상태에서는 QoS 0으로 발행할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="558"/>
        <source>Cannot publish: %1 messages are already waiting to be sent.</source>
        <translation>발행할 수 없습니다: 이미 메시지 %1개가 전송을 기다리고 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/outboundqueue.cpp" line="189"/>
        <source>The broker accepts QoS %1 at most.</source>
        <translation>브로커는 최대 QoS %1까지 받습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/outboundqueue.cpp" line="194"/>
        <source>The broker does not support retained messages.</source>
        <translation>브로커가 보존 메시지를 지원하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/outboundqueue.cpp" line="164"/>
        <source>Topic alias %1 is outside the broker&apos;s limit of %2.</source>
        <translation>토픽 별칭 %1이(가) 브로커 한도 %2을(를) 벗어납니다.</translation>
    </message>
    <message>
        <location filename="../core/client/outboundqueue.cpp" line="170"/>
        <source>Topic alias %1 has no topic yet on this connection.</source>
        <translation>토픽 별칭 %1에 이 연결에서 아직 지정된 토픽이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/outboundqueue.cpp" line="219"/>
        <source>The message is larger than the broker&apos;s maximum packet size of %1 bytes.</source>
        <translation>메시지가 브로커의 최대 패킷 크기 %1바이트보다 큽니다.</translation>
    </message>
    <message>
        <location filename="../core/client/subscriptions.cpp" line="18"/>
        <source>Nothing to subscribe to.</source>
        <translation>구독할 대상이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/subscriptions.cpp" line="22"/>
        <source>Invalid topic filter &apos;%1&apos;: %2</source>
        <translation>잘못된 토픽 필터 &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="84"/>
        <source>The broker at %1:%2 asked for &apos;%3&apos; authentication data, and no answer was given within %4 s.</source>
        <translation>%1:%2의 브로커가 &apos;%3&apos; 인증 데이터를 요청했지만 %4초 안에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="619"/>
        <source>Cannot subscribe while not connected.</source>
        <translation>연결되지 않은 상태에서는 구독할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="633"/>
        <source>Nothing to unsubscribe from.</source>
        <translation>구독 해지할 대상이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="634"/>
        <source>Cannot unsubscribe while not connected.</source>
        <translation>연결되지 않은 상태에서는 구독을 해지할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="701"/>
        <source>The broker sent %1 before CONNACK.</source>
        <translation>브로커가 CONNACK 전에 %1을(를) 보냈습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="750"/>
        <source>The broker sent more unacknowledged QoS 2 messages than the %1 allowed.</source>
        <translation>브로커가 허용된 %1개보다 많은 미확인 QoS 2 메시지를 보냈습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="800"/>
        <source>The broker sent %1, which only a client may send.</source>
        <translation>브로커가 클라이언트만 보낼 수 있는 %1을(를) 보냈습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="946"/>
        <source>The broker sent AUTH, but this connection asked for no enhanced authentication.</source>
        <translation>브로커가 AUTH를 보냈지만 이 연결은 확장 인증을 요청하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="952"/>
        <source>The broker&apos;s AUTH names the authentication method &apos;%1&apos;, not &apos;%2&apos;.</source>
        <translation>브로커의 AUTH에 지정된 인증 방식이 &apos;%2&apos;이(가) 아니라 &apos;%1&apos;입니다.</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="960"/>
        <source>The broker sent AUTH with the reason &apos;%1&apos; before CONNACK.</source>
        <translation>브로커가 CONNACK 전에 이유 &apos;%1&apos;(으)로 AUTH를 보냈습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="984"/>
        <source>The broker at %1:%2 asked for more &apos;%3&apos; authentication data, and nothing here answers that method (Signalbox answers %4 by itself).</source>
        <translation>%1:%2의 브로커가 &apos;%3&apos; 인증 데이터를 추가로 요청했지만 이 인증 방식에 응답할 수 있는 것이 없습니다(Signalbox가 직접 응답하는 방식: %4).</translation>
    </message>
    <message>
        <location filename="../core/client/inboundaliases.cpp" line="26"/>
        <source>The broker sent a PUBLISH with an empty topic and no topic alias.</source>
        <translation>브로커가 토픽도 토픽 별칭도 없는 PUBLISH를 보냈습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/inboundaliases.cpp" line="32"/>
        <source>The broker used topic alias %1, beyond the maximum of %2 this client allows.</source>
        <translation>브로커가 이 클라이언트가 허용하는 최대값 %2을(를) 넘는 토픽 별칭 %1을(를) 사용했습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/inboundaliases.cpp" line="44"/>
        <source>The broker used topic alias %1 without defining it first.</source>
        <translation>브로커가 토픽 별칭 %1을(를) 정의하지 않고 사용했습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="809"/>
        <source>The broker sent a second CONNACK.</source>
        <translation>브로커가 CONNACK을 두 번 보냈습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/handshake.cpp" line="87"/>
        <source>The broker at %1:%2 refused the connection: %3.</source>
        <translation>%1:%2의 브로커가 연결을 거부했습니다: %3.</translation>
    </message>
    <message>
        <location filename="../core/client/handshake.cpp" line="97"/>
        <source>The broker sent a Receive Maximum of 0.</source>
        <translation>브로커가 Receive Maximum을 0으로 보냈습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/subscriptions.cpp" line="68"/>
        <source>The broker answered %1 subscriptions with %2 reason codes.</source>
        <translation>브로커가 구독 %1개에 이유 코드 %2개로 응답했습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/subscriptions.cpp" line="93"/>
        <source>Failure</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../core/client/subscriptions.cpp" line="101"/>
        <source>The broker refused the subscription to %1: %2.</source>
        <translation>브로커가 %1 구독을 거부했습니다: %2.</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="925"/>
        <source>The broker at %1:%2 ended the connection: %3.</source>
        <translation>%1:%2의 브로커가 연결을 끊었습니다: %3.</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="927"/>
        <source>It suggests the server %1.</source>
        <translation>서버 %1을(를) 사용하라고 제안합니다.</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="940"/>
        <source>The broker sent AUTH under MQTT %1.</source>
        <translation>브로커가 MQTT %1에서 AUTH를 보냈습니다.</translation>
    </message>
</context>
<context>
    <name>Signalbox::NumericValue</name>
    <message>
        <location filename="../core/payload/numericvalue.cpp" line="295"/>
        <location filename="../core/payload/numericvalue.cpp" line="354"/>
        <source>A JSON path may not end with &apos;.&apos;.</source>
        <translation>JSON 경로는 &apos;.&apos;로 끝날 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/payload/numericvalue.cpp" line="316"/>
        <source>A quoted key in a JSON path has no closing quote.</source>
        <translation>JSON 경로의 따옴표로 감싼 키에 닫는 따옴표가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/payload/numericvalue.cpp" line="324"/>
        <source>An array index in a JSON path must be a number, as in values[0].</source>
        <translation>JSON 경로의 배열 인덱스는 values[0]처럼 숫자여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/payload/numericvalue.cpp" line="328"/>
        <source>An array index in a JSON path is too large.</source>
        <translation>JSON 경로의 배열 인덱스가 너무 큽니다.</translation>
    </message>
    <message>
        <location filename="../core/payload/numericvalue.cpp" line="332"/>
        <source>A &apos;[&apos; in a JSON path has no matching &apos;]&apos;.</source>
        <translation>JSON 경로의 &apos;[&apos;에 짝이 되는 &apos;]&apos;가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/payload/numericvalue.cpp" line="336"/>
        <source>Expected &apos;.&apos; or &apos;[&apos; after &apos;]&apos; in the JSON path.</source>
        <translation>JSON 경로에서 &apos;]&apos; 뒤에는 &apos;.&apos; 또는 &apos;[&apos;가 와야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/payload/numericvalue.cpp" line="342"/>
        <source>A &apos;]&apos; in a JSON path has no matching &apos;[&apos;.</source>
        <translation>JSON 경로의 &apos;]&apos;에 짝이 되는 &apos;[&apos;가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/payload/numericvalue.cpp" line="346"/>
        <source>A JSON path may not have an empty key (as in &quot;a..b&quot; or &quot;.a&quot;).</source>
        <translation>JSON 경로에는 빈 키를 쓸 수 없습니다(&quot;a..b&quot;나 &quot;.a&quot;처럼).</translation>
    </message>
</context>
<context>
    <name>Signalbox::PacketDecoder</name>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="226"/>
        <source>%1: %2.</source>
        <extracomment>%1 is a packet type such as PUBLISH, %2 what is wrong with it</extracomment>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="236"/>
        <source>Packet type 0 is reserved and may not be sent.</source>
        <translation>패킷 유형 0은 예약되어 있어 보낼 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="241"/>
        <source>Packet type 15 (AUTH) does not exist in MQTT %1.</source>
        <translation>MQTT %1에는 패킷 유형 15(AUTH)가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="248"/>
        <source>QoS 3 is not a valid QoS</source>
        <translation>QoS 3은 올바른 QoS가 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="254"/>
        <source>the DUP flag is set on a QoS 0 message</source>
        <translation>QoS 0 메시지에 DUP 플래그가 설정되어 있습니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="263"/>
        <source>the fixed header flags are %1 where %2 is required</source>
        <translation>고정 헤더 플래그는 %2이어야 하는데 %1입니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="320"/>
        <source>the packet type is reserved</source>
        <translation>패킷 유형이 예약된 값입니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="333"/>
        <source>the %1 runs past the end of the packet</source>
        <extracomment>%1 is a field of the packet such as &quot;topic name&quot;</extracomment>
        <translation>%1 필드가 패킷 끝을 넘어갑니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="340"/>
        <source>%1 unexpected bytes follow the end of the packet&apos;s content</source>
        <translation>패킷 내용이 끝난 뒤에 예상하지 못한 %1바이트가 더 있습니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="349"/>
        <source>packet identifier</source>
        <translation>패킷 ID</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="352"/>
        <source>the packet identifier is 0</source>
        <translation>패킷 ID가 0입니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="363"/>
        <source>%1 is not valid UTF-8</source>
        <translation>%1 필드가 올바른 UTF-8이 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="365"/>
        <source>%1 contains the character U+0000</source>
        <translation>%1 필드에 U+0000 문자가 들어 있습니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="367"/>
        <source>%1 contains a wildcard (&apos;+&apos; or &apos;#&apos;)</source>
        <translation>%1 필드에 와일드카드(&apos;+&apos; 또는 &apos;#&apos;)가 들어 있습니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="381"/>
        <source>%1 is not valid UTF-8</source>
        <comment>property</comment>
        <extracomment>%1 is an MQTT property name such as &quot;Content Type&quot;</extracomment>
        <translation>%1 속성이 올바른 UTF-8이 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="384"/>
        <source>%1 contains the character U+0000</source>
        <comment>property</comment>
        <translation>%1 속성에 U+0000 문자가 들어 있습니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="424"/>
        <source>the %1 is empty</source>
        <translation>%1 필드가 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="442"/>
        <source>%1 is cut short</source>
        <extracomment>%1 is an MQTT property name such as &quot;Content Type&quot;</extracomment>
        <translation>%1 속성이 중간에 잘렸습니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="453"/>
        <source>property length</source>
        <translation>속성 길이</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="456"/>
        <source>the property length is not a valid variable byte integer</source>
        <translation>속성 길이가 올바른 가변 바이트 정수가 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="463"/>
        <source>the property length %1 runs past the end of the packet</source>
        <translation>속성 길이(%1)가 패킷 끝을 넘어갑니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="469"/>
        <source>a property identifier is not valid</source>
        <translation>속성 식별자가 올바르지 않습니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="473"/>
        <source>unknown property identifier %1</source>
        <translation>알 수 없는 속성 식별자(%1)입니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="478"/>
        <source>%1 is not allowed in the will properties</source>
        <translation>%1 속성은 유언 속성에 넣을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="479"/>
        <source>%1 is not allowed in this packet</source>
        <translation>%1 속성은 이 패킷에 넣을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="484"/>
        <source>%1 appears more than once</source>
        <translation>%1 속성이 두 번 이상 나옵니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="520"/>
        <source>%1 is not a valid variable byte integer</source>
        <translation>%1 속성이 올바른 가변 바이트 정수가 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="583"/>
        <source>%1 is %2, not 0 or 1</source>
        <translation>%1 속성 값이 0이나 1이 아니라 %2입니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="591"/>
        <location filename="../core/mqtt/packetdecoder.cpp" line="596"/>
        <source>%1 is 0</source>
        <translation>%1 속성 값이 0입니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="605"/>
        <source>reason code</source>
        <translation>이유 코드</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="609"/>
        <location filename="../core/mqtt/packetdecoder.cpp" line="799"/>
        <source>reason code %1 is not allowed in this packet</source>
        <translation>이 패킷에 쓸 수 없는 이유 코드(%1)입니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="620"/>
        <source>protocol name</source>
        <translation>프로토콜 이름</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="622"/>
        <source>protocol level</source>
        <translation>프로토콜 레벨</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="631"/>
        <source>protocol &quot;%1&quot; level %2 is not supported</source>
        <translation>지원하지 않는 프로토콜입니다(&quot;%1&quot;, 레벨 %2)</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="638"/>
        <source>connect flags</source>
        <translation>연결 플래그</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="642"/>
        <source>the reserved connect flag is set</source>
        <translation>예약된 연결 플래그가 설정되어 있습니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="647"/>
        <source>the will QoS is 3</source>
        <translation>유언 QoS가 3입니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="649"/>
        <source>will QoS or will retain is set without the will flag</source>
        <translation>유언 플래그 없이 유언 QoS나 유언 보존이 설정되어 있습니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="655"/>
        <source>the password flag is set without the user name flag</source>
        <translation>사용자 이름 플래그 없이 비밀번호 플래그가 설정되어 있습니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="657"/>
        <source>keep alive</source>
        <translation>연결 유지</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="663"/>
        <source>client identifier</source>
        <translation>클라이언트 ID</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="671"/>
        <source>will topic</source>
        <translation>유언 토픽</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="674"/>
        <source>the will topic is empty</source>
        <translation>유언 토픽이 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="675"/>
        <source>will payload</source>
        <translation>유언 페이로드</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="678"/>
        <source>user name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="680"/>
        <source>password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="688"/>
        <source>acknowledge flags</source>
        <translation>확인 플래그</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="694"/>
        <source>reserved acknowledge flags are set</source>
        <translation>예약된 확인 플래그가 설정되어 있습니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="700"/>
        <source>return code</source>
        <translation>반환 코드</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="705"/>
        <source>session present is set on a refusal</source>
        <translation>거부 응답에 세션 있음 플래그가 설정되어 있습니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="714"/>
        <source>topic name</source>
        <translation>토픽 이름</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="723"/>
        <source>the topic name is empty</source>
        <translation>토픽 이름이 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="725"/>
        <source>the topic name is empty and there is no topic alias</source>
        <translation>토픽 이름이 비어 있는데 토픽 별칭도 없습니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="755"/>
        <location filename="../core/mqtt/packetdecoder.cpp" line="815"/>
        <source>topic filter</source>
        <translation>토픽 필터</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="758"/>
        <source>subscription options</source>
        <translation>구독 옵션</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="762"/>
        <source>the requested QoS of &quot;%1&quot; is 3</source>
        <translation>&quot;%1&quot;에 요청한 QoS가 3입니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="767"/>
        <source>reserved subscription option bits are set for &quot;%1&quot;</source>
        <translation>&quot;%1&quot;의 구독 옵션에 예약된 비트가 설정되어 있습니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="773"/>
        <source>retain handling of &quot;%1&quot; is 3</source>
        <translation>&quot;%1&quot;의 보존 처리 값이 3입니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="776"/>
        <source>reserved bits are set in the requested QoS byte for &quot;%1&quot;</source>
        <translation>&quot;%1&quot;의 요청 QoS 바이트에 예약된 비트가 설정되어 있습니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="781"/>
        <location filename="../core/mqtt/packetdecoder.cpp" line="820"/>
        <source>there are no topic filters</source>
        <translation>토픽 필터가 없습니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="803"/>
        <location filename="../core/mqtt/packetdecoder.cpp" line="840"/>
        <source>there are no reason codes</source>
        <translation>이유 코드가 없습니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="890"/>
        <source>The packet is empty.</source>
        <translation>패킷이 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="891"/>
        <source>the fixed header is cut short</source>
        <translation>고정 헤더가 중간에 잘렸습니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="895"/>
        <location filename="../core/mqtt/packetdecoder.cpp" line="940"/>
        <source>the remaining length is not a valid variable byte integer</source>
        <translation>남은 길이가 올바른 가변 바이트 정수가 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="902"/>
        <source>the remaining length says %1 bytes but %2 follow the fixed header</source>
        <translation>남은 길이는 %1바이트인데 고정 헤더 뒤에는 %2바이트가 있습니다</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="949"/>
        <source>the packet of %1 bytes exceeds the maximum packet size of %2 bytes</source>
        <translation>%1바이트 패킷이 최대 패킷 크기 %2바이트를 넘습니다</translation>
    </message>
</context>
<context>
    <name>Signalbox::PacketLogModel</name>
    <message>
        <location filename="../core/models/packetlogmodel.cpp" line="98"/>
        <source>sent</source>
        <translation>보냄</translation>
    </message>
    <message>
        <location filename="../core/models/packetlogmodel.cpp" line="98"/>
        <source>received</source>
        <translation>받음</translation>
    </message>
    <message>
        <location filename="../core/models/packetlogmodel.cpp" line="118"/>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../core/models/packetlogmodel.cpp" line="120"/>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <location filename="../core/models/packetlogmodel.cpp" line="122"/>
        <source>Packet</source>
        <translation>패킷</translation>
    </message>
    <message>
        <location filename="../core/models/packetlogmodel.cpp" line="124"/>
        <source>Bytes</source>
        <translation>바이트</translation>
    </message>
    <message>
        <location filename="../core/models/packetlogmodel.cpp" line="126"/>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
</context>
<context>
    <name>Signalbox::Packets</name>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="390"/>
        <source>%1 bytes</source>
        <translation>%1바이트</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="421"/>
        <location filename="../core/mqtt/packets.cpp" line="462"/>
        <location filename="../core/mqtt/packets.cpp" line="463"/>
        <location filename="../core/mqtt/packets.cpp" line="474"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="436"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="436"/>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="446"/>
        <source>Reason code</source>
        <translation>이유 코드</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="454"/>
        <location filename="../core/mqtt/packets.cpp" line="481"/>
        <location filename="../core/mqtt/packets.cpp" line="497"/>
        <location filename="../core/mqtt/packets.cpp" line="512"/>
        <location filename="../core/mqtt/packets.cpp" line="522"/>
        <location filename="../core/mqtt/packets.cpp" line="540"/>
        <location filename="../core/mqtt/packets.cpp" line="551"/>
        <location filename="../core/mqtt/packets.cpp" line="562"/>
        <location filename="../core/mqtt/packets.cpp" line="575"/>
        <location filename="../core/mqtt/packets.cpp" line="591"/>
        <location filename="../core/mqtt/packets.cpp" line="600"/>
        <source>Flags</source>
        <translation>플래그</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="455"/>
        <source>Protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="456"/>
        <source>%1, level %2</source>
        <translation>%1, 레벨 %2</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="459"/>
        <source>Client identifier</source>
        <translation>클라이언트 ID</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="460"/>
        <source>Clean start</source>
        <translation>클린 스타트</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="460"/>
        <source>Clean session</source>
        <translation>클린 세션</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="461"/>
        <source>Keep alive</source>
        <translation>연결 유지</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="462"/>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="463"/>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="464"/>
        <location filename="../core/mqtt/packets.cpp" line="490"/>
        <location filename="../core/mqtt/packets.cpp" line="505"/>
        <location filename="../core/mqtt/packets.cpp" line="516"/>
        <location filename="../core/mqtt/packets.cpp" line="524"/>
        <location filename="../core/mqtt/packets.cpp" line="542"/>
        <location filename="../core/mqtt/packets.cpp" line="553"/>
        <location filename="../core/mqtt/packets.cpp" line="564"/>
        <location filename="../core/mqtt/packets.cpp" line="594"/>
        <location filename="../core/mqtt/packets.cpp" line="602"/>
        <source>Properties</source>
        <translation>속성</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="466"/>
        <source>Will:</source>
        <translation>유언:</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="467"/>
        <location filename="../core/mqtt/packets.cpp" line="502"/>
        <source>Topic</source>
        <translation>토픽</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="468"/>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="469"/>
        <source>Retain</source>
        <translation>보존</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="470"/>
        <location filename="../core/mqtt/packets.cpp" line="506"/>
        <source>Payload</source>
        <translation>페이로드</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="471"/>
        <location filename="../core/mqtt/packets.cpp" line="506"/>
        <source>%1 bytes %2</source>
        <translation>%1바이트 %2</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="472"/>
        <source>Will properties</source>
        <translation>유언 속성</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="474"/>
        <source>Will</source>
        <translation>유언</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="483"/>
        <source>Session present</source>
        <translation>세션 있음</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="487"/>
        <source>Return code</source>
        <translation>반환 코드</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="502"/>
        <source>(empty)</source>
        <translation>(비어 있음)</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="504"/>
        <location filename="../core/mqtt/packets.cpp" line="513"/>
        <location filename="../core/mqtt/packets.cpp" line="523"/>
        <location filename="../core/mqtt/packets.cpp" line="541"/>
        <location filename="../core/mqtt/packets.cpp" line="552"/>
        <location filename="../core/mqtt/packets.cpp" line="563"/>
        <source>Packet identifier</source>
        <translation>패킷 ID</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="525"/>
        <source>Subscriptions:</source>
        <translation>구독:</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="529"/>
        <source>, no local: %1, retain as published: %2, retain handling: %3</source>
        <translation>, No Local: %1, Retain As Published: %2, 보존 처리: %3</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="543"/>
        <location filename="../core/mqtt/packets.cpp" line="566"/>
        <source>Reason codes:</source>
        <translation>이유 코드:</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="554"/>
        <source>Topic filters:</source>
        <translation>토픽 필터:</translation>
    </message>
</context>
<context>
    <name>Signalbox::PayloadArena</name>
    <message>
        <location filename="../core/models/payloadarena.cpp" line="112"/>
        <source>Could not write the message log&apos;s spill file %1: %2.</source>
        <translation>메시지 로그의 스필 파일 %1에 쓸 수 없습니다: %2.</translation>
    </message>
    <message>
        <location filename="../core/models/payloadarena.cpp" line="135"/>
        <source>Could not create a spill file for the message log in %1: %2.</source>
        <translation>%1에 메시지 로그의 스필 파일을 만들 수 없습니다: %2.</translation>
    </message>
</context>
<context>
    <name>Signalbox::PayloadBinding</name>
    <message>
        <location filename="../core/profiles/payloadbinding.cpp" line="61"/>
        <source>Give the topic filter the %1 applies to.</source>
        <translation>%1을(를) 적용할 토픽 필터를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../core/profiles/payloadbinding.cpp" line="63"/>
        <source>The topic filter is not valid: %1</source>
        <translation>토픽 필터가 올바르지 않습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/profiles/payloadbinding.cpp" line="67"/>
        <source>Choose the .proto file.</source>
        <translation>.proto 파일을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../core/profiles/payloadbinding.cpp" line="69"/>
        <source>Choose the message type the payloads are.</source>
        <translation>페이로드의 메시지 유형을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../core/profiles/payloadbinding.cpp" line="73"/>
        <source>Choose the Avro schema file (.avsc).</source>
        <translation>Avro 스키마 파일(.avsc)을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../core/profiles/payloadbinding.cpp" line="77"/>
        <source>Choose the JSON Schema file.</source>
        <translation>JSON Schema 파일을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../core/profiles/payloadbinding.cpp" line="81"/>
        <source>Write the script, or choose its file.</source>
        <translation>스크립트를 작성하거나 스크립트 파일을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../core/profiles/payloadbinding.cpp" line="110"/>
        <source>Its kind is not one of protobuf, avro, jsonSchema or script.</source>
        <translation>종류가 protobuf, avro, jsonSchema, script 중 하나가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/profiles/payloadbinding.cpp" line="117"/>
        <source>Its filter is not a text or its enabled flag is not true or false.</source>
        <translation>필터가 텍스트가 아니거나 enabled 플래그가 true 또는 false가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>Signalbox::PayloadDecoding</name>
    <message>
        <location filename="../core/session/payloaddecoding.cpp" line="47"/>
        <source>%1 has no message type %2.</source>
        <translation>%1에 메시지 유형 %2이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/session/payloaddecoding.cpp" line="68"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/session/payloaddecoding.cpp" line="70"/>
        <source>%1 is larger than 1 MB: is it a script?</source>
        <translation>%1이(가) 1 MB보다 큽니다. 스크립트 파일이 맞나요?</translation>
    </message>
    <message>
        <location filename="../core/session/payloaddecoding.cpp" line="80"/>
        <source>It did not load.</source>
        <translation>불러오지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../core/session/payloaddecoding.cpp" line="95"/>
        <source>%1 for %2: %3</source>
        <translation>%2의 %1: %3</translation>
    </message>
    <message>
        <location filename="../core/session/payloaddecoding.cpp" line="175"/>
        <source>No schema is bound to this topic.</source>
        <translation>이 토픽에 연결된 스키마가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/session/payloaddecoding.cpp" line="221"/>
        <source>script for %1</source>
        <translation>%1용 스크립트</translation>
    </message>
</context>
<context>
    <name>Signalbox::PayloadFormat</name>
    <message>
        <location filename="../core/payload/json.cpp" line="546"/>
        <source>Invalid JSON at line %1, column %2 (byte %3): %4.</source>
        <translation>줄 %1, 열 %2(바이트 %3)에 잘못된 JSON이 있습니다: %4.</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="476"/>
        <source>[The indented text is too large to show in full.]</source>
        <translation>[들여쓴 텍스트가 너무 커서 전부 표시할 수 없습니다.]</translation>
    </message>
    <message>
        <location filename="../core/payload/binaryformats.cpp" line="582"/>
        <source>Invalid CBOR at byte %1: nesting deeper than %2 levels is not supported.</source>
        <translation>바이트 %1에서 잘못된 CBOR: %2단계보다 깊은 중첩은 지원하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/payload/binaryformats.cpp" line="585"/>
        <source>Invalid CBOR at byte %1: %2.</source>
        <translation>바이트 %1에서 잘못된 CBOR: %2.</translation>
    </message>
    <message>
        <location filename="../core/payload/binaryformats.cpp" line="610"/>
        <source>nesting deeper than %1 levels is not supported</source>
        <translation>%1단계보다 깊은 중첩은 지원하지 않습니다</translation>
    </message>
    <message>
        <location filename="../core/payload/binaryformats.cpp" line="612"/>
        <source>the data ends inside an item</source>
        <translation>항목 중간에서 데이터가 끝났습니다</translation>
    </message>
    <message>
        <location filename="../core/payload/binaryformats.cpp" line="614"/>
        <source>unexpected byte</source>
        <translation>예상하지 못한 바이트</translation>
    </message>
    <message>
        <location filename="../core/payload/binaryformats.cpp" line="616"/>
        <source>Invalid MessagePack at byte %1: %2.</source>
        <translation>바이트 %1에서 잘못된 MessagePack: %2.</translation>
    </message>
    <message>
        <location filename="../core/payload/binaryformats.cpp" line="623"/>
        <location filename="../core/payload/binaryformats.cpp" line="650"/>
        <source>MessagePack support was not built in.</source>
        <translation>MessagePack 지원이 포함되지 않은 빌드입니다.</translation>
    </message>
    <message>
        <location filename="../core/payload/payloadformat.cpp" line="59"/>
        <source>Auto</source>
        <translation>자동</translation>
    </message>
    <message>
        <location filename="../core/payload/payloadformat.cpp" line="61"/>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <location filename="../core/payload/payloadformat.cpp" line="65"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../core/payload/payloadformat.cpp" line="271"/>
        <source>&apos;%1&apos; at position %2 is not a hex digit.</source>
        <translation>위치 %2의 &apos;%1&apos;은(는) 16진수 숫자가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/payload/payloadformat.cpp" line="275"/>
        <source>Hex needs two digits per byte; there is an odd number of digits (%1).</source>
        <translation>Hex는 바이트마다 두 자리가 필요한데 자릿수가 홀수(%1)입니다.</translation>
    </message>
    <message>
        <location filename="../core/payload/payloadformat.cpp" line="292"/>
        <source>The text is not valid Base64.</source>
        <translation>올바른 Base64 텍스트가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/payload/binaryformats.cpp" line="546"/>
        <source>Type JSON to send as %1. %2</source>
        <translation>%1(으)로 보낼 JSON을 입력하세요. %2</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="122"/>
        <source>Nesting deeper than %1 levels is not supported</source>
        <translation>%1단계보다 깊은 중첩은 지원하지 않습니다</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="151"/>
        <source>Expected a JSON value, found nothing</source>
        <translation>JSON 값이 필요한데 아무것도 없습니다</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="153"/>
        <source>Unexpected end of input inside an object (missing &apos;}&apos;)</source>
        <translation>객체 안에서 입력이 끝났습니다(&apos;}&apos; 누락)</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="154"/>
        <source>Unexpected end of input inside an array (missing &apos;]&apos;)</source>
        <translation>배열 안에서 입력이 끝났습니다(&apos;]&apos; 누락)</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="168"/>
        <source>Trailing comma before &apos;]&apos;</source>
        <translation>&apos;]&apos; 앞에 쉼표가 남아 있습니다</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="201"/>
        <source>Trailing comma before &apos;}&apos;</source>
        <translation>&apos;}&apos; 앞에 쉼표가 남아 있습니다</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="203"/>
        <source>Keys must be in double quotes, not single quotes</source>
        <translation>키는 작은따옴표가 아니라 큰따옴표로 감싸야 합니다</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="204"/>
        <source>Expected a key in double quotes, found %1</source>
        <translation>큰따옴표로 감싼 키가 필요한데 %1이(가) 있습니다</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="208"/>
        <source>Expected &apos;:&apos; after an object key, found %1</source>
        <translation>객체 키 뒤에 &apos;:&apos;가 필요한데 %1이(가) 있습니다</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="214"/>
        <source>Unexpected %1 after the JSON value</source>
        <translation>JSON 값 뒤에 예상하지 못한 %1이(가) 있습니다</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="222"/>
        <source>Expected &apos;,&apos; or &apos;}&apos; after a value in an object, found %1</source>
        <translation>객체의 값 뒤에 &apos;,&apos; 또는 &apos;}&apos;가 필요한데 %1이(가) 있습니다</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="232"/>
        <source>Expected &apos;,&apos; or &apos;]&apos; after a value in an array, found %1</source>
        <translation>배열의 값 뒤에 &apos;,&apos; 또는 &apos;]&apos;가 필요한데 %1이(가) 있습니다</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="260"/>
        <source>Strings must be in double quotes, not single quotes</source>
        <translation>문자열은 작은따옴표가 아니라 큰따옴표로 감싸야 합니다</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="262"/>
        <source>Comments are not allowed in JSON</source>
        <translation>JSON에서는 주석을 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="264"/>
        <location filename="../core/payload/json.cpp" line="375"/>
        <location filename="../core/payload/json.cpp" line="380"/>
        <source>Invalid literal; expected true, false or null</source>
        <translation>잘못된 리터럴입니다. true, false 또는 null이어야 합니다</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="266"/>
        <source>Expected a value, found %1</source>
        <translation>값이 필요한데 %1이(가) 있습니다</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="282"/>
        <location filename="../core/payload/json.cpp" line="290"/>
        <location filename="../core/payload/json.cpp" line="295"/>
        <source>Unexpected end of input inside a string (missing &apos;&quot;&apos;)</source>
        <translation>문자열 안에서 입력이 끝났습니다(&apos;&quot;&apos; 누락)</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="297"/>
        <source>Invalid \u escape: expected four hex digits</source>
        <translation>잘못된 \u 이스케이프: 16진수 네 자리가 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="303"/>
        <source>Invalid escape sequence &apos;\%1&apos; in a string</source>
        <translation>문자열에 잘못된 이스케이프 시퀀스 &apos;\%1&apos;이(가) 있습니다</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="310"/>
        <source>Line break inside a string (write it as \n)</source>
        <translation>문자열 안에 줄바꿈이 있습니다(\n으로 쓰세요)</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="311"/>
        <source>Control character U+%1 inside a string must be escaped</source>
        <translation>문자열 안의 제어 문자 U+%1은(는) 이스케이프해야 합니다</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="316"/>
        <source>Invalid UTF-8 inside a string</source>
        <translation>문자열 안에 잘못된 UTF-8이 있습니다</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="328"/>
        <location filename="../core/payload/json.cpp" line="342"/>
        <location filename="../core/payload/json.cpp" line="353"/>
        <source>Unexpected end of input inside a number</source>
        <translation>숫자 안에서 입력이 끝났습니다</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="332"/>
        <source>Numbers must not have leading zeros</source>
        <translation>숫자는 0으로 시작할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="337"/>
        <source>Expected a digit after &apos;-&apos;</source>
        <translation>&apos;-&apos; 뒤에 숫자가 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="344"/>
        <source>Expected a digit after the decimal point</source>
        <translation>소수점 뒤에 숫자가 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="355"/>
        <source>Expected a digit in the exponent</source>
        <translation>지수에 숫자가 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="379"/>
        <source>Unexpected end of input inside a literal</source>
        <translation>리터럴 안에서 입력이 끝났습니다</translation>
    </message>
</context>
<context>
    <name>Signalbox::ProfileStore</name>
    <message>
        <location filename="../core/profiles/jsontypename.cpp" line="20"/>
        <source>a boolean</source>
        <translation>불리언</translation>
    </message>
    <message>
        <location filename="../core/profiles/jsontypename.cpp" line="22"/>
        <location filename="../core/profiles/mqttximport.cpp" line="54"/>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <location filename="../core/profiles/jsontypename.cpp" line="24"/>
        <location filename="../core/profiles/mqttximport.cpp" line="41"/>
        <source>a string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <location filename="../core/profiles/jsontypename.cpp" line="26"/>
        <source>an array</source>
        <translation>배열</translation>
    </message>
    <message>
        <location filename="../core/profiles/jsontypename.cpp" line="28"/>
        <location filename="../core/profiles/mqttximport.cpp" line="49"/>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <location filename="../core/profiles/jsontypename.cpp" line="32"/>
        <source>missing</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="42"/>
        <source>Profile %1</source>
        <translation>프로필 %1</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="43"/>
        <source>Profile %1 (&quot;%2&quot;)</source>
        <translation>프로필 %1(&quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="58"/>
        <source>This is not a Signalbox profile file (its format is &apos;%1&apos;).</source>
        <translation>Signalbox 프로필 파일이 아닙니다(형식이 &apos;%1&apos;입니다).</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="63"/>
        <source>The profile file has version %1; this Signalbox reads up to version %2.</source>
        <translation>프로필 파일의 버전은 %1인데 이 Signalbox는 버전 %2까지만 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="71"/>
        <source>&apos;groups&apos; should be an array, not %1.</source>
        <translation>&apos;groups&apos;는 %1이(가) 아니라 배열이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="77"/>
        <source>Each group should be a string, not %1.</source>
        <translation>각 그룹은 %1이(가) 아니라 문자열이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="86"/>
        <source>&apos;profiles&apos; should be an array, not %1.</source>
        <translation>&apos;profiles&apos;는 %1이(가) 아니라 배열이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="91"/>
        <source>The file holds no JSON object.</source>
        <translation>파일에 JSON 객체가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="98"/>
        <source>Profile %1 should be an object, not %2.</source>
        <translation>프로필 %1은(는) %2이(가) 아니라 객체여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="104"/>
        <source>%1 is not valid. %2</source>
        <translation>%1이(가) 올바르지 않습니다. %2</translation>
    </message>
    <message>
        <location filename="../core/profiles/mqttximport.cpp" line="45"/>
        <source>true or false</source>
        <translation>true 또는 false</translation>
    </message>
    <message>
        <location filename="../core/profiles/mqttximport.cpp" line="58"/>
        <source>a whole number from 0 to %1</source>
        <translation>0에서 %1 사이의 정수</translation>
    </message>
    <message>
        <location filename="../core/profiles/mqttximport.cpp" line="88"/>
        <source>an object of strings</source>
        <translation>문자열로 된 객체</translation>
    </message>
    <message>
        <location filename="../core/profiles/mqttximport.cpp" line="121"/>
        <source>In MQTTX %1, the field &apos;%2&apos; should be %3, not %4.</source>
        <translation>MQTTX %1의 필드 &apos;%2&apos;은(는) %4이(가) 아니라 %3이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/profiles/mqttximport.cpp" line="315"/>
        <source>connection %1</source>
        <translation>연결 %1</translation>
    </message>
    <message>
        <location filename="../core/profiles/mqttximport.cpp" line="316"/>
        <source>connection %1 (&quot;%2&quot;)</source>
        <translation>연결 %1(&quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../core/profiles/mqttximport.cpp" line="354"/>
        <source>In MQTTX connection &quot;%1&quot;, the field &apos;subscriptions&apos; should be an array, not %2.</source>
        <translation>MQTTX 연결 &quot;%1&quot;에서 &apos;subscriptions&apos; 필드는 %2이(가) 아니라 배열이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/profiles/mqttximport.cpp" line="361"/>
        <source>connection &quot;%1&quot;, subscription %2</source>
        <translation>연결 &quot;%1&quot;의 구독 %2</translation>
    </message>
    <message>
        <location filename="../core/profiles/mqttximport.cpp" line="364"/>
        <source>In MQTTX %1, the subscription should be an object, not %2.</source>
        <translation>MQTTX %1에서 구독은 %2이(가) 아니라 객체여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/profiles/mqttximport.cpp" line="146"/>
        <source>In MQTTX %1, the field &apos;protocol&apos; should be mqtt, mqtts, ws or wss, not &apos;%2&apos;.</source>
        <translation>MQTTX %1의 필드 &apos;protocol&apos;은 &apos;%2&apos;이(가) 아니라 mqtt, mqtts, ws, wss 중 하나여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/profiles/mqttximport.cpp" line="193"/>
        <source>In MQTTX %1, the field &apos;mqttVersion&apos; should be 3.1, 3.1.1 or 5.0, not &apos;%2&apos;.</source>
        <translation>MQTTX %1의 필드 &apos;mqttVersion&apos;은 &apos;%2&apos;이(가) 아니라 3.1, 3.1.1, 5.0 중 하나여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="172"/>
        <source>The profiles in &apos;%1&apos; could not be read: %2</source>
        <translation>&apos;%1&apos;의 프로필을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="184"/>
        <source>It is not valid JSON (%1 at byte %2).</source>
        <translation>올바른 JSON이 아닙니다(바이트 %2에서 %1).</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="202"/>
        <source>The profile file &apos;%1&apos; is damaged and could not be moved aside, so it was left as it is. %2</source>
        <translation>프로필 파일 &apos;%1&apos;이(가) 손상되었지만 옮길 수 없어 그대로 두었습니다. %2</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="209"/>
        <source>The profile file &apos;%1&apos; is damaged and was kept as &apos;%3&apos;; Signalbox starts with no profiles. %2</source>
        <translation>프로필 파일 &apos;%1&apos;이(가) 손상되어 &apos;%3&apos;(으)로 보관했습니다. Signalbox는 프로필 없이 시작합니다. %2</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="220"/>
        <location filename="../core/profiles/profilestore.cpp" line="226"/>
        <source>The profiles could not be saved to &apos;%1&apos;: %2</source>
        <translation>프로필을 &apos;%1&apos;에 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="123"/>
        <source>The saved subscriptions and publish histories could not be read: &apos;workspaces&apos; should be an object, not %1.</source>
        <translation>저장된 구독과 발행 기록을 읽을 수 없습니다: &apos;workspaces&apos;는 %1이(가) 아니라 객체여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="136"/>
        <source>Its saved subscriptions and publish history are not an object.</source>
        <translation>저장된 구독과 발행 기록이 객체 형식이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="362"/>
        <source>%1 (copy)</source>
        <translation>%1 (사본)</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="441"/>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>파일이 올바른 JSON이 아닙니다(바이트 %2에서 %1).</translation>
    </message>
    <message>
        <location filename="../core/profiles/mqttximport.cpp" line="405"/>
        <source>The MQTTX export is not valid JSON (%1 at byte %2).</source>
        <translation>MQTTX 내보내기 파일이 올바른 JSON이 아닙니다(바이트 %2에서 %1).</translation>
    </message>
    <message>
        <location filename="../core/profiles/mqttximport.cpp" line="420"/>
        <source>MQTTX connection %1 should be an object, not %2.</source>
        <translation>MQTTX 연결 %1은(는) %2이(가) 아니라 객체여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/profiles/mqttximport.cpp" line="433"/>
        <source>The MQTTX export holds no connections.</source>
        <translation>MQTTX 내보내기 파일에 연결이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Signalbox::Properties</name>
    <message>
        <location filename="../core/mqtt/properties.cpp" line="408"/>
        <source>Unknown property &apos;%1&apos;.</source>
        <translation>알 수 없는 속성 &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../core/mqtt/properties.cpp" line="415"/>
        <source>The property &apos;%1&apos; must be an array of [name, value] pairs.</source>
        <translation>속성 &apos;%1&apos;은(는) [이름, 값] 쌍의 배열이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/mqtt/properties.cpp" line="423"/>
        <source>The property &apos;%1&apos; must be an array of [name, value] pairs of strings.</source>
        <translation>속성 &apos;%1&apos;은(는) 문자열 [이름, 값] 쌍의 배열이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/mqtt/properties.cpp" line="438"/>
        <source>The property &apos;%1&apos; must hold integers from 1 to %2.</source>
        <translation>속성 &apos;%1&apos;은(는) 1에서 %2 사이의 정수를 담아야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/mqtt/properties.cpp" line="450"/>
        <source>The property &apos;%1&apos; must be an integer from 0 to %2.</source>
        <translation>속성 &apos;%1&apos;은(는) 0에서 %2 사이의 정수여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/mqtt/properties.cpp" line="456"/>
        <source>The property &apos;%1&apos; must be a string.</source>
        <translation>속성 &apos;%1&apos;은(는) 문자열이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/mqtt/properties.cpp" line="466"/>
        <source>The property &apos;%1&apos; must be a base64 string.</source>
        <translation>속성 &apos;%1&apos;은(는) Base64 문자열이어야 합니다.</translation>
    </message>
</context>
<context>
    <name>Signalbox::ProtobufSchema</name>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="203"/>
        <source>nests deeper than %1 levels</source>
        <translation>중첩이 %1단계보다 깊습니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="209"/>
        <source>has a field tag that is cut short</source>
        <translation>필드 태그가 잘렸습니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="214"/>
        <source>has a field tag with the invalid field number %1</source>
        <translation>필드 태그의 필드 번호 %1이(가) 올바르지 않습니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="217"/>
        <source>has field %1 with the invalid wire type %2</source>
        <translation>필드 %1의 와이어 유형 %2이(가) 올바르지 않습니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="225"/>
        <source>has an end-group tag for field %1 that no group opened</source>
        <translation>필드 %1의 end-group 태그가 있지만 시작된 그룹이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="245"/>
        <source>comes as %1 but its type %2 is sent as %3</source>
        <translation>%1(으)로 왔지만 유형 %2은(는) %3(으)로 보내야 합니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="254"/>
        <source>has a varint that is cut short</source>
        <translation>varint가 잘렸습니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="262"/>
        <source>is cut short: %1 bytes needed, %2 left</source>
        <translation>데이터가 잘렸습니다: %1바이트가 필요한데 %2바이트만 남았습니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="269"/>
        <source>has a length that is cut short</source>
        <translation>길이가 잘렸습니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="273"/>
        <source>says it is %1 bytes long but only %2 are left</source>
        <translation>길이가 %1바이트라고 되어 있지만 %2바이트만 남았습니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="295"/>
        <source>ends before the group&apos;s end-group tag</source>
        <translation>그룹의 end-group 태그 전에 끝납니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="309"/>
        <source>is a string that is not valid UTF-8</source>
        <translation>올바른 UTF-8이 아닌 문자열입니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="320"/>
        <source>is a packed list of %1 bytes, not a multiple of %2</source>
        <translation>packed 목록이 %1바이트로, %2의 배수가 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="327"/>
        <source>is a packed list whose last varint is cut short</source>
        <translation>packed 목록의 마지막 varint가 잘렸습니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="353"/>
        <source>The message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="354"/>
        <source>Field “%1”</source>
        <translation>필드 “%1”</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="355"/>
        <source>%1 at byte %2 %3.</source>
        <translation>%1(바이트 %2): %3.</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="361"/>
        <source>Field “%1” (number %2) at byte %3 %4.</source>
        <translation>필드 “%1”(번호 %2, 바이트 %3): %4.</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="523"/>
        <source>no such file</source>
        <translation>파일이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="528"/>
        <source>No .proto file was given.</source>
        <translation>.proto 파일이 지정되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="547"/>
        <source>hidden by %1, which has the same import name “%2”</source>
        <translation>import 이름 “%2”이(가) 같은 %1에 가려졌습니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="552"/>
        <source>cannot be read</source>
        <translation>읽을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="597"/>
        <location filename="../core/decoders/protobufschema.cpp" line="657"/>
        <source>The schema has no message type “%1”.</source>
        <translation>스키마에 메시지 유형 “%1”이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="601"/>
        <source>The payload is larger than protobuf&apos;s limit of 2 GiB.</source>
        <translation>페이로드가 protobuf의 한도인 2 GiB보다 큽니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="615"/>
        <source>The payload is not a valid %1 message.</source>
        <translation>페이로드가 올바른 %1 메시지가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="619"/>
        <location filename="../core/decoders/protobufschema.cpp" line="672"/>
        <source>The required field(s) %1 are missing.</source>
        <translation>필수 필드 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="630"/>
        <source>The %1 message cannot be shown as JSON: %2.</source>
        <translation>%1 메시지를 JSON으로 표시할 수 없습니다: %2.</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="669"/>
        <source>The JSON does not fit %1: %2.</source>
        <translation>JSON이 %1에 맞지 않습니다: %2.</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="675"/>
        <source>The %1 message cannot be encoded.</source>
        <translation>%1 메시지를 인코딩할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Signalbox::RetainedScan</name>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="173"/>
        <source>Another retained-message operation is still running.</source>
        <translation>다른 보존 메시지 작업이 아직 진행 중입니다.</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="179"/>
        <source>Cancelled.</source>
        <translation>취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="186"/>
        <source>Invalid topic filter &apos;%1&apos;: %2</source>
        <translation>잘못된 토픽 필터 &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="193"/>
        <source>A shared subscription (&apos;%1&apos;) receives no retained messages; scan the filter without $share.</source>
        <translation>공유 구독(&apos;%1&apos;)은 보존 메시지를 받지 않습니다. $share 없이 필터를 스캔하세요.</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="211"/>
        <source>%1 Nothing was cleared.</source>
        <translation>%1 아무것도 지우지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="267"/>
        <source>Could not subscribe to &apos;%1&apos;.</source>
        <translation>&apos;%1&apos;을(를) 구독할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="281"/>
        <source>The broker closed the connection.</source>
        <translation>브로커가 연결을 닫았습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="302"/>
        <source>The broker refused the subscription to &apos;%1&apos; (reason 0x%2).</source>
        <translation>브로커가 &apos;%1&apos; 구독을 거부했습니다(이유 0x%2).</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="305"/>
        <source>The broker refused the subscription to &apos;%1&apos;: %2.</source>
        <translation>브로커가 &apos;%1&apos; 구독을 거부했습니다: %2.</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="467"/>
        <source>No restore file was chosen.</source>
        <translation>복원 파일을 선택하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="471"/>
        <source>Could not write the restore file %1: the folder %2 cannot be created.</source>
        <translation>복원 파일 %1을(를) 쓸 수 없습니다: 폴더 %2을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="474"/>
        <location filename="../core/client/retainedscan.cpp" line="477"/>
        <source>Could not write the restore file %1: %2.</source>
        <translation>복원 파일 %1을(를) 쓸 수 없습니다: %2.</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="490"/>
        <source>Could not read the restore file %1: %2.</source>
        <translation>복원 파일 %1을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="496"/>
        <source>The restore file %1 is not valid JSON: %2 at offset %3.</source>
        <translation>복원 파일 %1이(가) 올바른 JSON이 아닙니다: 오프셋 %3에서 %2.</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="503"/>
        <source>The file %1 is not a Signalbox retained-message restore file.</source>
        <translation>파일 %1은(는) Signalbox 보존 메시지 복원 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="508"/>
        <source>The restore file %1 has version %2; this Signalbox reads version %3.</source>
        <translation>복원 파일 %1의 버전은 %2인데 이 Signalbox는 버전 %3을(를) 읽습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="516"/>
        <source>The restore file %1 has no list of messages.</source>
        <translation>복원 파일 %1에 메시지 목록이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="524"/>
        <source>Message %1 of the restore file %2 is invalid: %3</source>
        <translation>복원 파일 %2의 메시지 %1이(가) 올바르지 않습니다: %3</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="528"/>
        <source>it is not an object.</source>
        <translation>객체가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="538"/>
        <source>it has no payload.</source>
        <translation>페이로드가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="542"/>
        <source>its payload is not Base64.</source>
        <translation>페이로드가 Base64가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="546"/>
        <source>its QoS is not 0, 1 or 2.</source>
        <translation>QoS가 0, 1, 2 중 하나가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="551"/>
        <source>its properties are not an object.</source>
        <translation>속성이 객체가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="558"/>
        <source>the property %1 does not belong to a retained message.</source>
        <translation>속성 %1은(는) 보존 메시지에 쓸 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Signalbox::ScramAuthenticator</name>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="149"/>
        <source>it holds the character U+%1, which SASLprep does not allow</source>
        <translation>SASLprep에서 허용하지 않는 문자 U+%1이(가) 들어 있습니다</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="163"/>
        <source>it mixes right-to-left and left-to-right text in a way SASLprep does not allow</source>
        <translation>오른쪽에서 왼쪽으로 쓰는 텍스트와 왼쪽에서 오른쪽으로 쓰는 텍스트가 SASLprep에서 허용하지 않는 방식으로 섞여 있습니다</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="202"/>
        <source>the password is wrong (%1)</source>
        <translation>비밀번호가 틀렸습니다(%1)</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="204"/>
        <source>the user is unknown (%1)</source>
        <translation>알 수 없는 사용자입니다(%1)</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="211"/>
        <source>%1 authentication needs a user name.</source>
        <translation>%1 인증에는 사용자 이름이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="213"/>
        <source>%1 authentication needs the password of the user &apos;%2&apos;.</source>
        <translation>%1 인증에는 사용자 &apos;%2&apos;의 비밀번호가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="217"/>
        <source>The user name &apos;%1&apos; cannot be used with %2: %3.</source>
        <translation>사용자 이름 &apos;%1&apos;은(는) %2에 사용할 수 없습니다: %3.</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="218"/>
        <location filename="../core/client/scramauthenticator.cpp" line="222"/>
        <source>nothing is left of it after SASLprep</source>
        <translation>SASLprep을 거치면 남는 문자가 없습니다</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="221"/>
        <source>The password cannot be used with %1: %2.</source>
        <translation>비밀번호를 %1에 사용할 수 없습니다: %2.</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="238"/>
        <source>The broker sent a second %1 challenge.</source>
        <translation>브로커가 두 번째 %1 챌린지를 보냈습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="240"/>
        <source>The broker&apos;s %1 challenge is not valid: %2.</source>
        <translation>브로커의 %1 챌린지가 올바르지 않습니다: %2.</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="244"/>
        <source>it is not a SCRAM server-first-message</source>
        <translation>SCRAM server-first-message가 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="247"/>
        <location filename="../core/client/scramauthenticator.cpp" line="301"/>
        <source>The broker ended %1 authentication: %2.</source>
        <translation>브로커가 %1 인증을 종료했습니다: %2.</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="249"/>
        <source>The broker&apos;s %1 challenge asks for an extension that Signalbox does not know.</source>
        <translation>브로커의 %1 챌린지가 Signalbox에서 알지 못하는 확장을 요구합니다.</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="252"/>
        <source>it has no nonce</source>
        <translation>논스가 없습니다</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="254"/>
        <source>its nonce does not start with the one Signalbox sent</source>
        <translation>논스가 Signalbox가 보낸 논스로 시작하지 않습니다</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="257"/>
        <source>it has no salt in Base64</source>
        <translation>Base64로 된 솔트가 없습니다</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="261"/>
        <source>it has no iteration count</source>
        <translation>반복 횟수가 없습니다</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="263"/>
        <source>The broker&apos;s %1 challenge asks for %2 iterations; Signalbox does at most %3.</source>
        <translation>브로커의 %1 챌린지가 반복 %2회를 요구하지만 Signalbox는 최대 %3회까지만 수행합니다.</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="290"/>
        <source>The broker accepted the connection before %1 authentication was done, so it never proved that it knows the password.</source>
        <translation>브로커가 %1 인증이 끝나기 전에 연결을 수락했으므로, 비밀번호를 알고 있다는 것을 증명하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="294"/>
        <source>The broker accepted the connection without the %1 server signature, so it never proved that it knows the password.</source>
        <translation>브로커가 %1 서버 서명 없이 연결을 수락했으므로, 비밀번호를 알고 있다는 것을 증명하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="306"/>
        <source>The broker&apos;s final %1 message is not valid: it has no server signature.</source>
        <translation>브로커의 마지막 %1 메시지가 올바르지 않습니다: 서버 서명이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="308"/>
        <source>The broker&apos;s %1 server signature is wrong: the broker does not know the password, or something between us changed the exchange.</source>
        <translation>브로커의 %1 서버 서명이 틀렸습니다: 브로커가 비밀번호를 모르거나, 중간에서 무언가가 교환 내용을 변조했습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="320"/>
        <source>%1 says: %2.</source>
        <translation>%1 응답: %2.</translation>
    </message>
</context>
<context>
    <name>Signalbox::ScriptEngine</name>
    <message>
        <location filename="../core/decoders/scriptengine.cpp" line="140"/>
        <source>%1 (line %2)</source>
        <translation>%1(%2행)</translation>
    </message>
    <message>
        <location filename="../core/decoders/scriptengine.cpp" line="316"/>
        <source>The script ran longer than %1 ms and was stopped.</source>
        <translation>스크립트가 %1 ms보다 오래 실행되어 중지되었습니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/scriptengine.cpp" line="318"/>
        <source>The script used more than %1 MB and was stopped.</source>
        <translation>스크립트가 %1 MB보다 많은 메모리를 사용해 중지되었습니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/scriptengine.cpp" line="323"/>
        <source>The script was stopped.</source>
        <translation>스크립트가 중지되었습니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/scriptengine.cpp" line="408"/>
        <location filename="../core/decoders/scriptengine.cpp" line="492"/>
        <source>The script threw: %1</source>
        <translation>스크립트에서 예외가 발생했습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/decoders/scriptengine.cpp" line="415"/>
        <source>The script defines neither receive(payload, topic) nor publish(payload, topic).</source>
        <translation>스크립트에 receive(payload, topic)와 publish(payload, topic)가 둘 다 정의되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/scriptengine.cpp" line="442"/>
        <source>No script is loaded.</source>
        <translation>불러온 스크립트가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/scriptengine.cpp" line="444"/>
        <source>The script defines no receive(payload, topic) function.</source>
        <translation>스크립트에 receive(payload, topic) 함수가 정의되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/scriptengine.cpp" line="446"/>
        <source>The script defines no publish(payload, topic) function.</source>
        <translation>스크립트에 publish(payload, topic) 함수가 정의되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/scriptengine.cpp" line="497"/>
        <source>The script returned a %1, which has no JSON form.</source>
        <translation>스크립트가 JSON으로 나타낼 수 없는 %1을(를) 반환했습니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/scriptengine.cpp" line="500"/>
        <source>The script&apos;s result cannot be written as JSON: %1</source>
        <translation>스크립트 결과를 JSON으로 쓸 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>Signalbox::ScriptTransforms</name>
    <message>
        <location filename="../core/session/scripttransforms.cpp" line="19"/>
        <source>The scripts were changed before this message was sent.</source>
        <translation>이 메시지를 보내기 전에 스크립트가 바뀌었습니다.</translation>
    </message>
</context>
<context>
    <name>Signalbox::SecretStore</name>
    <message>
        <location filename="../core/profiles/secretstore.cpp" line="20"/>
        <source>No system keychain is reachable (no D-Bus session), so passwords are kept in memory for this session only and must be typed again after a restart.</source>
        <translation>시스템 키체인에 접근할 수 없어(D-Bus 세션 없음) 비밀번호를 이번 세션 동안만 메모리에 보관합니다. 다시 시작하면 다시 입력해야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/profiles/secretstore.cpp" line="40"/>
        <source>Passwords are kept in memory for this session only and must be typed again after a restart.</source>
        <translation>비밀번호를 이번 세션 동안만 메모리에 보관합니다. 다시 시작하면 다시 입력해야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/profiles/secretstore.cpp" line="87"/>
        <source>The system keychain is not available (%1), so passwords are kept in memory for this session only and must be typed again after a restart.</source>
        <translation>시스템 키체인을 사용할 수 없어(%1) 비밀번호를 이번 세션 동안만 메모리에 보관합니다. 다시 시작하면 다시 입력해야 합니다.</translation>
    </message>
</context>
<context>
    <name>Signalbox::SessionStore</name>
    <message>
        <location filename="../core/client/sessionstore.cpp" line="124"/>
        <source>Cannot open the session file %1: %2</source>
        <translation>세션 파일 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/client/sessionstore.cpp" line="128"/>
        <source>Qt&apos;s SQLite driver is not installed</source>
        <translation>Qt의 SQLite 드라이버가 설치되어 있지 않습니다</translation>
    </message>
</context>
<context>
    <name>Signalbox::Sparkplug</name>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="150"/>
        <location filename="../core/decoders/sparkplug.cpp" line="157"/>
        <source>The value %1 is out of range for %2.</source>
        <translation>값 %1은(는) %2의 범위를 벗어납니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="179"/>
        <source>%1 bytes are not a whole number of %2-byte values of a %3.</source>
        <translation>%1바이트는 %3의 %2바이트 값 단위로 나누어떨어지지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="224"/>
        <source>A BooleanArray of %1 bytes lacks its 4-byte count.</source>
        <translation>%1바이트 BooleanArray에 4바이트 개수 필드가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="229"/>
        <source>A BooleanArray says it holds %1 values, but its %2 bytes hold at most %3.</source>
        <translation>BooleanArray에 값이 %1개 있다고 되어 있지만 %2바이트에는 최대 %3개만 들어갑니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="249"/>
        <source>The last string of a StringArray is not terminated by a zero byte.</source>
        <translation>StringArray의 마지막 문자열이 0 바이트로 끝나지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="525"/>
        <source>The datatype is %1 but the value was sent in %2.</source>
        <translation>데이터 유형은 %1인데 값이 %2(으)로 전송되었습니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="591"/>
        <source>Not a Sparkplug B payload: the field key at byte %1 is cut short or too long.</source>
        <translation>Sparkplug B 페이로드가 아닙니다: 바이트 %1의 필드 키가 잘렸거나 너무 깁니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="595"/>
        <source>Not a Sparkplug B payload: byte %1 starts a field numbered 0, which protobuf does not allow.</source>
        <translation>Sparkplug B 페이로드가 아닙니다: 바이트 %1에서 protobuf가 허용하지 않는 0번 필드가 시작됩니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="602"/>
        <source>Not a Sparkplug B payload: the number in field %1 at byte %2 is cut short.</source>
        <translation>Sparkplug B 페이로드가 아닙니다: 바이트 %2에 있는 필드 %1의 숫자가 잘렸습니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="611"/>
        <source>Not a Sparkplug B payload: field %1 at byte %2 needs %3 bytes, but only %4 follow.</source>
        <translation>Sparkplug B 페이로드가 아닙니다: 바이트 %2에 있는 필드 %1에는 %3바이트가 필요하지만 뒤에 %4바이트만 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="623"/>
        <source>Not a Sparkplug B payload: the length of field %1 at byte %2 is cut short.</source>
        <translation>Sparkplug B 페이로드가 아닙니다: 바이트 %2에 있는 필드 %1의 길이가 잘렸습니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="627"/>
        <source>Not a Sparkplug B payload: field %1 at byte %2 says it is %3 bytes long, but only %4 bytes follow.</source>
        <translation>Sparkplug B 페이로드가 아닙니다: 바이트 %2에 있는 필드 %1의 길이가 %3바이트라고 되어 있지만 뒤에 %4바이트만 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="636"/>
        <source>Not a Sparkplug B payload: metric %1 (at byte %2) is not a valid metric: a field inside it is cut short or malformed, or it nests deeper than protobuf&apos;s 100 levels.</source>
        <translation>Sparkplug B 페이로드가 아닙니다: 메트릭 %1(바이트 %2)이(가) 올바른 메트릭이 아닙니다. 내부 필드가 잘렸거나 형식이 잘못되었거나, protobuf의 한도인 100단계보다 깊게 중첩되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="647"/>
        <source>Not a Sparkplug B payload: byte %1 starts field %2 with wire type %3, which Sparkplug B does not use.</source>
        <translation>Sparkplug B 페이로드가 아닙니다: 바이트 %1에서 Sparkplug B가 쓰지 않는 와이어 유형 %3의 필드 %2이(가) 시작됩니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="654"/>
        <source>Not a Sparkplug B payload: protobuf could not read it.</source>
        <translation>Sparkplug B 페이로드가 아닙니다: protobuf가 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="921"/>
        <location filename="../core/decoders/sparkplug.cpp" line="1265"/>
        <location filename="../core/decoders/sparkplug.cpp" line="1322"/>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="923"/>
        <location filename="../core/decoders/sparkplug.cpp" line="1229"/>
        <location filename="../core/decoders/sparkplug.cpp" line="1375"/>
        <source>an array</source>
        <translation>배열</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="929"/>
        <location filename="../core/decoders/sparkplug.cpp" line="965"/>
        <location filename="../core/decoders/sparkplug.cpp" line="1150"/>
        <location filename="../core/decoders/sparkplug.cpp" line="1178"/>
        <location filename="../core/decoders/sparkplug.cpp" line="1213"/>
        <location filename="../core/decoders/sparkplug.cpp" line="1218"/>
        <location filename="../core/decoders/sparkplug.cpp" line="1240"/>
        <location filename="../core/decoders/sparkplug.cpp" line="1342"/>
        <location filename="../core/decoders/sparkplug.cpp" line="1439"/>
        <location filename="../core/decoders/sparkplug.cpp" line="1480"/>
        <location filename="../core/decoders/sparkplug.cpp" line="1559"/>
        <source>a string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="931"/>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="934"/>
        <location filename="../core/decoders/sparkplug.cpp" line="1080"/>
        <source>true or false</source>
        <translation>true 또는 false</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="938"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="949"/>
        <source>a Sparkplug B payload is a JSON object, not %1</source>
        <translation>Sparkplug B 페이로드는 %1이(가) 아니라 JSON 객체여야 합니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="982"/>
        <source>Cannot encode Sparkplug B: %1.</source>
        <translation>Sparkplug B로 인코딩할 수 없습니다: %1.</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="983"/>
        <source>Cannot encode Sparkplug B: %1: %2.</source>
        <translation>Sparkplug B로 인코딩할 수 없습니다: %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="988"/>
        <source>expected %1, found %2</source>
        <translation>%1이(가) 필요한데 %2이(가) 있습니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1002"/>
        <source>unknown key &quot;%1&quot; (known: %2)</source>
        <translation>알 수 없는 키 &quot;%1&quot;(알려진 키: %2)</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1013"/>
        <source>nested deeper than the %1 levels of messages protobuf reads</source>
        <translation>protobuf가 읽는 메시지 중첩 한도인 %1단계보다 깊게 중첩되어 있습니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1026"/>
        <source>an integer</source>
        <translation>정수</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1035"/>
        <location filename="../core/decoders/sparkplug.cpp" line="1042"/>
        <source>%1 is not an integer from %2 (%3)</source>
        <translation>%1은(는) %2 범위의 정수가 아닙니다(%3)</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1059"/>
        <source>%1 is not a number</source>
        <translation>%1은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1074"/>
        <source>a number (or &quot;NaN&quot;, &quot;Infinity&quot;, &quot;-Infinity&quot;)</source>
        <translation>숫자(또는 &quot;NaN&quot;, &quot;Infinity&quot;, &quot;-Infinity&quot;)</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1088"/>
        <source>a Base64 string</source>
        <translation>Base64 문자열</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1091"/>
        <source>the text is not Base64</source>
        <translation>텍스트가 Base64가 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1102"/>
        <source>%1 is not a datatype number</source>
        <translation>%1은(는) 데이터 유형 번호가 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1114"/>
        <source>&quot;%1&quot; is not a Sparkplug B datatype (Int8 … DateTimeArray)</source>
        <translation>&quot;%1&quot;은(는) Sparkplug B 데이터 유형(Int8 … DateTimeArray)이 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1116"/>
        <source>a datatype name or number</source>
        <translation>데이터 유형 이름 또는 번호</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1153"/>
        <source>a value of type %1 cannot be sent here</source>
        <translation>여기서는 %1 유형의 값을 보낼 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1161"/>
        <source>an object with columns, types and rows</source>
        <translation>columns, types, rows가 있는 객체</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1167"/>
        <source>a DataSet needs &quot;columns&quot;, an array of names</source>
        <translation>DataSet에는 이름 배열인 &quot;columns&quot;가 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1169"/>
        <source>a DataSet needs &quot;types&quot;, an array of datatypes</source>
        <translation>DataSet에는 데이터 유형 배열인 &quot;types&quot;가 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1171"/>
        <source>a DataSet has %1 columns but %2 types</source>
        <translation>DataSet의 열은 %1개인데 유형은 %2개입니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1187"/>
        <source>an array of rows</source>
        <translation>행 배열</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1194"/>
        <source>a row is an array of %1 values, one per column</source>
        <translation>행은 열마다 하나씩, 값 %1개로 된 배열이어야 합니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1208"/>
        <source>an object with metrics</source>
        <translation>메트릭이 있는 객체</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1234"/>
        <source>an object with name, type and value</source>
        <translation>name, type, value가 있는 객체</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1245"/>
        <source>a parameter needs a &quot;type&quot;</source>
        <translation>매개변수에는 &quot;type&quot;이 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1443"/>
        <source>a string of a StringArray cannot hold a zero character</source>
        <translation>StringArray의 문자열에는 0 문자를 넣을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1460"/>
        <source>an array of metrics</source>
        <translation>메트릭 배열</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1470"/>
        <source>a metric object</source>
        <translation>메트릭 객체</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1577"/>
        <source>a metric cannot carry a value of datatype %1</source>
        <translation>메트릭은 데이터 유형 %1의 값을 담을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1605"/>
        <source>give the metric a &quot;datatype&quot; to send %1</source>
        <translation>%1을(를) 보내려면 메트릭에 &quot;datatype&quot;을 지정하세요</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1702"/>
        <source>Not a Sparkplug B payload: it is empty.</source>
        <translation>Sparkplug B 페이로드가 아닙니다: 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1705"/>
        <source>Not a Sparkplug B payload: %1 bytes are more than protobuf reads.</source>
        <translation>Sparkplug B 페이로드가 아닙니다: %1바이트는 protobuf가 읽을 수 있는 크기를 넘습니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1710"/>
        <source>Not a Sparkplug B payload: it is JSON text, not protobuf.</source>
        <translation>Sparkplug B 페이로드가 아닙니다: protobuf가 아니라 JSON 텍스트입니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1716"/>
        <source>Not a Sparkplug B payload: it holds none of a Sparkplug B payload&apos;s fields (timestamp, metrics, seq, uuid, body).</source>
        <translation>Sparkplug B 페이로드가 아닙니다: Sparkplug B 페이로드의 필드(timestamp, metrics, seq, uuid, body)가 하나도 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1792"/>
        <source>Cannot encode Sparkplug B: %1</source>
        <translation>Sparkplug B로 인코딩할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1805"/>
        <source>Cannot encode Sparkplug B: protobuf could not write the payload.</source>
        <translation>Sparkplug B로 인코딩할 수 없습니다: protobuf가 페이로드를 쓰지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>Signalbox::SparkplugHostModel</name>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="199"/>
        <source>The STATE payload is neither Sparkplug 3.0 JSON ({&quot;online&quot;: …, &quot;timestamp&quot;: …}) nor ONLINE or OFFLINE.</source>
        <translation>STATE 페이로드가 Sparkplug 3.0 JSON({&quot;online&quot;: …, &quot;timestamp&quot;: …})도 아니고 ONLINE이나 OFFLINE도 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="245"/>
        <source>%1 is not a Sparkplug B payload: %2</source>
        <translation>%1은(는) Sparkplug B 페이로드가 아닙니다: %2</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="246"/>
        <source>it could not be decoded.</source>
        <translation>디코딩할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="269"/>
        <source>NBIRTH has no bdSeq metric: its NDEATH cannot be told from an older one.</source>
        <translation>NBIRTH에 bdSeq 메트릭이 없습니다. 해당 NDEATH를 이전 세션의 NDEATH와 구별할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="271"/>
        <source>NBIRTH has no sequence number.</source>
        <translation>NBIRTH에 시퀀스 번호가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="283"/>
        <source>Stale NDEATH ignored: its bdSeq is %1, the current NBIRTH&apos;s is %2.</source>
        <translation>오래된 NDEATH를 무시했습니다: bdSeq는 %1이고 현재 NBIRTH의 bdSeq는 %2입니다.</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="288"/>
        <source>NDEATH has no bdSeq metric: it may belong to an older session.</source>
        <translation>NDEATH에 bdSeq 메트릭이 없습니다. 이전 세션의 NDEATH일 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="315"/>
        <source>DDATA from a device without a birth certificate (no DBIRTH since it connected or died).</source>
        <translation>출생 인증서가 없는 디바이스에서 온 DDATA입니다(연결되거나 종료된 뒤 DBIRTH를 받지 않음).</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="337"/>
        <source>%1 from an edge node without a birth certificate (no NBIRTH since it connected or died).</source>
        <translation>출생 인증서가 없는 에지 노드에서 온 %1입니다(연결되거나 종료된 뒤 NBIRTH를 받지 않음).</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="343"/>
        <source>%1 has no sequence number.</source>
        <translation>%1에 시퀀스 번호가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="350"/>
        <source>Sequence gap: expected %1, received %2 (%3).</source>
        <translation>시퀀스 누락: %1을(를) 기대했지만 %2을(를) 받았습니다(%3).</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="378"/>
        <source>A metric has neither a name nor an alias.</source>
        <translation>메트릭에 이름도 별칭도 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="428"/>
        <source>Alias %1 is in no birth certificate of this edge node.</source>
        <translation>별칭 %1이(가) 이 에지 노드의 어떤 출생 인증서에도 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="700"/>
        <source>alias %1</source>
        <translation>별칭 %1</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="707"/>
        <source>Primary hosts</source>
        <translation>기본 호스트</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="709"/>
        <source>alias %1 (unknown)</source>
        <translation>별칭 %1(알 수 없음)</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="723"/>
        <source>bad</source>
        <translation>나쁨</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="725"/>
        <source>good</source>
        <translation>좋음</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="727"/>
        <source>stale</source>
        <translation>오래됨</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="738"/>
        <source>%1 of %2 online</source>
        <translation>%2개 중 %1개 온라인</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="745"/>
        <source>online</source>
        <translation>온라인</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="747"/>
        <source>offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="749"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="749"/>
        <source>no birth seen</source>
        <translation>출생 인증서 없음</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="768"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="770"/>
        <source>Datatype</source>
        <translation>데이터 유형</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="772"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="774"/>
        <source>Timestamp</source>
        <translation>타임스탬프</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="776"/>
        <source>Quality</source>
        <translation>품질</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="778"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="780"/>
        <source>Issue</source>
        <translation>문제</translation>
    </message>
</context>
<context>
    <name>Signalbox::Topic</name>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="61"/>
        <source>A topic filter may not be empty; use &apos;#&apos; to subscribe to every topic.</source>
        <translation>토픽 필터는 비어 있을 수 없습니다. 모든 토픽을 구독하려면 &apos;#&apos;을 사용하세요.</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="62"/>
        <source>A topic name may not be empty.</source>
        <translation>토픽 이름은 비어 있을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="66"/>
        <source>Topic filters may not contain the null character (U+0000).</source>
        <translation>토픽 필터에는 널 문자(U+0000)를 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="67"/>
        <source>Topic names may not contain the null character (U+0000).</source>
        <translation>토픽 이름에는 널 문자(U+0000)를 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="71"/>
        <source>Topic filters may not contain an unpaired UTF-16 surrogate; it cannot be encoded as UTF-8.</source>
        <translation>토픽 필터에 짝이 없는 UTF-16 서로게이트가 있어 UTF-8로 인코딩할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="73"/>
        <source>Topic names may not contain an unpaired UTF-16 surrogate; it cannot be encoded as UTF-8.</source>
        <translation>토픽 이름에 짝이 없는 UTF-16 서로게이트가 있어 UTF-8로 인코딩할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="78"/>
        <source>A topic filter may be at most 65535 bytes of UTF-8; this one has %1.</source>
        <translation>토픽 필터는 UTF-8로 최대 65535바이트까지 가능한데 이 필터는 %1바이트입니다.</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="79"/>
        <source>A topic name may be at most 65535 bytes of UTF-8; this one has %1.</source>
        <translation>토픽 이름은 UTF-8로 최대 65535바이트까지 가능한데 이 이름은 %1바이트입니다.</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="98"/>
        <source>The &apos;#&apos; wildcard must be the last level of a filter, as in &apos;sensors/#&apos;.</source>
        <translation>&apos;#&apos; 와일드카드는 &apos;sensors/#&apos;처럼 필터의 마지막 단계여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="100"/>
        <source>The &apos;#&apos; wildcard must occupy a whole level, as in &apos;sensors/#&apos;, not &apos;sensors#&apos;.</source>
        <translation>&apos;#&apos; 와일드카드는 &apos;sensors#&apos;이 아니라 &apos;sensors/#&apos;처럼 한 단계 전체를 차지해야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="103"/>
        <source>The &apos;+&apos; wildcard must occupy a whole level, as in &apos;sensors/+/temperature&apos;, not &apos;sensors+&apos;.</source>
        <translation>&apos;+&apos; 와일드카드는 &apos;sensors+&apos;가 아니라 &apos;sensors/+/temperature&apos;처럼 한 단계 전체를 차지해야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="217"/>
        <source>a space</source>
        <translation>공백</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="219"/>
        <source>a tab (%1)</source>
        <translation>탭(%1)</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="224"/>
        <source>a line break (%1)</source>
        <translation>줄바꿈 문자(%1)</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="226"/>
        <source>a non-breaking space (%1)</source>
        <translation>줄바꿈하지 않는 공백(%1)</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="228"/>
        <source>a soft hyphen (%1)</source>
        <translation>소프트 하이픈(%1)</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="230"/>
        <source>a zero-width space (%1)</source>
        <translation>폭 없는 공백(%1)</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="232"/>
        <source>a zero-width non-joiner (%1)</source>
        <translation>폭 없는 비결합자(%1)</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="234"/>
        <source>a zero-width joiner (%1)</source>
        <translation>폭 없는 결합자(%1)</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="236"/>
        <source>a word joiner (%1)</source>
        <translation>단어 결합자(%1)</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="238"/>
        <source>a byte order mark (%1)</source>
        <translation>바이트 순서 표시(%1)</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="244"/>
        <source>a control character (%1)</source>
        <translation>제어 문자(%1)</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="246"/>
        <source>a space character (%1)</source>
        <translation>공백 문자(%1)</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="248"/>
        <source>an invisible formatting character (%1)</source>
        <translation>보이지 않는 서식 문자(%1)</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="276"/>
        <source>The filter starts with %1.</source>
        <translation>필터의 첫 문자가 %1입니다.</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="277"/>
        <source>The topic starts with %1.</source>
        <translation>토픽의 첫 문자가 %1입니다.</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="281"/>
        <source>The filter ends with %1.</source>
        <translation>필터의 마지막 문자가 %1입니다.</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="282"/>
        <source>The topic ends with %1.</source>
        <translation>토픽의 마지막 문자가 %1입니다.</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="287"/>
        <source>The filter contains %1 at character %2.</source>
        <translation>필터의 %2번째 문자가 %1입니다.</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="288"/>
        <source>The topic contains %1 at character %2.</source>
        <translation>토픽의 %2번째 문자가 %1입니다.</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="325"/>
        <source>A shared subscription needs a group name, as in &apos;$share/group/sensors/#&apos;.</source>
        <translation>공유 구독에는 &apos;$share/group/sensors/#&apos;처럼 그룹 이름이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="327"/>
        <source>The group name of a shared subscription may not contain &apos;+&apos; or &apos;#&apos;.</source>
        <translation>공유 구독의 그룹 이름에는 &apos;+&apos;나 &apos;#&apos;을 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="329"/>
        <source>A shared subscription needs a topic filter after the group name, as in &apos;$share/group/sensors/#&apos;.</source>
        <translation>공유 구독에는 &apos;$share/group/sensors/#&apos;처럼 그룹 이름 뒤에 토픽 필터가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="302"/>
        <source>Topic names may not contain the wildcards &apos;+&apos; or &apos;#&apos;; those belong in subscription filters.</source>
        <translation>토픽 이름에는 와일드카드 &apos;+&apos;나 &apos;#&apos;을 쓸 수 없습니다. 와일드카드는 구독 필터에만 씁니다.</translation>
    </message>
</context>
<context>
    <name>Signalbox::TopicChartData</name>
    <message>
        <location filename="../core/models/topicchartdata.cpp" line="71"/>
        <source>This topic filter and JSON path are already plotted.</source>
        <translation>이 토픽 필터와 JSON 경로는 이미 차트에 있습니다.</translation>
    </message>
</context>
<context>
    <name>Signalbox::TopicTreeModel</name>
    <message>
        <location filename="../core/models/topictreemodel.cpp" line="416"/>
        <source>(empty)</source>
        <translation>(비어 있음)</translation>
    </message>
    <message>
        <location filename="../core/models/topictreemodel.cpp" line="424"/>
        <source>(retained) %1</source>
        <translation>(보존) %1</translation>
    </message>
    <message>
        <location filename="../core/models/topictreemodel.cpp" line="487"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../core/models/topictreemodel.cpp" line="489"/>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location filename="../core/models/topictreemodel.cpp" line="491"/>
        <source>Rate (/s)</source>
        <translation>전송률(/s)</translation>
    </message>
    <message>
        <location filename="../core/models/topictreemodel.cpp" line="493"/>
        <source>Last payload</source>
        <translation>마지막 페이로드</translation>
    </message>
    <message>
        <location filename="../core/models/topictreemodel.cpp" line="495"/>
        <source>Last time</source>
        <translation>마지막 시각</translation>
    </message>
</context>
<context>
    <name>Signalbox::TrafficProfileModel</name>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="172"/>
        <source>0 B</source>
        <translation>0 B</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="172"/>
        <source>1–16 B</source>
        <translation>1–16 B</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="172"/>
        <source>17–64 B</source>
        <translation>17–64 B</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="172"/>
        <source>65–256 B</source>
        <translation>65–256 B</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="172"/>
        <source>257 B–1 KiB</source>
        <translation>257 B–1 KiB</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="173"/>
        <source>1–4 KiB</source>
        <translation>1–4 KiB</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="173"/>
        <source>4–16 KiB</source>
        <translation>4–16 KiB</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="173"/>
        <source>16–64 KiB</source>
        <translation>16–64 KiB</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="173"/>
        <source>64–256 KiB</source>
        <translation>64–256 KiB</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="173"/>
        <source>&gt; 256 KiB</source>
        <translation>&gt; 256 KiB</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="217"/>
        <location filename="../core/models/trafficprofilemodel.cpp" line="225"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="219"/>
        <source>%1 k/s</source>
        <translation>%1 k/s</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="220"/>
        <source>%1 M/s</source>
        <translation>%1 M/s</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="259"/>
        <source>(other)</source>
        <translation>(기타)</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="265"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/trafficprofilemodel.cpp" line="275"/>
        <source>%n more subtree(s)</source>
        <translation>
            <numerusform>하위 트리 %n개 더</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/trafficprofilemodel.cpp" line="277"/>
        <source>%1 messages/s: %2 messages in the last %n second(s)</source>
        <translation>
            <numerusform>초당 메시지 %1개: 최근 %n초 동안 메시지 %2개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/trafficprofilemodel.cpp" line="280"/>
        <source>%1 bytes/s: %2 bytes in the last %n second(s)</source>
        <translation>
            <numerusform>초당 %1바이트: 최근 %n초 동안 %2바이트</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="284"/>
        <source>%1 % of %2 messages/s</source>
        <translation>초당 메시지 %2개 중 %1 %</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="287"/>
        <source>%1 % of %2 bytes/s</source>
        <translation>초당 %2바이트 중 %1 %</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="291"/>
        <source>%1 messages</source>
        <translation>메시지 %1개</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="293"/>
        <location filename="../core/models/trafficprofilemodel.cpp" line="295"/>
        <source>%1 bytes</source>
        <translation>%1바이트</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="326"/>
        <source>Subtree</source>
        <translation>하위 트리</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="328"/>
        <source>Msg/s</source>
        <translation>메시지/s</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="330"/>
        <source>Bytes/s</source>
        <translation>바이트/s</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="332"/>
        <source>Share of msg/s</source>
        <translation>메시지/s 비율</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="332"/>
        <source>Share of bytes/s</source>
        <translation>바이트/s 비율</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="355"/>
        <source>Share of all messages per second (it follows the ranking: rank by bytes/s for a share of bytes)</source>
        <translation>전체 초당 메시지 수에서 차지하는 비율입니다. 정렬 기준을 따르며, 바이트/s로 정렬하면 바이트 비율이 됩니다</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="357"/>
        <source>Share of all payload bytes per second (it follows the ranking: rank by messages/s for a share of messages)</source>
        <translation>전체 초당 페이로드 바이트에서 차지하는 비율입니다. 정렬 기준을 따르며, 메시지/s로 정렬하면 메시지 비율이 됩니다</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="334"/>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="336"/>
        <source>Bytes</source>
        <translation>바이트</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="338"/>
        <source>Min payload</source>
        <translation>최소 페이로드</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="340"/>
        <source>Avg payload</source>
        <translation>평균 페이로드</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="342"/>
        <source>Max payload</source>
        <translation>최대 페이로드</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="348"/>
        <source>The topic&apos;s first levels; &quot;(other)&quot; sums the subtrees below the top ones</source>
        <translation>토픽의 앞쪽 단계입니다. &quot;(기타)&quot;는 상위 항목 아래의 나머지 하위 트리를 합한 값입니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/trafficprofilemodel.cpp" line="350"/>
        <source>Messages per second, averaged over the last %n second(s)</source>
        <translation>
            <numerusform>최근 %n초 동안의 평균 초당 메시지 수</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/trafficprofilemodel.cpp" line="352"/>
        <source>Payload bytes per second, averaged over the last %n second(s)</source>
        <translation>
            <numerusform>최근 %n초 동안의 평균 초당 페이로드 바이트</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="360"/>
        <source>Messages since the profile was cleared</source>
        <translation>프로필을 지운 뒤의 메시지 수</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="362"/>
        <source>Payload bytes since the profile was cleared</source>
        <translation>프로필을 지운 뒤의 페이로드 바이트</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="364"/>
        <source>Smallest payload since the profile was cleared</source>
        <translation>프로필을 지운 뒤 가장 작은 페이로드</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="366"/>
        <source>Average payload since the profile was cleared</source>
        <translation>프로필을 지운 뒤의 평균 페이로드</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="368"/>
        <source>Largest payload since the profile was cleared</source>
        <translation>프로필을 지운 뒤 가장 큰 페이로드</translation>
    </message>
</context>
<context>
    <name>Signalbox::Transport</name>
    <message>
        <location filename="../core/client/transport.cpp" line="45"/>
        <source>Cannot read the CA file %1: %2.</source>
        <translation>CA 파일 %1을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="50"/>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>CA 파일 %1에 PEM 인증서가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="61"/>
        <source>The CA directory %1 holds no PEM certificate.</source>
        <translation>CA 디렉터리 %1에 PEM 인증서가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="70"/>
        <source>A client certificate needs both a certificate file and a key file.</source>
        <translation>클라이언트 인증서에는 인증서 파일과 키 파일이 모두 필요합니다.</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="75"/>
        <source>Cannot read the client certificate %1: %2.</source>
        <translation>클라이언트 인증서 %1을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="81"/>
        <source>The client certificate file %1 holds no PEM certificate.</source>
        <translation>클라이언트 인증서 파일 %1에 PEM 인증서가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="86"/>
        <source>Cannot read the private key %1: %2.</source>
        <translation>개인 키 %1을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="99"/>
        <source>Cannot open the private key %1: the passphrase is wrong or missing.</source>
        <translation>개인 키 %1을(를) 열 수 없습니다: 암호가 틀렸거나 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="100"/>
        <source>The file %1 holds no PEM private key.</source>
        <translation>파일 %1에 PEM 개인 키가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="135"/>
        <source>The cipher &apos;%1&apos; is unknown to the TLS library.</source>
        <translation>TLS 라이브러리가 암호 스위트 &apos;%1&apos;을(를) 알지 못합니다.</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="171"/>
        <source>the broker refused the TLS version (%1)</source>
        <translation>브로커가 TLS 버전을 거부했습니다(%1)</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="172"/>
        <source>the broker refused the TLS version %1 that this connection is limited to (%2)</source>
        <translation>이 연결에서 사용하도록 제한된 TLS 버전 %1을(를) 브로커가 거부했습니다(%2)</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="176"/>
        <source>the broker did not accept the pre-shared key of identity &apos;%1&apos; (%2)</source>
        <translation>브로커가 ID &apos;%1&apos;의 사전 공유 키를 받아들이지 않았습니다(%2)</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="338"/>
        <location filename="../core/client/transport.cpp" line="626"/>
        <source>The connection to %1 closed during the handshake.</source>
        <translation>핸드셰이크 중에 %1 연결이 닫혔습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="357"/>
        <source>TLS to %1 failed: the connection closed during the handshake (does the broker know the PSK identity &apos;%2&apos; and this key?).</source>
        <translation>%1에 대한 TLS 실패: 핸드셰이크 중에 연결이 닫혔습니다(브로커가 PSK ID &apos;%2&apos;와(과) 이 키를 알고 있나요?).</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="364"/>
        <source>TLS to %1 failed: the connection closed during the handshake (is it a TLS port? does it require a client certificate?).</source>
        <translation>%1에 대한 TLS 실패: 핸드셰이크 중에 연결이 닫혔습니다(TLS 포트가 맞나요? 클라이언트 인증서가 필요한가요?).</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="370"/>
        <location filename="../core/client/transport.cpp" line="644"/>
        <source>%1 closed the connection before it was established.</source>
        <translation>%1이(가) 연결이 완료되기 전에 연결을 닫았습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="394"/>
        <location filename="../core/client/transport.cpp" line="658"/>
        <source>Connection to %1 failed: %2.</source>
        <translation>%1에 연결하지 못했습니다: %2.</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="429"/>
        <source>The broker at %1 sent a WebSocket text frame; MQTT travels only in binary frames.</source>
        <translation>%1의 브로커가 WebSocket 텍스트 프레임을 보냈습니다. MQTT는 바이너리 프레임으로만 전달됩니다.</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="505"/>
        <location filename="../core/client/transport.cpp" line="541"/>
        <source>WebSocket connection to %1 failed: %2.</source>
        <translation>%1에 WebSocket 연결을 하지 못했습니다: %2.</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="581"/>
        <source>Unix domain sockets (unix://) are not available on Windows.</source>
        <translation>Windows에서는 Unix 도메인 소켓(unix://)을 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="648"/>
        <source>There is no socket %1: is the broker running with a Unix socket listener there?</source>
        <translation>소켓 %1이(가) 없습니다: 브로커가 그 경로에서 Unix 소켓 리스너로 실행 중인가요?</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="373"/>
        <location filename="../core/client/transport.cpp" line="515"/>
        <source>Cannot find the host &apos;%1&apos;.</source>
        <translation>호스트 &apos;%1&apos;을(를) 찾을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="377"/>
        <location filename="../core/client/transport.cpp" line="519"/>
        <location filename="../core/client/transport.cpp" line="654"/>
        <source>Connection to %1 refused: no broker is listening there.</source>
        <translation>%1에 대한 연결이 거부되었습니다: 그곳에서 대기 중인 브로커가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="536"/>
        <source>The WebSocket connection to %1 broke: %2.</source>
        <translation>%1과(와)의 WebSocket 연결이 끊어졌습니다: %2.</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="384"/>
        <location filename="../core/client/transport.cpp" line="390"/>
        <location filename="../core/client/transport.cpp" line="540"/>
        <source>TLS to %1 failed: %2.</source>
        <translation>%1에 대한 TLS 실패: %2.</translation>
    </message>
</context>
</TS>
