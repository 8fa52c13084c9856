#pragma once

#include <QSyntaxHighlighter>

namespace sitrep {

// The simple Markdown the long fields take, shown as it will print: **bold**, *italic*,
// `code`, and list markers at the start of a line. The text itself stays plain.
class MarkdownHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &text) override;
};

} // namespace sitrep
