#include "ChartCommand.h"

#include "OffscreenCommand.h"
#include "charts/ChartExporter.h"
#include "charts/ChartsPage.h"
#include "cli/CommandLine.h"
#include "services/AnalysisService.h"
#include "services/AppSettings.h"
#include "services/DatabaseLocation.h"
#include "services/Language.h"
#include "storage/Database.h"
#include "storage/MarketDataLoader.h"
#include "storage/ReferenceDataRepository.h"

#include <QApplication>
#include <QChartView>
#include <QCommandLineParser>
#include <QRegularExpression>
#include <QTextStream>
#include <memory>

using namespace Qt::StringLiterals;

bool ChartCommand::isChartInvocation(int argc, char **argv)
{
    return CommandLine::commandName(CommandLine::arguments(argc, argv)) == name();
}

int ChartCommand::run(int argc, char **argv)
{
    // Drawing needs a GUI application but never a screen.
    OffscreenCommand::prepare();
    QApplication app(argc, argv);
    Language::install(Language::fromArguments(QCoreApplication::arguments()));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Draw a chart to a PNG or SVG file: age (income by age), employment (by employment "
           "type), skills (skill-area radar) or rates (listing rates)."));
    parser.addHelpOption();
    parser.addOption(DatabaseLocation::option());
    parser.addOption(Language::option());
    const QCommandLineOption outputOption(u"output"_s, tr("The image to write (.png or .svg)."),
                                          tr("file"));
    const QCommandLineOption profileOption(
        u"profile"_s, tr("The profile JSON file to place on the chart (default: the saved one)."),
        tr("file"));
    const QCommandLineOption sizeOption(u"size"_s, tr("Image size in pixels, e.g. 1200x800."),
                                        u"WxH"_s, u"1000x640"_s);
    parser.addOptions({outputOption, profileOption, sizeOption});
    parser.addPositionalArgument(name(), tr("age | employment | skills | rates"),
                                 u"chart <age|employment|skills|rates>"_s);
    if (!parser.parse(QCoreApplication::arguments())) {
        err << parser.errorText() << u'\n';
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    const QStringList kinds{u"age"_s, u"employment"_s, u"skills"_s, u"rates"_s};
    if (positional.size() != 2 || !kinds.contains(positional.at(1))) {
        err << tr("chart: name one chart: age, employment, skills or rates") << u'\n';
        return 2;
    }
    if (!parser.isSet(outputOption)) {
        err << tr("chart: --output FILE.png or FILE.svg is required") << u'\n';
        return 2;
    }
    const QString output = parser.value(outputOption);
    if (!output.endsWith(u".png"_s, Qt::CaseInsensitive) &&
        !output.endsWith(u".svg"_s, Qt::CaseInsensitive)) {
        err << tr("chart: the output file must end in .png or .svg") << u'\n';
        return 2;
    }
    static const QRegularExpression sizePattern(u"^(\\d{3,4})x(\\d{3,4})$"_s);
    const QRegularExpressionMatch size = sizePattern.match(parser.value(sizeOption));
    const int width = size.hasMatch() ? size.captured(1).toInt() : 0;
    const int height = size.hasMatch() ? size.captured(2).toInt() : 0;
    if (width < 200 || height < 200 || width > 8000 || height > 8000) {
        err << tr("chart: --size expects WIDTHxHEIGHT from 200x200 to 8000x8000") << u'\n';
        return 2;
    }

    Database database;
    if (!database.open(DatabaseLocation::resolve(parser))) {
        err << database.lastError() << u'\n';
        return 1;
    }
    QString error;
    auto market = MarketDataLoader::load(database.connection(), &error);
    if (!market) {
        err << error << u'\n';
        return 1;
    }
    bool failed = false;
    const Profile profile =
        OffscreenCommand::profile(database.connection(), parser.value(profileOption), err, &failed)
            .value_or(Profile{});
    if (failed)
        return 1;
    const RateConversion conversion =
        AppSettings::conversion(market->parameters.defaultConversion());
    AnalysisService analysis(std::move(*market), conversion);
    analysis.setProfile(profile);
    ChartsPage page(&analysis, ReferenceDataRepository(database.connection()).workKindNames());
    page.showChart(ChartsPage::Chart(kinds.indexOf(positional.at(1))));
    // Draw the chart view alone, at exactly the asked size.
    std::unique_ptr<QChartView> view(page.currentChartView());
    view->setParent(nullptr);
    view->setAttribute(Qt::WA_DontShowOnScreen);
    view->resize(width, height);
    view->show();
    QCoreApplication::processEvents();
    if (!ChartExporter::save(view.get(), output, &error)) {
        err << error << u'\n';
        return 1;
    }
    out << tr("Wrote %1 (%2×%3).").arg(output).arg(width).arg(height) << u'\n';
    return 0;
}
