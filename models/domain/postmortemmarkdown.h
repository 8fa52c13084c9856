#pragma once

#include "postmortem.h"

#include <QCoreApplication>

namespace sitrep {

// What a Markdown import made of a document: the postmortem, and the lines that fit no part of
// the template ("line 12: ..."), so that nothing is dropped unsaid.
struct PostmortemImport
{
    Postmortem postmortem;
    QStringList unplaced;
};

// The postmortem as Markdown in exactly the seed's template: the same headings in the same
// order, bold field labels, the timeline as "- **HH:MM** - text", the action items as a pipe
// table. Reading it back gives the same postmortem.
class PostmortemMarkdown
{
    Q_DECLARE_TR_FUNCTIONS(PostmortemMarkdown)
public:
    [[nodiscard]] static QString write(const Postmortem &postmortem);
    [[nodiscard]] static PostmortemImport read(const QString &markdown);
};

} // namespace sitrep
