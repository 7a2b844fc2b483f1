#include "decoders/decodedpayload.h"
