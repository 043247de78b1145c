#include "ScoreCommand.h"

#include "ScoreReport.h"
#include "core/CareerAnalysis.h"
#include "core/ProfileJson.h"
#include "services/AppSettings.h"
#include "services/DatabaseLocation.h"
#include "services/Language.h"
#include "storage/Database.h"
#include "storage/MarketDataLoader.h"

#include <QCommandLineParser>
#include <QFile>

using namespace Qt::StringLiterals;

QString ScoreCommand::summary()
{
    return tr("Score a profile file: skill areas, income factors, income estimates with their "
              "explanation, and the listings that fit best.");
}

int ScoreCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addOption(DatabaseLocation::option());
    parser.addOption(Language::option());
    const QCommandLineOption profileOption(u"profile"_s, tr("The profile JSON file to score."),
                                           tr("file"));
    const QCommandLineOption formatOption(u"format"_s, tr("Output format: text (default) or json."),
                                          tr("format"), u"text"_s);
    const QCommandLineOption hoursOption(
        u"billable-hours"_s, tr("Billable hours per month for hourly conversions."), tr("hours"));
    const QCommandLineOption marginOption(u"agency-margin"_s,
                                          tr("Agency margin in percent taken from listing rates."),
                                          tr("percent"));
    const QCommandLineOption topOption(u"top"_s, tr("How many best-fitting listings to show."),
                                       tr("count"), u"10"_s);
    parser.addOptions({profileOption, formatOption, hoursOption, marginOption, topOption});
    parser.addPositionalArgument(name(), summary(), name());
    if (!parser.parse(arguments)) {
        err << parser.errorText() << u'\n';
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return 0;
    }
    const QString format = parser.value(formatOption);
    if (format != u"text"_s && format != u"json"_s) {
        err << tr("score: unknown format \"%1\" (expected text or json)").arg(format) << u'\n';
        return 2;
    }
    if (!parser.isSet(profileOption)) {
        err << tr("score: --profile FILE is required") << u'\n';
        return 2;
    }
    bool topOk = false;
    const int top = parser.value(topOption).toInt(&topOk);
    if (!topOk || top < 0) {
        err << tr("score: --top expects a whole number ≥ 0") << u'\n';
        return 2;
    }

    const QString profilePath = parser.value(profileOption);
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

    Database database;
    if (!database.open(DatabaseLocation::resolve(parser))) {
        err << database.lastError() << u'\n';
        return 1;
    }
    const auto market = MarketDataLoader::load(database.connection(), &error);
    if (!market) {
        err << error << u'\n';
        return 1;
    }
    // The user's conversion from Settings, as the window uses it; the options override it.
    RateConversion conversion = AppSettings::conversion(market->parameters.defaultConversion());
    if (parser.isSet(hoursOption)) {
        bool ok = false;
        conversion.billableHoursPerMonth = parser.value(hoursOption).toDouble(&ok);
        if (!ok || conversion.billableHoursPerMonth <= 0 ||
            conversion.billableHoursPerMonth > 400) {
            err << tr("score: --billable-hours expects hours from 1 to 400") << u'\n';
            return 2;
        }
    }
    if (parser.isSet(marginOption)) {
        bool ok = false;
        conversion.agencyMarginPercent = parser.value(marginOption).toDouble(&ok);
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
