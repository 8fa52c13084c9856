// Alertmanager's answer to GET /api/v2/alerts, as the alert sync reads it.
#include "fuzzinput.h"
#include "sync/alertmanageralerts.h"

using namespace sitrep;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)AlertmanagerAlerts::parse(fuzz::bytes(data, size));
    return 0;
}
