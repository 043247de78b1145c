#include "listings/ImportPreviewModel.h"

#include "core/ListingRate.h"

#include <QColor>
#include <QLocale>

ImportPreviewModel::ImportPreviewModel(Mode mode, QObject *parent)
    : QAbstractTableModel(parent), m_mode(mode)
{
}

void ImportPreviewModel::setPreview(const ListingImportPreview &preview,
                                    const QList<qsizetype> &duplicates)
{
    beginResetModel();
    m_accepted = preview.accepted;
    m_rejected = preview.rejected;
    m_duplicates = QSet<qsizetype>(duplicates.cbegin(), duplicates.cend());
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_mode == Mode::Accepted ? m_accepted.size() : m_rejected.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_mode == Mode::Accepted ? 6 : 3;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (m_mode == Mode::Rejected) {
        const ImportRejection &rejection = m_rejected.at(index.row());
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            switch (index.column()) {
            case 0:
                return rejection.line;
            case 1:
                return rejection.field.isEmpty() ? tr("(whole row)") : rejection.field;
            case 2:
                return rejection.reason;
            }
        }
        return {};
    }
    const ImportedListing &imported = m_accepted.at(index.row());
    const bool duplicate = m_duplicates.contains(index.row());
    if (role == Qt::ForegroundRole && duplicate)
        return QColor(Qt::gray);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const Listing &listing = imported.listing;
    switch (index.column()) {
    case 0:
        return imported.line;
    case 1:
        return duplicate ? tr("Already stored") : tr("New");
    case 2:
        return listing.title;
    case 3:
        return ListingRate::text(listing);
    case 4:
        return listing.contract;
    case 5: {
        int known = 0;
        for (const ListingRequirement &requirement : listing.requirements)
            known += requirement.skillId.isEmpty() ? 0 : 1;
        return listing.requirements.isEmpty() ? QString()
                                              : tr("%1 of %2 recognised: %3")
                                                    .arg(known)
                                                    .arg(listing.requirements.size())
                                                    .arg(listing.skillsText.simplified());
    }
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (m_mode == Mode::Rejected) {
        switch (section) {
        case 0:
            return tr("Line");
        case 1:
            return tr("Field");
        case 2:
            return tr("Reason");
        }
        return {};
    }
    switch (section) {
    case 0:
        return tr("Line");
    case 1:
        return tr("Status");
    case 2:
        return tr("Title");
    case 3:
        return tr("Rate");
    case 4:
        return tr("Contract");
    case 5:
        return tr("Required skills");
    }
    return {};
}
