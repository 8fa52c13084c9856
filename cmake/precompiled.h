// Qt's headers that most of Sitrep's files include, compiled once per large library and once
// for all the small targets (cmake/precompiled.cmake). Each Qt module's group of headers is taken
// only where that module is on the target's include path.
//
// Only declarations are shared. A file still includes what it uses: a build without them
// (-DSITREP_PRECOMPILED_HEADERS=OFF) shows one that does not. A Qt module a target does not
// link stays off its include path, so including one of its headers still fails to compile.
//
// Qt Test is left out: its headers read QT_GUI_LIB, QT_WIDGETS_LIB and the test's own folder,
// which differ from test to test, and the compiler refuses a header built with other values.

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#if __has_include(<QFutureWatcher>)
#    include <QFutureWatcher>
#    include <QtConcurrent/QtConcurrentRun>
#endif

#if __has_include(<QSqlQuery>)
#    include <QSqlDatabase>
#    include <QSqlError>
#    include <QSqlQuery>
#endif

#if __has_include(<QNetworkReply>)
#    include <QNetworkAccessManager>
#    include <QNetworkReply>
#endif

#if __has_include(<QColor>)
#    include <QAbstractTableModel>
#    include <QColor>
#endif

#if __has_include(<QWidget>)
#    include <QApplication>
#    include <QComboBox>
#    include <QDialog>
#    include <QDialogButtonBox>
#    include <QFormLayout>
#    include <QHBoxLayout>
#    include <QHeaderView>
#    include <QLabel>
#    include <QLineEdit>
#    include <QPlainTextEdit>
#    include <QPushButton>
#    include <QTabWidget>
#    include <QTableView>
#    include <QVBoxLayout>
#    include <QWidget>
#endif
