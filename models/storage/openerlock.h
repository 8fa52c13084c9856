#pragma once

#include <chrono>

#include <QByteArray>
#include <QString>

namespace sitrep {

// One opener of a database file at a time across processes: an advisory lock (flock) on
// "FILE.opening", removed by its holder when done. The kernel lets go of it when the holder
// dies, even by SIGKILL. (QLockFile, used before, writes its holder into the file after
// creating it: a process killed between the two left an empty lock file that every later
// opener waited out for its stale time, and was refused meanwhile.)
class OpenerLock
{
public:
    enum class Outcome {
        Held,
        Busy,      // another process held it for all of the patience given
        Unguarded, // no lock file can be made here (a read-only folder): open without
    };

    explicit OpenerLock(const QString &lockFilePath);
    ~OpenerLock();
    OpenerLock(const OpenerLock &) = delete;
    OpenerLock &operator=(const OpenerLock &) = delete;

    [[nodiscard]] Outcome lock(std::chrono::milliseconds patience);

private:
    QByteArray m_path;
    int m_descriptor = -1;
};

} // namespace sitrep
