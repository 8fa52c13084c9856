#include "domain/alert.h"

#include <algorithm>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sitrep;
using namespace Qt::StringLiterals;

// An alert's labels as the cache stores them: a JSON object of strings, read back exactly,
// whether or not a label needs escaping.
class tst_AlertJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void labelsRoundTrip_data();
    void labelsRoundTrip();
    void labelsAreJsonInUtf8_data() { labelsRoundTrip_data(); }
    void labelsAreJsonInUtf8();
    void aLoneHalfOfAPairIsWrittenAsQtWritesIt();
    void readsWhatOthersWrote();
};

void tst_AlertJson::labelsRoundTrip_data()
{
    QTest::addColumn<Labels>("labels");
    QTest::newRow("none") << Labels {};
    QTest::newRow("plain") << Labels {{u"alertname"_s, u"HighLatency"_s},
                                      {u"instance"_s, u"10.0.0.7:9100"_s},
                                      {u"service"_s, u"checkout"_s}};
    QTest::newRow("empty value") << Labels {{u"a"_s, QString()}, {u"b"_s, u"x"_s}};
    QTest::newRow("unicode") << Labels {{u"région"_s, u"Zürich 東京 🔥"_s}};
    QTest::newRow("quotes and backslashes")
            << Labels {{u"query"_s, u"rate(http{code=\"500\"}[5m]) \\ 2"_s}, {u"z"_s, u"\""_s}};
    QTest::newRow("control characters")
            << Labels {{u"summary"_s, u"line one\nline\ttwo\r"_s}, {u"x"_s, u"\x01\x1f\x7f"_s}};
    QTest::newRow("JSON punctuation as data")
            << Labels {{u"k:ey"_s, u"{a},[b]:c"_s}, {u"x,y"_s, u"}"_s}};
}

void tst_AlertJson::labelsRoundTrip()
{
    QFETCH(Labels, labels);
    QCOMPARE(AlertJson::labelsFromJson(AlertJson::labelsToJson(labels)), labels);
}

// Written straight as UTF-8: what a JSON reader makes of it is the labels, and outside the
// quotes and escapes the bytes are the labels' own UTF-8.
void tst_AlertJson::labelsAreJsonInUtf8()
{
    QFETCH(Labels, labels);
    const QByteArray json = AlertJson::labelsToJson(labels);
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(json, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(object.size(), labels.size());
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        QCOMPARE(object.value(it.key()).toString(), it.value());
        if (!it.value().contains(u'"') && !it.value().contains(u'\\')
            && std::ranges::none_of(it.value(), [](QChar c) { return c.unicode() < 0x20; }))
            QVERIFY(json.contains(":\"" + it.value().toUtf8() + '"'));
    }
}

// Half of a surrogate pair alone is no character; it is written as QString's own UTF-8 writes it.
void tst_AlertJson::aLoneHalfOfAPairIsWrittenAsQtWritesIt()
{
    for (const QString &lone :
         {QString(QChar(0xd83d)), QString(QChar(0xdd25)), u"a"_s + QChar(0xd83d) + u"b"_s}) {
        QCOMPARE(AlertJson::labelsToJson({{u"k"_s, lone}}), "{\"k\":\"" + lone.toUtf8() + "\"}");
    }
}

void tst_AlertJson::readsWhatOthersWrote()
{
    // Keys out of order and spaces between the tokens: still every label.
    const Labels read = AlertJson::labelsFromJson(R"({ "b" : "2", "a":"1" })");
    QCOMPARE(read, (Labels {{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}}));
    QCOMPARE(AlertJson::labelsFromJson("{}"), Labels {});
    QCOMPARE(AlertJson::labelsFromJson(""), Labels {});
}

QTEST_APPLESS_MAIN(tst_AlertJson)
#include "tst_alertjson.moc"
