// A postmortem written elsewhere and imported as Markdown; what it reads is written back and
// read again, as an export after the import would.
#include "domain/postmortemmarkdown.h"
#include "fuzzinput.h"

using namespace sitrep;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto text = fuzz::fileText(data, size, QStringLiteral("postmortem.md"));
    if (!text)
        return 0;
    const PostmortemImport imported = PostmortemMarkdown::read(QString::fromUtf8(*text));
    (void)PostmortemMarkdown::read(PostmortemMarkdown::write(imported.postmortem));
    return 0;
}
