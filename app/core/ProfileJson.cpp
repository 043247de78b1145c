#include "ProfileJson.h"

#include "ValidText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// Walks a JSON object and records the first problem with its key path.
class Reader
{
public:
    explicit Reader(QString *error) : m_error(error) {}

    bool failed() const { return m_failed; }

    void fail(const QString &path, const QString &expectation)
    {
        if (m_failed)
            return;
        m_failed = true;
        if (m_error)
            *m_error = path + u": "_s + expectation;
    }

    // Whole numbers within [minimum, maximum]; JSON has only doubles, so check integrality.
    qint64 integer(const QJsonObject &object, const QString &key, const QString &path,
                   qint64 minimum, qint64 maximum, bool required, qint64 fallback = 0)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            if (required)
                fail(path, ProfileJson::tr("missing (expected a whole number)"));
            return fallback;
        }
        const double number = value.toDouble(std::nan(""));
        if (!value.isDouble() || std::isnan(number) || number != std::floor(number) ||
            number < double(minimum) || number > double(maximum)) {
            fail(
                path,
                ProfileJson::tr("expected a whole number from %1 to %2").arg(minimum).arg(maximum));
            return fallback;
        }
        return qint64(number);
    }

    double nonNegative(const QJsonValue &value, const QString &path)
    {
        if (!value.isDouble() || value.toDouble() < 0 || !std::isfinite(value.toDouble())) {
            fail(path, ProfileJson::tr("expected a number ≥ 0"));
            return 0;
        }
        return value.toDouble();
    }

    QString keyword(const QJsonObject &object, const QString &key, const QStringList &allowed)
    {
        const QJsonValue value = object.value(key);
        if (!value.isString() || !allowed.contains(value.toString())) {
            fail(key, ProfileJson::tr("expected one of %1").arg(allowed.join(u" | "_s)));
            return {};
        }
        return value.toString();
    }

    QStringList strings(const QJsonObject &object, const QString &key)
    {
        QStringList result;
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return result;
        if (!value.isArray()) {
            fail(key, ProfileJson::tr("expected a list of texts"));
            return result;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            // As it is stored and written (ValidText), so a profile reads back as it was saved.
            const QString text = ValidText::of(array.at(i).toString()).trimmed();
            if (!array.at(i).isString() || text.isEmpty()) {
                fail(u"%1[%2]"_s.arg(key).arg(i), ProfileJson::tr("expected a non-empty text"));
                return result;
            }
            result.append(text);
        }
        return result;
    }

    QJsonObject object(const QJsonObject &parent, const QString &key)
    {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined())
            return {};
        if (!value.isObject()) {
            fail(key, ProfileJson::tr("expected an object"));
            return {};
        }
        return value.toObject();
    }

private:
    QString *m_error;
    bool m_failed = false;
};

QStringList jobTypeKeys()
{
    QStringList keys;
    for (JobType type : JobTypes::all())
        keys.append(JobTypes::key(type));
    return keys;
}

QStringList employmentKeys()
{
    QStringList keys;
    for (EmploymentType type : EmploymentTypes::all())
        keys.append(EmploymentTypes::key(type));
    return keys;
}

constexpr qint64 maximumYen = 1'000'000'000; // ten 億円: anything above is a typing mistake
constexpr qint64 maximumYears = 70;

} // namespace

QJsonObject ProfileJson::toJson(const Profile &profile)
{
    QJsonArray skills;
    for (const ProfileSkill &skill : profile.skills)
        skills.append(
            QJsonObject{{u"name"_s, ValidText::of(skill.name)}, {u"years"_s, skill.years}});
    return QJsonObject{
        {u"schema"_s, schemaVersion},
        {u"age"_s, profile.age},
        {u"jobType"_s, JobTypes::key(profile.jobType)},
        {u"employment"_s, EmploymentTypes::key(profile.employment)},
        {u"annualIncomeYen"_s, double(profile.annualIncomeYen)},
        {u"experienceYears"_s, profile.experienceYears},
        {u"skills"_s, skills},
        {u"certifications"_s, QJsonArray::fromStringList(ValidText::of(profile.certifications))},
        {u"management"_s, QJsonObject{{u"yearsLeading"_s, profile.managementYearsLeading},
                                      {u"largestTeam"_s, profile.managementLargestTeam}}},
        {u"upstream"_s, QJsonArray::fromStringList(profile.upstream)},
        {u"trackRecord"_s,
         QJsonObject{{u"largeScaleProjects"_s, profile.largeScaleProjects},
                     {u"newTechnologyProjects"_s, profile.newTechnologyProjects}}},
        {u"targetIncomeYen"_s, double(profile.targetIncomeYen)},
    };
}

QByteArray ProfileJson::toBytes(const Profile &profile)
{
    return QJsonDocument(toJson(profile)).toJson(QJsonDocument::Indented);
}

std::optional<Profile> ProfileJson::fromJson(const QJsonObject &object, QString *error)
{
    Reader reader(error);
    const QSet<QString> knownKeys{u"schema"_s,          u"age"_s,
                                  u"jobType"_s,         u"employment"_s,
                                  u"annualIncomeYen"_s, u"experienceYears"_s,
                                  u"skills"_s,          u"certifications"_s,
                                  u"management"_s,      u"upstream"_s,
                                  u"trackRecord"_s,     u"targetIncomeYen"_s};
    for (const QString &key : object.keys()) {
        if (!knownKeys.contains(key))
            reader.fail(key, tr("unknown key (a typing mistake?)"));
    }

    const qint64 schema = reader.integer(object, u"schema"_s, u"schema"_s, 1, 1000, true);
    if (!reader.failed() && schema != schemaVersion)
        reader.fail(
            u"schema"_s,
            tr("expected %1 (this file was written by a newer version)").arg(schemaVersion));

    Profile profile;
    profile.age = int(
        reader.integer(object, u"age"_s, u"age"_s, Profile::minimumAge, Profile::maximumAge, true));
    const QString jobKey = reader.keyword(object, u"jobType"_s, jobTypeKeys());
    profile.jobType = JobTypes::fromKey(jobKey).value_or(JobType::Backend);
    const QString employmentKey = reader.keyword(object, u"employment"_s, employmentKeys());
    profile.employment = EmploymentTypes::fromKey(employmentKey).value_or(EmploymentType::FullTime);
    profile.annualIncomeYen =
        reader.integer(object, u"annualIncomeYen"_s, u"annualIncomeYen"_s, 0, maximumYen, true);
    profile.experienceYears = int(
        reader.integer(object, u"experienceYears"_s, u"experienceYears"_s, 0, maximumYears, true));

    const QJsonValue skillsValue = object.value(u"skills"_s);
    if (!skillsValue.isUndefined() && !skillsValue.isArray())
        reader.fail(u"skills"_s, tr("expected a list of {\"name\", \"years\"} objects"));
    const QJsonArray skills = skillsValue.toArray();
    for (qsizetype i = 0; i < skills.size() && !reader.failed(); ++i) {
        const QString path = u"skills[%1]"_s.arg(i);
        if (!skills.at(i).isObject()) {
            reader.fail(path, tr("expected an object with \"name\" and \"years\""));
            break;
        }
        const QJsonObject skill = skills.at(i).toObject();
        const QString name = ValidText::of(skill.value(u"name"_s).toString()).trimmed();
        if (name.isEmpty())
            reader.fail(path + u".name"_s, tr("expected a non-empty text"));
        const double years = reader.nonNegative(skill.value(u"years"_s), path + u".years"_s);
        profile.skills.append(ProfileSkill{name, years});
    }

    profile.certifications = reader.strings(object, u"certifications"_s);

    const QJsonObject management = reader.object(object, u"management"_s);
    profile.managementYearsLeading = int(reader.integer(
        management, u"yearsLeading"_s, u"management.yearsLeading"_s, 0, maximumYears, false));
    profile.managementLargestTeam = int(reader.integer(
        management, u"largestTeam"_s, u"management.largestTeam"_s, 0, 100000, false));

    profile.upstream = reader.strings(object, u"upstream"_s);
    for (qsizetype i = 0; i < profile.upstream.size(); ++i) {
        if (!Profile::upstreamKeys().contains(profile.upstream.at(i)))
            reader.fail(u"upstream[%1]"_s.arg(i),
                        tr("expected one of %1").arg(Profile::upstreamKeys().join(u" | "_s)));
    }

    const QJsonObject track = reader.object(object, u"trackRecord"_s);
    profile.largeScaleProjects = int(reader.integer(
        track, u"largeScaleProjects"_s, u"trackRecord.largeScaleProjects"_s, 0, 1000, false));
    profile.newTechnologyProjects = int(reader.integer(
        track, u"newTechnologyProjects"_s, u"trackRecord.newTechnologyProjects"_s, 0, 1000, false));

    profile.targetIncomeYen =
        reader.integer(object, u"targetIncomeYen"_s, u"targetIncomeYen"_s, 0, maximumYen, false);

    if (reader.failed())
        return std::nullopt;
    return profile;
}

std::optional<Profile> ProfileJson::fromBytes(const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = bytes.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        if (error)
            *error =
                tr("line %1, column %2: %3").arg(line).arg(column).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        if (error)
            *error = tr("(top level): expected a JSON object");
        return std::nullopt;
    }
    return fromJson(document.object(), error);
}
