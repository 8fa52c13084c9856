#include "runbooklibrary.h"

#include "domain/textfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace sitrep {

QString RunbookLibrary::defaultUserFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
            + QStringLiteral("/runbooks");
}

RunbookLibrary RunbookLibrary::load(const QString &userFolder)
{
    RunbookLibrary library;
    const QDir shipped(QStringLiteral(":/sitrep/runbooks"));
    for (const QString &name : shipped.entryList({QStringLiteral("*.md")}, QDir::Files))
        library.add(shipped.filePath(name));
    if (!userFolder.isEmpty()) {
        const QDir mine(userFolder);
        for (const QString &name : mine.entryList({QStringLiteral("*.md")}, QDir::Files))
            library.add(mine.filePath(name));
    }
    return library;
}

void RunbookLibrary::add(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_warnings << tr("Could not read the runbook %1 (%2).").arg(path, file.errorString());
        return;
    }
    const Result<QByteArray> text = TextFile::utf8(file.readAll(), path);
    Result<Runbook> runbook = text ? RunbookParser::parse(QString::fromUtf8(text.value()), path)
                                   : Result<Runbook>(Error {text.error()});
    if (!runbook) {
        m_warnings << runbook.error();
        return;
    }
    const QString name = QFileInfo(path).fileName();
    m_runbooks.removeIf([&name](const Runbook &existing) {
        return QFileInfo(existing.fileName).fileName() == name;
    });
    m_runbooks.append(runbook.value());
}

QList<Runbook> RunbookLibrary::matching(const Incident &incident,
                                        const QStringList &alertNames) const
{
    QList<Runbook> found;
    for (const Runbook &runbook : m_runbooks) {
        if (runbook.matches(incident, alertNames))
            found << runbook;
    }
    return found;
}

} // namespace sitrep
