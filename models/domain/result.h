#pragma once

#include <utility>
#include <variant>

#include <QString>

namespace sitrep {

// A failure the user is shown: one sentence, already translated.
struct Error
{
    QString message;
};

// The value of an operation that can be refused, or the reason it was refused. Callers must
// look at it: a refusal silently dropped is data silently lost.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) { }
    Result(Error error) : m_state(std::move(error)) { }

    [[nodiscard]] bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] const T &value() const & { return std::get<0>(m_state); }
    [[nodiscard]] T &value() & { return std::get<0>(m_state); }
    // By value: `for (x : call().value())` must not iterate a destroyed temporary.
    [[nodiscard]] T value() && { return std::get<0>(std::move(m_state)); }
    [[nodiscard]] const QString &error() const { return std::get<1>(m_state).message; }

private:
    std::variant<T, Error> m_state;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error.message)), m_failed(true) { }

    [[nodiscard]] bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const QString &error() const { return m_error; }

private:
    QString m_error;
    bool m_failed = false;
};

} // namespace sitrep
