#pragma once

#include <memory>
#include <mutex>
#include <unordered_map>

#include <QString>

namespace sitrep {

// The one T of this process for the database file at `path`, shared by the connections to it:
// made by `make` (returning a std::shared_ptr<T>) on the first ask, and gone once the last
// holder lets go, when a later ask makes a new one.
template<typename T, typename Make>
[[nodiscard]] std::shared_ptr<T> sharedPerFile(const QString &path, Make make)
{
    static std::mutex mutex;
    static std::unordered_map<QString, std::weak_ptr<T>> known;
    const std::lock_guard lock(mutex);
    std::erase_if(known, [](const auto &entry) { return entry.second.expired(); });
    std::weak_ptr<T> &entry = known[path];
    std::shared_ptr<T> shared = entry.lock();
    if (!shared) {
        shared = make();
        entry = shared;
    }
    return shared;
}

} // namespace sitrep
