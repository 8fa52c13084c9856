// The words after a sitrepctl command, NUL-separated: parsed with the options commands share
// (CommandLine, as every command parses), then the values commands read from them — times
// (--at, --from, --to), severities and endpoint settings (--set KEY=VALUE).
// ctlhelpers.h is read after the context it works on, as in every command file.
#include "common/appcontext.h"
#include "ctlhelpers.h"
#include "domain/severity.h"
#include "fuzzinput.h"

using namespace sitrep;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QStringList arguments;
    for (const QByteArray &word : fuzz::bytes(data, size).split('\0'))
        arguments << QString::fromUtf8(word);
    const QCommandLineOption at(QStringLiteral("at"), {}, QStringLiteral("ISO8601"));
    const QCommandLineOption from(QStringLiteral("from"), {}, QStringLiteral("DATE"));
    const QCommandLineOption severity(QStringLiteral("severity"), {}, QStringLiteral("SEV-N"));
    const QCommandLineOption set(QStringLiteral("set"), {}, QStringLiteral("KEY=VALUE"));
    ctl::CommandLine line;
    line.parser.addPositionalArgument(QStringLiteral("ID"), {});
    line.parser.addOptions({ctl::jsonOption(), ctl::outputOption(), at, from, severity, set});
    if (!line.parse(QStringLiteral("incidents"), arguments))
        return 0;
    QDateTime when;
    (void)ctl::readAt(line.parser, at, &when);
    (void)ctl::parseDay(line.parser.value(from));
    (void)parseSeverity(line.parser.value(severity));
    Endpoint endpoint;
    for (const QString &setting : line.parser.values(set))
        (void)EndpointRules::apply(endpoint, setting);
    (void)line.parser.positionalArguments();
    return 0;
}
