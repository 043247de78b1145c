#include "listings/ListingComparisonDialog.h"

#include "core/AtomicFile.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QColor statusColour(RequirementStatus status)
{
    switch (status) {
    case RequirementStatus::Met:
        return QColor(0x2e, 0x7d, 0x32);
    case RequirementStatus::Partly:
        return QColor(0xef, 0x6c, 0x00);
    case RequirementStatus::Unmet:
        return QColor(0xc6, 0x28, 0x28);
    case RequirementStatus::Unknown:
        break;
    }
    return QColor(Qt::gray);
}
} // namespace

ListingComparisonDialog::ListingComparisonDialog(ListingComparison comparison, QWidget *parent)
    : QDialog(parent), m_comparison(std::move(comparison)), m_table(new QTableWidget(this)),
      m_export(new QPushButton(tr("Export CSV…"), this))
{
    setWindowTitle(tr("Compare listings"));
    m_table->setObjectName(u"comparisonTable"_s);
    m_export->setObjectName(u"exportComparison"_s);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->setAccessibleName(tr("Listings side by side"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &ListingComparisonDialog::chooseExportFile);
    fillTable();
    resize(1000, 640);
}

void ListingComparisonDialog::fillTable()
{
    const QList<ComparisonRow> &rows = m_comparison.rows();
    const QStringList titles = m_comparison.columnTitles();
    m_table->setColumnCount(int(titles.size()));
    m_table->setRowCount(int(rows.size()) + 1);
    // Long titles would be clipped in a header, which cannot wrap: the header numbers the
    // listings and the first row holds the titles, wrapped.
    QStringList numbers;
    for (int c = 0; c < titles.size(); ++c) {
        numbers.append(QString::number(c + 1));
        auto *title = new QTableWidgetItem(titles.at(c));
        QFont font = title->font();
        font.setBold(true);
        title->setFont(font);
        title->setToolTip(titles.at(c));
        m_table->setItem(0, c, title);
    }
    m_table->setHorizontalHeaderLabels(numbers);
    QStringList labels{tr("Title")};
    for (int r = 0; r < rows.size(); ++r) {
        const ComparisonRow &row = rows.at(r);
        labels.append(row.label);
        for (int c = 0; c < row.cells.size(); ++c) {
            auto *item = new QTableWidgetItem(row.cells.at(c));
            item->setToolTip(row.cells.at(c));
            if (row.kind == ComparisonRow::Kind::Figure) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            if (row.kind == ComparisonRow::Kind::Skill && c < row.statuses.size() &&
                row.statuses.at(c))
                item->setForeground(statusColour(*row.statuses.at(c)));
            m_table->setItem(r + 1, c, item);
        }
    }
    m_table->setVerticalHeaderLabels(labels);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
}

void ListingComparisonDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Rows are measured once the columns have their final width, so wrapped text (work
    // content, long titles) gets the lines it needs and no more.
    m_table->resizeRowsToContents();
}

bool ListingComparisonDialog::exportCsv(const QString &path, QString *error) const
{
    return AtomicFile::write(path, m_comparison.toCsv(), error);
}

void ListingComparisonDialog::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export comparison"), folder + u"/comparison.csv"_s, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export comparison"),
                             tr("%1 could not be written: %2").arg(path, error));
}
