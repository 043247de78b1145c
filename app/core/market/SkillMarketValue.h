#pragma once

#include <QString>
#include <QStringList>

// What the market pays for one catalogue skill and how often it asks for it: the published
// per-skill averages (the prior) blended with the user's own listings (the evidence).
struct SkillMarketValue
{
    QString skillId;
    // Published: the skill's average rate over the average of every skill in the same survey
    // (1.10 = pays 10 % above the average skill), combined over the surveys that list it.
    double publishedIndex = 1;
    bool published = false;
    qint64 publishedListings = 0; // listings behind the published figures, where stated
    double publishedDemandShare = 0;
    double publishedDemandFactor = 1; // the demand factor from the surveys alone
    QStringList citations;            // one per survey used
    // Evidence: the user's listings with a rate that name the skill.
    int listings = 0;
    double listingsIndex = 0;  // their mean rate over the mean of every rated listing
    double evidenceWeight = 0; // listings / (listings + priorListings)
    // The blend the model uses.
    double index = 1;
    double demandShare = 0;
    double demandFactor = 1; // demandFloor … 1: rarely asked-for skills count less
    double monthlyYen = 0;   // index × the reference monthly rate

    // index × demandFactor: how much one unit of depth in this skill is worth in its area.
    double weight() const { return index * demandFactor; }
    // The published rate alone (index 1 when no survey lists the skill): the freelance
    // estimate's prior, to which the listings are added once, through the blend.
    double publishedMonthly(double referenceMonthlyYen) const
    {
        return (published ? publishedIndex : 1.0) * referenceMonthlyYen;
    }
};
