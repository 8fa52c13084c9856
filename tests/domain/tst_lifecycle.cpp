#include "domain/lifecycle.h"

#include <QTest>

using namespace sitrep;

Q_DECLARE_METATYPE(sitrep::IncidentStatus)

class tst_Lifecycle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void transitions_data();
    void transitions();
};

void tst_Lifecycle::transitions_data()
{
    QTest::addColumn<IncidentStatus>("from");
    QTest::addColumn<IncidentStatus>("to");
    QTest::addColumn<QString>("resolution");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("refusal"); // a word the refusal must contain; empty: allowed

    // Every ordered pair of statuses, with and without the texts some changes need.
    for (IncidentStatus from : allStatuses) {
        for (IncidentStatus to : allStatuses) {
            const QByteArray name
                    = (statusKey(from) + QStringLiteral("->") + statusKey(to)).toUtf8();
            QString withoutTexts;
            QString withTexts;
            if (from == to) {
                withoutTexts = withTexts = QStringLiteral("already");
            } else if (to == IncidentStatus::Resolved) {
                withoutTexts = QStringLiteral("resolution");
            } else if (from == IncidentStatus::Resolved) {
                withoutTexts = QStringLiteral("reason");
            }
            QTest::newRow(name + " bare") << from << to << QString() << QString() << withoutTexts;
            QTest::newRow(name + " with texts") << from << to << QStringLiteral("rolled back")
                                                << QStringLiteral("came back") << withTexts;
        }
    }
    QTest::newRow("blank resolution is no resolution")
            << IncidentStatus::Monitoring << IncidentStatus::Resolved << QStringLiteral("   ")
            << QString() << QStringLiteral("resolution");
    QTest::newRow("blank reason is no reason")
            << IncidentStatus::Resolved << IncidentStatus::Investigating << QString()
            << QStringLiteral(" \n") << QStringLiteral("reason");
}

void tst_Lifecycle::transitions()
{
    QFETCH(IncidentStatus, from);
    QFETCH(IncidentStatus, to);
    QFETCH(QString, resolution);
    QFETCH(QString, reason);
    QFETCH(QString, refusal);

    const std::optional<QString> verdict = Lifecycle::refusal({from, to, resolution, reason});
    if (refusal.isEmpty()) {
        QVERIFY2(!verdict, qPrintable(verdict.value_or(QString())));
    } else {
        QVERIFY(verdict.has_value());
        QVERIFY2(verdict->contains(refusal), qPrintable(*verdict));
    }
}

QTEST_GUILESS_MAIN(tst_Lifecycle)
#include "tst_lifecycle.moc"
