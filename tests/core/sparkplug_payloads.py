#!/usr/bin/env python3
"""An encoder and decoder of Sparkplug B payloads that shares nothing with ours:
Google's Python protobuf runtime on the module protoc generated from
core/decoders/sparkplug_b.proto, and the 3.0 array packing done here with struct.

  sparkplug_payloads.py <dir with sparkplug_b_pb2.py> make <out dir>
      writes the test payloads (*.bin) that tst_sparkplug decodes
  sparkplug_payloads.py <dir with sparkplug_b_pb2.py> decode <file>
      prints the payload as JSON (json_format.MessageToDict, proto field names),
      with each array metric's values unpacked under "arrays"
"""
import json
import struct
import sys

sys.path.insert(0, sys.argv[1])
import sparkplug_b_pb2 as sp  # noqa: E402
from google.protobuf import json_format  # noqa: E402

Payload = sp.Payload
T = sp.DataType

# Sparkplug 3.0 §6.4.17: little-endian packing into bytes_value.
ARRAY_FORMATS = {
    T.Int8Array: "b", T.Int16Array: "h", T.Int32Array: "i", T.Int64Array: "q",
    T.UInt8Array: "B", T.UInt16Array: "H", T.UInt32Array: "I", T.UInt64Array: "Q",
    T.FloatArray: "f", T.DoubleArray: "d", T.DateTimeArray: "Q",
}


def pack(datatype, values):
    if datatype == T.BooleanArray:
        bits = bytearray((len(values) + 7) // 8)
        for i, v in enumerate(values):
            if v:
                bits[i // 8] |= 0x80 >> (i % 8)
        return struct.pack("<I", len(values)) + bytes(bits)
    if datatype == T.StringArray:
        return b"".join(s.encode("utf-8") + b"\0" for s in values)
    return struct.pack("<%d%s" % (len(values), ARRAY_FORMATS[datatype]), *values)


def unpack(datatype, data):
    if datatype == T.BooleanArray:
        (count,) = struct.unpack_from("<I", data)
        return [bool(data[4 + i // 8] & (0x80 >> (i % 8))) for i in range(count)]
    if datatype == T.StringArray:
        return [s.decode("utf-8") for s in data.split(b"\0")[:-1]]
    fmt = ARRAY_FORMATS[datatype]
    return list(struct.unpack("<%d%s" % (len(data) // struct.calcsize(fmt), fmt), data))


def add(payload, name, alias, datatype, **value):
    m = payload.metrics.add()
    if name is not None:
        m.name = name
    if alias is not None:
        m.alias = alias
    if datatype is not None:
        m.datatype = datatype
    for k, v in value.items():
        setattr(m, k, v)
    return m


def nbirth():
    p = Payload()
    p.timestamp = 1700000000000
    p.seq = 0
    add(p, "bdSeq", 1, T.UInt64, long_value=7)
    add(p, "Node Control/Rebirth", 2, T.Boolean, boolean_value=False)
    add(p, "i8", 3, T.Int8, int_value=(-5) & 0xFFFFFFFF)
    add(p, "i16", 4, T.Int16, int_value=(-300) & 0xFFFFFFFF)
    add(p, "i32", 5, T.Int32, int_value=(-70000) & 0xFFFFFFFF)
    add(p, "i64", 6, T.Int64, long_value=(-(2**40)) & 0xFFFFFFFFFFFFFFFF)
    add(p, "u8", 7, T.UInt8, int_value=200)
    add(p, "u16", 8, T.UInt16, int_value=60000)
    add(p, "u32", 9, T.UInt32, int_value=4000000000)
    add(p, "u64", 10, T.UInt64, long_value=2**63 + 5)
    add(p, "f", 11, T.Float, float_value=1.5)
    add(p, "d", 12, T.Double, double_value=3.141592653589793)
    add(p, "b", 13, T.Boolean, boolean_value=True)
    add(p, "s", 14, T.String, string_value='h\u00e9llo "q"\n')
    add(p, "dt", 15, T.DateTime, long_value=1700000000123)
    add(p, "text", 16, T.Text, string_value="long text")
    add(p, "uuid", 17, T.UUID, string_value="123e4567-e89b-12d3-a456-426614174000")
    add(p, "bytes", 18, T.Bytes, bytes_value=b"\x00\x01\xff")
    f = add(p, "file", 19, T.File, bytes_value=b"hello")
    f.metadata.file_name = "hello.txt"
    f.metadata.size = 5
    add(p, "a_i8", 20, T.Int8Array, bytes_value=pack(T.Int8Array, [-1, 2, -128]))
    add(p, "a_i16", 21, T.Int16Array, bytes_value=pack(T.Int16Array, [-300, 300]))
    add(p, "a_i32", 22, T.Int32Array, bytes_value=pack(T.Int32Array, [-70000, 1]))
    add(p, "a_i64", 23, T.Int64Array, bytes_value=pack(T.Int64Array, [-(2**40), 2**62]))
    add(p, "a_u8", 24, T.UInt8Array, bytes_value=pack(T.UInt8Array, [0, 255]))
    add(p, "a_u16", 25, T.UInt16Array, bytes_value=pack(T.UInt16Array, [65535]))
    add(p, "a_u32", 26, T.UInt32Array, bytes_value=pack(T.UInt32Array, [4000000000]))
    add(p, "a_u64", 27, T.UInt64Array, bytes_value=pack(T.UInt64Array, [2**64 - 1, 3]))
    add(p, "a_f", 28, T.FloatArray, bytes_value=pack(T.FloatArray, [1.5, -2.25]))
    add(p, "a_d", 29, T.DoubleArray, bytes_value=pack(T.DoubleArray, [0.1, -1e300]))
    # The specification's example: 12 values in 0x0C000000 0x34 0xD0... (MSB first).
    add(p, "a_b", 30, T.BooleanArray,
        bytes_value=pack(T.BooleanArray, [False, False, True, True, False, True, False, False, True, True, False, True]))
    add(p, "a_s", 31, T.StringArray, bytes_value=pack(T.StringArray, ["ab", "", "\u00e9"]))
    add(p, "a_dt", 32, T.DateTimeArray, bytes_value=pack(T.DateTimeArray, [1700000000000]))
    ds = add(p, "table", 33, T.DataSet).dataset_value
    ds.num_of_columns = 3
    ds.columns.extend(["id", "name", "temp"])
    ds.types.extend([T.Int32, T.String, T.Double])
    for i, n, t in [(-1, "a", 20.5), (2, "b", -1.25)]:
        row = ds.rows.add()
        row.elements.add().int_value = i & 0xFFFFFFFF
        row.elements.add().string_value = n
        row.elements.add().double_value = t
    tm = add(p, "motor", 34, T.Template).template_value
    tm.version = "1.0"
    tm.template_ref = "Motor"
    tm.is_definition = False
    prm = tm.parameters.add()
    prm.name = "rated"
    prm.type = T.Double
    prm.double_value = 7.5
    add(tm, "rpm", None, T.Int32, int_value=1500)
    inner = add(tm, "bearing", None, T.Template).template_value
    inner.template_ref = "Bearing"
    add(inner, "temp", None, T.Float, float_value=40.25)
    n = add(p, "nothing", 35, T.Int32, is_null=True)
    q = add(p, "with quality", 36, T.Double, double_value=21.5)
    q.properties.keys.extend(["Quality", "engUnit", "limits"])
    v = q.properties.values.add()
    v.type = T.Int32
    v.int_value = 192
    v = q.properties.values.add()
    v.type = T.String
    v.string_value = "\u00b0C"
    v = q.properties.values.add()
    v.type = T.PropertySet
    v.propertyset_value.keys.append("high")
    hv = v.propertyset_value.values.add()
    hv.type = T.Int64
    hv.long_value = 100
    del n
    return p


def ddata():
    p = Payload()
    p.timestamp = 1700000001000
    p.seq = 255
    # After a birth, metrics by alias only (Sparkplug 3.0 §6.4.3).
    add(p, None, 5, None, int_value=42, timestamp=1700000000999)
    m = add(p, None, 12, None, double_value=2.5)
    m.is_historical = True
    add(p, None, 13, None, boolean_value=True)
    return p


def mismatch():
    p = Payload()
    p.seq = 1
    add(p, "wrong field", None, T.Int32, double_value=1.5)
    add(p, "future type", None, 77, int_value=9)
    add(p, "odd array", None, T.Int16Array, bytes_value=b"\x01\x02\x03")
    add(p, "big int8", None, T.Int8, int_value=1000)
    return p


def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def field(number, data):
    return varint(number << 3 | 2) + varint(len(data)) + data


def deep(levels):
    # Templates in templates, written by hand: protobuf refuses to read past 100 levels.
    metric = field(1, b"leaf")
    for _ in range(levels):
        template = field(2, metric)  # Template.metrics
        metric = field(1, b"t") + varint(4 << 3) + varint(T.Template) + field(18, template)
    return varint(1 << 3) + varint(1) + field(2, metric)


def make(out):
    for name, p in [("nbirth", nbirth()), ("ddata", ddata()), ("mismatch", mismatch())]:
        with open("%s/%s.bin" % (out, name), "wb") as f:
            f.write(p.SerializeToString())
    with open("%s/deep.bin" % out, "wb") as f:
        f.write(deep(80))
    with open("%s/deep_ok.bin" % out, "wb") as f:
        f.write(deep(20))


def decode(path):
    p = Payload()
    with open(path, "rb") as f:
        p.ParseFromString(f.read())
    arrays = {}
    for m in p.metrics:
        if m.datatype in ARRAY_FORMATS or m.datatype in (T.BooleanArray, T.StringArray):
            arrays[m.name] = unpack(m.datatype, m.bytes_value)
    message = json_format.MessageToDict(p, preserving_proto_field_name=True)
    print(json.dumps({"message": message, "arrays": arrays}))


if __name__ == "__main__":
    if sys.argv[2] == "make":
        make(sys.argv[3])
    else:
        decode(sys.argv[3])
