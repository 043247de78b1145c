#include "listings/ListingFilterBar.h"

#include "widgets/MoneySpinBox.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
// Item data of the saved-listings choice: "" all, "*" any saved, else a status key.
const QString anySaved = u"*"_s;
} // namespace

ListingFilterBar::ListingFilterBar(QWidget *parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_sort(new QComboBox(this)),
      m_count(new QLabel(this)), m_rateLabel(new QLabel(this)), m_minRate(new MoneySpinBox(this)),
      m_maxRate(new MoneySpinBox(this)), m_contract(new QComboBox(this)),
      m_duration(new QComboBox(this)), m_workKind(new QComboBox(this)),
      m_skill(new QComboBox(this)), m_positions(new QLineEdit(this)), m_saved(new QComboBox(this)),
      m_clear(new QPushButton(this)), m_positionsPause(new QTimer(this))
{
    m_search->setObjectName(u"listingSearch"_s);
    m_sort->setObjectName(u"listingSort"_s);
    m_count->setObjectName(u"listingCount"_s);
    m_minRate->setObjectName(u"listingMinRate"_s);
    m_maxRate->setObjectName(u"listingMaxRate"_s);
    m_contract->setObjectName(u"listingContract"_s);
    m_duration->setObjectName(u"listingDuration"_s);
    m_workKind->setObjectName(u"listingWorkKind"_s);
    m_skill->setObjectName(u"listingSkill"_s);
    m_positions->setObjectName(u"listingPositions"_s);
    m_saved->setObjectName(u"listingSaved"_s);
    m_search->setClearButtonEnabled(true);
    m_positions->setClearButtonEnabled(true);
    // 0 means "no bound": the special text ("any") says so instead of showing 0万円.
    for (MoneySpinBox *box : {m_minRate, m_maxRate})
        box->setYen(0);
    // Long choices (contract types and skills as listings write them) must not widen the
    // window: the combos show about ten characters and the popup shows the whole text.
    for (QComboBox *combo : {m_contract, m_duration, m_workKind, m_skill, m_saved}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    m_positions->setMinimumWidth(80);
    m_positionsPause->setSingleShot(true);
    m_positionsPause->setInterval(250);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_sort);
    searchRow->addWidget(m_count);
    // Two rows of filters, so the page fits a 1000-pixel window in either language.
    auto *rateRow = new QHBoxLayout;
    rateRow->addWidget(m_rateLabel);
    rateRow->addWidget(m_minRate);
    rateRow->addWidget(new QLabel(u"〜"_s, this));
    rateRow->addWidget(m_maxRate);
    rateRow->addWidget(m_contract);
    rateRow->addWidget(m_duration);
    rateRow->addWidget(m_workKind);
    rateRow->addStretch(1);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_skill);
    filterRow->addWidget(m_positions, 1);
    filterRow->addWidget(m_saved);
    filterRow->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(searchRow);
    layout->addLayout(rateRow);
    layout->addLayout(filterRow);

    // Typing searches at every keystroke: the query is answered by the index in a few
    // milliseconds, so there is no need to wait.
    connect(m_search, &QLineEdit::textChanged, this, &ListingFilterBar::filterChanged);
    connect(m_positions, &QLineEdit::textChanged, m_positionsPause, qOverload<>(&QTimer::start));
    connect(m_positionsPause, &QTimer::timeout, this, &ListingFilterBar::filterChanged);
    for (MoneySpinBox *box : {m_minRate, m_maxRate})
        connect(box, &MoneySpinBox::yenChanged, this, &ListingFilterBar::filterChanged);
    for (QComboBox *combo : {m_sort, m_contract, m_duration, m_workKind, m_skill, m_saved})
        connect(combo, &QComboBox::currentIndexChanged, this, &ListingFilterBar::filterChanged);
    connect(m_clear, &QPushButton::clicked, this, &ListingFilterBar::clearFilters);
    retranslate();
}

void ListingFilterBar::refill(QComboBox *combo, const QString &anyText,
                              const QList<std::pair<QString, QString>> &choices)
{
    // Keep the choice across a refill (new listings, another language).
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(anyText, QString());
    for (const auto &[key, text] : choices)
        combo->addItem(text, key);
    const int index = combo->findData(current);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

void ListingFilterBar::setChoices(const QStringList &contracts, const QStringList &durations,
                                  const QHash<QString, QString> &workKindNames,
                                  const SkillCatalogue &catalogue)
{
    m_contracts = contracts;
    m_durations = durations;
    m_workKindNames = workKindNames;
    m_catalogue = catalogue;
    retranslate();
}

void ListingFilterBar::fillStatusChoices()
{
    QList<std::pair<QString, QString>> choices{{anySaved, tr("Saved listings")}};
    for (ApplicationStatus status : ApplicationStatuses::all())
        choices.append({ApplicationStatuses::key(status),
                        tr("Saved: %1").arg(ApplicationStatuses::displayName(status))});
    refill(m_saved, tr("All listings"), choices);
}

void ListingFilterBar::fillSortChoices()
{
    const int current = m_sort->currentIndex();
    const QSignalBlocker blocker(m_sort);
    m_sort->clear();
    m_sort->addItem(tr("Best fit first"), int(ListingSort::Fit));
    m_sort->addItem(tr("Highest rate first"), int(ListingSort::RateHighFirst));
    m_sort->addItem(tr("Lowest rate first"), int(ListingSort::RateLowFirst));
    m_sort->addItem(tr("Newest first"), int(ListingSort::Newest));
    m_sort->setCurrentIndex(current < 0 ? 0 : current);
}

void ListingFilterBar::retranslate()
{
    m_search->setPlaceholderText(tr("Search title, work and skills (e.g. Java, 決済, AWS)"));
    m_search->setAccessibleName(tr("Search listings"));
    m_sort->setAccessibleName(tr("Sort listings"));
    m_rateLabel->setText(tr("Monthly rate"));
    m_minRate->setSpecialValueText(tr("any"));
    m_maxRate->setSpecialValueText(tr("any"));
    m_minRate->setAccessibleName(tr("Lowest monthly rate"));
    m_maxRate->setAccessibleName(tr("Highest monthly rate"));
    m_minRate->applyLocale();
    m_maxRate->applyLocale();
    m_positions->setPlaceholderText(tr("Position"));
    m_positions->setAccessibleName(tr("Position contains"));
    m_contract->setAccessibleName(tr("Contract type"));
    m_duration->setAccessibleName(tr("Duration"));
    m_workKind->setAccessibleName(tr("Kind of work"));
    m_skill->setAccessibleName(tr("Required skill"));
    m_saved->setAccessibleName(tr("Saved listings"));
    m_clear->setText(tr("Clear filters"));

    QList<std::pair<QString, QString>> contracts;
    for (const QString &contract : std::as_const(m_contracts))
        contracts.append({contract, contract});
    refill(m_contract, tr("Any contract"), contracts);
    QList<std::pair<QString, QString>> durations;
    for (const QString &duration : std::as_const(m_durations))
        durations.append({duration, duration});
    refill(m_duration, tr("Any duration"), durations);
    QList<std::pair<QString, QString>> kinds;
    for (auto it = m_workKindNames.cbegin(); it != m_workKindNames.cend(); ++it)
        kinds.append({it.key(), it.value()});
    std::sort(kinds.begin(), kinds.end(),
              [](const auto &a, const auto &b) { return a.second < b.second; });
    refill(m_workKind, tr("Any kind of work"), kinds);
    QList<std::pair<QString, QString>> skills;
    for (const CatalogueSkill &skill : m_catalogue.skills())
        skills.append({skill.id, skill.displayName()});
    std::sort(skills.begin(), skills.end(), [](const auto &a, const auto &b) {
        return a.second.compare(b.second, Qt::CaseInsensitive) < 0;
    });
    refill(m_skill, tr("Any skill"), skills);
    fillStatusChoices();
    fillSortChoices();
}

ListingFilter ListingFilterBar::filter() const
{
    ListingFilter filter;
    filter.text = m_search->text();
    if (m_minRate->yen() > 0)
        filter.minMonthlyYen = m_minRate->yen();
    if (m_maxRate->yen() > 0)
        filter.maxMonthlyYen = m_maxRate->yen();
    filter.contract = m_contract->currentData().toString();
    filter.duration = m_duration->currentData().toString();
    filter.workKind = m_workKind->currentData().toString();
    filter.skillId = m_skill->currentData().toString();
    filter.positions = m_positions->text().trimmed();
    const QString saved = m_saved->currentData().toString();
    filter.savedOnly = !saved.isEmpty();
    if (!saved.isEmpty() && saved != anySaved)
        filter.status = ApplicationStatuses::fromKey(saved);
    filter.sort = ListingSort(m_sort->currentData().toInt());
    return filter;
}

void ListingFilterBar::setCountText(const QString &text)
{
    m_count->setText(text);
}

void ListingFilterBar::clearFilters()
{
    // One filterChanged() for the whole reset, not one per widget.
    const QList<QWidget *> widgets{m_minRate,  m_maxRate, m_contract, m_duration,
                                   m_workKind, m_skill,   m_saved,    m_positions};
    for (QWidget *widget : widgets)
        widget->blockSignals(true);
    m_minRate->setYen(0);
    m_maxRate->setYen(0);
    for (QComboBox *combo : {m_contract, m_duration, m_workKind, m_skill, m_saved})
        combo->setCurrentIndex(0);
    m_positions->clear();
    for (QWidget *widget : widgets)
        widget->blockSignals(false);
    emit filterChanged();
}

void ListingFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ListingFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}
