#pragma once

#include "EmploymentType.h"
#include "JobType.h"

#include <QList>
#include <QString>
#include <QStringList>

struct ProfileSkill
{
    QString name; // as the user typed it; matched against the catalogue by name or alias
    double years = 0;

    bool operator==(const ProfileSkill &) const = default;
};

// A user's skill profile. Money is kept in yen; the UI shows 万円.
struct Profile
{
    int age = 40;
    JobType jobType = JobType::Backend;
    EmploymentType employment = EmploymentType::FullTime;
    qint64 annualIncomeYen = 0;
    int experienceYears = 0;
    QList<ProfileSkill> skills;
    QStringList certifications;
    int managementYearsLeading = 0;
    int managementLargestTeam = 0;
    QStringList upstream; // keys from upstreamKeys()
    int largeScaleProjects = 0;
    int newTechnologyProjects = 0;
    qint64 targetIncomeYen = 0;

    bool operator==(const Profile &) const = default;

    static constexpr int minimumAge = 18;
    static constexpr int maximumAge = 80;
    // Upstream-process work the article names as income factors, in display order.
    static QStringList upstreamKeys();
    static QString upstreamDisplayName(const QString &key); // translated
    // The catalogue skill an upstream work key is: requirements → requirements-definition.
    static QString upstreamSkillId(const QString &key);
};
