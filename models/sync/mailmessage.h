#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

namespace sitrep {

// A message in RFC 5322 form with a plain text and an HTML part.
class MailMessage
{
public:
    [[nodiscard]] static QByteArray compose(const QString &from, const QStringList &to,
                                            const QString &subject, const QString &text,
                                            const QString &html, const QDateTime &date,
                                            const QString &messageId);
};

} // namespace sitrep
