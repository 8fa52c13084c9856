#pragma once

#include <functional>

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace sitrep {

// Runs `job` on one of `pool`'s threads and hands its result to `done` on `owner`'s thread;
// never if `owner` is destroyed first. Jobs that read the database belong to a pool their owner
// waits for, so none outlives the file it reads.
template<typename T>
void runOffThread(QObject *owner, QThreadPool &pool, std::function<T()> job,
                  std::function<void(T)> done)
{
    auto *watcher = new QFutureWatcher<T>(owner);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, owner, [watcher, done] {
        watcher->deleteLater();
        done(watcher->future().takeResult());
    });
    watcher->setFuture(QtConcurrent::run(&pool, std::move(job)));
}

// Lets go of `value` on a pool thread: freeing a storm's hundred thousand alerts takes longer
// than a frame, and the GUI thread would stall on it. Whatever else shares the value keeps it.
template<typename T> void releaseOffThread(T &&value)
{
    QThreadPool::globalInstance()->start([held = std::forward<T>(value)]() mutable { held = {}; });
}

} // namespace sitrep
