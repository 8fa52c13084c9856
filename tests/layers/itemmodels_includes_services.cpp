// Allowed: item models read from services. Must compile, or the failures above prove nothing.
#include "domain/incident.h"
#include "services/incidentservice.h"
