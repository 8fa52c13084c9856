#include "postmortempdf.h"

#include "domain/postmortemmarkdown.h"

#include <QBuffer>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>

namespace sitrep {

std::optional<PostmortemPdf::Paper> PostmortemPdf::parsePaper(QStringView text)
{
    if (text.compare(u"a4", Qt::CaseInsensitive) == 0)
        return Paper::A4;
    if (text.compare(u"letter", Qt::CaseInsensitive) == 0)
        return Paper::Letter;
    return std::nullopt;
}

QByteArray PostmortemPdf::render(const Postmortem &postmortem, Paper paper)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(postmortem.title);
    writer.setCreator(QStringLiteral("Sitrep"));
    writer.setPageLayout(
            QPageLayout(QPageSize(paper == Paper::A4 ? QPageSize::A4 : QPageSize::Letter),
                        QPageLayout::Portrait, QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter));

    // The Markdown export is the one description of the template's shape; the PDF is that
    // document typeset, so the two never say different things.
    // The header's "**Field:** value" lines are one per line in the template but one paragraph
    // to a Markdown reader; a hard break (two trailing spaces) keeps them apart on paper.
    static const QRegularExpression fieldLine(QStringLiteral("(?<=\\S)\n(?=\\*\\*[^*\n]+:\\*\\*)"));
    QString markdown = PostmortemMarkdown::write(postmortem);
    markdown.replace(fieldLine, QStringLiteral("  \n"));
    // The seed marks what went well and wrong with emoji, which the usual document fonts
    // (DejaVu, Liberation) lack; their heavy check mark and ballot X print everywhere.
    markdown.replace(QChar(0x2705), QChar(0x2714)).replace(QChar(0x274C), QChar(0x2718));
    QTextDocument document;
    document.setMarkdown(markdown);
    QFont font = document.defaultFont();
    font.setPointSizeF(10.5);
    document.setDefaultFont(font);
    document.print(&writer);
    return bytes;
}

} // namespace sitrep
