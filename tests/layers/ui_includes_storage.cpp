// Must not compile (tests/layers/CMakeLists.txt): widgets go through services, never to a store.
#include "storage/incidentstore.h"
