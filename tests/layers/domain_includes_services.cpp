// Must not compile (tests/layers/CMakeLists.txt): domain/ sits under every layer and sees none of
// them.
#include "services/incidentservice.h"
