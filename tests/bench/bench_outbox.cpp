// Outbox benchmark (run it inside a keyring session: tests/fixtures/with-keyring.sh
// build/tests/bench/bench_outbox, since channel secrets live in the keychain):
//  - 10,000 queued messages (SITREP_BENCH_MESSAGES=N) drained to a local receiver through the
//    outbox: messages per second and the GUI thread's longest stall, against the same bodies
//    posted one after another with QNetworkAccessManager and nothing written (the baseline);
//  - what the outbox write adds to posting a status update: the median of 200 updates with
//    three channels routed, against the same updates with no channel.
#include "../fixtures/chatreceiver.h"
#include "benchfigures.h"
#include "domain/clock.h"
#include "services/incidentservice.h"
#include "services/messagingservice.h"
#include "services/monitoringservice.h"
#include "services/policyloader.h"
#include "storage/database.h"
#include "storage/outboxstore.h"
#include "storage/transaction.h"

#include <algorithm>
#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

using namespace sitrep;
using namespace Qt::StringLiterals;

using bench::median;
using bench::milliseconds;

namespace {

struct Services
{
    QTemporaryDir dir;
    SystemClock clock;
    std::unique_ptr<Database> database = Database::open(dir.filePath(u"bench.sqlite"_s)).value();
    IncidentService incidents {*database, PolicyLoader::load({}).policy, clock};
    MonitoringService monitoring {*database, incidents, clock};
    MessagingService messaging {*database, monitoring.network(), monitoring.secrets(), clock};

    void addChannel(const QString &name, Channel::Role role, const QString &url)
    {
        Channel channel;
        channel.name = name;
        channel.kind = Channel::Kind::SlackWebhook;
        channel.role = role;
        QEventLoop loop;
        QString problem;
        messaging.addChannel(channel, url, [&](QString answer) {
            problem = answer;
            loop.quit();
        });
        loop.exec();
        if (!problem.isEmpty())
            qFatal("could not add a channel (is a keyring running?): %s", qPrintable(problem));
    }
};

// Milliseconds per update, median of `count`.
double postUpdates(Services &services, int count)
{
    IncidentDraft draft;
    draft.title = u"Checkout down"_s;
    draft.severity = Severity::Sev1;
    const IncidentId id = services.incidents.declare(draft, u"bench"_s).value().id;
    QList<double> times;
    for (int i = 0; i < count; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!services.incidents.postUpdate(id, IncidentStatus::Identified, u"Update %1"_s.arg(i),
                                           u"bench"_s))
            qFatal("update refused");
        times << milliseconds(timer);
    }
    return median(times);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"sitrep.*.info=false"_s);
    const int count = bench::sizeFrom("SITREP_BENCH_MESSAGES", 10000);
    ChatReceiver receiver;

    // The outbox: queue, then drain with a heartbeat on the GUI thread.
    Services ours;
    ours.addChannel(u"bench-%1"_s.arg(QCoreApplication::applicationPid()), Channel::Role::Chat,
                    receiver.url(u"/drain"_s));
    const QString channel = u"bench-%1"_s.arg(QCoreApplication::applicationPid());
    {
        Transaction transaction(*ours.database);
        OutboxStore outbox(*ours.database);
        for (int i = 0; i < count; ++i) {
            OutboxMessage message;
            message.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
            message.channel = channel;
            message.text = u"Update %1"_s.arg(i);
            message.payload = QByteArray(R"({"text":"Update )") + QByteArray::number(i) + "\"}";
            message.createdAt = ours.clock.now();
            if (!outbox.enqueue(message))
                qFatal("could not queue");
        }
        if (!transaction.commit())
            qFatal("could not commit");
    }
    bench::StallMeter stalls;
    QElapsedTimer timer;
    timer.start();
    stalls.start();
    QEventLoop drained;
    OutboxDispatcher::FlushReport report;
    ours.messaging.dispatcher().flush(std::chrono::seconds(0), [&](auto flushed) {
        report = flushed;
        drained.quit();
    });
    drained.exec();
    const double stall = stalls.stop();
    const double drainMs = milliseconds(timer);

    // The baseline: the same bodies, posted one after another, nothing written.
    QNetworkAccessManager network;
    timer.restart();
    for (int i = 0; i < count; ++i) {
        QNetworkRequest request(QUrl(receiver.url(u"/baseline"_s)));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        QNetworkReply *reply = network.post(
                request, QByteArray(R"({"text":"Update )") + QByteArray::number(i) + "\"}");
        QEventLoop answered;
        QObject::connect(reply, &QNetworkReply::finished, &answered, &QEventLoop::quit);
        answered.exec();
        reply->deleteLater();
    }
    const double baselineMs = milliseconds(timer);

    // What the outbox write adds to posting an update.
    Services quiet;
    const double withoutChannels = postUpdates(quiet, 200);
    Services routed;
    routed.addChannel(u"chat-%1"_s.arg(QCoreApplication::applicationPid()), Channel::Role::Chat,
                      receiver.url(u"/a"_s));
    routed.addChannel(u"status-%1"_s.arg(QCoreApplication::applicationPid()),
                      Channel::Role::StatusPage, receiver.url(u"/b"_s));
    routed.addChannel(u"execs-%1"_s.arg(QCoreApplication::applicationPid()),
                      Channel::Role::ExecutiveEmail, receiver.url(u"/c"_s));
    const double withChannels = postUpdates(routed, 200);

    std::printf("%d messages drained: %d delivered, %d failed, %d pending\n", count,
                report.delivered, report.failed, report.pending);
    std::printf("%-44s %10.0f msg/s (%.1f ms)\n", "outbox drain (Sitrep)",
                count / (drainMs / 1000.0), drainMs);
    std::printf("%-44s %10.0f msg/s (%.1f ms)\n", "plain posts, nothing written (baseline)",
                count / (baselineMs / 1000.0), baselineMs);
    std::printf("%-44s %10.1f ms   (target <= 50)\n", "longest GUI-thread stall while draining",
                stall);
    std::printf("%-44s %10.3f ms\n", "post update, no channel (median)", withoutChannels);
    std::printf("%-44s %10.3f ms\n", "post update, 3 channels (median)", withChannels);
    std::printf("%-44s %10.3f ms   (target <= 1)\n", "added by the outbox write",
                withChannels - withoutChannels);
    // Leave the keychain as it was.
    for (Services *services : {&ours, &routed})
        for (const Channel &channel : services->messaging.channels().value()) {
            QEventLoop removed;
            services->messaging.removeChannel(channel.name, [&](QString) { removed.quit(); });
            removed.exec();
        }
    return report.delivered == count ? 0 : 1;
}
