#include "shell/MarketDataImporter.h"

#include "services/AnalysisService.h"
#include "services/Session.h"
#include "storage/MarketDataLoader.h"
#include "storage/MarketPackStore.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

using namespace Qt::StringLiterals;

MarketDataImporter::MarketDataImporter(Session *session, QObject *parent)
    : QObject(parent), m_session(session), m_analysis(session->analysis())
{
}

bool MarketDataImporter::canUndo() const
{
    return m_session->marketPacks().active().has_value();
}

bool MarketDataImporter::importFile(const QString &path, QString *message)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *message =
            tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    // A pack is a few hundred lines; anything past a few megabytes is not one.
    if (file.size() > 8 * 1024 * 1024) {
        *message = tr("%1 is too large to be a market-data pack (%2 MB).")
                       .arg(name)
                       .arg(file.size() / (1024 * 1024));
        return false;
    }
    const QString before = m_analysis->data().pack.version;
    const MarketPackParser parser(MarketDataLoader::skillIds(m_analysis->data().catalogue));
    QList<MarketPackError> errors;
    QString error;
    const auto pack =
        m_session->marketPacks().import(file.readAll(), name, parser, &errors, &error);
    if (!pack) {
        *message =
            errors.isEmpty() ? error : error + u"\n\n"_s + MarketPackParser::describe(name, errors);
        return false;
    }
    // The newer of the imported and the bundled pack is used; say which.
    QString notice;
    if (!usePackInUse(&notice, message))
        return false;
    *message = notice.isEmpty() ? tr("Market data %1 from %2 is in use (was %3). Every estimate "
                                     "has been recomputed; the import can be undone.")
                                      .arg(pack->version, name, before)
                                : notice;
    emit canUndoChanged(true);
    emit statusMessage(*message);
    return true;
}

bool MarketDataImporter::usePackInUse(QString *notice, QString *error)
{
    auto inUse = MarketDataLoader::packInUse(m_session->connection(), m_analysis->data().catalogue,
                                             notice, error);
    if (!inUse)
        return false;
    m_analysis->setPack(std::move(*inUse));
    return true;
}

bool MarketDataImporter::undo(QString *message)
{
    QString error;
    if (!m_session->marketPacks().undoImport(&error)) {
        *message = error.isEmpty() ? tr("There is no market-data import to undo.") : error;
        return false;
    }
    QString notice;
    if (!usePackInUse(&notice, message))
        return false;
    *message = tr("The import was undone: market data %1 is in use again.")
                   .arg(m_analysis->data().pack.version);
    emit canUndoChanged(canUndo());
    emit statusMessage(*message);
    return true;
}

void MarketDataImporter::chooseAndImport(QWidget *parent)
{
    const QString path =
        QFileDialog::getOpenFileName(parent, tr("Import market data"), QDir::homePath(),
                                     tr("Market-data packs (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString message;
    if (importFile(path, &message))
        QMessageBox::information(parent, tr("Market data imported"), message);
    else
        QMessageBox::warning(parent, tr("Market data not imported"), message);
}

void MarketDataImporter::undoWithMessage(QWidget *parent)
{
    QString message;
    if (!undo(&message))
        QMessageBox::warning(parent, tr("Undo market data import"), message);
}
