#pragma once

// Private to signalbox_payload: byte-level helpers that json.cpp, binaryformats.cpp
// and payloadformat.cpp share. Inline, as they run once per byte of a payload.

#include <QByteArrayView>
#include <QtGlobal>

namespace Signalbox::PayloadDetail {

// Deep nesting indents every line: past this much output the writers stop.
constexpr qsizetype MaxOutputChars = 32 * 1024 * 1024;

// RFC 3629: length of the well-formed UTF-8 sequence at p, 0 if there is none.
inline int utf8SequenceLength(const uchar *p, qsizetype available)
{
    const uchar c = p[0];
    if (c < 0x80)
        return 1;
    auto cont = [&](int i) { return i < available && (p[i] & 0xC0) == 0x80; };
    if (c < 0xC2)
        return 0;
    if (c < 0xE0)
        return cont(1) ? 2 : 0;
    if (c < 0xF0) {
        if (!cont(1) || !cont(2) || (c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] >= 0xA0))
            return 0;
        return 3;
    }
    if (c < 0xF5) {
        if (!cont(1) || !cont(2) || !cont(3) || (c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] >= 0x90))
            return 0;
        return 4;
    }
    return 0;
}

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

} // namespace Signalbox::PayloadDetail
