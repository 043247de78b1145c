#pragma once

#include "Listing.h"
#include "ModelParameters.h"

#include <QHash>
#include <QString>

struct SkillPremium
{
    double factor = 1.0;
    bool measured = false; // from listings rather than assumed
    int listingsWith = 0;
    int listingsWithout = 0;
};

// How much a skill is worth relative to others: measured from the listing database where
// enough listings name it (mean monthly rate of those listings over the rest), else the
// assumed value from the model parameters, else neutral.
class SkillPremiums
{
public:
    SkillPremiums() = default;
    explicit SkillPremiums(const ModelParameters &parameters);

    static SkillPremiums measure(const QList<Listing> &listings, const ModelParameters &parameters);
    SkillPremium premium(const QString &skillId) const;

private:
    QHash<QString, double> m_assumed;
    QHash<QString, SkillPremium> m_measured;
};
