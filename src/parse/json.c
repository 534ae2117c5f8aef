/* placeholder: being written */
#include "parse/json.h"
