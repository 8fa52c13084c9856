#include "detectionrulespage.h"

#include "common/tonestyle.h"
#include "documentpage.h"
#include "services/detectionrulesfile.h"
#include "services/monitoringservice.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sitrep {

DetectionRulesPage::DetectionRulesPage(MonitoringService &monitoring, const QString &path,
                                       QWidget *parent)
    : QWidget(parent),
      m_monitoring(monitoring),
      m_document(new DocumentPage(
              ConfigDocument::detectionRules(monitoring, path),
              tr("The rules that declare incidents from Prometheus, the checks that verify a "
                 "resolution and the monitoring window after them, in the documented YAML "
                 "format. Preview evaluates the rules as they stand in the editor, once, and "
                 "declares nothing."),
              this)),
      m_preview(new QPushButton(tr("&Preview"), this)),
      m_answer(new QLabel(this)),
      m_results(new QTableWidget(0, 5, this))
{
    m_preview->setObjectName(QStringLiteral("previewRules"));
    m_preview->setToolTip(tr("Evaluate the rules in the editor against the configured "
                             "Prometheus now, without declaring anything."));
    m_answer->setWordWrap(true);
    m_answer->hide();
    m_results->setObjectName(QStringLiteral("previewResults"));
    m_results->setAccessibleName(tr("Preview of the rules"));
    m_results->setHorizontalHeaderLabels(
            {tr("Rule"), tr("Value"), tr("Threshold"), tr("Verdict"), tr("Problem")});
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->verticalHeader()->hide();
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setMaximumHeight(160);
    m_results->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_preview, 0, Qt::AlignTop);
    row->addWidget(m_answer, 1);
    m_document->extras()->addLayout(row);
    m_document->extras()->addWidget(m_results);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_document);

    connect(m_preview, &QPushButton::clicked, this, &DetectionRulesPage::preview);
    connect(m_document, &DocumentPage::checked, m_preview,
            [this](const QString &problem) { m_preview->setEnabled(problem.isEmpty()); });
    m_preview->setEnabled(m_document->problem().isEmpty());
}

void DetectionRulesPage::preview()
{
    const QString name = QFileInfo(m_document->document().path()).fileName();
    const Result<DetectionRulesFile> rules
            = DetectionRulesFile::parse(m_document->editor()->toPlainText().toUtf8(), name);
    if (!rules)
        return;
    m_preview->setEnabled(false);
    ToneStyle::text(m_answer, Tone::Secondary);
    m_answer->setText(tr("Asking Prometheus…"));
    m_answer->show();
    const QList<DetectionRule> evaluated = rules.value().rules;
    // The answer may come after the Settings window closed.
    m_monitoring.preview(evaluated,
                         [page = QPointer(this), evaluated](Result<QList<RuleOutcome>> outcomes) {
                             if (page)
                                 page->showAnswer(evaluated, outcomes);
                         });
}

void DetectionRulesPage::showAnswer(const QList<DetectionRule> &evaluated,
                                    const Result<QList<RuleOutcome>> &outcomes)
{
    m_preview->setEnabled(true);
    if (!outcomes) {
        ToneStyle::text(m_answer, Tone::Danger, true);
        m_answer->setText(outcomes.error());
        m_results->hide();
        Q_EMIT previewed(outcomes.error());
        return;
    }
    showOutcomes(evaluated, outcomes.value());
    Q_EMIT previewed({});
}

void DetectionRulesPage::showOutcomes(const QList<DetectionRule> &rules,
                                      const QList<RuleOutcome> &outcomes)
{
    int fired = 0;
    m_results->setRowCount(int(rules.size()));
    for (int row = 0; row < rules.size(); ++row) {
        const RuleOutcome &outcome = outcomes.at(row);
        fired += outcome.fired ? 1 : 0;
        const QString verdict = !outcome.problem.isEmpty() ? tr("problem")
                : outcome.fired                            ? tr("would fire")
                                                           : tr("quiet");
        const QStringList cells {rules.at(row).name, DetectionRules::valueText(outcome.value),
                                 DetectionRules::valueText(outcome.threshold), verdict,
                                 outcome.problem};
        for (int column = 0; column < cells.size(); ++column)
            m_results->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        if (outcome.fired)
            m_results->item(row, 3)->setForeground(Tones::colour(Tone::Danger));
    }
    m_results->resizeColumnsToContents();
    m_results->show();
    ToneStyle::text(m_answer, Tone::Secondary);
    m_answer->setText(tr("%n rule(s) would fire now; nothing was declared.", nullptr, fired));
}

} // namespace sitrep
