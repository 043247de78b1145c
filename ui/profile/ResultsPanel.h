#pragma once

#include "core/CareerAnalysis.h"

#include <QMap>
#include <QWidget>

class ExplanationTree;
class QGroupBox;
class QLabel;
class QProgressBar;
class QTableWidget;
class RateConverterWidget;

// Beside the profile form: the five area scores and four factors as bars, the estimate per
// employment type, the conversions, and the explanation of every figure.
class ResultsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ResultsPanel(QWidget *parent = nullptr);

    void showResult(const AnalysisResult &result, EmploymentType current);
    // Says the figures are those of the default profile, with what to do about it.
    void setDefaultProfileNotice(bool shown);
    RateConverterWidget *converter() const { return m_converter; }
    QTableWidget *estimatesTable() const { return m_estimates; }
    QProgressBar *areaBar(SkillCategory area) const { return m_areaBars.value(area); }
    QProgressBar *factorBar(IncomeFactor factor) const { return m_factorBars.value(factor); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QProgressBar *addBar(QGroupBox *group, int row, QLabel *label);

    QLabel *m_defaultNotice;
    QGroupBox *m_areasGroup;
    QGroupBox *m_factorsGroup;
    QGroupBox *m_estimatesGroup;
    QMap<SkillCategory, QProgressBar *> m_areaBars;
    QMap<SkillCategory, QLabel *> m_areaLabels;
    QMap<IncomeFactor, QProgressBar *> m_factorBars;
    QMap<IncomeFactor, QLabel *> m_factorLabels;
    QProgressBar *m_compositeBar;
    QLabel *m_compositeLabel;
    QTableWidget *m_estimates;
    QLabel *m_estimateNote;
    RateConverterWidget *m_converter;
    QLabel *m_explanationLabel;
    ExplanationTree *m_explanation;
    std::optional<AnalysisResult> m_last;
    EmploymentType m_current = EmploymentType::FullTime;
};
