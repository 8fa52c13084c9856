#pragma once

#include "providerapi.h"

namespace sitrep {

// PagerDuty's REST API v2 (`Authorization: Token token=…`), read for an import: the list of
// schedules (to find the named ones), each schedule with its final shifts over four weeks
// from the account's moment, its overrides over a year, and every escalation policy and user.
// Lists are paginated with offset and limit.
class PagerDutyRestApi : public ProviderApi
{
    Q_OBJECT
public:
    explicit PagerDutyRestApi(ChatClient &client, QObject *parent = nullptr)
        : ProviderApi(client, QStringLiteral("PagerDuty"), parent)
    { }

    static constexpr qint64 comparedMs = 28LL * 24 * 3600 * 1000;
    static constexpr qint64 overridesMs = 366LL * 24 * 3600 * 1000;

    void fetch(const ProviderAccount &account, Done done) override;
};

} // namespace sitrep
