/* placeholder: being written */
#include "input/archive.h"
