// Must not compile (tests/layers/CMakeLists.txt): storage/ and sync/ sit side by side and never
// see each other.
#include "storage/alertstore.h"
