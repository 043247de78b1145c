#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

class AnalysisService;
class QWidget;
class Session;

// File › Import market data…: validates a pack, stores it and puts it in use at once; a
// refused file changes nothing and the message names each fault by line and field. The
// import can be undone, returning to the pack it replaced.
class MarketDataImporter : public QObject
{
    Q_OBJECT

public:
    explicit MarketDataImporter(Session *session, QObject *parent = nullptr);

    // Returns false with *message saying what was wrong and where; true with what changed.
    bool importFile(const QString &path, QString *message);
    bool undo(QString *message);
    bool canUndo() const;

    // Asks for a file, imports it and reports in a message box (the menu's action).
    void chooseAndImport(QWidget *parent);
    void undoWithMessage(QWidget *parent);

signals:
    void canUndoChanged(bool canUndo);
    void statusMessage(const QString &message);

private:
    // Reads which pack is in use now (the imported one or the bundled one) and puts it in use.
    bool usePackInUse(QString *notice, QString *error);

    Session *m_session;
    AnalysisService *m_analysis;
};
