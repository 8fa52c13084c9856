#pragma once

#include "ctlcommands.h"
#include "domain/clock.h"

#include <memory>
#include <vector>

namespace sitrep {

// The words sitrepctl knows, each with the group that runs it: "incidents list" is the group
// word "incidents" and its action "list"; "ack ID" is a command on its own. main() builds the
// groups once and dispatches the command line through here.
class CtlRegistry
{
    Q_DECLARE_TR_FUNCTIONS(CtlCommands)
public:
    explicit CtlRegistry(CtlSession &session);
    ~CtlRegistry();

    template<typename Group> void install()
    {
        m_groups.push_back(std::make_unique<Group>(m_session));
        m_groups.back()->registerIn(*this);
    }
    void addGroup(const QString &word,
                  const QList<std::pair<QString, CtlCommands::Handler>> &actions);
    void addCommand(const QString &word, CtlCommands::Handler handler);
    // A command that needs no services (backup, restore).
    void addStandalone(const QString &word, std::function<int(const QStringList &)> handler);

    // Runs the command the words name; the session is finished exactly once, now or later.
    void run(const QStringList &arguments);

private:
    struct Word
    {
        QString word;
        QList<std::pair<QString, CtlCommands::Handler>> actions; // empty for a command
        CtlCommands::Handler command;
        std::function<int(const QStringList &)> standalone;
    };
    int dispatch(const Word &word, const QStringList &arguments);
    int runWithServices(const CtlCommands::Handler &handler, const QStringList &arguments);

    CtlSession &m_session;
    QList<Word> m_words;
    SystemClock m_clock;
    std::vector<std::unique_ptr<CtlCommands>> m_groups;
    // Built for the command and kept until the process ends, since a Pending command still
    // uses it; gone before the groups whose handlers its objects may call.
    std::unique_ptr<AppContext> m_context;
};

} // namespace sitrep
