#!/usr/bin/env python3
"""Writes Avro test payloads with Apache Avro's own Python library (python3-avro),
so that tst_avroschema never checks Signalbox's reader against Signalbox's writer.

  make_avro.py datum <schema.avsc> <out>             one binary datum
  make_avro.py container <schema.avsc> <out> [codec] an object container file
  make_avro.py read <schema.avsc> <in>               a binary datum back, as repr()

The values come on stdin as one Python expression (a list of them for a container;
datetime, date and uuid may be used), evaluated with nothing else in reach.
"""
import datetime
import io
import sys
import uuid

import avro.datafile
import avro.io
import avro.schema


def main():
    mode, schema_file, path = sys.argv[1:4]
    with open(schema_file) as f:
        schema = avro.schema.parse(f.read())
    if mode == "read":
        with open(path, "rb") as f:
            decoder = avro.io.BinaryDecoder(io.BytesIO(f.read()))
        print(repr(avro.io.DatumReader(schema).read(decoder)))
        return
    value = eval(sys.stdin.read(), {"__builtins__": {}},
                 {"datetime": datetime.datetime, "date": datetime.date, "timezone": datetime.timezone,
                  "uuid": uuid.UUID})
    if mode == "datum":
        out = io.BytesIO()
        avro.io.DatumWriter(schema).write(value, avro.io.BinaryEncoder(out))
        with open(path, "wb") as f:
            f.write(out.getvalue())
    elif mode == "container":
        codec = sys.argv[4] if len(sys.argv) > 4 else "null"
        with open(path, "wb") as f:
            writer = avro.datafile.DataFileWriter(f, avro.io.DatumWriter(), schema, codec=codec)
            for item in value:
                writer.append(item)
            writer.close()
    else:
        sys.exit(f"unknown mode {mode}")


if __name__ == "__main__":
    main()
