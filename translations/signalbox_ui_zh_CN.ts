<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Signalbox::BackupActions</name>
    <message>
        <location filename="../ui/backupactions.cpp" line="35"/>
        <source>Signalbox backups (*.json);;All files (*)</source>
        <translation>Signalbox 备份 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="44"/>
        <source>%1 more</source>
        <translation>另外 %1 个</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="51"/>
        <location filename="../ui/backupactions.cpp" line="77"/>
        <source>Back up everything</source>
        <translation>全部备份</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="55"/>
        <source>The backup could not be written to “%1”: %2</source>
        <translation>无法将备份写入“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backupactions.cpp" line="59"/>
        <source>Backed up %n connection(s) to “%1”.</source>
        <translation>
            <numerusform>已将 %n 个连接备份到“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="62"/>
        <source>Passwords are not in it.</source>
        <translation>其中不含密码。</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="66"/>
        <source>Some passwords could not be read from the keychain and are not in it: %1</source>
        <translation>部分密码无法从钥匙串读取，因此未包含在内：%1</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="85"/>
        <source>Put the passwords in the backup too?</source>
        <translation>要把密码也放进备份吗？</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="87"/>
        <source>With them, anyone who reads the file can connect as you: it holds the passwords and key passphrases as plain text. Without them, you type them again after restoring.</source>
        <translation>包含密码时，任何能读取此文件的人都能以你的身份连接：文件中的密码和密钥密码短语都是明文。不包含时，恢复后需要重新输入。</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="111"/>
        <source>The backup replaces these connections: %1.</source>
        <translation>备份将替换以下连接：%1。</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="113"/>
        <source>It adds these connections: %1.</source>
        <translation>将添加以下连接：%1。</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="115"/>
        <source>The backup holds no connections.</source>
        <translation>备份中没有连接。</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="116"/>
        <source>Connections that are not in the backup are kept.</source>
        <translation>不在备份中的连接将保留。</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="118"/>
        <source>It adds these groups: %1.</source>
        <translation>将添加以下分组：%1。</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="120"/>
        <source>The theme, language, zoom and log size become those of the backup.</source>
        <translation>主题、语言、缩放和日志大小将改为备份中的设置。</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="122"/>
        <source>Some saved subscriptions or publish histories in it are damaged and are left out: %1</source>
        <translation>其中部分已保存的订阅或发布历史已损坏，将被忽略：%1</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="129"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="138"/>
        <source>“%1” could not be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="145"/>
        <source>Nothing was restored from “%1”. %2</source>
        <translation>未从“%1”恢复任何内容。%2</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="152"/>
        <source>Restore the backup made on %1?</source>
        <translation>恢复 %1 创建的备份？</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="154"/>
        <source>Restore this backup?</source>
        <translation>恢复此备份？</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="157"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../ui/backupactions.cpp" line="179"/>
        <source>The backup was restored, but the connections could not be saved: %1</source>
        <translation>备份已恢复，但无法保存连接：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backupactions.cpp" line="185"/>
        <source>Restored %n connection(s).</source>
        <translation>
            <numerusform>已恢复 %n 个连接。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::BrokerDashboard</name>
    <message numerus="yes">
        <location filename="../ui/brokerdashboard.cpp" line="40"/>
        <source>%n day(s) %1</source>
        <translation>
            <numerusform>%n 天 %1</numerusform>
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
        <translation>%1/分钟</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="79"/>
        <location filename="../ui/brokerdashboard.cpp" line="161"/>
        <source>Subscribe to $SYS/#</source>
        <translation>订阅 $SYS/#</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="479"/>
        <source>Subscribe this connection to the broker&apos;s $SYS topics</source>
        <translation>让此连接订阅代理的 $SYS 主题</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="84"/>
        <location filename="../ui/brokerdashboard.cpp" line="162"/>
        <source>No $SYS messages yet. A plain &apos;#&apos; does not match $SYS topics: subscribe to $SYS/# to see the broker&apos;s statistics (some brokers allow it only to local or privileged clients).</source>
        <translation>还没有 $SYS 消息。单独的“#”不匹配 $SYS 主题：请订阅 $SYS/# 查看代理的统计信息（有些代理只允许本地或特权客户端订阅）。</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="93"/>
        <location filename="../ui/brokerdashboard.cpp" line="118"/>
        <location filename="../ui/brokerdashboard.cpp" line="166"/>
        <location filename="../ui/brokerdashboard.cpp" line="190"/>
        <source>Clients connected</source>
        <translation>已连接客户端</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="94"/>
        <location filename="../ui/brokerdashboard.cpp" line="167"/>
        <source>Clients total</source>
        <translation>客户端总数</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="95"/>
        <location filename="../ui/brokerdashboard.cpp" line="168"/>
        <source>Messages in</source>
        <translation>消息流入</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="96"/>
        <location filename="../ui/brokerdashboard.cpp" line="169"/>
        <source>Messages out</source>
        <translation>消息流出</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="97"/>
        <location filename="../ui/brokerdashboard.cpp" line="170"/>
        <source>Bytes in</source>
        <translation>字节流入</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="98"/>
        <location filename="../ui/brokerdashboard.cpp" line="171"/>
        <source>Bytes out</source>
        <translation>字节流出</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="99"/>
        <location filename="../ui/brokerdashboard.cpp" line="172"/>
        <source>Subscriptions</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="100"/>
        <location filename="../ui/brokerdashboard.cpp" line="173"/>
        <source>Retained</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="101"/>
        <location filename="../ui/brokerdashboard.cpp" line="174"/>
        <source>Stored messages</source>
        <translation>已存储消息</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="102"/>
        <location filename="../ui/brokerdashboard.cpp" line="175"/>
        <source>Heap</source>
        <translation>堆</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="103"/>
        <location filename="../ui/brokerdashboard.cpp" line="176"/>
        <source>Load in (1 min)</source>
        <translation>流入负载（1 分钟）</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="104"/>
        <location filename="../ui/brokerdashboard.cpp" line="177"/>
        <source>Load out (1 min)</source>
        <translation>流出负载（1 分钟）</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="105"/>
        <location filename="../ui/brokerdashboard.cpp" line="178"/>
        <source>Connections (1 min)</source>
        <translation>连接（1 分钟）</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="106"/>
        <location filename="../ui/brokerdashboard.cpp" line="179"/>
        <source>Sockets (1 min)</source>
        <translation>套接字（1 分钟）</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="107"/>
        <location filename="../ui/brokerdashboard.cpp" line="180"/>
        <source>Uptime</source>
        <translation>运行时间</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="116"/>
        <location filename="../ui/brokerdashboard.cpp" line="190"/>
        <source>Messages per second</source>
        <translation>每秒消息数</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="116"/>
        <location filename="../ui/brokerdashboard.cpp" line="120"/>
        <location filename="../ui/brokerdashboard.cpp" line="196"/>
        <source>in</source>
        <translation>流入</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="117"/>
        <location filename="../ui/brokerdashboard.cpp" line="120"/>
        <location filename="../ui/brokerdashboard.cpp" line="198"/>
        <source>out</source>
        <translation>流出</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="118"/>
        <location filename="../ui/brokerdashboard.cpp" line="200"/>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="119"/>
        <location filename="../ui/brokerdashboard.cpp" line="190"/>
        <source>Bytes per second</source>
        <translation>每秒字节数</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="480"/>
        <source>Chart any figure the broker publishes</source>
        <translation>为代理发布的任意数值绘制图表</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="300"/>
        <source>Broker statistics ($SYS)</source>
        <translation>代理统计（$SYS）</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="304"/>
        <source>Unknown broker</source>
        <translation>未知代理</translation>
    </message>
    <message>
        <location filename="../ui/brokerdashboard.cpp" line="313"/>
        <source>up %1</source>
        <translation>已运行 %1</translation>
    </message>
</context>
<context>
    <name>Signalbox::ConnectionEditor</name>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="48"/>
        <location filename="../ui/connectioneditor.cpp" line="156"/>
        <source>New connection</source>
        <translation>新建连接</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="48"/>
        <source>Edit connection “%1”</source>
        <translation>编辑连接“%1”</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="52"/>
        <source>General</source>
        <translation>常规</translation>
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
        <translation>遗嘱</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="57"/>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="172"/>
        <source>Ports: %1.</source>
        <translation>端口：%1。</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="174"/>
        <source>This broker is no longer running. %1</source>
        <translation>此代理已停止运行。%1</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="239"/>
        <source>Needs MQTT 5.0</source>
        <translation>需要 MQTT 5.0</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="249"/>
        <source>The port is empty; enter a number from 1 to 65535.</source>
        <translation>端口为空；请输入 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="250"/>
        <source>The port “%1” is not a number from 1 to 65535.</source>
        <translation>端口“%1”不是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="254"/>
        <source>The session expiry must be a number of seconds from 0 to 4294967295.</source>
        <translation>会话过期时间必须是 0 到 4294967295 之间的秒数。</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="258"/>
        <source>The authentication data is not valid hex: %1</source>
        <translation>认证数据不是有效的十六进制：%1</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="262"/>
        <source>The will payload is not valid hex: %1</source>
        <translation>遗嘱载荷不是有效的十六进制：%1</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="265"/>
        <source>The pre-shared key must be an even number of hex digits, as in 0a1b2c3d.</source>
        <translation>预共享密钥必须是偶数位的十六进制数字，例如 0a1b2c3d。</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="267"/>
        <source>A key passphrase is set but no private key file is chosen.</source>
        <translation>已设置密钥密码短语，但未选择私钥文件。</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="300"/>
        <source>These bytes are not text that can be edited as it is, so they stay in hex.</source>
        <translation>这些字节不是可以直接编辑的文本，因此保留为十六进制。</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="40"/>
        <source>Shown in the sidebar</source>
        <translation>显示在侧边栏中</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="41"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="48"/>
        <source>The folder in the sidebar; type a new name to make one.</source>
        <translation>侧边栏中的文件夹；输入新名称即可创建。</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="49"/>
        <source>&amp;Group:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="53"/>
        <source>Choose a public test broker…</source>
        <translation>选择一个公共测试代理…</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="58"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="66"/>
        <source>&amp;Preset:</source>
        <translation>预设(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="75"/>
        <source>broker.example.com</source>
        <translation>broker.example.com</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="102"/>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="107"/>
        <source>WebSocket &amp;path:</source>
        <translation>WebSocket 路径(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="109"/>
        <source>unix://: the broker&apos;s socket, e.g. /run/mosquitto/mqtt.sock</source>
        <translation>unix://：代理的套接字，例如 /run/mosquitto/mqtt.sock</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="110"/>
        <source>&amp;Socket:</source>
        <translation>套接字(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="117"/>
        <source>MQTT &amp;version:</source>
        <translation>MQTT 版本(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="119"/>
        <source>Empty: a random one at each connect</source>
        <translation>留空：每次连接时随机生成</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="122"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="129"/>
        <source>Random, with the prefix “signalbox-”</source>
        <translation>随机，带前缀“signalbox-”</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="131"/>
        <source>UUID (36 characters, not for MQTT 3.1)</source>
        <translation>UUID（36 个字符，不适用于 MQTT 3.1）</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="132"/>
        <source>From this computer&apos;s MAC address</source>
        <translation>根据此计算机的 MAC 地址</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="137"/>
        <source>&amp;Client ID:</source>
        <translation>客户端 ID(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="141"/>
        <source>Clean start (forget the previous session)</source>
        <translation>全新开始（忘记之前的会话）</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="143"/>
        <source>Keep the message history on disk, up to</source>
        <translation>在磁盘上保存消息历史，最多</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="144"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="146"/>
        <source>The received messages are stored with the session and shown again at the next start.</source>
        <translation>收到的消息与会话一起保存，下次启动时会再次显示。</translation>
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
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="155"/>
        <source>&amp;Keep alive:</source>
        <translation>保活时间(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="158"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="160"/>
        <location filename="../ui/connectioneditortabs.cpp" line="216"/>
        <source>Kept in the system keychain</source>
        <translation>保存在系统密钥环中</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="161"/>
        <location filename="../ui/connectioneditortabs.cpp" line="217"/>
        <source>Kept until you quit (no keychain)</source>
        <translation>只保留到退出为止（没有钥匙串）</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="163"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="173"/>
        <location filename="../ui/connectioneditortabs.cpp" line="202"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="188"/>
        <source>Used by mqtts:// and wss:// connections.</source>
        <translation>用于 mqtts:// 和 wss:// 连接。</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="192"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="193"/>
        <source>Trust the system&apos;s certificate authorities</source>
        <translation>信任系统的证书颁发机构</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="195"/>
        <source>PEM file with extra CA certificates</source>
        <translation>包含额外 CA 证书的 PEM 文件</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="196"/>
        <source>&amp;CA file:</source>
        <translation>CA 文件(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="196"/>
        <location filename="../ui/connectioneditortabs.cpp" line="205"/>
        <source>CA certificates</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="197"/>
        <source>Every certificate in this folder is trusted</source>
        <translation>此文件夹中的所有证书均受信任</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="210"/>
        <source>CA &amp;directory:</source>
        <translation>CA 目录(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="211"/>
        <source>PEM client certificate</source>
        <translation>PEM 客户端证书</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="212"/>
        <source>Client c&amp;ertificate:</source>
        <translation>客户端证书(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="212"/>
        <source>Client certificate</source>
        <translation>客户端证书</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="213"/>
        <source>PEM private key</source>
        <translation>PEM 私钥</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="214"/>
        <source>Private &amp;key:</source>
        <translation>私钥(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="214"/>
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="214"/>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>密钥 (*.pem *.key);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="219"/>
        <source>Key &amp;passphrase:</source>
        <translation>密钥密码短语(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="220"/>
        <source>Empty: the host name</source>
        <translation>留空：使用主机名</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="221"/>
        <source>&amp;Server name (SNI):</source>
        <translation>服务器名称（SNI）(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="222"/>
        <source>Comma-separated, e.g. mqtt</source>
        <translation>以逗号分隔，例如 mqtt</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="223"/>
        <source>&amp;ALPN:</source>
        <translation>ALPN(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="226"/>
        <source>TLS 1.2 or later</source>
        <translation>TLS 1.2 或更高版本</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="227"/>
        <source>TLS 1.2 only</source>
        <translation>仅 TLS 1.2</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="228"/>
        <source>TLS 1.3 only</source>
        <translation>仅 TLS 1.3</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="229"/>
        <source>TLS &amp;version:</source>
        <translation>TLS 版本(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="230"/>
        <source>OpenSSL names separated by &apos;:&apos;; empty: the defaults</source>
        <translation>以“:”分隔的 OpenSSL 名称；留空：使用默认值</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="231"/>
        <source>C&amp;iphers:</source>
        <translation>密码套件(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="232"/>
        <source>TLS-PSK instead of certificates</source>
        <translation>使用 TLS-PSK 代替证书</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="233"/>
        <source>PSK i&amp;dentity:</source>
        <translation>PSK 身份(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="235"/>
        <source>Hex; kept in the system keychain</source>
        <translation>Hex；保存在系统密钥环中</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="236"/>
        <source>Hex; kept until you quit (no keychain)</source>
        <translation>Hex；只保留到退出为止（没有密钥环）</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="238"/>
        <source>Pre-shared &amp;key:</source>
        <translation>预共享密钥(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="240"/>
        <source>Allow insecure connections (accept any certificate)</source>
        <translation>允许不安全的连接（接受任何证书）</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="243"/>
        <source>Anyone between you and the broker can read and change the traffic: the broker&apos;s certificate is not checked. Use this only for testing.</source>
        <translation>您与代理之间的任何人都可以读取和篡改通信：代理的证书不会被检查。仅在测试时使用。</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="260"/>
        <source>Used by ws:// and wss:// connections, with the “mqtt” subprotocol.</source>
        <translation>用于 ws:// 和 wss:// 连接，使用“mqtt”子协议。</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="264"/>
        <source>&amp;Path:</source>
        <translation>路径(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="277"/>
        <source>Empty: not sent (ends with the connection)</source>
        <translation>留空：不发送（随连接结束）</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="278"/>
        <source>Seconds; 4294967295 never expires.</source>
        <translation>秒；4294967295 表示永不过期。</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="279"/>
        <source>Session &amp;expiry (s):</source>
        <translation>会话过期时间（秒）(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="281"/>
        <source>Not sent (65535)</source>
        <translation>不发送（65535）</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="282"/>
        <source>&amp;Receive maximum:</source>
        <translation>接收最大值(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="284"/>
        <location filename="../ui/connectioneditortabs.cpp" line="398"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="285"/>
        <source>&amp;Topic alias maximum:</source>
        <translation>主题别名最大值(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="286"/>
        <source> bytes</source>
        <translation> 字节</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="287"/>
        <source>No limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="288"/>
        <source>&amp;Maximum packet size:</source>
        <translation>最大报文大小(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="289"/>
        <source>Request response information</source>
        <translation>请求响应信息</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="292"/>
        <source>Request problem information</source>
        <translation>请求问题信息</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="304"/>
        <source>Empty: no enhanced authentication</source>
        <translation>留空：不使用增强认证</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="305"/>
        <source>Enhanced authentication (AUTH packets), e.g. SCRAM-SHA-256.</source>
        <translation>增强认证（AUTH 报文），例如 SCRAM-SHA-256。</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="306"/>
        <source>A&amp;uthentication method:</source>
        <translation>认证方法(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="318"/>
        <source>Authentication d&amp;ata:</source>
        <translation>认证数据(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="331"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="331"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="334"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="336"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="359"/>
        <source>User properties:</source>
        <translation>用户属性：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="367"/>
        <source>Send a will message when the connection is lost</source>
        <translation>连接断开时发送遗嘱消息</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="369"/>
        <source>e.g. devices/sensor-1/status</source>
        <translation>例如 devices/sensor-1/status</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="370"/>
        <source>&amp;Topic:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="383"/>
        <source>&amp;Payload:</source>
        <translation>载荷(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="389"/>
        <source>0 — at most once</source>
        <translation>0 — 最多一次</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="389"/>
        <source>1 — at least once</source>
        <translation>1 — 至少一次</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="389"/>
        <source>2 — exactly once</source>
        <translation>2 — 恰好一次</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="390"/>
        <source>&amp;QoS:</source>
        <translation>QoS(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="391"/>
        <source>Retain</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="399"/>
        <source>Will &amp;delay (5.0):</source>
        <translation>遗嘱延迟（5.0）(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="401"/>
        <source>Never</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="402"/>
        <source>Message e&amp;xpiry (5.0):</source>
        <translation>消息过期（5.0）(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="403"/>
        <source>e.g. application/json</source>
        <translation>例如 application/json</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="404"/>
        <source>&amp;Content type (5.0):</source>
        <translation>内容类型（5.0）(&amp;C)：</translation>
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
        <translation>连接超时(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="424"/>
        <source>Reconnect automatically when the connection is lost</source>
        <translation>连接断开时自动重连</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="428"/>
        <source>&amp;First delay:</source>
        <translation>首次延迟(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="431"/>
        <source>&amp;Longest delay:</source>
        <translation>最长延迟(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="434"/>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="435"/>
        <source>Each delay is the previous one times this, up to the longest delay.</source>
        <translation>每次延迟是上一次乘以此值，直到最长延迟。</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="436"/>
        <source>Delay &amp;multiplier:</source>
        <translation>延迟倍数(&amp;M)：</translation>
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
        <translation>每次延迟会随机延长或缩短，最多为此幅度。</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="442"/>
        <source>&amp;Jitter:</source>
        <translation>抖动(&amp;J)：</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="444"/>
        <source>Keep trying</source>
        <translation>一直重试</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditortabs.cpp" line="445"/>
        <source>&amp;Attempts:</source>
        <translation>尝试次数(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>Signalbox::ConnectionPage</name>
    <message>
        <location filename="../ui/connectionpage.cpp" line="96"/>
        <source>Certificate verification is off for this connection.</source>
        <translation>此连接已关闭证书验证。</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="114"/>
        <source>Messages arrive faster than the window can show them. Signalbox stops reading from the broker until it has caught up; no message is lost.</source>
        <translation>消息到达的速度超过了窗口显示的速度。Signalbox 会暂停从代理读取，直到赶上进度；不会丢失任何消息。</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="120"/>
        <source>log in memory only</source>
        <translation>日志仅在内存中</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectionpage.cpp" line="156"/>
        <source>Every packet is recorded, also while this tab is closed; under a flood, PUBLISH and its acknowledgements only %n a second.</source>
        <translation>
            <numerusform>即使此标签页关闭，也会记录每个报文；消息洪流时，PUBLISH 及其确认每秒只记录 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="191"/>
        <source>Payload</source>
        <translation>载荷</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="192"/>
        <source>Packets</source>
        <translation>报文</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="214"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="214"/>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="214"/>
        <source>Traffic</source>
        <translation>流量</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="214"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="215"/>
        <source>Retained</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="215"/>
        <source>Broker</source>
        <translation>代理</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="215"/>
        <source>Sparkplug</source>
        <translation>Sparkplug</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="255"/>
        <source>The message log keeps every payload in memory from now on; nothing is lost.</source>
        <translation>从现在起消息日志将所有载荷保存在内存中；不会丢失任何内容。</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="262"/>
        <source>reconnecting in %1 s (attempt %2)</source>
        <translation>%1 秒后重连（第 %2 次尝试）</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="299"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="402"/>
        <source>falling behind: %L1 waiting</source>
        <translation>处理滞后：%L1 条等待中</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectionpage.cpp" line="410"/>
        <source>%n message(s) queued until connected</source>
        <translation>
            <numerusform>%n 条消息排队等待连接</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="476"/>
        <source>granted QoS %1</source>
        <translation>授予 QoS %1</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="532"/>
        <source>connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="533"/>
        <location filename="../ui/connectionpage.cpp" line="545"/>
        <source>Disconnect</source>
        <translation>断开</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="536"/>
        <source>connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="537"/>
        <location filename="../ui/connectionpage.cpp" line="541"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="540"/>
        <source>reconnecting to %1…</source>
        <translation>正在重连到 %1…</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="544"/>
        <source>disconnecting…</source>
        <translation>正在断开…</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="548"/>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../ui/connectionpage.cpp" line="549"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>Signalbox::ConnectionSidebar</name>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="182"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="183"/>
        <source>New connection (Ctrl+N)</source>
        <translation>新建连接（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="184"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="185"/>
        <source>Edit the connection</source>
        <translation>编辑此连接</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="184"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="185"/>
        <source>Duplicate the connection</source>
        <translation>复制此连接</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="184"/>
        <location filename="../ui/connectionsidebar.cpp" line="423"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="186"/>
        <source>Delete the connection</source>
        <translation>删除此连接</translation>
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
            <numerusform>%n 个连接</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectionsidebar.cpp" line="267"/>
        <source>Messages received per second, over the last %n second(s)</source>
        <translation>
            <numerusform>每秒接收的消息数（最近 %n 秒）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="287"/>
        <source>%L1 msg/s</source>
        <translation>%L1 条/秒</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="370"/>
        <location filename="../ui/connectionsidebar.cpp" line="374"/>
        <source>New group</source>
        <translation>新建分组</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="370"/>
        <location filename="../ui/connectionsidebar.cpp" line="387"/>
        <source>Group name:</source>
        <translation>分组名称：</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="374"/>
        <location filename="../ui/connectionsidebar.cpp" line="391"/>
        <source>There is already a group “%1”.</source>
        <translation>已经存在分组“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="387"/>
        <location filename="../ui/connectionsidebar.cpp" line="391"/>
        <source>Rename group</source>
        <translation>重命名分组</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="399"/>
        <source>Delete the group “%1”?</source>
        <translation>删除分组“%1”？</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectionsidebar.cpp" line="400"/>
        <source>Delete the group “%1”? Its %n connection(s) will move to no group.</source>
        <translation>
            <numerusform>删除分组“%1”？其中的 %n 个连接将移出分组。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="401"/>
        <location filename="../ui/connectionsidebar.cpp" line="429"/>
        <source>Delete group</source>
        <translation>删除分组</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="412"/>
        <source>New connection…</source>
        <translation>新建连接…</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="414"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="415"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="416"/>
        <source>Move to group</source>
        <translation>移动到分组</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="417"/>
        <source>(no group)</source>
        <translation>（无分组）</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="421"/>
        <location filename="../ui/connectionsidebar.cpp" line="426"/>
        <source>New group…</source>
        <translation>新建分组…</translation>
    </message>
    <message>
        <location filename="../ui/connectionsidebar.cpp" line="428"/>
        <source>Rename group…</source>
        <translation>重命名分组…</translation>
    </message>
</context>
<context>
    <name>Signalbox::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="82"/>
        <source>No keychain: passwords are kept until you quit</source>
        <translation>没有钥匙串：密码只保留到退出为止</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="147"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="148"/>
        <source>&amp;New connection…</source>
        <translation>新建连接(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149"/>
        <source>Connect to &amp;URL…</source>
        <translation>连接到 URL(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="150"/>
        <source>&amp;Import connections…</source>
        <translation>导入连接(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="151"/>
        <source>&amp;Export connections…</source>
        <translation>导出连接(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="153"/>
        <source>&amp;Back up everything…</source>
        <translation>全部备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="154"/>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="156"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161"/>
        <source>&amp;Connection</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>&amp;Connect or disconnect</source>
        <translation>连接或断开(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="167"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="171"/>
        <source>&amp;Subscribe…</source>
        <translation>订阅(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="176"/>
        <source>&amp;Find in messages</source>
        <translation>在消息中查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="180"/>
        <source>C&amp;lear messages</source>
        <translation>清除消息(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="184"/>
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="189"/>
        <source>Payload &amp;decoders…</source>
        <translation>载荷解码器(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="197"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="198"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="200"/>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="201"/>
        <source>&amp;Actual size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="216"/>
        <source>Message log &amp;capacity…</source>
        <translation>消息日志容量(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="218"/>
        <source>Message log capacity</source>
        <translation>消息日志容量</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="219"/>
        <source>Messages kept per connection (the oldest go first):</source>
        <translation>每个连接保留的消息数（最旧的先删除）：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="224"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="225"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="228"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244"/>
        <source>System (%1)</source>
        <translation>系统（%1）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="252"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="253"/>
        <source>&amp;Welcome page</source>
        <translation>欢迎页(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="255"/>
        <source>&amp;About Signalbox</source>
        <translation>关于 Signalbox(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="256"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="280"/>
        <source>About Signalbox</source>
        <translation>关于 Signalbox</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="281"/>
        <source>&lt;h3&gt;Signalbox %1&lt;/h3&gt;&lt;p&gt;A native desktop MQTT client: MQTT 3.1, 3.1.1 and 5.0 over TCP, TLS and WebSocket.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License, version 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Signalbox %1&lt;/h3&gt;&lt;p&gt;原生桌面 MQTT 客户端：支持基于 TCP、TLS 和 WebSocket 的 MQTT 3.1、3.1.1 和 5.0。&lt;/p&gt;&lt;p&gt;使用 Qt %2 构建，运行于 Qt %3。&lt;/p&gt;&lt;p&gt;依据 Apache License 2.0 授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="320"/>
        <source>Not a broker URL: %1</source>
        <translation>不是代理 URL：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="335"/>
        <location filename="../ui/mainwindow.cpp" line="342"/>
        <source>Connect to URL</source>
        <translation>连接到 URL</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="336"/>
        <source>Broker URL (mqtt://, mqtts://, ws://, wss://):</source>
        <translation>代理 URL（mqtt://、mqtts://、ws://、wss://）：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="348"/>
        <location filename="../ui/mainwindow.cpp" line="354"/>
        <source>Zoom %1%</source>
        <translation>缩放 %1%</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="441"/>
        <source>New connection</source>
        <translation>新建连接</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="487"/>
        <source>Delete connection</source>
        <translation>删除连接</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="487"/>
        <source>Delete the connection “%1”?</source>
        <translation>删除连接“%1”？</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="503"/>
        <location filename="../ui/mainwindow.cpp" line="509"/>
        <location filename="../ui/mainwindow.cpp" line="524"/>
        <source>Import connections</source>
        <translation>导入连接</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="504"/>
        <source>Connections (*.json);;All files (*)</source>
        <translation>连接 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="509"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="525"/>
        <source>%1 holds no connections Signalbox can read: %2</source>
        <translation>%1 中没有 Signalbox 可以读取的连接：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="536"/>
        <source>Imported %n connection(s).</source>
        <translation>
            <numerusform>已导入 %n 个连接。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="542"/>
        <location filename="../ui/mainwindow.cpp" line="547"/>
        <source>Export connections</source>
        <translation>导出连接</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="542"/>
        <source>Connections (*.json)</source>
        <translation>连接 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="547"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="550"/>
        <source>Exported to %1 (without passwords).</source>
        <translation>已导出到 %1（不含密码）。</translation>
    </message>
</context>
<context>
    <name>Signalbox::MessageLogView</name>
    <message>
        <location filename="../ui/messagelogdelegates.cpp" line="125"/>
        <source>retained</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="227"/>
        <source>Messages shown / stored</source>
        <translation>显示的消息 / 存储的消息</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="228"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="229"/>
        <source>Remove every message from the log</source>
        <translation>从日志中删除所有消息</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="230"/>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="231"/>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="232"/>
        <source>↓ Jump to latest</source>
        <translation>↓ 跳到最新</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="233"/>
        <source>The log stopped following new messages when you scrolled away; this goes back to the newest and follows again.</source>
        <translation>滚动离开后，日志不再跟随新消息；此按钮回到最新消息并重新跟随。</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="235"/>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="236"/>
        <source>Show received messages</source>
        <translation>显示接收的消息</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="237"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="238"/>
        <source>Show sent messages</source>
        <translation>显示发送的消息</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="240"/>
        <source>Only messages that matched this subscription</source>
        <translation>仅显示与此订阅匹配的消息</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="499"/>
        <source>Topic filter, e.g. sensors/+/temperature</source>
        <translation>主题过滤器，例如 sensors/+/temperature</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="242"/>
        <source>Search topic and payload</source>
        <translation>搜索主题和载荷</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="243"/>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="244"/>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="245"/>
        <location filename="../ui/messagelogview.cpp" line="746"/>
        <source>Export</source>
        <translation>导出</translation>
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
        <translation>JSON 数组</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="308"/>
        <source>Shown messages as %1…</source>
        <translation>将显示的消息导出为 %1…</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="309"/>
        <source>All messages as %1…</source>
        <translation>将所有消息导出为 %1…</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="460"/>
        <source>Acknowledged %1 ms</source>
        <translation>已确认 %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="239"/>
        <location filename="../ui/messagelogview.cpp" line="526"/>
        <source>All subscriptions</source>
        <translation>所有订阅</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="502"/>
        <source>Topic filter</source>
        <translation>主题过滤器</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="635"/>
        <source>▶ Resume (%L1 new)</source>
        <translation>▶ 恢复（%L1 条新消息）</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="636"/>
        <source>The log is paused: new messages are kept but not shown. Resume shows them all.</source>
        <translation>日志已暂停：新消息会保留但不显示。恢复后将全部显示。</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="640"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="641"/>
        <source>Hold the log still to read it; messages that arrive meanwhile are kept and counted.</source>
        <translation>暂停日志以便阅读；期间到达的消息会被保留并计数。</translation>
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
        <translation>无法写入 %1：%2。</translation>
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
        <translation>导出消息</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="765"/>
        <source>Exporting %L1 messages…</source>
        <translation>正在导出 %L1 条消息…</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="765"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="837"/>
        <source>Copy topic</source>
        <translation>复制主题</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="838"/>
        <source>Copy payload</source>
        <translation>复制载荷</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="842"/>
        <source>Compare with previous</source>
        <translation>与上一条比较</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="863"/>
        <source>Compare with previous — %1</source>
        <translation>与上一条比较 — %1</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="865"/>
        <source>Previous message at %1, this message at %2</source>
        <translation>上一条消息在 %1，此消息在 %2</translation>
    </message>
    <message>
        <location filename="../ui/messagelogview.cpp" line="873"/>
        <source>&lt;p&gt;The payloads are the same.&lt;/p&gt;</source>
        <translation>&lt;p&gt;载荷相同。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Signalbox::PayloadBindingsDialog</name>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="151"/>
        <source>Payload decoders</source>
        <translation>载荷解码器</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="152"/>
        <source>Decode payloads with your Protobuf or Avro schema, check them against a JSON Schema, or turn them into something else with a script, each on the topics of a filter. Sparkplug B payloads (spBv1.0/…) are always decoded.</source>
        <translation>用您的 Protobuf 或 Avro 模式解码载荷、按 JSON Schema 检查载荷，或用脚本将载荷转换为其他形式，每项作用于一个过滤器所匹配的主题。Sparkplug B 载荷（spBv1.0/…）始终会被解码。</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="156"/>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="156"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="156"/>
        <source>Topic filter</source>
        <translation>主题过滤器</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="156"/>
        <source>Schema or script</source>
        <translation>模式或脚本</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="156"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="157"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="158"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="160"/>
        <source>Protobuf schema (.proto)</source>
        <translation>Protobuf 模式（.proto）</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="161"/>
        <source>Avro schema (.avsc)</source>
        <translation>Avro 模式（.avsc）</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="162"/>
        <source>JSON Schema</source>
        <translation>JSON Schema</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="163"/>
        <source>Script (JavaScript)</source>
        <translation>脚本（JavaScript）</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="164"/>
        <source>Topic filter:</source>
        <translation>主题过滤器：</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="165"/>
        <source>sensors/+/reading</source>
        <translation>sensors/+/reading</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="166"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="167"/>
        <source>Message type:</source>
        <translation>消息类型：</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="168"/>
        <source>Import folders:</source>
        <translation>导入文件夹：</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="169"/>
        <source>where the file&apos;s imports are, separated by ;</source>
        <translation>该文件所导入文件的位置，用 ; 分隔</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="170"/>
        <source>Use it</source>
        <translation>使用</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="172"/>
        <source>Test: the payload on the left goes through receive(); what it returns is on the right.</source>
        <translation>测试：左侧的载荷经过 receive() 处理，其返回结果显示在右侧。</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="173"/>
        <source>Topic:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="174"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="175"/>
        <source>The output, or the error with its line</source>
        <translation>输出结果，或错误及其所在行</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="205"/>
        <source>Protobuf files (*.proto);;All files (*)</source>
        <translation>Protobuf 文件 (*.proto);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="208"/>
        <source>Avro schemas (*.avsc *.json);;All files (*)</source>
        <translation>Avro 模式 (*.avsc *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="211"/>
        <source>JSON Schemas (*.json);;All files (*)</source>
        <translation>JSON Schema (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="214"/>
        <source>JavaScript (*.js);;All files (*)</source>
        <translation>JavaScript (*.js);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="217"/>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="268"/>
        <source>Not used</source>
        <translation>未使用</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="272"/>
        <source>Ready: try it with Run</source>
        <translation>就绪：可点击“运行”试用</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="274"/>
        <source>Loads</source>
        <translation>可以加载</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="320"/>
        <source>Add a schema or a script to decode payloads on the topics of a filter.</source>
        <translation>添加模式或脚本，以解码某个过滤器所匹配主题上的载荷。</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="338"/>
        <source>.proto file:</source>
        <translation>.proto 文件：</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="341"/>
        <source>Avro schema:</source>
        <translation>Avro 模式：</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="344"/>
        <source>JSON Schema:</source>
        <translation>JSON Schema：</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="347"/>
        <source>Script file:</source>
        <translation>脚本文件：</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="348"/>
        <source>or write it below</source>
        <translation>或在下方编写</translation>
    </message>
    <message>
        <location filename="../ui/payloadbindingsdialog.cpp" line="444"/>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
</context>
<context>
    <name>Signalbox::PayloadViewer</name>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="114"/>
        <location filename="../ui/payloadviewer.cpp" line="148"/>
        <source>Tree</source>
        <translation>树</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="115"/>
        <location filename="../ui/payloadviewer.cpp" line="149"/>
        <source>Show all</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="150"/>
        <source>How to show the payload</source>
        <translation>载荷的显示方式</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="151"/>
        <source>Show JSON as a collapsible tree</source>
        <translation>将 JSON 显示为可折叠的树</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="152"/>
        <source>Find in payload, or a JSON path: $.a.b</source>
        <translation>在载荷中查找，或输入 JSON 路径：$.a.b</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="153"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="153"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="160"/>
        <location filename="../ui/payloadviewer.cpp" line="283"/>
        <source>Choose a message to see its payload here.</source>
        <translation>选择一条消息，在此查看其载荷。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payloadviewer.cpp" line="256"/>
        <source>This payload breaks its JSON Schema (%n violation(s)):</source>
        <translation>
            <numerusform>此载荷不符合其 JSON Schema（%n 处违规）：</numerusform>
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
        <translation>此载荷符合其 JSON Schema。</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="377"/>
        <source>Showing %1 of %2</source>
        <translation>显示 %2 中的 %1</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="373"/>
        <location filename="../ui/payloadviewer.cpp" line="379"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="394"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="394"/>
        <source>only the first %1 items are shown</source>
        <translation>仅显示前 %1 项</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="501"/>
        <source>not JSON</source>
        <translation>不是 JSON</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="518"/>
        <source>no such field</source>
        <translation>没有该字段</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="538"/>
        <source>no match</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <location filename="../ui/payloadviewer.cpp" line="541"/>
        <source>%1 of %2</source>
        <translation>第 %1 项，共 %2 项</translation>
    </message>
</context>
<context>
    <name>Signalbox::PublishPanel</name>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1038"/>
        <source>Topic, e.g. sensors/kitchen/temp</source>
        <translation>主题，例如 sensors/kitchen/temp</translation>
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
        <translation>服务质量</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="115"/>
        <location filename="../ui/publishpanel.cpp" line="1027"/>
        <source>Retain</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="121"/>
        <location filename="../ui/publishpanel.cpp" line="1030"/>
        <source>Text</source>
        <translation>文本</translation>
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
        <translation>载荷的输入方式</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="127"/>
        <location filename="../ui/publishpanel.cpp" line="1035"/>
        <source>Format</source>
        <translation>格式化</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1041"/>
        <source>Re-indent the JSON</source>
        <translation>重新缩进 JSON</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1042"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1043"/>
        <source>Recall a message sent before</source>
        <translation>调出之前发送的消息</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1044"/>
        <source>Payload (Ctrl+Enter sends)</source>
        <translation>载荷（Ctrl+Enter 发送）</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="143"/>
        <location filename="../ui/publishpanel.cpp" line="567"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="568"/>
        <location filename="../ui/publishpanel.cpp" line="1045"/>
        <source>Publish (Ctrl+Enter)</source>
        <translation>发布（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1046"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1047"/>
        <source>Load a message saved under a name</source>
        <translation>载入以名称保存的消息</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1048"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1049"/>
        <source>Save this message under a name</source>
        <translation>以名称保存此消息</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="246"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="246"/>
        <source>Rename “%1”…</source>
        <translation>重命名“%1”…</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="247"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="247"/>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="252"/>
        <location filename="../ui/publishpanel.cpp" line="1037"/>
        <source>Repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1050"/>
        <source>Publish the message again and again. {n} in the topic or in a text or JSON payload becomes the message&apos;s number: 1, 2, 3 …</source>
        <translation>反复发布此消息。主题或文本、JSON 载荷中的 {n} 会替换为消息的序号：1、2、3 …</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1052"/>
        <source>every </source>
        <translation>每 </translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1053"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1054"/>
        <source>Time between two messages</source>
        <translation>两条消息之间的时间间隔</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1055"/>
        <source>forever</source>
        <translation>无限</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1056"/>
        <source> times</source>
        <translation> 次</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1057"/>
        <source>How many messages; 0 sends until stopped</source>
        <translation>发送的消息数；0 表示一直发送直到停止</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="274"/>
        <location filename="../ui/publishpanel.cpp" line="792"/>
        <location filename="../ui/publishpanel.cpp" line="795"/>
        <source>sent %L1 of %L2</source>
        <translation>已发送 %L1 / %L2</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="303"/>
        <location filename="../ui/publishpanel.cpp" line="384"/>
        <location filename="../ui/publishpanel.cpp" line="1058"/>
        <source>MQTT 5 properties</source>
        <translation>MQTT 5 属性</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1059"/>
        <source>e.g. application/json</source>
        <translation>例如 application/json</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="309"/>
        <location filename="../ui/publishpanel.cpp" line="385"/>
        <source>UTF-8 text</source>
        <translation>UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1060"/>
        <source>Payload Format Indicator: the payload is UTF-8 text</source>
        <translation>Payload Format Indicator：载荷为 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1061"/>
        <source>Never</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1062"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1063"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="1064"/>
        <source>Correlation data, sent as the UTF-8 bytes of this text</source>
        <translation>关联数据，以此文本的 UTF-8 字节发送</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="329"/>
        <location filename="../ui/publishpanel.cpp" line="386"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="329"/>
        <location filename="../ui/publishpanel.cpp" line="386"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="337"/>
        <location filename="../ui/publishpanel.cpp" line="387"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="338"/>
        <location filename="../ui/publishpanel.cpp" line="388"/>
        <source>Add a user property</source>
        <translation>添加用户属性</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="341"/>
        <location filename="../ui/publishpanel.cpp" line="389"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="342"/>
        <location filename="../ui/publishpanel.cpp" line="390"/>
        <source>Remove the selected user properties</source>
        <translation>移除选中的用户属性</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="375"/>
        <location filename="../ui/publishpanel.cpp" line="392"/>
        <source>Content type:</source>
        <translation>内容类型：</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="376"/>
        <location filename="../ui/publishpanel.cpp" line="392"/>
        <source>Payload format:</source>
        <translation>载荷格式：</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="377"/>
        <location filename="../ui/publishpanel.cpp" line="393"/>
        <source>Message expiry:</source>
        <translation>消息过期：</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="378"/>
        <location filename="../ui/publishpanel.cpp" line="393"/>
        <source>Topic alias:</source>
        <translation>主题别名：</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="379"/>
        <location filename="../ui/publishpanel.cpp" line="394"/>
        <source>Response topic:</source>
        <translation>响应主题：</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="380"/>
        <location filename="../ui/publishpanel.cpp" line="394"/>
        <source>Correlation data:</source>
        <translation>关联数据：</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="381"/>
        <source>User properties:</source>
        <translation>用户属性：</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="469"/>
        <source>Invalid JSON at line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列的 JSON 无效：%3</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="517"/>
        <source>Response topic: %1</source>
        <translation>响应主题：%1</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="523"/>
        <source>The payload is marked as UTF-8 text but is not valid UTF-8.</source>
        <translation>载荷被标记为 UTF-8 文本，但不是有效的 UTF-8。</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="529"/>
        <source>User property %1 has a value but no name.</source>
        <translation>用户属性 %1 有值但没有名称。</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="561"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="562"/>
        <source>Stop repeating (Ctrl+Enter)</source>
        <translation>停止重复（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="567"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="569"/>
        <source>Start repeating (Ctrl+Enter)</source>
        <translation>开始重复（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="570"/>
        <source>Connect to start repeating</source>
        <translation>连接后才能开始重复</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="697"/>
        <source>Encode the JSON as %1</source>
        <translation>将 JSON 编码为 %1</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="698"/>
        <source>The payload is JSON: it is sent in the binary form that the schema bound to this topic describes (Connection ▸ Payload decoders…)</source>
        <translation>载荷为 JSON：按此主题绑定的模式所描述的二进制形式发送（连接 ▸ 载荷解码器…）</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="702"/>
        <source>Before it is sent, the payload goes through publish() (%1).</source>
        <translation>发送前，载荷会经过 publish()（%1）处理。</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="718"/>
        <source>stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="719"/>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="782"/>
        <source>stopped after %L1: %2</source>
        <translation>发送 %L1 条后停止：%2</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="796"/>
        <source>sent %L1</source>
        <translation>已发送 %L1 条</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="803"/>
        <source>stopped after %L1 of %L2</source>
        <translation>发送 %L1 / %L2 条后停止</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="804"/>
        <source>stopped after %L1</source>
        <translation>发送 %L1 条后停止</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="822"/>
        <source>stopped after %L1: not connected</source>
        <translation>发送 %L1 条后停止：未连接</translation>
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
        <translation>，保留</translation>
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
        <translation>保存消息</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="960"/>
        <source>Name (a saved message of this name is replaced):</source>
        <translation>名称（将替换同名的已保存消息）：</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="975"/>
        <source>Rename Saved Message</source>
        <translation>重命名已保存的消息</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="976"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../ui/publishpanel.cpp" line="982"/>
        <source>There is already a saved message named “%1”. New name:</source>
        <translation>已有名为“%1”的已保存消息。新名称：</translation>
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
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="47"/>
        <location filename="../ui/retainedmanager.cpp" line="60"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="49"/>
        <location filename="../ui/retainedmanager.cpp" line="61"/>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="195"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="197"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="199"/>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="201"/>
        <source>Age</source>
        <translation>存留时间</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="203"/>
        <source>Expires in</source>
        <translation>剩余有效期</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="205"/>
        <source>Payload</source>
        <translation>载荷</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="223"/>
        <location filename="../ui/retainedmanager.cpp" line="278"/>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="226"/>
        <location filename="../ui/retainedmanager.cpp" line="279"/>
        <source>Check all</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="227"/>
        <location filename="../ui/retainedmanager.cpp" line="280"/>
        <source>Uncheck all</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="228"/>
        <location filename="../ui/retainedmanager.cpp" line="412"/>
        <source>Clear checked…</source>
        <translation>清除选中项…</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="229"/>
        <location filename="../ui/retainedmanager.cpp" line="281"/>
        <source>Restore from file…</source>
        <translation>从文件恢复…</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="275"/>
        <source>Topic filter, e.g. sensors/#</source>
        <translation>主题过滤器，例如 sensors/#</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="276"/>
        <source>Check topics matching a filter</source>
        <translation>勾选与过滤器匹配的主题</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="277"/>
        <source>Filter:</source>
        <translation>过滤器：</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="389"/>
        <source>A shared subscription receives no retained messages.</source>
        <translation>共享订阅不会收到保留消息。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="412"/>
        <source>Clear %n checked…</source>
        <translation>
            <numerusform>清除 %n 个选中项…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="431"/>
        <source>Cannot scan: %1</source>
        <translation>无法扫描：%1</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="435"/>
        <source>No connection to scan.</source>
        <translation>没有可扫描的连接。</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="441"/>
        <source>Scanning %1…</source>
        <translation>正在扫描 %1…</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="487"/>
        <source>Clear retained messages</source>
        <translation>清除保留消息</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="488"/>
        <source>Clear %n retained message(s)? Each topic gets an empty retained message.
First they are saved to this restore file, from which they can be published again:</source>
        <translation>
            <numerusform>要清除 %n 条保留消息吗？每个主题都会收到一条空的保留消息。
它们会先保存到此恢复文件，之后可以从中重新发布：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="494"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="496"/>
        <source>Restore file</source>
        <translation>恢复文件</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="497"/>
        <location filename="../ui/retainedmanager.cpp" line="547"/>
        <source>Retained messages (*.json)</source>
        <translation>保留消息 (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="502"/>
        <source>Clear %n</source>
        <translation>
            <numerusform>清除 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="520"/>
        <source>Saving %1 and clearing %n retained message(s)…</source>
        <translation>
            <numerusform>正在保存 %1 并清除 %n 条保留消息…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="531"/>
        <source>Restoring from %1…</source>
        <translation>正在从 %1 恢复…</translation>
    </message>
    <message>
        <location filename="../ui/retainedmanager.cpp" line="546"/>
        <source>Restore retained messages</source>
        <translation>恢复保留消息</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="596"/>
        <source>Scanning %1… %n retained message(s) so far.</source>
        <translation>
            <numerusform>正在扫描 %1… 目前已有 %n 条保留消息。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="598"/>
        <source>%n acknowledged…</source>
        <translation>
            <numerusform>已确认 %n 条…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="608"/>
        <source>%n retained message(s) under %1</source>
        <translation>
            <numerusform>%1 下有 %n 条保留消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="612"/>
        <source>Stopped at %n message(s); narrow the filter to see the rest.</source>
        <translation>
            <numerusform>已在 %n 条消息处停止；请缩小过滤器范围以查看其余消息。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="626"/>
        <source>Cleared %n retained message(s).</source>
        <translation>
            <numerusform>已清除 %n 条保留消息。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="628"/>
        <source>Cleared %1; %n failed: %2</source>
        <translation>
            <numerusform>已清除 %1；%n 条失败：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="639"/>
        <source>Restored %n retained message(s).</source>
        <translation>
            <numerusform>已恢复 %n 条保留消息。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retainedmanager.cpp" line="641"/>
        <source>Restored %1; %n failed: %2</source>
        <translation>
            <numerusform>已恢复 %1；%n 条失败：%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::SparkplugView</name>
    <message>
        <location filename="../ui/sparkplugview.cpp" line="170"/>
        <source>Filter groups, nodes, devices and metrics</source>
        <translation>过滤组、节点、设备和指标</translation>
    </message>
    <message>
        <location filename="../ui/sparkplugview.cpp" line="171"/>
        <source>Request rebirth</source>
        <translation>请求重生</translation>
    </message>
    <message>
        <location filename="../ui/sparkplugview.cpp" line="172"/>
        <source>Sends the selected edge node an NCMD with Node Control/Rebirth, which asks it to publish its birth certificates again.</source>
        <translation>向所选边缘节点发送带有 Control/Rebirth 重生指令的 NCMD，请求其重新发布出生证书。</translation>
    </message>
    <message>
        <location filename="../ui/sparkplugview.cpp" line="174"/>
        <location filename="../ui/sparkplugview.cpp" line="176"/>
        <source>Plot</source>
        <translation>绘制</translation>
    </message>
    <message>
        <location filename="../ui/sparkplugview.cpp" line="175"/>
        <source>Charts the selected metric&apos;s values from its node&apos;s NDATA or its device&apos;s DDATA.</source>
        <translation>根据节点的 NDATA 或设备的 DDATA 绘制所选指标的值。</translation>
    </message>
    <message>
        <location filename="../ui/sparkplugview.cpp" line="177"/>
        <source>Issues, newest first</source>
        <translation>问题（最新的在前）</translation>
    </message>
    <message>
        <location filename="../ui/sparkplugview.cpp" line="178"/>
        <source>What broke the Sparkplug specification: choose one to select its node.</source>
        <translation>违反 Sparkplug 规范之处：选择一项即可选中其节点。</translation>
    </message>
</context>
<context>
    <name>Signalbox::SubscriptionPanel</name>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="258"/>
        <source>Topic filter, e.g. sensors/+/temp</source>
        <translation>主题过滤器，例如 sensors/+/temp</translation>
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
        <translation>最大服务质量</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="684"/>
        <source>Colour of this subscription&apos;s messages</source>
        <translation>此订阅的消息颜色</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="142"/>
        <location filename="../ui/subscriptionpanel.cpp" line="671"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="259"/>
        <source>Alias (optional)</source>
        <translation>别名（可选）</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="147"/>
        <location filename="../ui/subscriptionpanel.cpp" line="672"/>
        <source>Subscribe</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="682"/>
        <source>A topic filter, e.g. sensors/+/temp; several separated by commas: a/b, c/#</source>
        <translation>主题过滤器，例如 sensors/+/temp；多个过滤器用逗号分隔：a/b, c/#</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="685"/>
        <source>A name shown instead of the filter (optional)</source>
        <translation>代替过滤器显示的名称（可选）</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="686"/>
        <source>Subscribe to the broker&apos;s own statistics ($SYS/#)</source>
        <translation>订阅代理自身的统计信息（$SYS/#）</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="687"/>
        <source>MQTT 5 options</source>
        <translation>MQTT 5 选项</translation>
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
        <translation>不接收此连接自己发布的消息</translation>
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
        <translation>保留发布者设置的保留标志</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="169"/>
        <location filename="../ui/subscriptionpanel.cpp" line="675"/>
        <source>0: send retained messages</source>
        <translation>0：发送保留消息</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="169"/>
        <location filename="../ui/subscriptionpanel.cpp" line="675"/>
        <source>1: send if the subscription is new</source>
        <translation>1：订阅是新的时才发送</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="170"/>
        <location filename="../ui/subscriptionpanel.cpp" line="676"/>
        <source>2: never send retained messages</source>
        <translation>2：从不发送保留消息</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="690"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="181"/>
        <location filename="../ui/subscriptionpanel.cpp" line="185"/>
        <source>Retain handling:</source>
        <translation>保留处理：</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="182"/>
        <location filename="../ui/subscriptionpanel.cpp" line="187"/>
        <source>Subscription identifier:</source>
        <translation>订阅标识符：</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="258"/>
        <source>Topic filter</source>
        <translation>主题过滤器</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="258"/>
        <source>Filter</source>
        <translation>过滤器</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="259"/>
        <source>Alias</source>
        <translation>别名</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="410"/>
        <source>“%1” is not a valid filter: %2</source>
        <translation>“%1”不是有效的过滤器：%2</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="422"/>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="485"/>
        <source>Change the colour</source>
        <translation>更改颜色</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="501"/>
        <source>Unsubscribe and remove</source>
        <translation>取消订阅并移除</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="502"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="545"/>
        <source>Retain handling %1</source>
        <translation>保留处理 %1</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="547"/>
        <source>Subscription identifier %1</source>
        <translation>订阅标识符 %1</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="550"/>
        <source>QoS %1</source>
        <translation>QoS %1</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="555"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="565"/>
        <source>Pause (unsubscribe, keep in the list)</source>
        <translation>暂停（取消订阅，保留在列表中）</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="565"/>
        <source>Resume (subscribe again)</source>
        <translation>恢复（重新订阅）</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="566"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="566"/>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../ui/subscriptionpanel.cpp" line="599"/>
        <location filename="../ui/subscriptionpanel.cpp" line="611"/>
        <source>Subscription Colour</source>
        <translation>订阅颜色</translation>
    </message>
</context>
<context>
    <name>Signalbox::TopicChartView</name>
    <message>
        <location filename="../ui/topicchartview.cpp" line="1176"/>
        <source>Topic filter, e.g. sensors/+/temperature</source>
        <translation>主题过滤器，例如 sensors/+/temperature</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="1177"/>
        <source>JSON path (optional), e.g. data.values[0]</source>
        <translation>JSON 路径（可选），例如 data.values[0]</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="1178"/>
        <source>Empty: the payload itself is the number. Otherwise the field of a JSON payload, as in temp, a.b.c, values[2] or $.a[0].b; the list holds the numeric fields of the topic&apos;s recent messages.</source>
        <translation>留空：载荷本身就是数字。否则为 JSON 载荷中的字段，例如 temp、a.b.c、values[2] 或 $.a[0].b；列表中是该主题最近消息里的数值字段。</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="169"/>
        <location filename="../ui/topicchartview.cpp" line="322"/>
        <source>Plot</source>
        <translation>绘制</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="171"/>
        <location filename="../ui/topicchartview.cpp" line="317"/>
        <source>Topic:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="174"/>
        <location filename="../ui/topicchartview.cpp" line="318"/>
        <source>JSON path:</source>
        <translation>JSON 路径：</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="196"/>
        <location filename="../ui/topicchartview.cpp" line="323"/>
        <source>Plot selected fields</source>
        <translation>绘制所选字段</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="198"/>
        <location filename="../ui/topicchartview.cpp" line="319"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="209"/>
        <location filename="../ui/topicchartview.cpp" line="324"/>
        <location filename="../ui/topicchartview.cpp" line="992"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="1181"/>
        <source>Freeze the chart; data keeps being collected</source>
        <translation>冻结图表；数据仍会继续收集</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="211"/>
        <location filename="../ui/topicchartview.cpp" line="325"/>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="213"/>
        <location filename="../ui/topicchartview.cpp" line="326"/>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="214"/>
        <location filename="../ui/topicchartview.cpp" line="327"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="215"/>
        <location filename="../ui/topicchartview.cpp" line="320"/>
        <source>Drag along the time axis or use the wheel to zoom</source>
        <translation>沿时间轴拖动或使用滚轮缩放</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="231"/>
        <location filename="../ui/topicchartview.cpp" line="328"/>
        <source>Series</source>
        <translation>序列</translation>
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
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="238"/>
        <location filename="../ui/topicchartview.cpp" line="300"/>
        <location filename="../ui/topicchartview.cpp" line="321"/>
        <location filename="../ui/topicchartview.cpp" line="329"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="248"/>
        <location filename="../ui/topicchartview.cpp" line="330"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="376"/>
        <source>There is no connection to plot from.</source>
        <translation>没有可用于绘图的连接。</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="390"/>
        <source>The messages on %1 so far hold no number at this path; the line starts with the next one that does.</source>
        <translation>%1 上目前的消息在此路径下没有数值；线条将从下一条有数值的消息开始。</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="421"/>
        <source>(the payload)</source>
        <translation>（载荷本身）</translation>
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
            <numerusform>出现在最近的 %n 条消息中</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="431"/>
        <source>The recent messages on %1 hold no numbers to plot.</source>
        <translation>%1 上最近的消息中没有可绘制的数值。</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="435"/>
        <source>The messages on %1 are JSON. Tick the fields to plot (double-click plots one):</source>
        <translation>%1 上的消息是 JSON。勾选要绘制的字段（双击可绘制单个字段）：</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="627"/>
        <source>Topic filter %1, JSON path %2</source>
        <translation>主题过滤器 %1，JSON 路径 %2</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="628"/>
        <source>(none: the payload)</source>
        <translation>（无：载荷本身）</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="666"/>
        <source>Only the first %1 topics are plotted; %2 messages on further topics were not.</source>
        <translation>仅绘制前 %1 个主题；其余主题上的 %2 条消息未绘制。</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="324"/>
        <location filename="../ui/topicchartview.cpp" line="992"/>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="1155"/>
        <source>Export chart as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="1156"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="1160"/>
        <source>Could not write the image to %1.</source>
        <translation>无法将图像写入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="1165"/>
        <source>Export chart data as CSV</source>
        <translation>将图表数据导出为 CSV</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="1166"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/topicchartview.cpp" line="1170"/>
        <source>Could not write the data to %1.</source>
        <translation>无法将数据写入 %1。</translation>
    </message>
</context>
<context>
    <name>Signalbox::TopicTreeView</name>
    <message numerus="yes">
        <location filename="../ui/topictreeview.cpp" line="58"/>
        <source>(%n topic(s))</source>
        <translation>
            <numerusform>（%n 个主题）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topictreeview.cpp" line="125"/>
        <location filename="../ui/topictreeview.cpp" line="182"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../ui/topictreeview.cpp" line="126"/>
        <location filename="../ui/topictreeview.cpp" line="183"/>
        <location filename="../ui/topictreeview.cpp" line="438"/>
        <source>Delete retained…</source>
        <translation>删除保留消息…</translation>
    </message>
    <message>
        <location filename="../ui/topictreeview.cpp" line="127"/>
        <location filename="../ui/topictreeview.cpp" line="184"/>
        <location filename="../ui/topictreeview.cpp" line="436"/>
        <source>Plot</source>
        <translation>绘制</translation>
    </message>
    <message>
        <location filename="../ui/topictreeview.cpp" line="181"/>
        <source>Search topics</source>
        <translation>搜索主题</translation>
    </message>
    <message>
        <location filename="../ui/topictreeview.cpp" line="185"/>
        <source>Chart this topic&apos;s numeric payloads</source>
        <translation>为此主题的数值载荷绘制图表</translation>
    </message>
    <message>
        <location filename="../ui/topictreeview.cpp" line="388"/>
        <source>No topic selected</source>
        <translation>未选择主题</translation>
    </message>
    <message>
        <location filename="../ui/topictreeview.cpp" line="397"/>
        <source> (retained)</source>
        <translation> （保留）</translation>
    </message>
    <message>
        <location filename="../ui/topictreeview.cpp" line="435"/>
        <source>Copy topic</source>
        <translation>复制主题</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topictreeview.cpp" line="456"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… 以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topictreeview.cpp" line="458"/>
        <source>Delete Retained Messages</source>
        <translation>删除保留消息</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topictreeview.cpp" line="459"/>
        <source>Publish an empty retained message to %n topic(s), so the broker deletes their retained messages?</source>
        <translation>
            <numerusform>向 %n 个主题发布空的保留消息，让代理删除它们的保留消息？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signalbox::TrafficView</name>
    <message>
        <location filename="../ui/trafficview.cpp" line="38"/>
        <location filename="../ui/trafficview.cpp" line="137"/>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <location filename="../ui/trafficview.cpp" line="378"/>
        <source>How many topic levels make a subtree: at depth 2, a/b/c counts towards a/b/#</source>
        <translation>多少级主题构成一个子树：深度为 2 时，a/b/c 计入 a/b/#</translation>
    </message>
    <message>
        <location filename="../ui/trafficview.cpp" line="42"/>
        <location filename="../ui/trafficview.cpp" line="138"/>
        <source>Top</source>
        <translation>排名前</translation>
    </message>
    <message>
        <location filename="../ui/trafficview.cpp" line="379"/>
        <source>How many subtrees to list; the rest are summed in &quot;(other)&quot;</source>
        <translation>列出多少个子树；其余的汇总到“（其他）”中</translation>
    </message>
    <message>
        <location filename="../ui/trafficview.cpp" line="47"/>
        <location filename="../ui/trafficview.cpp" line="139"/>
        <source>Rank by</source>
        <translation>排序依据</translation>
    </message>
    <message>
        <location filename="../ui/trafficview.cpp" line="49"/>
        <location filename="../ui/trafficview.cpp" line="140"/>
        <source>Messages/s</source>
        <translation>消息/秒</translation>
    </message>
    <message>
        <location filename="../ui/trafficview.cpp" line="50"/>
        <location filename="../ui/trafficview.cpp" line="141"/>
        <source>Bytes/s</source>
        <translation>字节/秒</translation>
    </message>
    <message>
        <location filename="../ui/trafficview.cpp" line="88"/>
        <location filename="../ui/trafficview.cpp" line="142"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../ui/trafficview.cpp" line="108"/>
        <source>%1: %2 messages</source>
        <translation>%1：%2 条消息</translation>
    </message>
    <message>
        <location filename="../ui/trafficview.cpp" line="332"/>
        <source>No connection.</source>
        <translation>没有连接。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficview.cpp" line="337"/>
        <source>%1 · %2 · %n distinct topic(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n 个不同主题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficview.cpp" line="341"/>
        <source>%1 messages/s and %2 bytes/s over the last %n second(s); %3 messages and %4 bytes since the profile was cleared</source>
        <translation>
            <numerusform>最近 %n 秒内每秒 %1 条消息、%2 字节；自分析数据清除以来共 %3 条消息、%4 字节</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/trafficview.cpp" line="352"/>
        <source>Payload sizes</source>
        <translation>载荷大小</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficview.cpp" line="358"/>
        <source>Payload sizes, all topics, last %n s</source>
        <translation>
            <numerusform>载荷大小，所有主题，最近 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficview.cpp" line="361"/>
        <source>Payload sizes, %1, last %n s</source>
        <translation>
            <numerusform>载荷大小，%1，最近 %n 秒</numerusform>
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
        <translation>连接到 MQTT 代理</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="85"/>
        <source>Choose a broker below, paste a broker&apos;s URL, or make a connection of your own. Everything you subscribe to and publish is kept with the connection.</source>
        <translation>在下方选择一个代理、粘贴代理的 URL，或自己新建连接。订阅和发布的所有内容都随连接一起保存。</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="92"/>
        <source>mqtt://host:1883, mqtts://…, ws://host:8080/mqtt, wss://…</source>
        <translation>mqtt://主机:1883, mqtts://…, ws://主机:8080/mqtt, wss://…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="94"/>
        <location filename="../ui/welcomepage.cpp" line="167"/>
        <location filename="../ui/welcomepage.cpp" line="208"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="97"/>
        <source>Broker URL:</source>
        <translation>代理 URL：</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="113"/>
        <source>On this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="116"/>
        <source>Public test brokers</source>
        <translation>公共测试代理</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="117"/>
        <source>Anyone can read what is sent to these brokers: keep secrets and real data away.</source>
        <translation>任何人都能读取发送到这些代理的内容：请勿发送机密信息和真实数据。</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="125"/>
        <source>New connection…</source>
        <translation>新建连接…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="127"/>
        <source>Import connections…</source>
        <translation>导入连接…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="129"/>
        <source>From a Signalbox export or from MQTTX (its connections and subscriptions).</source>
        <translation>从 Signalbox 导出的文件或 MQTT X（其连接和订阅）导入。</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="160"/>
        <location filename="../ui/welcomepage.cpp" line="174"/>
        <source>Local broker</source>
        <translation>本地代理</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="166"/>
        <source>Look again</source>
        <translation>重新检测</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="210"/>
        <source>Make a connection to %1 over TCP and connect; the arrow offers the other ports.</source>
        <translation>创建到 %1 的 mqtt:// 连接并连接；点箭头可选择其他端口。</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="280"/>
        <source>Looking for a broker on %1…</source>
        <translation>正在 %1 上查找代理…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="282"/>
        <source>A broker answers on %1.</source>
        <translation>%1 上有代理响应。</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="285"/>
        <source>Nothing answers on %1. Start mosquitto (or another broker) and look again.</source>
        <translation>%1 上没有响应。请启动 Mosquitto（或其他代理）后重新检测。</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="294"/>
        <source>Type or paste a broker URL, such as mqtt://127.0.0.1:1883.</source>
        <translation>请输入或粘贴代理 URL，例如 mqtt://127.0.0.1:1883。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/startupoptions.cpp" line="35"/>
        <source>Open a connection to URL (mqtt://, mqtts://, ws://, wss://) and connect.</source>
        <translation>打开到 URL（mqtt://、mqtts://、ws://、wss://）的连接并连接。</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="39"/>
        <source>Name of that connection.</source>
        <translation>该连接的名称。</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="42"/>
        <source>Subscribe that connection to FILTER (repeatable).</source>
        <translation>让该连接订阅 FILTER（可重复）。</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="44"/>
        <source>Keep connection profiles in FILE.</source>
        <translation>将连接配置保存在 FILE 中。</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="48"/>
        <source>Save a picture of the window to FILE after --screenshot-delay ms, then quit.</source>
        <translation>在 --screenshot-delay 毫秒后将窗口截图保存到 FILE，然后退出。</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="51"/>
        <source>Milliseconds before the screenshot (3000).</source>
        <translation>截图前的毫秒数（3000）。</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="54"/>
        <source>Show the message log as a chat.</source>
        <translation>以聊天形式显示消息日志。</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="56"/>
        <source>Show the packet inspector beside the log.</source>
        <translation>在日志旁显示报文检查器。</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="58"/>
        <source>Show the topic tree instead of the message log.</source>
        <translation>显示主题树而不是消息日志。</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="61"/>
        <source>Show the broker&apos;s $SYS dashboard instead of the message log.</source>
        <translation>显示代理的 $SYS 仪表板而不是消息日志。</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="64"/>
        <source>Show VIEW in the middle: messages, topics, traffic, charts, retained, broker or sparkplug.</source>
        <translation>在中间显示 VIEW：messages、topics、traffic、charts、retained、broker 或 sparkplug。</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="70"/>
        <source>Show received payloads as the JavaScript in FILE turns them (its receive(payload, topic)), on the topics of the --subscribe filters.</source>
        <translation>在 --subscribe 过滤器的主题上，按 FILE 中 JavaScript 的 receive(payload, topic) 转换后显示收到的载荷。</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="76"/>
        <source>Chart the numbers of FILTER, or of a JSON field: FILTER|PATH (repeatable).</source>
        <translation>为 FILTER 的数值或某个 JSON 字段绘制图表：FILTER|PATH（可重复）。</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="80"/>
        <source>List the retained messages under FILTER once connected.</source>
        <translation>连接后列出 FILTER 下的保留消息。</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="84"/>
        <source>With --screenshot: also save a picture of the connection editor to FILE.</source>
        <translation>配合 --screenshot：同时将连接编辑器的截图保存到 FILE。</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="90"/>
        <source>A native desktop MQTT client.</source>
        <translation>原生桌面 MQTT 客户端。</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="94"/>
        <source>A broker URL to open and connect, as --connect.</source>
        <translation>要打开并连接的代理 URL，同 --connect。</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="103"/>
        <source>Give one broker URL, not several.</source>
        <translation>只能指定一个代理 URL，不能指定多个。</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="129"/>
        <source>--view is one of: %1.</source>
        <translation>--view 必须是以下之一：%1。</translation>
    </message>
    <message>
        <location filename="../ui/startupoptions.cpp" line="162"/>
        <source>--screenshot-delay needs a number of milliseconds, 0 or more, not &apos;%1&apos;.</source>
        <translation>--screenshot-delay 需要 0 或更大的毫秒数，而不是“%1”。</translation>
    </message>
</context>
</TS>
