// Must not compile (tests/layers/CMakeLists.txt): a layer never sees the layers above it.
#include "services/incidentservice.h"
