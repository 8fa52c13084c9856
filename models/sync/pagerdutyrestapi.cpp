#include "pagerdutyrestapi.h"

namespace sitrep {

void PagerDutyRestApi::fetch(const ProviderAccount &account, Done done)
{
    begin(account, QUrl(QStringLiteral("https://api.pagerduty.com")),
          "Token token=", {{"Accept", "application/vnd.pagerduty+json;version=2"}});
    getPages(QStringLiteral("schedules"), {}, QStringLiteral("schedules"),
             [this, done = std::move(done)](Result<QByteArray> list) {
                 if (!list)
                     return done(Error {list.error()});
                 const auto schedules = chosen(list.value(), QStringLiteral("schedules"));
                 if (!schedules)
                     return done(Error {schedules.error()});
                 const qint64 from = this->account().fromMs;
                 const auto between = [](qint64 since, qint64 until) {
                     return QUrlQuery {{QStringLiteral("since"), instant(since)},
                                       {QStringLiteral("until"), instant(until)}};
                 };
                 QList<Step> steps;
                 for (const auto &[id, name] : schedules.value()) {
                     steps << Step {QStringLiteral("schedules/") + id,
                                    between(from, from + comparedMs),
                                    {},
                                    {}};
                     steps << Step {QStringLiteral("schedules/%1/overrides").arg(id),
                                    between(from, from + overridesMs),
                                    {},
                                    id};
                 }
                 steps << Step {QStringLiteral("escalation_policies"),
                                {},
                                QStringLiteral("escalation_policies"),
                                {}};
                 steps << Step {QStringLiteral("users"), {}, QStringLiteral("users"), {}};
                 getAll(steps, {}, done);
             });
}

} // namespace sitrep
