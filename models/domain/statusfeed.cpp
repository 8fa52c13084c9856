#include "statuspagehtml.h"
#include "uuidv7.h"

#include <algorithm>

#include <QXmlStreamWriter>

namespace sitrep {

namespace {

QString rfc3339(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

struct FeedEntry
{
    const PublicIncident *item;
    const PublicUpdate *update;
};

} // namespace

QByteArray StatusFeed::atom(const PublicStatus &status)
{
    QList<FeedEntry> entries;
    for (const QList<PublicIncident> *list : {&status.open(), &status.history()})
        for (const PublicIncident &item : *list)
            for (const PublicUpdate &update : item.updates)
                entries << FeedEntry {&item, &update};
    std::stable_sort(entries.begin(), entries.end(), [](const FeedEntry &a, const FeedEntry &b) {
        return a.update->at > b.update->at;
    });

    QByteArray feed;
    QXmlStreamWriter xml(&feed);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2005/Atom"));
    xml.writeStartElement(QStringLiteral("feed"));
    xml.writeTextElement(QStringLiteral("title"), status.title());
    xml.writeTextElement(QStringLiteral("id"),
                         UuidV7::derived("status-feed/" + status.title().toUtf8())
                                 .toString(QUuid::WithoutBraces)
                                 .prepend(QStringLiteral("urn:uuid:")));
    xml.writeTextElement(QStringLiteral("updated"),
                         rfc3339(entries.isEmpty() ? status.now() : entries.first().update->at));
    const auto link = [&xml](const QString &rel, const QString &type, const QString &href) {
        xml.writeEmptyElement(QStringLiteral("link"));
        xml.writeAttribute(QStringLiteral("rel"), rel);
        if (!type.isEmpty())
            xml.writeAttribute(QStringLiteral("type"), type);
        xml.writeAttribute(QStringLiteral("href"), href);
    };
    link(QStringLiteral("self"), QStringLiteral("application/atom+xml"),
         QStringLiteral("feed.atom"));
    link(QStringLiteral("alternate"), QStringLiteral("text/html"), QStringLiteral("index.html"));
    xml.writeStartElement(QStringLiteral("author"));
    xml.writeTextElement(QStringLiteral("name"), status.title());
    xml.writeEndElement();
    for (const FeedEntry &entry : std::as_const(entries)) {
        const PublicUpdate &update = *entry.update;
        xml.writeStartElement(QStringLiteral("entry"));
        xml.writeTextElement(QStringLiteral("title"),
                             tr("%1: %2").arg(update.status, entry.item->incident.title));
        const QUuid uid = update.uid.isNull()
                ? UuidV7::derived("status-update/" + entry.item->incident.label().toUtf8() + '/'
                                  + rfc3339(update.at).toUtf8())
                : update.uid;
        xml.writeTextElement(QStringLiteral("id"),
                             QStringLiteral("urn:uuid:") + uid.toString(QUuid::WithoutBraces));
        xml.writeTextElement(QStringLiteral("updated"), rfc3339(update.at));
        link(QStringLiteral("alternate"), QStringLiteral("text/html"),
             StatusPageHtml::incidentPath(entry.item->incident));
        xml.writeStartElement(QStringLiteral("content"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("text"));
        xml.writeCharacters(update.message);
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return feed;
}

} // namespace sitrep
