#include "decoders/protobufschema.h"
