#pragma once

#include "services/postmortempdf.h"

#include <QObject>

class QWidget;

namespace sitrep {

class PostmortemEditor;
class PostmortemService;

// The postmortem being written, to and from files: the Markdown and PDF exports, the review's
// calendar invitation, and a Markdown import into the form. Problems come back in words.
class PostmortemFiles : public QObject
{
    Q_OBJECT
public:
    PostmortemFiles(PostmortemEditor &editor, PostmortemService &postmortems,
                    QObject *parent = nullptr);

    // Each returns the problem in words, empty when the file was written.
    [[nodiscard]] QString exportMarkdown(const QString &file);
    [[nodiscard]] QString saveInvite(const QString &file);
    // Typeset on a worker (it takes longer than a frame); pdfWritten() tells how it went.
    void exportPdf(const QString &file, PostmortemPdf::Paper paper);
    // Replaces the form's content with a Markdown postmortem in the template's shape, as one
    // undoable step; what could not be placed is said through notice(). Returns the problem,
    // empty when read.
    [[nodiscard]] QString importMarkdown(const QString &file);
    // Asks for the file over `parent`, then does it: "md", "a4", "letter", "ics" or "import".
    void choose(QWidget *parent, const QString &what);

Q_SIGNALS:
    // The problem in words, empty when the PDF was written.
    void pdfWritten(const QString &file, const QString &problem);
    void problem(const QString &problem);
    // Done, with something to look at (a document that came in as In review).
    void notice(const QString &notice);
    void done(const QString &message);

private:
    void report(const QString &file, const QString &problem);

    PostmortemEditor &m_editor;
    PostmortemService &m_postmortems;
};

} // namespace sitrep
