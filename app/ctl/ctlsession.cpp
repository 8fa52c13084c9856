#include "ctlsession.h"

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

#include <QSocketNotifier>

namespace sitrep {

namespace {

// A signal handler may safely do little more than write a byte to a socket; the event loop
// reads it and stops the command there.
int signalSockets[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalSockets[0], &byte, 1);
}

} // namespace

CtlSession::CtlSession(QString databasePath)
    : m_databasePath(std::move(databasePath)), m_out(stdout), m_err(stderr)
{ }

CtlSession::~CtlSession()
{
    delete m_notifier;
    if (signalSockets[0] >= 0) {
        ::close(signalSockets[0]);
        ::close(signalSockets[1]);
    }
}

void CtlSession::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_out.flush();
    m_err.flush();
    QCoreApplication::exit(code);
}

bool CtlSession::finishOnSignal(std::function<int()> onStop)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalSockets) != 0)
        return false;
    m_onStop = std::move(onStop);
    m_notifier = new QSocketNotifier(signalSockets[1], QSocketNotifier::Read);
    QObject::connect(m_notifier, &QSocketNotifier::activated, m_notifier, [this] { stop(); });
    struct sigaction action
    {
    };
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    return true;
}

void CtlSession::stop()
{
    char byte = 0;
    [[maybe_unused]] const auto read = ::read(signalSockets[1], &byte, 1);
    m_notifier->setEnabled(false);
    m_out << tr("Stopped.") << Qt::endl;
    // Whatever the command kept running is let go here, before the services under it.
    const std::function<int()> onStop = std::move(m_onStop);
    finish(onStop());
}

} // namespace sitrep
