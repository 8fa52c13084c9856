#pragma once

#include "domain/postmortem.h"

#include <QByteArray>
#include <QCoreApplication>

namespace sitrep {

// The postmortem as a PDF with the content of its Markdown export (headings, bold labels,
// the action items as a table), laid out by QTextDocument on A4 or US Letter with 20 mm
// margins. Needs a QGuiApplication: fonts come from the platform.
class PostmortemPdf
{
    Q_DECLARE_TR_FUNCTIONS(PostmortemPdf)
public:
    enum class Paper { A4, Letter };

    // "a4" or "letter", in any case.
    [[nodiscard]] static std::optional<Paper> parsePaper(QStringView text);
    [[nodiscard]] static QByteArray render(const Postmortem &postmortem, Paper paper);
};

} // namespace sitrep
