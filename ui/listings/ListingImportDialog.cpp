#include "listings/ListingImportDialog.h"

#include "listings/ImportPreviewModel.h"
#include "services/AnalysisService.h"
#include "services/Session.h"
#include "storage/Database.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ListingImportDialog::ListingImportDialog(Session *session, QWidget *parent)
    : QDialog(parent), m_target(session->listingStoreTarget()), m_teamLink(session->teamLink()),
      m_catalogue(session->analysis()->data().catalogue), m_fileLabel(new QLabel(this)),
      m_summary(new QLabel(this)), m_shownNote(new QLabel(this)),
      m_mappingBox(new QGroupBox(tr("Columns"), this)), m_mapping(new QTableWidget(this)),
      m_tabs(new QTabWidget(this)),
      m_acceptedModel(new ImportPreviewModel(ImportPreviewModel::Mode::Accepted, this)),
      m_rejectedModel(new ImportPreviewModel(ImportPreviewModel::Mode::Rejected, this)),
      m_acceptedView(new QTableView(this)), m_rejectedView(new QTableView(this)),
      m_skipDuplicates(new QRadioButton(tr("Skip listings already stored"), this)),
      m_mergeDuplicates(
          new QRadioButton(tr("Merge: fill the stored listing's empty fields"), this)),
      m_progress(new QProgressBar(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_importButton(m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("Import listings"));
    m_summary->setObjectName(u"importSummary"_s);
    m_mapping->setObjectName(u"importMapping"_s);
    m_acceptedView->setObjectName(u"importAccepted"_s);
    m_rejectedView->setObjectName(u"importRejected"_s);
    m_importButton->setObjectName(u"importButton"_s);
    m_progress->setObjectName(u"importProgress"_s);
    m_shownNote->setObjectName(u"importShownNote"_s);
    m_shownNote->setVisible(false);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_mapping->setColumnCount(2);
    m_mapping->setHorizontalHeaderLabels({tr("Column in the file"), tr("Imported as")});
    m_mapping->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_mapping->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_mapping->verticalHeader()->hide();
    m_mapping->setAccessibleName(tr("Column mapping"));
    auto *mappingLayout = new QVBoxLayout(m_mappingBox);
    mappingLayout->addWidget(m_mapping);
    m_mappingBox->setMaximumHeight(200);

    for (QTableView *view : {m_acceptedView, m_rejectedView}) {
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setWordWrap(false);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
    }
    m_acceptedView->setModel(m_acceptedModel);
    m_rejectedView->setModel(m_rejectedModel);
    m_acceptedView->setAccessibleName(tr("Listings to import"));
    m_rejectedView->setAccessibleName(tr("Rejected rows"));
    m_tabs->addTab(m_acceptedView, QString());
    m_tabs->addTab(m_rejectedView, QString());

    m_skipDuplicates->setChecked(true);
    auto *duplicates = new QHBoxLayout;
    duplicates->addWidget(new QLabel(tr("Duplicates (same title, rate and source):"), this));
    duplicates->addWidget(m_skipDuplicates);
    duplicates->addWidget(m_mergeDuplicates);
    duplicates->addStretch(1);

    m_progress->setVisible(false);
    m_importButton->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fileLabel);
    layout->addWidget(m_summary);
    layout->addWidget(m_mappingBox);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_shownNote);
    layout->addLayout(duplicates);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ListingImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ListingImportDialog::reject);
    resize(960, 640);
}

ListingImportDialog::~ListingImportDialog()
{
    // A worker still running would call back into a deleted dialog: stop and wait for it.
    m_cancel = true;
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void ListingImportDialog::setBusy(QThread *worker, const QString &what)
{
    m_worker = worker;
    const bool busy = worker != nullptr;
    m_importButton->setEnabled(!busy && m_preview.acceptedCount > 0 &&
                               m_preview.fileError.isEmpty());
    m_mappingBox->setEnabled(!busy);
    m_skipDuplicates->setEnabled(!busy);
    m_mergeDuplicates->setEnabled(!busy);
    m_progress->setVisible(busy);
    if (busy) {
        m_progress->setRange(0, 0); // busy indicator until the first progress report
        m_progress->setFormat(what);
    }
}

void ListingImportDialog::openFile(const QString &path)
{
    m_path = path;
    m_fileLabel->setText(tr("File: %1").arg(QFileInfo(path).absoluteFilePath()));
    m_preview = {};
    readInBackground(std::nullopt);
}

void ListingImportDialog::readInBackground(const std::optional<ListingColumnMapping> &mapping)
{
    if (m_worker) {
        // A read is running: read again with the newest mapping when it ends.
        if (mapping)
            m_pendingMapping = mapping;
        return;
    }
    m_cancel = false;
    m_summary->setText(tr("Reading %1…").arg(QFileInfo(m_path).fileName()));
    const QString path = m_path;
    const SkillCatalogue catalogue = m_catalogue;
    auto *worker = QThread::create([this, path, target = m_target, catalogue, mapping]() mutable {
        // This thread's own connection: a connection belongs to the thread that opened it.
        // Duplicates are those of where the listings go (the team database in a team's use).
        ListingFileImport::Preview preview;
        if (QString error; !target.open(&error)) {
            preview.file.fileError = error;
        } else {
            preview = ListingFileImport::preview(
                path, catalogue, mapping, target.connection(), [this](double fraction) {
                    QMetaObject::invokeMethod(
                        this, [this, fraction]() { showReadProgress(fraction); },
                        Qt::QueuedConnection);
                    return !m_cancel.load();
                });
        }
        QMetaObject::invokeMethod(
            this,
            [this, preview = std::move(preview), mapping]() {
                m_worker->wait();
                m_worker->deleteLater();
                setBusy(nullptr, {});
                showPreview(preview, mapping);
                if (m_pendingMapping)
                    readInBackground(std::exchange(m_pendingMapping, std::nullopt));
            },
            Qt::QueuedConnection);
    });
    setBusy(worker, tr("Reading…"));
    worker->start();
}

void ListingImportDialog::showReadProgress(double fraction)
{
    if (!m_worker)
        return;
    m_progress->setRange(0, 100);
    m_progress->setValue(int(fraction * 100));
    m_progress->setFormat(tr("Reading… %p%"));
}

void ListingImportDialog::showPreview(const ListingFileImport::Preview &read,
                                      const std::optional<ListingColumnMapping> &mapping)
{
    const ListingImportPreview &preview = read.file;
    if (preview.stopped)
        return; // the dialog is closing
    const bool mappingChangedOnly =
        !m_preview.headers.isEmpty() && preview.headers == m_preview.headers;
    m_preview = preview;
    m_previewMapping = mapping;
    m_acceptedModel->setPreview(preview, read.shownDuplicates);
    m_rejectedModel->setPreview(preview);
    m_acceptedView->resizeColumnsToContents();
    m_rejectedView->resizeColumnsToContents();
    for (QTableView *view : {m_acceptedView, m_rejectedView}) {
        for (int column = 0; column < view->model()->columnCount(); ++column)
            view->setColumnWidth(column, std::min(view->columnWidth(column), 360));
    }
    if (!mappingChangedOnly)
        fillMapping();

    const QLocale locale;
    m_tabs->setTabText(0, tr("To import (%1)").arg(locale.toString(preview.acceptedCount)));
    m_tabs->setTabText(1, tr("Rejected (%1)").arg(locale.toString(preview.rejectedCount)));
    const bool someNotShown = preview.accepted.size() < preview.acceptedCount ||
                              preview.rejected.size() < preview.rejectedCount;
    m_shownNote->setVisible(someNotShown);
    if (someNotShown)
        m_shownNote->setText(
            tr("The tables show the first %1 rows of each kind; all of them are counted, and "
               "Import writes every one.")
                .arg(locale.toString(ListingFileImport::shownRows)));
    if (!preview.fileError.isEmpty()) {
        const QString where =
            preview.fileErrorLine > 0
                ? tr("%1, line %2").arg(QFileInfo(m_path).fileName()).arg(preview.fileErrorLine)
                : QFileInfo(m_path).fileName();
        m_summary->setText(u"<b style='color:#c62828'>%1</b><br>%2"_s.arg(
            tr("Nothing can be imported from %1:").arg(where).toHtmlEscaped(),
            preview.fileError.toHtmlEscaped()));
    } else {
        QString text = tr("To import: %1 · rejected: %2")
                           .arg(locale.toString(preview.acceptedCount),
                                locale.toString(preview.rejectedCount));
        if (read.duplicateCount > 0)
            text += tr(" · already stored: %1").arg(locale.toString(read.duplicateCount));
        if (!preview.encoding.isEmpty())
            text += tr(" · read as %1").arg(preview.encoding);
        if (preview.rejectedCount > 0)
            text += u'\n' + tr("Rejected rows are not imported; fix them in the file and import "
                               "again, or import the rest now.");
        if (!read.duplicateError.isEmpty())
            text += u'\n' + tr("The stored listings could not be read to find duplicates: %1")
                                .arg(read.duplicateError);
        m_summary->setText(text.toHtmlEscaped());
        if (preview.acceptedCount == 0 && preview.rejectedCount > 0)
            m_tabs->setCurrentIndex(1);
    }
    m_mappingBox->setVisible(!preview.headers.isEmpty());
    m_importButton->setEnabled(preview.fileError.isEmpty() && preview.acceptedCount > 0);
    emit previewReady();
}

void ListingImportDialog::fillMapping()
{
    m_mapping->setRowCount(int(m_preview.headers.size()));
    for (int row = 0; row < m_preview.headers.size(); ++row) {
        auto *header = new QTableWidgetItem(m_preview.headers.at(row));
        header->setFlags(Qt::ItemIsEnabled);
        m_mapping->setItem(row, 0, header);
        auto *combo = new QComboBox(m_mapping);
        combo->setObjectName(u"mapping%1"_s.arg(row));
        combo->addItem(tr("(ignore this column)"), -1);
        for (ListingField field : ListingFields::all())
            combo->addItem(ListingFields::displayName(field), int(field));
        const auto field =
            row < m_preview.columnFields.size() ? m_preview.columnFields.at(row) : std::nullopt;
        combo->setCurrentIndex(field ? combo->findData(int(*field)) : 0);
        combo->setAccessibleName(tr("Meaning of column %1").arg(m_preview.headers.at(row)));
        connect(combo, &QComboBox::currentIndexChanged, this, &ListingImportDialog::mappingChanged);
        m_mapping->setCellWidget(row, 1, combo);
    }
}

void ListingImportDialog::mappingChanged()
{
    ListingColumnMapping mapping;
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(row, 1));
        const int value = combo ? combo->currentData().toInt() : -1;
        mapping.append(value < 0 ? std::nullopt : std::optional(ListingField(value)));
    }
    readInBackground(mapping);
}

void ListingImportDialog::setDuplicatePolicy(DuplicatePolicy policy)
{
    (policy == DuplicatePolicy::Merge ? m_mergeDuplicates : m_skipDuplicates)->setChecked(true);
}

void ListingImportDialog::startImport()
{
    if (m_worker || m_preview.acceptedCount == 0 || !m_preview.fileError.isEmpty())
        return;
    // In a team's use the listings go to the team database: connected, as its editor.
    if (QString why; m_teamLink && !m_teamLink->canWriteListings(&why)) {
        m_summary->setText(u"<b style='color:#c62828'>%1</b>"_s.arg(why.toHtmlEscaped()));
        return;
    }
    m_cancel = false;
    const DuplicatePolicy policy =
        m_mergeDuplicates->isChecked() ? DuplicatePolicy::Merge : DuplicatePolicy::Skip;
    auto *worker = QThread::create([this, policy, path = m_path, catalogue = m_catalogue,
                                    mapping = m_previewMapping, previewed = m_preview,
                                    target = m_target]() mutable {
        ListingImportOutcome outcome;
        if (QString error; !target.open(&error)) {
            outcome.error = error;
        } else {
            outcome = ListingFileImport::import(
                path, catalogue, mapping, previewed, policy, target.connection(),
                [this](int done, int total) {
                    QMetaObject::invokeMethod(
                        this, [this, done, total]() { showProgress(done, total); },
                        Qt::QueuedConnection);
                    return !m_cancel.load();
                });
        }
        QMetaObject::invokeMethod(
            this, [this, outcome]() { importFinished(outcome); }, Qt::QueuedConnection);
    });
    setBusy(worker, tr("Importing…"));
    m_summary->setText(
        tr("Importing %1 listings…").arg(QLocale().toString(m_preview.acceptedCount)));
    worker->start();
}

void ListingImportDialog::showProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setFormat(tr("%v of %m listings"));
}

void ListingImportDialog::importFinished(const ListingImportOutcome &outcome)
{
    m_worker->wait();
    m_worker->deleteLater();
    setBusy(nullptr, {});
    if (outcome.cancelled) {
        m_summary->setText(tr("The import was cancelled. Nothing was written."));
        return;
    }
    if (!outcome.error.isEmpty()) {
        m_summary->setText(u"<b style='color:#c62828'>%1</b><br>%2"_s.arg(
            tr("The import failed; nothing was written.").toHtmlEscaped(),
            outcome.error.toHtmlEscaped()));
        return;
    }
    emit imported(outcome.inserted + outcome.merged);
    accept();
}

void ListingImportDialog::reject()
{
    // During an import, Cancel stops it (the writer rolls back); the dialog stays open to say
    // so. Otherwise it closes.
    if (m_worker) {
        m_cancel = true;
        m_summary->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

void ListingImportDialog::closeEvent(QCloseEvent *event)
{
    if (m_worker) {
        m_cancel = true;
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}
