#include "PlanCommand.h"

#include "OffscreenCommand.h"
#include "cli/PlanFormatter.h"
#include "core/IncomeProjection.h"
#include "core/RoadmapPlanner.h"
#include "core/TargetSolver.h"
#include "roadmap/RoadmapReport.h"
#include "services/AnalysisService.h"
#include "services/Session.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

QString PlanCommand::summary() const
{
    return tr("Plan the way to a target income: the steps that raise the estimate most per "
              "month of effort, and a PDF report.");
}

QList<QCommandLineOption> PlanCommand::options() const
{
    return {
        QCommandLineOption(u"profile"_s,
                           tr("The profile JSON file to plan for (default: the saved profile)."),
                           tr("file")),
        QCommandLineOption(
            u"target"_s, tr("Target annual income in yen, e.g. 10000000 (default: the profile's)."),
            tr("yen")),
        QCommandLineOption(u"employment"_s,
                           tr("fulltime, freelance, dispatch, parttime or any (default: any)."),
                           tr("type"), u"any"_s),
        QCommandLineOption(u"hours"_s, tr("Hours per week available for learning."), tr("hours")),
        QCommandLineOption(u"format"_s, tr("Output format: text (default) or json."), tr("format"),
                           u"text"_s),
        QCommandLineOption(u"report"_s, tr("Also write the PDF report to this file."), tr("file")),
        QCommandLineOption(
            u"by-age"_s,
            tr("Also answer: what does it take to reach the target by this age (per employment "
               "type)?"),
            tr("age")),
        QCommandLineOption(
            u"within-months"_s,
            tr("Also answer: what does it take to reach the target within this many months?"),
            tr("months")),
        QCommandLineOption(
            u"all-areas"_s,
            tr("Offer skills of every area (a full-stack route), not only the areas of the job "
               "type."))};
}

int PlanCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString format = parser.value(u"format"_s);
    if (format != u"text"_s && format != u"json"_s) {
        err << tr("plan: unknown format \"%1\" (expected text or json)").arg(format) << u'\n';
        return 2;
    }
    RoadmapOptions options;
    const QString employment = parser.value(u"employment"_s);
    if (employment != u"any"_s) {
        options.employment = EmploymentTypes::fromKey(employment);
        if (!options.employment) {
            err << tr("plan: unknown employment type \"%1\" (expected fulltime, freelance, "
                      "dispatch, parttime or any)")
                       .arg(employment)
                << u'\n';
            return 2;
        }
    }
    if (parser.isSet(u"target"_s)) {
        bool ok = false;
        options.targetYen = parser.value(u"target"_s).toLongLong(&ok);
        if (!ok || options.targetYen <= 0 || options.targetYen > 1'000'000'000) {
            err << tr("plan: --target expects yen as a whole number from 1 to 1000000000, e.g. "
                      "10000000 for 1,000万円")
                << u'\n';
            return 2;
        }
    }
    if (parser.isSet(u"hours"_s)) {
        bool ok = false;
        options.hoursPerWeek = parser.value(u"hours"_s).toDouble(&ok);
        if (!ok || options.hoursPerWeek < 1 || options.hoursPerWeek > 60) {
            err << tr("plan: --hours expects hours per week from 1 to 60") << u'\n';
            return 2;
        }
    }
    if (parser.isSet(u"by-age"_s) && parser.isSet(u"within-months"_s)) {
        err << tr("plan: give --by-age or --within-months, not both") << u'\n';
        return 2;
    }
    int byAge = -1;
    double withinMonths = -1;
    if (parser.isSet(u"by-age"_s)) {
        bool ok = false;
        byAge = parser.value(u"by-age"_s).toInt(&ok);
        if (!ok || byAge < 16 || byAge > 100) {
            err << tr("plan: --by-age expects an age from 16 to 100") << u'\n';
            return 2;
        }
    }
    if (parser.isSet(u"within-months"_s)) {
        bool ok = false;
        withinMonths = parser.value(u"within-months"_s).toDouble(&ok);
        if (!ok || withinMonths < 1 || withinMonths > 600) {
            err << tr("plan: --within-months expects months from 1 to 600") << u'\n';
            return 2;
        }
    }
    options.allAreas = parser.isSet(u"all-areas"_s);
    const QString reportPath = parser.value(u"report"_s);
    if (parser.isSet(u"report"_s) && !reportPath.endsWith(u".pdf"_s, Qt::CaseInsensitive)) {
        err << tr("plan: the report file must end in .pdf") << u'\n';
        return 2;
    }

    CommandDatabases databases;
    if (!databases.open(parser, err))
        return 1;
    const Database &database = databases.local();
    auto market = loadMarket(databases, err);
    if (!market)
        return 1;
    QString error;
    bool failed = false;
    const std::optional<Profile> profile =
        OffscreenCommand::profile(database.connection(), parser.value(u"profile"_s), err, &failed);
    if (failed)
        return 1;
    if (!profile) {
        err << tr("plan: no saved profile; give one with --profile FILE") << u'\n';
        return 2;
    }
    if (!parser.isSet(u"target"_s))
        options.targetYen = profile->targetIncomeYen;
    if (options.targetYen <= 0) {
        err << tr("plan: no target income; give one with --target YEN") << u'\n';
        return 2;
    }
    if (!parser.isSet(u"hours"_s))
        options.hoursPerWeek = market->roadmapEffort.defaultHoursPerWeek;

    // The same session as the window's: the user's billable hours and margin from Settings,
    // the progress and history the report shows.
    Session session(database.connection(), std::move(*market), nullptr, databases.listings());
    const RoadmapSettings settings = session.progress().settings().value_or(RoadmapSettings{});
    const QHash<QString, RoadmapStepStatus> statuses = session.progress().statuses();
    AnalysisService &analysis = *session.analysis();
    analysis.setProfile(*profile);
    const RoadmapPlanner planner(analysis.analysis(), analysis.data().roadmapEffort);
    const RoadmapPlan plan = planner.plan(*profile, options);
    PlanFormatter formatter(plan, statuses);
    if (byAge > 0 || withinMonths > 0) {
        if (byAge > 0 && byAge <= profile->age) {
            err << tr("plan: --by-age %1 is not after the profile's age (%2)")
                       .arg(byAge)
                       .arg(profile->age)
                << u'\n';
            return 2;
        }
        TargetQuestion question;
        question.targetYen = options.targetYen;
        question.hoursPerWeek = options.hoursPerWeek;
        question.monthsAvailable = byAge > 0 ? (byAge - profile->age) * 12.0 : withinMonths;
        const TargetSolver solver(analysis.analysis(), planner);
        formatter.setAnswers(question, solver.answer(*profile, question), byAge);
    }
    if (format == u"json"_s)
        out << QString::fromUtf8(formatter.json());
    else
        out << formatter.text();
    out.flush();

    if (parser.isSet(u"report"_s)) {
        const QList<DatedProfile> history = session.profiles().history();
        const IncomeProjection projection =
            IncomeProjection::build(analysis.analysis(), plan.employment, plan.targetYen,
                                    settings.startedAt, settings.planned, history);
        const RoadmapReport report(&session, plan, statuses, projection, history);
        if (!report.writePdf(reportPath, &error)) {
            err << error << u'\n';
            return 1;
        }
        err << tr("Wrote the report to %1.").arg(reportPath) << u'\n';
    }
    return 0;
}
