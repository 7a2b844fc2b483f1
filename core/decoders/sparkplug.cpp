#include "decoders/sparkplug.h"
