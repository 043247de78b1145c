#include "ModelParameters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// Reads numbers by key path, remembering the first problem.
class ParameterReader
{
public:
    explicit ParameterReader(QJsonObject root) : m_root(std::move(root)) {}

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    QJsonValue at(const QString &path)
    {
        QJsonValue value = m_root;
        for (const QString &part : path.split(u'.')) {
            value = value.toObject().value(part);
            if (value.isUndefined()) {
                fail(path, ModelParameters::tr("missing"));
                return {};
            }
        }
        return value;
    }

    double number(const QString &path, double minimum = 0, double maximum = 1e9)
    {
        const QJsonValue value = at(path);
        if (failed())
            return 0;
        // A {"value": n, "why": …} entry or a bare number.
        const QJsonValue number = value.isObject() ? value.toObject().value(u"value"_s) : value;
        if (!number.isDouble() || number.toDouble() < minimum || number.toDouble() > maximum) {
            fail(path,
                 ModelParameters::tr("expected a number from %1 to %2").arg(minimum).arg(maximum));
            return 0;
        }
        return number.toDouble();
    }

    QList<double> numbers(const QString &path)
    {
        QList<double> result;
        const QJsonValue value = at(path);
        if (failed())
            return result;
        if (!value.isArray() || value.toArray().isEmpty()) {
            fail(path, ModelParameters::tr("expected a list of numbers"));
            return result;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isDouble() || array.at(i).toDouble() < 0) {
                fail(u"%1[%2]"_s.arg(path).arg(i), ModelParameters::tr("expected a number ≥ 0"));
                return result;
            }
            result.append(array.at(i).toDouble());
        }
        return result;
    }

    void fail(const QString &path, const QString &expectation)
    {
        if (m_error.isEmpty())
            m_error = path + u": "_s + expectation;
    }

private:
    QJsonObject m_root;
    QString m_error;
};

} // namespace

std::optional<ModelParameters> ModelParameters::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = tr("not a JSON object: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    ParameterReader reader(document.object());
    ModelParameters p;
    p.depthSaturationYears = reader.number(u"skillDepthSaturationYears"_s, 0.5, 50);
    for (SkillCategory area : SkillCategories::all()) {
        if (area == SkillCategory::Upstream)
            continue;
        p.areaRankWeights.insert(
            area, reader.numbers(u"areaRankWeights."_s + SkillCategories::key(area)));
    }
    p.cloudCertificationPoints = reader.number(u"cloudCertificationPoints"_s, 0, 100);
    p.leadingYearsSaturation = reader.number(u"managementLeadingPoints.yearsSaturation"_s, 0.5, 50);
    p.areaLeadingPoints = reader.number(u"managementLeadingPoints.areaYearsPoints"_s, 0, 100);
    p.factorLeadingPoints = reader.number(u"managementLeadingPoints.factorYearsPoints"_s, 0, 100);
    const QJsonArray steps = reader.at(u"managementLeadingPoints.teamSizeSteps"_s).toArray();
    for (const QJsonValue &step : steps) {
        p.teamSizeSteps.append({step.toObject().value(u"atLeast"_s).toInt(),
                                step.toObject().value(u"points"_s).toDouble()});
    }
    for (SkillCategory area : {SkillCategory::Languages, SkillCategory::Middleware,
                               SkillCategory::Cloud, SkillCategory::Frontend}) {
        p.skillsFactorAreaWeights.insert(
            area, reader.number(u"skillsFactorAreaWeights."_s + SkillCategories::key(area), 0, 1));
    }
    for (const QString &key : {u"requirements"_s, u"basic-design"_s, u"client-negotiation"_s})
        p.upstreamPoints.insert(key, reader.number(u"upstreamPoints."_s + key, 0, 100));
    const QJsonObject upstreamSkills = reader.at(u"upstreamPoints.skills"_s).toObject();
    for (auto it = upstreamSkills.begin(); it != upstreamSkills.end(); ++it) {
        if (!p.upstreamPoints.contains(it.value().toString()))
            reader.fail(u"upstreamPoints.skills."_s + it.key(),
                        tr("expected an upstream work key"));
        p.upstreamSkillToWork.insert(it.key(), it.value().toString());
    }
    p.largeScaleProjectPoints = reader.number(u"trackRecordPoints.largeScaleProject"_s, 0, 100);
    p.largeScaleProjectsCounted =
        int(reader.number(u"trackRecordPoints.largeScaleProjectsCounted"_s, 0, 100));
    p.newTechnologyProjectPoints =
        reader.number(u"trackRecordPoints.newTechnologyProject"_s, 0, 100);
    p.newTechnologyProjectsCounted =
        int(reader.number(u"trackRecordPoints.newTechnologyProjectsCounted"_s, 0, 100));
    p.experienceYearsSaturation =
        reader.number(u"trackRecordPoints.experienceYearsSaturation"_s, 1, 70);
    p.experiencePoints = reader.number(u"trackRecordPoints.experiencePoints"_s, 0, 100);
    for (IncomeFactor factor : IncomeFactors::all()) {
        p.compositeWeights.insert(
            factor, reader.number(u"compositeFactorWeights."_s + IncomeFactors::key(factor), 0, 1));
    }
    for (EmploymentType type :
         {EmploymentType::FullTime, EmploymentType::Dispatch, EmploymentType::PartTime}) {
        const QString base = u"employmentPremium."_s + EmploymentTypes::key(type);
        p.employmentPremium.insert(type, {reader.number(base + u".below"_s, 0, 0.9),
                                          reader.number(base + u".above"_s, 0, 5)});
    }
    p.estimateSpread = reader.number(u"estimateSpread"_s, 0, 0.9);
    p.freelance.qualifyingFit = reader.number(u"freelance.qualifyingFit"_s, 0, 1);
    p.freelance.monthsPerYear = int(reader.number(u"freelance.monthsPerYear"_s, 1, 12));
    p.freelance.juniorShare = reader.number(u"freelance.juniorShare"_s, 0.1, 1);
    p.freelance.complementWeight = reader.number(u"freelance.complementWeight"_s, 0, 1);
    p.freelance.roleWeight = reader.number(u"freelance.roleWeight"_s, 0, 1);
    p.freelance.priorListings = reader.number(u"freelance.priorListings"_s, 0.1, 10000);
    p.qualifyingFit = p.freelance.qualifyingFit;
    p.monthsPerYear = p.freelance.monthsPerYear;
    p.skillValue.priorListings = reader.number(u"skillValue.priorListings"_s, 0.1, 100000);
    p.skillValue.uncountedSourceWeight =
        reader.number(u"skillValue.uncountedSourceWeight"_s, 1, 1000000);
    p.skillValue.demandReferenceShare =
        reader.number(u"skillValue.demandReferenceShare"_s, 0.0001, 1);
    p.skillValue.demandFloor = reader.number(u"skillValue.demandFloor"_s, 0, 1);
    p.skillValue.demandPriorMentions =
        reader.number(u"skillValue.demandPriorMentions"_s, 1, 10000000);
    const QJsonObject roles = reader.at(u"skillValue.roleSkills"_s).toObject();
    for (auto it = roles.begin(); it != roles.end(); ++it)
        p.skillValue.roleSkills.insert(it.key(), it.value().toString());
    for (JobType type : JobTypes::all()) {
        const QString path = u"fullTime.occupation."_s + JobTypes::key(type);
        const QString occupation = reader.at(path).toString();
        if (!reader.failed() && occupation != u"sw"_s && occupation != u"sc"_s &&
            occupation != u"ot"_s)
            reader.fail(path, tr("expected sw, sc or ot"));
        p.fullTimeOccupation.insert(type, occupation);
    }
    p.dispatchHourlyKey = reader.at(u"hourlyWork.dispatch"_s).toString();
    p.partTimeHourlyPrefix = reader.at(u"hourlyWork.partTimeByAge"_s).toString();
    p.billableHoursPerMonth = reader.number(u"conversion.billableHoursPerMonth"_s, 1, 400);
    p.minimumBillableHours = reader.number(u"conversion.minimumBillableHours"_s, 1, 400);
    p.maximumBillableHours = reader.number(u"conversion.maximumBillableHours"_s, 1, 400);
    p.agencyMarginPercent = reader.number(u"conversion.agencyMarginPercent"_s, 0, 90);
    p.creditMet = reader.number(u"fitStatusCredit.met"_s, 0, 1);
    p.creditPartly = reader.number(u"fitStatusCredit.partly"_s, 0, 1);
    p.creditUnknown = reader.number(u"fitStatusCredit.unknown"_s, 0, 1);
    p.creditUnmet = reader.number(u"fitStatusCredit.unmet"_s, 0, 1);

    if (reader.failed()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return p;
}
