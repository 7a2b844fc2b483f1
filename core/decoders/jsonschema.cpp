#include "decoders/jsonschema.h"
