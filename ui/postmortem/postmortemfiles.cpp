#include "postmortemfiles.h"

#include "common/filewriting.h"
#include "domain/postmortemmarkdown.h"
#include "itemmodels/postmortemeditor.h"
#include "services/postmortemservice.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace sitrep {

PostmortemFiles::PostmortemFiles(PostmortemEditor &editor, PostmortemService &postmortems,
                                 QObject *parent)
    : QObject(parent), m_editor(editor), m_postmortems(postmortems)
{ }

QString PostmortemFiles::exportMarkdown(const QString &file)
{
    return FileWriting::write(file, PostmortemMarkdown::write(m_editor.postmortem()).toUtf8());
}

void PostmortemFiles::exportPdf(const QString &file, PostmortemPdf::Paper paper)
{
    auto *watcher = new QFutureWatcher<QByteArray>(this);
    connect(watcher, &QFutureWatcher<QByteArray>::finished, this, [this, watcher, file] {
        watcher->deleteLater();
        const QString problem = FileWriting::write(file, watcher->result());
        report(file, problem);
        Q_EMIT pdfWritten(file, problem);
    });
    watcher->setFuture(QtConcurrent::run([postmortem = m_editor.postmortem(), paper] {
        return PostmortemPdf::render(postmortem, paper);
    }));
}

QString PostmortemFiles::saveInvite(const QString &file)
{
    m_editor.saveNow();
    const Result<QByteArray> invite = m_postmortems.reviewInvite(m_editor.postmortem().incident);
    if (!invite)
        return invite.error();
    return FileWriting::write(file, invite.value());
}

QString PostmortemFiles::importMarkdown(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return tr("Could not read %1: %2").arg(file, in.errorString());
    PostmortemImport imported = PostmortemMarkdown::read(QString::fromUtf8(in.readAll()));
    Postmortem &p = imported.postmortem;
    p.incident = m_editor.postmortem().incident;
    QStringList notes;
    // A document marked Complete that the rules do not pass comes in for review, not refused.
    if (p.status == Postmortem::Status::Complete
        && !PostmortemRules::missingForComplete(p).isEmpty()) {
        p.status = Postmortem::Status::InReview;
        notes << tr("Imported as In review: it is not complete yet.");
    }
    m_editor.edit(tr("Import %1").arg(QFileInfo(file).fileName()),
                  [&p](Postmortem &current) { current = p; });
    if (!imported.unplaced.isEmpty())
        notes << tr("Not placed: %1").arg(imported.unplaced.join(QStringLiteral("; ")));
    if (notes.isEmpty())
        Q_EMIT done(tr("Imported %1").arg(file));
    else
        Q_EMIT notice(notes.join(u' '));
    return {};
}

void PostmortemFiles::choose(QWidget *parent, const QString &what)
{
    const QString base = QStringLiteral("postmortem-%1").arg(m_editor.postmortem().incident);
    if (what == u"import") {
        const QString file = QFileDialog::getOpenFileName(
                parent, tr("Import a Markdown postmortem"), {}, tr("Markdown (*.md)"));
        if (!file.isEmpty())
            if (const QString problem = importMarkdown(file); !problem.isEmpty())
                Q_EMIT this->problem(problem);
        return;
    }
    if (what == u"md") {
        const QString file
                = QFileDialog::getSaveFileName(parent, tr("Export the postmortem as Markdown"),
                                               base + QStringLiteral(".md"), tr("Markdown (*.md)"));
        if (!file.isEmpty())
            report(file, exportMarkdown(file));
        return;
    }
    if (what == u"ics") {
        const QString file = QFileDialog::getSaveFileName(parent, tr("Save the review invitation"),
                                                          base + QStringLiteral("-review.ics"),
                                                          tr("iCalendar (*.ics)"));
        if (!file.isEmpty())
            report(file, saveInvite(file));
        return;
    }
    const QString file
            = QFileDialog::getSaveFileName(parent, tr("Export the postmortem as PDF"),
                                           base + QStringLiteral(".pdf"), tr("PDF (*.pdf)"));
    if (!file.isEmpty())
        exportPdf(file, PostmortemPdf::parsePaper(what).value_or(PostmortemPdf::Paper::A4));
}

void PostmortemFiles::report(const QString &file, const QString &problem)
{
    if (!problem.isEmpty())
        Q_EMIT this->problem(problem);
    else
        Q_EMIT done(tr("Wrote %1").arg(file));
}

} // namespace sitrep
