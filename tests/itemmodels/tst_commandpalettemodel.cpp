#include "boardfixture.h"
#include "itemmodels/commandpalettemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;

// The command palette's list: actions and incidents matched fuzzily, best first.
class tst_CommandPaletteModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void emptyPatternListsTheActions();
    void findsActionsAndIncidents();
    void typingOnAndBackNarrowsAndWidens();
    void aNewIncidentIsFoundWhileOpen();
    void anUnreadIncidentIsOfferedByNumber();

private:
    [[nodiscard]] QStringList names() const;

    std::unique_ptr<BoardFixture> f;
    std::unique_ptr<IncidentTableModel> incidents;
    std::unique_ptr<CommandPaletteModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

void tst_CommandPaletteModel::init()
{
    f = std::make_unique<BoardFixture>();
    // The table follows the service live from here on, as the board's does once loaded.
    incidents = std::make_unique<IncidentTableModel>(*f->service, f->clock);
    f->declare(u"Checkout API returning 500s"_s, Severity::Sev1, {u"checkout"_s}, u"alice"_s);
    f->declare(u"Search latency"_s, Severity::Sev3, {u"search"_s}, u"bob"_s);
    f->declare(u"Payments webhooks delayed"_s, Severity::Sev2, {u"payments"_s}, u"carol"_s);
    model = std::make_unique<CommandPaletteModel>(*incidents);
    tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setActions({{u"Declare incident"_s, u"Ctrl+N"_s},
                       {u"Dashboard"_s, u"Ctrl+Shift+D"_s},
                       {u"Alerts inbox"_s, u"Ctrl+I"_s},
                       {u"Check for updates"_s, QString()}});
}

void tst_CommandPaletteModel::cleanup()
{
    tester.reset();
    model.reset();
    incidents.reset();
    f.reset();
}

QStringList tst_CommandPaletteModel::names() const
{
    QStringList listed;
    for (int row = 0; row < model->rowCount(); ++row)
        listed << model->index(row, CommandPaletteModel::NameColumn).data().toString();
    return listed;
}

void tst_CommandPaletteModel::emptyPatternListsTheActions()
{
    QCOMPARE(names(),
             (QStringList {u"Declare incident"_s, u"Dashboard"_s, u"Alerts inbox"_s,
                           u"Check for updates"_s}));
    QCOMPARE(model->index(1, CommandPaletteModel::DetailColumn).data().toString(),
             u"Ctrl+Shift+D"_s);
    QCOMPARE(model->index(1, 0).data(CommandPaletteModel::KeyRole).toInt(), 1);
    QVERIFY(!model->index(1, 0).data(CommandPaletteModel::IsIncidentRole).toBool());
}

void tst_CommandPaletteModel::findsActionsAndIncidents()
{
    model->setPattern(u"dash"_s);
    QCOMPARE(names().first(), u"Dashboard"_s);

    // The incident's title, its service, its commander and its number all find it.
    for (const QString &typed : {u"webhooks"_s, u"payments"_s, u"carol"_s, u"#3"_s}) {
        model->setPattern(typed);
        QVERIFY2(!names().isEmpty(), qPrintable(typed));
        const QModelIndex first = model->index(0, 0);
        QVERIFY2(first.data(CommandPaletteModel::IsIncidentRole).toBool(), qPrintable(typed));
        QCOMPARE(first.data(CommandPaletteModel::KeyRole).toLongLong(), 3);
        QCOMPARE(first.data().toString(), u"#3 Payments webhooks delayed"_s);
        QCOMPARE(model->index(0, CommandPaletteModel::DetailColumn).data().toString(),
                 u"SEV-2 · Investigating · payments · carol"_s);
    }
    // "chk" is the start of an action and scattered in an incident: the action comes first.
    model->setPattern(u"check"_s);
    QCOMPARE(names(), (QStringList {u"Check for updates"_s, u"#1 Checkout API returning 500s"_s}));
    model->setPattern(u"zzz"_s);
    QCOMPARE(model->rowCount(), 0);
}

void tst_CommandPaletteModel::typingOnAndBackNarrowsAndWidens()
{
    model->setPattern(u"s"_s);
    const QStringList wide = names();
    QVERIFY(wide.contains(u"#2 Search latency"_s));
    QVERIFY(wide.contains(u"#1 Checkout API returning 500s"_s));
    model->setPattern(u"sea"_s);
    QVERIFY(names().contains(u"#2 Search latency"_s));
    QVERIFY(!names().contains(u"#1 Checkout API returning 500s"_s));
    // Deleting letters brings back what the longer pattern had left out.
    model->setPattern(u"s"_s);
    QCOMPARE(names(), wide);
}

void tst_CommandPaletteModel::aNewIncidentIsFoundWhileOpen()
{
    model->setPattern(u"dat"_s);
    QVERIFY(!names().contains(u"#4 Database failover"_s));
    f->declare(u"Database failover"_s, Severity::Sev2, {u"db"_s}, u"dan"_s);
    model->setPattern(u"data"_s);
    QVERIFY2(names().contains(u"#4 Database failover"_s), qPrintable(names().join(u", ")));
}

// The board reads the resolved history on demand; until it has, a number typed is offered by
// number alone, first, so that any incident opens without reading the history.
void tst_CommandPaletteModel::anUnreadIncidentIsOfferedByNumber()
{
    incidents->setIncidents(
            SearchableIncidents::prepare(f->service->incidents(IncidentSelection::Open).value()),
            40);
    model->setPattern(u"#42"_s);
    QVERIFY(model->rowCount() >= 1);
    const QModelIndex first = model->index(0, CommandPaletteModel::NameColumn);
    QCOMPARE(first.data().toString(), u"#42"_s);
    QVERIFY(first.data(CommandPaletteModel::IsIncidentRole).toBool());
    QCOMPARE(first.data(CommandPaletteModel::KeyRole).toLongLong(), 42);
    QCOMPARE(model->index(0, CommandPaletteModel::DetailColumn).data().toString(),
             u"from the resolved history"_s);
    // An incident the board has is found as usual, not offered twice.
    model->setPattern(u"#2"_s);
    QVERIFY(!names().contains(u"#2"_s));
    QVERIFY(names().first().startsWith(u"#2 Search latency"_s));
    // Once the history is read, nothing is offered by number alone.
    incidents->addHistory({});
    model->setPattern(u"#42"_s);
    QVERIFY(!names().contains(u"#42"_s));
}

QTEST_GUILESS_MAIN(tst_CommandPaletteModel)
#include "tst_commandpalettemodel.moc"
