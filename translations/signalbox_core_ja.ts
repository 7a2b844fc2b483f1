<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>JsonSchemaText</name>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="941"/>
        <source>A pattern or format in the schema is not a string.</source>
        <translation>スキーマ内の pattern または format が文字列ではありません。</translation>
    </message>
</context>
<context>
    <name>Signalbox::AvroSchema</name>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="69"/>
        <source>The Avro schema does not parse.</source>
        <translation>Avro スキーマを解析できません。</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="70"/>
        <source>The Avro schema does not parse: %1.</source>
        <translation>Avro スキーマを解析できません：%1。</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="263"/>
        <location filename="../core/decoders/avroschema.cpp" line="688"/>
        <source>nests deeper than %1 levels</source>
        <translation>入れ子が %1 階層を超えています</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="275"/>
        <source>is a boolean byte of %1, not 0 or 1</source>
        <translation>真偽値のバイトが 0 でも 1 でもなく %1 です</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="286"/>
        <source>has %1, too large for an int</source>
        <translation>int には大きすぎる値 %1 があります</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="314"/>
        <source>is a string that is not valid UTF-8</source>
        <translation>有効な UTF-8 ではない文字列です</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="321"/>
        <source>has a negative size in the schema</source>
        <translation>スキーマ内のサイズが負です</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="323"/>
        <source>is cut short: %1 bytes needed, %2 left</source>
        <translation>途中で切れています：%1 バイト必要ですが、残りは %2 バイトです</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="335"/>
        <source>has the symbol number %1, but %2 has %3 symbols</source>
        <translation>シンボル番号が %1 ですが、%2 のシンボルは %3 個です</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="381"/>
        <source>has a key that is not valid UTF-8</source>
        <translation>有効な UTF-8 ではないキーがあります</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="390"/>
        <source>has more than %1 items that take no bytes</source>
        <translation>バイトを占めない項目が %1 個を超えています</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="403"/>
        <source>has the union branch %1, but the union has %2</source>
        <translation>union のブランチが %1 ですが、union のブランチは %2 個です</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="420"/>
        <location filename="../core/decoders/avroschema.cpp" line="832"/>
        <source>has a type that avro-c could not resolve</source>
        <translation>avro-c が解決できない型があります</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="433"/>
        <location filename="../core/decoders/avroschema.cpp" line="440"/>
        <source>has a number longer than 64 bits</source>
        <translation>64 ビットを超える長さの数値があります</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="451"/>
        <source>has the negative length %1</source>
        <translation>長さが負の値 %1 です</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="453"/>
        <source>says it is %1 bytes long but only %2 are left</source>
        <translation>長さが %1 バイトとされていますが、残りは %2 バイトしかありません</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="467"/>
        <source>has an invalid block count</source>
        <translation>ブロック数が無効です</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="473"/>
        <source>has a block of %1 bytes but only %2 are left</source>
        <translation>%1 バイトのブロックがありますが、残りは %2 バイトしかありません</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="478"/>
        <source>is cut short</source>
        <translation>途中で切れています</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="483"/>
        <source>Field “%1”</source>
        <translation>フィールド「%1」</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="484"/>
        <source>%1 at byte %2 %3.</source>
        <translation>%1（バイト %2）：%3。</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="502"/>
        <source>zlib cannot start</source>
        <translation>zlib を開始できません</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="513"/>
        <source>it inflates to more than %1 MiB</source>
        <translation>展開後のサイズが %1 MiB を超えます</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="526"/>
        <source>the deflate stream is cut short</source>
        <translation>deflate ストリームが途中で切れています</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="528"/>
        <source>zlib error %1</source>
        <translation>zlib エラー %1</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="542"/>
        <source>The container&apos;s header</source>
        <translation>コンテナのヘッダー</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="572"/>
        <source>The container&apos;s header is cut short before its sync marker.</source>
        <translation>コンテナのヘッダーが同期マーカーの手前で切れています。</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="578"/>
        <source>The container has no schema (no avro.schema in its header).</source>
        <translation>コンテナにスキーマがありません（ヘッダーに avro.schema がありません）。</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="583"/>
        <source>The container is compressed with “%1”, which Signalbox cannot read; only uncompressed (codec null) and deflate containers can be shown.</source>
        <translation>コンテナは Signalbox が読み取れない「%1」で圧縮されています。表示できるのは非圧縮（codec null）と deflate のコンテナのみです。</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="593"/>
        <source>The container&apos;s own schema does not parse: %1</source>
        <translation>コンテナ自身のスキーマを解析できません：%1</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="597"/>
        <source>The container</source>
        <translation>コンテナ</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="609"/>
        <source>The container&apos;s block at byte %1 says it holds %2 objects in %3 bytes, but %4 bytes are left.</source>
        <translation>バイト %1 にあるコンテナのブロックは %3 バイトに %2 個のオブジェクトを含むとしていますが、残りは %4 バイトです。</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="630"/>
        <source>The container holds more than %1 objects that take no bytes.</source>
        <translation>コンテナに、バイトを占めないオブジェクトが %1 個を超えて含まれています。</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="635"/>
        <source>The container&apos;s block at byte %1 has %2 bytes after its %3 objects.</source>
        <translation>バイト %1 にあるコンテナのブロックで、%3 個のオブジェクトの後に %2 バイトが残っています。</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="647"/>
        <source>The container&apos;s block at byte %1 does not inflate: %2</source>
        <translation>バイト %1 にあるコンテナのブロックを展開できません：%2</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="651"/>
        <source>The container&apos;s block at byte %1 (inflated)</source>
        <translation>バイト %1 にあるコンテナのブロック（展開後）</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="667"/>
        <source>The container&apos;s block at byte %1 does not end with the header&apos;s sync marker.</source>
        <translation>バイト %1 にあるコンテナのブロックが、ヘッダーの同期マーカーで終わっていません。</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="703"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="706"/>
        <source>is %1, too large for an int</source>
        <translation>%1 で、int には大きすぎます</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="722"/>
        <location filename="../core/decoders/avroschema.cpp" line="900"/>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="736"/>
        <location filename="../core/decoders/avroschema.cpp" line="903"/>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="745"/>
        <source>a string of bytes (code points 0 to 255)</source>
        <translation>バイト列を表す文字列（コードポイント 0～255）</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="752"/>
        <source>has the character U+%1, but bytes are written as code points 0 to 255</source>
        <translation>文字 U+%1 がありますが、バイトはコードポイント 0～255 で書きます</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="758"/>
        <source>has %1 bytes, but %2 is %3 bytes</source>
        <translation>%1 バイトですが、%2 は %3 バイトです</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="770"/>
        <source>a symbol of %1</source>
        <translation>%1 のシンボル</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="774"/>
        <source>is “%1”, which is not a symbol of %2</source>
        <translation>「%1」ですが、これは %2 のシンボルではありません</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="780"/>
        <source>an object (record %1)</source>
        <translation>オブジェクト（レコード %1）</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="787"/>
        <source>is missing</source>
        <translation>ありません</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="794"/>
        <source>is not in record %1</source>
        <translation>レコード %1 にありません</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="800"/>
        <location filename="../core/decoders/avroschema.cpp" line="906"/>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="813"/>
        <source>an object (map)</source>
        <translation>オブジェクト（map）</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="853"/>
        <source>is null, but its union has no null</source>
        <translation>null ですが、その union に null がありません</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="876"/>
        <source>needs its union branch named, as {&quot;%1&quot;: value} (one of %2)</source>
        <translation>union のブランチ名を {&quot;%1&quot;: value} のように指定する必要があります（%2 のいずれか）</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="897"/>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="909"/>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="912"/>
        <source>nothing</source>
        <translation>値なし</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="915"/>
        <source>should be %1 but is %2</source>
        <translation>%1である必要がありますが、実際は%2です</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="920"/>
        <source>The value %1.</source>
        <translation>値：%1。</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="920"/>
        <source>Field “%1” %2.</source>
        <translation>フィールド「%1」：%2。</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="939"/>
        <source>Cannot read the Avro schema %1: %2.</source>
        <translation>Avro スキーマ %1 を読み込めません：%2。</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="973"/>
        <source>The datum</source>
        <translation>データム</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="979"/>
        <source>The datum ends at byte %1, but the payload has %2 more bytes.</source>
        <translation>データムはバイト %1 で終わっていますが、ペイロードにはさらに %2 バイトあります。</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="997"/>
        <source>The JSON is not valid at byte %1: %2.</source>
        <translation>JSON がバイト %1 で無効です：%2。</translation>
    </message>
    <message>
        <location filename="../core/decoders/avroschema.cpp" line="1000"/>
        <source>one value is needed</source>
        <translation>値が 1 つ必要です</translation>
    </message>
</context>
<context>
    <name>Signalbox::Backup</name>
    <message>
        <location filename="../core/profiles/backup.cpp" line="70"/>
        <source>The backup&apos;s settings should be an object, not %1.</source>
        <translation>バックアップの設定は%1ではなくオブジェクトでなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/profiles/backup.cpp" line="81"/>
        <source>The backup&apos;s setting &apos;%1&apos; should be a string, not %2.</source>
        <translation>バックアップの設定「%1」は%2ではなく文字列でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/profiles/backup.cpp" line="89"/>
        <source>The backup&apos;s setting &apos;%1&apos; should be a whole number, not %2.</source>
        <translation>バックアップの設定「%1」は%2ではなく整数でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/profiles/backup.cpp" line="150"/>
        <source>This is not a Signalbox backup, or it was cut short: it is not valid JSON (%1 at byte %2).</source>
        <translation>Signalbox のバックアップではないか、途中で切れています。有効な JSON ではありません（バイト %2 で%1）。</translation>
    </message>
    <message>
        <location filename="../core/profiles/backup.cpp" line="157"/>
        <source>This is not a Signalbox backup: it holds %1, not an object.</source>
        <translation>Signalbox のバックアップではありません。オブジェクトではなく%1が入っています。</translation>
    </message>
    <message>
        <location filename="../core/profiles/backup.cpp" line="166"/>
        <source>This is not a Signalbox backup: it does not say that it is one (&apos;format&apos;).</source>
        <translation>Signalbox のバックアップではありません。バックアップであることを示す項目（「format」）がありません。</translation>
    </message>
    <message>
        <location filename="../core/profiles/backup.cpp" line="167"/>
        <source>This is not a Signalbox backup (its format is &apos;%1&apos;).</source>
        <translation>これは Signalbox のバックアップではありません（形式は「%1」）。</translation>
    </message>
    <message>
        <location filename="../core/profiles/backup.cpp" line="172"/>
        <source>The backup&apos;s version should be a number, not %1.</source>
        <translation>バックアップのバージョンは%1ではなく数値でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/profiles/backup.cpp" line="176"/>
        <source>The backup has version %1; this Signalbox reads backups up to version %2.</source>
        <translation>バックアップのバージョンは %1 です。この Signalbox が読めるのはバージョン %2 までのバックアップです。</translation>
    </message>
    <message>
        <location filename="../core/profiles/backup.cpp" line="188"/>
        <source>The backup&apos;s connections should be an object, not %1.</source>
        <translation>バックアップの接続は%1ではなくオブジェクトでなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/profiles/backup.cpp" line="194"/>
        <source>The backup&apos;s connections could not be read. %1</source>
        <translation>バックアップの接続を読み込めませんでした。%1</translation>
    </message>
    <message>
        <location filename="../core/profiles/backup.cpp" line="203"/>
        <source>The backup holds two connections with the id &apos;%1&apos; (&quot;%2&quot;).</source>
        <translation>バックアップに ID「%1」の接続が 2 つあります（&quot;%2&quot;）。</translation>
    </message>
</context>
<context>
    <name>Signalbox::BrokerPresets</name>
    <message>
        <location filename="../core/profiles/brokerpresets.cpp" line="44"/>
        <source>TLS on 8883 uses mosquitto.org&apos;s own CA (download mosquitto.org.crt from test.mosquitto.org and choose it as the CA file); 8884 asks for a client certificate. WebSocket is on 8080 (ws) and 8081 (wss), as the broker&apos;s page says; some lists of public brokers give port 80.</source>
        <translation>8883 の TLS は mosquitto.org 独自の CA を使います（test.mosquitto.org から mosquitto.org.crt をダウンロードし、CA ファイルとして選択してください）。8884 はクライアント証明書を要求します。WebSocket はブローカーのページにあるとおり 8080（ws）と 8081（wss）です。公開ブローカーの一覧によってはポート 80 となっています。</translation>
    </message>
    <message>
        <location filename="../core/profiles/brokerpresets.cpp" line="49"/>
        <source>Ports as HiveMQ&apos;s page gives them: 8883 (TLS), 8000 (WebSocket) and 8884 (secure WebSocket), path /mqtt.</source>
        <translation>ポートは HiveMQ のページのとおりです：8883（TLS）、8000（WebSocket）、8884（セキュア WebSocket）、パス /mqtt。</translation>
    </message>
    <message>
        <location filename="../core/profiles/brokerpresets.cpp" line="52"/>
        <source>Another name for HiveMQ&apos;s public broker (broker.hivemq.com); the same ports are assumed.</source>
        <translation>HiveMQ の公開ブローカー（broker.hivemq.com）の別名です。ポートは同じと想定しています。</translation>
    </message>
    <message>
        <location filename="../core/profiles/brokerpresets.cpp" line="54"/>
        <source>Ports as EMQX&apos;s page gives them: 8883 (TLS), 8083 (WebSocket) and 8084 (secure WebSocket), path /mqtt.</source>
        <translation>ポートは EMQX のページのとおりです：8883（TLS）、8083（WebSocket）、8084（セキュア WebSocket）、パス /mqtt。</translation>
    </message>
    <message>
        <location filename="../core/profiles/brokerpresets.cpp" line="58"/>
        <source>The successor of mqtt.eclipse.org. The TLS port 8883 is not confirmed; WebSocket runs on 80 and 443 with the path /mqtt.</source>
        <translation>mqtt.eclipse.org の後継です。TLS ポート 8883 は未確認です。WebSocket はポート 80 と 443、パス /mqtt で動作します。</translation>
    </message>
    <message>
        <location filename="../core/profiles/brokerpresets.cpp" line="62"/>
        <source>Needs a flespi token as the user name. The WebSocket path / is assumed; flespi&apos;s documentation has the details.</source>
        <translation>ユーザー名として Flespi トークンが必要です。WebSocket のパスは / と想定しています。詳細は Flespi のドキュメントを参照してください。</translation>
    </message>
    <message>
        <location filename="../core/profiles/brokerpresets.cpp" line="65"/>
        <source>Needs a DIoTY account. Lists of public brokers give WebSocket ports 8080 and 8880 without saying which is secure; 8880 is assumed to be. The service may no longer be running.</source>
        <translation>DIoTY のアカウントが必要です。公開ブローカーの一覧では WebSocket ポートは 8080 と 8880 ですが、どちらがセキュアかは書かれていません。8880 をセキュアと想定しています。このサービスはすでに終了している可能性があります。</translation>
    </message>
    <message>
        <location filename="../core/profiles/brokerpresets.cpp" line="68"/>
        <source>No WebSocket listener is known. The service may no longer be running.</source>
        <translation>既知の WebSocket リスナーはありません。このサービスはすでに終了している可能性があります。</translation>
    </message>
    <message>
        <location filename="../core/profiles/brokerpresets.cpp" line="69"/>
        <source>Eclipse (old name)</source>
        <translation>Eclipse（旧名称）</translation>
    </message>
    <message>
        <location filename="../core/profiles/brokerpresets.cpp" line="70"/>
        <source>Replaced by mqtt.eclipseprojects.io; this name may no longer answer.</source>
        <translation>mqtt.eclipseprojects.io に置き換えられました。この名前はもう応答しない可能性があります。</translation>
    </message>
    <message>
        <location filename="../core/profiles/brokerpresets.cpp" line="71"/>
        <source>Eclipse IoT (old name)</source>
        <translation>Eclipse IoT（旧名称）</translation>
    </message>
    <message>
        <location filename="../core/profiles/brokerpresets.cpp" line="72"/>
        <source>Retired; Eclipse&apos;s sandbox is now mqtt.eclipseprojects.io.</source>
        <translation>廃止されました。Eclipse のサンドボックスは現在 mqtt.eclipseprojects.io です。</translation>
    </message>
</context>
<context>
    <name>Signalbox::BrokerStats</name>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="92"/>
        <source>Clients connected</source>
        <translation>接続中のクライアント</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="83"/>
        <location filename="../core/models/brokerstats.cpp" line="93"/>
        <source>Clients total</source>
        <translation>クライアント総数</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="94"/>
        <source>Clients disconnected</source>
        <translation>切断されたクライアント</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="95"/>
        <source>Clients maximum</source>
        <translation>クライアント最大数</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="96"/>
        <source>Clients expired</source>
        <translation>期限切れのクライアント</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="97"/>
        <source>Clients active</source>
        <translation>アクティブなクライアント</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="98"/>
        <source>Clients inactive</source>
        <translation>非アクティブなクライアント</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="99"/>
        <location filename="../core/models/brokerstats.cpp" line="121"/>
        <source>Messages received</source>
        <translation>受信メッセージ</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="100"/>
        <location filename="../core/models/brokerstats.cpp" line="122"/>
        <source>Messages sent</source>
        <translation>送信メッセージ</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="101"/>
        <source>Messages stored</source>
        <translation>保存メッセージ</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="102"/>
        <location filename="../core/models/brokerstats.cpp" line="123"/>
        <source>Bytes received</source>
        <translation>受信バイト数</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="103"/>
        <location filename="../core/models/brokerstats.cpp" line="124"/>
        <source>Bytes sent</source>
        <translation>送信バイト数</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="104"/>
        <location filename="../core/models/brokerstats.cpp" line="125"/>
        <source>PUBLISH received</source>
        <translation>受信 PUBLISH</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="105"/>
        <location filename="../core/models/brokerstats.cpp" line="126"/>
        <source>PUBLISH sent</source>
        <translation>送信 PUBLISH</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="106"/>
        <location filename="../core/models/brokerstats.cpp" line="127"/>
        <source>PUBLISH dropped</source>
        <translation>破棄された PUBLISH</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="107"/>
        <source>PUBLISH bytes received</source>
        <translation>受信 PUBLISH バイト数</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="108"/>
        <source>PUBLISH bytes sent</source>
        <translation>送信 PUBLISH バイト数</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="109"/>
        <source>Subscriptions</source>
        <translation>購読</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="110"/>
        <source>Shared subscriptions</source>
        <translation>共有購読</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="111"/>
        <source>Retained messages</source>
        <translation>保持メッセージ</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="112"/>
        <source>Stored messages</source>
        <translation>保存されたメッセージ</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="113"/>
        <source>Stored message bytes</source>
        <translation>保存メッセージのバイト数</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="114"/>
        <source>Heap</source>
        <translation>ヒープ</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="115"/>
        <source>Heap maximum</source>
        <translation>ヒープ最大値</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="116"/>
        <source>Topics</source>
        <translation>トピック</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="117"/>
        <source>Sessions</source>
        <translation>セッション</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="118"/>
        <source>Uptime</source>
        <translation>稼働時間</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="128"/>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="129"/>
        <source>Sockets</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="135"/>
        <source>%1 (%2 average)</source>
        <translation>%1（平均 %2）</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="135"/>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <location filename="../core/models/brokerstats.cpp" line="143"/>
        <source>%1 per second</source>
        <translation>毎秒 %1</translation>
    </message>
</context>
<context>
    <name>Signalbox::ConnectionProfile</name>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="101"/>
        <source>The IPv6 address in &apos;%1&apos; lacks its closing &apos;]&apos;.</source>
        <translation>「%1」の IPv6 アドレスに閉じる「]」がありません。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="104"/>
        <source>Unexpected text after the IPv6 address in &apos;%1&apos;.</source>
        <translation>「%1」の IPv6 アドレスの後に予期しないテキストがあります。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="118"/>
        <source>The port &apos;%1&apos; in &apos;%2&apos; is not a number from 1 to 65535.</source>
        <translation>「%2」のポート「%1」は 1～65535 の数値ではありません。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="178"/>
        <location filename="../core/client/connectionprofile.cpp" line="194"/>
        <source>The key &apos;%1&apos; must be a string.</source>
        <translation>キー「%1」は文字列でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="206"/>
        <source>The key &apos;%1&apos; must be true or false.</source>
        <translation>キー「%1」は true または false でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="242"/>
        <source>The key &apos;%1&apos; must be a number.</source>
        <translation>キー「%1」は数値でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="256"/>
        <source>The key &apos;%1&apos; must be a base64 string.</source>
        <translation>キー「%1」は base64 文字列でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="275"/>
        <source>The key &apos;%1&apos; must be an array of strings.</source>
        <translation>キー「%1」は文字列の配列でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="295"/>
        <source>The key &apos;%1&apos; must be an array of [name, value] pairs of strings.</source>
        <translation>キー「%1」は文字列の [name, value] ペアの配列でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="307"/>
        <location filename="../core/client/connectionprofile.cpp" line="672"/>
        <source>The key &apos;%1&apos; must be an object.</source>
        <translation>キー「%1」はオブジェクトでなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="322"/>
        <source>The key &apos;%1&apos; must be a whole number from %2 to %3.</source>
        <translation>キー「%1」は %2～%3 の整数でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="415"/>
        <source>&apos;%1&apos; is not a URL; write it as mqtt://host:1883, mqtts://, ws:// or wss://.</source>
        <translation>「%1」は URL ではありません。mqtt://host:1883、mqtts://、ws://、wss:// の形式で入力してください。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="420"/>
        <source>Unsupported URL scheme &apos;%1&apos;; use mqtt://, mqtts://, ws:// or wss://.</source>
        <translation>サポートされていない URL スキーム「%1」です。mqtt://、mqtts://、ws://、wss:// を使ってください。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="427"/>
        <source>The URL &apos;%1&apos; names no socket; write it as unix:///path/to/socket.</source>
        <translation>URL「%1」にソケットが指定されていません。unix:///path/to/socket の形式で書いてください。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="437"/>
        <source>&apos;%1&apos; is not a valid URL.</source>
        <translation>「%1」は有効な URL ではありません。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="439"/>
        <source>The URL &apos;%1&apos; names no host.</source>
        <translation>URL「%1」にホストがありません。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="453"/>
        <source>The user name or password in the URL is not valid UTF-8.</source>
        <translation>URL のユーザー名またはパスワードが有効な UTF-8 ではありません。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="585"/>
        <source>This profile was written by a newer Signalbox (file format %1); this one reads format %2.</source>
        <translation>このプロファイルは新しい Signalbox で書かれています（ファイル形式 %1）。このバージョンが読めるのは形式 %2 です。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="598"/>
        <source>The key &apos;%1&apos; must be one of &quot;mqtt&quot;, &quot;mqtts&quot;, &quot;ws&quot;, &quot;wss&quot; or &quot;unix&quot;.</source>
        <translation>キー「%1」は &quot;mqtt&quot;、&quot;mqtts&quot;、&quot;ws&quot;、&quot;wss&quot;、&quot;unix&quot; のいずれかでなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="609"/>
        <source>The key &apos;%1&apos; must be one of &quot;3.1&quot;, &quot;3.1.1&quot; or &quot;5.0&quot;.</source>
        <translation>キー「%1」は &quot;3.1&quot;、&quot;3.1.1&quot;、&quot;5.0&quot; のいずれかでなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="634"/>
        <source>The key &apos;%1&apos; must be one of &quot;any&quot;, &quot;tlsv1.2&quot; or &quot;tlsv1.3&quot;.</source>
        <translation>キー「%1」は &quot;any&quot;、&quot;tlsv1.2&quot;、&quot;tlsv1.3&quot; のいずれかでなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="645"/>
        <source>The key &apos;%1&apos; must be the pre-shared key in hex digits.</source>
        <translation>キー「%1」は 16 進数で表した事前共有鍵でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="654"/>
        <source>The key &apos;%1&apos; may not be given together with &apos;payloadBase64&apos;.</source>
        <translation>キー「%1」は「payloadBase64」と同時に指定できません。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="675"/>
        <source>The key &apos;%1&apos; is not valid: %2</source>
        <translation>キー「%1」が無効です：%2</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="715"/>
        <source>Unix domain sockets (unix://) are not available on Windows.</source>
        <translation>Unix ドメインソケット（unix://）は Windows では使えません。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="718"/>
        <source>A Unix socket connection needs the path of the socket.</source>
        <translation>Unix ソケット接続にはソケットのパスが必要です。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="720"/>
        <source>The host name is empty.</source>
        <translation>ホスト名が空です。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="722"/>
        <source>The host is a URL: write only the host name, or paste the URL into the Host field of the editor, which fills in the scheme, host, port and path.</source>
        <translation>ホストが URL になっています。ホスト名だけを書くか、URL をエディターのホスト欄に貼り付けてください。スキーム、ホスト、ポート、パスが入力されます。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="725"/>
        <source>&apos;%1&apos; is not a host name or an IP address.</source>
        <translation>&apos;%1&apos; はホスト名でも IP アドレスでもありません。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="727"/>
        <source>Port 0 cannot be connected to; %1:// usually uses port %2.</source>
        <translation>ポート 0 には接続できません。%1:// は通常ポート %2 を使います。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="731"/>
        <source>The WebSocket path must start with &apos;/&apos;, as in &apos;/mqtt&apos;.</source>
        <translation>WebSocket のパスは「/mqtt」のように「/」で始まる必要があります。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="736"/>
        <source>MQTT 3.1 allows client identifiers of at most 23 characters; this one has %1.</source>
        <translation>MQTT 3.1 で使えるクライアント ID は 23 文字までです。この ID は %1 文字あります。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="739"/>
        <source>The client identifier is longer than the 65535 bytes MQTT allows.</source>
        <translation>クライアント ID が MQTT の上限 65535 バイトを超えています。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="743"/>
        <source>A persistent session (clean session off) needs a client identifier under MQTT %1.</source>
        <translation>MQTT %1 では、永続セッション（クリーンセッションなし）にクライアント ID が必要です。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="747"/>
        <source>Keeping the message history needs a client identifier: the history is kept per client.</source>
        <translation>メッセージ履歴を保存するにはクライアント ID が必要です。履歴はクライアントごとに保存されます。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="750"/>
        <source>MQTT %1 does not allow a password without a user name.</source>
        <translation>MQTT %1 ではユーザー名なしのパスワードは使えません。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="753"/>
        <source>The connect timeout must be positive.</source>
        <translation>接続タイムアウトは正の値でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="758"/>
        <source>The will topic is not valid. %1</source>
        <translation>ウィルトピックが無効です。%1</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="761"/>
        <source>The will QoS must be 0, 1 or 2, not %1.</source>
        <translation>ウィル QoS は 0、1、2 のいずれかでなければなりません（%1 は不可）。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="763"/>
        <source>Will properties need MQTT 5.0; this profile uses MQTT %1.</source>
        <translation>ウィルプロパティには MQTT 5.0 が必要です。このプロファイルは MQTT %1 を使っています。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="769"/>
        <source>The property &apos;%1&apos; cannot be part of a will message.</source>
        <translation>プロパティ「%1」はウィルメッセージに含められません。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="780"/>
        <source>The CA certificate file &apos;%1&apos; does not exist.</source>
        <translation>CA 証明書ファイル「%1」が存在しません。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="781"/>
        <source>The client certificate file &apos;%1&apos; does not exist.</source>
        <translation>クライアント証明書ファイル「%1」が存在しません。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="782"/>
        <source>The private key file &apos;%1&apos; does not exist.</source>
        <translation>秘密鍵ファイル「%1」が存在しません。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="784"/>
        <source>The CA directory &apos;%1&apos; does not exist.</source>
        <translation>CA ディレクトリ「%1」が存在しません。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="787"/>
        <source>The cipher &apos;%1&apos; is unknown to the TLS library.</source>
        <translation>暗号スイート「%1」は TLS ライブラリで認識されません。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="790"/>
        <source>A PSK identity needs its pre-shared key.</source>
        <translation>PSK ID には対応する事前共有鍵が必要です。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="792"/>
        <source>A pre-shared key needs its PSK identity.</source>
        <translation>事前共有鍵には対応する PSK ID が必要です。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="794"/>
        <source>A client certificate needs its private key; choose the key file too.</source>
        <translation>クライアント証明書には秘密鍵が必要です。鍵ファイルも選択してください。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="796"/>
        <source>A private key needs its client certificate; choose the certificate file too.</source>
        <translation>秘密鍵にはクライアント証明書が必要です。証明書ファイルも選択してください。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="800"/>
        <source>The first reconnect delay must be positive.</source>
        <translation>最初の再接続遅延は正の値でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="802"/>
        <source>The longest reconnect delay must be positive.</source>
        <translation>最長の再接続遅延は正の値でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="804"/>
        <source>The longest reconnect delay is shorter than the first one.</source>
        <translation>最長の再接続遅延が最初の遅延より短くなっています。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="806"/>
        <source>The reconnect delay multiplier must be at least 1.</source>
        <translation>再接続遅延の倍率は 1 以上でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="808"/>
        <source>The reconnect jitter must be a fraction from 0 up to (not including) 1.</source>
        <translation>再接続ジッターは 0 以上 1 未満の小数でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="810"/>
        <source>The number of reconnect attempts may not be negative; use 0 to keep trying.</source>
        <translation>再接続の試行回数は負にできません。0 にすると試行し続けます。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="816"/>
        <source>Authentication data needs an authentication method.</source>
        <translation>認証データには認証方式が必要です。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="820"/>
        <source>%1 needs MQTT 5.0; this profile uses MQTT %2.</source>
        <translation>%1 には MQTT 5.0 が必要です。このプロファイルは MQTT %2 を使っています。</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="822"/>
        <source>A session expiry interval</source>
        <translation>セッション有効期限</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="823"/>
        <source>A receive maximum</source>
        <translation>受信最大数</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="824"/>
        <source>A topic alias maximum</source>
        <translation>トピックエイリアス最大数</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="825"/>
        <source>A maximum packet size</source>
        <translation>最大パケットサイズ</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="826"/>
        <source>Requesting response information</source>
        <translation>応答情報の要求</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="827"/>
        <source>Turning off problem information</source>
        <translation>問題情報の無効化</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="828"/>
        <source>User properties in CONNECT</source>
        <translation>CONNECT のユーザープロパティ</translation>
    </message>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="829"/>
        <source>Enhanced authentication</source>
        <translation>拡張認証</translation>
    </message>
</context>
<context>
    <name>Signalbox::ConnectionSession</name>
    <message>
        <location filename="../core/session/connectionsession.cpp" line="273"/>
        <source>Script: %1</source>
        <translation>スクリプト：%1</translation>
    </message>
    <message>
        <location filename="../core/session/connectionsession.cpp" line="282"/>
        <source>The script is running.</source>
        <translation>スクリプトを実行中です。</translation>
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
        <translation>スキーマ違反：</translation>
    </message>
</context>
<context>
    <name>Signalbox::ConnectionWorkspace</name>
    <message>
        <location filename="../core/profiles/connectionworkspace.cpp" line="111"/>
        <source>Its QoS, retain handling, subscription identifier or colour is not valid.</source>
        <translation>QoS、保持の扱い、購読 ID、または色が無効です。</translation>
    </message>
    <message>
        <location filename="../core/profiles/connectionworkspace.cpp" line="149"/>
        <source>Its payload, QoS or format is not valid.</source>
        <translation>ペイロード、QoS、または形式が無効です。</translation>
    </message>
    <message>
        <location filename="../core/profiles/connectionworkspace.cpp" line="178"/>
        <source>It has no name.</source>
        <translation>名前がありません。</translation>
    </message>
    <message>
        <location filename="../core/profiles/connectionworkspace.cpp" line="183"/>
        <source>Another saved message before it has the name &quot;%1&quot;.</source>
        <translation>それより前の別の保存メッセージがすでに「%1」という名前を使っています。</translation>
    </message>
    <message>
        <location filename="../core/profiles/connectionworkspace.cpp" line="231"/>
        <source>The saved subscriptions, publish history and saved messages are not lists.</source>
        <translation>保存された購読、発行履歴、保存メッセージがリストではありません。</translation>
    </message>
    <message>
        <location filename="../core/profiles/connectionworkspace.cpp" line="258"/>
        <source>Entry %1 of the saved messages was left out. %2</source>
        <translation>保存メッセージの項目 %1 を除外しました。%2</translation>
    </message>
    <message>
        <location filename="../core/profiles/connectionworkspace.cpp" line="266"/>
        <source>Payload decoder %1 was left out. %2</source>
        <translation>ペイロードデコーダー %1 を除外しました。%2</translation>
    </message>
    <message>
        <location filename="../core/profiles/connectionworkspace.cpp" line="242"/>
        <source>Saved subscription %1 was left out. %2</source>
        <translation>保存された購読 %1 を除外しました。%2</translation>
    </message>
    <message>
        <location filename="../core/profiles/connectionworkspace.cpp" line="250"/>
        <source>Saved message %1 of the publish history was left out. %2</source>
        <translation>発行履歴の保存メッセージ %1 を除外しました。%2</translation>
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
        <translation>真偽値</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="463"/>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="463"/>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="465"/>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="467"/>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="469"/>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="473"/>
        <source>nothing</source>
        <translation>値なし</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="552"/>
        <source>This is %1, a type the schema does not allow here.</source>
        <translation>これは%1で、スキーマがここで許可していない型です。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="554"/>
        <source>The property &quot;%1&quot; is required.</source>
        <translation>プロパティ「%1」は必須です。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="556"/>
        <source>The property &quot;%1&quot; is required by another property here.</source>
        <translation>プロパティ「%1」は、ここにある別のプロパティによって必須とされています。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="558"/>
        <location filename="../core/decoders/jsonschema.cpp" line="560"/>
        <source>The property &quot;%1&quot; is not allowed.</source>
        <translation>プロパティ「%1」は許可されていません。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="562"/>
        <source>Expected text that matches the pattern %1.</source>
        <translation>パターン %1 に一致するテキストが必要です。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="567"/>
        <location filename="../core/decoders/jsonschema.cpp" line="617"/>
        <source>Expected a date as RFC 3339 writes it (2026-12-07).</source>
        <translation>RFC 3339 形式の日付が必要です（2026-12-07）。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="569"/>
        <location filename="../core/decoders/jsonschema.cpp" line="619"/>
        <source>Expected a time as RFC 3339 writes it (18:50:00Z).</source>
        <translation>RFC 3339 形式の時刻が必要です（18:50:00Z）。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="570"/>
        <location filename="../core/decoders/jsonschema.cpp" line="615"/>
        <source>Expected a date and time as RFC 3339 writes it (2026-12-07T18:50:00Z).</source>
        <translation>RFC 3339 形式の日時が必要です（2026-12-07T18:50:00Z）。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="573"/>
        <source>Expected text that matches the schema&apos;s pattern.</source>
        <translation>スキーマの pattern に一致するテキストが必要です。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="575"/>
        <source>Expected one of the values the schema&apos;s enum lists.</source>
        <translation>スキーマの enum にある値のいずれかが必要です。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="577"/>
        <source>Expected the value the schema&apos;s const gives.</source>
        <translation>スキーマの const が示す値が必要です。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="579"/>
        <source>Expected a number of at least %1.</source>
        <translation>%1 以上の数値が必要です。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="581"/>
        <source>Expected a number greater than %1.</source>
        <translation>%1 より大きい数値が必要です。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="583"/>
        <source>Expected a number of at most %1.</source>
        <translation>%1 以下の数値が必要です。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="585"/>
        <source>Expected a number less than %1.</source>
        <translation>%1 未満の数値が必要です。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="587"/>
        <source>Expected a multiple of %1.</source>
        <translation>%1 の倍数が必要です。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="589"/>
        <source>Expected text of at most %1 characters.</source>
        <translation>%1 文字以下のテキストが必要です。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="591"/>
        <source>Expected text of at least %1 characters.</source>
        <translation>%1 文字以上のテキストが必要です。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="593"/>
        <source>Expected at most %1 items.</source>
        <translation>項目は %1 個以下でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="595"/>
        <source>Expected at least %1 items.</source>
        <translation>項目は %1 個以上でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="597"/>
        <source>Expected at most %1 properties.</source>
        <translation>プロパティは %1 個以下でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="599"/>
        <source>Expected at least %1 properties.</source>
        <translation>プロパティは %1 個以上でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="601"/>
        <source>Expected items that are all different; two are equal.</source>
        <translation>項目はすべて異なる必要がありますが、2 つが同じです。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="603"/>
        <source>Expected no more items than the schema&apos;s items list.</source>
        <translation>項目数はスキーマの items リストの数以下でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="605"/>
        <source>Expected a value that matches at least one of the schema&apos;s anyOf.</source>
        <translation>スキーマの anyOf の少なくとも 1 つに一致する値が必要です。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="607"/>
        <source>Expected a value that matches one of the schema&apos;s oneOf.</source>
        <translation>スキーマの oneOf のいずれかに一致する値が必要です。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="609"/>
        <source>Expected a value that matches exactly one of the schema&apos;s oneOf; it matches more.</source>
        <translation>スキーマの oneOf のちょうど 1 つに一致する値が必要ですが、複数に一致しています。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="611"/>
        <source>Expected a value that does not match the schema&apos;s not.</source>
        <translation>スキーマの not に一致しない値が必要です。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="613"/>
        <source>Expected at least one item that matches the schema&apos;s contains.</source>
        <translation>スキーマの contains に一致する項目が少なくとも 1 つ必要です。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="621"/>
        <source>Expected a value that matches the schema&apos;s if/then/else.</source>
        <translation>スキーマの if/then/else に一致する値が必要です。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="623"/>
        <source>Expected a value that matches every schema of the schema&apos;s allOf.</source>
        <translation>スキーマの allOf のすべてのスキーマに一致する値が必要です。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="625"/>
        <source>Item %1 does not match the schema for it.</source>
        <translation>項目 %1 が対応するスキーマに一致しません。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="627"/>
        <source>A property here does not match the schema&apos;s additionalProperties.</source>
        <translation>ここにあるプロパティがスキーマの additionalProperties に一致しません。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="629"/>
        <source>Expected a value that matches the schema&apos;s dependencies.</source>
        <translation>スキーマの dependencies に一致する値が必要です。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="854"/>
        <source>The schema&apos;s pattern &quot;%1&quot; is not a valid regular expression: %2.</source>
        <translation>スキーマの pattern「%1」は有効な正規表現ではありません：%2。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1031"/>
        <source>This array has more than %1 items, too many to check for uniqueItems.</source>
        <translation>この配列は項目が %1 個を超えており、uniqueItems を確認するには多すぎます。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1042"/>
        <source>This property&apos;s name is longer than %1 characters, too long to check against the schema&apos;s patterns.</source>
        <translation>このプロパティ名は %1 文字を超えており、スキーマのパターンと照合するには長すぎます。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1064"/>
        <source>The schema refers to %1, which is not a local file; Signalbox does not fetch schemas from the network.</source>
        <translation>スキーマがローカルファイルではない %1 を参照しています。Signalbox はネットワークからスキーマを取得しません。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1071"/>
        <source>The schema refers to the file %1, but has no folder to find it in.</source>
        <translation>スキーマがファイル %1 を参照していますが、それを探すフォルダーがありません。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1082"/>
        <source>The schema file %1 is not a regular file.</source>
        <translation>スキーマファイル %1 は通常のファイルではありません。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1084"/>
        <source>The schema file %1 is larger than %2 MiB.</source>
        <translation>スキーマファイル %1 が %2 MiB を超えています。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1096"/>
        <location filename="../core/decoders/jsonschema.cpp" line="1168"/>
        <source>Cannot read the schema file %1: %2</source>
        <translation>スキーマファイル %1 を読み込めません：%2</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1102"/>
        <location filename="../core/decoders/jsonschema.cpp" line="1201"/>
        <source>The schema file %1 is not JSON: %2</source>
        <translation>スキーマファイル %1 は JSON ではありません：%2</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1200"/>
        <source>The schema is not JSON: %1</source>
        <translation>スキーマが JSON ではありません：%1</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1204"/>
        <source>A schema must be a JSON object (or true or false), not %1.</source>
        <translation>スキーマは%1ではなく、JSON オブジェクト（または true か false）でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1230"/>
        <source>The schema&apos;s $schema &quot;%1&quot; names a draft that Signalbox does not check; drafts 4, 6 and 7 are supported.</source>
        <translation>スキーマの $schema「%1」は Signalbox が検証しないドラフトを指定しています。対応しているのはドラフト 4、6、7 です。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1248"/>
        <location filename="../core/decoders/jsonschema.cpp" line="1255"/>
        <source>A $ref or id in the schema is longer than %1 characters.</source>
        <translation>スキーマ内の $ref または id が %1 文字を超えています。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1266"/>
        <source>The schema refers back to itself in a loop ($ref, allOf, anyOf, oneOf, not or if/then/else) without looking inside the value, so no value could ever be checked.</source>
        <translation>スキーマが値の中を見ずに自分自身をループで参照しているため（$ref、allOf、anyOf、oneOf、not、if/then/else）、どの値も検証できません。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1272"/>
        <source>The schema nests too deeply, or its $ref refer to each other in a loop.</source>
        <translation>スキーマの入れ子が深すぎるか、$ref が互いにループで参照しています。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1275"/>
        <source>The schema is not valid: %1</source>
        <translation>スキーマが無効です：%1</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1328"/>
        <source>The payload nests too deeply to check against this schema.</source>
        <translation>ペイロードの入れ子が深すぎて、このスキーマで検証できません。</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1333"/>
        <source>The payload could not be checked: %1</source>
        <translation>ペイロードを検証できませんでした：%1</translation>
    </message>
    <message>
        <location filename="../core/decoders/jsonschema.cpp" line="1341"/>
        <source>The payload does not match the schema.</source>
        <translation>ペイロードがスキーマに一致しません。</translation>
    </message>
</context>
<context>
    <name>Signalbox::MessageLogModel</name>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="320"/>
        <source>Invalid regular expression at position %1: %2.</source>
        <translation>位置 %1 の正規表現が無効です：%2。</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="640"/>
        <location filename="../core/models/messagelogmodel.cpp" line="658"/>
        <source>Sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="658"/>
        <source>Received</source>
        <translation>受信</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="660"/>
        <source>Retained</source>
        <translation>保持</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="638"/>
        <source>Queued</source>
        <translation>キュー待ち</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="376"/>
        <source>UTF-8 text</source>
        <translation>UTF-8 テキスト</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="376"/>
        <source>binary payload</source>
        <translation>バイナリペイロード</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="382"/>
        <source>expires after %1 s</source>
        <translation>%1 秒後に期限切れ</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="385"/>
        <source>content type %1</source>
        <translation>コンテンツタイプ %1</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="388"/>
        <source>response to %1</source>
        <translation>レスポンストピック %1</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="391"/>
        <source>correlation %1</source>
        <translation>相関データ %1</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="395"/>
        <source>topic alias %1</source>
        <translation>トピックエイリアス %1</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="406"/>
        <source>user properties %1</source>
        <translation>ユーザープロパティ %1</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="418"/>
        <source>subscription id %1</source>
        <translation>購読 ID %1</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="642"/>
        <source>Received by broker</source>
        <translation>ブローカーが受信</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="644"/>
        <source>Acknowledged %1 ms</source>
        <translation>確認済み %1 ms</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="645"/>
        <source>Acknowledged</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="647"/>
        <source>Failed: %1</source>
        <translation>失敗：%1</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="648"/>
        <source>reason code 0x%1</source>
        <translation>理由コード 0x%1</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="664"/>
        <source>Properties: %1</source>
        <translation>プロパティ：%1</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="740"/>
        <source>Direction: ↓ received, ↑ sent</source>
        <translation>方向: ↓ 受信、↑ 送信</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="742"/>
        <source>R: the broker kept this message as its topic&apos;s retained message</source>
        <translation>R: ブローカーがこのメッセージをトピックの保持メッセージとして保存しています</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="749"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="753"/>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="755"/>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="759"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="761"/>
        <source>Payload</source>
        <translation>ペイロード</translation>
    </message>
    <message>
        <location filename="../core/models/messagelogmodel.cpp" line="763"/>
        <source>Delivery</source>
        <translation>配信</translation>
    </message>
</context>
<context>
    <name>Signalbox::Mqtt</name>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="104"/>
        <source>Granted QoS 0</source>
        <translation>QoS 0 を許可</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="106"/>
        <source>Normal disconnection</source>
        <translation>正常な切断</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="107"/>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="109"/>
        <source>Granted QoS 1</source>
        <translation>QoS 1 を許可</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="111"/>
        <source>Granted QoS 2</source>
        <translation>QoS 2 を許可</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="113"/>
        <source>Disconnect with will message</source>
        <translation>ウィルメッセージ付きで切断</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="115"/>
        <source>No matching subscribers</source>
        <translation>一致する購読者なし</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="117"/>
        <source>No subscription existed</source>
        <translation>購読が存在しない</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="119"/>
        <source>Continue authentication</source>
        <translation>認証を継続</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="121"/>
        <source>Re-authenticate</source>
        <translation>再認証</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="123"/>
        <source>Unspecified error</source>
        <translation>不特定のエラー</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="125"/>
        <source>Malformed packet</source>
        <translation>不正な形式のパケット</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="127"/>
        <source>Protocol error</source>
        <translation>プロトコルエラー</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="129"/>
        <source>Implementation specific error</source>
        <translation>実装固有のエラー</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="131"/>
        <source>Unsupported protocol version</source>
        <translation>サポートされていないプロトコルバージョン</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="133"/>
        <source>Client identifier not valid</source>
        <translation>クライアント ID が無効</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="135"/>
        <location filename="../core/mqtt/mqtt.cpp" line="209"/>
        <source>Bad user name or password</source>
        <translation>ユーザー名またはパスワードが不正</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="137"/>
        <location filename="../core/mqtt/mqtt.cpp" line="211"/>
        <source>Not authorized</source>
        <translation>権限なし</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="139"/>
        <location filename="../core/mqtt/mqtt.cpp" line="207"/>
        <source>Server unavailable</source>
        <translation>サーバー利用不可</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="141"/>
        <source>Server busy</source>
        <translation>サーバー混雑中</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="143"/>
        <source>Banned</source>
        <translation>禁止</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="145"/>
        <source>Server shutting down</source>
        <translation>サーバーシャットダウン中</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="147"/>
        <source>Bad authentication method</source>
        <translation>認証方式が不正</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="149"/>
        <source>Keep alive timeout</source>
        <translation>キープアライブタイムアウト</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="151"/>
        <source>Session taken over</source>
        <translation>セッションが引き継がれた</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="153"/>
        <source>Topic filter invalid</source>
        <translation>トピックフィルターが無効</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="155"/>
        <source>Topic name invalid</source>
        <translation>トピック名が無効</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="157"/>
        <source>Packet identifier in use</source>
        <translation>パケット ID が使用中</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="159"/>
        <source>Packet identifier not found</source>
        <translation>パケット ID が見つからない</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="161"/>
        <source>Receive maximum exceeded</source>
        <translation>受信最大数を超過</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="163"/>
        <source>Topic alias invalid</source>
        <translation>トピックエイリアスが無効</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="165"/>
        <source>Packet too large</source>
        <translation>パケットが大きすぎる</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="167"/>
        <source>Message rate too high</source>
        <translation>メッセージレートが高すぎる</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="169"/>
        <source>Quota exceeded</source>
        <translation>クォータ超過</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="171"/>
        <source>Administrative action</source>
        <translation>管理操作</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="173"/>
        <source>Payload format invalid</source>
        <translation>ペイロード形式が無効</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="175"/>
        <source>Retain not supported</source>
        <translation>保持メッセージ非対応</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="177"/>
        <source>QoS not supported</source>
        <translation>QoS 非対応</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="179"/>
        <source>Use another server</source>
        <translation>別のサーバーを使用</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="181"/>
        <source>Server moved</source>
        <translation>サーバー移転</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="183"/>
        <source>Shared subscriptions not supported</source>
        <translation>共有購読非対応</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="185"/>
        <source>Connection rate exceeded</source>
        <translation>接続レート超過</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="187"/>
        <source>Maximum connect time</source>
        <translation>最大接続時間</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="189"/>
        <source>Subscription identifiers not supported</source>
        <translation>購読 ID 非対応</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="191"/>
        <source>Wildcard subscriptions not supported</source>
        <translation>ワイルドカード購読非対応</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="193"/>
        <source>Reason code %1</source>
        <translation>理由コード %1</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="201"/>
        <source>Connection accepted</source>
        <translation>接続を受け付けました</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="203"/>
        <source>Unacceptable protocol version</source>
        <translation>受け入れられないプロトコルバージョン</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="205"/>
        <source>Identifier rejected</source>
        <translation>ID が拒否されました</translation>
    </message>
    <message>
        <location filename="../core/mqtt/mqtt.cpp" line="213"/>
        <source>Return code %1</source>
        <translation>リターンコード %1</translation>
    </message>
</context>
<context>
    <name>Signalbox::MqttClient</name>
    <message>
        <location filename="../core/client/handshake.cpp" line="12"/>
        <source>The connection has no host or port.</source>
        <translation>接続にホストまたはポートがありません。</translation>
    </message>
    <message>
        <location filename="../core/client/handshake.cpp" line="16"/>
        <source>Invalid will topic: %1</source>
        <translation>無効なウィルトピック：%1</translation>
    </message>
    <message>
        <location filename="../core/client/handshake.cpp" line="87"/>
        <source>The broker at %1:%2 refused the connection: %3.</source>
        <translation>%1:%2 のブローカーが接続を拒否しました：%3。</translation>
    </message>
    <message>
        <location filename="../core/client/handshake.cpp" line="97"/>
        <source>The broker sent a Receive Maximum of 0.</source>
        <translation>ブローカーが Receive Maximum 0 を送信しました。</translation>
    </message>
    <message>
        <location filename="../core/client/handshake.cpp" line="113"/>
        <source>No answer from the broker at %1:%2 within %3 s of connecting: no CONNACK came.</source>
        <translation>接続後 %3 秒以内に %1:%2 のブローカーから応答がありません：CONNACK が届きませんでした。</translation>
    </message>
    <message>
        <location filename="../core/client/handshake.cpp" line="120"/>
        <source>The TCP connection to %1:%2 did not complete within %3 s.</source>
        <translation>%1:%2 への TCP 接続が %3 秒以内に完了しませんでした。</translation>
    </message>
    <message>
        <location filename="../core/client/handshake.cpp" line="123"/>
        <source>The TCP connection or TLS handshake with %1:%2 did not complete within %3 s.</source>
        <translation>%1:%2 との TCP 接続または TLS ハンドシェイクが %3 秒以内に完了しませんでした。</translation>
    </message>
    <message>
        <location filename="../core/client/handshake.cpp" line="126"/>
        <source>The WebSocket upgrade with %1:%2 did not complete within %3 s.</source>
        <translation>%1:%2 との WebSocket アップグレードが %3 秒以内に完了しませんでした。</translation>
    </message>
    <message>
        <location filename="../core/client/handshake.cpp" line="129"/>
        <source>The TLS handshake or WebSocket upgrade with %1:%2 did not complete within %3 s.</source>
        <translation>%1:%2 との TLS ハンドシェイクまたは WebSocket アップグレードが %3 秒以内に完了しませんでした。</translation>
    </message>
    <message>
        <location filename="../core/client/handshake.cpp" line="132"/>
        <source>The connection to the socket %1 did not complete within %2 s.</source>
        <translation>ソケット %1 への接続が %2 秒以内に完了しませんでした。</translation>
    </message>
    <message>
        <location filename="../core/client/inboundaliases.cpp" line="26"/>
        <source>The broker sent a PUBLISH with an empty topic and no topic alias.</source>
        <translation>ブローカーがトピックが空でトピックエイリアスもない PUBLISH を送信しました。</translation>
    </message>
    <message>
        <location filename="../core/client/inboundaliases.cpp" line="32"/>
        <source>The broker used topic alias %1, beyond the maximum of %2 this client allows.</source>
        <translation>ブローカーがトピックエイリアス %1 を使いました。このクライアントが許可する最大値 %2 を超えています。</translation>
    </message>
    <message>
        <location filename="../core/client/inboundaliases.cpp" line="44"/>
        <source>The broker used topic alias %1 without defining it first.</source>
        <translation>ブローカーがトピックエイリアス %1 を定義せずに使いました。</translation>
    </message>
    <message>
        <location filename="../core/client/keepalivewatch.cpp" line="69"/>
        <source>The broker at %1:%2 stopped making progress: no reply to a ping within %3 s, while a packet it began (%4 bytes so far) never completed.</source>
        <translation>%1:%2 のブローカーが進まなくなりました：%3 秒以内に ping への応答がなく、送信し始めたパケット（これまで %4 バイト）が完了しませんでした。</translation>
    </message>
    <message>
        <location filename="../core/client/keepalivewatch.cpp" line="80"/>
        <source>The broker at %1:%2 stopped reading: no reply to a ping within %3 s, with %4 bytes still waiting to be sent.</source>
        <translation>%1:%2 のブローカーが読み取りを止めました：%3 秒以内に ping への応答がなく、%4 バイトが送信待ちのままです。</translation>
    </message>
    <message>
        <location filename="../core/client/keepalivewatch.cpp" line="87"/>
        <source>The broker at %1:%2 stopped answering: no reply to a ping within %3 s.</source>
        <translation>%1:%2 のブローカーが応答しなくなりました：%3 秒以内に ping への応答がありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/client/keepalivewatch.cpp" line="101"/>
        <source>The broker at %1:%2 answers pings but has acknowledged nothing for %3 s (%n request(s) waiting).</source>
        <translation>
            <numerusform>%1:%2 のブローカーは ping に応答しますが、%3 秒間何も確認していません（%n 件の要求が待機中）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="84"/>
        <source>The broker at %1:%2 asked for &apos;%3&apos; authentication data, and no answer was given within %4 s.</source>
        <translation>%1:%2 のブローカーが「%3」の認証データを要求しましたが、%4 秒以内に応答がありませんでした。</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="296"/>
        <source>The broker sent a malformed packet: %1</source>
        <translation>ブローカーが不正な形式のパケットを送信しました：%1</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="317"/>
        <source>The broker at %1 closed the connection without answering CONNECT (it may not support MQTT %2).</source>
        <translation>%1 のブローカーが CONNECT に応答せずに接続を閉じました（MQTT %2 に対応していない可能性があります）。</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="321"/>
        <source>The broker at %1 closed the connection.</source>
        <translation>%1 のブローカーが接続を閉じました。</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="551"/>
        <source>Cannot publish to &apos;%1&apos;: %2</source>
        <translation>「%1」に発行できません：%2</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="554"/>
        <location filename="../core/client/subscriptions.cpp" line="24"/>
        <source>QoS must be 0, 1 or 2, not %1.</source>
        <translation>QoS は 0、1、2 のいずれかでなければなりません（%1 は不可）。</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="556"/>
        <source>Cannot publish at QoS 0 while disconnected.</source>
        <translation>切断中は QoS 0 で発行できません。</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="558"/>
        <source>Cannot publish: %1 messages are already waiting to be sent.</source>
        <translation>発行できません：すでに %1 件のメッセージが送信待ちです。</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="619"/>
        <source>Cannot subscribe while not connected.</source>
        <translation>接続していないときは購読できません。</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="633"/>
        <source>Nothing to unsubscribe from.</source>
        <translation>購読解除する対象がありません。</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="634"/>
        <source>Cannot unsubscribe while not connected.</source>
        <translation>接続していないときは購読解除できません。</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="701"/>
        <source>The broker sent %1 before CONNACK.</source>
        <translation>ブローカーが CONNACK の前に %1 を送信しました。</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="750"/>
        <source>The broker sent more unacknowledged QoS 2 messages than the %1 allowed.</source>
        <translation>ブローカーが許可された %1 件を超える未確認の QoS 2 メッセージを送信しました。</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="800"/>
        <source>The broker sent %1, which only a client may send.</source>
        <translation>ブローカーが %1 を送信しました。これはクライアントしか送信できません。</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="809"/>
        <source>The broker sent a second CONNACK.</source>
        <translation>ブローカーが 2 つ目の CONNACK を送信しました。</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="925"/>
        <source>The broker at %1:%2 ended the connection: %3.</source>
        <translation>%1:%2 のブローカーが接続を終了しました：%3。</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="927"/>
        <source>It suggests the server %1.</source>
        <translation>サーバー %1 の使用を提案しています。</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="940"/>
        <source>The broker sent AUTH under MQTT %1.</source>
        <translation>ブローカーが MQTT %1 で AUTH を送信しました。</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="946"/>
        <source>The broker sent AUTH, but this connection asked for no enhanced authentication.</source>
        <translation>ブローカーが AUTH を送信しましたが、この接続は拡張認証を要求していません。</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="952"/>
        <source>The broker&apos;s AUTH names the authentication method &apos;%1&apos;, not &apos;%2&apos;.</source>
        <translation>ブローカーの AUTH が指定する認証方式は「%2」ではなく「%1」です。</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="960"/>
        <source>The broker sent AUTH with the reason &apos;%1&apos; before CONNACK.</source>
        <translation>ブローカーが CONNACK の前に理由「%1」の AUTH を送信しました。</translation>
    </message>
    <message>
        <location filename="../core/client/mqttclient.cpp" line="984"/>
        <source>The broker at %1:%2 asked for more &apos;%3&apos; authentication data, and nothing here answers that method (Signalbox answers %4 by itself).</source>
        <translation>%1:%2 のブローカーが「%3」の追加の認証データを要求しましたが、この方式に応答できるものがありません（Signalbox 自身が応答できるのは %4 です）。</translation>
    </message>
    <message>
        <location filename="../core/client/outboundqueue.cpp" line="164"/>
        <source>Topic alias %1 is outside the broker&apos;s limit of %2.</source>
        <translation>トピックエイリアス %1 はブローカーの上限 %2 を超えています。</translation>
    </message>
    <message>
        <location filename="../core/client/outboundqueue.cpp" line="170"/>
        <source>Topic alias %1 has no topic yet on this connection.</source>
        <translation>トピックエイリアス %1 にはこの接続でまだトピックがありません。</translation>
    </message>
    <message>
        <location filename="../core/client/outboundqueue.cpp" line="189"/>
        <source>The broker accepts QoS %1 at most.</source>
        <translation>ブローカーが受け付ける QoS は最大 %1 です。</translation>
    </message>
    <message>
        <location filename="../core/client/outboundqueue.cpp" line="194"/>
        <source>The broker does not support retained messages.</source>
        <translation>ブローカーは保持メッセージに対応していません。</translation>
    </message>
    <message>
        <location filename="../core/client/outboundqueue.cpp" line="219"/>
        <source>The message is larger than the broker&apos;s maximum packet size of %1 bytes.</source>
        <translation>メッセージがブローカーの最大パケットサイズ %1 バイトを超えています。</translation>
    </message>
    <message>
        <location filename="../core/client/sessionfile.cpp" line="61"/>
        <source>Cannot write the session file %1: %2</source>
        <translation>セッションファイル %1 を書き込めません：%2</translation>
    </message>
    <message>
        <location filename="../core/client/subscriptions.cpp" line="18"/>
        <source>Nothing to subscribe to.</source>
        <translation>購読する対象がありません。</translation>
    </message>
    <message>
        <location filename="../core/client/subscriptions.cpp" line="22"/>
        <source>Invalid topic filter &apos;%1&apos;: %2</source>
        <translation>無効なトピックフィルター「%1」：%2</translation>
    </message>
    <message>
        <location filename="../core/client/subscriptions.cpp" line="68"/>
        <source>The broker answered %1 subscriptions with %2 reason codes.</source>
        <translation>ブローカーが %1 件の購読に %2 個の理由コードで応答しました。</translation>
    </message>
    <message>
        <location filename="../core/client/subscriptions.cpp" line="93"/>
        <source>Failure</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../core/client/subscriptions.cpp" line="101"/>
        <source>The broker refused the subscription to %1: %2.</source>
        <translation>ブローカーが %1 の購読を拒否しました：%2。</translation>
    </message>
</context>
<context>
    <name>Signalbox::NumericValue</name>
    <message>
        <location filename="../core/payload/numericvalue.cpp" line="295"/>
        <location filename="../core/payload/numericvalue.cpp" line="354"/>
        <source>A JSON path may not end with &apos;.&apos;.</source>
        <translation>JSON パスは「.」で終わることはできません。</translation>
    </message>
    <message>
        <location filename="../core/payload/numericvalue.cpp" line="316"/>
        <source>A quoted key in a JSON path has no closing quote.</source>
        <translation>JSON パス内の引用符付きキーに閉じる引用符がありません。</translation>
    </message>
    <message>
        <location filename="../core/payload/numericvalue.cpp" line="324"/>
        <source>An array index in a JSON path must be a number, as in values[0].</source>
        <translation>JSON パスの配列インデックスは values[0] のように数値でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/payload/numericvalue.cpp" line="328"/>
        <source>An array index in a JSON path is too large.</source>
        <translation>JSON パスの配列インデックスが大きすぎます。</translation>
    </message>
    <message>
        <location filename="../core/payload/numericvalue.cpp" line="332"/>
        <source>A &apos;[&apos; in a JSON path has no matching &apos;]&apos;.</source>
        <translation>JSON パスの「[」に対応する「]」がありません。</translation>
    </message>
    <message>
        <location filename="../core/payload/numericvalue.cpp" line="336"/>
        <source>Expected &apos;.&apos; or &apos;[&apos; after &apos;]&apos; in the JSON path.</source>
        <translation>JSON パスの「]」の後には「.」または「[」が必要です。</translation>
    </message>
    <message>
        <location filename="../core/payload/numericvalue.cpp" line="342"/>
        <source>A &apos;]&apos; in a JSON path has no matching &apos;[&apos;.</source>
        <translation>JSON パスの「]」に対応する「[」がありません。</translation>
    </message>
    <message>
        <location filename="../core/payload/numericvalue.cpp" line="346"/>
        <source>A JSON path may not have an empty key (as in &quot;a..b&quot; or &quot;.a&quot;).</source>
        <translation>JSON パスに空のキーは使えません（&quot;a..b&quot; や &quot;.a&quot; など）。</translation>
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
        <translation>パケットタイプ 0 は予約済みで、送信できません。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="241"/>
        <source>Packet type 15 (AUTH) does not exist in MQTT %1.</source>
        <translation>パケットタイプ 15（AUTH）は MQTT %1 には存在しません。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="248"/>
        <source>QoS 3 is not a valid QoS</source>
        <translation>QoS 3 は有効な QoS ではありません</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="254"/>
        <source>the DUP flag is set on a QoS 0 message</source>
        <translation>QoS 0 のメッセージに DUP フラグが設定されています</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="263"/>
        <source>the fixed header flags are %1 where %2 is required</source>
        <translation>固定ヘッダーのフラグが %1 ですが、%2 でなければなりません</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="320"/>
        <source>the packet type is reserved</source>
        <translation>パケットタイプが予約済みです</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="333"/>
        <source>the %1 runs past the end of the packet</source>
        <extracomment>%1 is a field of the packet such as &quot;topic name&quot;</extracomment>
        <translation>%1がパケットの終わりを越えています</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="340"/>
        <source>%1 unexpected bytes follow the end of the packet&apos;s content</source>
        <translation>パケットの内容の後に予期しない %1 バイトがあります</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="349"/>
        <source>packet identifier</source>
        <translation>パケット ID</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="352"/>
        <source>the packet identifier is 0</source>
        <translation>パケット ID が 0 です</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="363"/>
        <source>%1 is not valid UTF-8</source>
        <translation>%1が有効な UTF-8 ではありません</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="365"/>
        <source>%1 contains the character U+0000</source>
        <translation>%1に文字 U+0000 が含まれています</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="367"/>
        <source>%1 contains a wildcard (&apos;+&apos; or &apos;#&apos;)</source>
        <translation>%1にワイルドカード（「+」または「#」）が含まれています</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="381"/>
        <source>%1 is not valid UTF-8</source>
        <comment>property</comment>
        <extracomment>%1 is an MQTT property name such as &quot;Content Type&quot;</extracomment>
        <translation>%1が有効な UTF-8 ではありません</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="384"/>
        <source>%1 contains the character U+0000</source>
        <comment>property</comment>
        <translation>%1に文字 U+0000 が含まれています</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="424"/>
        <source>the %1 is empty</source>
        <translation>%1が空です</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="442"/>
        <source>%1 is cut short</source>
        <extracomment>%1 is an MQTT property name such as &quot;Content Type&quot;</extracomment>
        <translation>%1が途中で切れています</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="453"/>
        <source>property length</source>
        <translation>プロパティ長</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="456"/>
        <source>the property length is not a valid variable byte integer</source>
        <translation>プロパティ長が有効な可変長バイト整数ではありません</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="463"/>
        <source>the property length %1 runs past the end of the packet</source>
        <translation>プロパティ長 %1 がパケットの終わりを越えています</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="469"/>
        <source>a property identifier is not valid</source>
        <translation>プロパティ ID が無効です</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="473"/>
        <source>unknown property identifier %1</source>
        <translation>不明なプロパティ ID %1</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="478"/>
        <source>%1 is not allowed in the will properties</source>
        <translation>ウィルプロパティに %1 は使えません</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="479"/>
        <source>%1 is not allowed in this packet</source>
        <translation>このパケットに %1 は使えません</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="484"/>
        <source>%1 appears more than once</source>
        <translation>%1 が複数回出現しています</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="520"/>
        <source>%1 is not a valid variable byte integer</source>
        <translation>%1 は有効な可変長バイト整数ではありません</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="583"/>
        <source>%1 is %2, not 0 or 1</source>
        <translation>%1 が %2 です（0 または 1 でなければなりません）</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="591"/>
        <location filename="../core/mqtt/packetdecoder.cpp" line="596"/>
        <source>%1 is 0</source>
        <translation>%1 が 0 です</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="605"/>
        <source>reason code</source>
        <translation>理由コード</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="609"/>
        <location filename="../core/mqtt/packetdecoder.cpp" line="799"/>
        <source>reason code %1 is not allowed in this packet</source>
        <translation>このパケットに理由コード %1 は使えません</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="620"/>
        <source>protocol name</source>
        <translation>プロトコル名</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="622"/>
        <source>protocol level</source>
        <translation>プロトコルレベル</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="631"/>
        <source>protocol &quot;%1&quot; level %2 is not supported</source>
        <translation>プロトコル &quot;%1&quot; レベル %2 には対応していません</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="638"/>
        <source>connect flags</source>
        <translation>接続フラグ</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="642"/>
        <source>the reserved connect flag is set</source>
        <translation>予約済みの接続フラグが設定されています</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="647"/>
        <source>the will QoS is 3</source>
        <translation>ウィル QoS が 3 です</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="649"/>
        <source>will QoS or will retain is set without the will flag</source>
        <translation>ウィルフラグなしでウィル QoS またはウィル保持が設定されています</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="655"/>
        <source>the password flag is set without the user name flag</source>
        <translation>ユーザー名フラグなしでパスワードフラグが設定されています</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="657"/>
        <source>keep alive</source>
        <translation>キープアライブ</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="663"/>
        <source>client identifier</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="671"/>
        <source>will topic</source>
        <translation>ウィルトピック</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="674"/>
        <source>the will topic is empty</source>
        <translation>ウィルトピックが空です</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="675"/>
        <source>will payload</source>
        <translation>ウィルペイロード</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="678"/>
        <source>user name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="680"/>
        <source>password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="688"/>
        <source>acknowledge flags</source>
        <translation>確認フラグ</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="694"/>
        <source>reserved acknowledge flags are set</source>
        <translation>予約済みの確認フラグが設定されています</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="700"/>
        <source>return code</source>
        <translation>リターンコード</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="705"/>
        <source>session present is set on a refusal</source>
        <translation>拒否なのにセッション存在フラグが設定されています</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="714"/>
        <source>topic name</source>
        <translation>トピック名</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="723"/>
        <source>the topic name is empty</source>
        <translation>トピック名が空です</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="725"/>
        <source>the topic name is empty and there is no topic alias</source>
        <translation>トピック名が空で、トピックエイリアスもありません</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="755"/>
        <location filename="../core/mqtt/packetdecoder.cpp" line="815"/>
        <source>topic filter</source>
        <translation>トピックフィルター</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="758"/>
        <source>subscription options</source>
        <translation>購読オプション</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="762"/>
        <source>the requested QoS of &quot;%1&quot; is 3</source>
        <translation>&quot;%1&quot; の要求 QoS が 3 です</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="767"/>
        <source>reserved subscription option bits are set for &quot;%1&quot;</source>
        <translation>&quot;%1&quot; に予約済みの購読オプションビットが設定されています</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="773"/>
        <source>retain handling of &quot;%1&quot; is 3</source>
        <translation>&quot;%1&quot; の保持の扱いが 3 です</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="776"/>
        <source>reserved bits are set in the requested QoS byte for &quot;%1&quot;</source>
        <translation>&quot;%1&quot; の要求 QoS バイトに予約済みビットが設定されています</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="781"/>
        <location filename="../core/mqtt/packetdecoder.cpp" line="820"/>
        <source>there are no topic filters</source>
        <translation>トピックフィルターがありません</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="803"/>
        <location filename="../core/mqtt/packetdecoder.cpp" line="840"/>
        <source>there are no reason codes</source>
        <translation>理由コードがありません</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="890"/>
        <source>The packet is empty.</source>
        <translation>パケットが空です。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="891"/>
        <source>the fixed header is cut short</source>
        <translation>固定ヘッダーが途中で切れています</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="895"/>
        <location filename="../core/mqtt/packetdecoder.cpp" line="940"/>
        <source>the remaining length is not a valid variable byte integer</source>
        <translation>残りの長さが有効な可変長バイト整数ではありません</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="902"/>
        <source>the remaining length says %1 bytes but %2 follow the fixed header</source>
        <translation>残りの長さは %1 バイトですが、固定ヘッダーの後に %2 バイトあります</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packetdecoder.cpp" line="949"/>
        <source>the packet of %1 bytes exceeds the maximum packet size of %2 bytes</source>
        <translation>%1 バイトのパケットが最大パケットサイズ %2 バイトを超えています</translation>
    </message>
</context>
<context>
    <name>Signalbox::PacketLogModel</name>
    <message>
        <location filename="../core/models/packetlogmodel.cpp" line="98"/>
        <source>sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <location filename="../core/models/packetlogmodel.cpp" line="98"/>
        <source>received</source>
        <translation>受信</translation>
    </message>
    <message>
        <location filename="../core/models/packetlogmodel.cpp" line="118"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../core/models/packetlogmodel.cpp" line="120"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../core/models/packetlogmodel.cpp" line="122"/>
        <source>Packet</source>
        <translation>パケット</translation>
    </message>
    <message>
        <location filename="../core/models/packetlogmodel.cpp" line="124"/>
        <source>Bytes</source>
        <translation>バイト</translation>
    </message>
    <message>
        <location filename="../core/models/packetlogmodel.cpp" line="126"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
</context>
<context>
    <name>Signalbox::Packets</name>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="390"/>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="421"/>
        <location filename="../core/mqtt/packets.cpp" line="462"/>
        <location filename="../core/mqtt/packets.cpp" line="463"/>
        <location filename="../core/mqtt/packets.cpp" line="474"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="436"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="436"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="446"/>
        <source>Reason code</source>
        <translation>理由コード</translation>
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
        <translation>フラグ</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="455"/>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="456"/>
        <source>%1, level %2</source>
        <translation>%1、レベル %2</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="459"/>
        <source>Client identifier</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="460"/>
        <source>Clean start</source>
        <translation>クリーンスタート</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="460"/>
        <source>Clean session</source>
        <translation>クリーンセッション</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="461"/>
        <source>Keep alive</source>
        <translation>キープアライブ</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="462"/>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="463"/>
        <source>Password</source>
        <translation>パスワード</translation>
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
        <translation>プロパティ</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="466"/>
        <source>Will:</source>
        <translation>ウィル：</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="467"/>
        <location filename="../core/mqtt/packets.cpp" line="502"/>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="468"/>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="469"/>
        <source>Retain</source>
        <translation>保持</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="470"/>
        <location filename="../core/mqtt/packets.cpp" line="506"/>
        <source>Payload</source>
        <translation>ペイロード</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="471"/>
        <location filename="../core/mqtt/packets.cpp" line="506"/>
        <source>%1 bytes %2</source>
        <translation>%1 バイト %2</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="472"/>
        <source>Will properties</source>
        <translation>ウィルプロパティ</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="474"/>
        <source>Will</source>
        <translation>ウィル</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="483"/>
        <source>Session present</source>
        <translation>セッションあり</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="487"/>
        <source>Return code</source>
        <translation>リターンコード</translation>
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
        <translation>パケット ID</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="525"/>
        <source>Subscriptions:</source>
        <translation>購読：</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="529"/>
        <source>, no local: %1, retain as published: %2, retain handling: %3</source>
        <translation>、No Local：%1、Retain As Published：%2、保持の扱い：%3</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="543"/>
        <location filename="../core/mqtt/packets.cpp" line="566"/>
        <source>Reason codes:</source>
        <translation>理由コード：</translation>
    </message>
    <message>
        <location filename="../core/mqtt/packets.cpp" line="554"/>
        <source>Topic filters:</source>
        <translation>トピックフィルター：</translation>
    </message>
</context>
<context>
    <name>Signalbox::PayloadArena</name>
    <message>
        <location filename="../core/models/payloadarena.cpp" line="112"/>
        <source>Could not write the message log&apos;s spill file %1: %2.</source>
        <translation>メッセージログのスピルファイル %1 を書き込めませんでした：%2。</translation>
    </message>
    <message>
        <location filename="../core/models/payloadarena.cpp" line="135"/>
        <source>Could not create a spill file for the message log in %1: %2.</source>
        <translation>%1 にメッセージログのスピルファイルを作成できませんでした：%2。</translation>
    </message>
</context>
<context>
    <name>Signalbox::PayloadBinding</name>
    <message>
        <location filename="../core/profiles/payloadbinding.cpp" line="61"/>
        <source>Give the topic filter the %1 applies to.</source>
        <translation>%1 を適用するトピックフィルターを指定してください。</translation>
    </message>
    <message>
        <location filename="../core/profiles/payloadbinding.cpp" line="63"/>
        <source>The topic filter is not valid: %1</source>
        <translation>トピックフィルターが無効です：%1</translation>
    </message>
    <message>
        <location filename="../core/profiles/payloadbinding.cpp" line="67"/>
        <source>Choose the .proto file.</source>
        <translation>.proto ファイルを選択してください。</translation>
    </message>
    <message>
        <location filename="../core/profiles/payloadbinding.cpp" line="69"/>
        <source>Choose the message type the payloads are.</source>
        <translation>ペイロードのメッセージ型を選択してください。</translation>
    </message>
    <message>
        <location filename="../core/profiles/payloadbinding.cpp" line="73"/>
        <source>Choose the Avro schema file (.avsc).</source>
        <translation>Avro スキーマファイル（.avsc）を選択してください。</translation>
    </message>
    <message>
        <location filename="../core/profiles/payloadbinding.cpp" line="77"/>
        <source>Choose the JSON Schema file.</source>
        <translation>JSON Schema ファイルを選択してください。</translation>
    </message>
    <message>
        <location filename="../core/profiles/payloadbinding.cpp" line="81"/>
        <source>Write the script, or choose its file.</source>
        <translation>スクリプトを書くか、そのファイルを選択してください。</translation>
    </message>
    <message>
        <location filename="../core/profiles/payloadbinding.cpp" line="110"/>
        <source>Its kind is not one of protobuf, avro, jsonSchema or script.</source>
        <translation>種類が protobuf、avro、jsonSchema、script のいずれでもありません。</translation>
    </message>
    <message>
        <location filename="../core/profiles/payloadbinding.cpp" line="117"/>
        <source>Its filter is not a text or its enabled flag is not true or false.</source>
        <translation>フィルターがテキストではないか、enabled フラグが true または false ではありません。</translation>
    </message>
</context>
<context>
    <name>Signalbox::PayloadDecoding</name>
    <message>
        <location filename="../core/session/payloaddecoding.cpp" line="47"/>
        <source>%1 has no message type %2.</source>
        <translation>%1 にメッセージ型 %2 がありません。</translation>
    </message>
    <message>
        <location filename="../core/session/payloaddecoding.cpp" line="68"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <location filename="../core/session/payloaddecoding.cpp" line="70"/>
        <source>%1 is larger than 1 MB: is it a script?</source>
        <translation>%1 が 1 MB を超えています。スクリプトですか？</translation>
    </message>
    <message>
        <location filename="../core/session/payloaddecoding.cpp" line="80"/>
        <source>It did not load.</source>
        <translation>読み込まれませんでした。</translation>
    </message>
    <message>
        <location filename="../core/session/payloaddecoding.cpp" line="95"/>
        <source>%1 for %2: %3</source>
        <translation>%2 の %1：%3</translation>
    </message>
    <message>
        <location filename="../core/session/payloaddecoding.cpp" line="175"/>
        <source>No schema is bound to this topic.</source>
        <translation>このトピックにはスキーマが割り当てられていません。</translation>
    </message>
    <message>
        <location filename="../core/session/payloaddecoding.cpp" line="221"/>
        <source>script for %1</source>
        <translation>%1 のスクリプト</translation>
    </message>
</context>
<context>
    <name>Signalbox::PayloadFormat</name>
    <message>
        <location filename="../core/payload/binaryformats.cpp" line="546"/>
        <source>Type JSON to send as %1. %2</source>
        <translation>%1 として送信する JSON を入力してください。%2</translation>
    </message>
    <message>
        <location filename="../core/payload/binaryformats.cpp" line="582"/>
        <source>Invalid CBOR at byte %1: nesting deeper than %2 levels is not supported.</source>
        <translation>バイト %1 の CBOR が無効です：%2 階層を超える入れ子には対応していません。</translation>
    </message>
    <message>
        <location filename="../core/payload/binaryformats.cpp" line="585"/>
        <source>Invalid CBOR at byte %1: %2.</source>
        <translation>バイト %1 の CBOR が無効です：%2。</translation>
    </message>
    <message>
        <location filename="../core/payload/binaryformats.cpp" line="610"/>
        <source>nesting deeper than %1 levels is not supported</source>
        <translation>%1 階層を超える入れ子には対応していません</translation>
    </message>
    <message>
        <location filename="../core/payload/binaryformats.cpp" line="612"/>
        <source>the data ends inside an item</source>
        <translation>データが項目の途中で終わっています</translation>
    </message>
    <message>
        <location filename="../core/payload/binaryformats.cpp" line="614"/>
        <source>unexpected byte</source>
        <translation>予期しないバイト</translation>
    </message>
    <message>
        <location filename="../core/payload/binaryformats.cpp" line="616"/>
        <source>Invalid MessagePack at byte %1: %2.</source>
        <translation>バイト %1 の MessagePack が無効です：%2。</translation>
    </message>
    <message>
        <location filename="../core/payload/binaryformats.cpp" line="623"/>
        <location filename="../core/payload/binaryformats.cpp" line="650"/>
        <source>MessagePack support was not built in.</source>
        <translation>MessagePack のサポートは組み込まれていません。</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="122"/>
        <source>Nesting deeper than %1 levels is not supported</source>
        <translation>%1 階層を超える入れ子には対応していません</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="151"/>
        <source>Expected a JSON value, found nothing</source>
        <translation>JSON の値が必要ですが、何もありません</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="153"/>
        <source>Unexpected end of input inside an object (missing &apos;}&apos;)</source>
        <translation>オブジェクトの途中で入力が終わっています（「}」がありません）</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="154"/>
        <source>Unexpected end of input inside an array (missing &apos;]&apos;)</source>
        <translation>配列の途中で入力が終わっています（「]」がありません）</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="168"/>
        <source>Trailing comma before &apos;]&apos;</source>
        <translation>「]」の前に余分なカンマがあります</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="201"/>
        <source>Trailing comma before &apos;}&apos;</source>
        <translation>「}」の前に余分なカンマがあります</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="203"/>
        <source>Keys must be in double quotes, not single quotes</source>
        <translation>キーは単引用符ではなく二重引用符で囲む必要があります</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="204"/>
        <source>Expected a key in double quotes, found %1</source>
        <translation>二重引用符で囲んだキーが必要ですが、%1 がありました</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="208"/>
        <source>Expected &apos;:&apos; after an object key, found %1</source>
        <translation>オブジェクトのキーの後には「:」が必要ですが、%1 がありました</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="214"/>
        <source>Unexpected %1 after the JSON value</source>
        <translation>JSON の値の後に予期しない %1 があります</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="222"/>
        <source>Expected &apos;,&apos; or &apos;}&apos; after a value in an object, found %1</source>
        <translation>オブジェクト内の値の後には「,」または「}」が必要ですが、%1 がありました</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="232"/>
        <source>Expected &apos;,&apos; or &apos;]&apos; after a value in an array, found %1</source>
        <translation>配列内の値の後には「,」または「]」が必要ですが、%1 がありました</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="260"/>
        <source>Strings must be in double quotes, not single quotes</source>
        <translation>文字列は単引用符ではなく二重引用符で囲む必要があります</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="262"/>
        <source>Comments are not allowed in JSON</source>
        <translation>JSON ではコメントは使えません</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="264"/>
        <location filename="../core/payload/json.cpp" line="375"/>
        <location filename="../core/payload/json.cpp" line="380"/>
        <source>Invalid literal; expected true, false or null</source>
        <translation>無効なリテラルです。true、false、null のいずれかが必要です</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="266"/>
        <source>Expected a value, found %1</source>
        <translation>値が必要ですが、%1 がありました</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="282"/>
        <location filename="../core/payload/json.cpp" line="290"/>
        <location filename="../core/payload/json.cpp" line="295"/>
        <source>Unexpected end of input inside a string (missing &apos;&quot;&apos;)</source>
        <translation>文字列の途中で入力が終わっています（「&quot;」がありません）</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="297"/>
        <source>Invalid \u escape: expected four hex digits</source>
        <translation>無効な \u エスケープです：16 進数字 4 桁が必要です</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="303"/>
        <source>Invalid escape sequence &apos;\%1&apos; in a string</source>
        <translation>文字列に無効なエスケープシーケンス「\%1」があります</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="310"/>
        <source>Line break inside a string (write it as \n)</source>
        <translation>文字列の中に改行があります（\n と書いてください）</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="311"/>
        <source>Control character U+%1 inside a string must be escaped</source>
        <translation>文字列内の制御文字 U+%1 はエスケープする必要があります</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="316"/>
        <source>Invalid UTF-8 inside a string</source>
        <translation>文字列に無効な UTF-8 があります</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="328"/>
        <location filename="../core/payload/json.cpp" line="342"/>
        <location filename="../core/payload/json.cpp" line="353"/>
        <source>Unexpected end of input inside a number</source>
        <translation>数値の途中で入力が終わっています</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="332"/>
        <source>Numbers must not have leading zeros</source>
        <translation>数値の先頭にゼロは付けられません</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="337"/>
        <source>Expected a digit after &apos;-&apos;</source>
        <translation>「-」の後には数字が必要です</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="344"/>
        <source>Expected a digit after the decimal point</source>
        <translation>小数点の後には数字が必要です</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="355"/>
        <source>Expected a digit in the exponent</source>
        <translation>指数部には数字が必要です</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="379"/>
        <source>Unexpected end of input inside a literal</source>
        <translation>リテラルの途中で入力が終わっています</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="476"/>
        <source>[The indented text is too large to show in full.]</source>
        <translation>[インデントしたテキストが大きすぎるため、すべては表示できません。]</translation>
    </message>
    <message>
        <location filename="../core/payload/json.cpp" line="546"/>
        <source>Invalid JSON at line %1, column %2 (byte %3): %4.</source>
        <translation>%1 行 %2 列（バイト %3）の JSON が無効です：%4。</translation>
    </message>
    <message>
        <location filename="../core/payload/payloadformat.cpp" line="59"/>
        <source>Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../core/payload/payloadformat.cpp" line="61"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location filename="../core/payload/payloadformat.cpp" line="65"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../core/payload/payloadformat.cpp" line="271"/>
        <source>&apos;%1&apos; at position %2 is not a hex digit.</source>
        <translation>位置 %2 の「%1」は 16 進数字ではありません。</translation>
    </message>
    <message>
        <location filename="../core/payload/payloadformat.cpp" line="275"/>
        <source>Hex needs two digits per byte; there is an odd number of digits (%1).</source>
        <translation>Hex は 1 バイトに 2 桁必要です。桁数が奇数（%1）です。</translation>
    </message>
    <message>
        <location filename="../core/payload/payloadformat.cpp" line="292"/>
        <source>The text is not valid Base64.</source>
        <translation>テキストが有効な Base64 ではありません。</translation>
    </message>
</context>
<context>
    <name>Signalbox::ProfileStore</name>
    <message>
        <location filename="../core/profiles/jsontypename.cpp" line="20"/>
        <source>a boolean</source>
        <translation>真偽値</translation>
    </message>
    <message>
        <location filename="../core/profiles/jsontypename.cpp" line="22"/>
        <location filename="../core/profiles/mqttximport.cpp" line="54"/>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <location filename="../core/profiles/jsontypename.cpp" line="24"/>
        <location filename="../core/profiles/mqttximport.cpp" line="41"/>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <location filename="../core/profiles/jsontypename.cpp" line="26"/>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <location filename="../core/profiles/jsontypename.cpp" line="28"/>
        <location filename="../core/profiles/mqttximport.cpp" line="49"/>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location filename="../core/profiles/jsontypename.cpp" line="32"/>
        <source>missing</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="42"/>
        <source>Profile %1</source>
        <translation>プロファイル %1</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="43"/>
        <source>Profile %1 (&quot;%2&quot;)</source>
        <translation>プロファイル %1（&quot;%2&quot;）</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="58"/>
        <source>This is not a Signalbox profile file (its format is &apos;%1&apos;).</source>
        <translation>これは Signalbox のプロファイルファイルではありません（形式は「%1」）。</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="63"/>
        <source>The profile file has version %1; this Signalbox reads up to version %2.</source>
        <translation>プロファイルファイルのバージョンは %1 です。この Signalbox が読めるのはバージョン %2 までです。</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="71"/>
        <source>&apos;groups&apos; should be an array, not %1.</source>
        <translation>「groups」は%1ではなく配列でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="77"/>
        <source>Each group should be a string, not %1.</source>
        <translation>各グループは%1ではなく文字列でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="86"/>
        <source>&apos;profiles&apos; should be an array, not %1.</source>
        <translation>「profiles」は%1ではなく配列でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="91"/>
        <source>The file holds no JSON object.</source>
        <translation>ファイルに JSON オブジェクトがありません。</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="98"/>
        <source>Profile %1 should be an object, not %2.</source>
        <translation>プロファイル %1 は%2ではなくオブジェクトでなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="104"/>
        <source>%1 is not valid. %2</source>
        <translation>%1が無効です。%2</translation>
    </message>
    <message>
        <location filename="../core/profiles/mqttximport.cpp" line="45"/>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <location filename="../core/profiles/mqttximport.cpp" line="58"/>
        <source>a whole number from 0 to %1</source>
        <translation>0～%1 の整数</translation>
    </message>
    <message>
        <location filename="../core/profiles/mqttximport.cpp" line="88"/>
        <source>an object of strings</source>
        <translation>文字列のオブジェクト</translation>
    </message>
    <message>
        <location filename="../core/profiles/mqttximport.cpp" line="121"/>
        <source>In MQTTX %1, the field &apos;%2&apos; should be %3, not %4.</source>
        <translation>MQTTX の %1 で、フィールド「%2」は%4ではなく%3でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/profiles/mqttximport.cpp" line="146"/>
        <source>In MQTTX %1, the field &apos;protocol&apos; should be mqtt, mqtts, ws or wss, not &apos;%2&apos;.</source>
        <translation>MQTTX の %1 で、フィールド「protocol」は「%2」ではなく mqtt、mqtts、ws、wss のいずれかでなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/profiles/mqttximport.cpp" line="193"/>
        <source>In MQTTX %1, the field &apos;mqttVersion&apos; should be 3.1, 3.1.1 or 5.0, not &apos;%2&apos;.</source>
        <translation>MQTTX の %1 で、フィールド「mqttVersion」は「%2」ではなく 3.1、3.1.1、5.0 のいずれかでなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/profiles/mqttximport.cpp" line="315"/>
        <source>connection %1</source>
        <translation>接続 %1</translation>
    </message>
    <message>
        <location filename="../core/profiles/mqttximport.cpp" line="316"/>
        <source>connection %1 (&quot;%2&quot;)</source>
        <translation>接続 %1（&quot;%2&quot;）</translation>
    </message>
    <message>
        <location filename="../core/profiles/mqttximport.cpp" line="354"/>
        <source>In MQTTX connection &quot;%1&quot;, the field &apos;subscriptions&apos; should be an array, not %2.</source>
        <translation>MQTTX の接続「%1」で、フィールド &apos;subscriptions&apos; は %2 ではなく配列である必要があります。</translation>
    </message>
    <message>
        <location filename="../core/profiles/mqttximport.cpp" line="361"/>
        <source>connection &quot;%1&quot;, subscription %2</source>
        <translation>接続「%1」の購読 %2</translation>
    </message>
    <message>
        <location filename="../core/profiles/mqttximport.cpp" line="364"/>
        <source>In MQTTX %1, the subscription should be an object, not %2.</source>
        <translation>MQTTX の %1 で、購読は %2 ではなくオブジェクトである必要があります。</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="172"/>
        <source>The profiles in &apos;%1&apos; could not be read: %2</source>
        <translation>「%1」のプロファイルを読み込めませんでした：%2</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="184"/>
        <source>It is not valid JSON (%1 at byte %2).</source>
        <translation>有効な JSON ではありません（バイト %2 で%1）。</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="202"/>
        <source>The profile file &apos;%1&apos; is damaged and could not be moved aside, so it was left as it is. %2</source>
        <translation>プロファイルファイル「%1」は破損していて移動できなかったため、そのままにしました。%2</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="209"/>
        <source>The profile file &apos;%1&apos; is damaged and was kept as &apos;%3&apos;; Signalbox starts with no profiles. %2</source>
        <translation>プロファイルファイル「%1」は破損していたため「%3」として保存しました。Signalbox はプロファイルなしで起動します。%2</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="220"/>
        <location filename="../core/profiles/profilestore.cpp" line="226"/>
        <source>The profiles could not be saved to &apos;%1&apos;: %2</source>
        <translation>プロファイルを「%1」に保存できませんでした：%2</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="123"/>
        <source>The saved subscriptions and publish histories could not be read: &apos;workspaces&apos; should be an object, not %1.</source>
        <translation>保存された購読と発行履歴を読み込めませんでした：「workspaces」は%1ではなくオブジェクトでなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="136"/>
        <source>Its saved subscriptions and publish history are not an object.</source>
        <translation>保存された購読と発行履歴がオブジェクトではありません。</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="362"/>
        <source>%1 (copy)</source>
        <translation>%1（コピー）</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="441"/>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>ファイルが有効な JSON ではありません（バイト %2 で%1）。</translation>
    </message>
    <message>
        <location filename="../core/profiles/mqttximport.cpp" line="405"/>
        <source>The MQTTX export is not valid JSON (%1 at byte %2).</source>
        <translation>MQTTX のエクスポートが有効な JSON ではありません（バイト %2 で%1）。</translation>
    </message>
    <message>
        <location filename="../core/profiles/mqttximport.cpp" line="420"/>
        <source>MQTTX connection %1 should be an object, not %2.</source>
        <translation>MQTTX の接続 %1 は%2ではなくオブジェクトでなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/profiles/mqttximport.cpp" line="433"/>
        <source>The MQTTX export holds no connections.</source>
        <translation>MQTTX のエクスポートに接続がありません。</translation>
    </message>
</context>
<context>
    <name>Signalbox::Properties</name>
    <message>
        <location filename="../core/mqtt/properties.cpp" line="408"/>
        <source>Unknown property &apos;%1&apos;.</source>
        <translation>不明なプロパティ「%1」です。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/properties.cpp" line="415"/>
        <source>The property &apos;%1&apos; must be an array of [name, value] pairs.</source>
        <translation>プロパティ「%1」は [name, value] ペアの配列でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/properties.cpp" line="423"/>
        <source>The property &apos;%1&apos; must be an array of [name, value] pairs of strings.</source>
        <translation>プロパティ「%1」は文字列の [name, value] ペアの配列でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/properties.cpp" line="438"/>
        <source>The property &apos;%1&apos; must hold integers from 1 to %2.</source>
        <translation>プロパティ「%1」には 1～%2 の整数が必要です。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/properties.cpp" line="450"/>
        <source>The property &apos;%1&apos; must be an integer from 0 to %2.</source>
        <translation>プロパティ「%1」は 0～%2 の整数でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/properties.cpp" line="456"/>
        <source>The property &apos;%1&apos; must be a string.</source>
        <translation>プロパティ「%1」は文字列でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/properties.cpp" line="466"/>
        <source>The property &apos;%1&apos; must be a base64 string.</source>
        <translation>プロパティ「%1」は base64 文字列でなければなりません。</translation>
    </message>
</context>
<context>
    <name>Signalbox::ProtobufSchema</name>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="203"/>
        <source>nests deeper than %1 levels</source>
        <translation>入れ子が %1 階層を超えています</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="209"/>
        <source>has a field tag that is cut short</source>
        <translation>フィールドタグが途中で切れています</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="214"/>
        <source>has a field tag with the invalid field number %1</source>
        <translation>フィールドタグのフィールド番号 %1 が無効です</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="217"/>
        <source>has field %1 with the invalid wire type %2</source>
        <translation>フィールド %1 のワイヤタイプ %2 が無効です</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="225"/>
        <source>has an end-group tag for field %1 that no group opened</source>
        <translation>どのグループも開始していないフィールド %1 の end-group タグがあります</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="245"/>
        <source>comes as %1 but its type %2 is sent as %3</source>
        <translation>%1 として届きましたが、その型 %2 は %3 として送信されます</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="254"/>
        <source>has a varint that is cut short</source>
        <translation>varint が途中で切れています</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="262"/>
        <source>is cut short: %1 bytes needed, %2 left</source>
        <translation>途中で切れています：%1 バイト必要ですが、残りは %2 バイトです</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="269"/>
        <source>has a length that is cut short</source>
        <translation>長さが途中で切れています</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="273"/>
        <source>says it is %1 bytes long but only %2 are left</source>
        <translation>長さが %1 バイトとされていますが、残りは %2 バイトしかありません</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="295"/>
        <source>ends before the group&apos;s end-group tag</source>
        <translation>グループの end-group タグの前で終わっています</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="309"/>
        <source>is a string that is not valid UTF-8</source>
        <translation>有効な UTF-8 ではない文字列です</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="320"/>
        <source>is a packed list of %1 bytes, not a multiple of %2</source>
        <translation>%1 バイトの packed リストで、%2 の倍数ではありません</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="327"/>
        <source>is a packed list whose last varint is cut short</source>
        <translation>packed リストの最後の varint が途中で切れています</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="353"/>
        <source>The message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="354"/>
        <source>Field “%1”</source>
        <translation>フィールド「%1」</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="355"/>
        <source>%1 at byte %2 %3.</source>
        <translation>%1（バイト %2）：%3。</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="361"/>
        <source>Field “%1” (number %2) at byte %3 %4.</source>
        <translation>フィールド「%1」（番号 %2、バイト %3）：%4。</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="523"/>
        <source>no such file</source>
        <translation>ファイルがありません</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="528"/>
        <source>No .proto file was given.</source>
        <translation>.proto ファイルが指定されていません。</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="547"/>
        <source>hidden by %1, which has the same import name “%2”</source>
        <translation>同じインポート名「%2」を持つ %1 に隠されています</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="552"/>
        <source>cannot be read</source>
        <translation>読み込めません</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="597"/>
        <location filename="../core/decoders/protobufschema.cpp" line="657"/>
        <source>The schema has no message type “%1”.</source>
        <translation>スキーマにメッセージ型「%1」がありません。</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="601"/>
        <source>The payload is larger than protobuf&apos;s limit of 2 GiB.</source>
        <translation>ペイロードが protobuf の上限 2 GiB を超えています。</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="615"/>
        <source>The payload is not a valid %1 message.</source>
        <translation>ペイロードは有効な %1 メッセージではありません。</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="619"/>
        <location filename="../core/decoders/protobufschema.cpp" line="672"/>
        <source>The required field(s) %1 are missing.</source>
        <translation>必須フィールド %1 がありません。</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="630"/>
        <source>The %1 message cannot be shown as JSON: %2.</source>
        <translation>%1 メッセージを JSON として表示できません：%2。</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="669"/>
        <source>The JSON does not fit %1: %2.</source>
        <translation>JSON が %1 に適合しません：%2。</translation>
    </message>
    <message>
        <location filename="../core/decoders/protobufschema.cpp" line="675"/>
        <source>The %1 message cannot be encoded.</source>
        <translation>%1 メッセージをエンコードできません。</translation>
    </message>
</context>
<context>
    <name>Signalbox::RetainedScan</name>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="173"/>
        <source>Another retained-message operation is still running.</source>
        <translation>別の保持メッセージ操作がまだ実行中です。</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="179"/>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="186"/>
        <source>Invalid topic filter &apos;%1&apos;: %2</source>
        <translation>無効なトピックフィルター「%1」：%2</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="193"/>
        <source>A shared subscription (&apos;%1&apos;) receives no retained messages; scan the filter without $share.</source>
        <translation>共有購読（「%1」）は保持メッセージを受信しません。$share を付けずにフィルターをスキャンしてください。</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="211"/>
        <source>%1 Nothing was cleared.</source>
        <translation>%1 何も消去しませんでした。</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="267"/>
        <source>Could not subscribe to &apos;%1&apos;.</source>
        <translation>「%1」を購読できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="281"/>
        <source>The broker closed the connection.</source>
        <translation>ブローカーが接続を閉じました。</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="302"/>
        <source>The broker refused the subscription to &apos;%1&apos; (reason 0x%2).</source>
        <translation>ブローカーが「%1」の購読を拒否しました（理由 0x%2）。</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="305"/>
        <source>The broker refused the subscription to &apos;%1&apos;: %2.</source>
        <translation>ブローカーが「%1」の購読を拒否しました：%2。</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="467"/>
        <source>No restore file was chosen.</source>
        <translation>復元ファイルが選択されていません。</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="471"/>
        <source>Could not write the restore file %1: the folder %2 cannot be created.</source>
        <translation>復元ファイル %1 を書き込めませんでした：フォルダー %2 を作成できません。</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="474"/>
        <location filename="../core/client/retainedscan.cpp" line="477"/>
        <source>Could not write the restore file %1: %2.</source>
        <translation>復元ファイル %1 を書き込めませんでした：%2。</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="490"/>
        <source>Could not read the restore file %1: %2.</source>
        <translation>復元ファイル %1 を読み込めませんでした：%2。</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="496"/>
        <source>The restore file %1 is not valid JSON: %2 at offset %3.</source>
        <translation>復元ファイル %1 は有効な JSON ではありません：オフセット %3 で%2。</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="503"/>
        <source>The file %1 is not a Signalbox retained-message restore file.</source>
        <translation>ファイル %1 は Signalbox の保持メッセージ復元ファイルではありません。</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="508"/>
        <source>The restore file %1 has version %2; this Signalbox reads version %3.</source>
        <translation>復元ファイル %1 のバージョンは %2 です。この Signalbox が読めるのはバージョン %3 です。</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="516"/>
        <source>The restore file %1 has no list of messages.</source>
        <translation>復元ファイル %1 にメッセージのリストがありません。</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="524"/>
        <source>Message %1 of the restore file %2 is invalid: %3</source>
        <translation>復元ファイル %2 のメッセージ %1 が無効です：%3</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="528"/>
        <source>it is not an object.</source>
        <translation>オブジェクトではありません。</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="538"/>
        <source>it has no payload.</source>
        <translation>ペイロードがありません。</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="542"/>
        <source>its payload is not Base64.</source>
        <translation>ペイロードが Base64 ではありません。</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="546"/>
        <source>its QoS is not 0, 1 or 2.</source>
        <translation>QoS が 0、1、2 のいずれでもありません。</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="551"/>
        <source>its properties are not an object.</source>
        <translation>プロパティがオブジェクトではありません。</translation>
    </message>
    <message>
        <location filename="../core/client/retainedscan.cpp" line="558"/>
        <source>the property %1 does not belong to a retained message.</source>
        <translation>プロパティ %1 は保持メッセージのものではありません。</translation>
    </message>
</context>
<context>
    <name>Signalbox::ScramAuthenticator</name>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="149"/>
        <source>it holds the character U+%1, which SASLprep does not allow</source>
        <translation>SASLprep で許可されていない文字 U+%1 が含まれています</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="163"/>
        <source>it mixes right-to-left and left-to-right text in a way SASLprep does not allow</source>
        <translation>右から左へのテキストと左から右へのテキストが、SASLprep で許可されない形で混在しています</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="202"/>
        <source>the password is wrong (%1)</source>
        <translation>パスワードが間違っています（%1）</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="204"/>
        <source>the user is unknown (%1)</source>
        <translation>不明なユーザーです（%1）</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="211"/>
        <source>%1 authentication needs a user name.</source>
        <translation>%1 認証にはユーザー名が必要です。</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="213"/>
        <source>%1 authentication needs the password of the user &apos;%2&apos;.</source>
        <translation>%1 認証にはユーザー「%2」のパスワードが必要です。</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="217"/>
        <source>The user name &apos;%1&apos; cannot be used with %2: %3.</source>
        <translation>ユーザー名「%1」は %2 で使用できません：%3。</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="218"/>
        <location filename="../core/client/scramauthenticator.cpp" line="222"/>
        <source>nothing is left of it after SASLprep</source>
        <translation>SASLprep の処理後に何も残りません</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="221"/>
        <source>The password cannot be used with %1: %2.</source>
        <translation>このパスワードは %1 で使用できません：%2。</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="238"/>
        <source>The broker sent a second %1 challenge.</source>
        <translation>ブローカーが 2 つ目の %1 チャレンジを送信しました。</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="240"/>
        <source>The broker&apos;s %1 challenge is not valid: %2.</source>
        <translation>ブローカーの %1 チャレンジが無効です：%2。</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="244"/>
        <source>it is not a SCRAM server-first-message</source>
        <translation>SCRAM の server-first-message ではありません</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="247"/>
        <location filename="../core/client/scramauthenticator.cpp" line="301"/>
        <source>The broker ended %1 authentication: %2.</source>
        <translation>ブローカーが %1 認証を終了しました：%2。</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="249"/>
        <source>The broker&apos;s %1 challenge asks for an extension that Signalbox does not know.</source>
        <translation>ブローカーの %1 チャレンジが、Signalbox の対応していない拡張を要求しています。</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="252"/>
        <source>it has no nonce</source>
        <translation>ノンスがありません</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="254"/>
        <source>its nonce does not start with the one Signalbox sent</source>
        <translation>ノンスが Signalbox の送信したノンスで始まっていません</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="257"/>
        <source>it has no salt in Base64</source>
        <translation>Base64 形式のソルトがありません</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="261"/>
        <source>it has no iteration count</source>
        <translation>反復回数がありません</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="263"/>
        <source>The broker&apos;s %1 challenge asks for %2 iterations; Signalbox does at most %3.</source>
        <translation>ブローカーの %1 チャレンジが %2 回の反復を要求しています。Signalbox が実行できるのは最大 %3 回です。</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="290"/>
        <source>The broker accepted the connection before %1 authentication was done, so it never proved that it knows the password.</source>
        <translation>ブローカーが %1 認証の完了前に接続を受け入れたため、ブローカーがパスワードを知っていることは証明されていません。</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="294"/>
        <source>The broker accepted the connection without the %1 server signature, so it never proved that it knows the password.</source>
        <translation>ブローカーが %1 のサーバー署名なしで接続を受け入れたため、ブローカーがパスワードを知っていることは証明されていません。</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="306"/>
        <source>The broker&apos;s final %1 message is not valid: it has no server signature.</source>
        <translation>ブローカーの最後の %1 メッセージが無効です：サーバー署名がありません。</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="308"/>
        <source>The broker&apos;s %1 server signature is wrong: the broker does not know the password, or something between us changed the exchange.</source>
        <translation>ブローカーの %1 サーバー署名が正しくありません：ブローカーがパスワードを知らないか、通信経路上の何かがやり取りを書き換えました。</translation>
    </message>
    <message>
        <location filename="../core/client/scramauthenticator.cpp" line="320"/>
        <source>%1 says: %2.</source>
        <translation>%1 の応答：%2。</translation>
    </message>
</context>
<context>
    <name>Signalbox::ScriptEngine</name>
    <message>
        <location filename="../core/decoders/scriptengine.cpp" line="140"/>
        <source>%1 (line %2)</source>
        <translation>%1（%2 行目）</translation>
    </message>
    <message>
        <location filename="../core/decoders/scriptengine.cpp" line="316"/>
        <source>The script ran longer than %1 ms and was stopped.</source>
        <translation>スクリプトの実行が %1 ms を超えたため停止しました。</translation>
    </message>
    <message>
        <location filename="../core/decoders/scriptengine.cpp" line="318"/>
        <source>The script used more than %1 MB and was stopped.</source>
        <translation>スクリプトが %1 MB を超えるメモリを使用したため停止しました。</translation>
    </message>
    <message>
        <location filename="../core/decoders/scriptengine.cpp" line="323"/>
        <source>The script was stopped.</source>
        <translation>スクリプトを停止しました。</translation>
    </message>
    <message>
        <location filename="../core/decoders/scriptengine.cpp" line="408"/>
        <location filename="../core/decoders/scriptengine.cpp" line="492"/>
        <source>The script threw: %1</source>
        <translation>スクリプトが例外をスローしました：%1</translation>
    </message>
    <message>
        <location filename="../core/decoders/scriptengine.cpp" line="415"/>
        <source>The script defines neither receive(payload, topic) nor publish(payload, topic).</source>
        <translation>スクリプトに receive(payload, topic) も publish(payload, topic) も定義されていません。</translation>
    </message>
    <message>
        <location filename="../core/decoders/scriptengine.cpp" line="442"/>
        <source>No script is loaded.</source>
        <translation>スクリプトが読み込まれていません。</translation>
    </message>
    <message>
        <location filename="../core/decoders/scriptengine.cpp" line="444"/>
        <source>The script defines no receive(payload, topic) function.</source>
        <translation>スクリプトに receive(payload, topic) 関数が定義されていません。</translation>
    </message>
    <message>
        <location filename="../core/decoders/scriptengine.cpp" line="446"/>
        <source>The script defines no publish(payload, topic) function.</source>
        <translation>スクリプトに publish(payload, topic) 関数が定義されていません。</translation>
    </message>
    <message>
        <location filename="../core/decoders/scriptengine.cpp" line="497"/>
        <source>The script returned a %1, which has no JSON form.</source>
        <translation>スクリプトが JSON で表せない %1 を返しました。</translation>
    </message>
    <message>
        <location filename="../core/decoders/scriptengine.cpp" line="500"/>
        <source>The script&apos;s result cannot be written as JSON: %1</source>
        <translation>スクリプトの結果を JSON として書き出せません：%1</translation>
    </message>
</context>
<context>
    <name>Signalbox::ScriptTransforms</name>
    <message>
        <location filename="../core/session/scripttransforms.cpp" line="19"/>
        <source>The scripts were changed before this message was sent.</source>
        <translation>このメッセージの送信前にスクリプトが変更されました。</translation>
    </message>
</context>
<context>
    <name>Signalbox::SecretStore</name>
    <message>
        <location filename="../core/profiles/secretstore.cpp" line="20"/>
        <source>No system keychain is reachable (no D-Bus session), so passwords are kept in memory for this session only and must be typed again after a restart.</source>
        <translation>システムのキーチェーンに接続できません（D-Bus セッションがありません）。パスワードはこのセッションの間だけメモリに保持され、再起動後にもう一度入力する必要があります。</translation>
    </message>
    <message>
        <location filename="../core/profiles/secretstore.cpp" line="40"/>
        <source>Passwords are kept in memory for this session only and must be typed again after a restart.</source>
        <translation>パスワードはこのセッションの間だけメモリに保持され、再起動後にもう一度入力する必要があります。</translation>
    </message>
    <message>
        <location filename="../core/profiles/secretstore.cpp" line="87"/>
        <source>The system keychain is not available (%1), so passwords are kept in memory for this session only and must be typed again after a restart.</source>
        <translation>システムのキーチェーンが使えません（%1）。パスワードはこのセッションの間だけメモリに保持され、再起動後にもう一度入力する必要があります。</translation>
    </message>
</context>
<context>
    <name>Signalbox::SessionStore</name>
    <message>
        <location filename="../core/client/sessionstore.cpp" line="124"/>
        <source>Cannot open the session file %1: %2</source>
        <translation>セッションファイル %1 を開けません：%2</translation>
    </message>
    <message>
        <location filename="../core/client/sessionstore.cpp" line="128"/>
        <source>Qt&apos;s SQLite driver is not installed</source>
        <translation>Qt の SQLite ドライバーがインストールされていません</translation>
    </message>
</context>
<context>
    <name>Signalbox::Sparkplug</name>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="150"/>
        <location filename="../core/decoders/sparkplug.cpp" line="157"/>
        <source>The value %1 is out of range for %2.</source>
        <translation>値 %1 は %2 の範囲外です。</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="179"/>
        <source>%1 bytes are not a whole number of %2-byte values of a %3.</source>
        <translation>%1 バイトは、%3 の %2 バイト値の整数個分ではありません。</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="224"/>
        <source>A BooleanArray of %1 bytes lacks its 4-byte count.</source>
        <translation>%1 バイトの BooleanArray に 4 バイトの個数がありません。</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="229"/>
        <source>A BooleanArray says it holds %1 values, but its %2 bytes hold at most %3.</source>
        <translation>BooleanArray は %1 個の値を含むとしていますが、その %2 バイトには最大 %3 個しか入りません。</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="249"/>
        <source>The last string of a StringArray is not terminated by a zero byte.</source>
        <translation>StringArray の最後の文字列がゼロバイトで終端されていません。</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="525"/>
        <source>The datatype is %1 but the value was sent in %2.</source>
        <translation>データ型は %1 ですが、値は %2 で送信されています。</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="591"/>
        <source>Not a Sparkplug B payload: the field key at byte %1 is cut short or too long.</source>
        <translation>Sparkplug B ペイロードではありません：バイト %1 のフィールドキーが途中で切れているか、長すぎます。</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="595"/>
        <source>Not a Sparkplug B payload: byte %1 starts a field numbered 0, which protobuf does not allow.</source>
        <translation>Sparkplug B ペイロードではありません：バイト %1 で番号 0 のフィールドが始まっていますが、protobuf ではこれは許可されていません。</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="602"/>
        <source>Not a Sparkplug B payload: the number in field %1 at byte %2 is cut short.</source>
        <translation>Sparkplug B ペイロードではありません：バイト %2 のフィールド %1 の数値が途中で切れています。</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="611"/>
        <source>Not a Sparkplug B payload: field %1 at byte %2 needs %3 bytes, but only %4 follow.</source>
        <translation>Sparkplug B ペイロードではありません：バイト %2 のフィールド %1 には %3 バイト必要ですが、後続は %4 バイトしかありません。</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="623"/>
        <source>Not a Sparkplug B payload: the length of field %1 at byte %2 is cut short.</source>
        <translation>Sparkplug B ペイロードではありません：バイト %2 のフィールド %1 の長さが途中で切れています。</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="627"/>
        <source>Not a Sparkplug B payload: field %1 at byte %2 says it is %3 bytes long, but only %4 bytes follow.</source>
        <translation>Sparkplug B ペイロードではありません：バイト %2 のフィールド %1 は長さ %3 バイトとされていますが、後続は %4 バイトしかありません。</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="636"/>
        <source>Not a Sparkplug B payload: metric %1 (at byte %2) is not a valid metric: a field inside it is cut short or malformed, or it nests deeper than protobuf&apos;s 100 levels.</source>
        <translation>Sparkplug B ペイロードではありません：メトリック %1（バイト %2）は有効なメトリックではありません。内部のフィールドが途中で切れているか不正な形式であるか、入れ子が protobuf の上限 100 階層を超えています。</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="647"/>
        <source>Not a Sparkplug B payload: byte %1 starts field %2 with wire type %3, which Sparkplug B does not use.</source>
        <translation>Sparkplug B ペイロードではありません：バイト %1 でワイヤタイプ %3 のフィールド %2 が始まっていますが、Sparkplug B はこのワイヤタイプを使いません。</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="654"/>
        <source>Not a Sparkplug B payload: protobuf could not read it.</source>
        <translation>Sparkplug B ペイロードではありません：protobuf で読み取れませんでした。</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="921"/>
        <location filename="../core/decoders/sparkplug.cpp" line="1265"/>
        <location filename="../core/decoders/sparkplug.cpp" line="1322"/>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="923"/>
        <location filename="../core/decoders/sparkplug.cpp" line="1229"/>
        <location filename="../core/decoders/sparkplug.cpp" line="1375"/>
        <source>an array</source>
        <translation>配列</translation>
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
        <translation>文字列</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="931"/>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="934"/>
        <location filename="../core/decoders/sparkplug.cpp" line="1080"/>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="938"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="949"/>
        <source>a Sparkplug B payload is a JSON object, not %1</source>
        <translation>Sparkplug B ペイロードは%1ではなく JSON オブジェクトです</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="982"/>
        <source>Cannot encode Sparkplug B: %1.</source>
        <translation>Sparkplug B をエンコードできません：%1。</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="983"/>
        <source>Cannot encode Sparkplug B: %1: %2.</source>
        <translation>Sparkplug B をエンコードできません：%1：%2。</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="988"/>
        <source>expected %1, found %2</source>
        <translation>%1 が必要ですが、%2 がありました</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1002"/>
        <source>unknown key &quot;%1&quot; (known: %2)</source>
        <translation>不明なキー「%1」（既知のキー：%2）</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1013"/>
        <source>nested deeper than the %1 levels of messages protobuf reads</source>
        <translation>protobuf が読めるメッセージの %1 階層を超えて入れ子になっています</translation>
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
        <translation>%1 は %2 の範囲の整数ではありません（%3）</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1059"/>
        <source>%1 is not a number</source>
        <translation>%1 は数値ではありません</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1074"/>
        <source>a number (or &quot;NaN&quot;, &quot;Infinity&quot;, &quot;-Infinity&quot;)</source>
        <translation>数値（または &quot;NaN&quot;、&quot;Infinity&quot;、&quot;-Infinity&quot;）</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1088"/>
        <source>a Base64 string</source>
        <translation>Base64 文字列</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1091"/>
        <source>the text is not Base64</source>
        <translation>テキストが Base64 ではありません</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1102"/>
        <source>%1 is not a datatype number</source>
        <translation>%1 はデータ型の番号ではありません</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1114"/>
        <source>&quot;%1&quot; is not a Sparkplug B datatype (Int8 … DateTimeArray)</source>
        <translation>「%1」は Sparkplug B のデータ型（Int8 … DateTimeArray）ではありません</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1116"/>
        <source>a datatype name or number</source>
        <translation>データ型の名前または番号</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1153"/>
        <source>a value of type %1 cannot be sent here</source>
        <translation>ここでは %1 型の値を送信できません</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1161"/>
        <source>an object with columns, types and rows</source>
        <translation>columns、types、rows を持つオブジェクト</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1167"/>
        <source>a DataSet needs &quot;columns&quot;, an array of names</source>
        <translation>DataSet には名前の配列 &quot;columns&quot; が必要です</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1169"/>
        <source>a DataSet needs &quot;types&quot;, an array of datatypes</source>
        <translation>DataSet にはデータ型の配列 &quot;types&quot; が必要です</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1171"/>
        <source>a DataSet has %1 columns but %2 types</source>
        <translation>DataSet の列が %1 個ですが、型は %2 個です</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1187"/>
        <source>an array of rows</source>
        <translation>行の配列</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1194"/>
        <source>a row is an array of %1 values, one per column</source>
        <translation>行は列ごとに 1 つずつ、%1 個の値を持つ配列です</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1208"/>
        <source>an object with metrics</source>
        <translation>metrics を持つオブジェクト</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1234"/>
        <source>an object with name, type and value</source>
        <translation>name、type、value を持つオブジェクト</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1245"/>
        <source>a parameter needs a &quot;type&quot;</source>
        <translation>パラメーターには &quot;type&quot; が必要です</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1443"/>
        <source>a string of a StringArray cannot hold a zero character</source>
        <translation>StringArray の文字列にゼロ文字は含められません</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1460"/>
        <source>an array of metrics</source>
        <translation>メトリックの配列</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1470"/>
        <source>a metric object</source>
        <translation>メトリックオブジェクト</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1577"/>
        <source>a metric cannot carry a value of datatype %1</source>
        <translation>メトリックはデータ型 %1 の値を持てません</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1605"/>
        <source>give the metric a &quot;datatype&quot; to send %1</source>
        <translation>%1 を送信するにはメトリックに &quot;datatype&quot; を指定してください</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1702"/>
        <source>Not a Sparkplug B payload: it is empty.</source>
        <translation>Sparkplug B ペイロードではありません：空です。</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1705"/>
        <source>Not a Sparkplug B payload: %1 bytes are more than protobuf reads.</source>
        <translation>Sparkplug B ペイロードではありません：%1 バイトは protobuf が読める量を超えています。</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1710"/>
        <source>Not a Sparkplug B payload: it is JSON text, not protobuf.</source>
        <translation>Sparkplug B ペイロードではありません：protobuf ではなく JSON テキストです。</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1716"/>
        <source>Not a Sparkplug B payload: it holds none of a Sparkplug B payload&apos;s fields (timestamp, metrics, seq, uuid, body).</source>
        <translation>Sparkplug B ペイロードではありません：Sparkplug B ペイロードのフィールド（timestamp、metrics、seq、uuid、body）が 1 つもありません。</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1792"/>
        <source>Cannot encode Sparkplug B: %1</source>
        <translation>Sparkplug B をエンコードできません：%1</translation>
    </message>
    <message>
        <location filename="../core/decoders/sparkplug.cpp" line="1805"/>
        <source>Cannot encode Sparkplug B: protobuf could not write the payload.</source>
        <translation>Sparkplug B をエンコードできません：protobuf がペイロードを書き出せませんでした。</translation>
    </message>
</context>
<context>
    <name>Signalbox::SparkplugHostModel</name>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="199"/>
        <source>The STATE payload is neither Sparkplug 3.0 JSON ({&quot;online&quot;: …, &quot;timestamp&quot;: …}) nor ONLINE or OFFLINE.</source>
        <translation>STATE ペイロードが Sparkplug 3.0 の JSON（{&quot;online&quot;: …, &quot;timestamp&quot;: …}）でも ONLINE や OFFLINE でもありません。</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="245"/>
        <source>%1 is not a Sparkplug B payload: %2</source>
        <translation>%1 は Sparkplug B ペイロードではありません：%2</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="246"/>
        <source>it could not be decoded.</source>
        <translation>デコードできませんでした。</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="269"/>
        <source>NBIRTH has no bdSeq metric: its NDEATH cannot be told from an older one.</source>
        <translation>NBIRTH に bdSeq メトリックがありません：その NDEATH を古いものと区別できません。</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="271"/>
        <source>NBIRTH has no sequence number.</source>
        <translation>NBIRTH にシーケンス番号がありません。</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="283"/>
        <source>Stale NDEATH ignored: its bdSeq is %1, the current NBIRTH&apos;s is %2.</source>
        <translation>古い NDEATH を無視しました：bdSeq は %1 ですが、現在の NBIRTH の bdSeq は %2 です。</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="288"/>
        <source>NDEATH has no bdSeq metric: it may belong to an older session.</source>
        <translation>NDEATH に bdSeq メトリックがありません：古いセッションのものである可能性があります。</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="315"/>
        <source>DDATA from a device without a birth certificate (no DBIRTH since it connected or died).</source>
        <translation>バース証明書のないデバイスからの DDATA です（接続以降、または DEATH 以降に DBIRTH がありません）。</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="337"/>
        <source>%1 from an edge node without a birth certificate (no NBIRTH since it connected or died).</source>
        <translation>バース証明書のないエッジノードからの %1 です（接続以降、または DEATH 以降に NBIRTH がありません）。</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="343"/>
        <source>%1 has no sequence number.</source>
        <translation>%1 にシーケンス番号がありません。</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="350"/>
        <source>Sequence gap: expected %1, received %2 (%3).</source>
        <translation>シーケンスの欠落：%1 を期待しましたが、%2 を受信しました（%3）。</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="378"/>
        <source>A metric has neither a name nor an alias.</source>
        <translation>名前もエイリアスもないメトリックがあります。</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="428"/>
        <source>Alias %1 is in no birth certificate of this edge node.</source>
        <translation>エイリアス %1 はこのエッジノードのどのバース証明書にもありません。</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="700"/>
        <source>alias %1</source>
        <translation>エイリアス %1</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="707"/>
        <source>Primary hosts</source>
        <translation>プライマリホスト</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="709"/>
        <source>alias %1 (unknown)</source>
        <translation>エイリアス %1（不明）</translation>
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
        <translation>古い</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="738"/>
        <source>%1 of %2 online</source>
        <translation>%2 中 %1 オンライン</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="745"/>
        <source>online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="747"/>
        <source>offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="749"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="749"/>
        <source>no birth seen</source>
        <translation>BIRTH 未受信</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="768"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="770"/>
        <source>Datatype</source>
        <translation>データ型</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="772"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="774"/>
        <source>Timestamp</source>
        <translation>タイムスタンプ</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="776"/>
        <source>Quality</source>
        <translation>品質</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="778"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../core/models/sparkplughostmodel.cpp" line="780"/>
        <source>Issue</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>Signalbox::Topic</name>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="61"/>
        <source>A topic filter may not be empty; use &apos;#&apos; to subscribe to every topic.</source>
        <translation>トピックフィルターは空にできません。すべてのトピックを購読するには「#」を使ってください。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="62"/>
        <source>A topic name may not be empty.</source>
        <translation>トピック名は空にできません。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="66"/>
        <source>Topic filters may not contain the null character (U+0000).</source>
        <translation>トピックフィルターに NULL 文字（U+0000）は使えません。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="67"/>
        <source>Topic names may not contain the null character (U+0000).</source>
        <translation>トピック名に NULL 文字（U+0000）は使えません。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="71"/>
        <source>Topic filters may not contain an unpaired UTF-16 surrogate; it cannot be encoded as UTF-8.</source>
        <translation>トピックフィルターに対になっていない UTF-16 サロゲートは使えません。UTF-8 にエンコードできません。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="73"/>
        <source>Topic names may not contain an unpaired UTF-16 surrogate; it cannot be encoded as UTF-8.</source>
        <translation>トピック名に対になっていない UTF-16 サロゲートは使えません。UTF-8 にエンコードできません。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="78"/>
        <source>A topic filter may be at most 65535 bytes of UTF-8; this one has %1.</source>
        <translation>トピックフィルターは UTF-8 で最大 65535 バイトです。このフィルターは %1 バイトあります。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="79"/>
        <source>A topic name may be at most 65535 bytes of UTF-8; this one has %1.</source>
        <translation>トピック名は UTF-8 で最大 65535 バイトです。このトピック名は %1 バイトあります。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="98"/>
        <source>The &apos;#&apos; wildcard must be the last level of a filter, as in &apos;sensors/#&apos;.</source>
        <translation>ワイルドカード「#」は「sensors/#」のようにフィルターの最後のレベルでなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="100"/>
        <source>The &apos;#&apos; wildcard must occupy a whole level, as in &apos;sensors/#&apos;, not &apos;sensors#&apos;.</source>
        <translation>ワイルドカード「#」は「sensors#」ではなく「sensors/#」のように 1 つのレベル全体を占める必要があります。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="103"/>
        <source>The &apos;+&apos; wildcard must occupy a whole level, as in &apos;sensors/+/temperature&apos;, not &apos;sensors+&apos;.</source>
        <translation>ワイルドカード「+」は「sensors+」ではなく「sensors/+/temperature」のように 1 つのレベル全体を占める必要があります。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="217"/>
        <source>a space</source>
        <translation>スペース</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="219"/>
        <source>a tab (%1)</source>
        <translation>タブ（%1）</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="224"/>
        <source>a line break (%1)</source>
        <translation>改行（%1）</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="226"/>
        <source>a non-breaking space (%1)</source>
        <translation>ノーブレークスペース（%1）</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="228"/>
        <source>a soft hyphen (%1)</source>
        <translation>ソフトハイフン（%1）</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="230"/>
        <source>a zero-width space (%1)</source>
        <translation>ゼロ幅スペース（%1）</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="232"/>
        <source>a zero-width non-joiner (%1)</source>
        <translation>ゼロ幅非接合子（%1）</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="234"/>
        <source>a zero-width joiner (%1)</source>
        <translation>ゼロ幅接合子（%1）</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="236"/>
        <source>a word joiner (%1)</source>
        <translation>単語結合子（%1）</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="238"/>
        <source>a byte order mark (%1)</source>
        <translation>バイトオーダーマーク（%1）</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="244"/>
        <source>a control character (%1)</source>
        <translation>制御文字（%1）</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="246"/>
        <source>a space character (%1)</source>
        <translation>空白文字（%1）</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="248"/>
        <source>an invisible formatting character (%1)</source>
        <translation>見えない書式文字（%1）</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="276"/>
        <source>The filter starts with %1.</source>
        <translation>フィルターが%1で始まっています。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="277"/>
        <source>The topic starts with %1.</source>
        <translation>トピックが%1で始まっています。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="281"/>
        <source>The filter ends with %1.</source>
        <translation>フィルターが%1で終わっています。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="282"/>
        <source>The topic ends with %1.</source>
        <translation>トピックが%1で終わっています。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="287"/>
        <source>The filter contains %1 at character %2.</source>
        <translation>フィルターの %2 文字目が%1です。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="288"/>
        <source>The topic contains %1 at character %2.</source>
        <translation>トピックの %2 文字目が%1です。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="302"/>
        <source>Topic names may not contain the wildcards &apos;+&apos; or &apos;#&apos;; those belong in subscription filters.</source>
        <translation>トピック名にワイルドカード「+」や「#」は使えません。これらは購読フィルターで使うものです。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="325"/>
        <source>A shared subscription needs a group name, as in &apos;$share/group/sensors/#&apos;.</source>
        <translation>共有購読にはグループ名が必要です（例：「$share/group/sensors/#」）。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="327"/>
        <source>The group name of a shared subscription may not contain &apos;+&apos; or &apos;#&apos;.</source>
        <translation>共有購読のグループ名に「+」や「#」は使えません。</translation>
    </message>
    <message>
        <location filename="../core/mqtt/topic.cpp" line="329"/>
        <source>A shared subscription needs a topic filter after the group name, as in &apos;$share/group/sensors/#&apos;.</source>
        <translation>共有購読にはグループ名の後にトピックフィルターが必要です（例：「$share/group/sensors/#」）。</translation>
    </message>
</context>
<context>
    <name>Signalbox::TopicChartData</name>
    <message>
        <location filename="../core/models/topicchartdata.cpp" line="71"/>
        <source>This topic filter and JSON path are already plotted.</source>
        <translation>このトピックフィルターと JSON パスはすでにグラフに表示されています。</translation>
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
        <translation>（保持）%1</translation>
    </message>
    <message>
        <location filename="../core/models/topictreemodel.cpp" line="487"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../core/models/topictreemodel.cpp" line="489"/>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../core/models/topictreemodel.cpp" line="491"/>
        <source>Rate (/s)</source>
        <translation>レート（/s）</translation>
    </message>
    <message>
        <location filename="../core/models/topictreemodel.cpp" line="493"/>
        <source>Last payload</source>
        <translation>最新のペイロード</translation>
    </message>
    <message>
        <location filename="../core/models/topictreemodel.cpp" line="495"/>
        <source>Last time</source>
        <translation>最新の時刻</translation>
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
        <translation>（その他）</translation>
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
            <numerusform>ほか %n 個のサブツリー</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/trafficprofilemodel.cpp" line="277"/>
        <source>%1 messages/s: %2 messages in the last %n second(s)</source>
        <translation>
            <numerusform>%1 メッセージ/秒：直近 %n 秒間に %2 メッセージ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/trafficprofilemodel.cpp" line="280"/>
        <source>%1 bytes/s: %2 bytes in the last %n second(s)</source>
        <translation>
            <numerusform>%1 バイト/秒：直近 %n 秒間に %2 バイト</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="284"/>
        <source>%1 % of %2 messages/s</source>
        <translation>%2 メッセージ/秒の %1 %</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="287"/>
        <source>%1 % of %2 bytes/s</source>
        <translation>%2 バイト/秒の %1 %</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="291"/>
        <source>%1 messages</source>
        <translation>%1 メッセージ</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="293"/>
        <location filename="../core/models/trafficprofilemodel.cpp" line="295"/>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="326"/>
        <source>Subtree</source>
        <translation>サブツリー</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="328"/>
        <source>Msg/s</source>
        <translation>メッセージ/秒</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="330"/>
        <source>Bytes/s</source>
        <translation>バイト/秒</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="332"/>
        <source>Share of msg/s</source>
        <translation>メッセージ/秒の割合</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="332"/>
        <source>Share of bytes/s</source>
        <translation>バイト/秒の割合</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="355"/>
        <source>Share of all messages per second (it follows the ranking: rank by bytes/s for a share of bytes)</source>
        <translation>1 秒あたりの全メッセージ数に占める割合（並べ替えの基準に従います。バイト/秒で並べ替えるとバイトの割合になります）</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="357"/>
        <source>Share of all payload bytes per second (it follows the ranking: rank by messages/s for a share of messages)</source>
        <translation>1 秒あたりの全ペイロードバイト数に占める割合（並べ替えの基準に従います。メッセージ/秒で並べ替えるとメッセージの割合になります）</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="334"/>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="336"/>
        <source>Bytes</source>
        <translation>バイト</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="338"/>
        <source>Min payload</source>
        <translation>最小ペイロード</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="340"/>
        <source>Avg payload</source>
        <translation>平均ペイロード</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="342"/>
        <source>Max payload</source>
        <translation>最大ペイロード</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="348"/>
        <source>The topic&apos;s first levels; &quot;(other)&quot; sums the subtrees below the top ones</source>
        <translation>トピックの上位レベル。「（その他）」は上位以外のサブツリーの合計です</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/trafficprofilemodel.cpp" line="350"/>
        <source>Messages per second, averaged over the last %n second(s)</source>
        <translation>
            <numerusform>1 秒あたりのメッセージ数（直近 %n 秒間の平均）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/trafficprofilemodel.cpp" line="352"/>
        <source>Payload bytes per second, averaged over the last %n second(s)</source>
        <translation>
            <numerusform>1 秒あたりのペイロードバイト数（直近 %n 秒間の平均）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="360"/>
        <source>Messages since the profile was cleared</source>
        <translation>プロファイルを消去してからのメッセージ数</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="362"/>
        <source>Payload bytes since the profile was cleared</source>
        <translation>プロファイルを消去してからのペイロードバイト数</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="364"/>
        <source>Smallest payload since the profile was cleared</source>
        <translation>プロファイルを消去してからの最小ペイロード</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="366"/>
        <source>Average payload since the profile was cleared</source>
        <translation>プロファイルを消去してからの平均ペイロード</translation>
    </message>
    <message>
        <location filename="../core/models/trafficprofilemodel.cpp" line="368"/>
        <source>Largest payload since the profile was cleared</source>
        <translation>プロファイルを消去してからの最大ペイロード</translation>
    </message>
</context>
<context>
    <name>Signalbox::Transport</name>
    <message>
        <location filename="../core/client/transport.cpp" line="45"/>
        <source>Cannot read the CA file %1: %2.</source>
        <translation>CA ファイル %1 を読み込めません：%2。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="50"/>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>CA ファイル %1 に PEM 証明書がありません。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="61"/>
        <source>The CA directory %1 holds no PEM certificate.</source>
        <translation>CA ディレクトリ %1 に PEM 証明書がありません。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="70"/>
        <source>A client certificate needs both a certificate file and a key file.</source>
        <translation>クライアント証明書には証明書ファイルと鍵ファイルの両方が必要です。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="75"/>
        <source>Cannot read the client certificate %1: %2.</source>
        <translation>クライアント証明書 %1 を読み込めません：%2。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="81"/>
        <source>The client certificate file %1 holds no PEM certificate.</source>
        <translation>クライアント証明書ファイル %1 に PEM 証明書がありません。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="86"/>
        <source>Cannot read the private key %1: %2.</source>
        <translation>秘密鍵 %1 を読み込めません：%2。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="99"/>
        <source>Cannot open the private key %1: the passphrase is wrong or missing.</source>
        <translation>秘密鍵 %1 を開けません：パスフレーズが間違っているか、ありません。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="100"/>
        <source>The file %1 holds no PEM private key.</source>
        <translation>ファイル %1 に PEM 秘密鍵がありません。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="135"/>
        <source>The cipher &apos;%1&apos; is unknown to the TLS library.</source>
        <translation>暗号スイート「%1」は TLS ライブラリで認識されません。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="171"/>
        <source>the broker refused the TLS version (%1)</source>
        <translation>ブローカーが TLS バージョンを拒否しました（%1）</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="172"/>
        <source>the broker refused the TLS version %1 that this connection is limited to (%2)</source>
        <translation>この接続で使用が限定されている TLS バージョン %1 をブローカーが拒否しました（%2）</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="176"/>
        <source>the broker did not accept the pre-shared key of identity &apos;%1&apos; (%2)</source>
        <translation>ブローカーが ID「%1」の事前共有鍵を受け入れませんでした（%2）</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="338"/>
        <location filename="../core/client/transport.cpp" line="626"/>
        <source>The connection to %1 closed during the handshake.</source>
        <translation>%1 への接続がハンドシェイク中に閉じられました。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="357"/>
        <source>TLS to %1 failed: the connection closed during the handshake (does the broker know the PSK identity &apos;%2&apos; and this key?).</source>
        <translation>%1 への TLS が失敗しました：ハンドシェイク中に接続が閉じられました（PSK ID「%2」とこの鍵はブローカーに登録されていますか？）。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="364"/>
        <source>TLS to %1 failed: the connection closed during the handshake (is it a TLS port? does it require a client certificate?).</source>
        <translation>%1 への TLS が失敗しました：ハンドシェイク中に接続が閉じられました（TLS ポートですか？クライアント証明書が必要ですか？）。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="370"/>
        <location filename="../core/client/transport.cpp" line="644"/>
        <source>%1 closed the connection before it was established.</source>
        <translation>%1 が接続の確立前に接続を閉じました。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="373"/>
        <location filename="../core/client/transport.cpp" line="515"/>
        <source>Cannot find the host &apos;%1&apos;.</source>
        <translation>ホスト「%1」が見つかりません。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="377"/>
        <location filename="../core/client/transport.cpp" line="519"/>
        <location filename="../core/client/transport.cpp" line="654"/>
        <source>Connection to %1 refused: no broker is listening there.</source>
        <translation>%1 への接続が拒否されました：そこで待ち受けているブローカーはありません。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="384"/>
        <location filename="../core/client/transport.cpp" line="390"/>
        <location filename="../core/client/transport.cpp" line="540"/>
        <source>TLS to %1 failed: %2.</source>
        <translation>%1 への TLS が失敗しました：%2。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="394"/>
        <location filename="../core/client/transport.cpp" line="658"/>
        <source>Connection to %1 failed: %2.</source>
        <translation>%1 への接続が失敗しました：%2。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="429"/>
        <source>The broker at %1 sent a WebSocket text frame; MQTT travels only in binary frames.</source>
        <translation>%1 のブローカーが WebSocket テキストフレームを送信しました。MQTT はバイナリフレームでのみ送られます。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="505"/>
        <location filename="../core/client/transport.cpp" line="541"/>
        <source>WebSocket connection to %1 failed: %2.</source>
        <translation>%1 への WebSocket 接続が失敗しました：%2。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="536"/>
        <source>The WebSocket connection to %1 broke: %2.</source>
        <translation>%1 への WebSocket 接続が切れました：%2。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="581"/>
        <source>Unix domain sockets (unix://) are not available on Windows.</source>
        <translation>Unix ドメインソケット（unix://）は Windows では使えません。</translation>
    </message>
    <message>
        <location filename="../core/client/transport.cpp" line="648"/>
        <source>There is no socket %1: is the broker running with a Unix socket listener there?</source>
        <translation>ソケット %1 がありません：ブローカーはその場所に Unix ソケットのリスナーを設定して動作していますか？</translation>
    </message>
</context>
</TS>
