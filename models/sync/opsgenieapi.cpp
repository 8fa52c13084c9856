#include "opsgenieapi.h"

namespace sitrep {

void OpsgenieApi::fetch(const ProviderAccount &account, Done done)
{
    begin(account, QUrl(QStringLiteral("https://api.opsgenie.com")), "GenieKey ");
    get(QStringLiteral("v2/schedules"), {},
        [this, done = std::move(done)](Result<QByteArray> list) {
            if (!list)
                return done(Error {list.error()});
            const auto schedules = chosen(list.value(), QStringLiteral("data"));
            if (!schedules)
                return done(Error {schedules.error()});
            const QUrlQuery byId {{QStringLiteral("identifierType"), QStringLiteral("id")}};
            QList<Step> steps;
            for (const auto &[id, name] : schedules.value()) {
                const QString schedule = QStringLiteral("v2/schedules/") + id;
                steps << Step {schedule, byId, {}, {}};
                QUrlQuery fourWeeks = byId;
                fourWeeks.addQueryItem(QStringLiteral("interval"), QStringLiteral("4"));
                fourWeeks.addQueryItem(QStringLiteral("intervalUnit"), QStringLiteral("weeks"));
                fourWeeks.addQueryItem(QStringLiteral("date"), instant(this->account().fromMs));
                steps << Step {schedule + QStringLiteral("/timeline"), fourWeeks, {}, {}};
                steps << Step {schedule + QStringLiteral("/overrides"),
                               {{QStringLiteral("scheduleIdentifierType"), QStringLiteral("id")}},
                               {},
                               {}};
            }
            steps << Step {QStringLiteral("v2/escalations"), {}, {}, {}};
            getAll(steps, {}, done);
        });
}

} // namespace sitrep
