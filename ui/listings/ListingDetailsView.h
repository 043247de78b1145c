#pragma once

#include "core/Listing.h"
#include "core/ListingFit.h"
#include "core/SkillCatalogue.h"

#include <QHash>
#include <QTextBrowser>
#include <optional>

// Every field of one listing, including its parsed requirements, as read-only rich text.
class ListingDetailsView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ListingDetailsView(QWidget *parent = nullptr);

    void setCatalogue(const SkillCatalogue &catalogue) { m_catalogue = catalogue; }
    void setWorkKindNames(const QHash<QString, QString> &names) { m_workKindNames = names; }
    // fit: how the profile being edited meets each requirement, when there is a profile.
    void showListing(const Listing *listing, const std::optional<ListingFit> &fit = std::nullopt);

private:
    SkillCatalogue m_catalogue;
    QHash<QString, QString> m_workKindNames;
};
