// A response checklist a person writes in ~/.config/sitrep/checklists.json.
#include "domain/checklist.h"
#include "fuzzinput.h"

using namespace sitrep;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString name = QStringLiteral("checklists.json");
    if (const auto text = fuzz::fileText(data, size, name))
        (void)ChecklistParser::parse(*text, name);
    return 0;
}
