#include "markdownhighlighter.h"

#include "itemmodels/tone.h"

#include <QFontDatabase>
#include <QRegularExpression>

namespace sitrep {

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression bold(QStringLiteral("\\*\\*[^*]+\\*\\*"));
    static const QRegularExpression italic(QStringLiteral("(?<![*\\w])\\*[^*\\s][^*]*\\*(?!\\*)"));
    static const QRegularExpression code(QStringLiteral("`[^`]+`"));
    static const QRegularExpression marker(QStringLiteral("^\\s*(?:\\d+\\.|[-*])\\s"));

    const auto apply = [&](const QRegularExpression &pattern, const QTextCharFormat &format) {
        for (auto it = pattern.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            setFormat(int(match.capturedStart()), int(match.capturedLength()), format);
        }
    };
    QTextCharFormat boldFormat;
    boldFormat.setFontWeight(QFont::Bold);
    QTextCharFormat italicFormat;
    italicFormat.setFontItalic(true);
    QTextCharFormat codeFormat;
    codeFormat.setFontFamilies({QFontDatabase::systemFont(QFontDatabase::FixedFont).family()});
    codeFormat.setForeground(Tones::colour(Tone::Code));
    QTextCharFormat markerFormat;
    markerFormat.setForeground(Tones::colour(Tone::Marker));
    markerFormat.setFontWeight(QFont::Bold);

    apply(italic, italicFormat);
    apply(bold, boldFormat);
    apply(code, codeFormat);
    apply(marker, markerFormat);
}

} // namespace sitrep
