// A runbook's Markdown file with its header, as the runbook library reads a folder.
#include "domain/runbook.h"
#include "fuzzinput.h"

using namespace sitrep;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString name = QStringLiteral("runbook.md");
    if (const auto text = fuzz::fileText(data, size, name))
        (void)RunbookParser::parse(QString::fromUtf8(*text), name);
    return 0;
}
