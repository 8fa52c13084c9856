#pragma once

#include "domain/detectionrule.h"
#include "domain/result.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sitrep {

class DocumentPage;
class MonitoringService;

// Settings, page Detection rules: the rules file in the YAML editor, and Preview, which
// evaluates the rules as typed once against the configured Prometheus and shows each rule's
// value, threshold and verdict without declaring anything.
class DetectionRulesPage : public QWidget
{
    Q_OBJECT
public:
    DetectionRulesPage(MonitoringService &monitoring, const QString &path,
                       QWidget *parent = nullptr);

    [[nodiscard]] DocumentPage *document() const { return m_document; }
    [[nodiscard]] QTableWidget *results() const { return m_results; }
    void preview();

Q_SIGNALS:
    // The preview's answer arrived (`problem` in words when there is none to show).
    void previewed(const QString &problem);

private:
    void showAnswer(const QList<DetectionRule> &evaluated,
                    const Result<QList<RuleOutcome>> &outcomes);
    void showOutcomes(const QList<DetectionRule> &rules, const QList<RuleOutcome> &outcomes);

    MonitoringService &m_monitoring;
    DocumentPage *m_document;
    QPushButton *m_preview;
    QLabel *m_answer;
    QTableWidget *m_results;
};

} // namespace sitrep
