<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>JsonSchemaText</name>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="941"/>
        <source>A pattern or format in the schema is not a string.</source>
        <translation>模式中的 pattern 或 format 不是字符串。</translation>
    </message>
</context>
<context>
    <name>Signalbox::AvroSchema</name>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="69"/>
        <source>The Avro schema does not parse.</source>
        <translation>无法解析该 Avro 模式。</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="70"/>
        <source>The Avro schema does not parse: %1.</source>
        <translation>无法解析该 Avro 模式：%1。</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="263"/>
        <location filename="../core/decoders/avroschema.cpp" line="688"/>
        <source>nests deeper than %1 levels</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="275"/>
        <source>is a boolean byte of %1, not 0 or 1</source>
        <translation>是值为 %1 的布尔字节，而不是 0 或 1</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="286"/>
        <source>has %1, too large for an int</source>
        <translation>值为 %1，超出 int 范围</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="314"/>
        <source>is a string that is not valid UTF-8</source>
        <translation>是无效的 UTF-8 字符串</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="321"/>
        <source>has a negative size in the schema</source>
        <translation>在模式中的大小为负数</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="323"/>
        <source>is cut short: %1 bytes needed, %2 left</source>
        <translation>被截断：需要 %1 字节，只剩 %2 字节</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="335"/>
        <source>has the symbol number %1, but %2 has %3 symbols</source>
        <translation>的符号编号为 %1，但 %2 只有 %3 个符号</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="381"/>
        <source>has a key that is not valid UTF-8</source>
        <translation>有一个键不是有效的 UTF-8</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="390"/>
        <source>has more than %1 items that take no bytes</source>
        <translation>有超过 %1 个不占字节的项</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="403"/>
        <source>has the union branch %1, but the union has %2</source>
        <translation>的联合分支为 %1，但该联合只有 %2 个分支</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="420"/>
        <location filename="../core/decoders/avroschema.cpp" line="832"/>
        <source>has a type that avro-c could not resolve</source>
        <translation>的类型无法被 avro-c 解析</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="433"/>
        <location filename="../core/decoders/avroschema.cpp" line="440"/>
        <source>has a number longer than 64 bits</source>
        <translation>有一个超过 64 位的数字</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="451"/>
        <source>has the negative length %1</source>
        <translation>的长度为负数 %1</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="453"/>
        <source>says it is %1 bytes long but only %2 are left</source>
        <translation>声明长度为 %1 字节，但只剩 %2 字节</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="467"/>
        <source>has an invalid block count</source>
        <translation>的块计数无效</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="473"/>
        <source>has a block of %1 bytes but only %2 are left</source>
        <translation>有一个 %1 字节的块，但只剩 %2 字节</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="478"/>
        <source>is cut short</source>
        <translation>被截断</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="483"/>
        <source>Field “%1”</source>
        <translation>字段“%1”</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="484"/>
        <source>%1 at byte %2 %3.</source>
        <translation>%1在第 %2 字节处%3。</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="502"/>
        <source>zlib cannot start</source>
        <translation>zlib 无法启动</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="513"/>
        <source>it inflates to more than %1 MiB</source>
        <translation>解压后超过 %1 MiB</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="526"/>
        <source>the deflate stream is cut short</source>
        <translation>deflate 数据流被截断</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="528"/>
        <source>zlib error %1</source>
        <translation>zlib 错误 %1</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="542"/>
        <source>The container&apos;s header</source>
        <translation>容器头</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="572"/>
        <source>The container&apos;s header is cut short before its sync marker.</source>
        <translation>容器头在同步标记之前被截断。</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="578"/>
        <source>The container has no schema (no avro.schema in its header).</source>
        <translation>容器没有模式（其头中没有 avro.schema）。</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="583"/>
        <source>The container is compressed with “%1”, which Signalbox cannot read; only uncompressed (codec null) and deflate containers can be shown.</source>
        <translation>容器使用“%1”压缩，Signalbox 无法读取；只能显示未压缩（codec 为 null）和 deflate 压缩的容器。</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="593"/>
        <source>The container&apos;s own schema does not parse: %1</source>
        <translation>无法解析容器自带的模式：%1</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="597"/>
        <source>The container</source>
        <translation>容器</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="609"/>
        <source>The container&apos;s block at byte %1 says it holds %2 objects in %3 bytes, but %4 bytes are left.</source>
        <translation>容器第 %1 字节处的块声明在 %3 字节中包含 %2 个对象，但只剩 %4 字节。</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="630"/>
        <source>The container holds more than %1 objects that take no bytes.</source>
        <translation>容器包含超过 %1 个不占字节的对象。</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="635"/>
        <source>The container&apos;s block at byte %1 has %2 bytes after its %3 objects.</source>
        <translation>容器第 %1 字节处的块在其 %3 个对象之后还有 %2 字节。</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="647"/>
        <source>The container&apos;s block at byte %1 does not inflate: %2</source>
        <translation>容器第 %1 字节处的块无法解压：%2</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="651"/>
        <source>The container&apos;s block at byte %1 (inflated)</source>
        <translation>容器第 %1 字节处的块（解压后）</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="667"/>
        <source>The container&apos;s block at byte %1 does not end with the header&apos;s sync marker.</source>
        <translation>容器第 %1 字节处的块未以头中的同步标记结尾。</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="703"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="706"/>
        <source>is %1, too large for an int</source>
        <translation>为 %1，超出 int 范围</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="722"/>
        <location filename="../core/decoders/avroschema.cpp" line="900"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="736"/>
        <location filename="../core/decoders/avroschema.cpp" line="903"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="745"/>
        <source>a string of bytes (code points 0 to 255)</source>
        <translation>字节串（码位 0 到 255）</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="752"/>
        <source>has the character U+%1, but bytes are written as code points 0 to 255</source>
        <translation>含有字符 U+%1，但字节须写作码位 0 到 255</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="758"/>
        <source>has %1 bytes, but %2 is %3 bytes</source>
        <translation>有 %1 字节，但 %2 为 %3 字节</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="770"/>
        <source>a symbol of %1</source>
        <translation>%1 的符号</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="774"/>
        <source>is “%1”, which is not a symbol of %2</source>
        <translation>为“%1”，不是 %2 的符号</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="780"/>
        <source>an object (record %1)</source>
        <translation>对象（记录 %1）</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="787"/>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="794"/>
        <source>is not in record %1</source>
        <translation>不在记录 %1 中</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="800"/>
        <location filename="../core/decoders/avroschema.cpp" line="906"/>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="813"/>
        <source>an object (map)</source>
        <translation>对象（映射）</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="853"/>
        <source>is null, but its union has no null</source>
        <translation>为 null，但其联合中没有 null</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="876"/>
        <source>needs its union branch named, as {&quot;%1&quot;: value} (one of %2)</source>
        <translation>需要指明联合分支，写作 {&quot;%1&quot;: value}（%2 之一）</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="897"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="909"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="912"/>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="915"/>
        <source>should be %1 but is %2</source>
        <translation>应为%1，实际为%2</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="920"/>
        <source>The value %1.</source>
        <translation>该值%1。</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="920"/>
        <source>Field “%1” %2.</source>
        <translation>字段“%1”%2。</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="939"/>
        <source>Cannot read the Avro schema %1: %2.</source>
        <translation>无法读取 Avro 模式 %1：%2。</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="973"/>
        <source>The datum</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="979"/>
        <source>The datum ends at byte %1, but the payload has %2 more bytes.</source>
        <translation>数据在第 %1 字节处结束，但载荷还有 %2 字节。</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="997"/>
        <source>The JSON is not valid at byte %1: %2.</source>
        <translation>JSON 在第 %1 字节处无效：%2。</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="1000"/>
        <source>one value is needed</source>
        <translation>需要一个值</translation>
    </message>
</context>
<context>
    <name>Signalbox::Backup</name>
    <message>
        <location filename="../core/profiles/backup.cpp" line="70"/>
        <source>The backup&apos;s settings should be an object, not %1.</source>
        <translation>备份的设置应为对象，而不是%1。</translation>
    </message>
    <message>
        <location filename="../core/profiles/backup.cpp" line="81"/>
        <source>The backup&apos;s setting &apos;%1&apos; should be a string, not %2.</source>
        <translation>备份的设置“%1”应为字符串，而不是%2。</translation>
    </message>
    <message>
        <location filename="../core/profiles/backup.cpp" line="89"/>
        <source>The backup&apos;s setting &apos;%1&apos; should be a whole number, not %2.</source>
        <translation>备份的设置“%1”应为整数，而不是%2。</translation>
    </message>
    <message>
        <location filename="../core/profiles/backup.cpp" line="150"/>
        <source>This is not a Signalbox backup, or it was cut short: it is not valid JSON (%1 at byte %2).</source>
        <translation>这不是 Signalbox 备份，或者文件不完整：它不是有效的 JSON（字节 %2 处%1）。</translation>
    </message>
    <message>
        <location filename="../core/profiles/backup.cpp" line="157"/>
        <source>This is not a Signalbox backup: it holds %1, not an object.</source>
        <translation>这不是 Signalbox 备份：其中是%1，而不是对象。</translation>
    </message>
    <message>
        <location filename="../core/profiles/backup.cpp" line="166"/>
        <source>This is not a Signalbox backup: it does not say that it is one (&apos;format&apos;).</source>
        <translation>这不是 Signalbox 备份：其中没有表明它是备份的项（“format”）。</translation>
    </message>
    <message>
        <location filename="../core/profiles/backup.cpp" line="167"/>
        <source>This is not a Signalbox backup (its format is &apos;%1&apos;).</source>
        <translation>这不是 Signalbox 备份（其格式为“%1”）。</translation>
    </message>
    <message>
        <location filename="../core/profiles/backup.cpp" line="172"/>
        <source>The backup&apos;s version should be a number, not %1.</source>
        <translation>备份的版本应为数字，而不是%1。</translation>
    </message>
    <message>
        <location filename="../core/profiles/backup.cpp" line="176"/>
        <source>The backup has version %1; this Signalbox reads backups up to version %2.</source>
        <translation>备份的版本为 %1；此 Signalbox 最高只能读取版本 %2 的备份。</translation>
    </message>
    <message>
        <location filename="../core/profiles/backup.cpp" line="188"/>
        <source>The backup&apos;s connections should be an object, not %1.</source>
        <translation>备份中的连接应为对象，而不是%1。</translation>
    </message>
    <message>
        <location filename="../core/profiles/backup.cpp" line="194"/>
        <source>The backup&apos;s connections could not be read. %1</source>
        <translation>无法读取备份中的连接。%1</translation>
    </message>
    <message>
        <location filename="../core/profiles/backup.cpp" line="203"/>
        <source>The backup holds two connections with the id &apos;%1&apos; (&quot;%2&quot;).</source>
        <translation>备份中有两个 ID 为“%1”的连接（&quot;%2&quot;）。</translation>
    </message>
</context>
<context>
    <name>Signalbox::BrokerPresets</name>
    <message>
        <location filename="../core/profiles/brokerpresets.cpp" line="44"/>
        <source>TLS on 8883 uses mosquitto.org&apos;s own CA (download mosquitto.org.crt from test.mosquitto.org and choose it as the CA file); 8884 asks for a client certificate. WebSocket is on 8080 (ws) and 8081 (wss), as the broker&apos;s page says; some lists of public brokers give port 80.</source>
        <translation>8883 端口的 TLS 使用 mosquitto.org 自己的 CA（从 test.mosquitto.org 下载 mosquitto.org.crt 并将其选为 CA 文件）；8884 端口要求客户端证书。WebSocket 位于 8080（ws）和 8081（wss），与该代理的页面所述一致；有些公共代理列表给出的是 80 端口。</translation>
    </message>
    <message>
        <location filename="../core/profiles/brokerpresets.cpp" line="49"/>
        <source>Ports as HiveMQ&apos;s page gives them: 8883 (TLS), 8000 (WebSocket) and 8884 (secure WebSocket), path /mqtt.</source>
        <translation>端口与 HiveMQ 页面所列一致：8883（TLS）、8000（WebSocket）和 8884（安全 WebSocket），路径 /mqtt。</translation>
    </message>
    <message>
        <location filename="../core/profiles/brokerpresets.cpp" line="52"/>
        <source>Another name for HiveMQ&apos;s public broker (broker.hivemq.com); the same ports are assumed.</source>
        <translation>HiveMQ 公共代理（broker.hivemq.com）的另一个名称；假定端口相同。</translation>
    </message>
    <message>
        <location filename="../core/profiles/brokerpresets.cpp" line="54"/>
        <source>Ports as EMQX&apos;s page gives them: 8883 (TLS), 8083 (WebSocket) and 8084 (secure WebSocket), path /mqtt.</source>
        <translation>端口与 EMQX 页面所列一致：8883（TLS）、8083（WebSocket）和 8084（安全 WebSocket），路径 /mqtt。</translation>
    </message>
    <message>
        <location filename="../core/profiles/brokerpresets.cpp" line="58"/>
        <source>The successor of mqtt.eclipse.org. The TLS port 8883 is not confirmed; WebSocket runs on 80 and 443 with the path /mqtt.</source>
        <translation>mqtt.eclipse.org 的后继者。TLS 端口 8883 未经确认；WebSocket 运行在 80 和 443 端口，路径 /mqtt。</translation>
    </message>
    <message>
        <location filename="../core/profiles/brokerpresets.cpp" line="62"/>
        <source>Needs a flespi token as the user name. The WebSocket path / is assumed; flespi&apos;s documentation has the details.</source>
        <translation>需要将 Flespi 令牌作为用户名。假定 WebSocket 路径为 /；详情请参阅 Flespi 的文档。</translation>
    </message>
    <message>
        <location filename="../core/profiles/brokerpresets.cpp" line="65"/>
        <source>Needs a DIoTY account. Lists of public brokers give WebSocket ports 8080 and 8880 without saying which is secure; 8880 is assumed to be. The service may no longer be running.</source>
        <translation>需要 DIoTY 账户。公共代理列表给出的 WebSocket 端口为 8080 和 8880，但未说明哪个是安全的；假定 8880 是安全端口。该服务可能已停止运行。</translation>
    </message>
    <message>
        <location filename="../core/profiles/brokerpresets.cpp" line="68"/>
        <source>No WebSocket listener is known. The service may no longer be running.</source>
        <translation>没有已知的 WebSocket 监听器。该服务可能已停止运行。</translation>
    </message>
    <message>
        <location filename="../core/profiles/brokerpresets.cpp" line="69"/>
        <source>Eclipse (old name)</source>
        <translation>Eclipse（旧名称）</translation>
    </message>
    <message>
        <location filename="../core/profiles/brokerpresets.cpp" line="70"/>
        <source>Replaced by mqtt.eclipseprojects.io; this name may no longer answer.</source>
        <translation>已由 mqtt.eclipseprojects.io 取代；此名称可能不再响应。</translation>
    </message>
    <message>
        <location filename="../core/profiles/brokerpresets.cpp" line="71"/>
        <source>Eclipse IoT (old name)</source>
        <translation>Eclipse IoT（旧名称）</translation>
    </message>
    <message>
        <location filename="../core/profiles/brokerpresets.cpp" line="72"/>
        <source>Retired; Eclipse&apos;s sandbox is now mqtt.eclipseprojects.io.</source>
        <translation>已停用；Eclipse 的沙盒现在是 mqtt.eclipseprojects.io。</translation>
    </message>
</context>
<context>
    <name>Signalbox::BrokerStats</name>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="92"/>
        <source>Clients connected</source>
        <translation>已连接客户端</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="83"/>
        <location filename="../core/models/brokerstats.cpp" line="93"/>
        <source>Clients total</source>
        <translation>客户端总数</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="94"/>
        <source>Clients disconnected</source>
        <translation>已断开客户端</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="95"/>
        <source>Clients maximum</source>
        <translation>客户端最大数</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="96"/>
        <source>Clients expired</source>
        <translation>已过期客户端</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="97"/>
        <source>Clients active</source>
        <translation>活跃客户端</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="98"/>
        <source>Clients inactive</source>
        <translation>非活跃客户端</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="99"/>
        <location filename="../core/models/brokerstats.cpp" line="121"/>
        <source>Messages received</source>
        <translation>已接收消息</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="100"/>
        <location filename="../core/models/brokerstats.cpp" line="122"/>
        <source>Messages sent</source>
        <translation>已发送消息</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="101"/>
        <source>Messages stored</source>
        <translation>已存储消息</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="102"/>
        <location filename="../core/models/brokerstats.cpp" line="123"/>
        <source>Bytes received</source>
        <translation>已接收字节</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="103"/>
        <location filename="../core/models/brokerstats.cpp" line="124"/>
        <source>Bytes sent</source>
        <translation>已发送字节</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="104"/>
        <location filename="../core/models/brokerstats.cpp" line="125"/>
        <source>PUBLISH received</source>
        <translation>已接收 PUBLISH</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="105"/>
        <location filename="../core/models/brokerstats.cpp" line="126"/>
        <source>PUBLISH sent</source>
        <translation>已发送 PUBLISH</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="106"/>
        <location filename="../core/models/brokerstats.cpp" line="127"/>
        <source>PUBLISH dropped</source>
        <translation>已丢弃 PUBLISH</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="107"/>
        <source>PUBLISH bytes received</source>
        <translation>已接收 PUBLISH 字节</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="108"/>
        <source>PUBLISH bytes sent</source>
        <translation>已发送 PUBLISH 字节</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="109"/>
        <source>Subscriptions</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="110"/>
        <source>Shared subscriptions</source>
        <translation>共享订阅</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="111"/>
        <source>Retained messages</source>
        <translation>保留消息</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="112"/>
        <source>Stored messages</source>
        <translation>已存储消息</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="113"/>
        <source>Stored message bytes</source>
        <translation>已存储消息字节</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="114"/>
        <source>Heap</source>
        <translation>堆</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="115"/>
        <source>Heap maximum</source>
        <translation>堆最大值</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="116"/>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="117"/>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="118"/>
        <source>Uptime</source>
        <translation>运行时间</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="128"/>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="129"/>
        <source>Sockets</source>
        <translation>套接字</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="135"/>
        <source>%1 (%2 average)</source>
        <translation>%1（平均 %2）</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="135"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="143"/>
        <source>%1 per second</source>
        <translation>每秒 %1</translation>
    </message>
</context>
<context>
    <name>Signalbox::ConnectionProfile</name>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="101"/>
        <source>The IPv6 address in &apos;%1&apos; lacks its closing &apos;]&apos;.</source>
        <translation>“%1”中的 IPv6 地址缺少结尾的“]”。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="104"/>
        <source>Unexpected text after the IPv6 address in &apos;%1&apos;.</source>
        <translation>“%1”中的 IPv6 地址后有多余的文本。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="118"/>
        <source>The port &apos;%1&apos; in &apos;%2&apos; is not a number from 1 to 65535.</source>
        <translation>“%2”中的端口“%1”不是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="178"/>
        <location filename="../core/client/connectionprofile.cpp" line="194"/>
        <source>The key &apos;%1&apos; must be a string.</source>
        <translation>键“%1”必须是字符串。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="206"/>
        <source>The key &apos;%1&apos; must be true or false.</source>
        <translation>键“%1”必须是 true 或 false。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="242"/>
        <source>The key &apos;%1&apos; must be a number.</source>
        <translation>键“%1”必须是数字。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="256"/>
        <source>The key &apos;%1&apos; must be a base64 string.</source>
        <translation>键“%1”必须是 base64 字符串。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="275"/>
        <source>The key &apos;%1&apos; must be an array of strings.</source>
        <translation>键“%1”必须是字符串数组。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="295"/>
        <source>The key &apos;%1&apos; must be an array of [name, value] pairs of strings.</source>
        <translation>键“%1”必须是由字符串 [name, value] 对组成的数组。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="307"/>
        <location filename="../core/client/connectionprofile.cpp" line="672"/>
        <source>The key &apos;%1&apos; must be an object.</source>
        <translation>键“%1”必须是对象。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="322"/>
        <source>The key &apos;%1&apos; must be a whole number from %2 to %3.</source>
        <translation>键“%1”必须是 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="415"/>
        <source>&apos;%1&apos; is not a URL; write it as mqtt://host:1883, mqtts://, ws:// or wss://.</source>
        <translation>“%1”不是 URL；请写成 mqtt://host:1883、mqtts://、ws:// 或 wss://。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="420"/>
        <source>Unsupported URL scheme &apos;%1&apos;; use mqtt://, mqtts://, ws:// or wss://.</source>
        <translation>不支持的 URL 协议“%1”；请使用 mqtt://、mqtts://、ws:// 或 wss://。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="427"/>
        <source>The URL &apos;%1&apos; names no socket; write it as unix:///path/to/socket.</source>
        <translation>URL“%1”未指定套接字；请写成 unix:///path/to/socket。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="437"/>
        <source>&apos;%1&apos; is not a valid URL.</source>
        <translation>“%1”不是有效的 URL。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="439"/>
        <source>The URL &apos;%1&apos; names no host.</source>
        <translation>URL“%1”未指定主机。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="453"/>
        <source>The user name or password in the URL is not valid UTF-8.</source>
        <translation>URL 中的用户名或密码不是有效的 UTF-8。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="585"/>
        <source>This profile was written by a newer Signalbox (file format %1); this one reads format %2.</source>
        <translation>此配置由更新版本的 Signalbox 写入（文件格式 %1）；当前版本读取格式 %2。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="598"/>
        <source>The key &apos;%1&apos; must be one of &quot;mqtt&quot;, &quot;mqtts&quot;, &quot;ws&quot;, &quot;wss&quot; or &quot;unix&quot;.</source>
        <translation>键“%1”必须是 &quot;mqtt&quot;、&quot;mqtts&quot;、&quot;ws&quot;、&quot;wss&quot; 或 &quot;unix&quot; 之一。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="609"/>
        <source>The key &apos;%1&apos; must be one of &quot;3.1&quot;, &quot;3.1.1&quot; or &quot;5.0&quot;.</source>
        <translation>键“%1”必须是 &quot;3.1&quot;、&quot;3.1.1&quot; 或 &quot;5.0&quot; 之一。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="634"/>
        <source>The key &apos;%1&apos; must be one of &quot;any&quot;, &quot;tlsv1.2&quot; or &quot;tlsv1.3&quot;.</source>
        <translation>键“%1”必须是 &quot;any&quot;、&quot;tlsv1.2&quot; 或 &quot;tlsv1.3&quot; 之一。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="645"/>
        <source>The key &apos;%1&apos; must be the pre-shared key in hex digits.</source>
        <translation>键“%1”必须是以十六进制数字表示的预共享密钥。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="654"/>
        <source>The key &apos;%1&apos; may not be given together with &apos;payloadBase64&apos;.</source>
        <translation>键“%1”不能与“payloadBase64”同时给出。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="675"/>
        <source>The key &apos;%1&apos; is not valid: %2</source>
        <translation>键“%1”无效：%2</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="715"/>
        <source>Unix domain sockets (unix://) are not available on Windows.</source>
        <translation>Windows 上不支持 Unix 域套接字（unix://）。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="718"/>
        <source>A Unix socket connection needs the path of the socket.</source>
        <translation>Unix 套接字连接需要套接字的路径。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="720"/>
        <source>The host name is empty.</source>
        <translation>主机名为空。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="722"/>
        <source>The host is a URL: write only the host name, or paste the URL into the Host field of the editor, which fills in the scheme, host, port and path.</source>
        <translation>主机是一个 URL：请只写主机名，或把 URL 粘贴到编辑器的主机栏，它会填好协议、主机、端口和路径。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="725"/>
        <source>&apos;%1&apos; is not a host name or an IP address.</source>
        <translation>“%1”不是主机名或 IP 地址。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="727"/>
        <source>Port 0 cannot be connected to; %1:// usually uses port %2.</source>
        <translation>无法连接到端口 0；%1:// 通常使用端口 %2。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="731"/>
        <source>The WebSocket path must start with &apos;/&apos;, as in &apos;/mqtt&apos;.</source>
        <translation>WebSocket 路径必须以“/”开头，例如“/mqtt”。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="736"/>
        <source>MQTT 3.1 allows client identifiers of at most 23 characters; this one has %1.</source>
        <translation>MQTT 3.1 允许的客户端 ID 最多 23 个字符；此 ID 有 %1 个。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="739"/>
        <source>The client identifier is longer than the 65535 bytes MQTT allows.</source>
        <translation>客户端 ID 超过了 MQTT 允许的 65535 字节。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="743"/>
        <source>A persistent session (clean session off) needs a client identifier under MQTT %1.</source>
        <translation>在 MQTT %1 下，持久会话（关闭清除会话）需要客户端 ID。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="747"/>
        <source>Keeping the message history needs a client identifier: the history is kept per client.</source>
        <translation>保留消息历史需要客户端 ID：历史按客户端保存。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="750"/>
        <source>MQTT %1 does not allow a password without a user name.</source>
        <translation>MQTT %1 不允许只有密码而没有用户名。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="753"/>
        <source>The connect timeout must be positive.</source>
        <translation>连接超时必须为正数。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="758"/>
        <source>The will topic is not valid. %1</source>
        <translation>遗嘱主题无效。%1</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="761"/>
        <source>The will QoS must be 0, 1 or 2, not %1.</source>
        <translation>遗嘱 QoS 必须为 0、1 或 2，而不是 %1。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="763"/>
        <source>Will properties need MQTT 5.0; this profile uses MQTT %1.</source>
        <translation>遗嘱属性需要 MQTT 5.0；此配置使用 MQTT %1。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="769"/>
        <source>The property &apos;%1&apos; cannot be part of a will message.</source>
        <translation>属性“%1”不能作为遗嘱消息的一部分。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="780"/>
        <source>The CA certificate file &apos;%1&apos; does not exist.</source>
        <translation>CA 证书文件“%1”不存在。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="781"/>
        <source>The client certificate file &apos;%1&apos; does not exist.</source>
        <translation>客户端证书文件“%1”不存在。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="782"/>
        <source>The private key file &apos;%1&apos; does not exist.</source>
        <translation>私钥文件“%1”不存在。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="784"/>
        <source>The CA directory &apos;%1&apos; does not exist.</source>
        <translation>CA 目录“%1”不存在。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="787"/>
        <source>The cipher &apos;%1&apos; is unknown to the TLS library.</source>
        <translation>TLS 库无法识别密码套件“%1”。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="790"/>
        <source>A PSK identity needs its pre-shared key.</source>
        <translation>PSK 身份需要其预共享密钥。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="792"/>
        <source>A pre-shared key needs its PSK identity.</source>
        <translation>预共享密钥需要其 PSK 身份。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="794"/>
        <source>A client certificate needs its private key; choose the key file too.</source>
        <translation>客户端证书需要其私钥；请同时选择密钥文件。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="796"/>
        <source>A private key needs its client certificate; choose the certificate file too.</source>
        <translation>私钥需要其客户端证书；请同时选择证书文件。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="800"/>
        <source>The first reconnect delay must be positive.</source>
        <translation>首次重连延迟必须为正数。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="802"/>
        <source>The longest reconnect delay must be positive.</source>
        <translation>最长重连延迟必须为正数。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="804"/>
        <source>The longest reconnect delay is shorter than the first one.</source>
        <translation>最长重连延迟短于首次重连延迟。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="806"/>
        <source>The reconnect delay multiplier must be at least 1.</source>
        <translation>重连延迟倍数必须至少为 1。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="808"/>
        <source>The reconnect jitter must be a fraction from 0 up to (not including) 1.</source>
        <translation>重连抖动必须是 0 到 1（不含 1）之间的小数。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="810"/>
        <source>The number of reconnect attempts may not be negative; use 0 to keep trying.</source>
        <translation>重连次数不能为负数；使用 0 表示一直重试。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="816"/>
        <source>Authentication data needs an authentication method.</source>
        <translation>认证数据需要认证方法。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="820"/>
        <source>%1 needs MQTT 5.0; this profile uses MQTT %2.</source>
        <translation>%1 需要 MQTT 5.0；此配置使用 MQTT %2。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="822"/>
        <source>A session expiry interval</source>
        <translation>会话过期间隔</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="823"/>
        <source>A receive maximum</source>
        <translation>接收最大值</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="824"/>
        <source>A topic alias maximum</source>
        <translation>主题别名最大值</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="825"/>
        <source>A maximum packet size</source>
        <translation>最大报文大小</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="826"/>
        <source>Requesting response information</source>
        <translation>请求响应信息</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="827"/>
        <source>Turning off problem information</source>
        <translation>关闭问题信息</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="828"/>
        <source>User properties in CONNECT</source>
        <translation>CONNECT 中的用户属性</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="829"/>
        <source>Enhanced authentication</source>
        <translation>增强认证</translation>
    </message>
</context>
<context>
    <name>Signalbox::ConnectionSession</name>
    <message>
        <location filename="../core/session/connectionsession.cpp" line="273"/>
        <source>Script: %1</source>
        <translation>脚本：%1</translation>
    </message>
    <message>
        <location filename="../core/session/connectionsession.cpp" line="282"/>
        <source>The script is running.</source>
        <translation>脚本正在运行。</translation>
    </message>
    <message>
        <location filename="../core/session/connectionsession.cpp" line="314"/>
        <location filename="../core/session/connectionsession.cpp" line="324"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../core/session/connectionsession.cpp" line="322"/>
        <source>Schema violations:</source>
        <translation>模式违规：</translation>
    </message>
</context>
<context>
    <name>Signalbox::ConnectionWorkspace</name>
    <message>
        <location filename="../core/profiles/connectionworkspace.cpp" line="111"/>
        <source>Its QoS, retain handling, subscription identifier or colour is not valid.</source>
        <translation>其 QoS、保留处理、订阅标识符或颜色无效。</translation>
    </message>
    <message>
        <location filename="../core/profiles/connectionworkspace.cpp" line="149"/>
        <source>Its payload, QoS or format is not valid.</source>
        <translation>其载荷、QoS 或格式无效。</translation>
    </message>
    <message>
        <location filename="../core/profiles/connectionworkspace.cpp" line="178"/>
        <source>It has no name.</source>
        <translation>它没有名称。</translation>
    </message>
    <message>
        <location filename="../core/profiles/connectionworkspace.cpp" line="183"/>
        <source>Another saved message before it has the name &quot;%1&quot;.</source>
        <translation>在它之前已有另一条已保存的消息名为“%1”。</translation>
    </message>
    <message>
        <location filename="../core/profiles/connectionworkspace.cpp" line="231"/>
        <source>The saved subscriptions, publish history and saved messages are not lists.</source>
        <translation>已保存的订阅、发布历史和已保存的消息不是列表。</translation>
    </message>
    <message>
        <location filename="../core/profiles/connectionworkspace.cpp" line="258"/>
        <source>Entry %1 of the saved messages was left out. %2</source>
        <translation>已忽略已保存消息中的第 %1 项。%2</translation>
    </message>
    <message>
        <location filename="../core/profiles/connectionworkspace.cpp" line="266"/>
        <source>Payload decoder %1 was left out. %2</source>
        <translation>已忽略载荷解码器 %1。%2</translation>
    </message>
    <message>
        <location filename="../core/profiles/connectionworkspace.cpp" line="242"/>
        <source>Saved subscription %1 was left out. %2</source>
        <translation>已忽略已保存的订阅 %1。%2</translation>
    </message>
    <message>
        <location filename="../core/profiles/connectionworkspace.cpp" line="250"/>
        <source>Saved message %1 of the publish history was left out. %2</source>
        <translation>已忽略发布历史中的已保存消息 %1。%2</translation>
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
        <translation>布尔值</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="463"/>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="463"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="465"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="467"/>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="469"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="473"/>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="552"/>
        <source>This is %1, a type the schema does not allow here.</source>
        <translation>这是%1，模式不允许此处出现该类型。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="554"/>
        <source>The property &quot;%1&quot; is required.</source>
        <translation>缺少必需的属性“%1”。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="556"/>
        <source>The property &quot;%1&quot; is required by another property here.</source>
        <translation>此处的另一属性要求必须有属性“%1”。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="558"/>
        <location filename="../core/decoders/jsonschema.cpp" line="560"/>
        <source>The property &quot;%1&quot; is not allowed.</source>
        <translation>不允许属性“%1”。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="562"/>
        <source>Expected text that matches the pattern %1.</source>
        <translation>应为匹配正则表达式 %1 的文本。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="567"/>
        <location filename="../core/decoders/jsonschema.cpp" line="617"/>
        <source>Expected a date as RFC 3339 writes it (2026-12-07).</source>
        <translation>应为 RFC 3339 格式的日期（2026-12-07）。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="569"/>
        <location filename="../core/decoders/jsonschema.cpp" line="619"/>
        <source>Expected a time as RFC 3339 writes it (18:50:00Z).</source>
        <translation>应为 RFC 3339 格式的时间（18:50:00Z）。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="570"/>
        <location filename="../core/decoders/jsonschema.cpp" line="615"/>
        <source>Expected a date and time as RFC 3339 writes it (2026-12-07T18:50:00Z).</source>
        <translation>应为 RFC 3339 格式的日期时间（2026-12-07T18:50:00Z）。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="573"/>
        <source>Expected text that matches the schema&apos;s pattern.</source>
        <translation>应为匹配模式中 pattern 的文本。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="575"/>
        <source>Expected one of the values the schema&apos;s enum lists.</source>
        <translation>应为模式的 enum 所列的值之一。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="577"/>
        <source>Expected the value the schema&apos;s const gives.</source>
        <translation>应为模式的 const 给出的值。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="579"/>
        <source>Expected a number of at least %1.</source>
        <translation>应为不小于 %1 的数字。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="581"/>
        <source>Expected a number greater than %1.</source>
        <translation>应为大于 %1 的数字。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="583"/>
        <source>Expected a number of at most %1.</source>
        <translation>应为不大于 %1 的数字。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="585"/>
        <source>Expected a number less than %1.</source>
        <translation>应为小于 %1 的数字。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="587"/>
        <source>Expected a multiple of %1.</source>
        <translation>应为 %1 的倍数。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="589"/>
        <source>Expected text of at most %1 characters.</source>
        <translation>文本应不超过 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="591"/>
        <source>Expected text of at least %1 characters.</source>
        <translation>文本应至少有 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="593"/>
        <source>Expected at most %1 items.</source>
        <translation>应最多有 %1 项。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="595"/>
        <source>Expected at least %1 items.</source>
        <translation>应至少有 %1 项。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="597"/>
        <source>Expected at most %1 properties.</source>
        <translation>应最多有 %1 个属性。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="599"/>
        <source>Expected at least %1 properties.</source>
        <translation>应至少有 %1 个属性。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="601"/>
        <source>Expected items that are all different; two are equal.</source>
        <translation>各项应互不相同；有两项相等。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="603"/>
        <source>Expected no more items than the schema&apos;s items list.</source>
        <translation>项数不应超过模式 items 列表的长度。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="605"/>
        <source>Expected a value that matches at least one of the schema&apos;s anyOf.</source>
        <translation>值应至少匹配模式 anyOf 中的一项。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="607"/>
        <source>Expected a value that matches one of the schema&apos;s oneOf.</source>
        <translation>值应匹配模式 oneOf 中的一项。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="609"/>
        <source>Expected a value that matches exactly one of the schema&apos;s oneOf; it matches more.</source>
        <translation>值应恰好匹配模式 oneOf 中的一项；实际匹配了多项。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="611"/>
        <source>Expected a value that does not match the schema&apos;s not.</source>
        <translation>值不应匹配模式的 not。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="613"/>
        <source>Expected at least one item that matches the schema&apos;s contains.</source>
        <translation>应至少有一项匹配模式的 contains。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="621"/>
        <source>Expected a value that matches the schema&apos;s if/then/else.</source>
        <translation>值应匹配模式的 if/then/else。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="623"/>
        <source>Expected a value that matches every schema of the schema&apos;s allOf.</source>
        <translation>值应匹配模式 allOf 中的每个子模式。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="625"/>
        <source>Item %1 does not match the schema for it.</source>
        <translation>第 %1 项不匹配其对应的模式。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="627"/>
        <source>A property here does not match the schema&apos;s additionalProperties.</source>
        <translation>此处有属性不匹配模式的 additionalProperties。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="629"/>
        <source>Expected a value that matches the schema&apos;s dependencies.</source>
        <translation>值应匹配模式的 dependencies。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="854"/>
        <source>The schema&apos;s pattern &quot;%1&quot; is not a valid regular expression: %2.</source>
        <translation>模式中的 pattern“%1”不是有效的正则表达式：%2。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1031"/>
        <source>This array has more than %1 items, too many to check for uniqueItems.</source>
        <translation>此数组超过 %1 项，太多，无法检查 uniqueItems。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1042"/>
        <source>This property&apos;s name is longer than %1 characters, too long to check against the schema&apos;s patterns.</source>
        <translation>此属性名超过 %1 个字符，太长，无法对照模式中的正则表达式检查。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1064"/>
        <source>The schema refers to %1, which is not a local file; Signalbox does not fetch schemas from the network.</source>
        <translation>模式引用了 %1，它不是本地文件；Signalbox 不会从网络获取模式。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1071"/>
        <source>The schema refers to the file %1, but has no folder to find it in.</source>
        <translation>模式引用了文件 %1，但没有可在其中查找该文件的文件夹。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1082"/>
        <source>The schema file %1 is not a regular file.</source>
        <translation>模式文件 %1 不是普通文件。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1084"/>
        <source>The schema file %1 is larger than %2 MiB.</source>
        <translation>模式文件 %1 大于 %2 MiB。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1096"/>
        <location filename="../core/decoders/jsonschema.cpp" line="1168"/>
        <source>Cannot read the schema file %1: %2</source>
        <translation>无法读取模式文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1102"/>
        <location filename="../core/decoders/jsonschema.cpp" line="1201"/>
        <source>The schema file %1 is not JSON: %2</source>
        <translation>模式文件 %1 不是 JSON：%2</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1200"/>
        <source>The schema is not JSON: %1</source>
        <translation>模式不是 JSON：%1</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1204"/>
        <source>A schema must be a JSON object (or true or false), not %1.</source>
        <translation>模式必须是 JSON 对象（或 true、false），而不是%1。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1230"/>
        <source>The schema&apos;s $schema &quot;%1&quot; names a draft that Signalbox does not check; drafts 4, 6 and 7 are supported.</source>
        <translation>模式的 $schema“%1”所指的草案 Signalbox 不支持检查；支持草案 4、6 和 7。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1248"/>
        <location filename="../core/decoders/jsonschema.cpp" line="1255"/>
        <source>A $ref or id in the schema is longer than %1 characters.</source>
        <translation>模式中的某个 $ref 或 id 超过 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1266"/>
        <source>The schema refers back to itself in a loop ($ref, allOf, anyOf, oneOf, not or if/then/else) without looking inside the value, so no value could ever be checked.</source>
        <translation>模式在未检查值内部的情况下循环引用自身（$ref、allOf、anyOf、oneOf、not 或 if/then/else），因此无法检查任何值。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1272"/>
        <source>The schema nests too deeply, or its $ref refer to each other in a loop.</source>
        <translation>模式嵌套过深，或其 $ref 相互循环引用。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1275"/>
        <source>The schema is not valid: %1</source>
        <translation>模式无效：%1</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1328"/>
        <source>The payload nests too deeply to check against this schema.</source>
        <translation>载荷嵌套过深，无法按此模式检查。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1333"/>
        <source>The payload could not be checked: %1</source>
        <translation>无法检查载荷：%1</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1341"/>
        <source>The payload does not match the schema.</source>
        <translation>载荷不符合模式。</translation>
    </message>
</context>
<context>
    <name>Signalbox::MessageLogModel</name>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="320"/>
        <source>Invalid regular expression at position %1: %2.</source>
        <translation>位置 %1 处的正则表达式无效：%2。</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="640"/>
        <location filename="../core/models/messagelogmodel.cpp" line="658"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="658"/>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="660"/>
        <source>Retained</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="638"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="376"/>
        <source>UTF-8 text</source>
        <translation>UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="376"/>
        <source>binary payload</source>
        <translation>二进制载荷</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="382"/>
        <source>expires after %1 s</source>
        <translation>%1 秒后过期</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="385"/>
        <source>content type %1</source>
        <translation>内容类型 %1</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="388"/>
        <source>response to %1</source>
        <translation>响应主题 %1</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="391"/>
        <source>correlation %1</source>
        <translation>关联数据 %1</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="395"/>
        <source>topic alias %1</source>
        <translation>主题别名 %1</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="406"/>
        <source>user properties %1</source>
        <translation>用户属性 %1</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="418"/>
        <source>subscription id %1</source>
        <translation>订阅标识符 %1</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="642"/>
        <source>Received by broker</source>
        <translation>代理已接收</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="644"/>
        <source>Acknowledged %1 ms</source>
        <translation>已确认 %1 ms</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="645"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="647"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="648"/>
        <source>reason code 0x%1</source>
        <translation>原因码 0x%1</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="664"/>
        <source>Properties: %1</source>
        <translation>属性：%1</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="740"/>
        <source>Direction: ↓ received, ↑ sent</source>
        <translation>方向：↓ 接收，↑ 发送</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="742"/>
        <source>R: the broker kept this message as its topic&apos;s retained message</source>
        <translation>R：代理已将此消息保存为该主题的保留消息</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="749"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="753"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="755"/>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="759"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="761"/>
        <source>Payload</source>
        <translation>载荷</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="763"/>
        <source>Delivery</source>
        <translation>投递</translation>
    </message>
</context>
<context>
    <name>Signalbox::Mqtt</name>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="104"/>
        <source>Granted QoS 0</source>
        <translation>授予 QoS 0</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="106"/>
        <source>Normal disconnection</source>
        <translation>正常断开</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="107"/>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="109"/>
        <source>Granted QoS 1</source>
        <translation>授予 QoS 1</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="111"/>
        <source>Granted QoS 2</source>
        <translation>授予 QoS 2</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="113"/>
        <source>Disconnect with will message</source>
        <translation>断开并发送遗嘱消息</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="115"/>
        <source>No matching subscribers</source>
        <translation>没有匹配的订阅者</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="117"/>
        <source>No subscription existed</source>
        <translation>订阅不存在</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="119"/>
        <source>Continue authentication</source>
        <translation>继续认证</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="121"/>
        <source>Re-authenticate</source>
        <translation>重新认证</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="123"/>
        <source>Unspecified error</source>
        <translation>未指明的错误</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="125"/>
        <source>Malformed packet</source>
        <translation>报文格式错误</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="127"/>
        <source>Protocol error</source>
        <translation>协议错误</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="129"/>
        <source>Implementation specific error</source>
        <translation>实现特定错误</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="131"/>
        <source>Unsupported protocol version</source>
        <translation>不支持的协议版本</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="133"/>
        <source>Client identifier not valid</source>
        <translation>客户端 ID 无效</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="135"/>
        <location filename="../core/mqtt/mqtt.cpp" line="209"/>
        <source>Bad user name or password</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="137"/>
        <location filename="../core/mqtt/mqtt.cpp" line="211"/>
        <source>Not authorized</source>
        <translation>未授权</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="139"/>
        <location filename="../core/mqtt/mqtt.cpp" line="207"/>
        <source>Server unavailable</source>
        <translation>服务器不可用</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="141"/>
        <source>Server busy</source>
        <translation>服务器繁忙</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="143"/>
        <source>Banned</source>
        <translation>已禁止</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="145"/>
        <source>Server shutting down</source>
        <translation>服务器正在关闭</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="147"/>
        <source>Bad authentication method</source>
        <translation>认证方法错误</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="149"/>
        <source>Keep alive timeout</source>
        <translation>保活超时</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="151"/>
        <source>Session taken over</source>
        <translation>会话被接管</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="153"/>
        <source>Topic filter invalid</source>
        <translation>主题过滤器无效</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="155"/>
        <source>Topic name invalid</source>
        <translation>主题名无效</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="157"/>
        <source>Packet identifier in use</source>
        <translation>报文标识符已被占用</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="159"/>
        <source>Packet identifier not found</source>
        <translation>未找到报文标识符</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="161"/>
        <source>Receive maximum exceeded</source>
        <translation>超出接收最大值</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="163"/>
        <source>Topic alias invalid</source>
        <translation>主题别名无效</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="165"/>
        <source>Packet too large</source>
        <translation>报文过大</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="167"/>
        <source>Message rate too high</source>
        <translation>消息速率过高</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="169"/>
        <source>Quota exceeded</source>
        <translation>超出配额</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="171"/>
        <source>Administrative action</source>
        <translation>管理操作</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="173"/>
        <source>Payload format invalid</source>
        <translation>载荷格式无效</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="175"/>
        <source>Retain not supported</source>
        <translation>不支持保留消息</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="177"/>
        <source>QoS not supported</source>
        <translation>不支持该 QoS</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="179"/>
        <source>Use another server</source>
        <translation>使用其他服务器</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="181"/>
        <source>Server moved</source>
        <translation>服务器已迁移</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="183"/>
        <source>Shared subscriptions not supported</source>
        <translation>不支持共享订阅</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="185"/>
        <source>Connection rate exceeded</source>
        <translation>超出连接速率</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="187"/>
        <source>Maximum connect time</source>
        <translation>达到最长连接时间</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="189"/>
        <source>Subscription identifiers not supported</source>
        <translation>不支持订阅标识符</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="191"/>
        <source>Wildcard subscriptions not supported</source>
        <translation>不支持通配符订阅</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="193"/>
        <source>Reason code %1</source>
        <translation>原因码 %1</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="201"/>
        <source>Connection accepted</source>
        <translation>连接已接受</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="203"/>
        <source>Unacceptable protocol version</source>
        <translation>不可接受的协议版本</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="205"/>
        <source>Identifier rejected</source>
        <translation>标识符被拒绝</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="213"/>
        <source>Return code %1</source>
        <translation>返回码 %1</translation>
    </message>
</context>
<context>
    <name>Signalbox::MqttClient</name>
    <message>
        <location filename="../core/client/handshake.cpp" line="12"/>
        <source>The connection has no host or port.</source>
        <translation>该连接没有主机或端口。</translation>
    </message>
    <message>
        <location filename="../core/client/handshake.cpp" line="16"/>
        <source>Invalid will topic: %1</source>
        <translation>遗嘱主题无效：%1</translation>
    </message>
    <message>
        <location filename="../core/client/handshake.cpp" line="87"/>
        <source>The broker at %1:%2 refused the connection: %3.</source>
        <translation>%1:%2 的代理拒绝了连接：%3。</translation>
    </message>
    <message>
        <location filename="../core/client/handshake.cpp" line="97"/>
        <source>The broker sent a Receive Maximum of 0.</source>
        <translation>代理发送的 Receive Maximum 为 0。</translation>
    </message>
    <message>
        <location filename="../core/client/handshake.cpp" line="113"/>
        <source>No answer from the broker at %1:%2 within %3 s of connecting: no CONNACK came.</source>
        <translation>连接后 %3 秒内 %1:%2 的代理没有应答：未收到 CONNACK。</translation>
    </message>
    <message>
        <location filename="../core/client/handshake.cpp" line="120"/>
        <source>The TCP connection to %1:%2 did not complete within %3 s.</source>
        <translation>到 %1:%2 的 TCP 连接未在 %3 秒内完成。</translation>
    </message>
    <message>
        <location filename="../core/client/handshake.cpp" line="123"/>
        <source>The TCP connection or TLS handshake with %1:%2 did not complete within %3 s.</source>
        <translation>与 %1:%2 的 TCP 连接或 TLS 握手未在 %3 秒内完成。</translation>
    </message>
    <message>
        <location filename="../core/client/handshake.cpp" line="126"/>
        <source>The WebSocket upgrade with %1:%2 did not complete within %3 s.</source>
        <translation>与 %1:%2 的 WebSocket 升级未在 %3 秒内完成。</translation>
    </message>
    <message>
        <location filename="../core/client/handshake.cpp" line="129"/>
        <source>The TLS handshake or WebSocket upgrade with %1:%2 did not complete within %3 s.</source>
        <translation>与 %1:%2 的 TLS 握手或 WebSocket 升级未在 %3 秒内完成。</translation>
    </message>
    <message>
        <location filename="../core/client/handshake.cpp" line="132"/>
        <source>The connection to the socket %1 did not complete within %2 s.</source>
        <translation>到套接字 %1 的连接未在 %2 秒内完成。</translation>
    </message>
    <message>
        <location filename="../core/client/inboundaliases.cpp" line="26"/>
        <source>The broker sent a PUBLISH with an empty topic and no topic alias.</source>
        <translation>代理发送了一个主题为空且没有主题别名的 PUBLISH。</translation>
    </message>
    <message>
        <location filename="../core/client/inboundaliases.cpp" line="32"/>
        <source>The broker used topic alias %1, beyond the maximum of %2 this client allows.</source>
        <translation>代理使用了主题别名 %1，超出了此客户端允许的最大值 %2。</translation>
    </message>
    <message>
        <location filename="../core/client/inboundaliases.cpp" line="44"/>
        <source>The broker used topic alias %1 without defining it first.</source>
        <translation>代理在定义主题别名 %1 之前就使用了它。</translation>
    </message>
    <message>
        <location filename="../core/client/keepalivewatch.cpp" line="69"/>
        <source>The broker at %1:%2 stopped making progress: no reply to a ping within %3 s, while a packet it began (%4 bytes so far) never completed.</source>
        <translation>%1:%2 的代理停止了进展：%3 秒内未回复 ping，而它开始发送的一个报文（目前 %4 字节）始终未完成。</translation>
    </message>
    <message>
        <location filename="../core/client/keepalivewatch.cpp" line="80"/>
        <source>The broker at %1:%2 stopped reading: no reply to a ping within %3 s, with %4 bytes still waiting to be sent.</source>
        <translation>%1:%2 的代理停止了读取：%3 秒内未回复 ping，仍有 %4 字节等待发送。</translation>
    </message>
    <message>
        <location filename="../core/client/keepalivewatch.cpp" line="87"/>
        <source>The broker at %1:%2 stopped answering: no reply to a ping within %3 s.</source>
        <translation>%1:%2 的代理停止了应答：%3 秒内未回复 ping。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/client/keepalivewatch.cpp" line="101"/>
        <source>The broker at %1:%2 answers pings but has acknowledged nothing for %3 s (%n request(s) waiting).</source>
        <translation>
            <numerusform>%1:%2 的代理应答 ping，但 %3 秒内没有确认任何请求（%n 个请求等待中）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="84"/>
        <source>The broker at %1:%2 asked for &apos;%3&apos; authentication data, and no answer was given within %4 s.</source>
        <translation>%1:%2 的代理请求“%3”认证数据，但 %4 秒内未给出应答。</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="296"/>
        <source>The broker sent a malformed packet: %1</source>
        <translation>代理发送了格式错误的报文：%1</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="317"/>
        <source>The broker at %1 closed the connection without answering CONNECT (it may not support MQTT %2).</source>
        <translation>%1 的代理未应答 CONNECT 就关闭了连接（它可能不支持 MQTT %2）。</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="321"/>
        <source>The broker at %1 closed the connection.</source>
        <translation>%1 的代理关闭了连接。</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="551"/>
        <source>Cannot publish to &apos;%1&apos;: %2</source>
        <translation>无法发布到“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="554"/>
        <location filename="../core/client/subscriptions.cpp" line="24"/>
        <source>QoS must be 0, 1 or 2, not %1.</source>
        <translation>QoS 必须为 0、1 或 2，而不是 %1。</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="556"/>
        <source>Cannot publish at QoS 0 while disconnected.</source>
        <translation>断开连接时无法以 QoS 0 发布。</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="558"/>
        <source>Cannot publish: %1 messages are already waiting to be sent.</source>
        <translation>无法发布：已有 %1 条消息在等待发送。</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="619"/>
        <source>Cannot subscribe while not connected.</source>
        <translation>未连接时无法订阅。</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="633"/>
        <source>Nothing to unsubscribe from.</source>
        <translation>没有可取消订阅的内容。</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="634"/>
        <source>Cannot unsubscribe while not connected.</source>
        <translation>未连接时无法取消订阅。</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="701"/>
        <source>The broker sent %1 before CONNACK.</source>
        <translation>代理在 CONNACK 之前发送了 %1。</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="750"/>
        <source>The broker sent more unacknowledged QoS 2 messages than the %1 allowed.</source>
        <translation>代理发送的未确认 QoS 2 消息超过了允许的 %1 条。</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="800"/>
        <source>The broker sent %1, which only a client may send.</source>
        <translation>代理发送了 %1，而只有客户端可以发送它。</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="809"/>
        <source>The broker sent a second CONNACK.</source>
        <translation>代理发送了第二个 CONNACK。</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="925"/>
        <source>The broker at %1:%2 ended the connection: %3.</source>
        <translation>%1:%2 的代理结束了连接：%3。</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="927"/>
        <source>It suggests the server %1.</source>
        <translation>它建议使用服务器 %1。</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="940"/>
        <source>The broker sent AUTH under MQTT %1.</source>
        <translation>代理在 MQTT %1 下发送了 AUTH。</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="946"/>
        <source>The broker sent AUTH, but this connection asked for no enhanced authentication.</source>
        <translation>代理发送了 AUTH，但此连接并未请求增强认证。</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="952"/>
        <source>The broker&apos;s AUTH names the authentication method &apos;%1&apos;, not &apos;%2&apos;.</source>
        <translation>代理的 AUTH 指定的认证方法为“%1”，而不是“%2”。</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="960"/>
        <source>The broker sent AUTH with the reason &apos;%1&apos; before CONNACK.</source>
        <translation>代理在 CONNACK 之前发送了原因为“%1”的 AUTH。</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="984"/>
        <source>The broker at %1:%2 asked for more &apos;%3&apos; authentication data, and nothing here answers that method (Signalbox answers %4 by itself).</source>
        <translation>%1:%2 的代理请求更多“%3”认证数据，但此处没有任何组件能应答该方法（Signalbox 自身可应答 %4）。</translation>
    </message>
    <message>
        <location filename="../core/client/outboundqueue.cpp" line="164"/>
        <source>Topic alias %1 is outside the broker&apos;s limit of %2.</source>
        <translation>主题别名 %1 超出了代理的上限 %2。</translation>
    </message>
    <message>
        <location filename="../core/client/outboundqueue.cpp" line="170"/>
        <source>Topic alias %1 has no topic yet on this connection.</source>
        <translation>主题别名 %1 在此连接上尚无对应主题。</translation>
    </message>
    <message>
        <location filename="../core/client/outboundqueue.cpp" line="189"/>
        <source>The broker accepts QoS %1 at most.</source>
        <translation>代理最多接受 QoS %1。</translation>
    </message>
    <message>
        <location filename="../core/client/outboundqueue.cpp" line="194"/>
        <source>The broker does not support retained messages.</source>
        <translation>代理不支持保留消息。</translation>
    </message>
    <message>
        <location filename="../core/client/outboundqueue.cpp" line="219"/>
        <source>The message is larger than the broker&apos;s maximum packet size of %1 bytes.</source>
        <translation>消息大于代理的最大报文大小 %1 字节。</translation>
    </message>
    <message>
        <location filename="../core/client/sessionfile.cpp" line="61"/>
        <source>Cannot write the session file %1: %2</source>
        <translation>无法写入会话文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/client/subscriptions.cpp" line="18"/>
        <source>Nothing to subscribe to.</source>
        <translation>没有可订阅的内容。</translation>
    </message>
    <message>
        <location filename="../core/client/subscriptions.cpp" line="22"/>
        <source>Invalid topic filter &apos;%1&apos;: %2</source>
        <translation>主题过滤器“%1”无效：%2</translation>
    </message>
    <message>
        <location filename="../core/client/subscriptions.cpp" line="68"/>
        <source>The broker answered %1 subscriptions with %2 reason codes.</source>
        <translation>代理用 %2 个原因码应答了 %1 个订阅。</translation>
    </message>
    <message>
        <location filename="../core/client/subscriptions.cpp" line="93"/>
        <source>Failure</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../core/client/subscriptions.cpp" line="101"/>
        <source>The broker refused the subscription to %1: %2.</source>
        <translation>代理拒绝了对 %1 的订阅：%2。</translation>
    </message>
</context>
<context>
    <name>Signalbox::NumericValue</name>
    <message>
        <location filename="../core/payload/numericvalue.cpp" line="295"/>
        <location filename="../core/payload/numericvalue.cpp" line="354"/>
        <source>A JSON path may not end with &apos;.&apos;.</source>
        <translation>JSON 路径不能以“.”结尾。</translation>
    </message>
    <message>
        <location filename="../core/payload/numericvalue.cpp" line="316"/>
        <source>A quoted key in a JSON path has no closing quote.</source>
        <translation>JSON 路径中带引号的键缺少结尾引号。</translation>
    </message>
    <message>
        <location filename="../core/payload/numericvalue.cpp" line="324"/>
        <source>An array index in a JSON path must be a number, as in values[0].</source>
        <translation>JSON 路径中的数组索引必须是数字，例如 values[0]。</translation>
    </message>
    <message>
        <location filename="../core/payload/numericvalue.cpp" line="328"/>
        <source>An array index in a JSON path is too large.</source>
        <translation>JSON 路径中的数组索引过大。</translation>
    </message>
    <message>
        <location filename="../core/payload/numericvalue.cpp" line="332"/>
        <source>A &apos;[&apos; in a JSON path has no matching &apos;]&apos;.</source>
        <translation>JSON 路径中的“[”没有匹配的“]”。</translation>
    </message>
    <message>
        <location filename="../core/payload/numericvalue.cpp" line="336"/>
        <source>Expected &apos;.&apos; or &apos;[&apos; after &apos;]&apos; in the JSON path.</source>
        <translation>JSON 路径中“]”之后应为“.”或“[”。</translation>
    </message>
    <message>
        <location filename="../core/payload/numericvalue.cpp" line="342"/>
        <source>A &apos;]&apos; in a JSON path has no matching &apos;[&apos;.</source>
        <translation>JSON 路径中的“]”没有匹配的“[”。</translation>
    </message>
    <message>
        <location filename="../core/payload/numericvalue.cpp" line="346"/>
        <source>A JSON path may not have an empty key (as in &quot;a..b&quot; or &quot;.a&quot;).</source>
        <translation>JSON 路径不能有空键（如 &quot;a..b&quot; 或 &quot;.a&quot;）。</translation>
    </message>
</context>
<context>
    <name>Signalbox::PacketDecoder</name>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="226"/>
        <source>%1: %2.</source>
        <extracomment>%1 is a packet type such as PUBLISH, %2 what is wrong with it</extracomment>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="236"/>
        <source>Packet type 0 is reserved and may not be sent.</source>
        <translation>报文类型 0 为保留类型，不能发送。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="241"/>
        <source>Packet type 15 (AUTH) does not exist in MQTT %1.</source>
        <translation>报文类型 15（AUTH）在 MQTT %1 中不存在。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="248"/>
        <source>QoS 3 is not a valid QoS</source>
        <translation>QoS 3 不是有效的 QoS</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="254"/>
        <source>the DUP flag is set on a QoS 0 message</source>
        <translation>QoS 0 消息设置了 DUP 标志</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="263"/>
        <source>the fixed header flags are %1 where %2 is required</source>
        <translation>固定报头标志为 %1，而要求为 %2</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="320"/>
        <source>the packet type is reserved</source>
        <translation>报文类型为保留类型</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="333"/>
        <source>the %1 runs past the end of the packet</source>
        <extracomment>%1 is a field of the packet such as &quot;topic name&quot;</extracomment>
        <translation>%1超出了报文末尾</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="340"/>
        <source>%1 unexpected bytes follow the end of the packet&apos;s content</source>
        <translation>报文内容结束后还有 %1 个多余字节</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="349"/>
        <source>packet identifier</source>
        <translation>报文标识符</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="352"/>
        <source>the packet identifier is 0</source>
        <translation>报文标识符为 0</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="363"/>
        <source>%1 is not valid UTF-8</source>
        <translation>%1不是有效的 UTF-8</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="365"/>
        <source>%1 contains the character U+0000</source>
        <translation>%1包含字符 U+0000</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="367"/>
        <source>%1 contains a wildcard (&apos;+&apos; or &apos;#&apos;)</source>
        <translation>%1包含通配符（“+”或“#”）</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="381"/>
        <source>%1 is not valid UTF-8</source>
        <comment>property</comment>
        <extracomment>%1 is an MQTT property name such as &quot;Content Type&quot;</extracomment>
        <translation>%1不是有效的 UTF-8</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="384"/>
        <source>%1 contains the character U+0000</source>
        <comment>property</comment>
        <translation>%1包含字符 U+0000</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="424"/>
        <source>the %1 is empty</source>
        <translation>%1为空</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="442"/>
        <source>%1 is cut short</source>
        <extracomment>%1 is an MQTT property name such as &quot;Content Type&quot;</extracomment>
        <translation>%1被截断</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="453"/>
        <source>property length</source>
        <translation>属性长度</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="456"/>
        <source>the property length is not a valid variable byte integer</source>
        <translation>属性长度不是有效的可变字节整数</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="463"/>
        <source>the property length %1 runs past the end of the packet</source>
        <translation>属性长度 %1 超出了报文末尾</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="469"/>
        <source>a property identifier is not valid</source>
        <translation>属性标识符无效</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="473"/>
        <source>unknown property identifier %1</source>
        <translation>未知的属性标识符 %1</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="478"/>
        <source>%1 is not allowed in the will properties</source>
        <translation>遗嘱属性中不允许 %1</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="479"/>
        <source>%1 is not allowed in this packet</source>
        <translation>此报文中不允许 %1</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="484"/>
        <source>%1 appears more than once</source>
        <translation>%1 出现了不止一次</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="520"/>
        <source>%1 is not a valid variable byte integer</source>
        <translation>%1 不是有效的可变字节整数</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="583"/>
        <source>%1 is %2, not 0 or 1</source>
        <translation>%1 为 %2，而不是 0 或 1</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="591"/>
        <location filename="../core/mqtt/packetdecoder.cpp" line="596"/>
        <source>%1 is 0</source>
        <translation>%1 为 0</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="605"/>
        <source>reason code</source>
        <translation>原因码</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="609"/>
        <location filename="../core/mqtt/packetdecoder.cpp" line="799"/>
        <source>reason code %1 is not allowed in this packet</source>
        <translation>此报文中不允许原因码 %1</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="620"/>
        <source>protocol name</source>
        <translation>协议名</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="622"/>
        <source>protocol level</source>
        <translation>协议级别</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="631"/>
        <source>protocol &quot;%1&quot; level %2 is not supported</source>
        <translation>不支持协议 &quot;%1&quot; 级别 %2</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="638"/>
        <source>connect flags</source>
        <translation>连接标志</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="642"/>
        <source>the reserved connect flag is set</source>
        <translation>设置了保留的连接标志</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="647"/>
        <source>the will QoS is 3</source>
        <translation>遗嘱 QoS 为 3</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="649"/>
        <source>will QoS or will retain is set without the will flag</source>
        <translation>未设置遗嘱标志却设置了遗嘱 QoS 或遗嘱保留</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="655"/>
        <source>the password flag is set without the user name flag</source>
        <translation>未设置用户名标志却设置了密码标志</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="657"/>
        <source>keep alive</source>
        <translation>保活时间</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="663"/>
        <source>client identifier</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="671"/>
        <source>will topic</source>
        <translation>遗嘱主题</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="674"/>
        <source>the will topic is empty</source>
        <translation>遗嘱主题为空</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="675"/>
        <source>will payload</source>
        <translation>遗嘱载荷</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="678"/>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="680"/>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="688"/>
        <source>acknowledge flags</source>
        <translation>确认标志</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="694"/>
        <source>reserved acknowledge flags are set</source>
        <translation>设置了保留的确认标志</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="700"/>
        <source>return code</source>
        <translation>返回码</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="705"/>
        <source>session present is set on a refusal</source>
        <translation>拒绝时设置了会话存在标志</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="714"/>
        <source>topic name</source>
        <translation>主题名</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="723"/>
        <source>the topic name is empty</source>
        <translation>主题名为空</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="725"/>
        <source>the topic name is empty and there is no topic alias</source>
        <translation>主题名为空且没有主题别名</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="755"/>
        <location filename="../core/mqtt/packetdecoder.cpp" line="815"/>
        <source>topic filter</source>
        <translation>主题过滤器</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="758"/>
        <source>subscription options</source>
        <translation>订阅选项</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="762"/>
        <source>the requested QoS of &quot;%1&quot; is 3</source>
        <translation>&quot;%1&quot; 请求的 QoS 为 3</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="767"/>
        <source>reserved subscription option bits are set for &quot;%1&quot;</source>
        <translation>&quot;%1&quot; 设置了保留的订阅选项位</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="773"/>
        <source>retain handling of &quot;%1&quot; is 3</source>
        <translation>&quot;%1&quot; 的保留处理为 3</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="776"/>
        <source>reserved bits are set in the requested QoS byte for &quot;%1&quot;</source>
        <translation>&quot;%1&quot; 的请求 QoS 字节中设置了保留位</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="781"/>
        <location filename="../core/mqtt/packetdecoder.cpp" line="820"/>
        <source>there are no topic filters</source>
        <translation>没有主题过滤器</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="803"/>
        <location filename="../core/mqtt/packetdecoder.cpp" line="840"/>
        <source>there are no reason codes</source>
        <translation>没有原因码</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="890"/>
        <source>The packet is empty.</source>
        <translation>报文为空。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="891"/>
        <source>the fixed header is cut short</source>
        <translation>固定报头被截断</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="895"/>
        <location filename="../core/mqtt/packetdecoder.cpp" line="940"/>
        <source>the remaining length is not a valid variable byte integer</source>
        <translation>剩余长度不是有效的可变字节整数</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="902"/>
        <source>the remaining length says %1 bytes but %2 follow the fixed header</source>
        <translation>剩余长度为 %1 字节，但固定报头之后有 %2 字节</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="949"/>
        <source>the packet of %1 bytes exceeds the maximum packet size of %2 bytes</source>
        <translation>%1 字节的报文超过了最大报文大小 %2 字节</translation>
    </message>
</context>
<context>
    <name>Signalbox::PacketLogModel</name>
    <message>
        <location filename="../core/models/packetlogmodel.cpp" line="98"/>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../core/models/packetlogmodel.cpp" line="98"/>
        <source>received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../core/models/packetlogmodel.cpp" line="118"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../core/models/packetlogmodel.cpp" line="120"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../core/models/packetlogmodel.cpp" line="122"/>
        <source>Packet</source>
        <translation>报文</translation>
    </message>
    <message>
        <location filename="../core/models/packetlogmodel.cpp" line="124"/>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location filename="../core/models/packetlogmodel.cpp" line="126"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>Signalbox::Packets</name>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="390"/>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="421"/>
        <location filename="../core/mqtt/packets.cpp" line="462"/>
        <location filename="../core/mqtt/packets.cpp" line="463"/>
        <location filename="../core/mqtt/packets.cpp" line="474"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="436"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="436"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="446"/>
        <source>Reason code</source>
        <translation>原因码</translation>
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
        <translation>标志</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="455"/>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="456"/>
        <source>%1, level %2</source>
        <translation>%1，级别 %2</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="459"/>
        <source>Client identifier</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="460"/>
        <source>Clean start</source>
        <translation>全新开始</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="460"/>
        <source>Clean session</source>
        <translation>清除会话</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="461"/>
        <source>Keep alive</source>
        <translation>保活时间</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="462"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="463"/>
        <source>Password</source>
        <translation>密码</translation>
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
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="466"/>
        <source>Will:</source>
        <translation>遗嘱：</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="467"/>
        <location filename="../core/mqtt/packets.cpp" line="502"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="468"/>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="469"/>
        <source>Retain</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="470"/>
        <location filename="../core/mqtt/packets.cpp" line="506"/>
        <source>Payload</source>
        <translation>载荷</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="471"/>
        <location filename="../core/mqtt/packets.cpp" line="506"/>
        <source>%1 bytes %2</source>
        <translation>%1 字节 %2</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="472"/>
        <source>Will properties</source>
        <translation>遗嘱属性</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="474"/>
        <source>Will</source>
        <translation>遗嘱</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="483"/>
        <source>Session present</source>
        <translation>会话存在</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="487"/>
        <source>Return code</source>
        <translation>返回码</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="502"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="504"/>
        <location filename="../core/mqtt/packets.cpp" line="513"/>
        <location filename="../core/mqtt/packets.cpp" line="523"/>
        <location filename="../core/mqtt/packets.cpp" line="541"/>
        <location filename="../core/mqtt/packets.cpp" line="552"/>
        <location filename="../core/mqtt/packets.cpp" line="563"/>
        <source>Packet identifier</source>
        <translation>报文标识符</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="525"/>
        <source>Subscriptions:</source>
        <translation>订阅：</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="529"/>
        <source>, no local: %1, retain as published: %2, retain handling: %3</source>
        <translation>，No Local：%1，Retain As Published：%2，保留处理：%3</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="543"/>
        <location filename="../core/mqtt/packets.cpp" line="566"/>
        <source>Reason codes:</source>
        <translation>原因码：</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="554"/>
        <source>Topic filters:</source>
        <translation>主题过滤器：</translation>
    </message>
</context>
<context>
    <name>Signalbox::PayloadArena</name>
    <message>
        <location filename="../core/models/payloadarena.cpp" line="112"/>
        <source>Could not write the message log&apos;s spill file %1: %2.</source>
        <translation>无法写入消息日志的溢出文件 %1：%2。</translation>
    </message>
    <message>
        <location filename="../core/models/payloadarena.cpp" line="135"/>
        <source>Could not create a spill file for the message log in %1: %2.</source>
        <translation>无法在 %1 中为消息日志创建溢出文件：%2。</translation>
    </message>
</context>
<context>
    <name>Signalbox::PayloadBinding</name>
    <message>
        <location filename="../core/profiles/payloadbinding.cpp" line="61"/>
        <source>Give the topic filter the %1 applies to.</source>
        <translation>请填写 %1 所适用的主题过滤器。</translation>
    </message>
    <message>
        <location filename="../core/profiles/payloadbinding.cpp" line="63"/>
        <source>The topic filter is not valid: %1</source>
        <translation>主题过滤器无效：%1</translation>
    </message>
    <message>
        <location filename="../core/profiles/payloadbinding.cpp" line="67"/>
        <source>Choose the .proto file.</source>
        <translation>请选择 .proto 文件。</translation>
    </message>
    <message>
        <location filename="../core/profiles/payloadbinding.cpp" line="69"/>
        <source>Choose the message type the payloads are.</source>
        <translation>请选择载荷对应的消息类型。</translation>
    </message>
    <message>
        <location filename="../core/profiles/payloadbinding.cpp" line="73"/>
        <source>Choose the Avro schema file (.avsc).</source>
        <translation>请选择 Avro 模式文件（.avsc）。</translation>
    </message>
    <message>
        <location filename="../core/profiles/payloadbinding.cpp" line="77"/>
        <source>Choose the JSON Schema file.</source>
        <translation>请选择 JSON Schema 文件。</translation>
    </message>
    <message>
        <location filename="../core/profiles/payloadbinding.cpp" line="81"/>
        <source>Write the script, or choose its file.</source>
        <translation>请编写脚本，或选择脚本文件。</translation>
    </message>
    <message>
        <location filename="../core/profiles/payloadbinding.cpp" line="110"/>
        <source>Its kind is not one of protobuf, avro, jsonSchema or script.</source>
        <translation>其类型不是 protobuf、avro、jsonSchema 或 script 之一。</translation>
    </message>
    <message>
        <location filename="../core/profiles/payloadbinding.cpp" line="117"/>
        <source>Its filter is not a text or its enabled flag is not true or false.</source>
        <translation>其过滤器不是文本，或其 enabled 标志不是 true 或 false。</translation>
    </message>
</context>
<context>
    <name>Signalbox::PayloadDecoding</name>
    <message>
        <location filename="../core/session/payloaddecoding.cpp" line="47"/>
        <source>%1 has no message type %2.</source>
        <translation>%1 中没有消息类型 %2。</translation>
    </message>
    <message>
        <location filename="../core/session/payloaddecoding.cpp" line="68"/>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/session/payloaddecoding.cpp" line="70"/>
        <source>%1 is larger than 1 MB: is it a script?</source>
        <translation>%1 大于 1 MB：它真的是脚本吗？</translation>
    </message>
    <message>
        <location filename="../core/session/payloaddecoding.cpp" line="80"/>
        <source>It did not load.</source>
        <translation>未能加载。</translation>
    </message>
    <message>
        <location filename="../core/session/payloaddecoding.cpp" line="95"/>
        <source>%1 for %2: %3</source>
        <translation>%2 的 %1：%3</translation>
    </message>
    <message>
        <location filename="../core/session/payloaddecoding.cpp" line="175"/>
        <source>No schema is bound to this topic.</source>
        <translation>此主题未绑定任何模式。</translation>
    </message>
    <message>
        <location filename="../core/session/payloaddecoding.cpp" line="221"/>
        <source>script for %1</source>
        <translation>%1 的脚本</translation>
    </message>
</context>
<context>
    <name>Signalbox::PayloadFormat</name>
    <message>
        <location filename="../core/payload/binaryformats.cpp" line="546"/>
        <source>Type JSON to send as %1. %2</source>
        <translation>输入 JSON 以 %1 格式发送。%2</translation>
    </message>
    <message>
        <location filename="../core/payload/binaryformats.cpp" line="582"/>
        <source>Invalid CBOR at byte %1: nesting deeper than %2 levels is not supported.</source>
        <translation>字节 %1 处的 CBOR 无效：不支持超过 %2 层的嵌套。</translation>
    </message>
    <message>
        <location filename="../core/payload/binaryformats.cpp" line="585"/>
        <source>Invalid CBOR at byte %1: %2.</source>
        <translation>字节 %1 处的 CBOR 无效：%2。</translation>
    </message>
    <message>
        <location filename="../core/payload/binaryformats.cpp" line="610"/>
        <source>nesting deeper than %1 levels is not supported</source>
        <translation>不支持超过 %1 层的嵌套</translation>
    </message>
    <message>
        <location filename="../core/payload/binaryformats.cpp" line="612"/>
        <source>the data ends inside an item</source>
        <translation>数据在某个项目内部结束</translation>
    </message>
    <message>
        <location filename="../core/payload/binaryformats.cpp" line="614"/>
        <source>unexpected byte</source>
        <translation>意外的字节</translation>
    </message>
    <message>
        <location filename="../core/payload/binaryformats.cpp" line="616"/>
        <source>Invalid MessagePack at byte %1: %2.</source>
        <translation>字节 %1 处的 MessagePack 无效：%2。</translation>
    </message>
    <message>
        <location filename="../core/payload/binaryformats.cpp" line="623"/>
        <location filename="../core/payload/binaryformats.cpp" line="650"/>
        <source>MessagePack support was not built in.</source>
        <translation>未编译 MessagePack 支持。</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="122"/>
        <source>Nesting deeper than %1 levels is not supported</source>
        <translation>不支持超过 %1 层的嵌套</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="151"/>
        <source>Expected a JSON value, found nothing</source>
        <translation>应为 JSON 值，但什么也没有</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="153"/>
        <source>Unexpected end of input inside an object (missing &apos;}&apos;)</source>
        <translation>对象内部意外结束（缺少“}”）</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="154"/>
        <source>Unexpected end of input inside an array (missing &apos;]&apos;)</source>
        <translation>数组内部意外结束（缺少“]”）</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="168"/>
        <source>Trailing comma before &apos;]&apos;</source>
        <translation>“]”之前有多余的逗号</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="201"/>
        <source>Trailing comma before &apos;}&apos;</source>
        <translation>“}”之前有多余的逗号</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="203"/>
        <source>Keys must be in double quotes, not single quotes</source>
        <translation>键必须用双引号，而不是单引号</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="204"/>
        <source>Expected a key in double quotes, found %1</source>
        <translation>应为双引号中的键，但遇到了 %1</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="208"/>
        <source>Expected &apos;:&apos; after an object key, found %1</source>
        <translation>对象键之后应为“:”，但遇到了 %1</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="214"/>
        <source>Unexpected %1 after the JSON value</source>
        <translation>JSON 值之后有意外的 %1</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="222"/>
        <source>Expected &apos;,&apos; or &apos;}&apos; after a value in an object, found %1</source>
        <translation>对象中的值之后应为“,”或“}”，但遇到了 %1</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="232"/>
        <source>Expected &apos;,&apos; or &apos;]&apos; after a value in an array, found %1</source>
        <translation>数组中的值之后应为“,”或“]”，但遇到了 %1</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="260"/>
        <source>Strings must be in double quotes, not single quotes</source>
        <translation>字符串必须用双引号，而不是单引号</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="262"/>
        <source>Comments are not allowed in JSON</source>
        <translation>JSON 中不允许注释</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="264"/>
        <location filename="../core/payload/json.cpp" line="375"/>
        <location filename="../core/payload/json.cpp" line="380"/>
        <source>Invalid literal; expected true, false or null</source>
        <translation>无效的字面量；应为 true、false 或 null</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="266"/>
        <source>Expected a value, found %1</source>
        <translation>应为值，但遇到了 %1</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="282"/>
        <location filename="../core/payload/json.cpp" line="290"/>
        <location filename="../core/payload/json.cpp" line="295"/>
        <source>Unexpected end of input inside a string (missing &apos;&quot;&apos;)</source>
        <translation>字符串内部意外结束（缺少“&quot;”）</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="297"/>
        <source>Invalid \u escape: expected four hex digits</source>
        <translation>无效的 \u 转义：应为四位十六进制数字</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="303"/>
        <source>Invalid escape sequence &apos;\%1&apos; in a string</source>
        <translation>字符串中有无效的转义序列“\%1”</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="310"/>
        <source>Line break inside a string (write it as \n)</source>
        <translation>字符串内部有换行（请写成 \n）</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="311"/>
        <source>Control character U+%1 inside a string must be escaped</source>
        <translation>字符串中的控制字符 U+%1 必须转义</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="316"/>
        <source>Invalid UTF-8 inside a string</source>
        <translation>字符串中有无效的 UTF-8</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="328"/>
        <location filename="../core/payload/json.cpp" line="342"/>
        <location filename="../core/payload/json.cpp" line="353"/>
        <source>Unexpected end of input inside a number</source>
        <translation>数字内部意外结束</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="332"/>
        <source>Numbers must not have leading zeros</source>
        <translation>数字不能有前导零</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="337"/>
        <source>Expected a digit after &apos;-&apos;</source>
        <translation>“-”之后应为数字</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="344"/>
        <source>Expected a digit after the decimal point</source>
        <translation>小数点之后应为数字</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="355"/>
        <source>Expected a digit in the exponent</source>
        <translation>指数中应为数字</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="379"/>
        <source>Unexpected end of input inside a literal</source>
        <translation>字面量内部意外结束</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="476"/>
        <source>[The indented text is too large to show in full.]</source>
        <translation>[缩进后的文本过大，无法完整显示。]</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="546"/>
        <source>Invalid JSON at line %1, column %2 (byte %3): %4.</source>
        <translation>第 %1 行第 %2 列（字节 %3）处的 JSON 无效：%4。</translation>
    </message>
    <message>
        <location filename="../core/payload/payloadformat.cpp" line="59"/>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../core/payload/payloadformat.cpp" line="61"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../core/payload/payloadformat.cpp" line="65"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../core/payload/payloadformat.cpp" line="271"/>
        <source>&apos;%1&apos; at position %2 is not a hex digit.</source>
        <translation>位置 %2 处的“%1”不是十六进制数字。</translation>
    </message>
    <message>
        <location filename="../core/payload/payloadformat.cpp" line="275"/>
        <source>Hex needs two digits per byte; there is an odd number of digits (%1).</source>
        <translation>Hex 每个字节需要两位数字；数字个数为奇数（%1）。</translation>
    </message>
    <message>
        <location filename="../core/payload/payloadformat.cpp" line="292"/>
        <source>The text is not valid Base64.</source>
        <translation>该文本不是有效的 Base64。</translation>
    </message>
</context>
<context>
    <name>Signalbox::ProfileStore</name>
    <message>
        <location filename="../core/profiles/jsontypename.cpp" line="20"/>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <location filename="../core/profiles/jsontypename.cpp" line="22"/>
        <location filename="../core/profiles/mqttximport.cpp" line="54"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../core/profiles/jsontypename.cpp" line="24"/>
        <location filename="../core/profiles/mqttximport.cpp" line="41"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location filename="../core/profiles/jsontypename.cpp" line="26"/>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location filename="../core/profiles/jsontypename.cpp" line="28"/>
        <location filename="../core/profiles/mqttximport.cpp" line="49"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../core/profiles/jsontypename.cpp" line="32"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="42"/>
        <source>Profile %1</source>
        <translation>配置 %1</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="43"/>
        <source>Profile %1 (&quot;%2&quot;)</source>
        <translation>配置 %1（&quot;%2&quot;）</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="58"/>
        <source>This is not a Signalbox profile file (its format is &apos;%1&apos;).</source>
        <translation>这不是 Signalbox 配置文件（其格式为“%1”）。</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="63"/>
        <source>The profile file has version %1; this Signalbox reads up to version %2.</source>
        <translation>配置文件的版本为 %1；此 Signalbox 最高只能读取版本 %2。</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="71"/>
        <source>&apos;groups&apos; should be an array, not %1.</source>
        <translation>“groups”应为数组，而不是%1。</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="77"/>
        <source>Each group should be a string, not %1.</source>
        <translation>每个分组应为字符串，而不是%1。</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="86"/>
        <source>&apos;profiles&apos; should be an array, not %1.</source>
        <translation>“profiles”应为数组，而不是%1。</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="91"/>
        <source>The file holds no JSON object.</source>
        <translation>该文件不包含 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="98"/>
        <source>Profile %1 should be an object, not %2.</source>
        <translation>配置 %1 应为对象，而不是%2。</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="104"/>
        <source>%1 is not valid. %2</source>
        <translation>%1无效。%2</translation>
    </message>
    <message>
        <location filename="../core/profiles/mqttximport.cpp" line="45"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location filename="../core/profiles/mqttximport.cpp" line="58"/>
        <source>a whole number from 0 to %1</source>
        <translation>0 到 %1 之间的整数</translation>
    </message>
    <message>
        <location filename="../core/profiles/mqttximport.cpp" line="88"/>
        <source>an object of strings</source>
        <translation>字符串对象</translation>
    </message>
    <message>
        <location filename="../core/profiles/mqttximport.cpp" line="121"/>
        <source>In MQTTX %1, the field &apos;%2&apos; should be %3, not %4.</source>
        <translation>在 MQTTX %1 中，字段“%2”应为%3，而不是%4。</translation>
    </message>
    <message>
        <location filename="../core/profiles/mqttximport.cpp" line="146"/>
        <source>In MQTTX %1, the field &apos;protocol&apos; should be mqtt, mqtts, ws or wss, not &apos;%2&apos;.</source>
        <translation>在 MQTTX %1 中，字段“protocol”应为 mqtt、mqtts、ws 或 wss，而不是“%2”。</translation>
    </message>
    <message>
        <location filename="../core/profiles/mqttximport.cpp" line="193"/>
        <source>In MQTTX %1, the field &apos;mqttVersion&apos; should be 3.1, 3.1.1 or 5.0, not &apos;%2&apos;.</source>
        <translation>在 MQTTX %1 中，字段“mqttVersion”应为 3.1、3.1.1 或 5.0，而不是“%2”。</translation>
    </message>
    <message>
        <location filename="../core/profiles/mqttximport.cpp" line="315"/>
        <source>connection %1</source>
        <translation>连接 %1</translation>
    </message>
    <message>
        <location filename="../core/profiles/mqttximport.cpp" line="316"/>
        <source>connection %1 (&quot;%2&quot;)</source>
        <translation>连接 %1（&quot;%2&quot;）</translation>
    </message>
    <message>
        <location filename="../core/profiles/mqttximport.cpp" line="354"/>
        <source>In MQTTX connection &quot;%1&quot;, the field &apos;subscriptions&apos; should be an array, not %2.</source>
        <translation>在 MQTTX 连接“%1”中，字段“subscriptions”应为数组，而不是%2。</translation>
    </message>
    <message>
        <location filename="../core/profiles/mqttximport.cpp" line="361"/>
        <source>connection &quot;%1&quot;, subscription %2</source>
        <translation>连接“%1”的订阅 %2</translation>
    </message>
    <message>
        <location filename="../core/profiles/mqttximport.cpp" line="364"/>
        <source>In MQTTX %1, the subscription should be an object, not %2.</source>
        <translation>在 MQTTX %1 中，订阅应为对象，而不是%2。</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="172"/>
        <source>The profiles in &apos;%1&apos; could not be read: %2</source>
        <translation>无法读取“%1”中的配置：%2</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="184"/>
        <source>It is not valid JSON (%1 at byte %2).</source>
        <translation>这不是有效的 JSON（字节 %2 处%1）。</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="202"/>
        <source>The profile file &apos;%1&apos; is damaged and could not be moved aside, so it was left as it is. %2</source>
        <translation>配置文件“%1”已损坏且无法移走，因此保持原样。%2</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="209"/>
        <source>The profile file &apos;%1&apos; is damaged and was kept as &apos;%3&apos;; Signalbox starts with no profiles. %2</source>
        <translation>配置文件“%1”已损坏，已保存为“%3”；Signalbox 将以无配置状态启动。%2</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="220"/>
        <location filename="../core/profiles/profilestore.cpp" line="226"/>
        <source>The profiles could not be saved to &apos;%1&apos;: %2</source>
        <translation>无法将配置保存到“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="123"/>
        <source>The saved subscriptions and publish histories could not be read: &apos;workspaces&apos; should be an object, not %1.</source>
        <translation>无法读取已保存的订阅和发布历史：“workspaces”应为对象，而不是%1。</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="136"/>
        <source>Its saved subscriptions and publish history are not an object.</source>
        <translation>其已保存的订阅和发布历史不是对象。</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="362"/>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="441"/>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>该文件不是有效的 JSON（字节 %2 处%1）。</translation>
    </message>
    <message>
        <location filename="../core/profiles/mqttximport.cpp" line="405"/>
        <source>The MQTTX export is not valid JSON (%1 at byte %2).</source>
        <translation>MQTTX 导出文件不是有效的 JSON（字节 %2 处%1）。</translation>
    </message>
    <message>
        <location filename="../core/profiles/mqttximport.cpp" line="420"/>
        <source>MQTTX connection %1 should be an object, not %2.</source>
        <translation>MQTTX 连接 %1 应为对象，而不是%2。</translation>
    </message>
    <message>
        <location filename="../core/profiles/mqttximport.cpp" line="433"/>
        <source>The MQTTX export holds no connections.</source>
        <translation>MQTTX 导出文件中没有连接。</translation>
    </message>
</context>
<context>
    <name>Signalbox::Properties</name>
    <message>
        <location filename="../core/mqtt/properties.cpp" line="408"/>
        <source>Unknown property &apos;%1&apos;.</source>
        <translation>未知属性“%1”。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/properties.cpp" line="415"/>
        <source>The property &apos;%1&apos; must be an array of [name, value] pairs.</source>
        <translation>属性“%1”必须是由 [name, value] 对组成的数组。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/properties.cpp" line="423"/>
        <source>The property &apos;%1&apos; must be an array of [name, value] pairs of strings.</source>
        <translation>属性“%1”必须是由字符串 [name, value] 对组成的数组。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/properties.cpp" line="438"/>
        <source>The property &apos;%1&apos; must hold integers from 1 to %2.</source>
        <translation>属性“%1”必须包含 1 到 %2 之间的整数。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/properties.cpp" line="450"/>
        <source>The property &apos;%1&apos; must be an integer from 0 to %2.</source>
        <translation>属性“%1”必须是 0 到 %2 之间的整数。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/properties.cpp" line="456"/>
        <source>The property &apos;%1&apos; must be a string.</source>
        <translation>属性“%1”必须是字符串。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/properties.cpp" line="466"/>
        <source>The property &apos;%1&apos; must be a base64 string.</source>
        <translation>属性“%1”必须是 base64 字符串。</translation>
    </message>
</context>
<context>
    <name>Signalbox::ProtobufSchema</name>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="203"/>
        <source>nests deeper than %1 levels</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="209"/>
        <source>has a field tag that is cut short</source>
        <translation>有一个被截断的字段标签</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="214"/>
        <source>has a field tag with the invalid field number %1</source>
        <translation>有一个字段标签的字段编号 %1 无效</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="217"/>
        <source>has field %1 with the invalid wire type %2</source>
        <translation>的字段 %1 使用了无效的线路类型 %2</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="225"/>
        <source>has an end-group tag for field %1 that no group opened</source>
        <translation>有字段 %1 的 end-group 标签，但没有与之对应的组开始</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="245"/>
        <source>comes as %1 but its type %2 is sent as %3</source>
        <translation>以 %1 形式出现，但其类型 %2 应以 %3 形式发送</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="254"/>
        <source>has a varint that is cut short</source>
        <translation>有一个被截断的 varint</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="262"/>
        <source>is cut short: %1 bytes needed, %2 left</source>
        <translation>被截断：需要 %1 字节，只剩 %2 字节</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="269"/>
        <source>has a length that is cut short</source>
        <translation>的长度被截断</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="273"/>
        <source>says it is %1 bytes long but only %2 are left</source>
        <translation>声明长度为 %1 字节，但只剩 %2 字节</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="295"/>
        <source>ends before the group&apos;s end-group tag</source>
        <translation>在组的 end-group 标签之前结束</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="309"/>
        <source>is a string that is not valid UTF-8</source>
        <translation>是无效的 UTF-8 字符串</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="320"/>
        <source>is a packed list of %1 bytes, not a multiple of %2</source>
        <translation>是 %1 字节的 packed 列表，不是 %2 的倍数</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="327"/>
        <source>is a packed list whose last varint is cut short</source>
        <translation>是 packed 列表，其最后一个 varint 被截断</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="353"/>
        <source>The message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="354"/>
        <source>Field “%1”</source>
        <translation>字段“%1”</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="355"/>
        <source>%1 at byte %2 %3.</source>
        <translation>%1在第 %2 字节处%3。</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="361"/>
        <source>Field “%1” (number %2) at byte %3 %4.</source>
        <translation>字段“%1”（编号 %2）在第 %3 字节处%4。</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="523"/>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="528"/>
        <source>No .proto file was given.</source>
        <translation>未指定 .proto 文件。</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="547"/>
        <source>hidden by %1, which has the same import name “%2”</source>
        <translation>被 %1 遮蔽，二者的导入名同为“%2”</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="552"/>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="597"/>
        <location filename="../core/decoders/protobufschema.cpp" line="657"/>
        <source>The schema has no message type “%1”.</source>
        <translation>模式中没有消息类型“%1”。</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="601"/>
        <source>The payload is larger than protobuf&apos;s limit of 2 GiB.</source>
        <translation>载荷超过 protobuf 的 2 GiB 上限。</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="615"/>
        <source>The payload is not a valid %1 message.</source>
        <translation>载荷不是有效的 %1 消息。</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="619"/>
        <location filename="../core/decoders/protobufschema.cpp" line="672"/>
        <source>The required field(s) %1 are missing.</source>
        <translation>缺少必需字段 %1。</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="630"/>
        <source>The %1 message cannot be shown as JSON: %2.</source>
        <translation>无法将 %1 消息显示为 JSON：%2。</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="669"/>
        <source>The JSON does not fit %1: %2.</source>
        <translation>JSON 与 %1 不符：%2。</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="675"/>
        <source>The %1 message cannot be encoded.</source>
        <translation>无法编码 %1 消息。</translation>
    </message>
</context>
<context>
    <name>Signalbox::RetainedScan</name>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="173"/>
        <source>Another retained-message operation is still running.</source>
        <translation>另一个保留消息操作仍在进行中。</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="179"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="186"/>
        <source>Invalid topic filter &apos;%1&apos;: %2</source>
        <translation>主题过滤器“%1”无效：%2</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="193"/>
        <source>A shared subscription (&apos;%1&apos;) receives no retained messages; scan the filter without $share.</source>
        <translation>共享订阅（“%1”）不会收到保留消息；请扫描不带 $share 的过滤器。</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="211"/>
        <source>%1 Nothing was cleared.</source>
        <translation>%1 未清除任何内容。</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="267"/>
        <source>Could not subscribe to &apos;%1&apos;.</source>
        <translation>无法订阅“%1”。</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="281"/>
        <source>The broker closed the connection.</source>
        <translation>代理关闭了连接。</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="302"/>
        <source>The broker refused the subscription to &apos;%1&apos; (reason 0x%2).</source>
        <translation>代理拒绝了对“%1”的订阅（原因 0x%2）。</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="305"/>
        <source>The broker refused the subscription to &apos;%1&apos;: %2.</source>
        <translation>代理拒绝了对“%1”的订阅：%2。</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="467"/>
        <source>No restore file was chosen.</source>
        <translation>未选择恢复文件。</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="471"/>
        <source>Could not write the restore file %1: the folder %2 cannot be created.</source>
        <translation>无法写入恢复文件 %1：无法创建文件夹 %2。</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="474"/>
        <location filename="../core/client/retainedscan.cpp" line="477"/>
        <source>Could not write the restore file %1: %2.</source>
        <translation>无法写入恢复文件 %1：%2。</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="490"/>
        <source>Could not read the restore file %1: %2.</source>
        <translation>无法读取恢复文件 %1：%2。</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="496"/>
        <source>The restore file %1 is not valid JSON: %2 at offset %3.</source>
        <translation>恢复文件 %1 不是有效的 JSON：偏移 %3 处%2。</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="503"/>
        <source>The file %1 is not a Signalbox retained-message restore file.</source>
        <translation>文件 %1 不是 Signalbox 保留消息恢复文件。</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="508"/>
        <source>The restore file %1 has version %2; this Signalbox reads version %3.</source>
        <translation>恢复文件 %1 的版本为 %2；此 Signalbox 读取版本 %3。</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="516"/>
        <source>The restore file %1 has no list of messages.</source>
        <translation>恢复文件 %1 中没有消息列表。</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="524"/>
        <source>Message %1 of the restore file %2 is invalid: %3</source>
        <translation>恢复文件 %2 中的消息 %1 无效：%3</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="528"/>
        <source>it is not an object.</source>
        <translation>它不是对象。</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="538"/>
        <source>it has no payload.</source>
        <translation>它没有载荷。</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="542"/>
        <source>its payload is not Base64.</source>
        <translation>它的载荷不是 Base64。</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="546"/>
        <source>its QoS is not 0, 1 or 2.</source>
        <translation>它的 QoS 不是 0、1 或 2。</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="551"/>
        <source>its properties are not an object.</source>
        <translation>它的属性不是对象。</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="558"/>
        <source>the property %1 does not belong to a retained message.</source>
        <translation>属性 %1 不属于保留消息。</translation>
    </message>
</context>
<context>
    <name>Signalbox::ScramAuthenticator</name>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="149"/>
        <source>it holds the character U+%1, which SASLprep does not allow</source>
        <translation>其中包含 SASLprep 不允许的字符 U+%1</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="163"/>
        <source>it mixes right-to-left and left-to-right text in a way SASLprep does not allow</source>
        <translation>其中以 SASLprep 不允许的方式混用了从右到左和从左到右的文本</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="202"/>
        <source>the password is wrong (%1)</source>
        <translation>密码错误（%1）</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="204"/>
        <source>the user is unknown (%1)</source>
        <translation>用户未知（%1）</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="211"/>
        <source>%1 authentication needs a user name.</source>
        <translation>%1 认证需要用户名。</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="213"/>
        <source>%1 authentication needs the password of the user &apos;%2&apos;.</source>
        <translation>%1 认证需要用户“%2”的密码。</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="217"/>
        <source>The user name &apos;%1&apos; cannot be used with %2: %3.</source>
        <translation>用户名“%1”无法用于 %2：%3。</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="218"/>
        <location filename="../core/client/scramauthenticator.cpp" line="222"/>
        <source>nothing is left of it after SASLprep</source>
        <translation>经 SASLprep 处理后内容为空</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="221"/>
        <source>The password cannot be used with %1: %2.</source>
        <translation>该密码无法用于 %1：%2。</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="238"/>
        <source>The broker sent a second %1 challenge.</source>
        <translation>代理发送了第二个 %1 质询。</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="240"/>
        <source>The broker&apos;s %1 challenge is not valid: %2.</source>
        <translation>代理的 %1 质询无效：%2。</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="244"/>
        <source>it is not a SCRAM server-first-message</source>
        <translation>它不是 SCRAM server-first-message</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="247"/>
        <location filename="../core/client/scramauthenticator.cpp" line="301"/>
        <source>The broker ended %1 authentication: %2.</source>
        <translation>代理结束了 %1 认证：%2。</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="249"/>
        <source>The broker&apos;s %1 challenge asks for an extension that Signalbox does not know.</source>
        <translation>代理的 %1 质询要求使用 Signalbox 不认识的扩展。</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="252"/>
        <source>it has no nonce</source>
        <translation>其中没有 nonce</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="254"/>
        <source>its nonce does not start with the one Signalbox sent</source>
        <translation>其 nonce 不是以 Signalbox 发送的 nonce 开头</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="257"/>
        <source>it has no salt in Base64</source>
        <translation>其中没有 Base64 编码的盐值</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="261"/>
        <source>it has no iteration count</source>
        <translation>其中没有迭代次数</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="263"/>
        <source>The broker&apos;s %1 challenge asks for %2 iterations; Signalbox does at most %3.</source>
        <translation>代理的 %1 质询要求 %2 次迭代；Signalbox 最多执行 %3 次。</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="290"/>
        <source>The broker accepted the connection before %1 authentication was done, so it never proved that it knows the password.</source>
        <translation>代理在 %1 认证完成之前就接受了连接，因此它从未证明自己知道密码。</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="294"/>
        <source>The broker accepted the connection without the %1 server signature, so it never proved that it knows the password.</source>
        <translation>代理接受了连接，但未提供 %1 服务器签名，因此它从未证明自己知道密码。</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="306"/>
        <source>The broker&apos;s final %1 message is not valid: it has no server signature.</source>
        <translation>代理的最终 %1 消息无效：其中没有服务器签名。</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="308"/>
        <source>The broker&apos;s %1 server signature is wrong: the broker does not know the password, or something between us changed the exchange.</source>
        <translation>代理的 %1 服务器签名错误：代理不知道密码，或者双方之间的某个环节篡改了交换内容。</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="320"/>
        <source>%1 says: %2.</source>
        <translation>%1 表示：%2。</translation>
    </message>
</context>
<context>
    <name>Signalbox::ScriptEngine</name>
    <message>
        <location filename="../core/decoders/scriptengine.cpp" line="140"/>
        <source>%1 (line %2)</source>
        <translation>%1（第 %2 行）</translation>
    </message>
    <message>
        <location filename="../core/decoders/scriptengine.cpp" line="316"/>
        <source>The script ran longer than %1 ms and was stopped.</source>
        <translation>脚本运行超过 %1 毫秒，已被停止。</translation>
    </message>
    <message>
        <location filename="../core/decoders/scriptengine.cpp" line="318"/>
        <source>The script used more than %1 MB and was stopped.</source>
        <translation>脚本使用了超过 %1 MB 内存，已被停止。</translation>
    </message>
    <message>
        <location filename="../core/decoders/scriptengine.cpp" line="323"/>
        <source>The script was stopped.</source>
        <translation>脚本已被停止。</translation>
    </message>
    <message>
        <location filename="../core/decoders/scriptengine.cpp" line="408"/>
        <location filename="../core/decoders/scriptengine.cpp" line="492"/>
        <source>The script threw: %1</source>
        <translation>脚本抛出异常：%1</translation>
    </message>
    <message>
        <location filename="../core/decoders/scriptengine.cpp" line="415"/>
        <source>The script defines neither receive(payload, topic) nor publish(payload, topic).</source>
        <translation>脚本既未定义 receive(payload, topic)，也未定义 publish(payload, topic)。</translation>
    </message>
    <message>
        <location filename="../core/decoders/scriptengine.cpp" line="442"/>
        <source>No script is loaded.</source>
        <translation>未加载脚本。</translation>
    </message>
    <message>
        <location filename="../core/decoders/scriptengine.cpp" line="444"/>
        <source>The script defines no receive(payload, topic) function.</source>
        <translation>脚本未定义 receive(payload, topic) 函数。</translation>
    </message>
    <message>
        <location filename="../core/decoders/scriptengine.cpp" line="446"/>
        <source>The script defines no publish(payload, topic) function.</source>
        <translation>脚本未定义 publish(payload, topic) 函数。</translation>
    </message>
    <message>
        <location filename="../core/decoders/scriptengine.cpp" line="497"/>
        <source>The script returned a %1, which has no JSON form.</source>
        <translation>脚本返回了 %1，它没有 JSON 形式。</translation>
    </message>
    <message>
        <location filename="../core/decoders/scriptengine.cpp" line="500"/>
        <source>The script&apos;s result cannot be written as JSON: %1</source>
        <translation>脚本的结果无法写成 JSON：%1</translation>
    </message>
</context>
<context>
    <name>Signalbox::ScriptTransforms</name>
    <message>
        <location filename="../core/session/scripttransforms.cpp" line="19"/>
        <source>The scripts were changed before this message was sent.</source>
        <translation>此消息发送之前脚本已被更改。</translation>
    </message>
</context>
<context>
    <name>Signalbox::SecretStore</name>
    <message>
        <location filename="../core/profiles/secretstore.cpp" line="20"/>
        <source>No system keychain is reachable (no D-Bus session), so passwords are kept in memory for this session only and must be typed again after a restart.</source>
        <translation>无法访问系统密钥环（没有 D-Bus 会话），因此密码仅在本次会话的内存中保存，重启后需要重新输入。</translation>
    </message>
    <message>
        <location filename="../core/profiles/secretstore.cpp" line="40"/>
        <source>Passwords are kept in memory for this session only and must be typed again after a restart.</source>
        <translation>密码仅在本次会话的内存中保存，重启后需要重新输入。</translation>
    </message>
    <message>
        <location filename="../core/profiles/secretstore.cpp" line="87"/>
        <source>The system keychain is not available (%1), so passwords are kept in memory for this session only and must be typed again after a restart.</source>
        <translation>系统密钥环不可用（%1），因此密码仅在本次会话的内存中保存，重启后需要重新输入。</translation>
    </message>
</context>
<context>
    <name>Signalbox::SessionStore</name>
    <message>
        <location filename="../core/client/sessionstore.cpp" line="124"/>
        <source>Cannot open the session file %1: %2</source>
        <translation>无法打开会话文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/client/sessionstore.cpp" line="128"/>
        <source>Qt&apos;s SQLite driver is not installed</source>
        <translation>未安装 Qt 的 SQLite 驱动</translation>
    </message>
</context>
<context>
    <name>Signalbox::Sparkplug</name>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="150"/>
        <location filename="../core/decoders/sparkplug.cpp" line="157"/>
        <source>The value %1 is out of range for %2.</source>
        <translation>值 %1 超出 %2 的范围。</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="179"/>
        <source>%1 bytes are not a whole number of %2-byte values of a %3.</source>
        <translation>%1 字节不是 %3 的 %2 字节值的整数倍。</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="224"/>
        <source>A BooleanArray of %1 bytes lacks its 4-byte count.</source>
        <translation>%1 字节的 BooleanArray 缺少 4 字节的计数。</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="229"/>
        <source>A BooleanArray says it holds %1 values, but its %2 bytes hold at most %3.</source>
        <translation>BooleanArray 声明包含 %1 个值，但其 %2 字节最多只能容纳 %3 个。</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="249"/>
        <source>The last string of a StringArray is not terminated by a zero byte.</source>
        <translation>StringArray 的最后一个字符串没有以零字节结尾。</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="525"/>
        <source>The datatype is %1 but the value was sent in %2.</source>
        <translation>数据类型为 %1，但值以 %2 发送。</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="591"/>
        <source>Not a Sparkplug B payload: the field key at byte %1 is cut short or too long.</source>
        <translation>不是 Sparkplug B 载荷：第 %1 字节处的字段键被截断或过长。</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="595"/>
        <source>Not a Sparkplug B payload: byte %1 starts a field numbered 0, which protobuf does not allow.</source>
        <translation>不是 Sparkplug B 载荷：第 %1 字节开始一个编号为 0 的字段，而 protobuf 不允许这样。</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="602"/>
        <source>Not a Sparkplug B payload: the number in field %1 at byte %2 is cut short.</source>
        <translation>不是 Sparkplug B 载荷：第 %2 字节处字段 %1 中的数字被截断。</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="611"/>
        <source>Not a Sparkplug B payload: field %1 at byte %2 needs %3 bytes, but only %4 follow.</source>
        <translation>不是 Sparkplug B 载荷：第 %2 字节处的字段 %1 需要 %3 字节，但后面只有 %4 字节。</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="623"/>
        <source>Not a Sparkplug B payload: the length of field %1 at byte %2 is cut short.</source>
        <translation>不是 Sparkplug B 载荷：第 %2 字节处字段 %1 的长度被截断。</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="627"/>
        <source>Not a Sparkplug B payload: field %1 at byte %2 says it is %3 bytes long, but only %4 bytes follow.</source>
        <translation>不是 Sparkplug B 载荷：第 %2 字节处的字段 %1 声明长度为 %3 字节，但后面只有 %4 字节。</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="636"/>
        <source>Not a Sparkplug B payload: metric %1 (at byte %2) is not a valid metric: a field inside it is cut short or malformed, or it nests deeper than protobuf&apos;s 100 levels.</source>
        <translation>不是 Sparkplug B 载荷：指标 %1（位于第 %2 字节）不是有效的指标：其中某个字段被截断或格式错误，或嵌套超过 protobuf 的 100 层上限。</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="647"/>
        <source>Not a Sparkplug B payload: byte %1 starts field %2 with wire type %3, which Sparkplug B does not use.</source>
        <translation>不是 Sparkplug B 载荷：第 %1 字节开始的字段 %2 使用线路类型 %3，而 Sparkplug B 不使用该类型。</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="654"/>
        <source>Not a Sparkplug B payload: protobuf could not read it.</source>
        <translation>不是 Sparkplug B 载荷：protobuf 无法读取它。</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="921"/>
        <location filename="../core/decoders/sparkplug.cpp" line="1265"/>
        <location filename="../core/decoders/sparkplug.cpp" line="1322"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="923"/>
        <location filename="../core/decoders/sparkplug.cpp" line="1229"/>
        <location filename="../core/decoders/sparkplug.cpp" line="1375"/>
        <source>an array</source>
        <translation>数组</translation>
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
        <translation>字符串</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="931"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="934"/>
        <location filename="../core/decoders/sparkplug.cpp" line="1080"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="938"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="949"/>
        <source>a Sparkplug B payload is a JSON object, not %1</source>
        <translation>Sparkplug B 载荷是 JSON 对象，而不是%1</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="982"/>
        <source>Cannot encode Sparkplug B: %1.</source>
        <translation>无法编码 Sparkplug B：%1。</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="983"/>
        <source>Cannot encode Sparkplug B: %1: %2.</source>
        <translation>无法编码 Sparkplug B：%1：%2。</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="988"/>
        <source>expected %1, found %2</source>
        <translation>应为%1，实际为%2</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1002"/>
        <source>unknown key &quot;%1&quot; (known: %2)</source>
        <translation>未知的键“%1”（已知：%2）</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1013"/>
        <source>nested deeper than the %1 levels of messages protobuf reads</source>
        <translation>嵌套超过 protobuf 可读取的 %1 层消息</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1026"/>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1035"/>
        <location filename="../core/decoders/sparkplug.cpp" line="1042"/>
        <source>%1 is not an integer from %2 (%3)</source>
        <translation>%1 不是 %2 范围内的整数（%3）</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1059"/>
        <source>%1 is not a number</source>
        <translation>%1 不是数字</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1074"/>
        <source>a number (or &quot;NaN&quot;, &quot;Infinity&quot;, &quot;-Infinity&quot;)</source>
        <translation>数字（或“NaN”、“Infinity”、“-Infinity”）</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1088"/>
        <source>a Base64 string</source>
        <translation>Base64 字符串</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1091"/>
        <source>the text is not Base64</source>
        <translation>文本不是 Base64</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1102"/>
        <source>%1 is not a datatype number</source>
        <translation>%1 不是数据类型编号</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1114"/>
        <source>&quot;%1&quot; is not a Sparkplug B datatype (Int8 … DateTimeArray)</source>
        <translation>“%1”不是 Sparkplug B 数据类型（Int8 … DateTimeArray）</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1116"/>
        <source>a datatype name or number</source>
        <translation>数据类型名称或编号</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1153"/>
        <source>a value of type %1 cannot be sent here</source>
        <translation>此处不能发送 %1 类型的值</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1161"/>
        <source>an object with columns, types and rows</source>
        <translation>包含 columns、types 和 rows 的对象</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1167"/>
        <source>a DataSet needs &quot;columns&quot;, an array of names</source>
        <translation>DataSet 需要“columns”，即名称数组</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1169"/>
        <source>a DataSet needs &quot;types&quot;, an array of datatypes</source>
        <translation>DataSet 需要“types”，即数据类型数组</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1171"/>
        <source>a DataSet has %1 columns but %2 types</source>
        <translation>DataSet 有 %1 列，但有 %2 个类型</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1187"/>
        <source>an array of rows</source>
        <translation>行数组</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1194"/>
        <source>a row is an array of %1 values, one per column</source>
        <translation>每行是包含 %1 个值的数组，每列一个</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1208"/>
        <source>an object with metrics</source>
        <translation>包含 metrics 的对象</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1234"/>
        <source>an object with name, type and value</source>
        <translation>包含 name、type 和 value 的对象</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1245"/>
        <source>a parameter needs a &quot;type&quot;</source>
        <translation>参数需要“type”</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1443"/>
        <source>a string of a StringArray cannot hold a zero character</source>
        <translation>StringArray 中的字符串不能包含零字符</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1460"/>
        <source>an array of metrics</source>
        <translation>指标数组</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1470"/>
        <source>a metric object</source>
        <translation>指标对象</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1577"/>
        <source>a metric cannot carry a value of datatype %1</source>
        <translation>指标不能携带数据类型为 %1 的值</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1605"/>
        <source>give the metric a &quot;datatype&quot; to send %1</source>
        <translation>要发送%1，请为指标指定“datatype”</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1702"/>
        <source>Not a Sparkplug B payload: it is empty.</source>
        <translation>不是 Sparkplug B 载荷：载荷为空。</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1705"/>
        <source>Not a Sparkplug B payload: %1 bytes are more than protobuf reads.</source>
        <translation>不是 Sparkplug B 载荷：%1 字节超出 protobuf 的读取上限。</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1710"/>
        <source>Not a Sparkplug B payload: it is JSON text, not protobuf.</source>
        <translation>不是 Sparkplug B 载荷：它是 JSON 文本，而不是 protobuf。</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1716"/>
        <source>Not a Sparkplug B payload: it holds none of a Sparkplug B payload&apos;s fields (timestamp, metrics, seq, uuid, body).</source>
        <translation>不是 Sparkplug B 载荷：不含 Sparkplug B 载荷的任何字段（timestamp、metrics、seq、uuid、body）。</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1792"/>
        <source>Cannot encode Sparkplug B: %1</source>
        <translation>无法编码 Sparkplug B：%1</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1805"/>
        <source>Cannot encode Sparkplug B: protobuf could not write the payload.</source>
        <translation>无法编码 Sparkplug B：protobuf 无法写出载荷。</translation>
    </message>
</context>
<context>
    <name>Signalbox::SparkplugHostModel</name>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="199"/>
        <source>The STATE payload is neither Sparkplug 3.0 JSON ({&quot;online&quot;: …, &quot;timestamp&quot;: …}) nor ONLINE or OFFLINE.</source>
        <translation>STATE 载荷既不是 Sparkplug 3.0 JSON（{&quot;online&quot;: …, &quot;timestamp&quot;: …}），也不是 ONLINE 或 OFFLINE。</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="245"/>
        <source>%1 is not a Sparkplug B payload: %2</source>
        <translation>%1 不是 Sparkplug B 载荷：%2</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="246"/>
        <source>it could not be decoded.</source>
        <translation>无法解码。</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="269"/>
        <source>NBIRTH has no bdSeq metric: its NDEATH cannot be told from an older one.</source>
        <translation>NBIRTH 没有 bdSeq 指标：无法将其 NDEATH 与较早的 NDEATH 区分开。</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="271"/>
        <source>NBIRTH has no sequence number.</source>
        <translation>NBIRTH 没有序列号。</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="283"/>
        <source>Stale NDEATH ignored: its bdSeq is %1, the current NBIRTH&apos;s is %2.</source>
        <translation>已忽略过期的 NDEATH：其 bdSeq 为 %1，当前 NBIRTH 的 bdSeq 为 %2。</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="288"/>
        <source>NDEATH has no bdSeq metric: it may belong to an older session.</source>
        <translation>NDEATH 没有 bdSeq 指标：它可能属于较早的会话。</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="315"/>
        <source>DDATA from a device without a birth certificate (no DBIRTH since it connected or died).</source>
        <translation>来自没有出生证书的设备的 DDATA（自其连接或死亡以来未收到 DBIRTH）。</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="337"/>
        <source>%1 from an edge node without a birth certificate (no NBIRTH since it connected or died).</source>
        <translation>来自没有出生证书的边缘节点的 %1（自其连接或死亡以来未收到 NBIRTH）。</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="343"/>
        <source>%1 has no sequence number.</source>
        <translation>%1 没有序列号。</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="350"/>
        <source>Sequence gap: expected %1, received %2 (%3).</source>
        <translation>序列号不连续：应为 %1，收到 %2（%3）。</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="378"/>
        <source>A metric has neither a name nor an alias.</source>
        <translation>某个指标既没有名称也没有别名。</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="428"/>
        <source>Alias %1 is in no birth certificate of this edge node.</source>
        <translation>别名 %1 不在此边缘节点的任何出生证书中。</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="700"/>
        <source>alias %1</source>
        <translation>别名 %1</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="707"/>
        <source>Primary hosts</source>
        <translation>主主机</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="709"/>
        <source>alias %1 (unknown)</source>
        <translation>别名 %1（未知）</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="723"/>
        <source>bad</source>
        <translation>不良</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="725"/>
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="727"/>
        <source>stale</source>
        <translation>陈旧</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="738"/>
        <source>%1 of %2 online</source>
        <translation>%1/%2 在线</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="745"/>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="747"/>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="749"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="749"/>
        <source>no birth seen</source>
        <translation>未见出生证书</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="768"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="770"/>
        <source>Datatype</source>
        <translation>数据类型</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="772"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="774"/>
        <source>Timestamp</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="776"/>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="778"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="780"/>
        <source>Issue</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>Signalbox::Topic</name>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="61"/>
        <source>A topic filter may not be empty; use &apos;#&apos; to subscribe to every topic.</source>
        <translation>主题过滤器不能为空；使用“#”订阅所有主题。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="62"/>
        <source>A topic name may not be empty.</source>
        <translation>主题名不能为空。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="66"/>
        <source>Topic filters may not contain the null character (U+0000).</source>
        <translation>主题过滤器不能包含空字符（U+0000）。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="67"/>
        <source>Topic names may not contain the null character (U+0000).</source>
        <translation>主题名不能包含空字符（U+0000）。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="71"/>
        <source>Topic filters may not contain an unpaired UTF-16 surrogate; it cannot be encoded as UTF-8.</source>
        <translation>主题过滤器不能包含未配对的 UTF-16 代理项；它无法编码为 UTF-8。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="73"/>
        <source>Topic names may not contain an unpaired UTF-16 surrogate; it cannot be encoded as UTF-8.</source>
        <translation>主题名不能包含未配对的 UTF-16 代理项；它无法编码为 UTF-8。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="78"/>
        <source>A topic filter may be at most 65535 bytes of UTF-8; this one has %1.</source>
        <translation>主题过滤器最多为 65535 字节的 UTF-8；此过滤器有 %1 字节。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="79"/>
        <source>A topic name may be at most 65535 bytes of UTF-8; this one has %1.</source>
        <translation>主题名最多为 65535 字节的 UTF-8；此主题名有 %1 字节。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="98"/>
        <source>The &apos;#&apos; wildcard must be the last level of a filter, as in &apos;sensors/#&apos;.</source>
        <translation>通配符“#”必须是过滤器的最后一级，例如“sensors/#”。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="100"/>
        <source>The &apos;#&apos; wildcard must occupy a whole level, as in &apos;sensors/#&apos;, not &apos;sensors#&apos;.</source>
        <translation>通配符“#”必须独占一整级，例如“sensors/#”，而不是“sensors#”。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="103"/>
        <source>The &apos;+&apos; wildcard must occupy a whole level, as in &apos;sensors/+/temperature&apos;, not &apos;sensors+&apos;.</source>
        <translation>通配符“+”必须独占一整级，例如“sensors/+/temperature”，而不是“sensors+”。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="217"/>
        <source>a space</source>
        <translation>空格</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="219"/>
        <source>a tab (%1)</source>
        <translation>制表符（%1）</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="224"/>
        <source>a line break (%1)</source>
        <translation>换行符（%1）</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="226"/>
        <source>a non-breaking space (%1)</source>
        <translation>不换行空格（%1）</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="228"/>
        <source>a soft hyphen (%1)</source>
        <translation>软连字符（%1）</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="230"/>
        <source>a zero-width space (%1)</source>
        <translation>零宽空格（%1）</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="232"/>
        <source>a zero-width non-joiner (%1)</source>
        <translation>零宽非连接符（%1）</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="234"/>
        <source>a zero-width joiner (%1)</source>
        <translation>零宽连接符（%1）</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="236"/>
        <source>a word joiner (%1)</source>
        <translation>单词连接符（%1）</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="238"/>
        <source>a byte order mark (%1)</source>
        <translation>字节顺序标记（%1）</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="244"/>
        <source>a control character (%1)</source>
        <translation>控制字符（%1）</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="246"/>
        <source>a space character (%1)</source>
        <translation>空白字符（%1）</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="248"/>
        <source>an invisible formatting character (%1)</source>
        <translation>不可见的格式字符（%1）</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="276"/>
        <source>The filter starts with %1.</source>
        <translation>过滤器以%1开头。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="277"/>
        <source>The topic starts with %1.</source>
        <translation>主题以%1开头。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="281"/>
        <source>The filter ends with %1.</source>
        <translation>过滤器以%1结尾。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="282"/>
        <source>The topic ends with %1.</source>
        <translation>主题以%1结尾。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="287"/>
        <source>The filter contains %1 at character %2.</source>
        <translation>过滤器的第 %2 个字符是%1。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="288"/>
        <source>The topic contains %1 at character %2.</source>
        <translation>主题的第 %2 个字符是%1。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="302"/>
        <source>Topic names may not contain the wildcards &apos;+&apos; or &apos;#&apos;; those belong in subscription filters.</source>
        <translation>主题名不能包含通配符“+”或“#”；它们只能用于订阅过滤器。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="325"/>
        <source>A shared subscription needs a group name, as in &apos;$share/group/sensors/#&apos;.</source>
        <translation>共享订阅需要组名，例如“$share/group/sensors/#”。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="327"/>
        <source>The group name of a shared subscription may not contain &apos;+&apos; or &apos;#&apos;.</source>
        <translation>共享订阅的组名不能包含“+”或“#”。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="329"/>
        <source>A shared subscription needs a topic filter after the group name, as in &apos;$share/group/sensors/#&apos;.</source>
        <translation>共享订阅在组名之后需要主题过滤器，例如“$share/group/sensors/#”。</translation>
    </message>
</context>
<context>
    <name>Signalbox::TopicChartData</name>
    <message>
        <location filename="../core/models/topicchartdata.cpp" line="71"/>
        <source>This topic filter and JSON path are already plotted.</source>
        <translation>此主题过滤器和 JSON 路径已经在绘制中。</translation>
    </message>
</context>
<context>
    <name>Signalbox::TopicTreeModel</name>
    <message>
        <location filename="../core/models/topictreemodel.cpp" line="416"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../core/models/topictreemodel.cpp" line="424"/>
        <source>(retained) %1</source>
        <translation>（保留）%1</translation>
    </message>
    <message>
        <location filename="../core/models/topictreemodel.cpp" line="487"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../core/models/topictreemodel.cpp" line="489"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../core/models/topictreemodel.cpp" line="491"/>
        <source>Rate (/s)</source>
        <translation>速率（/s）</translation>
    </message>
    <message>
        <location filename="../core/models/topictreemodel.cpp" line="493"/>
        <source>Last payload</source>
        <translation>最新载荷</translation>
    </message>
    <message>
        <location filename="../core/models/topictreemodel.cpp" line="495"/>
        <source>Last time</source>
        <translation>最新时间</translation>
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
        <translation>（其他）</translation>
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
            <numerusform>另外 %n 个子树</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/trafficprofilemodel.cpp" line="277"/>
        <source>%1 messages/s: %2 messages in the last %n second(s)</source>
        <translation>
            <numerusform>%1 条消息/秒：最近 %n 秒内 %2 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/trafficprofilemodel.cpp" line="280"/>
        <source>%1 bytes/s: %2 bytes in the last %n second(s)</source>
        <translation>
            <numerusform>%1 字节/秒：最近 %n 秒内 %2 字节</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="284"/>
        <source>%1 % of %2 messages/s</source>
        <translation>%2 条消息/秒的 %1 %</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="287"/>
        <source>%1 % of %2 bytes/s</source>
        <translation>%2 字节/秒的 %1 %</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="291"/>
        <source>%1 messages</source>
        <translation>%1 条消息</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="293"/>
        <location filename="../core/models/trafficprofilemodel.cpp" line="295"/>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="326"/>
        <source>Subtree</source>
        <translation>子树</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="328"/>
        <source>Msg/s</source>
        <translation>消息/秒</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="330"/>
        <source>Bytes/s</source>
        <translation>字节/秒</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="332"/>
        <source>Share of msg/s</source>
        <translation>消息/秒占比</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="332"/>
        <source>Share of bytes/s</source>
        <translation>字节/秒占比</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="355"/>
        <source>Share of all messages per second (it follows the ranking: rank by bytes/s for a share of bytes)</source>
        <translation>占全部每秒消息数的比例（随排序依据而定：按字节/秒排序则为字节占比）</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="357"/>
        <source>Share of all payload bytes per second (it follows the ranking: rank by messages/s for a share of messages)</source>
        <translation>占全部每秒载荷字节数的比例（随排序依据而定：按消息/秒排序则为消息占比）</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="334"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="336"/>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="338"/>
        <source>Min payload</source>
        <translation>最小载荷</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="340"/>
        <source>Avg payload</source>
        <translation>平均载荷</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="342"/>
        <source>Max payload</source>
        <translation>最大载荷</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="348"/>
        <source>The topic&apos;s first levels; &quot;(other)&quot; sums the subtrees below the top ones</source>
        <translation>主题的前几级；“（其他）”汇总了排名靠前的子树以外的子树</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/trafficprofilemodel.cpp" line="350"/>
        <source>Messages per second, averaged over the last %n second(s)</source>
        <translation>
            <numerusform>每秒消息数，按最近 %n 秒平均</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/trafficprofilemodel.cpp" line="352"/>
        <source>Payload bytes per second, averaged over the last %n second(s)</source>
        <translation>
            <numerusform>每秒载荷字节数，按最近 %n 秒平均</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="360"/>
        <source>Messages since the profile was cleared</source>
        <translation>自分析数据清除以来的消息数</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="362"/>
        <source>Payload bytes since the profile was cleared</source>
        <translation>自分析数据清除以来的载荷字节数</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="364"/>
        <source>Smallest payload since the profile was cleared</source>
        <translation>自分析数据清除以来的最小载荷</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="366"/>
        <source>Average payload since the profile was cleared</source>
        <translation>自分析数据清除以来的平均载荷</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="368"/>
        <source>Largest payload since the profile was cleared</source>
        <translation>自分析数据清除以来的最大载荷</translation>
    </message>
</context>
<context>
    <name>Signalbox::Transport</name>
    <message>
        <location filename="../core/client/transport.cpp" line="45"/>
        <source>Cannot read the CA file %1: %2.</source>
        <translation>无法读取 CA 文件 %1：%2。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="50"/>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>CA 文件 %1 中没有 PEM 证书。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="61"/>
        <source>The CA directory %1 holds no PEM certificate.</source>
        <translation>CA 目录 %1 中没有 PEM 证书。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="70"/>
        <source>A client certificate needs both a certificate file and a key file.</source>
        <translation>客户端证书需要证书文件和密钥文件。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="75"/>
        <source>Cannot read the client certificate %1: %2.</source>
        <translation>无法读取客户端证书 %1：%2。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="81"/>
        <source>The client certificate file %1 holds no PEM certificate.</source>
        <translation>客户端证书文件 %1 中没有 PEM 证书。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="86"/>
        <source>Cannot read the private key %1: %2.</source>
        <translation>无法读取私钥 %1：%2。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="99"/>
        <source>Cannot open the private key %1: the passphrase is wrong or missing.</source>
        <translation>无法打开私钥 %1：密码短语错误或缺失。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="100"/>
        <source>The file %1 holds no PEM private key.</source>
        <translation>文件 %1 中没有 PEM 私钥。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="135"/>
        <source>The cipher &apos;%1&apos; is unknown to the TLS library.</source>
        <translation>TLS 库无法识别密码套件“%1”。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="171"/>
        <source>the broker refused the TLS version (%1)</source>
        <translation>代理拒绝了该 TLS 版本（%1）</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="172"/>
        <source>the broker refused the TLS version %1 that this connection is limited to (%2)</source>
        <translation>代理拒绝了此连接限定使用的 TLS 版本 %1（%2）</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="176"/>
        <source>the broker did not accept the pre-shared key of identity &apos;%1&apos; (%2)</source>
        <translation>代理不接受身份“%1”的预共享密钥（%2）</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="338"/>
        <location filename="../core/client/transport.cpp" line="626"/>
        <source>The connection to %1 closed during the handshake.</source>
        <translation>到 %1 的连接在握手期间关闭。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="357"/>
        <source>TLS to %1 failed: the connection closed during the handshake (does the broker know the PSK identity &apos;%2&apos; and this key?).</source>
        <translation>到 %1 的 TLS 失败：连接在握手期间关闭（代理是否认得 PSK 身份“%2”和此密钥？）。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="364"/>
        <source>TLS to %1 failed: the connection closed during the handshake (is it a TLS port? does it require a client certificate?).</source>
        <translation>到 %1 的 TLS 失败：连接在握手期间关闭（这是 TLS 端口吗？是否需要客户端证书？）。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="370"/>
        <location filename="../core/client/transport.cpp" line="644"/>
        <source>%1 closed the connection before it was established.</source>
        <translation>%1 在连接建立之前关闭了连接。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="373"/>
        <location filename="../core/client/transport.cpp" line="515"/>
        <source>Cannot find the host &apos;%1&apos;.</source>
        <translation>找不到主机“%1”。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="377"/>
        <location filename="../core/client/transport.cpp" line="519"/>
        <location filename="../core/client/transport.cpp" line="654"/>
        <source>Connection to %1 refused: no broker is listening there.</source>
        <translation>到 %1 的连接被拒绝：那里没有代理在监听。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="384"/>
        <location filename="../core/client/transport.cpp" line="390"/>
        <location filename="../core/client/transport.cpp" line="540"/>
        <source>TLS to %1 failed: %2.</source>
        <translation>到 %1 的 TLS 失败：%2。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="394"/>
        <location filename="../core/client/transport.cpp" line="658"/>
        <source>Connection to %1 failed: %2.</source>
        <translation>连接到 %1 失败：%2。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="429"/>
        <source>The broker at %1 sent a WebSocket text frame; MQTT travels only in binary frames.</source>
        <translation>%1 的代理发送了 WebSocket 文本帧；MQTT 只通过二进制帧传输。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="505"/>
        <location filename="../core/client/transport.cpp" line="541"/>
        <source>WebSocket connection to %1 failed: %2.</source>
        <translation>到 %1 的 WebSocket 连接失败：%2。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="536"/>
        <source>The WebSocket connection to %1 broke: %2.</source>
        <translation>到 %1 的 WebSocket 连接中断：%2。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="581"/>
        <source>Unix domain sockets (unix://) are not available on Windows.</source>
        <translation>Windows 上不支持 Unix 域套接字（unix://）。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="648"/>
        <source>There is no socket %1: is the broker running with a Unix socket listener there?</source>
        <translation>套接字 %1 不存在：代理是否正在运行，并在该位置开启了 Unix 套接字监听器？</translation>
    </message>
</context>
</TS>
