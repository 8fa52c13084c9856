// Search benchmark: the free-text search over a whole history, Sitrep's own index against SQLite's
// in the same run. Ours keeps every incident's search text in one block of memory (SearchTexts)
// and scans it per keystroke, as the board does (SearchTexts::rowsContaining). SQLite's is an FTS5
// table with the trigram tokenizer (the substring index SQLite ships) over the same texts: a phrase
// MATCH for three characters or more, which the index answers, and LIKE for fewer, which scans (a
// trigram needs three). For each keystroke, both find the matching rows, and the rows must agree.
//
//   bench_search [FILE]   FILE: a history from `bench_board generate FILE N`; without it,
//                         SITREP_BENCH_INCIDENTS (default 1,000,000) are generated.
//                         SITREP_BENCH_RUNS runs (default 5), medians.
#include "benchfigures.h"
#include "benchprofile.h"
#include "domain/incidentsearch.h"

#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace sitrep;
using namespace Qt::StringLiterals;
using bench::median;
using bench::milliseconds;

namespace {

// Two commanders typing: one a word most incidents share, one a number few do.
const QList<QByteArray> typedWord
        = {"c",       "ch",       "che",       "chec",       "check",       "checko",
           "checkou", "checkout", "checkout ", "checkout r", "checkout re", "checkout ret"};
const QList<QByteArray> typedNumber = {"4", "47", "471", "4711"};

struct Keystroke
{
    double oursMs = 0;
    double sqliteMs = 0;
    qsizetype found = 0;
};

// The rows set in `bits`, as SQLite lists them.
QList<int> rowsOf(const QBitArray &bits)
{
    QList<int> rows;
    for (qsizetype row = 0; row < bits.size(); ++row) {
        if (bits.testBit(row))
            rows.append(int(row));
    }
    return rows;
}

// A LIKE pattern matching `key` anywhere, its wildcards taken literally.
QString likePattern(QByteArrayView key)
{
    QString literal = QString::fromUtf8(key);
    literal.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + literal + u'%';
}

// The key as an FTS5 phrase: the trigram tokenizer then matches it as a substring.
QString phrase(QByteArrayView key)
{
    return u'"' + QString::fromUtf8(key).replace(u'"', u"\"\""_s) + u'"';
}

// The two ways SQLite is asked; LIKE with ESCAPE never uses the trigram index, so a key of
// three characters or more goes to MATCH.
struct SqliteSearch
{
    QSqlQuery match;
    QSqlQuery like;
};

QList<int> sqliteFind(SqliteSearch &search, QByteArrayView key)
{
    QList<int> rows;
    const bool indexed = QString::fromUtf8(key).size() >= 3;
    QSqlQuery &query = indexed ? search.match : search.like;
    query.addBindValue(indexed ? phrase(key) : likePattern(key));
    if (!query.exec())
        return {-1};
    while (query.next())
        rows.append(query.value(0).toInt() - 1);
    return rows;
}

// The FTS5 table in a file of its own next to the history, filled with the same texts in one
// transaction. Returns the time it took, or a negative time with the reason printed.
double buildFts(QSqlDatabase &db, const SearchTexts &texts)
{
    QElapsedTimer timer;
    timer.start();
    QSqlQuery query(db);
    if (!query.exec(u"CREATE VIRTUAL TABLE search USING fts5(text, tokenize = 'trigram')"_s)
        || !db.transaction()) {
        std::fprintf(stderr, "FTS5: %s\n", qPrintable(query.lastError().text()));
        return -1;
    }
    query.prepare(u"INSERT INTO search (rowid, text) VALUES (?, ?)"_s);
    for (qsizetype row = 0; row < texts.size(); ++row) {
        query.addBindValue(qlonglong(row + 1));
        query.addBindValue(QString::fromUtf8(texts.at(row)));
        if (!query.exec()) {
            std::fprintf(stderr, "FTS5: %s\n", qPrintable(query.lastError().text()));
            return -1;
        }
    }
    if (!db.commit())
        return -1;
    return milliseconds(timer);
}

// Each keystroke of `typed`, median over the runs; false if the two searches disagree.
bool measure(const QList<QByteArray> &typed, const SearchTexts &texts, SqliteSearch &search,
             int runs, QList<Keystroke> &keys)
{
    keys.resize(typed.size());
    QList<QList<double>> ours(typed.size()), sqlite(typed.size());
    for (int run = 0; run < runs; ++run) {
        for (qsizetype i = 0; i < typed.size(); ++i) {
            QElapsedTimer timer;
            timer.start();
            const QBitArray found = texts.rowsContaining(typed.at(i));
            ours[i] << milliseconds(timer);
            timer.restart();
            const QList<int> theirs = sqliteFind(search, typed.at(i));
            sqlite[i] << milliseconds(timer);
            const QList<int> mine = rowsOf(found);
            if (mine != theirs) {
                std::fprintf(stderr, "\"%s\": ours found %lld rows, FTS5 %lld\n",
                             typed.at(i).constData(), qlonglong(mine.size()),
                             qlonglong(theirs.size()));
                return false;
            }
            keys[i].found = mine.size();
        }
    }
    for (qsizetype i = 0; i < typed.size(); ++i) {
        keys[i].oursMs = median(ours.at(i));
        keys[i].sqliteMs = median(sqlite.at(i));
    }
    return true;
}

void print(const char *what, const QList<QByteArray> &typed, const QList<Keystroke> &keys)
{
    std::printf("\n%s\n  %-14s %10s %10s %9s\n", what, "typed", "ours ms", "FTS5 ms", "found");
    QList<double> ours, sqlite;
    for (qsizetype i = 0; i < typed.size(); ++i) {
        std::printf("  %-14s %10.1f %10.1f %9lld\n", ('"' + typed.at(i) + '"').constData(),
                    keys.at(i).oursMs, keys.at(i).sqliteMs, qlonglong(keys.at(i).found));
        ours << keys.at(i).oursMs;
        sqlite << keys.at(i).sqliteMs;
    }
    std::printf("  %-14s %10.1f %10.1f\n", "median", median(ours), median(sqlite));
    std::printf("  %-14s %10.1f %10.1f\n", "slowest", *std::max_element(ours.begin(), ours.end()),
                *std::max_element(sqlite.begin(), sqlite.end()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    QString history = app.arguments().value(1);
    if (history.isEmpty()) {
        history = dir.filePath(u"history.sqlite"_s);
        const int count = bench::sizeFrom("SITREP_BENCH_INCIDENTS", 1'000'000);
        std::printf("Generating %d incidents...\n", count);
        if (bench::generateIncidents(history, count) != 0)
            return 1;
    }
    QList<Incident> all;
    {
        auto database = Database::open(history, IntegrityCheck::Deferred);
        if (!database) {
            std::fprintf(stderr, "%s\n", qPrintable(database.error()));
            return 1;
        }
        SystemClock clock;
        IncidentService service(*database.value(), PolicyLoader::load({}).policy, clock);
        all = service.incidents(IncidentSelection::All).value();
    }

    QElapsedTimer timer;
    timer.start();
    SearchTexts texts;
    texts.reserve(all.size());
    for (const Incident &incident : std::as_const(all))
        texts.append(incidentSearchText(incident));
    const double oursBuildMs = milliseconds(timer);
    qsizetype oursBytes = 0;
    for (qsizetype row = 0; row < texts.size(); ++row)
        oursBytes += texts.at(row).size() + qsizetype(sizeof(qsizetype) + sizeof(int));

    const QString ftsFile = dir.filePath(u"fts.sqlite"_s);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fts"_s);
    db.setDatabaseName(ftsFile);
    if (!db.open())
        return 1;
    const double ftsBuildMs = buildFts(db, texts);
    if (ftsBuildMs < 0)
        return 1;
    SqliteSearch search {QSqlQuery(db), QSqlQuery(db)};
    search.match.setForwardOnly(true);
    search.match.prepare(u"SELECT rowid FROM search WHERE search MATCH ? ORDER BY rowid"_s);
    search.like.setForwardOnly(true);
    search.like.prepare(u"SELECT rowid FROM search WHERE text LIKE ? ESCAPE '\\' ORDER BY rowid"_s);

    const int runs = bench::runs();
    QList<Keystroke> word, number;
    if (!measure(typedWord, texts, search, runs, word)
        || !measure(typedNumber, texts, search, runs, number))
        return 1;

    std::printf("search over %lld incidents, median of %d runs\n", qlonglong(texts.size()), runs);
    std::printf("  %-28s %10s %10s\n", "", "ours", "FTS5");
    std::printf("  %-28s %10.0f %10.0f\n", "build, ms", oursBuildMs, ftsBuildMs);
    std::printf("  %-28s %10.1f %10.1f\n", "size, MB (memory / file)", oursBytes / 1e6,
                QFileInfo(ftsFile).size() / 1e6);
    print("a word most incidents share", typedWord, word);
    print("a number few incidents have", typedNumber, number);
    bench::printMemory();
    return 0;
}
