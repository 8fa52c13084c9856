// Must not compile (tests/layers/CMakeLists.txt): item models read through services, never from a
// remote API.
#include "sync/chatclient.h"
