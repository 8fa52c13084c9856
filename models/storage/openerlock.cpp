#include "openerlock.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QDeadlineTimer>
#include <QFile>
#include <QThread>

namespace sitrep {

namespace {

// Whether `descriptor` is still the file at `path`: a holder removes the file before it lets
// go, so a waiter can end up holding a lock on a file no longer there.
bool isStillAt(int descriptor, const char *path)
{
    struct stat held
    {
    };
    struct stat named
    {
    };
    return ::fstat(descriptor, &held) == 0 && ::stat(path, &named) == 0
            && held.st_dev == named.st_dev && held.st_ino == named.st_ino;
}

} // namespace

OpenerLock::OpenerLock(const QString &lockFilePath) : m_path(QFile::encodeName(lockFilePath)) { }

OpenerLock::~OpenerLock()
{
    if (m_descriptor < 0)
        return;
    // Removed while still held, so no one locks a file that is about to go.
    ::unlink(m_path.constData());
    ::close(m_descriptor);
}

OpenerLock::Outcome OpenerLock::lock(std::chrono::milliseconds patience)
{
    const QDeadlineTimer deadline(patience);
    for (;;) {
        const int descriptor = ::open(m_path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
        if (descriptor < 0)
            return Outcome::Unguarded;
        if (::flock(descriptor, LOCK_EX | LOCK_NB) == 0) {
            if (isStillAt(descriptor, m_path.constData())) {
                m_descriptor = descriptor;
                return Outcome::Held;
            }
            ::close(descriptor); // its holder removed it meanwhile: lock the new one
        } else {
            const int failure = errno;
            ::close(descriptor);
            if (failure != EWOULDBLOCK)
                return Outcome::Unguarded; // a file system without locks
            QThread::msleep(10);
        }
        if (deadline.hasExpired())
            return Outcome::Busy;
    }
}

} // namespace sitrep
