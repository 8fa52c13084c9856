// A change from another console of the team: a JSON object of field names and values, applied
// field by field to an incident and to a postmortem as the team sync applies a peer's change.
// A peer is trusted to be a Sitrep, not to be well-behaved.
#include "domain/teamincidentfields.h"
#include "domain/teampostmortemfields.h"
#include "fuzzinput.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace sitrep;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (!document.isObject())
        return 0;
    const QJsonObject fields = document.object();
    Incident incident;
    incident.id = 1;
    incident.title = QStringLiteral("Checkout errors");
    StoredPostmortem stored;
    for (auto field = fields.begin(); field != fields.end(); ++field) {
        const TeamField change {field.key(), field.value()};
        if (TeamIncidentFields::apply(incident, change))
            (void)TeamIncidentFields::describe(change);
        (void)TeamPostmortemFields::apply(stored, change);
    }
    // What was applied goes out again as this console's fields.
    (void)TeamIncidentFields::all(incident);
    (void)TeamPostmortemFields::all(stored);
    return 0;
}
