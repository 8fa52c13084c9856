#pragma once

#include <QUrl>

namespace sitrep {

// A REST API's base URL: the channel's api_url when set (a proxy, a test server), else the
// vendor's; and a path below it.
class ApiUrl
{
public:
    [[nodiscard]] static QUrl base(const QUrl &configured, const QString &vendorDefault)
    {
        return configured.isEmpty() ? QUrl(vendorDefault) : configured;
    }
    [[nodiscard]] static QUrl below(QUrl base, const QString &path)
    {
        QString joined = base.path();
        if (!joined.endsWith(u'/'))
            joined += u'/';
        base.setPath(joined + path);
        return base;
    }
};

} // namespace sitrep
