#include "decoders/scriptengine.h"
