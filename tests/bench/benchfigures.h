#pragma once

#include "domain/endpoint.h"

#include <algorithm>
#include <cstdio>
#include <functional>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QTimer>

// What the benchmarks share: their units, their statistics, how many runs, and the real
// Prometheus of the tests' fixture.
namespace bench {

inline double milliseconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// One figure of every run: a member (&Figures::openMs) or anything computed from a run.
template<typename Run, typename Figure> QList<double> across(const QList<Run> &runs, Figure figure)
{
    QList<double> values;
    for (const Run &run : runs)
        values << double(std::invoke(figure, run));
    return values;
}

// "least–most" of a figure over the runs: how far they spread.
inline QString spread(const QList<double> &values)
{
    if (values.isEmpty())
        return {};
    const auto [least, most] = std::minmax_element(values.cbegin(), values.cend());
    return QStringLiteral("%1–%2").arg(*least, 0, 'f', 1).arg(*most, 0, 'f', 1);
}

// A "VmRSS:" or "VmHWM:" figure of this process's /proc/self/status, in MiB (-1 if unread).
inline double statusMegabytes(const char *figure)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(figure))
            return line.mid(qsizetype(qstrlen(figure))).trimmed().split(' ').first().toDouble()
                    / 1024.0;
    }
    return -1;
}

// The last line of every benchmark: the process's resident memory at the end and its
// high-water mark over the whole run, every variant and baseline of the run included. The
// heap's own high-water is heaptrack's to tell (see the README's Performance section).
inline void printMemory()
{
    std::printf("\nmemory: resident %.1f MiB at the end, %.1f MiB at most (the whole run)\n",
                statusMegabytes("VmRSS:"), statusMegabytes("VmHWM:"));
}

// Runs the event loop until `done` holds, looking every millisecond; false after `timeoutMs`.
// Not QTest::qWaitFor: it sleeps 10 ms between its passes of the event loop, so a stall
// measured meanwhile (StallMeter) was mostly the benchmark's own sleep.
inline bool waitInEventLoop(const std::function<bool()> &done, int timeoutMs)
{
    QEventLoop loop;
    QTimer look;
    look.setInterval(1);
    QObject::connect(&look, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    look.start();
    if (!done())
        loop.exec();
    return done();
}

// The longest the GUI thread went without running its event loop while started: a 1 ms timer
// records the longest gap between its ticks.
class StallMeter
{
public:
    StallMeter()
    {
        m_heartbeat.setInterval(1);
        QObject::connect(&m_heartbeat, &QTimer::timeout, [this] {
            m_longest = std::max(m_longest, milliseconds(m_sinceBeat));
            m_sinceBeat.restart();
        });
    }
    void start()
    {
        m_longest = 0;
        m_sinceBeat.start();
        m_heartbeat.start();
    }
    double stop()
    {
        m_heartbeat.stop();
        return m_longest;
    }

private:
    QTimer m_heartbeat;
    QElapsedTimer m_sinceBeat;
    double m_longest = 0;
};

// A size the environment may override: SITREP_BENCH_INCIDENTS=500 and the like.
inline int sizeFrom(const char *variable, int fallback)
{
    return qEnvironmentVariableIsSet(variable) ? std::max(1, qEnvironmentVariableIntValue(variable))
                                               : fallback;
}

// SITREP_BENCH_RUNS, or 5.
inline int runs()
{
    return sizeFrom("SITREP_BENCH_RUNS", 5);
}

// Debian's prometheus with the tests' backfilled history (tests/fixtures/prometheus.sh),
// started in `state` for the benchmark's lifetime.
class Prometheus
{
public:
    explicit Prometheus(std::chrono::seconds timeout)
    {
        if (QProcess::execute(script(), {QStringLiteral("start"), m_state.path()}) != 0) {
            std::fprintf(stderr,
                         "could not start Prometheus (is Debian's prometheus installed?)\n");
            return;
        }
        QFile port(m_state.filePath(QStringLiteral("prometheus.port")));
        if (!port.open(QIODevice::ReadOnly))
            return;
        m_endpoint.name = QStringLiteral("prom");
        m_endpoint.kind = sitrep::Endpoint::Kind::Prometheus;
        m_endpoint.url = QUrl(QStringLiteral("http://127.0.0.1:%1")
                                      .arg(QString::fromUtf8(port.readAll().trimmed())));
        m_endpoint.timeout = timeout;
    }
    ~Prometheus() { QProcess::execute(script(), {QStringLiteral("stop"), m_state.path()}); }
    Prometheus(const Prometheus &) = delete;
    Prometheus &operator=(const Prometheus &) = delete;

    [[nodiscard]] bool started() const { return m_endpoint.url.isValid(); }
    [[nodiscard]] const sitrep::Endpoint &endpoint() const { return m_endpoint; }

private:
    static QString script()
    {
        return QStringLiteral(SITREP_SOURCE_DIR "/tests/fixtures/prometheus.sh");
    }

    QTemporaryDir m_state;
    sitrep::Endpoint m_endpoint;
};

} // namespace bench
