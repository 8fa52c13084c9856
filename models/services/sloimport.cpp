#include "sloimport.h"

#include "sloreader.h"

namespace sitrep {

Result<SloImport> SloImport::parse(const QByteArray &yaml, const QString &fileName)
{
    SloImport import;
    SloReader reader(fileName, import);
    const Result<std::vector<YAML::Node>> loaded = YamlFields::loadAll(yaml, fileName);
    if (!loaded)
        return Error {loaded.error()};
    const std::vector<YAML::Node> &documents = loaded.value();
    try {
        for (const YAML::Node &document : documents) {
            if (!document.IsMap())
                continue;
            if (Result<void> read = reader.read(document); !read)
                return Error {read.error()};
        }
    } catch (const YAML::Exception &error) {
        return Error {QCoreApplication::translate("SloImport", "%1:%2: %3")
                              .arg(fileName)
                              .arg(error.mark.line + 1)
                              .arg(QString::fromStdString(error.msg))};
    }
    if (import.slos.isEmpty())
        return Error {QCoreApplication::translate("SloImport", "%1 holds no SLO.").arg(fileName)};
    return import;
}

} // namespace sitrep
