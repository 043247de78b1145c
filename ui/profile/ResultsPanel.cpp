#include "profile/ResultsPanel.h"

#include "core/MoneyFormat.h"
#include "profile/ExplanationTree.h"
#include "profile/RateConverterWidget.h"

#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

using namespace Qt::StringLiterals;

ResultsPanel::ResultsPanel(QWidget *parent)
    : QWidget(parent), m_defaultNotice(new QLabel(this)), m_areasGroup(new QGroupBox(this)),
      m_factorsGroup(new QGroupBox(this)), m_estimatesGroup(new QGroupBox(this)),
      m_compositeBar(nullptr), m_compositeLabel(new QLabel(this)),
      m_estimates(new QTableWidget(4, 3, this)), m_estimateNote(new QLabel(this)),
      m_converter(new RateConverterWidget(this)), m_explanationLabel(new QLabel(this)),
      m_explanation(new ExplanationTree(this))
{
    m_defaultNotice->setObjectName(u"defaultProfileNotice"_s);
    m_defaultNotice->setWordWrap(true);
    m_defaultNotice->setFrameShape(QFrame::StyledPanel);
    m_defaultNotice->setMargin(6);
    m_defaultNotice->setVisible(false);
    m_estimates->setObjectName(u"estimatesTable"_s);
    m_estimateNote->setObjectName(u"estimateNote"_s);
    m_explanation->setObjectName(u"explanationTree"_s);
    m_converter->setObjectName(u"rateConverter"_s);

    new QGridLayout(m_areasGroup); // filled by addBar()
    int row = 0;
    for (SkillCategory area : ScoreCard::areaOrder()) {
        auto *label = new QLabel(m_areasGroup);
        m_areaLabels.insert(area, label);
        QProgressBar *bar = addBar(m_areasGroup, row++, label);
        bar->setObjectName(u"areaBar_"_s + SkillCategories::key(area));
        m_areaBars.insert(area, bar);
    }
    new QGridLayout(m_factorsGroup);
    row = 0;
    for (IncomeFactor factor : IncomeFactors::all()) {
        auto *label = new QLabel(m_factorsGroup);
        m_factorLabels.insert(factor, label);
        QProgressBar *bar = addBar(m_factorsGroup, row++, label);
        bar->setObjectName(u"factorBar_"_s + IncomeFactors::key(factor));
        m_factorBars.insert(factor, bar);
    }
    m_compositeLabel->setParent(m_factorsGroup);
    m_compositeBar = addBar(m_factorsGroup, row, m_compositeLabel);
    m_compositeBar->setObjectName(u"compositeBar"_s);

    m_estimates->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_estimates->verticalHeader()->setDefaultSectionSize(m_estimates->fontMetrics().height() + 8);
    m_estimates->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_estimates->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_estimates->setSelectionMode(QAbstractItemView::NoSelection);
    m_estimates->setFocusPolicy(Qt::NoFocus);
    m_estimates->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_estimates->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_estimateNote->setWordWrap(true);
    auto *estimatesLayout = new QVBoxLayout(m_estimatesGroup);
    estimatesLayout->addWidget(m_estimates);
    estimatesLayout->addWidget(m_estimateNote);

    auto *scores = new QHBoxLayout;
    scores->addWidget(m_areasGroup);
    scores->addWidget(m_factorsGroup);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_defaultNotice);
    layout->addLayout(scores);
    layout->addWidget(m_estimatesGroup);
    layout->addWidget(m_converter);
    layout->addWidget(m_explanationLabel);
    layout->addWidget(m_explanation, 1);
    retranslate();
}

QProgressBar *ResultsPanel::addBar(QGroupBox *group, int row, QLabel *label)
{
    auto *bar = new QProgressBar(group);
    bar->setRange(0, 100);
    bar->setValue(0);
    bar->setTextVisible(true);
    bar->setFormat(u"%v"_s);
    bar->setMaximumHeight(label->sizeHint().height() + 4);
    label->setBuddy(bar);
    auto *grid = static_cast<QGridLayout *>(group->layout());
    grid->addWidget(label, row, 0);
    grid->addWidget(bar, row, 1);
    grid->setColumnStretch(1, 1);
    return bar;
}

void ResultsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_last)
            showResult(*m_last, m_current);
    }
    QWidget::changeEvent(event);
}

void ResultsPanel::setDefaultProfileNotice(bool shown)
{
    m_defaultNotice->setVisible(shown);
}

void ResultsPanel::retranslate()
{
    m_defaultNotice->setText(
        tr("These figures are for a default profile (40 years old, no income, no skills), not "
           "yours. Fill in the form on the left, or import a profile, to see your own."));
    m_areasGroup->setTitle(tr("Skill areas"));
    m_factorsGroup->setTitle(tr("Income factors"));
    m_estimatesGroup->setTitle(tr("Estimated annual income"));
    for (auto it = m_areaLabels.begin(); it != m_areaLabels.end(); ++it) {
        it.value()->setText(SkillCategories::displayName(it.key()));
        m_areaBars.value(it.key())->setAccessibleName(SkillCategories::displayName(it.key()));
    }
    for (auto it = m_factorLabels.begin(); it != m_factorLabels.end(); ++it) {
        it.value()->setText(IncomeFactors::displayName(it.key()));
        m_factorBars.value(it.key())->setAccessibleName(IncomeFactors::displayName(it.key()));
    }
    m_compositeLabel->setText(tr("Composite"));
    m_estimates->setHorizontalHeaderLabels({tr("Low"), tr("Estimate"), tr("High")});
    m_estimates->setAccessibleName(tr("Estimated annual income"));
    m_explanationLabel->setText(tr("Why: every figure, the inputs that moved it, and its data"));
}

void ResultsPanel::showResult(const AnalysisResult &result, EmploymentType current)
{
    m_last = result;
    m_current = current;
    for (auto it = result.card.areas.begin(); it != result.card.areas.end(); ++it) {
        if (QProgressBar *bar = m_areaBars.value(it.key()))
            bar->setValue(int(std::lround(it.value().value)));
    }
    for (auto it = result.card.factors.begin(); it != result.card.factors.end(); ++it) {
        if (QProgressBar *bar = m_factorBars.value(it.key()))
            bar->setValue(int(std::lround(it.value().value)));
    }
    m_compositeBar->setValue(int(std::lround(result.card.composite.value)));

    QStringList rows;
    QString freelanceNote;
    for (int row = 0; row < result.estimates.size() && row < m_estimates->rowCount(); ++row) {
        const EmploymentEstimate &estimate = result.estimates.at(row);
        QString name = EmploymentTypes::displayName(estimate.type);
        if (estimate.type == current)
            name = tr("%1 (you)").arg(name);
        rows.append(name);
        const QList<qint64> values{estimate.lowYen, estimate.midYen, estimate.highYen};
        for (int column = 0; column < 3; ++column) {
            auto *item = new QTableWidgetItem(MoneyFormat::annual(values.at(column)));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(estimate.basis);
            if (column == 1 || estimate.type == current) {
                QFont font = item->font();
                font.setBold(column == 1);
                item->setFont(font);
            }
            m_estimates->setItem(row, column, item);
        }
        if (estimate.type == EmploymentType::Freelance)
            freelanceNote = estimate.basis;
    }
    m_estimates->setVerticalHeaderLabels(rows);
    // Exactly the four rows: no empty band under them.
    m_estimates->setFixedHeight(m_estimates->horizontalHeader()->sizeHint().height() +
                                m_estimates->rowCount() *
                                    m_estimates->verticalHeader()->defaultSectionSize() +
                                2 * m_estimates->frameWidth());
    m_estimateNote->setText(tr("Freelance: %1").arg(freelanceNote));
    m_explanation->showResult(result);
}
