<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Signalbox::BackupActions</name>
    <message>
        <location filename="../ui/backupactions.cpp" line="35"/>
        <source>Signalbox backups (*.json);;All files (*)</source>
        <translation>Signalbox バックアップ (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="44"/>
        <source>%1 more</source>
        <translation>ほか %1 件</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="51"/>
        <location filename="../ui/backupactions.cpp" line="77"/>
        <source>Back up everything</source>
        <translation>すべてをバックアップ</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="55"/>
        <source>The backup could not be written to “%1”: %2</source>
        <translation>バックアップを「%1」に書き込めませんでした：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backupactions.cpp" line="59"/>
        <source>Backed up %n connection(s) to “%1”.</source>
        <translation>
            <numerusform>%n 件の接続を「%1」にバックアップしました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="62"/>
        <source>Passwords are not in it.</source>
        <translation>パスワードは含まれていません。</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="66"/>
        <source>Some passwords could not be read from the keychain and are not in it: %1</source>
        <translation>一部のパスワードはキーチェーンから読み込めなかったため、含まれていません：%1</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="85"/>
        <source>Put the passwords in the backup too?</source>
        <translation>パスワードもバックアップに含めますか？</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="87"/>
        <source>With them, anyone who reads the file can connect as you: it holds the passwords and key passphrases as plain text. Without them, you type them again after restoring.</source>
        <translation>含めると、ファイルを読める人は誰でもあなたとして接続できます。パスワードと鍵のパスフレーズが平文で保存されるためです。含めない場合は、復元後にもう一度入力します。</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="111"/>
        <source>The backup replaces these connections: %1.</source>
        <translation>バックアップで次の接続が置き換えられます：%1。</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="113"/>
        <source>It adds these connections: %1.</source>
        <translation>次の接続が追加されます：%1。</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="115"/>
        <source>The backup holds no connections.</source>
        <translation>バックアップに接続がありません。</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="116"/>
        <source>Connections that are not in the backup are kept.</source>
        <translation>バックアップにない接続はそのまま残ります。</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="118"/>
        <source>It adds these groups: %1.</source>
        <translation>次のグループが追加されます：%1。</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="120"/>
        <source>The theme, language, zoom and log size become those of the backup.</source>
        <translation>テーマ、言語、ズーム、ログのサイズはバックアップの設定になります。</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="122"/>
        <source>Some saved subscriptions or publish histories in it are damaged and are left out: %1</source>
        <translation>バックアップ内の一部の保存された購読または発行履歴が破損しているため除外されます：%1</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="129"/>
        <source>Restore from backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="138"/>
        <source>“%1” could not be read: %2</source>
        <translation>「%1」を読み込めませんでした：%2</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="145"/>
        <source>Nothing was restored from “%1”. %2</source>
        <translation>「%1」からは何も復元しませんでした。%2</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="152"/>
        <source>Restore the backup made on %1?</source>
        <translation>%1 に作成したバックアップを復元しますか？</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="154"/>
        <source>Restore this backup?</source>
        <translation>このバックアップを復元しますか？</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="157"/>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="179"/>
        <source>The backup was restored, but the connections could not be saved: %1</source>
        <translation>バックアップは復元しましたが、接続を保存できませんでした：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backupactions.cpp" line="185"/>
        <source>Restored %n connection(s).</source>
        <translation>
            <numerusform>%n 件の接続を復元しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::BrokerDashboard</name>
    <message numerus="yes">
        <location filename="../ui/brokerdashboard.cpp" line="40"/>
        <source>%n day(s) %1</source>
        <translation>
            <numerusform>%n 日 %1</numerusform>
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
        <translation>%1/分</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="79"/>
        <location filename="../ui/brokerdashboard.cpp" line="161"/>
        <source>Subscribe to $SYS/#</source>
        <translation>$SYS/# を購読</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="479"/>
        <source>Subscribe this connection to the broker&apos;s $SYS topics</source>
        <translation>この接続でブローカーの $SYS トピックを購読します</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="84"/>
        <location filename="../ui/brokerdashboard.cpp" line="162"/>
        <source>No $SYS messages yet. A plain &apos;#&apos; does not match $SYS topics: subscribe to $SYS/# to see the broker&apos;s statistics (some brokers allow it only to local or privileged clients).</source>
        <translation>$SYS メッセージはまだありません。「#」だけでは $SYS トピックに一致しません。ブローカーの統計を見るには $SYS/# を購読してください（ローカルまたは特権クライアントにしか許可しないブローカーもあります）。</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="93"/>
        <location filename="../ui/brokerdashboard.cpp" line="118"/>
        <location filename="../ui/brokerdashboard.cpp" line="166"/>
        <location filename="../ui/brokerdashboard.cpp" line="190"/>
        <source>Clients connected</source>
        <translation>接続中のクライアント</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="94"/>
        <location filename="../ui/brokerdashboard.cpp" line="167"/>
        <source>Clients total</source>
        <translation>クライアント総数</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="95"/>
        <location filename="../ui/brokerdashboard.cpp" line="168"/>
        <source>Messages in</source>
        <translation>受信メッセージ</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="96"/>
        <location filename="../ui/brokerdashboard.cpp" line="169"/>
        <source>Messages out</source>
        <translation>送信メッセージ</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="97"/>
        <location filename="../ui/brokerdashboard.cpp" line="170"/>
        <source>Bytes in</source>
        <translation>受信バイト数</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="98"/>
        <location filename="../ui/brokerdashboard.cpp" line="171"/>
        <source>Bytes out</source>
        <translation>送信バイト数</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="99"/>
        <location filename="../ui/brokerdashboard.cpp" line="172"/>
        <source>Subscriptions</source>
        <translation>購読</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="100"/>
        <location filename="../ui/brokerdashboard.cpp" line="173"/>
        <source>Retained</source>
        <translation>保持</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="101"/>
        <location filename="../ui/brokerdashboard.cpp" line="174"/>
        <source>Stored messages</source>
        <translation>保存されたメッセージ</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="102"/>
        <location filename="../ui/brokerdashboard.cpp" line="175"/>
        <source>Heap</source>
        <translation>ヒープ</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="103"/>
        <location filename="../ui/brokerdashboard.cpp" line="176"/>
        <source>Load in (1 min)</source>
        <translation>受信負荷（1 分）</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="104"/>
        <location filename="../ui/brokerdashboard.cpp" line="177"/>
        <source>Load out (1 min)</source>
        <translation>送信負荷（1 分）</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="105"/>
        <location filename="../ui/brokerdashboard.cpp" line="178"/>
        <source>Connections (1 min)</source>
        <translation>接続（1 分）</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="106"/>
        <location filename="../ui/brokerdashboard.cpp" line="179"/>
        <source>Sockets (1 min)</source>
        <translation>ソケット（1 分）</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="107"/>
        <location filename="../ui/brokerdashboard.cpp" line="180"/>
        <source>Uptime</source>
        <translation>稼働時間</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="116"/>
        <location filename="../ui/brokerdashboard.cpp" line="190"/>
        <source>Messages per second</source>
        <translation>1 秒あたりのメッセージ数</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="116"/>
        <location filename="../ui/brokerdashboard.cpp" line="120"/>
        <location filename="../ui/brokerdashboard.cpp" line="196"/>
        <source>in</source>
        <translation>受信</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="117"/>
        <location filename="../ui/brokerdashboard.cpp" line="120"/>
        <location filename="../ui/brokerdashboard.cpp" line="198"/>
        <source>out</source>
        <translation>送信</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="118"/>
        <location filename="../ui/brokerdashboard.cpp" line="200"/>
        <source>connected</source>
        <translation>接続中</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="119"/>
        <location filename="../ui/brokerdashboard.cpp" line="190"/>
        <source>Bytes per second</source>
        <translation>1 秒あたりのバイト数</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="480"/>
        <source>Chart any figure the broker publishes</source>
        <translation>ブローカーが公開する任意の数値をグラフにします</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="300"/>
        <source>Broker statistics ($SYS)</source>
        <translation>ブローカー統計（$SYS）</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="304"/>
        <source>Unknown broker</source>
        <translation>不明なブローカー</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="313"/>
        <source>up %1</source>
        <translation>稼働 %1</translation>
    </message>
</context>
<context>
    <name>Signalbox::ConnectionEditor</name>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="48"/>
        <location filename="../ui/connectioneditor.cpp" line="156"/>
        <source>New connection</source>
        <translation>新しい接続</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="48"/>
        <source>Edit connection “%1”</source>
        <translation>接続「%1」の編集</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="52"/>
        <source>General</source>
        <translation>一般</translation>
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
        <translation>ウィル</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="57"/>
        <source>Advanced</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="172"/>
        <source>Ports: %1.</source>
        <translation>ポート：%1。</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="174"/>
        <source>This broker is no longer running. %1</source>
        <translation>このブローカーはすでに終了しています。%1</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="239"/>
        <source>Needs MQTT 5.0</source>
        <translation>MQTT 5.0 が必要</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="249"/>
        <source>The port is empty; enter a number from 1 to 65535.</source>
        <translation>ポートが空です。1～65535 の数値を入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="250"/>
        <source>The port “%1” is not a number from 1 to 65535.</source>
        <translation>ポート「%1」は 1～65535 の数値ではありません。</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="254"/>
        <source>The session expiry must be a number of seconds from 0 to 4294967295.</source>
        <translation>セッション有効期限は 0～4294967295 の秒数でなければなりません。</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="258"/>
        <source>The authentication data is not valid hex: %1</source>
        <translation>認証データが有効な 16 進数ではありません：%1</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="262"/>
        <source>The will payload is not valid hex: %1</source>
        <translation>ウィルペイロードが有効な 16 進数ではありません：%1</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="265"/>
        <source>The pre-shared key must be an even number of hex digits, as in 0a1b2c3d.</source>
        <translation>事前共有鍵は 0a1b2c3d のように偶数桁の 16 進数でなければなりません。</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="267"/>
        <source>A key passphrase is set but no private key file is chosen.</source>
        <translation>鍵のパスフレーズが設定されていますが、秘密鍵ファイルが選択されていません。</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="300"/>
        <source>These bytes are not text that can be edited as it is, so they stay in hex.</source>
        <translation>これらのバイトはそのまま編集できるテキストではないため、16 進数のままにします。</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="40"/>
        <source>Shown in the sidebar</source>
        <translation>サイドバーに表示されます</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="41"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="48"/>
        <source>The folder in the sidebar; type a new name to make one.</source>
        <translation>サイドバーのフォルダーです。新しい名前を入力すると作成されます。</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="49"/>
        <source>&amp;Group:</source>
        <translation>グループ(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="53"/>
        <source>Choose a public test broker…</source>
        <translation>公開テストブローカーを選択…</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="58"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="66"/>
        <source>&amp;Preset:</source>
        <translation>プリセット(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="75"/>
        <source>broker.example.com</source>
        <translation>broker.example.com</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="102"/>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="107"/>
        <source>WebSocket &amp;path:</source>
        <translation>WebSocket パス(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="109"/>
        <source>unix://: the broker&apos;s socket, e.g. /run/mosquitto/mqtt.sock</source>
        <translation>unix://：ブローカーのソケット（例：/run/mosquitto/mqtt.sock）</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="110"/>
        <source>&amp;Socket:</source>
        <translation>ソケット(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="117"/>
        <source>MQTT &amp;version:</source>
        <translation>MQTT バージョン(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="119"/>
        <source>Empty: a random one at each connect</source>
        <translation>空欄：接続のたびにランダムに生成</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="122"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="129"/>
        <source>Random, with the prefix “signalbox-”</source>
        <translation>ランダム（接頭辞「signalbox-」付き）</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="131"/>
        <source>UUID (36 characters, not for MQTT 3.1)</source>
        <translation>UUID（36 文字、MQTT 3.1 では不可）</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="132"/>
        <source>From this computer&apos;s MAC address</source>
        <translation>このコンピューターの MAC アドレスから</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="137"/>
        <source>&amp;Client ID:</source>
        <translation>クライアント ID(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="141"/>
        <source>Clean start (forget the previous session)</source>
        <translation>クリーンスタート（以前のセッションを破棄）</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="143"/>
        <source>Keep the message history on disk, up to</source>
        <translation>メッセージ履歴をディスクに保存、最大</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="144"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="146"/>
        <source>The received messages are stored with the session and shown again at the next start.</source>
        <translation>受信したメッセージはセッションと一緒に保存され、次回の起動時にもう一度表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="153"/>
        <location filename="../ui/connectioneditortabs.cpp" line="397"/>
        <location filename="../ui/connectioneditortabs.cpp" line="400"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="154"/>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="155"/>
        <source>&amp;Keep alive:</source>
        <translation>キープアライブ(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="158"/>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="160"/>
        <location filename="../ui/connectioneditortabs.cpp" line="216"/>
        <source>Kept in the system keychain</source>
        <translation>システムのキーチェーンに保存されます</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="161"/>
        <location filename="../ui/connectioneditortabs.cpp" line="217"/>
        <source>Kept until you quit (no keychain)</source>
        <translation>終了するまで保持されます（キーチェーンなし）</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="163"/>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="173"/>
        <location filename="../ui/connectioneditortabs.cpp" line="202"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="188"/>
        <source>Used by mqtts:// and wss:// connections.</source>
        <translation>mqtts:// と wss:// の接続で使われます。</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="192"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="193"/>
        <source>Trust the system&apos;s certificate authorities</source>
        <translation>システムの認証局を信頼する</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="195"/>
        <source>PEM file with extra CA certificates</source>
        <translation>追加の CA 証明書を含む PEM ファイル</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="196"/>
        <source>&amp;CA file:</source>
        <translation>CA ファイル(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="196"/>
        <location filename="../ui/connectioneditortabs.cpp" line="205"/>
        <source>CA certificates</source>
        <translation>CA 証明書</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="197"/>
        <source>Every certificate in this folder is trusted</source>
        <translation>このフォルダー内のすべての証明書が信頼されます</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="210"/>
        <source>CA &amp;directory:</source>
        <translation>CA ディレクトリ(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="211"/>
        <source>PEM client certificate</source>
        <translation>PEM クライアント証明書</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="212"/>
        <source>Client c&amp;ertificate:</source>
        <translation>クライアント証明書(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="212"/>
        <source>Client certificate</source>
        <translation>クライアント証明書</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="213"/>
        <source>PEM private key</source>
        <translation>PEM 秘密鍵</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="214"/>
        <source>Private &amp;key:</source>
        <translation>秘密鍵(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="214"/>
        <source>Private key</source>
        <translation>秘密鍵</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="214"/>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>鍵 (*.pem *.key);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="219"/>
        <source>Key &amp;passphrase:</source>
        <translation>鍵のパスフレーズ(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="220"/>
        <source>Empty: the host name</source>
        <translation>空欄：ホスト名</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="221"/>
        <source>&amp;Server name (SNI):</source>
        <translation>サーバー名（SNI）(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="222"/>
        <source>Comma-separated, e.g. mqtt</source>
        <translation>カンマ区切り（例：mqtt）</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="223"/>
        <source>&amp;ALPN:</source>
        <translation>ALPN(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="226"/>
        <source>TLS 1.2 or later</source>
        <translation>TLS 1.2 以降</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="227"/>
        <source>TLS 1.2 only</source>
        <translation>TLS 1.2 のみ</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="228"/>
        <source>TLS 1.3 only</source>
        <translation>TLS 1.3 のみ</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="229"/>
        <source>TLS &amp;version:</source>
        <translation>TLS バージョン(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="230"/>
        <source>OpenSSL names separated by &apos;:&apos;; empty: the defaults</source>
        <translation>OpenSSL の名前（: 区切り）。空欄：既定値</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="231"/>
        <source>C&amp;iphers:</source>
        <translation>暗号スイート(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="232"/>
        <source>TLS-PSK instead of certificates</source>
        <translation>証明書の代わりに TLS-PSK を使う</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="233"/>
        <source>PSK i&amp;dentity:</source>
        <translation>PSK ID(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="235"/>
        <source>Hex; kept in the system keychain</source>
        <translation>16 進数。システムのキーチェーンに保存されます</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="236"/>
        <source>Hex; kept until you quit (no keychain)</source>
        <translation>16 進数。終了するまで保持されます（キーチェーンなし）</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="238"/>
        <source>Pre-shared &amp;key:</source>
        <translation>事前共有鍵(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="240"/>
        <source>Allow insecure connections (accept any certificate)</source>
        <translation>安全でない接続を許可する（どの証明書も受け入れる）</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="243"/>
        <source>Anyone between you and the broker can read and change the traffic: the broker&apos;s certificate is not checked. Use this only for testing.</source>
        <translation>ブローカーの証明書が検証されないため、あなたとブローカーの間にいる誰もが通信を読み取り、改ざんできます。テストのときだけ使ってください。</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="260"/>
        <source>Used by ws:// and wss:// connections, with the “mqtt” subprotocol.</source>
        <translation>ws:// と wss:// の接続で「mqtt」サブプロトコルとともに使われます。</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="264"/>
        <source>&amp;Path:</source>
        <translation>パス(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="277"/>
        <source>Empty: not sent (ends with the connection)</source>
        <translation>空欄：送信しない（接続とともに終了）</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="278"/>
        <source>Seconds; 4294967295 never expires.</source>
        <translation>秒。4294967295 は無期限です。</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="279"/>
        <source>Session &amp;expiry (s):</source>
        <translation>セッション有効期限（秒）(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="281"/>
        <source>Not sent (65535)</source>
        <translation>送信しない（65535）</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="282"/>
        <source>&amp;Receive maximum:</source>
        <translation>受信最大数(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="284"/>
        <location filename="../ui/connectioneditortabs.cpp" line="398"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="285"/>
        <source>&amp;Topic alias maximum:</source>
        <translation>トピックエイリアス最大数(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="286"/>
        <source> bytes</source>
        <translation> バイト</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="287"/>
        <source>No limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="288"/>
        <source>&amp;Maximum packet size:</source>
        <translation>最大パケットサイズ(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="289"/>
        <source>Request response information</source>
        <translation>応答情報を要求する</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="292"/>
        <source>Request problem information</source>
        <translation>問題情報を要求する</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="304"/>
        <source>Empty: no enhanced authentication</source>
        <translation>空欄：拡張認証なし</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="305"/>
        <source>Enhanced authentication (AUTH packets), e.g. SCRAM-SHA-256.</source>
        <translation>拡張認証（AUTH パケット）、例：SCRAM-SHA-256。</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="306"/>
        <source>A&amp;uthentication method:</source>
        <translation>認証方式(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="318"/>
        <source>Authentication d&amp;ata:</source>
        <translation>認証データ(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="331"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="331"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="334"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="336"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="359"/>
        <source>User properties:</source>
        <translation>ユーザープロパティ：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="367"/>
        <source>Send a will message when the connection is lost</source>
        <translation>接続が切れたときにウィルメッセージを送信する</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="369"/>
        <source>e.g. devices/sensor-1/status</source>
        <translation>例：devices/sensor-1/status</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="370"/>
        <source>&amp;Topic:</source>
        <translation>トピック(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="383"/>
        <source>&amp;Payload:</source>
        <translation>ペイロード(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="389"/>
        <source>0 — at most once</source>
        <translation>0 — 最大 1 回</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="389"/>
        <source>1 — at least once</source>
        <translation>1 — 最低 1 回</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="389"/>
        <source>2 — exactly once</source>
        <translation>2 — 正確に 1 回</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="390"/>
        <source>&amp;QoS:</source>
        <translation>QoS(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="391"/>
        <source>Retain</source>
        <translation>保持</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="399"/>
        <source>Will &amp;delay (5.0):</source>
        <translation>ウィル遅延（5.0）(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="401"/>
        <source>Never</source>
        <translation>無期限</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="402"/>
        <source>Message e&amp;xpiry (5.0):</source>
        <translation>メッセージ有効期限（5.0）(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="403"/>
        <source>e.g. application/json</source>
        <translation>例：application/json</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="404"/>
        <source>&amp;Content type (5.0):</source>
        <translation>コンテンツタイプ（5.0）(&amp;C)：</translation>
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
        <translation>接続タイムアウト(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="424"/>
        <source>Reconnect automatically when the connection is lost</source>
        <translation>接続が切れたときに自動で再接続する</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="428"/>
        <source>&amp;First delay:</source>
        <translation>最初の遅延(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="431"/>
        <source>&amp;Longest delay:</source>
        <translation>最長の遅延(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="434"/>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="435"/>
        <source>Each delay is the previous one times this, up to the longest delay.</source>
        <translation>各遅延は前回の遅延にこの値を掛けたもので、最長の遅延までです。</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="436"/>
        <source>Delay &amp;multiplier:</source>
        <translation>遅延の倍率(&amp;M)：</translation>
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
        <translation>各遅延はランダムに最大この分だけ長く、または短くなります。</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="442"/>
        <source>&amp;Jitter:</source>
        <translation>ジッター(&amp;J)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="444"/>
        <source>Keep trying</source>
        <translation>試行し続ける</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="445"/>
        <source>&amp;Attempts:</source>
        <translation>試行回数(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>Signalbox::ConnectionPage</name>
    <message>
        <location filename="../ui/connectionpage.cpp" line="96"/>
        <source>Certificate verification is off for this connection.</source>
        <translation>この接続では証明書の検証がオフになっています。</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="114"/>
        <source>Messages arrive faster than the window can show them. Signalbox stops reading from the broker until it has caught up; no message is lost.</source>
        <translation>メッセージの到着がウィンドウの表示より速くなっています。Signalbox は追いつくまでブローカーからの読み取りを止めます。メッセージが失われることはありません。</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="120"/>
        <source>log in memory only</source>
        <translation>ログはメモリのみ</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectionpage.cpp" line="156"/>
        <source>Every packet is recorded, also while this tab is closed; under a flood, PUBLISH and its acknowledgements only %n a second.</source>
        <translation>
            <numerusform>このタブを閉じている間もすべてのパケットを記録します。大量受信時は、PUBLISH とその確認応答を毎秒 %n 件までに限ります。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="191"/>
        <source>Payload</source>
        <translation>ペイロード</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="192"/>
        <source>Packets</source>
        <translation>パケット</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="214"/>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="214"/>
        <source>Topics</source>
        <translation>トピック</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="214"/>
        <source>Traffic</source>
        <translation>トラフィック</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="214"/>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="215"/>
        <source>Retained</source>
        <translation>保持</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="215"/>
        <source>Broker</source>
        <translation>ブローカー</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="215"/>
        <source>Sparkplug</source>
        <translation>Sparkplug</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="255"/>
        <source>The message log keeps every payload in memory from now on; nothing is lost.</source>
        <translation>メッセージログは今後すべてのペイロードをメモリに保持します。何も失われません。</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="262"/>
        <source>reconnecting in %1 s (attempt %2)</source>
        <translation>%1 秒後に再接続（%2 回目の試行）</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="299"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="402"/>
        <source>falling behind: %L1 waiting</source>
        <translation>遅延中：%L1 件待機</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectionpage.cpp" line="410"/>
        <source>%n message(s) queued until connected</source>
        <translation>
            <numerusform>%n 件のメッセージが接続待ち</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="476"/>
        <source>granted QoS %1</source>
        <translation>許可された QoS %1</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="532"/>
        <source>connected to %1</source>
        <translation>%1 に接続中</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="533"/>
        <location filename="../ui/connectionpage.cpp" line="545"/>
        <source>Disconnect</source>
        <translation>切断</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="536"/>
        <source>connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="537"/>
        <location filename="../ui/connectionpage.cpp" line="541"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="540"/>
        <source>reconnecting to %1…</source>
        <translation>%1 に再接続しています…</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="544"/>
        <source>disconnecting…</source>
        <translation>切断しています…</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="548"/>
        <source>not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="549"/>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
</context>
<context>
    <name>Signalbox::ConnectionSidebar</name>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="182"/>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="183"/>
        <source>New connection (Ctrl+N)</source>
        <translation>新しい接続（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="184"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="185"/>
        <source>Edit the connection</source>
        <translation>接続を編集</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="184"/>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="185"/>
        <source>Duplicate the connection</source>
        <translation>接続を複製</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="184"/>
        <location filename="../ui/connectionsidebar.cpp" line="423"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="186"/>
        <source>Delete the connection</source>
        <translation>接続を削除</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="241"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectionsidebar.cpp" line="242"/>
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n 件の接続</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectionsidebar.cpp" line="267"/>
        <source>Messages received per second, over the last %n second(s)</source>
        <translation>
            <numerusform>1 秒あたりの受信メッセージ数（直近 %n 秒間）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="287"/>
        <source>%L1 msg/s</source>
        <translation>%L1 件/秒</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="370"/>
        <location filename="../ui/connectionsidebar.cpp" line="374"/>
        <source>New group</source>
        <translation>新しいグループ</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="370"/>
        <location filename="../ui/connectionsidebar.cpp" line="387"/>
        <source>Group name:</source>
        <translation>グループ名：</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="374"/>
        <location filename="../ui/connectionsidebar.cpp" line="391"/>
        <source>There is already a group “%1”.</source>
        <translation>グループ「%1」はすでにあります。</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="387"/>
        <location filename="../ui/connectionsidebar.cpp" line="391"/>
        <source>Rename group</source>
        <translation>グループ名の変更</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="399"/>
        <source>Delete the group “%1”?</source>
        <translation>グループ「%1」を削除しますか？</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectionsidebar.cpp" line="400"/>
        <source>Delete the group “%1”? Its %n connection(s) will move to no group.</source>
        <translation>
            <numerusform>グループ「%1」を削除しますか？その %n 件の接続はグループなしになります。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="401"/>
        <location filename="../ui/connectionsidebar.cpp" line="429"/>
        <source>Delete group</source>
        <translation>グループを削除</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="412"/>
        <source>New connection…</source>
        <translation>新しい接続…</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="414"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="415"/>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="416"/>
        <source>Move to group</source>
        <translation>グループへ移動</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="417"/>
        <source>(no group)</source>
        <translation>（グループなし）</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="421"/>
        <location filename="../ui/connectionsidebar.cpp" line="426"/>
        <source>New group…</source>
        <translation>新しいグループ…</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="428"/>
        <source>Rename group…</source>
        <translation>グループ名の変更…</translation>
    </message>
</context>
<context>
    <name>Signalbox::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="82"/>
        <source>No keychain: passwords are kept until you quit</source>
        <translation>キーチェーンなし: パスワードは終了するまで保持されます</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="147"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="148"/>
        <source>&amp;New connection…</source>
        <translation>新しい接続(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149"/>
        <source>Connect to &amp;URL…</source>
        <translation>URL に接続(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="150"/>
        <source>&amp;Import connections…</source>
        <translation>接続をインポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="151"/>
        <source>&amp;Export connections…</source>
        <translation>接続をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="153"/>
        <source>&amp;Back up everything…</source>
        <translation>すべてをバックアップ(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="154"/>
        <source>&amp;Restore from backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="156"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161"/>
        <source>&amp;Connection</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>&amp;Connect or disconnect</source>
        <translation>接続/切断(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="167"/>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="171"/>
        <source>&amp;Subscribe…</source>
        <translation>購読(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="176"/>
        <source>&amp;Find in messages</source>
        <translation>メッセージを検索(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="180"/>
        <source>C&amp;lear messages</source>
        <translation>メッセージを消去(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="184"/>
        <source>&amp;Publish</source>
        <translation>発行(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="189"/>
        <source>Payload &amp;decoders…</source>
        <translation>ペイロードデコーダー(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="197"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="198"/>
        <source>Zoom &amp;in</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="200"/>
        <source>Zoom &amp;out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="201"/>
        <source>&amp;Actual size</source>
        <translation>実際のサイズ(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="216"/>
        <source>Message log &amp;capacity…</source>
        <translation>メッセージログの容量(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="218"/>
        <source>Message log capacity</source>
        <translation>メッセージログの容量</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="219"/>
        <source>Messages kept per connection (the oldest go first):</source>
        <translation>接続ごとに保持するメッセージ数（古いものから削除）：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="224"/>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="225"/>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="228"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244"/>
        <source>System (%1)</source>
        <translation>システム（%1）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="252"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="253"/>
        <source>&amp;Welcome page</source>
        <translation>ようこそページ(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="255"/>
        <source>&amp;About Signalbox</source>
        <translation>Signalbox について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="256"/>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="280"/>
        <source>About Signalbox</source>
        <translation>Signalbox について</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="281"/>
        <source>&lt;h3&gt;Signalbox %1&lt;/h3&gt;&lt;p&gt;A native desktop MQTT client: MQTT 3.1, 3.1.1 and 5.0 over TCP, TLS and WebSocket.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License, version 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Signalbox %1&lt;/h3&gt;&lt;p&gt;ネイティブのデスクトップ MQTT クライアント：TCP、TLS、WebSocket 上の MQTT 3.1、3.1.1、5.0 に対応。&lt;/p&gt;&lt;p&gt;Qt %2 でビルド、Qt %3 で実行中。&lt;/p&gt;&lt;p&gt;Apache License 2.0 の下でライセンスされています。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="320"/>
        <source>Not a broker URL: %1</source>
        <translation>ブローカーの URL ではありません：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="335"/>
        <location filename="../ui/mainwindow.cpp" line="342"/>
        <source>Connect to URL</source>
        <translation>URL に接続</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="336"/>
        <source>Broker URL (mqtt://, mqtts://, ws://, wss://):</source>
        <translation>ブローカーの URL（mqtt://、mqtts://、ws://、wss://）：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="348"/>
        <location filename="../ui/mainwindow.cpp" line="354"/>
        <source>Zoom %1%</source>
        <translation>ズーム %1%</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="441"/>
        <source>New connection</source>
        <translation>新しい接続</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="487"/>
        <source>Delete connection</source>
        <translation>接続を削除</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="487"/>
        <source>Delete the connection “%1”?</source>
        <translation>接続「%1」を削除しますか？</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="503"/>
        <location filename="../ui/mainwindow.cpp" line="509"/>
        <location filename="../ui/mainwindow.cpp" line="524"/>
        <source>Import connections</source>
        <translation>接続をインポート</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="504"/>
        <source>Connections (*.json);;All files (*)</source>
        <translation>接続 (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="509"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="525"/>
        <source>%1 holds no connections Signalbox can read: %2</source>
        <translation>%1 には Signalbox が読み込める接続がありません：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="536"/>
        <source>Imported %n connection(s).</source>
        <translation>
            <numerusform>%n 件の接続をインポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="542"/>
        <location filename="../ui/mainwindow.cpp" line="547"/>
        <source>Export connections</source>
        <translation>接続をエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="542"/>
        <source>Connections (*.json)</source>
        <translation>接続 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="547"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません：%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="550"/>
        <source>Exported to %1 (without passwords).</source>
        <translation>%1 にエクスポートしました（パスワードは含みません）。</translation>
    </message>
</context>
<context>
    <name>Signalbox::MessageLogView</name>
    <message>
        <location filename="../ui/messagelogdelegates.cpp" line="125"/>
        <source>retained</source>
        <translation>保持</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="227"/>
        <source>Messages shown / stored</source>
        <translation>表示中 / 保存済みのメッセージ</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="228"/>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="229"/>
        <source>Remove every message from the log</source>
        <translation>ログからすべてのメッセージを削除</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="230"/>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="231"/>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="232"/>
        <source>↓ Jump to latest</source>
        <translation>↓ 最新へ移動</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="233"/>
        <source>The log stopped following new messages when you scrolled away; this goes back to the newest and follows again.</source>
        <translation>スクロールして離れると、ログは新しいメッセージを追わなくなります。このボタンで最新に戻り、再び追従します。</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="235"/>
        <source>Received</source>
        <translation>受信</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="236"/>
        <source>Show received messages</source>
        <translation>受信したメッセージを表示</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="237"/>
        <source>Sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="238"/>
        <source>Show sent messages</source>
        <translation>送信したメッセージを表示</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="240"/>
        <source>Only messages that matched this subscription</source>
        <translation>この購読に一致したメッセージだけ</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="499"/>
        <source>Topic filter, e.g. sensors/+/temperature</source>
        <translation>トピックフィルター（例：sensors/+/temperature）</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="242"/>
        <source>Search topic and payload</source>
        <translation>トピックとペイロードを検索</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="243"/>
        <source>Regular expression</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="244"/>
        <source>Match case</source>
        <translation>大文字と小文字を区別</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="245"/>
        <location filename="../ui/messagelogview.cpp" line="746"/>
        <source>Export</source>
        <translation>エクスポート</translation>
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
        <translation>JSON 配列</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="308"/>
        <source>Shown messages as %1…</source>
        <translation>表示中のメッセージを %1 で…</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="309"/>
        <source>All messages as %1…</source>
        <translation>すべてのメッセージを %1 で…</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="460"/>
        <source>Acknowledged %1 ms</source>
        <translation>確認済み %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="239"/>
        <location filename="../ui/messagelogview.cpp" line="526"/>
        <source>All subscriptions</source>
        <translation>すべての購読</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="502"/>
        <source>Topic filter</source>
        <translation>トピックフィルター</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="635"/>
        <source>▶ Resume (%L1 new)</source>
        <translation>▶ 再開（新着 %L1 件）</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="636"/>
        <source>The log is paused: new messages are kept but not shown. Resume shows them all.</source>
        <translation>ログは一時停止中です。新しいメッセージは保持されますが表示されません。再開するとすべて表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="640"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="641"/>
        <source>Hold the log still to read it; messages that arrive meanwhile are kept and counted.</source>
        <translation>ログを止めて読めるようにします。その間に届いたメッセージは保持され、件数が表示されます。</translation>
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
        <translation>%1 を書き込めません：%2。</translation>
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
        <translation>メッセージのエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="765"/>
        <source>Exporting %L1 messages…</source>
        <translation>%L1 件のメッセージをエクスポートしています…</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="765"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="837"/>
        <source>Copy topic</source>
        <translation>トピックをコピー</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="838"/>
        <source>Copy payload</source>
        <translation>ペイロードをコピー</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="842"/>
        <source>Compare with previous</source>
        <translation>前のメッセージと比較</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="863"/>
        <source>Compare with previous — %1</source>
        <translation>前のメッセージと比較 — %1</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="865"/>
        <source>Previous message at %1, this message at %2</source>
        <translation>前のメッセージは %1、このメッセージは %2</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="873"/>
        <source>&lt;p&gt;The payloads are the same.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ペイロードは同じです。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Signalbox::PayloadBindingsDialog</name>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="151"/>
        <source>Payload decoders</source>
        <translation>ペイロードデコーダー</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="152"/>
        <source>Decode payloads with your Protobuf or Avro schema, check them against a JSON Schema, or turn them into something else with a script, each on the topics of a filter. Sparkplug B payloads (spBv1.0/…) are always decoded.</source>
        <translation>Protobuf または Avro スキーマでペイロードをデコードしたり、JSON Schema で検証したり、スクリプトで別の形に変換したりできます。いずれもフィルターに一致するトピックごとに設定します。Sparkplug B ペイロード（spBv1.0/…）は常にデコードされます。</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="156"/>
        <source>On</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="156"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="156"/>
        <source>Topic filter</source>
        <translation>トピックフィルター</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="156"/>
        <source>Schema or script</source>
        <translation>スキーマまたはスクリプト</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="156"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="157"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="158"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="160"/>
        <source>Protobuf schema (.proto)</source>
        <translation>Protobuf スキーマ（.proto）</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="161"/>
        <source>Avro schema (.avsc)</source>
        <translation>Avro スキーマ（.avsc）</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="162"/>
        <source>JSON Schema</source>
        <translation>JSON Schema</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="163"/>
        <source>Script (JavaScript)</source>
        <translation>スクリプト（JavaScript）</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="164"/>
        <source>Topic filter:</source>
        <translation>トピックフィルター：</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="165"/>
        <source>sensors/+/reading</source>
        <translation>sensors/+/reading</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="166"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="167"/>
        <source>Message type:</source>
        <translation>メッセージ型：</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="168"/>
        <source>Import folders:</source>
        <translation>インポートフォルダー：</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="169"/>
        <source>where the file&apos;s imports are, separated by ;</source>
        <translation>ファイルのインポート元のフォルダー（; 区切り）</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="170"/>
        <source>Use it</source>
        <translation>使用する</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="172"/>
        <source>Test: the payload on the left goes through receive(); what it returns is on the right.</source>
        <translation>テスト：左のペイロードを receive() に渡し、その戻り値を右に表示します。</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="173"/>
        <source>Topic:</source>
        <translation>トピック：</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="174"/>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="175"/>
        <source>The output, or the error with its line</source>
        <translation>出力、または行番号付きのエラー</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="205"/>
        <source>Protobuf files (*.proto);;All files (*)</source>
        <translation>Protobuf ファイル (*.proto);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="208"/>
        <source>Avro schemas (*.avsc *.json);;All files (*)</source>
        <translation>Avro スキーマ (*.avsc *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="211"/>
        <source>JSON Schemas (*.json);;All files (*)</source>
        <translation>JSON Schema (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="214"/>
        <source>JavaScript (*.js);;All files (*)</source>
        <translation>JavaScript (*.js);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="217"/>
        <source>Choose the file</source>
        <translation>ファイルを選択</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="268"/>
        <source>Not used</source>
        <translation>未使用</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="272"/>
        <source>Ready: try it with Run</source>
        <translation>準備完了：「実行」で試せます</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="274"/>
        <source>Loads</source>
        <translation>読み込み成功</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="320"/>
        <source>Add a schema or a script to decode payloads on the topics of a filter.</source>
        <translation>スキーマまたはスクリプトを追加すると、フィルターに一致するトピックのペイロードをデコードできます。</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="338"/>
        <source>.proto file:</source>
        <translation>.proto ファイル：</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="341"/>
        <source>Avro schema:</source>
        <translation>Avro スキーマ：</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="344"/>
        <source>JSON Schema:</source>
        <translation>JSON Schema：</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="347"/>
        <source>Script file:</source>
        <translation>スクリプトファイル：</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="348"/>
        <source>or write it below</source>
        <translation>または下に記述</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="444"/>
        <source>Running…</source>
        <translation>実行中…</translation>
    </message>
</context>
<context>
    <name>Signalbox::PayloadViewer</name>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="114"/>
        <location filename="../ui/payloadviewer.cpp" line="148"/>
        <source>Tree</source>
        <translation>ツリー</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="115"/>
        <location filename="../ui/payloadviewer.cpp" line="149"/>
        <source>Show all</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="150"/>
        <source>How to show the payload</source>
        <translation>ペイロードの表示方法</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="151"/>
        <source>Show JSON as a collapsible tree</source>
        <translation>JSON を折りたためるツリーで表示</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="152"/>
        <source>Find in payload, or a JSON path: $.a.b</source>
        <translation>ペイロード内を検索、または JSON パス：$.a.b</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="153"/>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="153"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="160"/>
        <location filename="../ui/payloadviewer.cpp" line="283"/>
        <source>Choose a message to see its payload here.</source>
        <translation>メッセージを選ぶと、ここにペイロードが表示されます。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payloadviewer.cpp" line="256"/>
        <source>This payload breaks its JSON Schema (%n violation(s)):</source>
        <translation>
            <numerusform>このペイロードは JSON Schema に違反しています（%n 件）：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="258"/>
        <location filename="../ui/payloadviewer.cpp" line="347"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="260"/>
        <source>This payload meets its JSON Schema.</source>
        <translation>このペイロードは JSON Schema に適合しています。</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="377"/>
        <source>Showing %1 of %2</source>
        <translation>%2 のうち %1 を表示</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="373"/>
        <location filename="../ui/payloadviewer.cpp" line="379"/>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="394"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="394"/>
        <source>only the first %1 items are shown</source>
        <translation>最初の %1 項目だけを表示しています</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="501"/>
        <source>not JSON</source>
        <translation>JSON ではありません</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="518"/>
        <source>no such field</source>
        <translation>該当するフィールドなし</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="538"/>
        <source>no match</source>
        <translation>一致なし</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="541"/>
        <source>%1 of %2</source>
        <translation>%2 件中 %1 件目</translation>
    </message>
</context>
<context>
    <name>Signalbox::PublishPanel</name>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1038"/>
        <source>Topic, e.g. sensors/kitchen/temp</source>
        <translation>トピック（例：sensors/kitchen/temp）</translation>
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
        <translation>サービス品質</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="115"/>
        <location filename="../ui/publishpanel.cpp" line="1027"/>
        <source>Retain</source>
        <translation>保持</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="121"/>
        <location filename="../ui/publishpanel.cpp" line="1030"/>
        <source>Text</source>
        <translation>テキスト</translation>
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
        <translation>ペイロードの入力形式</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="127"/>
        <location filename="../ui/publishpanel.cpp" line="1035"/>
        <source>Format</source>
        <translation>整形</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1041"/>
        <source>Re-indent the JSON</source>
        <translation>JSON をインデントし直す</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1042"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1043"/>
        <source>Recall a message sent before</source>
        <translation>以前に送ったメッセージを呼び出す</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1044"/>
        <source>Payload (Ctrl+Enter sends)</source>
        <translation>ペイロード（Ctrl+Enter で送信）</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="143"/>
        <location filename="../ui/publishpanel.cpp" line="567"/>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="568"/>
        <location filename="../ui/publishpanel.cpp" line="1045"/>
        <source>Publish (Ctrl+Enter)</source>
        <translation>発行（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1046"/>
        <source>Saved</source>
        <translation>保存済み</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1047"/>
        <source>Load a message saved under a name</source>
        <translation>名前を付けて保存したメッセージを読み込む</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1048"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1049"/>
        <source>Save this message under a name</source>
        <translation>このメッセージに名前を付けて保存</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="246"/>
        <source>Rename…</source>
        <translation>名前の変更…</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="246"/>
        <source>Rename “%1”…</source>
        <translation>「%1」の名前を変更…</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="247"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="247"/>
        <source>Delete “%1”</source>
        <translation>「%1」を削除</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="252"/>
        <location filename="../ui/publishpanel.cpp" line="1037"/>
        <source>Repeat</source>
        <translation>繰り返し</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1050"/>
        <source>Publish the message again and again. {n} in the topic or in a text or JSON payload becomes the message&apos;s number: 1, 2, 3 …</source>
        <translation>メッセージを繰り返し発行します。トピックやテキスト・JSON ペイロード内の {n} はメッセージの番号（1、2、3 …）に置き換わります。</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1052"/>
        <source>every </source>
        <translation>間隔 </translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1053"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1054"/>
        <source>Time between two messages</source>
        <translation>メッセージ間の時間間隔</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1055"/>
        <source>forever</source>
        <translation>無制限</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1056"/>
        <source> times</source>
        <translation> 回</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1057"/>
        <source>How many messages; 0 sends until stopped</source>
        <translation>送信するメッセージ数。0 にすると停止するまで送信します</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="274"/>
        <location filename="../ui/publishpanel.cpp" line="792"/>
        <location filename="../ui/publishpanel.cpp" line="795"/>
        <source>sent %L1 of %L2</source>
        <translation>%L2 件中 %L1 件送信</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="303"/>
        <location filename="../ui/publishpanel.cpp" line="384"/>
        <location filename="../ui/publishpanel.cpp" line="1058"/>
        <source>MQTT 5 properties</source>
        <translation>MQTT 5 プロパティ</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1059"/>
        <source>e.g. application/json</source>
        <translation>例：application/json</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="309"/>
        <location filename="../ui/publishpanel.cpp" line="385"/>
        <source>UTF-8 text</source>
        <translation>UTF-8 テキスト</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1060"/>
        <source>Payload Format Indicator: the payload is UTF-8 text</source>
        <translation>Payload Format Indicator：ペイロードは UTF-8 テキスト</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1061"/>
        <source>Never</source>
        <translation>無期限</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1062"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1063"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1064"/>
        <source>Correlation data, sent as the UTF-8 bytes of this text</source>
        <translation>相関データ。このテキストの UTF-8 バイトとして送信されます</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="329"/>
        <location filename="../ui/publishpanel.cpp" line="386"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="329"/>
        <location filename="../ui/publishpanel.cpp" line="386"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="337"/>
        <location filename="../ui/publishpanel.cpp" line="387"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="338"/>
        <location filename="../ui/publishpanel.cpp" line="388"/>
        <source>Add a user property</source>
        <translation>ユーザープロパティを追加</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="341"/>
        <location filename="../ui/publishpanel.cpp" line="389"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="342"/>
        <location filename="../ui/publishpanel.cpp" line="390"/>
        <source>Remove the selected user properties</source>
        <translation>選択したユーザープロパティを削除</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="375"/>
        <location filename="../ui/publishpanel.cpp" line="392"/>
        <source>Content type:</source>
        <translation>コンテンツタイプ：</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="376"/>
        <location filename="../ui/publishpanel.cpp" line="392"/>
        <source>Payload format:</source>
        <translation>ペイロード形式：</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="377"/>
        <location filename="../ui/publishpanel.cpp" line="393"/>
        <source>Message expiry:</source>
        <translation>メッセージ有効期限：</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="378"/>
        <location filename="../ui/publishpanel.cpp" line="393"/>
        <source>Topic alias:</source>
        <translation>トピックエイリアス：</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="379"/>
        <location filename="../ui/publishpanel.cpp" line="394"/>
        <source>Response topic:</source>
        <translation>レスポンストピック：</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="380"/>
        <location filename="../ui/publishpanel.cpp" line="394"/>
        <source>Correlation data:</source>
        <translation>相関データ：</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="381"/>
        <source>User properties:</source>
        <translation>ユーザープロパティ：</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="469"/>
        <source>Invalid JSON at line %1, column %2: %3</source>
        <translation>%1 行 %2 列の JSON が無効です：%3</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="517"/>
        <source>Response topic: %1</source>
        <translation>レスポンストピック：%1</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="523"/>
        <source>The payload is marked as UTF-8 text but is not valid UTF-8.</source>
        <translation>ペイロードは UTF-8 テキストとしてマークされていますが、有効な UTF-8 ではありません。</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="529"/>
        <source>User property %1 has a value but no name.</source>
        <translation>ユーザープロパティ %1 に値がありますが、名前がありません。</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="561"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="562"/>
        <source>Stop repeating (Ctrl+Enter)</source>
        <translation>繰り返しを停止（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="567"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="569"/>
        <source>Start repeating (Ctrl+Enter)</source>
        <translation>繰り返しを開始（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="570"/>
        <source>Connect to start repeating</source>
        <translation>繰り返しを開始するには接続してください</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="697"/>
        <source>Encode the JSON as %1</source>
        <translation>JSON を %1 としてエンコード</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="698"/>
        <source>The payload is JSON: it is sent in the binary form that the schema bound to this topic describes (Connection ▸ Payload decoders…)</source>
        <translation>ペイロードは JSON です。このトピックに割り当てたスキーマが定めるバイナリ形式で送信します（接続 ▸ ペイロードデコーダー…）</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="702"/>
        <source>Before it is sent, the payload goes through publish() (%1).</source>
        <translation>送信前に、ペイロードは publish()（%1）で処理されます。</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="718"/>
        <source>stopped: %1</source>
        <translation>停止：%1</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="719"/>
        <source>Not sent: %1</source>
        <translation>未送信：%1</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="782"/>
        <source>stopped after %L1: %2</source>
        <translation>%L1 件送信後に停止：%2</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="796"/>
        <source>sent %L1</source>
        <translation>%L1 件送信</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="803"/>
        <source>stopped after %L1 of %L2</source>
        <translation>%L2 件中 %L1 件送信後に停止</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="804"/>
        <source>stopped after %L1</source>
        <translation>%L1 件送信後に停止</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="822"/>
        <source>stopped after %L1: not connected</source>
        <translation>%L1 件送信後に停止：未接続</translation>
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
        <translation>%1（QoS %2%3）
%4</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="841"/>
        <source>, retained</source>
        <translation>、保持</translation>
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
        <translation>メッセージを保存</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="960"/>
        <source>Name (a saved message of this name is replaced):</source>
        <translation>名前（同じ名前の保存メッセージは置き換えられます）：</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="975"/>
        <source>Rename Saved Message</source>
        <translation>保存メッセージの名前を変更</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="976"/>
        <source>New name:</source>
        <translation>新しい名前：</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="982"/>
        <source>There is already a saved message named “%1”. New name:</source>
        <translation>「%1」という名前の保存メッセージはすでにあります。新しい名前：</translation>
    </message>
</context>
<context>
    <name>Signalbox::RetainedManager</name>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="43"/>
        <location filename="../ui/retainedmanager.cpp" line="56"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="45"/>
        <location filename="../ui/retainedmanager.cpp" line="58"/>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="47"/>
        <location filename="../ui/retainedmanager.cpp" line="60"/>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="49"/>
        <location filename="../ui/retainedmanager.cpp" line="61"/>
        <source>%1 d</source>
        <translation>%1 日</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="195"/>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="197"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="199"/>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="201"/>
        <source>Age</source>
        <translation>経過時間</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="203"/>
        <source>Expires in</source>
        <translation>残り有効期間</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="205"/>
        <source>Payload</source>
        <translation>ペイロード</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="223"/>
        <location filename="../ui/retainedmanager.cpp" line="278"/>
        <source>Scan</source>
        <translation>スキャン</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="226"/>
        <location filename="../ui/retainedmanager.cpp" line="279"/>
        <source>Check all</source>
        <translation>すべてチェック</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="227"/>
        <location filename="../ui/retainedmanager.cpp" line="280"/>
        <source>Uncheck all</source>
        <translation>すべてのチェックを外す</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="228"/>
        <location filename="../ui/retainedmanager.cpp" line="412"/>
        <source>Clear checked…</source>
        <translation>チェックした項目を消去…</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="229"/>
        <location filename="../ui/retainedmanager.cpp" line="281"/>
        <source>Restore from file…</source>
        <translation>ファイルから復元…</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="275"/>
        <source>Topic filter, e.g. sensors/#</source>
        <translation>トピックフィルター（例：sensors/#）</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="276"/>
        <source>Check topics matching a filter</source>
        <translation>フィルターに一致するトピックをチェック</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="277"/>
        <source>Filter:</source>
        <translation>フィルター：</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="389"/>
        <source>A shared subscription receives no retained messages.</source>
        <translation>共有購読は保持メッセージを受信しません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="412"/>
        <source>Clear %n checked…</source>
        <translation>
            <numerusform>チェックした %n 件を消去…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="431"/>
        <source>Cannot scan: %1</source>
        <translation>スキャンできません：%1</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="435"/>
        <source>No connection to scan.</source>
        <translation>スキャンする接続がありません。</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="441"/>
        <source>Scanning %1…</source>
        <translation>%1 をスキャンしています…</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="487"/>
        <source>Clear retained messages</source>
        <translation>保持メッセージを消去</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="488"/>
        <source>Clear %n retained message(s)? Each topic gets an empty retained message.
First they are saved to this restore file, from which they can be published again:</source>
        <translation>
            <numerusform>%n 件の保持メッセージを消去しますか？各トピックには空の保持メッセージが送られます。
消去の前にこの復元ファイルに保存され、そこから再び発行できます：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="494"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="496"/>
        <source>Restore file</source>
        <translation>復元ファイル</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="497"/>
        <location filename="../ui/retainedmanager.cpp" line="547"/>
        <source>Retained messages (*.json)</source>
        <translation>保持メッセージ (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="502"/>
        <source>Clear %n</source>
        <translation>
            <numerusform>%n 件を消去</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="520"/>
        <source>Saving %1 and clearing %n retained message(s)…</source>
        <translation>
            <numerusform>%1 を保存し、%n 件の保持メッセージを消去しています…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="531"/>
        <source>Restoring from %1…</source>
        <translation>%1 から復元しています…</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="546"/>
        <source>Restore retained messages</source>
        <translation>保持メッセージを復元</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="596"/>
        <source>Scanning %1… %n retained message(s) so far.</source>
        <translation>
            <numerusform>%1 をスキャンしています… これまでに %n 件の保持メッセージ。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="598"/>
        <source>%n acknowledged…</source>
        <translation>
            <numerusform>%n 件確認済み…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="608"/>
        <source>%n retained message(s) under %1</source>
        <translation>
            <numerusform>%1 の下に %n 件の保持メッセージ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="612"/>
        <source>Stopped at %n message(s); narrow the filter to see the rest.</source>
        <translation>
            <numerusform>%n 件のメッセージで停止しました。残りを見るにはフィルターを絞り込んでください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="626"/>
        <source>Cleared %n retained message(s).</source>
        <translation>
            <numerusform>%n 件の保持メッセージを消去しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="628"/>
        <source>Cleared %1; %n failed: %2</source>
        <translation>
            <numerusform>%1 件を消去しました。%n 件は失敗：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="639"/>
        <source>Restored %n retained message(s).</source>
        <translation>
            <numerusform>%n 件の保持メッセージを復元しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="641"/>
        <source>Restored %1; %n failed: %2</source>
        <translation>
            <numerusform>%1 件を復元しました。%n 件は失敗：%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::SparkplugView</name>
    <message>
        <location filename="../ui/sparkplugview.cpp" line="170"/>
        <source>Filter groups, nodes, devices and metrics</source>
        <translation>グループ、ノード、デバイス、メトリックで絞り込み</translation>
    </message>
    <message>
        <location filename="../ui/sparkplugview.cpp" line="171"/>
        <source>Request rebirth</source>
        <translation>Rebirth を要求</translation>
    </message>
    <message>
        <location filename="../ui/sparkplugview.cpp" line="172"/>
        <source>Sends the selected edge node an NCMD with Node Control/Rebirth, which asks it to publish its birth certificates again.</source>
        <translation>選択したエッジノードに Node Control/Rebirth を含む NCMD を送信し、バース証明書を再発行するよう要求します。</translation>
    </message>
    <message>
        <location filename="../ui/sparkplugview.cpp" line="174"/>
        <location filename="../ui/sparkplugview.cpp" line="176"/>
        <source>Plot</source>
        <translation>プロット</translation>
    </message>
    <message>
        <location filename="../ui/sparkplugview.cpp" line="175"/>
        <source>Charts the selected metric&apos;s values from its node&apos;s NDATA or its device&apos;s DDATA.</source>
        <translation>選択したメトリックの値を、ノードの NDATA またはデバイスの DDATA からチャートに描きます。</translation>
    </message>
    <message>
        <location filename="../ui/sparkplugview.cpp" line="177"/>
        <source>Issues, newest first</source>
        <translation>問題（新しい順）</translation>
    </message>
    <message>
        <location filename="../ui/sparkplugview.cpp" line="178"/>
        <source>What broke the Sparkplug specification: choose one to select its node.</source>
        <translation>Sparkplug 仕様に違反した内容です。選ぶとそのノードを選択します。</translation>
    </message>
</context>
<context>
    <name>Signalbox::SubscriptionPanel</name>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="258"/>
        <source>Topic filter, e.g. sensors/+/temp</source>
        <translation>トピックフィルター（例：sensors/+/temp）</translation>
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
        <translation>最大サービス品質</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="684"/>
        <source>Colour of this subscription&apos;s messages</source>
        <translation>この購読のメッセージの色</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="142"/>
        <location filename="../ui/subscriptionpanel.cpp" line="671"/>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="259"/>
        <source>Alias (optional)</source>
        <translation>エイリアス（任意）</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="147"/>
        <location filename="../ui/subscriptionpanel.cpp" line="672"/>
        <source>Subscribe</source>
        <translation>購読</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="682"/>
        <source>A topic filter, e.g. sensors/+/temp; several separated by commas: a/b, c/#</source>
        <translation>トピックフィルター（例：sensors/+/temp）。複数はカンマで区切ります：a/b, c/#</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="685"/>
        <source>A name shown instead of the filter (optional)</source>
        <translation>フィルターの代わりに表示する名前（任意）</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="686"/>
        <source>Subscribe to the broker&apos;s own statistics ($SYS/#)</source>
        <translation>ブローカー自身の統計を購読（$SYS/#）</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="687"/>
        <source>MQTT 5 options</source>
        <translation>MQTT 5 オプション</translation>
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
        <translation>この接続が発行したメッセージを受信しない</translation>
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
        <translation>発行者が設定した保持フラグを維持する</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="169"/>
        <location filename="../ui/subscriptionpanel.cpp" line="675"/>
        <source>0: send retained messages</source>
        <translation>0：保持メッセージを送信</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="169"/>
        <location filename="../ui/subscriptionpanel.cpp" line="675"/>
        <source>1: send if the subscription is new</source>
        <translation>1：新しい購読のときだけ送信</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="170"/>
        <location filename="../ui/subscriptionpanel.cpp" line="676"/>
        <source>2: never send retained messages</source>
        <translation>2：保持メッセージを送信しない</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="690"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="181"/>
        <location filename="../ui/subscriptionpanel.cpp" line="185"/>
        <source>Retain handling:</source>
        <translation>保持の扱い：</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="182"/>
        <location filename="../ui/subscriptionpanel.cpp" line="187"/>
        <source>Subscription identifier:</source>
        <translation>購読 ID：</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="258"/>
        <source>Topic filter</source>
        <translation>トピックフィルター</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="258"/>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="259"/>
        <source>Alias</source>
        <translation>エイリアス</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="410"/>
        <source>“%1” is not a valid filter: %2</source>
        <translation>「%1」は有効なフィルターではありません：%2</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="422"/>
        <source>“%1”: %2</source>
        <translation>「%1」：%2</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="485"/>
        <source>Change the colour</source>
        <translation>色を変更</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="501"/>
        <source>Unsubscribe and remove</source>
        <translation>購読解除して削除</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="502"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="545"/>
        <source>Retain handling %1</source>
        <translation>保持の扱い %1</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="547"/>
        <source>Subscription identifier %1</source>
        <translation>購読 ID %1</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="550"/>
        <source>QoS %1</source>
        <translation>QoS %1</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="555"/>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="565"/>
        <source>Pause (unsubscribe, keep in the list)</source>
        <translation>一時停止（購読解除し、リストには残す）</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="565"/>
        <source>Resume (subscribe again)</source>
        <translation>再開（もう一度購読）</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="566"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="566"/>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="599"/>
        <location filename="../ui/subscriptionpanel.cpp" line="611"/>
        <source>Subscription Colour</source>
        <translation>購読の色</translation>
    </message>
</context>
<context>
    <name>Signalbox::TopicChartView</name>
    <message>
        <location filename="../ui/topicchartview.cpp" line="1176"/>
        <source>Topic filter, e.g. sensors/+/temperature</source>
        <translation>トピックフィルター（例：sensors/+/temperature）</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="1177"/>
        <source>JSON path (optional), e.g. data.values[0]</source>
        <translation>JSON パス（任意、例：data.values[0]）</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="1178"/>
        <source>Empty: the payload itself is the number. Otherwise the field of a JSON payload, as in temp, a.b.c, values[2] or $.a[0].b; the list holds the numeric fields of the topic&apos;s recent messages.</source>
        <translation>空欄：ペイロードそのものが数値です。それ以外は JSON ペイロードのフィールドです（temp、a.b.c、values[2]、$.a[0].b など）。リストにはこのトピックの最近のメッセージにある数値フィールドが表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="169"/>
        <location filename="../ui/topicchartview.cpp" line="322"/>
        <source>Plot</source>
        <translation>プロット</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="171"/>
        <location filename="../ui/topicchartview.cpp" line="317"/>
        <source>Topic:</source>
        <translation>トピック：</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="174"/>
        <location filename="../ui/topicchartview.cpp" line="318"/>
        <source>JSON path:</source>
        <translation>JSON パス：</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="196"/>
        <location filename="../ui/topicchartview.cpp" line="323"/>
        <source>Plot selected fields</source>
        <translation>選択したフィールドをプロット</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="198"/>
        <location filename="../ui/topicchartview.cpp" line="319"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="209"/>
        <location filename="../ui/topicchartview.cpp" line="324"/>
        <location filename="../ui/topicchartview.cpp" line="992"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="1181"/>
        <source>Freeze the chart; data keeps being collected</source>
        <translation>グラフを固定します。データの収集は続きます</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="211"/>
        <location filename="../ui/topicchartview.cpp" line="325"/>
        <source>Reset zoom</source>
        <translation>ズームをリセット</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="213"/>
        <location filename="../ui/topicchartview.cpp" line="326"/>
        <source>Export PNG…</source>
        <translation>PNG をエクスポート…</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="214"/>
        <location filename="../ui/topicchartview.cpp" line="327"/>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="215"/>
        <location filename="../ui/topicchartview.cpp" line="320"/>
        <source>Drag along the time axis or use the wheel to zoom</source>
        <translation>時間軸に沿ってドラッグするか、ホイールでズーム</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="231"/>
        <location filename="../ui/topicchartview.cpp" line="328"/>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="231"/>
        <location filename="../ui/topicchartview.cpp" line="328"/>
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="231"/>
        <location filename="../ui/topicchartview.cpp" line="328"/>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="238"/>
        <location filename="../ui/topicchartview.cpp" line="300"/>
        <location filename="../ui/topicchartview.cpp" line="321"/>
        <location filename="../ui/topicchartview.cpp" line="329"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="248"/>
        <location filename="../ui/topicchartview.cpp" line="330"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="376"/>
        <source>There is no connection to plot from.</source>
        <translation>グラフを描く接続がありません。</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="390"/>
        <source>The messages on %1 so far hold no number at this path; the line starts with the next one that does.</source>
        <translation>これまでの %1 のメッセージには、このパスに数値がありません。数値のある次のメッセージから線が始まります。</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="421"/>
        <source>(the payload)</source>
        <translation>（ペイロードそのもの）</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="422"/>
        <source>%1    latest %2</source>
        <translation>%1    最新 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topicchartview.cpp" line="427"/>
        <source>In %n of the recent messages</source>
        <translation>
            <numerusform>最近のメッセージのうち %n 件にあります</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="431"/>
        <source>The recent messages on %1 hold no numbers to plot.</source>
        <translation>%1 の最近のメッセージには、プロットできる数値がありません。</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="435"/>
        <source>The messages on %1 are JSON. Tick the fields to plot (double-click plots one):</source>
        <translation>%1 のメッセージは JSON です。プロットするフィールドにチェックを付けてください（ダブルクリックで 1 つをプロット）：</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="627"/>
        <source>Topic filter %1, JSON path %2</source>
        <translation>トピックフィルター %1、JSON パス %2</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="628"/>
        <source>(none: the payload)</source>
        <translation>（なし：ペイロードそのもの）</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="666"/>
        <source>Only the first %1 topics are plotted; %2 messages on further topics were not.</source>
        <translation>最初の %1 トピックだけをプロットしています。それ以外のトピックの %2 件のメッセージはプロットしていません。</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="324"/>
        <location filename="../ui/topicchartview.cpp" line="992"/>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="1155"/>
        <source>Export chart as PNG</source>
        <translation>グラフを PNG でエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="1156"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="1160"/>
        <source>Could not write the image to %1.</source>
        <translation>画像を %1 に書き込めませんでした。</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="1165"/>
        <source>Export chart data as CSV</source>
        <translation>グラフのデータを CSV でエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="1166"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="1170"/>
        <source>Could not write the data to %1.</source>
        <translation>データを %1 に書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>Signalbox::TopicTreeView</name>
    <message numerus="yes">
        <location filename="../ui/topictreeview.cpp" line="58"/>
        <source>(%n topic(s))</source>
        <translation>
            <numerusform>（%n トピック）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topictreeview.cpp" line="125"/>
        <location filename="../ui/topictreeview.cpp" line="182"/>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../ui/topictreeview.cpp" line="126"/>
        <location filename="../ui/topictreeview.cpp" line="183"/>
        <location filename="../ui/topictreeview.cpp" line="438"/>
        <source>Delete retained…</source>
        <translation>保持メッセージを削除…</translation>
    </message>
    <message>
        <location filename="../ui/topictreeview.cpp" line="127"/>
        <location filename="../ui/topictreeview.cpp" line="184"/>
        <location filename="../ui/topictreeview.cpp" line="436"/>
        <source>Plot</source>
        <translation>プロット</translation>
    </message>
    <message>
        <location filename="../ui/topictreeview.cpp" line="181"/>
        <source>Search topics</source>
        <translation>トピックを検索</translation>
    </message>
    <message>
        <location filename="../ui/topictreeview.cpp" line="185"/>
        <source>Chart this topic&apos;s numeric payloads</source>
        <translation>このトピックの数値ペイロードをグラフにする</translation>
    </message>
    <message>
        <location filename="../ui/topictreeview.cpp" line="388"/>
        <source>No topic selected</source>
        <translation>トピックが選択されていません</translation>
    </message>
    <message>
        <location filename="../ui/topictreeview.cpp" line="397"/>
        <source> (retained)</source>
        <translation> （保持）</translation>
    </message>
    <message>
        <location filename="../ui/topictreeview.cpp" line="435"/>
        <source>Copy topic</source>
        <translation>トピックをコピー</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topictreeview.cpp" line="456"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topictreeview.cpp" line="458"/>
        <source>Delete Retained Messages</source>
        <translation>保持メッセージの削除</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topictreeview.cpp" line="459"/>
        <source>Publish an empty retained message to %n topic(s), so the broker deletes their retained messages?</source>
        <translation>
            <numerusform>%n 個のトピックに空の保持メッセージを発行し、ブローカーに保持メッセージを削除させますか？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::TrafficView</name>
    <message>
        <location filename="../ui/trafficview.cpp" line="38"/>
        <location filename="../ui/trafficview.cpp" line="137"/>
        <source>Depth</source>
        <translation>深さ</translation>
    </message>
    <message>
        <location filename="../ui/trafficview.cpp" line="378"/>
        <source>How many topic levels make a subtree: at depth 2, a/b/c counts towards a/b/#</source>
        <translation>サブツリーを作るトピックのレベル数。深さ 2 では a/b/c は a/b/# に数えられます</translation>
    </message>
    <message>
        <location filename="../ui/trafficview.cpp" line="42"/>
        <location filename="../ui/trafficview.cpp" line="138"/>
        <source>Top</source>
        <translation>上位</translation>
    </message>
    <message>
        <location filename="../ui/trafficview.cpp" line="379"/>
        <source>How many subtrees to list; the rest are summed in &quot;(other)&quot;</source>
        <translation>一覧に表示するサブツリーの数。残りは「（その他）」に合計されます</translation>
    </message>
    <message>
        <location filename="../ui/trafficview.cpp" line="47"/>
        <location filename="../ui/trafficview.cpp" line="139"/>
        <source>Rank by</source>
        <translation>並べ替え</translation>
    </message>
    <message>
        <location filename="../ui/trafficview.cpp" line="49"/>
        <location filename="../ui/trafficview.cpp" line="140"/>
        <source>Messages/s</source>
        <translation>メッセージ/秒</translation>
    </message>
    <message>
        <location filename="../ui/trafficview.cpp" line="50"/>
        <location filename="../ui/trafficview.cpp" line="141"/>
        <source>Bytes/s</source>
        <translation>バイト/秒</translation>
    </message>
    <message>
        <location filename="../ui/trafficview.cpp" line="88"/>
        <location filename="../ui/trafficview.cpp" line="142"/>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../ui/trafficview.cpp" line="108"/>
        <source>%1: %2 messages</source>
        <translation>%1：%2 メッセージ</translation>
    </message>
    <message>
        <location filename="../ui/trafficview.cpp" line="332"/>
        <source>No connection.</source>
        <translation>接続がありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficview.cpp" line="337"/>
        <source>%1 · %2 · %n distinct topic(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n 個の異なるトピック</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficview.cpp" line="341"/>
        <source>%1 messages/s and %2 bytes/s over the last %n second(s); %3 messages and %4 bytes since the profile was cleared</source>
        <translation>
            <numerusform>直近 %n 秒間で毎秒 %1 メッセージ、%2 バイト。プロファイルの消去以降 %3 メッセージ、%4 バイト</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/trafficview.cpp" line="352"/>
        <source>Payload sizes</source>
        <translation>ペイロードサイズ</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficview.cpp" line="358"/>
        <source>Payload sizes, all topics, last %n s</source>
        <translation>
            <numerusform>ペイロードサイズ、全トピック、直近 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficview.cpp" line="361"/>
        <source>Payload sizes, %1, last %n s</source>
        <translation>
            <numerusform>ペイロードサイズ、%1、直近 %n 秒</numerusform>
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
        <translation>MQTT ブローカーに接続</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="85"/>
        <source>Choose a broker below, paste a broker&apos;s URL, or make a connection of your own. Everything you subscribe to and publish is kept with the connection.</source>
        <translation>下のブローカーを選ぶか、ブローカーの URL を貼り付けるか、自分で接続を作成してください。購読や発行の内容はすべて接続ごとに保存されます。</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="92"/>
        <source>mqtt://host:1883, mqtts://…, ws://host:8080/mqtt, wss://…</source>
        <translation>mqtt://ホスト:1883, mqtts://…, ws://ホスト:8080/mqtt, wss://…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="94"/>
        <location filename="../ui/welcomepage.cpp" line="167"/>
        <location filename="../ui/welcomepage.cpp" line="208"/>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="97"/>
        <source>Broker URL:</source>
        <translation>ブローカーの URL：</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="113"/>
        <source>On this computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="116"/>
        <source>Public test brokers</source>
        <translation>公開テストブローカー</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="117"/>
        <source>Anyone can read what is sent to these brokers: keep secrets and real data away.</source>
        <translation>これらのブローカーに送った内容は誰でも読めます。秘密の情報や実際のデータは送らないでください。</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="125"/>
        <source>New connection…</source>
        <translation>新しい接続…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="127"/>
        <source>Import connections…</source>
        <translation>接続をインポート…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="129"/>
        <source>From a Signalbox export or from MQTTX (its connections and subscriptions).</source>
        <translation>Signalbox のエクスポート、または MQTT X（接続と購読）から取り込みます。</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="160"/>
        <location filename="../ui/welcomepage.cpp" line="174"/>
        <source>Local broker</source>
        <translation>ローカルブローカー</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="166"/>
        <source>Look again</source>
        <translation>再確認</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="210"/>
        <source>Make a connection to %1 over TCP and connect; the arrow offers the other ports.</source>
        <translation>%1 への mqtt:// 接続を作成して接続します。矢印から他のポートを選べます。</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="280"/>
        <source>Looking for a broker on %1…</source>
        <translation>%1 でブローカーを探しています…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="282"/>
        <source>A broker answers on %1.</source>
        <translation>%1 でブローカーが応答しています。</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="285"/>
        <source>Nothing answers on %1. Start mosquitto (or another broker) and look again.</source>
        <translation>%1 で応答がありません。Mosquitto（または他のブローカー）を起動してから再確認してください。</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="294"/>
        <source>Type or paste a broker URL, such as mqtt://127.0.0.1:1883.</source>
        <translation>mqtt://127.0.0.1:1883 のようなブローカーの URL を入力するか貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/startupoptions.cpp" line="35"/>
        <source>Open a connection to URL (mqtt://, mqtts://, ws://, wss://) and connect.</source>
        <translation>URL（mqtt://、mqtts://、ws://、wss://）への接続を開いて接続します。</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="39"/>
        <source>Name of that connection.</source>
        <translation>その接続の名前。</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="42"/>
        <source>Subscribe that connection to FILTER (repeatable).</source>
        <translation>その接続で FILTER を購読します（繰り返し指定可）。</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="44"/>
        <source>Keep connection profiles in FILE.</source>
        <translation>接続プロファイルを FILE に保存します。</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="48"/>
        <source>Save a picture of the window to FILE after --screenshot-delay ms, then quit.</source>
        <translation>--screenshot-delay ミリ秒後にウィンドウの画像を FILE に保存して終了します。</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="51"/>
        <source>Milliseconds before the screenshot (3000).</source>
        <translation>スクリーンショットまでのミリ秒数（3000）。</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="54"/>
        <source>Show the message log as a chat.</source>
        <translation>メッセージログをチャット形式で表示します。</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="56"/>
        <source>Show the packet inspector beside the log.</source>
        <translation>ログの横にパケットインスペクターを表示します。</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="58"/>
        <source>Show the topic tree instead of the message log.</source>
        <translation>メッセージログの代わりにトピックツリーを表示します。</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="61"/>
        <source>Show the broker&apos;s $SYS dashboard instead of the message log.</source>
        <translation>メッセージログの代わりにブローカーの $SYS ダッシュボードを表示します。</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="64"/>
        <source>Show VIEW in the middle: messages, topics, traffic, charts, retained, broker or sparkplug.</source>
        <translation>中央に VIEW を表示します：messages、topics、traffic、charts、retained、broker または sparkplug。</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="70"/>
        <source>Show received payloads as the JavaScript in FILE turns them (its receive(payload, topic)), on the topics of the --subscribe filters.</source>
        <translation>--subscribe のフィルターのトピックで受信したペイロードを、FILE の JavaScript（receive(payload, topic)）が変換したとおりに表示します。</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="76"/>
        <source>Chart the numbers of FILTER, or of a JSON field: FILTER|PATH (repeatable).</source>
        <translation>FILTER の数値、または JSON フィールドの数値をグラフにします：FILTER|PATH（繰り返し指定可）。</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="80"/>
        <source>List the retained messages under FILTER once connected.</source>
        <translation>接続後に FILTER の下の保持メッセージを一覧にします。</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="84"/>
        <source>With --screenshot: also save a picture of the connection editor to FILE.</source>
        <translation>--screenshot と併用：接続エディターの画像も FILE に保存します。</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="90"/>
        <source>A native desktop MQTT client.</source>
        <translation>ネイティブのデスクトップ MQTT クライアント。</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="94"/>
        <source>A broker URL to open and connect, as --connect.</source>
        <translation>開いて接続するブローカーの URL（--connect と同じ）。</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="103"/>
        <source>Give one broker URL, not several.</source>
        <translation>ブローカーの URL は 1 つだけ指定してください。</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="129"/>
        <source>--view is one of: %1.</source>
        <translation>--view は次のいずれかです：%1。</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="162"/>
        <source>--screenshot-delay needs a number of milliseconds, 0 or more, not &apos;%1&apos;.</source>
        <translation>--screenshot-delay には 0 以上のミリ秒数が必要です（「%1」は不可）。</translation>
    </message>
</context>
</TS>
