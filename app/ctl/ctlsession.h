#pragma once

#include <functional>

#include <QCoreApplication>
#include <QTextStream>

class QSocketNotifier;

namespace sitrep {

// One run of sitrepctl: where it prints, and how it ends. A command ends exactly once, by
// finish(): at once for most, later for those that wait on the keychain or the network, and
// on SIGINT or SIGTERM for those that keep running (watch, sync and detect without --once).
// finish() leaves the application's one event loop with the command's exit code.
class CtlSession
{
    Q_DECLARE_TR_FUNCTIONS(CtlSession)
public:
    explicit CtlSession(QString databasePath);
    ~CtlSession();

    [[nodiscard]] const QString &databasePath() const { return m_databasePath; }
    [[nodiscard]] QTextStream &out() { return m_out; }
    [[nodiscard]] QTextStream &err() { return m_err; }
    void finish(int code);
    [[nodiscard]] bool isFinished() const { return m_finished; }
    // Keeps the command running until SIGINT or SIGTERM, then finishes with what `onStop`
    // returns; what `onStop` holds lives until then. False if signals could not be caught.
    [[nodiscard]] bool finishOnSignal(std::function<int()> onStop);

private:
    void stop();

    QString m_databasePath;
    QTextStream m_out;
    QTextStream m_err;
    bool m_finished = false;
    std::function<int()> m_onStop;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace sitrep
