#include "mailmessage.h"

#include <QLocale>

namespace sitrep {

QByteArray MailMessage::compose(const QString &from, const QStringList &to, const QString &subject,
                                const QString &text, const QString &html, const QDateTime &date,
                                const QString &messageId)
{
    // RFC 2047 encoded words keep any subject readable; base64 parts keep lines short.
    const auto encoded
            = [](const QString &value) { return "=?UTF-8?B?" + value.toUtf8().toBase64() + "?="; };
    const auto wrapped = [](const QByteArray &base64) {
        QByteArray lines;
        for (qsizetype at = 0; at < base64.size(); at += 76)
            lines += base64.mid(at, 76) + "\r\n";
        return lines;
    };
    const QByteArray boundary = "sitrep-" + messageId.toUtf8().toHex().left(24);
    QByteArray message;
    message += "From: " + from.toUtf8() + "\r\n";
    message += "To: " + to.join(QStringLiteral(", ")).toUtf8() + "\r\n";
    message += "Subject: " + encoded(subject) + "\r\n";
    message += "Date: "
            + QLocale::c()
                      .toString(date.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss '+0000'"))
                      .toLatin1()
            + "\r\n";
    message += "Message-ID: <" + messageId.toUtf8() + "@sitrep>\r\n";
    message += "MIME-Version: 1.0\r\n";
    message += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n";
    message += "--" + boundary + "\r\n";
    message += "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: "
               "base64\r\n\r\n";
    message += wrapped(text.toUtf8().toBase64());
    message += "--" + boundary + "\r\n";
    message += "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: "
               "base64\r\n\r\n";
    message += wrapped(html.toUtf8().toBase64());
    message += "--" + boundary + "--\r\n";
    return message;
}

} // namespace sitrep
