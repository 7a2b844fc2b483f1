#include "decoders/avroschema.h"
