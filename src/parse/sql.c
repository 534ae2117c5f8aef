/* placeholder: being written */
#include "parse/sql.h"
