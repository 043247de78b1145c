#pragma once

#include "core/ListingImportPreview.h"
#include "core/SkillCatalogue.h"
#include "storage/ListingImportWriter.h"

#include <QDialog>
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

// Imports a listings file in two steps: a preview of every row that will be imported and
// every row that is rejected (line, field, reason), with the columns' meaning editable for
// CSV; then, on Import, one transaction on a worker thread with a progress bar and Cancel.
// Nothing is written before Import, and a cancelled import writes nothing.
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
    void readInBackground(const QList<std::optional<ListingField>> &mapping, bool useMapping);
    void showPreview(const ListingImportPreview &preview, const QList<qsizetype> &duplicates);
    void fillMapping();
    void mappingChanged();
    void showProgress(int done, int total);
    void importFinished(const ListingImportOutcome &outcome);
    void setBusy(QThread *worker, const QString &what);

    QString m_databasePath;
    SkillCatalogue m_catalogue;
    QString m_path;
    QByteArray m_bytes;
    ListingImportPreview m_preview;
    QList<qsizetype> m_duplicates;
    QThread *m_worker = nullptr;
    std::optional<QList<std::optional<ListingField>>> m_pendingMapping;
    std::atomic<bool> m_cancel{false};

    QLabel *m_fileLabel;
    QLabel *m_summary;
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
