#include "ScoreCommand.h"

#include "ScoreReport.h"
#include "core/CareerAnalysis.h"
#include "core/ProfileJson.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QFile>

using namespace Qt::StringLiterals;

QString ScoreCommand::summary() const
{
    return tr("Score a profile file: skill areas, income factors, income estimates with their "
              "explanation, and the listings that fit best.");
}

QList<QCommandLineOption> ScoreCommand::options() const
{
    return {QCommandLineOption(u"profile"_s, tr("The profile JSON file to score."), tr("file")),
            QCommandLineOption(u"format"_s, tr("Output format: text (default) or json."),
                               tr("format"), u"text"_s),
            QCommandLineOption(u"billable-hours"_s,
                               tr("Billable hours per month for hourly conversions."), tr("hours")),
            QCommandLineOption(u"agency-margin"_s,
                               tr("Agency margin in percent taken from listing rates."),
                               tr("percent")),
            QCommandLineOption(u"top"_s, tr("How many best-fitting listings to show."), tr("count"),
                               u"10"_s)};
}

int ScoreCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString format = parser.value(u"format"_s);
    if (format != u"text"_s && format != u"json"_s) {
        err << tr("score: unknown format \"%1\" (expected text or json)").arg(format) << u'\n';
        return 2;
    }
    if (!parser.isSet(u"profile"_s)) {
        err << tr("score: --profile FILE is required") << u'\n';
        return 2;
    }
    bool topOk = false;
    const int top = parser.value(u"top"_s).toInt(&topOk);
    if (!topOk || top < 0) {
        err << tr("score: --top expects a whole number ≥ 0") << u'\n';
        return 2;
    }

    const QString profilePath = parser.value(u"profile"_s);
    QFile file(profilePath);
    if (!file.open(QIODevice::ReadOnly)) {
        err << tr("%1: cannot read: %2").arg(profilePath, file.errorString()) << u'\n';
        return 1;
    }
    QString error;
    const auto profile = ProfileJson::fromBytes(file.readAll(), &error);
    if (!profile) {
        err << profilePath << u": "_s << error << u'\n';
        return 1;
    }

    CommandDatabases databases;
    if (!databases.open(parser, err))
        return 1;
    const auto market = loadMarket(databases, err);
    if (!market)
        return 1;
    // The user's conversion from Settings, as the window uses it; the options override it.
    RateConversion conversion = settingsConversion(*market);
    if (parser.isSet(u"billable-hours"_s)) {
        bool ok = false;
        conversion.billableHoursPerMonth = parser.value(u"billable-hours"_s).toDouble(&ok);
        if (!ok || conversion.billableHoursPerMonth <= 0 ||
            conversion.billableHoursPerMonth > 400) {
            err << tr("score: --billable-hours expects hours from 1 to 400") << u'\n';
            return 2;
        }
    }
    if (parser.isSet(u"agency-margin"_s)) {
        bool ok = false;
        conversion.agencyMarginPercent = parser.value(u"agency-margin"_s).toDouble(&ok);
        if (!ok || conversion.agencyMarginPercent < 0 || conversion.agencyMarginPercent >= 100) {
            err << tr("score: --agency-margin expects a percentage from 0 to 99") << u'\n';
            return 2;
        }
    }
    const CareerAnalysis analysis(*market, conversion);
    const AnalysisResult result = analysis.analyze(*profile);
    const ScoreReport report(analysis, result, top);
    if (format == u"json"_s) {
        out.flush();
        QFile stdoutFile;
        stdoutFile.open(stdout, QIODevice::WriteOnly);
        stdoutFile.write(report.json());
    } else {
        out << report.text();
    }
    return 0;
}
