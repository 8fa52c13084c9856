#pragma once

#include <QEventLoop>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

// Runs sitrepctl as a user would, with its settings and data in a temporary home.
struct CtlRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

// Starts sitrepctl and returns at once (for commands that keep running, such as watch).
inline void startCtl(QProcess &process, const QTemporaryDir &home, const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("USER"), QStringLiteral("tester"));
    process.setProcessEnvironment(environment);
    process.start(
            QStringLiteral(SITREPCTL),
            QStringList {QStringLiteral("--db"), home.filePath(QStringLiteral("sitrep.sqlite"))}
                    + arguments);
}

// Reads a running command's output until `marker` appeared `count` times, then stops it with
// SIGTERM and returns everything it printed (watch logs a line per event and says "Stopped.").
inline QByteArray logUntilStopped(QProcess &process, const QByteArray &marker, int count)
{
    QByteArray log;
    while (log.count(marker) < count) {
        if (!process.waitForReadyRead(10000))
            return log;
        log += process.readAllStandardOutput();
    }
    process.terminate();
    process.waitForFinished(10000);
    return log + process.readAllStandardOutput();
}

inline CtlRun runCtl(const QTemporaryDir &home, const QStringList &arguments,
                     const QByteArray &input = {})
{
    QProcess process;
    startCtl(process, home, arguments);
    process.write(input);
    process.closeWriteChannel();
    // An event loop rather than waitForFinished(): receivers in the test's own process (local
    // HTTP servers) must keep answering while sitrepctl talks to them.
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    if (process.state() != QProcess::NotRunning)
        qFatal("sitrepctl did not finish");
    QString err = QString::fromUtf8(process.readAllStandardError());
    // Not started at all (the binary being relinked by a build meanwhile: "text file busy")
    // reads as exit code 255 from Qt's child, without a word: say so.
    if (process.error() == QProcess::FailedToStart) {
        err = QStringLiteral("sitrepctl %1 did not start: %2\n")
                        .arg(arguments.join(u' '), process.errorString())
                + err;
        qWarning("%s", qPrintable(err));
        return {-1, {}, err};
    }
    // A crash is not an exit code: say so, or a SIGABRT reads as "exit code 6".
    if (process.exitStatus() == QProcess::CrashExit) {
        err = QStringLiteral("sitrepctl %1 crashed (signal %2)\n")
                        .arg(arguments.join(u' '))
                        .arg(process.exitCode())
                + err;
        qWarning("%s", qPrintable(err));
        return {-1, process.readAllStandardOutput(), err};
    }
    return {process.exitCode(), process.readAllStandardOutput(), err};
}
