#pragma once

#include "core/ListingImportPreview.h"
#include "core/SkillCatalogue.h"

#include <QDialog>

class ListingDetailsView;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class Session;

// Turns a listing copied from a web page (a 項目 | 内容 table, or "key: value" lines) into a
// listing: the parsed result is shown as the text is pasted or edited, and only "Add
// listing" writes it.
class PasteListingDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PasteListingDialog(Session *session, QWidget *parent = nullptr);

    QPlainTextEdit *textEdit() const { return m_text; }
    const ListingImportPreview &preview() const { return m_preview; }
    // The id of the listing added, once added.
    qint64 addedListingId() const { return m_addedId; }

private:
    void parse();
    void addListing();

    Session *m_session;
    SkillCatalogue m_catalogue;
    ListingImportPreview m_preview;
    qint64 m_addedId = 0;
    QPlainTextEdit *m_text;
    QLabel *m_status;
    ListingDetailsView *m_details;
    QPushButton *m_add;
};
