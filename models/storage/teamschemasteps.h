#pragma once

#include <cstddef>
#include <span>

namespace sitrep {

// One forward step of the team's shared schema: the statements that bring a server from the
// version before it to its own, run in one transaction.
struct TeamSchemaStep
{
    const char *const *statements;
    std::size_t count;
};

// Version 5: the outbox in the team store (teamoutboxschema.cpp).
[[nodiscard]] TeamSchemaStep teamOutboxStep();
// Version 6: the server decides which declaration of a trouble is an alias, and the outbox
// forgets settled messages after 90 days (teamtroubleschema.cpp).
[[nodiscard]] TeamSchemaStep teamTroubleStep();

// Every step in order: the first makes version 1.
[[nodiscard]] std::span<const TeamSchemaStep> teamSchemaSteps();

} // namespace sitrep
