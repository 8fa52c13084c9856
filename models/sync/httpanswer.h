#pragma once

#include <QByteArray>
#include <QString>

namespace sitrep {

// What came back from one HTTP request: an answer, or no answer at all.
struct HttpAnswer
{
    int status = 0; // 0: no HTTP answer
    QByteArray body;
    QByteArray retryAfter; // the Retry-After header, as sent
    QString networkError;  // refused, not found, TLS, ... (empty when there was an answer)
    // The answer's status came, then its body broke off (the connection closed early, a
    // compressed body that could not be unpacked): what the body says cannot be trusted.
    QString bodyError;
    bool timedOut = false;
    // Never sent: the settings already said it could not work (a ca_file that cannot be read).
    bool notSent = false;
};

} // namespace sitrep
