#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace sitrep {

// The seed's on-call checklists: before the on-call week (the incoming person), during it, and
// after it (the outgoing person, at handoff).
enum class HandoffPhase { Before, During, After };

class HandoffChecklist
{
    Q_DECLARE_TR_FUNCTIONS(HandoffChecklist)
public:
    [[nodiscard]] static QStringList items(HandoffPhase phase);
    [[nodiscard]] static QString title(HandoffPhase phase);
    [[nodiscard]] static QString key(HandoffPhase phase); // before, during, after
    [[nodiscard]] static std::optional<HandoffPhase> parse(QStringView key);
    static constexpr HandoffPhase phases[]
            = {HandoffPhase::Before, HandoffPhase::During, HandoffPhase::After};
};

} // namespace sitrep
