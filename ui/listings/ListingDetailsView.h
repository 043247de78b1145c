#pragma once

#include "core/Listing.h"
#include "core/ListingFit.h"
#include "core/SkillCatalogue.h"
#include "core/takehome/TakeHomeInput.h"

#include <QHash>
#include <QTextBrowser>
#include <optional>

// Every field of one listing, including its parsed requirements, as read-only rich text.
class TakeHomeCalculator;

class ListingDetailsView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ListingDetailsView(QWidget *parent = nullptr);

    void setCatalogue(const SkillCatalogue &catalogue) { m_catalogue = catalogue; }
    void setWorkKindNames(const QHash<QString, QString> &names) { m_workKindNames = names; }
    // With a calculator, a listing's rate is also shown as the user's take-home pay
    // (ListingTakeHome); the calculator must outlive the view's use of it.
    void setTakeHome(const TakeHomeCalculator *calculator, const TakeHomeInput &household)
    {
        m_takeHome = calculator;
        m_household = household;
    }
    // fit: how the profile being edited meets each requirement, when there is a profile.
    void showListing(const Listing *listing, const std::optional<ListingFit> &fit = std::nullopt);

private:
    SkillCatalogue m_catalogue;
    QHash<QString, QString> m_workKindNames;
    const TakeHomeCalculator *m_takeHome = nullptr;
    TakeHomeInput m_household;
};
