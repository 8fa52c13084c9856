#pragma once

#include <QString>

namespace sitrep {

// What came back from one attempt to send mail over SMTP.
struct MailAnswer
{
    int curlCode = 0;  // CURLE_OK is 0
    long smtpCode = 0; // the server's last reply code, 0 if none
    QString error;     // libcurl's words
};

} // namespace sitrep
