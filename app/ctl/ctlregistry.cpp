#include "ctlregistry.h"

#include "common/appcontext.h"

namespace sitrep {

int CtlCommands::fail(const QString &reason, ExitCode code)
{
    m_err << "sitrepctl: " << QString(reason).replace(u'\n', u' ') << Qt::endl;
    return code;
}

int CtlCommands::failIncident(const Result<IncidentId> &id, const QString &usage)
{
    return id.error().isEmpty() ? fail(usage, BadArguments) : fail(id.error());
}

int CtlCommands::keepRunning(std::function<int()> onStop)
{
    if (!m_session.finishOnSignal(std::move(onStop)))
        return fail(tr("could not set up signal handling."));
    return Pending;
}

CtlRegistry::CtlRegistry(CtlSession &session) : m_session(session) { }

CtlRegistry::~CtlRegistry() = default;

void CtlRegistry::addGroup(const QString &word,
                           const QList<std::pair<QString, CtlCommands::Handler>> &actions)
{
    m_words.append({word, actions, {}, {}});
}

void CtlRegistry::addCommand(const QString &word, CtlCommands::Handler handler)
{
    m_words.append({word, {}, std::move(handler), {}});
}

void CtlRegistry::addStandalone(const QString &word,
                                std::function<int(const QStringList &)> handler)
{
    m_words.append({word, {}, {}, std::move(handler)});
}

void CtlRegistry::run(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    int code = CtlCommands::BadArguments;
    const auto word = std::find_if(m_words.cbegin(), m_words.cend(),
                                   [&command](const Word &known) { return known.word == command; });
    if (word == m_words.cend()) {
        m_session.err() << "sitrepctl: "
                        << tr("unknown command \"%1\"; see sitrepctl --help.").arg(command)
                        << Qt::endl;
    } else {
        code = dispatch(*word, arguments.mid(1));
    }
    if (code != CtlCommands::Pending)
        m_session.finish(code);
}

int CtlRegistry::dispatch(const Word &word, const QStringList &arguments)
{
    if (word.standalone)
        return word.standalone(arguments);
    if (word.command)
        return runWithServices(word.command, arguments);
    const QString action = arguments.value(0);
    QStringList names;
    for (const auto &[name, handler] : word.actions) {
        if (name == action)
            return runWithServices(handler, arguments.mid(1));
        names << name;
    }
    m_session.err() << "sitrepctl: "
                    << tr("unknown %1 command \"%2\"; use %3.")
                               .arg(word.word, action, names.join(QStringLiteral(", ")))
                    << Qt::endl;
    return CtlCommands::BadArguments;
}

int CtlRegistry::runWithServices(const CtlCommands::Handler &handler, const QStringList &arguments)
{
    Result<std::unique_ptr<AppContext>> context
            = AppContext::create(m_session.databasePath(), m_clock);
    if (!context) {
        m_session.err() << "sitrepctl: " << QString(context.error()).replace(u'\n', u' ')
                        << Qt::endl;
        return CtlCommands::Failed;
    }
    m_context = std::move(context).value();
    QString teamProblem;
    if (const Result<void> recording = m_context->recordForTeam(teamUrl(&teamProblem)); !recording)
        m_session.err() << "sitrepctl: " << recording.error() << Qt::endl;
    for (const QString &warning : m_context->warnings())
        m_session.err() << "sitrepctl: " << warning << Qt::endl;
    return handler(*m_context, arguments);
}

} // namespace sitrep
