// Must not compile (tests/layers/CMakeLists.txt): widgets go through services, never to the
// network.
#include "sync/secretstore.h"
