#include "common/refreshwhenshown.h"

#include <QTest>
#include <QWidget>

using namespace sitrep;

// A view's refresh waits while nobody sees it and runs once when it is shown, however often it
// was asked for; the cold start benchmark's baseline runs every refresh when asked.
class tst_RefreshWhenShown : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aHiddenViewRefreshesOnceWhenShown();
    void aShownViewRefreshesAtOnce();
    void theEagerBaselineRefreshesHiddenViewsToo(); // last: it holds for the whole process
};

void tst_RefreshWhenShown::aHiddenViewRefreshesOnceWhenShown()
{
    QWidget view;
    int refreshes = 0;
    RefreshWhenShown refresh(&view, [&refreshes] { ++refreshes; });
    refresh.request();
    refresh.request();
    refresh.request();
    QCOMPARE(refreshes, 0);
    QVERIFY(refresh.isPending());
    view.show();
    QCOMPARE(refreshes, 1);
    QVERIFY(!refresh.isPending());
    view.hide();
    view.show(); // nothing asked for meanwhile: nothing read
    QCOMPARE(refreshes, 1);
}

void tst_RefreshWhenShown::aShownViewRefreshesAtOnce()
{
    QWidget view;
    view.show();
    int refreshes = 0;
    RefreshWhenShown refresh(&view, [&refreshes] { ++refreshes; });
    refresh.request();
    QCOMPARE(refreshes, 1);
    QVERIFY(!refresh.isPending());
}

void tst_RefreshWhenShown::theEagerBaselineRefreshesHiddenViewsToo()
{
    QWidget view;
    int refreshes = 0;
    RefreshWhenShown refresh(&view, [&refreshes] { ++refreshes; });
    RefreshWhenShown::refreshHiddenViewsToo();
    refresh.request();
    QCOMPARE(refreshes, 1);
    QVERIFY(!refresh.isPending());
    view.show();
    QCOMPARE(refreshes, 1);
}

QTEST_MAIN(tst_RefreshWhenShown)
#include "tst_refreshwhenshown.moc"
