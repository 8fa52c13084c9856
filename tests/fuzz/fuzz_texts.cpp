// The short texts read from files, settings and command lines: durations ("30m", "2w"), a
// postmortem's duration, handoff times, instants in a zone, endpoint settings, team server
// URLs and Prometheus sample values.
#include "domain/durationtext.h"
#include "domain/endpoint.h"
#include "domain/postmortem.h"
#include "domain/teamurl.h"
#include "fuzzinput.h"
#include "services/schedulefile.h"
#include "sync/promqueryreply.h"

#include <QTimeZone>

using namespace sitrep;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    if (const auto duration = parseDurationText(text)) {
        // What is accepted is written back as it is read.
        if (parseDurationText(durationText(*duration)) != duration)
            __builtin_trap();
        (void)SpanText::countdown(std::chrono::milliseconds(*duration).count());
    }
    if (const auto minutes = PostmortemRules::parseDuration(text))
        (void)PostmortemRules::durationText(*minutes);
    (void)ScheduleFile::parseHandoff(text);
    static const QTimeZone berlin("Europe/Berlin");
    (void)ScheduleFile::parseInstant(text, berlin);
    (void)ScheduleFile::parseInstant(text, QTimeZone::utc());
    Endpoint endpoint;
    endpoint.name = QStringLiteral("fuzz");
    endpoint.url = QUrl(QStringLiteral("http://127.0.0.1:9"));
    if (!EndpointRules::apply(endpoint, text))
        (void)EndpointRules::problem(endpoint);
    (void)TeamUrl::parse(text);
    (void)PromQueryReply::number(text);
    return 0;
}
