# tst_avroschema's reading, as a Python expression for make_avro.py.
{"device": "greenhouse-7", "status": "FAULT",
 "location": {"lat": 52.52, "lon": 13.405, "room": "Süd"},
 "values": [21.5, -0.25, 1e20], "counters": {"resets": 3, "big": 9007199254740993},
 "battery": 3300, "mac": b"\x00\x1a\x2b\x3c\x4d\xff", "raw": b"\x00\x01\x7f\x80\xff\"",
 "taken": datetime(2023, 11, 14, 22, 13, 20, 500000, tzinfo=timezone.utc), "day": date(2024, 2, 29),
 "id": "123e4567-e89b-12d3-a456-426614174000", "ok": True,
 "previous": {"lat": -1.0, "lon": 0.0, "room": None}}
