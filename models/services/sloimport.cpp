#include "sloimport.h"

#include "sloreader.h"

namespace sitrep {

Result<SloImport> SloImport::parse(const QByteArray &yaml, const QString &fileName)
{
    return parse(QList<File> {{yaml, fileName}});
}

Result<SloImport> SloImport::parse(const QList<File> &files)
{
    SloImport import;
    SloReader reader(import);
    // Every file's documents first: an SLO may refer to an SLI written after it, or elsewhere.
    QList<std::pair<QString, std::vector<YAML::Node>>> loaded;
    for (const File &file : files) {
        Result<std::vector<YAML::Node>> documents = YamlFields::loadAll(file.yaml, file.name);
        if (!documents)
            return Error {documents.error()};
        loaded.append({file.name, std::move(documents).value()});
    }
    QString at;
    try {
        for (const auto &[name, documents] : std::as_const(loaded)) {
            at = name;
            reader.collectIndicators(name, documents);
        }
        for (const auto &[name, documents] : std::as_const(loaded)) {
            at = name;
            for (const YAML::Node &document : documents) {
                if (!document.IsMap())
                    continue;
                if (Result<void> read = reader.read(name, document); !read)
                    return Error {read.error()};
            }
        }
        reader.applyAlertWindows();
    } catch (const YAML::Exception &error) {
        return Error {QCoreApplication::translate("SloImport", "%1:%2: %3")
                              .arg(at)
                              .arg(error.mark.line + 1)
                              .arg(QString::fromStdString(error.msg))};
    }
    if (import.slos.isEmpty()) {
        QStringList names;
        for (const File &file : files)
            names << file.name;
        return Error {QCoreApplication::translate("SloImport", "%1 holds no SLO.")
                              .arg(names.join(QStringLiteral(", ")))};
    }
    return import;
}

} // namespace sitrep
