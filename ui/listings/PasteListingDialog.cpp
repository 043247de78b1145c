#include "listings/PasteListingDialog.h"

#include "core/PastedListingParser.h"
#include "listings/ListingDetailsView.h"
#include "services/AnalysisService.h"
#include "services/Session.h"
#include "storage/ListingImportWriter.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PasteListingDialog::PasteListingDialog(Session *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_catalogue(session->analysis()->data().catalogue),
      m_text(new QPlainTextEdit(this)), m_status(new QLabel(this)),
      m_details(new ListingDetailsView(this)), m_add(new QPushButton(tr("Add listing"), this))
{
    setWindowTitle(tr("Paste a listing"));
    m_text->setObjectName(u"pasteText"_s);
    m_status->setObjectName(u"pasteStatus"_s);
    m_add->setObjectName(u"addPastedListing"_s);
    m_text->setPlaceholderText(
        tr("Paste a listing copied from a web page: a table of items and contents (概要, 報酬, "
           "契約形態, 作業内容, 求めるスキル, …) or lines such as \"Title: …\"."));
    m_text->setAccessibleName(tr("Pasted listing text"));
    m_status->setWordWrap(true);
    m_details->setCatalogue(m_catalogue);
    m_details->setWorkKindNames(m_session->reference().workKindNames());

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_text);
    splitter->addWidget(m_details);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_add, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_text, &QPlainTextEdit::textChanged, this, &PasteListingDialog::parse);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasteListingDialog::addListing);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Start from what is on the clipboard when it looks like a listing.
    const QString clipboard = QApplication::clipboard()->text();
    if (!clipboard.trimmed().isEmpty() &&
        PastedListingParser::parse(clipboard, m_catalogue).accepted.size() == 1)
        m_text->setPlainText(clipboard);
    parse();
    resize(960, 560);
}

void PasteListingDialog::parse()
{
    const QString text = m_text->toPlainText();
    m_preview = text.trimmed().isEmpty() ? ListingImportPreview{}
                                         : PastedListingParser::parse(text, m_catalogue);
    const bool ok = m_preview.fileError.isEmpty() && m_preview.accepted.size() == 1;
    m_add->setEnabled(ok);
    m_details->showListing(ok ? &m_preview.accepted.first().listing : nullptr);
    if (text.trimmed().isEmpty()) {
        m_status->setText(tr("Paste the listing on the left; it is shown here as it will be "
                             "stored."));
    } else if (!m_preview.fileError.isEmpty()) {
        m_status->setText(
            u"<span style='color:#c62828'>%1</span>"_s.arg(m_preview.fileError.toHtmlEscaped()));
    } else if (!m_preview.rejected.isEmpty()) {
        const ImportRejection &rejection = m_preview.rejected.first();
        m_status->setText(u"<span style='color:#c62828'>%1</span>"_s.arg(
            (rejection.field.isEmpty() ? rejection.reason
                                       : tr("%1: %2").arg(rejection.field, rejection.reason))
                .toHtmlEscaped()));
    } else {
        m_status->setText(tr("Ready to add."));
    }
}

void PasteListingDialog::addListing()
{
    if (m_preview.accepted.size() != 1)
        return;
    // The local file, or in a team's use the team database.
    QString error;
    const QSqlDatabase target = m_session->listingWriteConnection(&error);
    if (!target.isValid()) {
        m_status->setText(u"<span style='color:#c62828'>%1</span>"_s.arg(
            tr("The listing could not be stored: %1").arg(error).toHtmlEscaped()));
        return;
    }
    const ListingImportOutcome outcome =
        ListingImportWriter(target).write(m_preview.accepted, DuplicatePolicy::Skip);
    if (outcome.error.isEmpty() && outcome.skippedDuplicates == 1) {
        m_status->setText(
            tr("This listing is already stored (same title, rate and source); nothing was added."));
        return;
    }
    if (!outcome.error.isEmpty() || outcome.inserted != 1) {
        m_status->setText(u"<span style='color:#c62828'>%1</span>"_s.arg(
            tr("The listing could not be stored: %1").arg(outcome.error).toHtmlEscaped()));
        return;
    }
    m_addedId = outcome.firstInsertedId;
    accept();
}
