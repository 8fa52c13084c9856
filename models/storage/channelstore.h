#pragma once

#include "domain/channel.h"

#include <optional>

#include <QCoreApplication>

namespace sitrep {

class Database;

// Channel settings. Never their webhook URLs or tokens: those are in the keychain.
class ChannelStore
{
    Q_DECLARE_TR_FUNCTIONS(ChannelStore)
public:
    explicit ChannelStore(Database &database);

    [[nodiscard]] Result<QList<Channel>> list();
    [[nodiscard]] Result<std::optional<Channel>> find(const QString &name);
    [[nodiscard]] Result<void> save(const Channel &channel);
    [[nodiscard]] Result<bool> remove(const QString &name);

private:
    Database &m_database;
};

} // namespace sitrep
