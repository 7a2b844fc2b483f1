#!/usr/bin/env python3
"""A tiny MQTT 5 broker whose only skill is the server side of SCRAM-SHA-1 and
SCRAM-SHA-256 (RFC 5802, RFC 7677) over enhanced authentication (MQTT 5.0
§4.12). It shares nothing with Signalbox: the Python standard library only
(socket, hashlib.pbkdf2_hmac, hmac, base64), so that tst_enhancedauth checks
our client against an independent server.

  scram_broker.py [--user USER] [--password PASSWORD] [--iterations N]
                  [--final good|wrong-signature|none]

It listens on a free port of 127.0.0.1 and prints "PORT <n>" on standard
output, then one line per event, flushed:

  CONNECT method=<m> user=<u> password=<absent|present>
  AUTHENTICATED <user>            the client's proof was right; CONNACK 0 sent
  REFUSED <reason code> <why>     CONNACK with that reason sent
  PUBLISH <topic> <payload>       acknowledged as its QoS asks
  SUBSCRIBE <filter>
  DISCONNECT <reason code>
  CLOSED

--final good sends server-final-message (v=ServerSignature) in the CONNACK;
wrong-signature sends a signature one bit off; none leaves it out. A wrong
proof gets CONNACK 0x86 (Bad user name or password) with "e=invalid-proof", an
unknown user CONNACK 0x86 with "e=unknown-user", an unknown method CONNACK 0x8C.
It serves each connection in a thread of its own until it is killed or its
standard input closes.
"""
import argparse
import base64
import hashlib
import hmac
import os
import select
import socket
import struct
import sys
import threading

HASHES = {"SCRAM-SHA-1": "sha1", "SCRAM-SHA-256": "sha256"}

CONNECT, CONNACK, PUBLISH, PUBACK, PUBREC, PUBREL, PUBCOMP = 1, 2, 3, 4, 5, 6, 7
SUBSCRIBE, SUBACK, PINGREQ, PINGRESP, DISCONNECT, AUTH = 8, 9, 12, 13, 14, 15

AUTHENTICATION_METHOD, AUTHENTICATION_DATA = 0x15, 0x16
# MQTT 5.0 §2.2.2.2: the property identifiers by the type of their value.
BYTE_PROPS = {0x01, 0x17, 0x19, 0x24, 0x25, 0x28, 0x29, 0x2A}
TWO_BYTE_PROPS = {0x13, 0x21, 0x22, 0x23}
FOUR_BYTE_PROPS = {0x02, 0x11, 0x18, 0x27}
VARINT_PROPS = {0x0B}
STRING_PROPS = {0x03, 0x08, 0x12, 0x15, 0x1A, 0x1C, 0x1F}
BINARY_PROPS = {0x09, 0x16}
PAIR_PROPS = {0x26}


PRINTING = threading.Lock()


def say(line):
    with PRINTING:
        print(line, flush=True)


class Closed(Exception):
    pass


class Reader:
    def __init__(self, data):
        self.data, self.pos = data, 0

    def take(self, n):
        if self.pos + n > len(self.data):
            raise ValueError("packet too short")
        out = self.data[self.pos:self.pos + n]
        self.pos += n
        return out

    def byte(self):
        return self.take(1)[0]

    def u16(self):
        return struct.unpack(">H", self.take(2))[0]

    def varint(self):
        value, shift = 0, 0
        while True:
            b = self.byte()
            value |= (b & 0x7F) << shift
            if not b & 0x80:
                return value
            shift += 7

    def binary(self):
        return self.take(self.u16())

    def string(self):
        return self.binary().decode("utf-8")

    def rest(self):
        return self.data[self.pos:]

    def properties(self):
        end = self.varint() + self.pos
        props = {}
        while self.pos < end:
            pid = self.varint()
            if pid in BYTE_PROPS:
                value = self.byte()
            elif pid in TWO_BYTE_PROPS:
                value = self.u16()
            elif pid in FOUR_BYTE_PROPS:
                value = struct.unpack(">I", self.take(4))[0]
            elif pid in VARINT_PROPS:
                value = self.varint()
            elif pid in STRING_PROPS:
                value = self.string()
            elif pid in BINARY_PROPS:
                value = self.binary()
            elif pid in PAIR_PROPS:
                value = (self.string(), self.string())
            else:
                raise ValueError("unknown property 0x%02x" % pid)
            props[pid] = value
        return props


def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)


def binary(data):
    return struct.pack(">H", len(data)) + data


def properties(method=None, data=None):
    body = b""
    if method is not None:
        body += bytes([AUTHENTICATION_METHOD]) + binary(method.encode())
    if data is not None:
        body += bytes([AUTHENTICATION_DATA]) + binary(data)
    return varint(len(body)) + body


def packet(kind, flags, body):
    return bytes([(kind << 4) | flags]) + varint(len(body)) + body


class Connection:
    def __init__(self, sock, args):
        self.sock, self.args, self.buffer = sock, args, b""

    def read_packet(self):
        while True:
            if len(self.buffer) >= 2:
                length, shift, i = 0, 0, 1
                while i < len(self.buffer):
                    b = self.buffer[i]
                    length |= (b & 0x7F) << shift
                    shift += 7
                    i += 1
                    if not b & 0x80:
                        if len(self.buffer) >= i + length:
                            first = self.buffer[0]
                            body = self.buffer[i:i + length]
                            self.buffer = self.buffer[i + length:]
                            return first >> 4, first & 0x0F, body
                        break
            chunk = self.sock.recv(65536)
            if not chunk:
                raise Closed()
            self.buffer += chunk

    def send(self, data):
        self.sock.sendall(data)

    def connack(self, reason, method=None, data=None):
        self.send(packet(CONNACK, 0, bytes([0, reason]) + properties(method, data)))

    def refuse(self, reason, why, method=None, data=None):
        self.connack(reason, method, data)
        say("REFUSED 0x%02x %s" % (reason, why))
        raise Closed()

    def handshake(self):
        kind, _, body = self.read_packet()
        if kind != CONNECT:
            raise Closed()
        r = Reader(body)
        r.string()  # "MQTT"
        if r.byte() != 5:
            self.refuse(0x84, "not MQTT 5")
        flags = r.byte()
        r.u16()  # keep-alive
        props = r.properties()
        r.string()  # client id
        if flags & 0x04:  # will
            r.properties()
            r.string()
            r.binary()
        user = r.string() if flags & 0x80 else None
        has_password = bool(flags & 0x40)
        method = props.get(AUTHENTICATION_METHOD)
        say("CONNECT method=%s user=%s password=%s"
            % (method, user, "present" if has_password else "absent"))
        if method not in HASHES:
            self.refuse(0x8C, "unknown method")
        self.scram(method, props.get(AUTHENTICATION_DATA, b""))

    def scram(self, method, client_first):
        digest = HASHES[method]
        # client-first-message: gs2-header "n,," then n=user,r=nonce
        if not client_first.startswith(b"n,,"):
            self.refuse(0x87, "channel binding asked for", method, b"e=other-error")
        bare = client_first[3:]
        fields = dict(part.split(b"=", 1) for part in bare.split(b","))
        user = fields[b"n"].replace(b"=2C", b",").replace(b"=3D", b"=").decode("utf-8")
        client_nonce = fields[b"r"]
        if user != self.args.user:
            self.refuse(0x86, "unknown user", method, b"e=unknown-user")
        salt = os.urandom(16)
        nonce = client_nonce + base64.b64encode(os.urandom(18))
        server_first = b"r=%s,s=%s,i=%d" % (nonce, base64.b64encode(salt), self.args.iterations)
        self.send(packet(AUTH, 0, bytes([0x18]) + properties(method, server_first)))

        kind, _, body = self.read_packet()
        if kind == DISCONNECT:
            say("DISCONNECT 0x%02x" % (body[0] if body else 0))
            raise Closed()
        r = Reader(body)
        if kind != AUTH or r.byte() != 0x18:
            self.refuse(0x82, "expected AUTH 0x18")
        props = r.properties()
        if props.get(AUTHENTICATION_METHOD) != method:
            self.refuse(0x82, "AUTH without the method")
        client_final = props.get(AUTHENTICATION_DATA, b"")
        without_proof, _, proof = client_final.rpartition(b",p=")
        if without_proof != b"c=biws,r=" + nonce:
            self.refuse(0x87, "channel binding or nonce differs", method, b"e=other-error")

        salted = hashlib.pbkdf2_hmac(digest, self.args.password.encode("utf-8"), salt, self.args.iterations)
        client_key_hmac = hmac.new(salted, b"Client Key", digest).digest()
        stored_key = hashlib.new(digest, client_key_hmac).digest()
        auth_message = bare + b"," + server_first + b"," + without_proof
        client_signature = hmac.new(stored_key, auth_message, digest).digest()
        client_key = bytes(a ^ b for a, b in zip(base64.b64decode(proof), client_signature))
        if not hmac.compare_digest(hashlib.new(digest, client_key).digest(), stored_key):
            self.refuse(0x86, "invalid proof", method, b"e=invalid-proof")

        server_key = hmac.new(salted, b"Server Key", digest).digest()
        signature = bytearray(hmac.new(server_key, auth_message, digest).digest())
        if self.args.final == "wrong-signature":
            signature[0] ^= 0x01
        final = None if self.args.final == "none" else b"v=" + base64.b64encode(bytes(signature))
        self.connack(0, method, final)
        say("AUTHENTICATED %s" % user)

    def serve(self):
        self.handshake()
        while True:
            kind, flags, body = self.read_packet()
            r = Reader(body)
            if kind == PUBLISH:
                qos = (flags >> 1) & 3
                topic = r.string()
                packet_id = r.u16() if qos else 0
                r.properties()
                say("PUBLISH %s %s" % (topic, r.rest().decode("utf-8", "replace")))
                if qos == 1:
                    self.send(packet(PUBACK, 0, struct.pack(">H", packet_id)))
                elif qos == 2:
                    self.send(packet(PUBREC, 0, struct.pack(">H", packet_id)))
            elif kind == PUBREL:
                self.send(packet(PUBCOMP, 0, body[:2]))
            elif kind == SUBSCRIBE:
                packet_id = r.u16()
                r.properties()
                granted = b""
                while r.pos < len(body):
                    say("SUBSCRIBE %s" % r.string())
                    granted += bytes([r.byte() & 3])
                self.send(packet(SUBACK, 0, struct.pack(">H", packet_id) + varint(0) + granted))
            elif kind == PINGREQ:
                self.send(packet(PINGRESP, 0, b""))
            elif kind == DISCONNECT:
                say("DISCONNECT 0x%02x" % (body[0] if body else 0))
                raise Closed()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--user", default="user")
    parser.add_argument("--password", default="pencil")
    parser.add_argument("--iterations", type=int, default=4096)
    parser.add_argument("--final", choices=["good", "wrong-signature", "none"], default="good")
    args = parser.parse_args()

    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", 0))
    server.listen(4)
    say("PORT %d" % server.getsockname()[1])
    while True:
        ready, _, _ = select.select([server, sys.stdin], [], [])
        if sys.stdin in ready and not sys.stdin.buffer.read1(1):
            return  # the test ended
        if server not in ready:
            continue
        sock, _ = server.accept()
        threading.Thread(target=serve, args=(sock, args), daemon=True).start()


def serve(sock, args):
    sock.settimeout(60)
    try:
        Connection(sock, args).serve()
    except (Closed, ConnectionError, socket.timeout, ValueError, KeyError):
        pass
    finally:
        sock.close()
        say("CLOSED")


if __name__ == "__main__":
    main()
