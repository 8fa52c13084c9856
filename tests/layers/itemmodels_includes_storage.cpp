// Must not compile (tests/layers/CMakeLists.txt): item models read through services, never from a
// store.
#include "storage/incidentstore.h"
