// Opsgenie's saved REST answers: a schedule and, after a NUL byte, a second file (its timeline,
// overrides or escalations). Every import that reads is proved and reported, since rotations,
// restrictions, overrides and the stretch compared all come from the files.
#include "fuzzinput.h"
#include "services/opsgenieschedules.h"

using namespace sitrep;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto [first, second] = fuzz::split(fuzz::bytes(data, size));
    QList<ProviderFile> files;
    for (const QByteArray &part : {first, second}) {
        const QString name = QStringLiteral("opsgenie%1.json").arg(files.size());
        auto text = TextFile::utf8(part, name);
        if (!text)
            return 0;
        files << ProviderFile {name, text.value()};
    }
    const Result<OnCallImport> import = OpsgenieSchedules::read(files);
    if (!import)
        return 0;
    (void)OnCallImportReport::text(import.value());
    (void)OnCallImportReport::json(import.value());
    return 0;
}
