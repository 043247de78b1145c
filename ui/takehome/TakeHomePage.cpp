#include "takehome/TakeHomePage.h"

#include "core/MoneyFormat.h"
#include "core/takehome/PrefectureHealthRates.h"
#include "services/AnalysisService.h"
#include "services/AppSettings.h"
#include "services/Session.h"
#include "takehome/TakeHomeChartView.h"
#include "takehome/TakeHomeTableModel.h"
#include "widgets/MoneySpinBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QDoubleSpinBox *spinBox(QWidget *parent, double minimum, double maximum, double step, int decimals)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setSingleStep(step);
    box->setDecimals(decimals);
    return box;
}

// An amount of yen a month or a year, to the yen: contributions are set in thousands, which
// MoneySpinBox's whole 万円 cannot hold.
QSpinBox *yenBox(QWidget *parent, int maximum, int step)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, maximum);
    box->setSingleStep(step);
    box->setGroupSeparatorShown(true);
    return box;
}

// A label the form layout owns, kept to be translated again.
QLabel *formLabel(QList<QLabel *> &labels, QWidget *parent, QWidget *buddy)
{
    auto *label = new QLabel(parent);
    label->setBuddy(buddy);
    labels.append(label);
    return label;
}

} // namespace

TakeHomePage::TakeHomePage(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_analysis(session->analysis()),
      m_payBox(new QGroupBox(this)), m_employeeBox(new QGroupBox(this)),
      m_freelanceBox(new QGroupBox(this)), m_householdBox(new QGroupBox(this)),
      m_year(new QComboBox(this)), m_fullTime(new MoneySpinBox(this)),
      m_dispatch(new MoneySpinBox(this)), m_partTime(new MoneySpinBox(this)),
      m_freelance(new MoneySpinBox(this)), m_useEstimates(new QPushButton(this)),
      m_bonusMonths(spinBox(this, 0, 12, 0.5, 1)), m_partTimeHours(new QSpinBox(this)),
      m_billedMonths(spinBox(this, 1, 12, 0.5, 1)), m_margin(spinBox(this, 0, 90, 1, 0)),
      m_expenses(spinBox(this, 0, 90, 1, 0)), m_invoice(new QComboBox(this)),
      m_age(new QSpinBox(this)), m_spouse(new QCheckBox(this)), m_dependants(new QSpinBox(this)),
      m_prefecture(new QComboBox(this)), m_ideco(yenBox(this, 68'000, 1'000)),
      m_smallBusinessMutualAid(yenBox(this, 70'000, 1'000)),
      m_safetyMutualAid(yenBox(this, 200'000, 5'000)), m_paidLeaveDays(new QSpinBox(this)),
      m_retirementAllowance(new MoneySpinBox(this)), m_model(new TakeHomeTableModel(this)),
      m_table(new QTableView(this)), m_chart(new TakeHomeChartView(this)),
      m_breakEven(new QLabel(this)), m_error(new QLabel(this)),
      m_explanation(new QTextBrowser(this)), m_disclaimer(new QLabel(this))
{
    const QList<std::pair<QWidget *, QString>> names{
        {m_year, u"takeHomeYear"_s},
        {m_fullTime, u"takeHomeFullTime"_s},
        {m_dispatch, u"takeHomeDispatch"_s},
        {m_partTime, u"takeHomePartTime"_s},
        {m_freelance, u"takeHomeFreelance"_s},
        {m_useEstimates, u"takeHomeUseEstimates"_s},
        {m_bonusMonths, u"takeHomeBonusMonths"_s},
        {m_partTimeHours, u"takeHomePartTimeHours"_s},
        {m_billedMonths, u"takeHomeBilledMonths"_s},
        {m_margin, u"takeHomeMargin"_s},
        {m_expenses, u"takeHomeExpenses"_s},
        {m_invoice, u"takeHomeInvoice"_s},
        {m_age, u"takeHomeAge"_s},
        {m_spouse, u"takeHomeSpouse"_s},
        {m_dependants, u"takeHomeDependants"_s},
        {m_prefecture, u"takeHomePrefecture"_s},
        {m_ideco, u"takeHomeIdeco"_s},
        {m_smallBusinessMutualAid, u"takeHomeSmallBusinessMutualAid"_s},
        {m_safetyMutualAid, u"takeHomeSafetyMutualAid"_s},
        {m_paidLeaveDays, u"takeHomePaidLeaveDays"_s},
        {m_retirementAllowance, u"takeHomeRetirementAllowance"_s},
        {m_table, u"takeHomeTable"_s},
        {m_chart, u"takeHomeChart"_s},
        {m_breakEven, u"takeHomeBreakEven"_s},
        {m_error, u"takeHomeError"_s},
        {m_explanation, u"takeHomeExplanation"_s}};
    for (const auto &[widget, name] : names)
        widget->setObjectName(name);

    for (int year : TakeHomeRules::years())
        m_year->addItem(QString::number(year), year);
    m_year->setCurrentIndex(m_year->findData(TakeHomeRules::defaultYear()));
    for (MoneySpinBox *pay : {m_fullTime, m_dispatch, m_partTime, m_freelance})
        pay->setMaximum(pay->maximum());
    m_bonusMonths->setValue(2);
    m_partTimeHours->setRange(1, 40);
    m_partTimeHours->setValue(20);
    m_billedMonths->setValue(11);
    m_margin->setSuffix(u" %"_s);
    m_expenses->setSuffix(u" %"_s);
    m_age->setRange(18, 80);
    m_dependants->setRange(0, 10);
    for (int i = 0; i < 4; ++i)
        m_invoice->addItem(QString(), i);
    m_paidLeaveDays->setRange(0, 60);
    // The bundled table is read on every start; without it only Tokyo's rate is offered.
    QString error;
    if (auto prefectures = PrefectureHealthRates::bundled(&error))
        m_prefectures = std::move(*prefectures);
    for (const Prefecture &prefecture : m_prefectures.prefectures())
        m_prefecture->addItem(prefecture.japanese, prefecture.english);
    m_prefecture->setCurrentIndex(std::max(0, m_prefecture->findData(u"tokyo"_s)));
    m_prefecture->setMaxVisibleItems(16);

    auto *payForm = new QFormLayout(m_payBox);
    payForm->addRow(formLabel(m_formLabels, this, m_fullTime), m_fullTime);
    payForm->addRow(formLabel(m_formLabels, this, m_dispatch), m_dispatch);
    payForm->addRow(formLabel(m_formLabels, this, m_partTime), m_partTime);
    payForm->addRow(formLabel(m_formLabels, this, m_freelance), m_freelance);
    payForm->addRow(m_useEstimates);
    auto *employeeForm = new QFormLayout(m_employeeBox);
    employeeForm->addRow(formLabel(m_formLabels, this, m_bonusMonths), m_bonusMonths);
    employeeForm->addRow(formLabel(m_formLabels, this, m_partTimeHours), m_partTimeHours);
    employeeForm->addRow(formLabel(m_formLabels, this, m_paidLeaveDays), m_paidLeaveDays);
    employeeForm->addRow(formLabel(m_formLabels, this, m_retirementAllowance),
                         m_retirementAllowance);
    auto *freelanceForm = new QFormLayout(m_freelanceBox);
    freelanceForm->addRow(formLabel(m_formLabels, this, m_billedMonths), m_billedMonths);
    freelanceForm->addRow(formLabel(m_formLabels, this, m_margin), m_margin);
    freelanceForm->addRow(formLabel(m_formLabels, this, m_expenses), m_expenses);
    freelanceForm->addRow(formLabel(m_formLabels, this, m_invoice), m_invoice);
    freelanceForm->addRow(formLabel(m_formLabels, this, m_smallBusinessMutualAid),
                          m_smallBusinessMutualAid);
    freelanceForm->addRow(formLabel(m_formLabels, this, m_safetyMutualAid), m_safetyMutualAid);
    auto *householdForm = new QFormLayout(m_householdBox);
    householdForm->addRow(formLabel(m_formLabels, this, m_year), m_year);
    householdForm->addRow(formLabel(m_formLabels, this, m_prefecture), m_prefecture);
    householdForm->addRow(formLabel(m_formLabels, this, m_age), m_age);
    householdForm->addRow(m_spouse);
    householdForm->addRow(formLabel(m_formLabels, this, m_dependants), m_dependants);
    householdForm->addRow(formLabel(m_formLabels, this, m_ideco), m_ideco);

    auto *inputs = new QWidget(this);
    m_inputs = inputs;
    auto *inputsLayout = new QVBoxLayout(inputs);
    inputsLayout->setContentsMargins(0, 0, 0, 0);
    for (QGroupBox *box : {m_payBox, m_employeeBox, m_freelanceBox, m_householdBox})
        inputsLayout->addWidget(box);
    inputsLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    m_inputsScroll = scroll;
    scroll->setWidget(inputs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectColumns);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // A narrow window wraps "Full-time employee" rather than cutting it.
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter |
                                                     Qt::Alignment(Qt::TextWordWrap));
    m_table->horizontalHeader()->setMinimumHeight(2 * m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setMinimumSectionSize(
        m_table->fontMetrics().horizontalAdvance(u"¥00,000,000"_s) + 12);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c62828"_s);
    m_error->hide();
    m_breakEven->setWordWrap(true);
    m_breakEven->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_disclaimer->setWordWrap(true);
    m_explanation->setOpenExternalLinks(false);

    // The table shows every row; the chart and the steps share the room below it.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_details = new QTabWidget(this);
    m_details->setObjectName(u"takeHomeDetails"_s);
    m_details->addTab(m_chart, QString());
    m_details->addTab(m_explanation, QString());
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_error);
    rightLayout->addWidget(m_breakEven);
    rightLayout->addWidget(m_table);
    rightLayout->addWidget(m_details, 1);
    rightLayout->addWidget(m_disclaimer);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(right, 1);

    connect(m_retirementAllowance, &MoneySpinBox::yenChanged, this, &TakeHomePage::recalculate);
    for (MoneySpinBox *pay : {m_fullTime, m_dispatch, m_partTime, m_freelance})
        connect(pay, &MoneySpinBox::yenChanged, this, [this]() {
            if (!m_filling)
                m_payTyped = true;
            recalculate();
        });
    for (QDoubleSpinBox *box : {m_bonusMonths, m_billedMonths, m_margin, m_expenses})
        connect(box, &QDoubleSpinBox::valueChanged, this, &TakeHomePage::recalculate);
    for (QSpinBox *box : {m_partTimeHours, m_age, m_dependants, m_ideco, m_smallBusinessMutualAid,
                          m_safetyMutualAid, m_paidLeaveDays})
        connect(box, &QSpinBox::valueChanged, this, &TakeHomePage::recalculate);
    for (QComboBox *box : {m_year, m_invoice, m_prefecture})
        connect(box, &QComboBox::currentIndexChanged, this, &TakeHomePage::recalculate);
    connect(m_spouse, &QCheckBox::toggled, this, &TakeHomePage::recalculate);
    connect(m_useEstimates, &QPushButton::clicked, this, [this]() {
        m_payTyped = false;
        useEstimates();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showExplanation(current.column());
            });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int column) {
        showExplanation(column);
        m_details->setCurrentWidget(m_explanation);
    });
    connect(m_analysis, &AnalysisService::resultChanged, this, &TakeHomePage::followAnalysis);
    connect(m_table->horizontalScrollBar(), &QScrollBar::rangeChanged, this,
            &TakeHomePage::fitTableHeight);

    retranslate();
    m_filling = true;
    m_age->setValue(m_analysis->effectiveProfile().age);
    showHousehold(AppSettings::takeHomeHousehold({}));
    m_filling = false;
    useEstimates();
}

TakeHomePage::~TakeHomePage() = default;

const TakeHomeComparison &TakeHomePage::comparison() const
{
    return m_model->comparison();
}

void TakeHomePage::followAnalysis()
{
    // The profile's age and estimates, unless the user typed their own pay.
    m_filling = true;
    m_age->setValue(m_analysis->effectiveProfile().age);
    m_filling = false;
    if (!m_payTyped)
        useEstimates();
    else
        recalculate();
}

void TakeHomePage::showHousehold(const TakeHomeInput &household)
{
    const auto found = m_prefectures.find(household.prefecture);
    m_prefecture->setCurrentIndex(
        std::max(0, m_prefecture->findData(found ? found->english : u"tokyo"_s)));
    m_spouse->setChecked(household.spouse);
    m_dependants->setValue(household.dependants);
    m_ideco->setValue(int(household.idecoMonthlyYen));
    m_smallBusinessMutualAid->setValue(int(household.smallBusinessMutualAidMonthlyYen));
    m_safetyMutualAid->setValue(int(household.safetyMutualAidMonthlyYen));
    m_paidLeaveDays->setValue(household.paidLeaveDays);
    m_retirementAllowance->setYen(household.retirementAllowanceYen);
}

void TakeHomePage::useEstimates()
{
    const auto &result = m_analysis->result();
    auto estimate = [&](EmploymentType type) -> qint64 {
        if (result) {
            for (const EmploymentEstimate &e : result->estimates) {
                if (e.type == type)
                    return e.midYen;
            }
        }
        return 0;
    };
    m_filling = true;
    m_fullTime->setYen(estimate(EmploymentType::FullTime));
    m_dispatch->setYen(estimate(EmploymentType::Dispatch));
    m_partTime->setYen(estimate(EmploymentType::PartTime));
    // The freelance estimate is a year of twelve monthly rates.
    m_freelance->setYen(estimate(EmploymentType::Freelance) / 12 / 10'000 * 10'000);
    m_filling = false;
    recalculate();
}

void TakeHomePage::recalculate()
{
    if (m_filling)
        return;
    const int year = m_year->currentData().toInt();
    if (!m_calculator || m_calculatorYear != year) {
        QString error;
        auto rules = TakeHomeRules::forYear(year, &error);
        if (!rules) {
            m_error->setText(error);
            m_error->show();
            return;
        }
        m_calculator.emplace(std::move(*rules));
        m_calculatorYear = year;
    }
    TakeHomeInput common;
    common.year = year;
    common.age = m_age->value();
    common.spouse = m_spouse->isChecked();
    common.dependants = m_dependants->value();
    common.billedMonths = m_billedMonths->value();
    common.marginShare = m_margin->value() / 100;
    common.expensesShare = m_expenses->value() / 100;
    common.invoice = InvoiceMode(m_invoice->currentData().toInt());
    common.prefecture = m_prefecture->currentData().toString();
    common.idecoMonthlyYen = m_ideco->value();
    common.smallBusinessMutualAidMonthlyYen = m_smallBusinessMutualAid->value();
    common.safetyMutualAidMonthlyYen = m_safetyMutualAid->value();
    common.paidLeaveDays = m_paidLeaveDays->value();
    common.retirementAllowanceYen = m_retirementAllowance->yen();
    TakeHomeComparison::Amounts amounts;
    amounts.fullTimeAnnualYen = m_fullTime->yen();
    amounts.dispatchAnnualYen = m_dispatch->yen();
    amounts.partTimeAnnualYen = m_partTime->yen();
    amounts.freelanceMonthlyYen = m_freelance->yen();
    amounts.fullTimeBonusMonths = m_bonusMonths->value();
    amounts.partTimeHoursPerWeek = m_partTimeHours->value();
    const TakeHomeComparison comparison =
        TakeHomeComparison::compare(*m_calculator, common, amounts);
    m_error->setVisible(!comparison.error.isEmpty());
    m_error->setText(comparison.error);
    if (!comparison.error.isEmpty())
        return; // the last good comparison stays shown
    // Kept for the next start, a listing's take-home pay and the report.
    AppSettings::setTakeHomeHousehold(common);
    m_model->setComparison(comparison);
    // The savings row only when something is set aside.
    m_table->setRowHidden(
        TakeHomeTableModel::ContributionsRow,
        std::none_of(comparison.results.cbegin(), comparison.results.cend(),
                     [](const TakeHomeResult &r) { return r.contributionsYen > 0; }));
    fitTableHeight();
    m_chart->setComparison(comparison);
    const QLocale locale;
    m_breakEven->setText(
        tr("A freelance rate of <b>%1</b> a month, billed %2 months, takes home as much as the "
           "full-time pay of %3 a year.")
            .arg(MoneyFormat::exact(
                     // Rounded up to the thousand: a rate is quoted so, and it still nets as much.
                     (comparison.breakEvenMonthlyRateYen + 999) / 1000 * 1000, locale)
                     .toHtmlEscaped(),
                 locale.toString(m_billedMonths->value()),
                 MoneyFormat::exact(m_fullTime->yen(), locale).toHtmlEscaped()));
    showExplanation(m_explainedColumn);
}

void TakeHomePage::fitTableHeight()
{
    // Every row shown, at the height the style gives them, and room for the horizontal
    // scroll bar when a narrow window needs it (it would otherwise cover the last row).
    const QScrollBar *across = m_table->horizontalScrollBar();
    const int scrollBar = across->maximum() > 0 ? across->sizeHint().height() : 0;
    m_table->setFixedHeight(std::max(m_table->horizontalHeader()->sizeHint().height(),
                                     m_table->horizontalHeader()->minimumHeight()) +
                            m_table->verticalHeader()->length() + 2 * m_table->frameWidth() +
                            scrollBar);
}

void TakeHomePage::showExplanation(int column)
{
    const TakeHomeComparison &comparison = m_model->comparison();
    if (column < 0 || column >= comparison.results.size())
        return;
    m_explainedColumn = column;
    const TakeHomeResult &result = comparison.results.at(column);
    QString html = u"<h3>%1</h3><table cellspacing='0' cellpadding='3'>"_s.arg(
        tr("How the %1 figure is reached (%2 rules)")
            .arg(EmploymentTypes::displayName(result.employment))
            .arg(result.year)
            .toHtmlEscaped());
    for (const TakeHomeLine &line : result.lines) {
        const bool bold = line.kind == TakeHomeLine::Kind::Net;
        const QString sign = line.kind == TakeHomeLine::Kind::Cost ? u"−"_s : QString();
        html += u"<tr><td>%1%2%3</td><td align='right'>%4%5</td><td>%6%7</td></tr>"_s.arg(
            bold ? u"<b>"_s : QString(), line.label.toHtmlEscaped(), bold ? u"</b>"_s : QString(),
            sign, MoneyFormat::exact(line.amountYen).toHtmlEscaped(), line.formula.toHtmlEscaped(),
            line.source.isEmpty() ? QString()
                                  : u"<br><small><i>%1</i></small>"_s.arg(
                                        tr("Source: %1").arg(line.source).toHtmlEscaped()));
    }
    html += u"</table><ul>"_s;
    for (const QString &note : result.notes)
        html += u"<li>%1</li>"_s.arg(note.toHtmlEscaped());
    html += u"</ul>"_s;
    m_explanation->setHtml(html);
}

void TakeHomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        recalculate(); // the lines' labels and notes come in the new language
    }
    QWidget::changeEvent(event);
}

void TakeHomePage::retranslate()
{
    m_payBox->setTitle(tr("Pay"));
    m_employeeBox->setTitle(tr("Employees"));
    m_freelanceBox->setTitle(tr("Freelance"));
    m_householdBox->setTitle(tr("You and your household"));
    const QStringList labels{tr("Full-time, a year (with bonus):"),
                             tr("Dispatch, a year:"),
                             tr("Part-time, a year:"),
                             tr("Freelance rate, a month:"),
                             tr("Bonus, in months of pay:"),
                             tr("Part-time hours a week:"),
                             tr("Paid-leave days a year:"),
                             tr("Retirement allowance, a year's share:"),
                             tr("Months billed a year:"),
                             tr("Agency margin:"),
                             tr("Expenses, share of sales:"),
                             tr("Consumption tax:"),
                             tr("小規模企業共済, a month:"),
                             tr("経営セーフティ共済, a month:"),
                             tr("Tax year:"),
                             tr("Prefecture (health insurance):"),
                             tr("Age:"),
                             tr("Dependants (16 and over):"),
                             tr("iDeCo, a month:")};
    for (qsizetype i = 0; i < m_formLabels.size() && i < labels.size(); ++i)
        m_formLabels.at(i)->setText(labels.at(i));
    m_details->setTabText(0, tr("Chart"));
    m_details->setTabText(1, tr("Every step, with sources"));
    m_useEstimates->setText(tr("Use my estimates"));
    m_useEstimates->setToolTip(
        tr("Fill in the pay the model estimates for your profile in each employment type."));
    m_spouse->setText(tr("A spouse with little or no income (配偶者控除)"));
    const QStringList invoices{tr("Not registered"), tr("Registered: 本則課税"),
                               tr("Registered: 簡易課税"), tr("Registered: 2割特例")};
    for (int i = 0; i < invoices.size(); ++i)
        m_invoice->setItemText(i, invoices.at(i));
    m_disclaimer->setText(
        tr("An estimate for a steady year, not tax advice: 協会けんぽ's rate of the prefecture "
           "chosen; resident tax and 国民健康保険 as in Tokyo's 23 wards. Point at a figure for "
           "its formula and source; click a column for every step of it."));
    for (QSpinBox *box : {m_ideco, m_smallBusinessMutualAid, m_safetyMutualAid})
        box->setSuffix(tr(" yen"));
    m_ideco->setToolTip(tr("Up to 23,000 yen a month counts for an employee without a company "
                           "pension, up to 68,000 yen for the self-employed."));
    m_smallBusinessMutualAid->setToolTip(
        tr("From 1,000 to 70,000 yen a month, for the self-employed; deducted from income."));
    m_safetyMutualAid->setToolTip(tr("From 5,000 to 200,000 yen a month; a business expense."));
    m_paidLeaveDays->setSuffix(tr(" days"));
    m_paidLeaveDays->setToolTip(
        tr("Valued at a day's pay beside the take-home pay, not added to it."));
    m_retirementAllowance->setToolTip(
        tr("A year's share of the allowance you expect, valued beside the take-home pay."));
    const QList<Prefecture> &prefectures = m_prefectures.prefectures();
    for (int i = 0; i < m_prefecture->count() && i < prefectures.size(); ++i)
        m_prefecture->setItemText(i, PrefectureHealthRates::displayName(prefectures.at(i)));
    for (MoneySpinBox *pay :
         {m_fullTime, m_dispatch, m_partTime, m_freelance, m_retirementAllowance})
        pay->applyLocale();
    // The form as wide as its labels in this language, with room for the scroll bar: never
    // cut off on the right.
    if (m_inputs && m_inputsScroll) {
        m_inputs->adjustSize();
        m_inputsScroll->setMinimumWidth(m_inputs->sizeHint().width() +
                                        m_inputsScroll->verticalScrollBar()->sizeHint().width() +
                                        8);
    }
}
