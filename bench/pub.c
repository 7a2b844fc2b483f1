/* pub: the benchmark's publisher. Pushes N PUBLISH packets of S payload bytes into an
 * MQTT broker on a loopback address as fast as the broker takes them, so that the
 * subscriber under test, not the publisher, is what the benchmark measures.
 *
 * Packets are built into one buffer and written with one send() per ~256 KiB, so the
 * publisher spends little of the two cores it shares with the broker and the subscriber.
 *   QoS 0: fire; at the end a PINGREQ, whose PINGRESP says the broker has handled
 *          every PUBLISH before it (it handles one connection's packets in order).
 *   QoS 1: at most -w PUBLISHes unacknowledged (default 10000); when the window is full
 *          it flushes and reads PUBACKs until half of it is free; at the end it waits for
 *          every PUBACK. The window must be wide: the broker's PUBACKs are small writes
 *          that Nagle's algorithm holds back, and a narrow window stalls on them.
 * Then DISCONNECT, half-close, and a short wait for the broker to close its side.
 *
 * Prints one line:  t_start=<s> t_end=<s> n=<N> qos=<Q> rate=<msgs/s>
 * (t_start: first byte written; t_end: last PINGRESP or PUBACK; CLOCK_REALTIME seconds,
 * comparable with `date +%s.%N`). Exit status 0, or 1 with a sentence on stderr.
 *
 *   pub -p PORT -t TOPIC -n N [-s 256] [-q 0|1] [-w 10000] [-h 127.0.0.1] [-i CLIENT_ID]
 *       [-T COUNT [-o FIRST] [-S STEP]]
 *
 * With -T the messages go round COUNT topics, TOPIC/<FIRST + k*STEP> for k = 0..COUNT-1
 * (so that side-by-side publishers can share out TOPIC/0..M-1), one message each in turn.
 *
 * MQTT 3.1.1 only; refuses any host outside 127.0.0.0/8.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <getopt.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

enum { CHUNK = 256 * 1024, ACKBUF = 64 * 1024 };

static void fail(const char *what)
{
    if (errno)
        fprintf(stderr, "pub: %s: %s\n", what, strerror(errno));
    else
        fprintf(stderr, "pub: %s\n", what);
    exit(1);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void send_all(int fd, const uint8_t *p, size_t len)
{
    while (len > 0) {
        ssize_t w = send(fd, p, len, MSG_NOSIGNAL);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            fail("send");
        }
        p += w;
        len -= (size_t)w;
    }
}

/* MQTT 3.1.1 §2.2.3 remaining length */
static size_t put_length(uint8_t *p, size_t v)
{
    size_t n = 0;
    do {
        uint8_t digit = v % 128;
        v /= 128;
        p[n++] = v ? (uint8_t)(digit | 0x80) : digit;
    } while (v);
    return n;
}

static size_t put_string(uint8_t *p, const char *s, size_t len)
{
    p[0] = (uint8_t)(len >> 8);
    p[1] = (uint8_t)len;
    memcpy(p + 2, s, len);
    return 2 + len;
}

/* What the broker sends back: CONNACK, PUBACKs, PINGRESP. */
struct input {
    uint8_t buf[ACKBUF];
    size_t len;
    int connack; /* return code + 1 once received */
    long pubacks;
    int pingresp;
};

/* Reads what is there (blocking when `block`) and counts the packets in it. */
static void read_input(int fd, struct input *in, int block)
{
    ssize_t r = recv(fd, in->buf + in->len, sizeof in->buf - in->len, block ? 0 : MSG_DONTWAIT);
    if (r == 0) {
        errno = 0;
        fail("the broker closed the connection");
    }
    if (r < 0) {
        if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
            return;
        fail("recv");
    }
    in->len += (size_t)r;
    size_t pos = 0;
    for (;;) {
        /* fixed header: type byte, remaining length (at most 4 bytes) */
        size_t rem = 0, i = 1;
        int shift = 0, complete = 0;
        while (pos + i < in->len && i <= 4) {
            uint8_t b = in->buf[pos + i++];
            rem |= (size_t)(b & 0x7f) << shift;
            shift += 7;
            if (!(b & 0x80)) {
                complete = 1;
                break;
            }
        }
        if (!complete || pos + i + rem > in->len)
            break;
        switch (in->buf[pos] >> 4) {
        case 2: in->connack = (rem >= 2 ? in->buf[pos + i + 1] : 255) + 1; break;
        case 4: in->pubacks++; break;
        case 13: in->pingresp++; break;
        default: errno = 0; fail("unexpected packet from the broker");
        }
        pos += i + rem;
    }
    memmove(in->buf, in->buf + pos, in->len - pos);
    in->len -= pos;
}

static int connect_loopback(const char *host, int port)
{
    struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    if (strcmp(host, "localhost") == 0)
        host = "127.0.0.1";
    if (inet_pton(AF_INET, host, &sa.sin_addr) != 1 || (ntohl(sa.sin_addr.s_addr) >> 24) != 127) {
        fprintf(stderr, "pub: %s is not an IPv4 loopback address; pub only talks to 127.0.0.0/8\n", host);
        exit(2);
    }
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        fail("socket");
    if (connect(fd, (struct sockaddr *)&sa, sizeof sa) != 0)
        fail("connect");
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

static void usage(void)
{
    fprintf(stderr, "usage: pub -p PORT -t TOPIC -n N [-s BYTES] [-q 0|1] [-w WINDOW] [-h 127.0.0.1] [-i ID]"
                    " [-T COUNT [-o FIRST] [-S STEP]]\n");
    exit(2);
}

int main(int argc, char **argv)
{
    const char *host = "127.0.0.1", *topic = NULL;
    char id[64];
    snprintf(id, sizeof id, "bench-pub-%ld", (long)getpid());
    int port = 0, qos = 0, opt;
    long n = -1, size = 256, window = 10000, spread = 0, first = 0, step = 1;
    while ((opt = getopt(argc, argv, "h:p:t:n:s:q:w:i:T:o:S:")) != -1) {
        switch (opt) {
        case 'h': host = optarg; break;
        case 'p': port = atoi(optarg); break;
        case 't': topic = optarg; break;
        case 'n': n = atol(optarg); break;
        case 's': size = atol(optarg); break;
        case 'q': qos = atoi(optarg); break;
        case 'w': window = atol(optarg); break;
        case 'i': snprintf(id, sizeof id, "%s", optarg); break;
        case 'T': spread = atol(optarg); break;
        case 'o': first = atol(optarg); break;
        case 'S': step = atol(optarg); break;
        default: usage();
        }
    }
    if (port <= 0 || !topic || n < 0 || size < 0 || size > 1 << 20 || (qos != 0 && qos != 1) || window < 1
        || window > 30000 || spread < 0 || first < 0 || step < 1)
        usage();

    int fd = connect_loopback(host, port);
    struct input in = {.len = 0};

    /* CONNECT: MQTT 3.1.1 (level 4), clean session, keep alive 600 s */
    uint8_t pkt[128];
    size_t idlen = strlen(id), body = 10 + 2 + idlen, len = 0;
    pkt[len++] = 0x10;
    len += put_length(pkt + len, body);
    len += put_string(pkt + len, "MQTT", 4);
    pkt[len++] = 4;
    pkt[len++] = 0x02;
    pkt[len++] = 600 >> 8;
    pkt[len++] = 600 & 0xff;
    len += put_string(pkt + len, id, idlen);
    send_all(fd, pkt, len);
    while (!in.connack)
        read_input(fd, &in, 1);
    if (in.connack != 1) {
        fprintf(stderr, "pub: the broker refused the connection (CONNACK return code %d)\n", in.connack - 1);
        return 1;
    }

    size_t base = strlen(topic), tlen = base;
    size_t maxpkt = 1 + 4 + 2 + base + 24 + 2 + (size_t)size;
    char *name = malloc(base + 24);
    if (!name)
        fail("malloc");
    memcpy(name, topic, base);
    uint8_t *out = malloc(CHUNK + maxpkt), *payload = malloc((size_t)size + 1);
    if (!out || !payload)
        fail("malloc");
    for (long i = 0; i < size; i++)
        payload[i] = (uint8_t)('a' + i % 26);

    long sent = 0;
    uint16_t packet_id = 0;
    size_t olen = 0;
    double t_start = now();
    for (long i = 0; i < n; i++) {
        if (qos == 1 && sent - in.pubacks >= window) {
            send_all(fd, out, olen);
            olen = 0;
            while (sent - in.pubacks > window / 2)
                read_input(fd, &in, 1);
        }
        if (spread)
            tlen = base + (size_t)sprintf(name + base, "/%ld", first + (i % spread) * step);
        out[olen++] = (uint8_t)(0x30 | (qos << 1));
        olen += put_length(out + olen, 2 + tlen + (qos ? 2 : 0) + (size_t)size);
        olen += put_string(out + olen, spread ? name : topic, tlen);
        if (qos) {
            if (++packet_id == 0) /* §2.3.1: packet identifiers are non-zero */
                packet_id = 1;
            out[olen++] = (uint8_t)(packet_id >> 8);
            out[olen++] = (uint8_t)packet_id;
        }
        memcpy(out + olen, payload, (size_t)size);
        olen += (size_t)size;
        sent++;
        if (olen >= CHUNK) {
            send_all(fd, out, olen);
            olen = 0;
            if (qos == 1)
                read_input(fd, &in, 0);
        }
    }
    out[olen++] = 0xc0; /* PINGREQ */
    out[olen++] = 0x00;
    send_all(fd, out, olen);
    while (!in.pingresp || in.pubacks < (qos ? sent : 0))
        read_input(fd, &in, 1);
    double t_end = now();

    const uint8_t disconnect[2] = {0xe0, 0x00};
    send_all(fd, disconnect, sizeof disconnect);
    /* half-close and give the broker a moment to handle the DISCONNECT and close its side,
     * so that it logs a clean disconnect rather than a reset connection */
    shutdown(fd, SHUT_WR);
    struct pollfd pfd = {.fd = fd, .events = POLLIN};
    poll(&pfd, 1, 1000);
    close(fd);
    double elapsed = t_end - t_start;
    printf("t_start=%.6f t_end=%.6f n=%ld qos=%d rate=%.0f\n", t_start, t_end, n, qos,
           elapsed > 0 ? (double)n / elapsed : 0.0);
    free(out);
    free(payload);
    free(name);
    return 0;
}
