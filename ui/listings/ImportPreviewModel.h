#pragma once

#include "core/ListingImportPreview.h"

#include <QAbstractTableModel>
#include <QSet>

// The preview of an import as a table, before anything is written: either the listings that
// will be imported (line, title, rate, contract, skills read, duplicate mark) or the rows
// that are rejected (line, field, reason). A model rather than a widget table, so a preview
// of 100,000 rows opens at once.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Mode
    {
        Accepted,
        Rejected
    };

    explicit ImportPreviewModel(Mode mode, QObject *parent = nullptr);

    // duplicates: positions in preview.accepted of listings already stored.
    void setPreview(const ListingImportPreview &preview, const QList<qsizetype> &duplicates = {});

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Mode m_mode;
    QList<ImportedListing> m_accepted;
    QList<ImportRejection> m_rejected;
    QSet<qsizetype> m_duplicates;
};
