#pragma once

#include "domain/endpoint.h"

#include <optional>

#include <QCoreApplication>
#include <QList>

namespace sitrep {

class Database;

// Endpoint settings and health. Never their secrets: those are in the keychain.
class EndpointStore
{
    Q_DECLARE_TR_FUNCTIONS(EndpointStore)
public:
    explicit EndpointStore(Database &database);

    [[nodiscard]] Result<QList<Endpoint>> list();
    [[nodiscard]] Result<std::optional<Endpoint>> find(const QString &name);
    // Adds or changes the settings; the health stays.
    [[nodiscard]] Result<void> save(const Endpoint &endpoint);
    [[nodiscard]] Result<bool> remove(const QString &name);
    [[nodiscard]] Result<EndpointHealth> health(const QString &name);
    [[nodiscard]] Result<void> saveHealth(const QString &name, const EndpointHealth &health);

private:
    Database &m_database;
};

} // namespace sitrep
