#pragma once

#include "core/ListingImportPreview.h"
#include "core/SkillCatalogue.h"
#include "services/ListingStoreTarget.h"
#include "services/TeamLink.h"
#include "storage/ListingFileImport.h"

#include <QDialog>
#include <QPointer>
#include <atomic>

class ImportPreviewModel;
class Session;
class QButtonGroup;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTabWidget;
class QTableView;
class QTableWidget;
class QThread;

// Imports a listings file in two steps: a preview of the rows that will be imported and the
// rows that are rejected (line, field, reason), with the columns' meaning editable for CSV;
// then, on Import, one transaction on a worker thread with a progress bar and Cancel. Both
// read the file as a stream (ListingFileImport), so a file of a million listings is imported
// without being held; the preview shows its first rows and counts them all. Nothing is
// written before Import, and a cancelled import writes nothing.
class ListingImportDialog : public QDialog
{
    Q_OBJECT

public:
    // Imports into the session's database; its own connection on a worker thread.
    explicit ListingImportDialog(Session *session, QWidget *parent = nullptr);
    ~ListingImportDialog() override;

    // Reads and previews the file on a worker thread; previewReady() follows.
    void openFile(const QString &path);
    const ListingImportPreview &preview() const { return m_preview; }
    bool isBusy() const { return m_worker != nullptr; }
    void setDuplicatePolicy(DuplicatePolicy policy);
    void startImport();

signals:
    void previewReady();
    // After a successful import: the number of listings added or merged.
    void imported(int count);

protected:
    void closeEvent(QCloseEvent *event) override;
    void reject() override;

private:
    void readInBackground(const std::optional<ListingColumnMapping> &mapping);
    void showPreview(const ListingFileImport::Preview &preview,
                     const std::optional<ListingColumnMapping> &mapping);
    void showReadProgress(double fraction);
    void fillMapping();
    void mappingChanged();
    void showProgress(int done, int total);
    void importFinished(const ListingImportOutcome &outcome);
    void setBusy(QThread *worker, const QString &what);

    ListingStoreTarget m_target; // where the listings go: the local file or the team's
    QPointer<TeamLink> m_teamLink;
    SkillCatalogue m_catalogue;
    QString m_path;
    ListingImportPreview m_preview;
    // The mapping the preview was read with; the import reads the file with the same.
    std::optional<ListingColumnMapping> m_previewMapping;
    QThread *m_worker = nullptr;
    std::optional<ListingColumnMapping> m_pendingMapping;
    std::atomic<bool> m_cancel{false};

    QLabel *m_fileLabel;
    QLabel *m_summary;
    QLabel *m_shownNote;
    QGroupBox *m_mappingBox;
    QTableWidget *m_mapping;
    QTabWidget *m_tabs;
    ImportPreviewModel *m_acceptedModel;
    ImportPreviewModel *m_rejectedModel;
    QTableView *m_acceptedView;
    QTableView *m_rejectedView;
    QRadioButton *m_skipDuplicates;
    QRadioButton *m_mergeDuplicates;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_importButton;
};
