// An SLO file to import: Sitrep's own, OpenSLO (v1, v1alpha) or Sloth (plain or Kubernetes).
#include "fuzzinput.h"
#include "services/sloimport.h"

using namespace sitrep;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString name = QStringLiteral("slo.yaml");
    if (const auto text = fuzz::fileText(data, size, name))
        (void)SloImport::parse(*text, name);
    return 0;
}
