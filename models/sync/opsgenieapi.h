#pragma once

#include "providerapi.h"

namespace sitrep {

// Opsgenie's REST API v2 (`Authorization: GenieKey …`; api.opsgenie.com, or
// api.eu.opsgenie.com given as the URL), read for an import: the list of schedules (to find
// the named ones), each schedule with its rotations, its timeline over four weeks from the
// account's moment and its overrides, and every escalation.
class OpsgenieApi : public ProviderApi
{
    Q_OBJECT
public:
    explicit OpsgenieApi(ChatClient &client, QObject *parent = nullptr)
        : ProviderApi(client, QStringLiteral("Opsgenie"), parent)
    { }

    void fetch(const ProviderAccount &account, Done done) override;
};

} // namespace sitrep
